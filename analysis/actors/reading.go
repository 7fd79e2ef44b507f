package actors

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Reading is a document as the stages after this one read it: its
// sentences cut into tokens with their lower-case words and word classes,
// the places each sentence refers to an actor (by a name or description
// this package found, or by a pronoun resolved here), and who says what.
// It is built once per document by [Read], from the actors [Find]
// returned, and read by the disputes stage (and any other) without
// copying.
//
// A Reading's arrays come from a pool: [Reading.Release] gives them back
// when every reader of it is done. A Reading is for one goroutine at a
// time: [Reading.Affiliated] fills a cache the first time it is asked.
type Reading struct {
	// Text is the document's text; every span is a byte offset into it.
	Text string
	// Words are the document's distinct lower-case words
	// ([text.Vocabulary.Words]); a token's Form indexes them.
	Words []string
	// Classes holds the lexicon classes of each of Words, by the same
	// index ([text.Vocabulary.Classes], shared: not to be modified): a
	// later stage asking about a word asks here, not the lexicon's map
	// again.
	Classes []lexicon.Class
	// Actors are the actors the reading refers to, as given to Read; a
	// Ref's Actor and a Claim's Speaker index them.
	Actors []Actor
	// Sentences are the document's sentences, in text order: Sentences[i]
	// is text.Document.Sentences[i].
	Sentences []Sentence

	gender []gender // of each actor, from its honorifics
	// affil holds the pairs of actors that speak for one side, found
	// when first needed.
	affil map[[2]int]bool
	// scratch holds the arrays Read takes from scratchPool; Release
	// gives them back.
	scratch *scratch
}

// Sentence is one sentence of a Reading: its tokens, the references to
// actors in it, and what is reported as said in it.
type Sentence struct {
	Index     int       // in text.Document.Sentences
	Paragraph int       // the paragraph holding it, from 0
	Headline  bool      // a headline or title line, not running text
	Span      text.Span // byte offsets into Reading.Text
	Tokens    []Token   // in text order
	// Mentions are the references to actors, in text order and not
	// overlapping; a token's Mention indexes them.
	Mentions []Ref
	// Speaker is the actor speaking a quotation this sentence continues
	// from an earlier one, or -1; SpeakerFrom is the sentence naming it.
	Speaker, SpeakerFrom int
	// Claims are what is reported as said here, and by whom, in the
	// order their verbs stand.
	Claims []Claim
}

// Token is one token of a sentence with what a reader asks of it.
type Token struct {
	text.Span
	// Word is the token's text in lower case, a string of Reading.Words.
	Word string
	// Class is Word's classes in package lexicon.
	Class lexicon.Class
	// Mention is the index in Sentence.Mentions of the reference covering
	// the token, or -1.
	Mention int32
	// Form is the index of Word in Reading.Words.
	Form   int32
	Kind   text.Kind // word, number or punctuation
	Quoted bool      // inside quotation marks
}

// Ref is one place a sentence refers to an actor: a mention Find found (a
// name or a description it linked), or a pronoun the reading resolved.
type Ref struct {
	Actor      int       // index into Reading.Actors
	Span       text.Span // byte offsets into the document
	First, End int       // the tokens it covers, [First, End)
	Via        Via       // how it refers: a mention Find found, or a pronoun
	From       int       // the sentence naming the actor: its own, or an antecedent's
	Person     bool      // the actor is a person
	Demonym    bool      // a demonym: "British", "Iranian"
	Country    bool      // the actor is a country
}

