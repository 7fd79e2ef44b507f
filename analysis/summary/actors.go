package summary

import (
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
	byName := make(map[string]string)
	for _, a := range found {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if properName(n) {
				if _, ok := byName[strings.ToLower(n)]; !ok {
					byName[strings.ToLower(n)] = a.Name
				}
			}
		}
	}
	out := make([]string, 0, len(keywords))
	seen := make(map[string]bool, len(keywords))
	for _, k := range keywords {
		if n, ok := byName[strings.ToLower(k)]; ok {
			k = n
		}
		if key := strings.ToLower(k); !seen[key] {
			seen[key] = true
			out = append(out, k)
		}
	}
	return out
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
