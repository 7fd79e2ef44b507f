package summary

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/actors"
)

// MergeActors returns keywords with every key phrase that is one of an
// actor's names written as the actor's canonical name, and with the
// phrases that then name the same actor kept once, where the first of
// them stood: "Okafor" becomes "Maria Okafor", "Russian" becomes
// "Russia" when the actor stage read the demonym as Russia, and
// "TimeWarner" and "Time Warner" are one key phrase when the stage made
// them one actor.
//
// Only proper names count: an alias that starts in lower case or with
// "the" ("the company", "The firm") describes an actor rather than names
// it, and a keyword such as "company" is left alone. keywords is not
// modified.
func MergeActors(keywords []string, found []actors.Actor) []string {
	if len(keywords) == 0 || len(found) == 0 {
		return keywords
	}
	// A handful of keywords against a few dozen names: comparing each
	// pair costs less than building tables, and allocates nothing.
	out := make([]string, 0, len(keywords))
	for _, k := range keywords {
		if n, ok := actorNamed(k, found); ok {
			k = n
		}
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, k) }) {
			out = append(out, k)
		}
	}
	return out
}

// actorNamed returns the canonical name of the first actor that k names
// properly (its name or an alias, case aside).
func actorNamed(k string, found []actors.Actor) (string, bool) {
	for _, a := range found {
		if strings.EqualFold(a.Name, k) && properName(a.Name) {
			return a.Name, true
		}
		for _, n := range a.Aliases {
			if strings.EqualFold(n, k) && properName(n) {
				return a.Name, true
			}
		}
	}
	return "", false
}

// properName reports whether an alias names its actor: it starts with a
// capital letter or a digit, and not with the article.
func properName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	return !strings.EqualFold(first, "the")
}
