package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// appendLower appends the lower-case form of w to dst. ASCII words, nearly
// all of an English news text, take a copy-free byte loop; others go
// through strings.ToLower, which knows the full Unicode case tables.
func appendLower(dst []byte, w string) []byte {
	n := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(dst[:n], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isAcronym reports whether w is written in capitals throughout, like "US"
// or "NATO". Such words are names: "US" is not the pronoun "us", and
// stemming "NHS" would break it.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// trimPossessive cuts a trailing possessive "'s" or "’s" (or the bare
// apostrophe of a plural possessive), so that "Velmar's" counts as "Velmar".
// It reports whether it cut one: a possessive ends a noun phrase.
func trimPossessive(w string) (string, bool) {
	// Nearly every word ends otherwise: 's', 'S', an apostrophe, or the
	// last byte of "’" start every ending looked for.
	if n := len(w); n < 2 || w[n-1] != 's' && w[n-1] != 'S' && w[n-1] != '\'' && w[n-1] != 0x99 {
		return w, false
	}
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	for _, suf := range [...]string{"'", "’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// stem reduces a lower-case ASCII word to a crude stem so that inflected
// forms meet: "sanctions" and "sanction", "attacked" and "attacking". It is
// deliberately light (plural, -ed, -ing, final e): it only has to make
// forms of one word agree, never to produce a real word. Non-ASCII words
// are returned unchanged.
func stem(w []byte) []byte {
	for _, c := range w {
		if c >= utf8.RuneSelf || !('a' <= c && c <= 'z' || c == '-') {
			return w
		}
	}
	if len(w) <= 3 || invariantS(w) {
		return w
	}
	switch {
	case hasSuffix(w, "ies") && len(w) > 4:
		w = append(w[:len(w)-3], 'y')
	case hasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case hasSuffix(w, "ss"), hasSuffix(w, "us"), hasSuffix(w, "is"):
	case hasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	stripped := false
	switch {
	case hasSuffix(w, "ing") && len(w) > 5 && hasVowel(w[:len(w)-3]):
		w, stripped = w[:len(w)-3], true
	case hasSuffix(w, "ed") && len(w) > 4 && hasVowel(w[:len(w)-2]):
		w, stripped = w[:len(w)-2], true
	}
	if stripped {
		// "stopped" -> "stopp" -> "stop", so that it meets "stop".
		if n := len(w); n >= 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && w[n-1] != 'l' && w[n-1] != 's' {
			w = w[:n-1]
		}
	}
	// "make" and "making" must meet: drop a final e in every word.
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// invariantS lists the common words whose final s is not a plural, so that
// "news" does not become "new".
func invariantS(w []byte) bool {
	switch string(w) {
	case "news", "series", "species", "means", "always", "perhaps", "whereas", "various", "serious":
		return true
	}
	return false
}

func hasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func hasVowel(w []byte) bool {
	for _, c := range w {
		if isVowel(c) {
			return true
		}
	}
	return false
}

// isQuoteMark reports whether the punctuation token p is a quotation mark.
// A lone apostrophe counts: news copy quotes with single marks too, and the
// tokenizer keeps an apostrophe inside a word ("don't") as part of it.
func isQuoteMark(p string) bool {
	switch p {
	case `"`, "'", "“", "”", "‘", "’", "«", "»", "„":
		return true
	}
	return false
}

// anaphoric reports whether w, a sentence's first word, is a
// lexicon.Anaphor in any case: it points back to something said before
// it, and the sentence reads poorly alone.
func anaphoric(w string) bool {
	if len(w) > len("nevertheless") {
		return false // longer than any Anaphor
	}
	var buf [len("nevertheless")]byte
	return lexicon.Lookup(string(appendLower(buf[:0], w))).Has(lexicon.Anaphor)
}

// What a function word announces about the word after it.
const (
	noCue   = iota
	nounCue // a determiner, possessive or preposition: a noun follows
	verbCue // "to", a modal, an auxiliary or a subject pronoun: a verb follows
	nameCue // a name: a verb or a preposition follows more often than a noun
)

// cueOf returns what a function word of lexicon classes c announces
// about the next word.
func cueOf(c lexicon.Class) int {
	switch {
	case c.Has(lexicon.BeforeNoun):
		return nounCue
	case c.Has(lexicon.BeforeVerb):
		return verbCue
	}
	return noCue
}

// Cue classes of words, which the features count per sentence. They are
// classes of how news and comment are written, not words of any topic.
const (
	cueReport   uint8 = 1 << iota // a reporting verb: the sentence tells what someone said
	cueFirst                      // a first-person pronoun: the writer or a speaker talks
	cueFuture                     // a future or plan: what happens next is often the news
	cueContrast                   // a contrast: an argument turns on it
	cueDispute                    // a verb of disagreement: the disputes stage's kind of sentence
)

// cueClasses are the lexicon's classes of each cue, in the order of the
// cue bits.
var cueClasses = [...]lexicon.Class{lexicon.CueReport, lexicon.CueFirstPerson, lexicon.CueFuture, lexicon.CueContrast, lexicon.CueDispute}

// anyCue holds every class of cueClasses.
const anyCue = lexicon.CueReport | lexicon.CueFirstPerson | lexicon.CueFuture | lexicon.CueContrast | lexicon.CueDispute

// cueFlags returns the cue bits of a word of lexicon classes c.
func cueFlags(c lexicon.Class) uint8 {
	if !c.Has(anyCue) {
		return 0 // nearly every word: no loop
	}
	var f uint8
	for i, cc := range cueClasses {
		if c.Has(cc) {
			f |= 1 << i
		}
	}
	return f
}
