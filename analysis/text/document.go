package text

import (
	"sync"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// Document is the text every analysis stage reads: the raw text, an
// optional headline, and the sentences found in the text. Stages never
// modify it.
type Document struct {
	Text      string     // raw UTF-8 text; every Span is a byte offset into it
	Title     string     // optional headline given apart from Text; no Span points into it
	Sentences []Sentence // Sentences(Text), computed once by the caller

	// The tokens of every sentence, when NewDocument made the document:
	// toks holds them all, sentence i's from starts[i] to starts[i+1].
	toks   []Token
	starts []int

	// The vocabulary, made on the first question (see Vocabulary): the
	// form number of every token, sentence i's from formStarts[i] to
	// formStarts[i+1], and the forms and words they number.
	vocabOnce  sync.Once
	forms      []int32
	formStarts []int
	vocab      *Vocabulary

	// The memory behind the lists above, kept when Release pools the
	// document: sents is the array of Sentences when NewDocument found
	// them, vocabulary what vocab points to, strs the array of its
	// Forms and Words, nums that of its Lower and of forms, classes that
	// of its Classes.
	sents      []Sentence
	vocabulary Vocabulary
	strs       []string
	nums       []int32
	classes    []lexicon.Class
}

// docPool holds released documents, whose lists the next document fills
// instead of allocating and clearing new ones: about half of what an
// analysis allocates, which cleared fresh each time costs more in memory
// traffic than in instructions.
var docPool = sync.Pool{New: func() any { return new(Document) }}

// NewDocument returns the Document of src with headline title, its
// sentences found by Sentences and their tokens by AppendTokens, once.
// Every stage of an analysis reads the tokens of every sentence; a
// document made here hands them out instead of each stage scanning the
// text again.
func NewDocument(src, title string) *Document {
	d := docPool.Get().(*Document)
	d.sents = AppendSentences(d.sents[:0], src)
	return d.fill(src, title, d.sents[:len(d.sents):len(d.sents)])
}

// NewDocumentOf is NewDocument with the sentences given: for a caller
// that has them already, or a test that wants other ones.
func NewDocumentOf(src, title string, sentences []Sentence) *Document {
	return docPool.Get().(*Document).fill(src, title, sentences)
}

// fill makes d, fresh or released, the document of src.
func (d *Document) fill(src, title string, sentences []Sentence) *Document {
	d.Text, d.Title, d.Sentences = src, title, sentences
	// News prose has a token every five or six bytes.
	if n := len(src)/5 + 8; cap(d.toks) < n {
		d.toks = make([]Token, 0, n)
	}
	for _, s := range d.Sentences {
		d.starts = append(d.starts, len(d.toks))
		d.toks = AppendTokens(d.toks, src, s.Span)
	}
	d.starts = append(d.starts, len(d.toks))
	return d
}

// Release hands d's lists back for the next NewDocument to fill. It is
// for the owner of a document from NewDocument once no stage reads it
// any more: every slice d handed out (Sentences, tokens, form numbers,
// the Vocabulary and its lists) is then overwritten by a later document.
// Strings from it stay valid: they are the text's, or lower-case copies
// no later document writes. A document of more than maxPooledText bytes
// is left to the collector, so that a rare huge one does not stay pinned.
func (d *Document) Release() {
	if len(d.Text) > maxPooledText {
		return
	}
	// The strings are the text's: the pool must not keep it.
	clear(d.strs)
	*d = Document{sents: d.sents[:0], toks: d.toks[:0], starts: d.starts[:0], formStarts: d.formStarts[:0],
		strs: d.strs[:0], nums: d.nums[:0], classes: d.classes[:0]}
	docPool.Put(d)
}

// Tokens returns the tokens of every sentence, one run after another,
// and where each run starts: sentence i's tokens are
// tokens[starts[i]:starts[i+1]], as SentenceTokens(i) returns them. For a
// document from NewDocument both slices are shared, like SentenceTokens's,
// and must not be modified: a stage that reads the whole text takes them
// without a copy. For a Document built otherwise they are found on each
// call.
func (d *Document) Tokens() (tokens []Token, starts []int) {
	if len(d.starts) == len(d.Sentences)+1 && d.starts != nil {
		return d.toks[:len(d.toks):len(d.toks)], d.starts[:len(d.starts):len(d.starts)]
	}
	starts = make([]int, 0, len(d.Sentences)+1)
	for i := range d.Sentences {
		starts = append(starts, len(tokens))
		tokens = AppendTokens(tokens, d.Text, d.Sentences[i].Span)
	}
	starts = append(starts, len(tokens))
	return tokens[:len(tokens):len(tokens)], starts[:len(starts):len(starts)]
}

// SentenceTokens returns the tokens of sentence i, as AppendTokens finds
// them over d.Sentences[i].Span. For a document from NewDocument the
// slice is shared with every other caller: it must not be modified (its
// capacity ends with it, so appending to it copies). For a Document
// built otherwise the tokens are found on each call.
func (d *Document) SentenceTokens(i int) []Token {
	if len(d.starts) == len(d.Sentences)+1 && d.starts != nil {
		a, b := d.starts[i], d.starts[i+1]
		return d.toks[a:b:b]
	}
	return AppendTokens(nil, d.Text, d.Sentences[i].Span)
}
