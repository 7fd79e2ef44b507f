package text

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/internal/numbering"
)

// Vocabulary numbers the distinct tokens of a document, as written and in
// lower case. Every stage asks its tables about words (is this a title, a
// reporting verb, a feature of the model?); a news article writes each
// distinct token about twice, so a stage that asks once per entry here and
// keeps the answer in a slice by number does half the lookups, and no
// stage lower-cases or hashes the text again.
//
// Its slices are shared by every stage of an analysis and must not be
// modified.
type Vocabulary struct {
	// Forms holds each distinct token text as the document writes it
	// ("Talks", "talks", "."), in order of first use; every string is a
	// slice of the document's text.
	Forms []string
	// Lower maps a form's number to its lower-case word's number in
	// Words: "Talks" and "talks" share one.
	Lower []int32
	// Words holds the distinct lower-case forms, in order of first use.
	Words []string
	// Classes maps a word's number to its classes in package lexicon,
	// lexicon.Lookup(Words[w]): the lists the summary, the actors and the
	// disputes all ask of every word, looked up once for all of them.
	Classes []lexicon.Class
}

// Vocabulary returns the document's vocabulary, made on the first call
// (for a Document written as a literal too) and shared by every later
// one, so that the stages of one analysis pay for it once. It is safe for
// concurrent use.
func (d *Document) Vocabulary() *Vocabulary {
	d.vocabOnce.Do(d.index)
	return d.vocab
}

// SentenceForms returns the form numbers (indexes into Vocabulary().Forms)
// of the tokens SentenceTokens(i) returns, one for one. The slice is
// shared and must not be modified.
func (d *Document) SentenceForms(i int) []int32 {
	d.Vocabulary()
	a, b := d.formStarts[i], d.formStarts[i+1]
	return d.forms[a:b:b]
}

// Forms returns the form numbers of the tokens Tokens returns, one for
// one: SentenceForms of every sentence, one run after another. The slice
// is shared and must not be modified.
func (d *Document) Forms() []int32 {
	d.Vocabulary()
	return d.forms[:len(d.forms):len(d.forms)]
}

// vocabScratch is the working memory of indexing a document: the tables
// numbering forms and words (see numbering.Table), the lists growing
// beside them, and the lower-case copy of the text. Nothing reads it
// afterwards, so it is reused rather than allocated for every document;
// the Vocabulary gets lists of its own, of exactly the length found,
// which is less memory than lists grown by guesses, and no more
// allocations.
type vocabScratch struct {
	forms, words numbering.Table
	lower        []int32 // Vocabulary.Lower, growing
	tokForms     []int32 // Document.forms, growing
	low          []byte  // the text in lower case (see lowerText)
}

var vocabPool = sync.Pool{New: func() any { return new(vocabScratch) }}

// maxSizedVocabulary bounds the room index makes in its tables before a
// document is read.
const maxSizedVocabulary = 8192

// maxPooledText bounds the text whose scratch is kept for reuse, in
// bytes: a rare huge document should not pin its lists in the pool.
const maxPooledText = 256 << 10

// index numbers the forms and words of d's tokens.
func (d *Document) index() {
	m := vocabPool.Get().(*vocabScratch)
	// A BBC article has a distinct token, and almost as many distinct
	// lower-case words, in every ten bytes (the densest twentieth one in
	// every 8.3): room for one in eight spares nearly every article a
	// growing table. Past a few long stories' worth, the tables grow as
	// they need.
	n := min(len(d.Text)/8+8, maxSizedVocabulary)
	m.forms.Reset(n)
	m.words.Reset(n)
	var low string
	var sameOffsets bool
	m.low, sameOffsets = lowerText(m.low, d.Text)
	if sameOffsets {
		low = string(m.low)
	}
	lower, tokForms := m.lower[:0], m.tokForms[:0]
	formStarts := d.formStarts[:0]
	for i := range d.Sentences {
		formStarts = append(formStarts, len(tokForms))
		for _, t := range d.SentenceTokens(i) {
			s := t.In(d.Text)
			f, added := m.forms.Number(s)
			if added {
				var l string
				if sameOffsets {
					l = t.In(low)
				} else {
					l = strings.ToLower(s)
				}
				w, _ := m.words.Number(l)
				lower = append(lower, w)
			}
			tokForms = append(tokForms, f)
		}
	}
	formStarts = append(formStarts, len(tokForms))
	// The two lists of strings share one array, as do the two of numbers.
	forms, words := m.forms.Keys(), m.words.Keys()
	strs := slices.Grow(d.strs[:0], len(forms)+len(words))[:len(forms)+len(words)]
	nums := slices.Grow(d.nums[:0], len(lower)+len(tokForms))[:len(lower)+len(tokForms)]
	d.strs, d.nums = strs, nums
	classes := slices.Grow(d.classes[:0], len(words))[:len(words)]
	d.classes = classes
	d.vocabulary = Vocabulary{
		Forms: strs[:copy(strs, forms):len(forms)],
		Words: strs[len(forms) : len(forms)+copy(strs[len(forms):], words) : len(forms)+len(words)],
		Lower: nums[:copy(nums, lower):len(lower)],
	}
	d.vocab = &d.vocabulary
	for w, low := range d.vocab.Words {
		classes[w] = lexicon.Lookup(low)
	}
	d.vocab.Classes = classes[:len(words):len(words)]
	d.forms = nums[len(lower) : len(lower)+copy(nums[len(lower):], tokForms) : len(lower)+len(tokForms)]
	d.formStarts = formStarts
	if len(d.Text) > maxPooledText {
		return
	}
	// The strings are the text's: the pool must not keep it.
	m.forms.Clear()
	m.words.Clear()
	m.lower, m.tokForms = lower[:0], tokForms[:0]
	vocabPool.Put(m)
}

// lowerText returns src in lower case with every byte offset kept, so that
// each token's lower-case text is a slice of it, in buf's memory when it
// has room; sameOffsets is false when lower-casing would change a
// character's length in bytes, as for a few scripts, and then words are
// lower-cased one by one.
func lowerText(buf []byte, src string) (low []byte, sameOffsets bool) {
	b := append(buf[:0], src...)
	for i := 0; i < len(b); {
		// Eight ASCII bytes at a time, as most of running text is: a
		// byte's share of fromA has its top bit set when the byte is 'A'
		// or more, its share of pastZ when it is past 'Z'; no sum carries
		// into the next byte, and the top bit of a capital, shifted to
		// 0x20, makes it lower case.
		if i+8 <= len(b) {
			const ones, tops = 0x0101010101010101, 0x8080808080808080
			if v := binary.LittleEndian.Uint64(b[i:]); v&tops == 0 {
				fromA, pastZ := v+(0x80-'A')*ones, v+(0x80-'Z'-1)*ones
				binary.LittleEndian.PutUint64(b[i:], v|(fromA&^pastZ&tops)>>2)
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != size {
				return b, false
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return b, true
}