// scratch is what a Reading holds only while its readers run: the tokens
// of all its sentences, the sentences and the mentions. They are the
// largest allocations of the reading (some twenty-five kilobytes an
// article), so Release gives them back to scratchPool for the next
// document rather than leaving them to be cleared, allocated and collected
// again. Nothing a stage returns should point into them: results hold
// spans and strings, and a token's Word is a string of the vocabulary, not
// of the array.
type scratch struct {
	all      []Token
	sents    []Sentence
	mentions []Ref
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens and maxPooledSentences bound the arrays kept for reuse,
// so that a huge document's arrays go to the collector rather than stay in
// the pool. They are room for an article several times the length of a
// long news story.
const (
	maxPooledTokens    = 1 << 14
	maxPooledSentences = 1 << 10
)

// Release gives the reading's arrays back for the next document. Neither
// r nor anything read from its sentences may be used after it; what was
// copied out (spans, strings, indices) stays valid. Release is safe to
// call twice.
func (r *Reading) Release() {
	sc := r.scratch
	if sc == nil {
		return
	}
	r.scratch = nil
	r.Sentences = nil
	// What the arrays hold keeps the last document's lower-case text and
	// claims alive until it is overwritten; clearing them would cost the
	// very pass over memory that reuse saves.
	if cap(sc.all) > maxPooledTokens {
		sc.all = nil
	}
	if cap(sc.sents) > maxPooledSentences {
		sc.sents = nil
	}
	if cap(sc.mentions) > maxPooledTokens {
		sc.mentions = nil
	}
	scratchPool.Put(sc)
}

// Read reads doc with the actors found in it (by [Find]): it tokenises
// every sentence, places the actors' mentions in them (not a Location's:
// a place that is only a setting takes no side), marks quotations, and
// then, sentence by sentence, resolves the pronouns that stand for actors
// and finds who says what. Later sentences' references
// lean on earlier ones, so the order matters. It checks ctx as it goes
// and returns its error.
func Read(ctx context.Context, doc *text.Document, found []Actor) (*Reading, error) {
	sc := scratchPool.Get().(*scratch)
	r := &Reading{Text: doc.Text, Actors: found, gender: make([]gender, len(found)), scratch: sc}
	// Every sentence and, below, every mention and token of the pooled
	// arrays is written before it is read.
	r.Sentences = sc.sents[:0]
	if n := len(doc.Sentences); cap(r.Sentences) < n {
		r.Sentences = make([]Sentence, n)
	}
	r.Sentences = r.Sentences[:len(doc.Sentences)]
	for i, s := range doc.Sentences {
		r.Sentences[i] = Sentence{Index: i, Paragraph: s.Paragraph, Headline: s.Headline, Span: s.Span, Speaker: -1, SpeakerFrom: -1}
	}
	sc.sents = r.Sentences
	r.gatherMentions()
	if err := r.readTokens(ctx, doc); err != nil {
		r.Release()
		return nil, err
	}
	for i := range r.Sentences {
		r.Sentences[i].placeMentions()
	}
	paras := make([]int, len(doc.Sentences))
	for i, s := range doc.Sentences {
		paras[i] = s.Paragraph
	}
	qs := r.markQuotes(paras)
	for i := range r.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				r.Release()
				return nil, err
			}
		}
		r.resolve(i)
		r.attribute(i, qs)
	}
	return r, nil
}

