package actors

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// document is the tokenised text every stage reads: all tokens in one
// slice, each sentence's run of them, and word statistics.
type document struct {
	src   string
	doc   *text.Document
	toks  []text.Token
	sent  []int // sent[i] is the index of sentence i's first token; sent[len] = len(toks)
	lower map[string]bool
}

// newDocument tokenises doc sentence by sentence, checking ctx between
// sentences.
func newDocument(ctx context.Context, doc *text.Document) (*document, error) {
	d := &document{src: doc.Text, doc: doc, lower: map[string]bool{}}
	d.sent = make([]int, 0, len(doc.Sentences)+1)
	for _, s := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d.sent = append(d.sent, len(d.toks))
		d.toks = text.AppendTokens(d.toks, d.src, s.Span)
	}
	d.sent = append(d.sent, len(d.toks))
	for i := range d.toks {
		if w := d.word(i); w != "" && !startsUpper(w) {
			d.lower[strings.ToLower(w)] = true
		}
	}
	return d, nil
}

// sentenceOf returns the index of the sentence holding token i.
func (d *document) sentenceOf(i int) int {
	lo, hi := 0, len(d.sent)-1
	for lo < hi-1 {
		m := (lo + hi) / 2
		if d.sent[m] <= i {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// tok returns token i's text, or "" out of range.
func (d *document) tok(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].In(d.src)
}

// word returns token i's text if it is a word, else "".
func (d *document) word(i int) string {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != text.Word {
		return ""
	}
	return d.toks[i].In(d.src)
}

// bareEnd returns the end of token i without a possessive ending: "Iran’s"
// ends before the apostrophe.
func (d *document) bareEnd(i int) int {
	return d.toks[i].Start + len(stripPossessive(d.tok(i)))
}

// bare returns token i's text without a possessive ending.
func (d *document) bare(i int) string { return stripPossessive(d.tok(i)) }

// possessive reports whether token i ends in a possessive.
func (d *document) possessive(i int) bool {
	w := d.tok(i)
	return w != "" && len(stripPossessive(w)) != len(w)
}

// capWord reports whether token i is a word starting with a capital.
func (d *document) capWord(i int) bool {
	w := d.word(i)
	return w != "" && startsUpper(w)
}

// initial reports whether token i opens its sentence or a quotation, where
// ordinary words are capitalised too.
func (d *document) initial(i int) bool {
	s := d.sentenceOf(i)
	for j := i - 1; j >= d.sent[s]; j-- {
		switch d.toks[j].Kind {
		case text.Word, text.Number:
			return false
		}
		switch d.tok(j) {
		case "\"", "“", "‘", "'", "(", ":", "—", "–", "-", "[", ";":
			return true
		}
	}
	return true
}

// span returns the text from the start of token i to the bare end of token
// j-1.
func (d *document) span(i, j int) text.Span {
	return text.Span{Start: d.toks[i].Start, End: d.bareEnd(j - 1)}
}

// lowerSeen reports whether w occurs somewhere in the document in lower
// case: a capitalised "Former" at a sentence start is the word "former".
func (d *document) lowerSeen(w string) bool { return d.lower[strings.ToLower(w)] }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// allCaps reports whether w is an acronym: at least two letters, every
// letter a capital ("EFF", "G7", "U.S.").
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// stripPossessive removes a final "'s", "’s" or, after an s, a lone
// apostrophe ("the Americans'").
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	for _, suf := range []string{"s'", "s’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)+1]
		}
	}
	return w
}

// undot drops the dot of an abbreviated title ("Mr." -> "Mr").
func undot(w string) string { return strings.TrimSuffix(w, ".") }

// normKey is the comparison key of a name: lower case, curly quotes
// straightened, no possessive.
func normKey(s string) string {
	s = strings.ReplaceAll(stripPossessive(s), "’", "'")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
