package actors

import "strings"

// The helpers here answer questions the rule finder asks of many words
// from their last bytes or the document's token classes, where the
// general forms would loop over lists of endings or look the word up
// again. Each answers as the call it stands for, on any text.

// adjectiveEnding reports whether w ends in "ic", "ish", "ite", "ese",
// "ian" or "ist" (see adjectiveLike), choosing by the last byte which
// endings to compare.
func adjectiveEnding(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	switch w[n-1] {
	case 'c':
		return w[n-2] == 'i'
	case 'h':
		return strings.HasSuffix(w, "ish")
	case 'e':
		return strings.HasSuffix(w, "ite") || strings.HasSuffix(w, "ese")
	case 'n':
		return strings.HasSuffix(w, "ian")
	case 't':
		return strings.HasSuffix(w, "ist")
	}
	return false
}

// verbEnding reports whether w ends in "ly", "ed", "ing" or "s" (see
// nounLike), choosing by the last byte which ending to compare.
func verbEnding(w string) bool {
	n := len(w)
	if n == 0 {
		return false
	}
	switch w[n-1] {
	case 's':
		return true
	case 'y':
		return n >= 2 && w[n-2] == 'l'
	case 'd':
		return n >= 2 && w[n-2] == 'e'
	case 'g':
		return strings.HasSuffix(w, "ing")
	}
	return false
}

// nounLikeAt is nounLike(d.word(k)): a word's classes come from the hash
// classify kept for the token, not from hashing the word again.
func nounLikeAt(d *document, k int) bool {
	w := d.word(k)
	if w == "" {
		return nounLike(w)
	}
	return nounLikeLex(w, tokLexPlural(d, k))
}
