package rouge

// Stem returns the Porter stem of a lower-case ASCII word, as M. F.
// Porter's 1980 algorithm defines it: the variant NLTK calls
// ORIGINAL_ALGORITHM, which rouge.py uses. Words with other bytes are
// stemmed byte by byte; rouge.py never passes any.
//
// Each step tries its suffixes in the paper's order and stops at the first
// that matches, whether or not the condition on the rest holds.
func Stem(w string) string {
	b := []byte(w)
	b = step1a(b)
	b = step1b(b)
	b = step1c(b)
	b = applyRules(b, step2Rules)
	b = applyRules(b, step3Rules)
	b = applyRules(b, step4Rules)
	b = step5a(b)
	b = step5b(b)
	return string(b)
}

// consonant reports whether w[i] is a consonant: not a vowel, and a 'y'
// only when it follows a vowel or starts the word.
func consonant(w []byte, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !consonant(w, i-1)
	}
	return true
}

// measure is Porter's m: how many vowel-consonant sequences w has, the n
// of [C](VC)^n[V].
func measure(w []byte) int {
	m := 0
	for i := 1; i < len(w); i++ {
		if consonant(w, i) && !consonant(w, i-1) {
			m++
		}
	}
	return m
}

// hasVowel is Porter's *v*.
func hasVowel(w []byte) bool {
	for i := range w {
		if !consonant(w, i) {
			return true
		}
	}
	return false
}

// doubleConsonant is Porter's *d: the word ends in two equal consonants.
func doubleConsonant(w []byte) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && consonant(w, n-1)
}

// cvc is Porter's *o: consonant, vowel, consonant at the end, the last
// not w, x or y.
func cvc(w []byte) bool {
	n := len(w)
	if n < 3 || !consonant(w, n-3) || consonant(w, n-2) || !consonant(w, n-1) {
		return false
	}
	c := w[n-1]
	return c != 'w' && c != 'x' && c != 'y'
}

func hasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

// rule replaces suffix by repl when the stem left satisfies cond (nil:
// always).
type rule struct {
	suffix, repl string
	cond         func(stem []byte) bool
}

// applyRules applies the first rule whose suffix w ends with, and only
// that one.
func applyRules(w []byte, rules []rule) []byte {
	for _, r := range rules {
		if !hasSuffix(w, r.suffix) {
			continue
		}
		stem := w[:len(w)-len(r.suffix)]
		if r.cond == nil || r.cond(stem) {
			return append(stem[:len(stem):len(stem)], r.repl...)
		}
		return w
	}
	return w
}

func positive(stem []byte) bool { return measure(stem) > 0 }
func aboveOne(stem []byte) bool { return measure(stem) > 1 }
func anyVowel(stem []byte) bool { return hasVowel(stem) }
func sOrTAbove(stem []byte) bool {
	return aboveOne(stem) && (stem[len(stem)-1] == 's' || stem[len(stem)-1] == 't')
}

var step1aRules = []rule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}}

func step1a(w []byte) []byte { return applyRules(w, step1aRules) }

// step1b removes -eed, -ed and -ing, then repairs the stem: "hopping"
// to "hop", "hoping" to "hope", "conflated" to "conflate".
func step1b(w []byte) []byte {
	if hasSuffix(w, "eed") {
		if stem := w[:len(w)-3]; measure(stem) > 0 {
			return append(stem[:len(stem):len(stem)], "ee"...)
		}
		return w
	}
	var stem []byte
	switch {
	case hasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		stem = w[:len(w)-2]
	case hasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		stem = w[:len(w)-3]
	default:
		return w
	}
	stem = stem[:len(stem):len(stem)]
	switch {
	case hasSuffix(stem, "at"), hasSuffix(stem, "bl"), hasSuffix(stem, "iz"):
		return append(stem, 'e')
	case doubleConsonant(stem):
		if c := stem[len(stem)-1]; c != 'l' && c != 's' && c != 'z' {
			return stem[:len(stem)-1]
		}
		return stem
	case measure(stem) == 1 && cvc(stem):
		return append(stem, 'e')
	}
	return stem
}

var step1cRules = []rule{{"y", "i", anyVowel}}

func step1c(w []byte) []byte { return applyRules(w, step1cRules) }

var step2Rules = []rule{
	{"ational", "ate", positive},
	{"tional", "tion", positive},
	{"enci", "ence", positive},
	{"anci", "ance", positive},
	{"izer", "ize", positive},
	{"abli", "able", positive},
	{"alli", "al", positive},
	{"entli", "ent", positive},
	{"eli", "e", positive},
	{"ousli", "ous", positive},
	{"ization", "ize", positive},
	{"ation", "ate", positive},
	{"ator", "ate", positive},
	{"alism", "al", positive},
	{"iveness", "ive", positive},
	{"fulness", "ful", positive},
	{"ousness", "ous", positive},
	{"aliti", "al", positive},
	{"iviti", "ive", positive},
	{"biliti", "ble", positive},
}

var step3Rules = []rule{
	{"icate", "ic", positive},
	{"ative", "", positive},
	{"alize", "al", positive},
	{"iciti", "ic", positive},
	{"ical", "ic", positive},
	{"ful", "", positive},
	{"ness", "", positive},
}

var step4Rules = []rule{
	{"al", "", aboveOne},
	{"ance", "", aboveOne},
	{"ence", "", aboveOne},
	{"er", "", aboveOne},
	{"ic", "", aboveOne},
	{"able", "", aboveOne},
	{"ible", "", aboveOne},
	{"ant", "", aboveOne},
	{"ement", "", aboveOne},
	{"ment", "", aboveOne},
	{"ent", "", aboveOne},
	{"ion", "", sOrTAbove},
	{"ou", "", aboveOne},
	{"ism", "", aboveOne},
	{"ate", "", aboveOne},
	{"iti", "", aboveOne},
	{"ous", "", aboveOne},
	{"ive", "", aboveOne},
	{"ize", "", aboveOne},
}

// step5a drops a final -e after a long enough stem.
func step5a(w []byte) []byte {
	if !hasSuffix(w, "e") {
		return w
	}
	stem := w[:len(w)-1]
	if m := measure(stem); m > 1 || m == 1 && !cvc(stem) {
		return stem
	}
	return w
}

// step5b turns a final -ll into -l after a long enough stem.
func step5b(w []byte) []byte {
	if hasSuffix(w, "ll") && measure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}