// gatherMentions gives each sentence the mentions of the actors that can
// take a side, and notes each person's gender.
func (r *Reading) gatherMentions() {
	// Mentions are counted per sentence first, so that all of them share
	// one array; each sentence's part is capped, so that a reference
	// resolved later is appended to a copy, not over the next sentence's.
	count := make([]int, len(r.Sentences)+1)
	for a := range r.Actors {
		if r.Actors[a].Type == Location {
			continue // a place that is only a setting takes no side
		}
		for _, m := range r.Actors[a].Mentions {
			if i := r.sentenceOf(m); i >= 0 {
				count[i+1]++
			}
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	shared := r.scratch.mentions[:0]
	if n := count[len(r.Sentences)]; cap(shared) < n {
		shared = make([]Ref, n)
	}
	shared = shared[:count[len(r.Sentences)]]
	r.scratch.mentions = shared
	for i := range r.Sentences {
		r.Sentences[i].Mentions = shared[count[i]:count[i]:count[i+1]]
	}
	for a := range r.Actors {
		act := &r.Actors[a]
		if act.Type == Location {
			continue
		}
		if act.Type == Person {
			r.gender[a] = genderOf(act)
		}
		for _, m := range act.Mentions {
			if i := r.sentenceOf(m); i >= 0 {
				r.Sentences[i].Mentions = append(r.Sentences[i].Mentions, Ref{Actor: a, Span: m.Span, From: i,
					Person: act.Type == Person, Demonym: m.Kind == Demonym, Country: act.Type == Country})
			}
		}
	}
}

// readTokens gives each sentence its tokens, with their lower-case words
// and classes from the document's vocabulary: a word's classes are found
// once for the document, not for each use.
func (r *Reading) readTokens(ctx context.Context, doc *text.Document) error {
	// All sentences' tokens share one backing array, grown as needed and
	// cut into sentences at the end, so that a document costs a few
	// allocations rather than one a sentence. News prose has a token in
	// every five or six bytes (4.2 at the densest of the BBC corpus):
	// room for one in 4.5 rarely needs to grow, and growing doubles the
	// array.
	all := r.scratch.all[:0]
	if n := len(doc.Text)*2/9 + 8; cap(all) < n {
		all = make([]Token, 0, n)
	}
	vocab := doc.Vocabulary()
	r.Words = vocab.Words
	lexes := vocab.Classes
	r.Classes = lexes
	bounds := make([]int, len(r.Sentences)+1)
	for i := range r.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		forms := doc.SentenceForms(i)
		for k, t := range doc.SentenceTokens(i) {
			w := vocab.Lower[forms[k]]
			all = append(all, Token{Span: t.Span, Kind: t.Kind, Word: vocab.Words[w], Class: lexes[w], Form: w, Mention: -1})
		}
		bounds[i+1] = len(all)
	}
	r.scratch.all = all
	for i := range r.Sentences {
		r.Sentences[i].Tokens = all[bounds[i]:bounds[i+1]:bounds[i+1]]
	}
	return nil
}

// lower returns w in lower case, without allocating when it is lower case
// already, as most words of running text are.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// sentenceOf returns the index of the sentence holding m, or -1. The
// mention's own sentence index is trusted when its span agrees.
func (r *Reading) sentenceOf(m Mention) int {
	if m.Start < 0 || m.End > len(r.Text) || m.Start >= m.End {
		return -1
	}
	if m.Sentence >= 0 && m.Sentence < len(r.Sentences) && r.Sentences[m.Sentence].Span.Contains(m.Span) {
		return m.Sentence
	}
	i := sort.Search(len(r.Sentences), func(i int) bool { return r.Sentences[i].Span.End > m.Start })
	if i < len(r.Sentences) && r.Sentences[i].Span.Contains(m.Span) {
		return i
	}
	return -1
}

// placeMentions sorts the sentence's mentions, drops those overlapping a
// longer one, and links tokens to them.
func (s *Sentence) placeMentions() {
	slices.SortFunc(s.Mentions, func(a, b Ref) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End
	})
	kept := s.Mentions[:0]
	for _, m := range s.Mentions {
		if n := len(kept); n > 0 && m.Span.Start < kept[n-1].Span.End {
			continue
		}
		kept = append(kept, m)
	}
	s.Mentions = kept
	j := 0
	for mi := range s.Mentions {
		m := &s.Mentions[mi]
		for j < len(s.Tokens) && s.Tokens[j].End <= m.Span.Start {
			j++
		}
		m.First = j
		for j < len(s.Tokens) && s.Tokens[j].Start < m.Span.End {
			s.Tokens[j].Mention = int32(mi)
			j++
		}
		m.End = j
	}
	// A mention that covers no whole token (an actor finder that splits
	// inside a word) cannot be placed; drop it rather than guess.
	s.Mentions = slices.DeleteFunc(s.Mentions, func(m Ref) bool { return m.First >= m.End })
	for j := range s.Tokens {
		s.Tokens[j].Mention = -1
	}
	for mi, m := range s.Mentions {
		for j := m.First; j < m.End; j++ {
			s.Tokens[j].Mention = int32(mi)
		}
	}
}

// OutsideSpeaker returns the first actor named outside quotation marks in
// s, or -1.
func (s *Sentence) OutsideSpeaker() int {
	for _, m := range s.Mentions {
		if !s.Tokens[m.First].Quoted {
			return m.Actor
		}
	}
	return -1
}

// Via says how a Ref refers to its actor: by a mention Find found, or
// through a pronoun the reading resolved. A resolved pronoun is a guess,
// and a reader may trust it less.
type Via uint8

// How a Ref refers to its actor.
const (
	ByName    Via = iota // a mention Find found: a name, or a description it linked
	ByPronoun            // "he", "she", "it", "they", "its"
)

// Word returns the lower-case text of token k, or "" outside the sentence.
func (s *Sentence) Word(k int) string {
	if k < 0 || k >= len(s.Tokens) {
		return ""
	}
	return s.Tokens[k].Word
}

// Class returns the lexicon classes of token k, or none outside the
// sentence.
func (s *Sentence) Class(k int) lexicon.Class {
	if k < 0 || k >= len(s.Tokens) {
		return 0
	}
	return s.Tokens[k].Class
}
