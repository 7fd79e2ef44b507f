package text

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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

// vocabMaps are the maps numbering forms and words while a document is
// indexed. Nothing reads them afterwards, so they are cleared and reused
// rather than allocated for every document.
type vocabMaps struct {
	forms, words map[string]int32
}

var vocabPool = sync.Pool{New: func() any {
	return &vocabMaps{forms: make(map[string]int32, 512), words: make(map[string]int32, 512)}
}}

// maxPooledVocabulary bounds the maps kept for reuse: clearing a map costs
// its size, not its count, so a huge document's maps would slow every
// short one after it. It is several long news stories' worth of words.
const maxPooledVocabulary = 4096

// index numbers the forms and words of d's tokens.
func (d *Document) index() {
	low, sameOffsets := lowerText(d.Text)
	m := vocabPool.Get().(*vocabMaps)
	// An article has about one distinct token in two, and fewer distinct
	// lower-case words than forms.
	n := len(d.Text)/5 + 8 // news prose has a token every five or six bytes
	v := &Vocabulary{
		Forms: make([]string, 0, n/2+1),
		Lower: make([]int32, 0, n/2+1),
		Words: make([]string, 0, n/2+1),
	}
	d.forms = make([]int32, 0, n)
	d.formStarts = make([]int, 0, len(d.Sentences)+1)
	for i := range d.Sentences {
		d.formStarts = append(d.formStarts, len(d.forms))
		for _, t := range d.SentenceTokens(i) {
			s := t.In(d.Text)
			f, ok := m.forms[s]
			if !ok {
				f = int32(len(v.Forms))
				m.forms[s] = f
				v.Forms = append(v.Forms, s)
				var l string
				if sameOffsets {
					l = t.In(low)
				} else {
					l = strings.ToLower(s)
				}
				w, ok := m.words[l]
				if !ok {
					w = int32(len(v.Words))
					m.words[l] = w
					v.Words = append(v.Words, l)
				}
				v.Lower = append(v.Lower, w)
			}
			d.forms = append(d.forms, f)
		}
	}
	d.formStarts = append(d.formStarts, len(d.forms))
	d.vocab = v
	if len(m.forms) > maxPooledVocabulary {
		return
	}
	clear(m.forms)
	clear(m.words)
	vocabPool.Put(m)
}

// lowerText returns src in lower case with every byte offset kept, so that
// each token's lower-case text is a slice of it; sameOffsets is false when
// lower-casing would change a character's length in bytes, as for a few
// scripts, and then words are lower-cased one by one.
func lowerText(src string) (low string, sameOffsets bool) {
	b := []byte(src)
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
				return "", false
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b), true
}
