package evaluate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/internal/rouge"
)

// quoteFolder is the first step of score_analysis.py's norm(): curly single
// quotes become straight ones and a no-break space a space, so that
// "Shi’ite" and "Shi'ite" are one name.
var quoteFolder = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u00a0", " ")

// Norm is score_analysis.py's norm(): the key under which names, aliases and
// mention texts are compared. It folds curly quotes, trims, lower-cases,
// collapses white space, drops one leading "the " and one trailing "'s",
// then trims " .,;:" from both ends.
//
// White space and lower-casing follow Python's str rules rather than Go's,
// since a name that normalises differently here would match differently:
// see pyIsSpace and pyLower.
func Norm(s string) string {
	s = quoteFolder.Replace(s)
	s = pyLower(strings.TrimFunc(s, pyIsSpace))
	s = collapseSpace(s)
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	return strings.Trim(s, " .,;:")
}

// pyFields is Python's str.split() without arguments: the runs of text
// between white space, none empty.
func pyFields(s string) []string { return strings.FieldsFunc(s, pyIsSpace) }

// collapseSpace is re.sub(r"\s+", " ", s) for a str pattern, where \s is
// whatever str.isspace accepts.
func collapseSpace(s string) string {
	if strings.IndexFunc(s, pyIsSpace) < 0 {
		return s // the common case: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	inSpace := false
	for _, r := range s {
		if pyIsSpace(r) {
			if !inSpace {
				b.WriteByte(' ')
			}
			inSpace = true
			continue
		}
		inSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// pyIsSpace is Python's str.isspace for one character; see rouge.IsSpace.
func pyIsSpace(r rune) bool { return rouge.IsSpace(r) }

// pyLower is Python's str.lower(). Go's unicode.ToLower gives the simple
// mapping; Python uses the full one, which differs in two places that
// matter for names: "İ" (U+0130) becomes "i" plus a combining dot, and a
// capital sigma at the end of a word becomes the final "ς". Case tables of
// different Unicode versions aside, the two now agree.
func pyLower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	for i, r := range rs {
		switch r {
		case 0x130:
			b.WriteString("i\u0307")
		case 0x3a3:
			if finalSigma(rs, i) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at rs[i] is in Unicode's
// Final_Sigma context, as CPython's handle_capital_sigma decides it: a cased
// letter before it and none after it, skipping case-ignorable characters
// both ways.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

// cased is Unicode's Cased property: Lowercase, Uppercase or a titlecase
// letter.
func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// caseIgnorable is Unicode's Case_Ignorable property: nonspacing and
// enclosing marks, format characters, modifier letters and symbols, and the
// word-internal punctuation of Word_Break MidLetter, MidNumLet and
// Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
