package disputes

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// personFirst puts first among ms the person an organisation before them
// qualifies ("Tory leader X", "the party's chairman, X"), and drops an
// organisation that only owns the title ("X's former president, Y"): the
// person acts, and for "Tory leader X" the party with them.
func (s *sentence) personFirst(ms []mention) []mention {
	for i, m := range ms {
		q := s.Qualified(m, ms[i+1:])
		if q.First == m.First {
			continue
		}
		out := []mention{q}
		if mi := slices.IndexFunc(s.Mentions, func(x mention) bool { return x.First == m.First }); mi < 0 || !s.Possessive(mi) {
			out = append(out, m)
		}
		for _, x := range ms {
			if x.First != m.First && x.First != q.First {
				out = append(out, x)
			}
		}
		return out
	}
	return ms
}

// denialVerb reports whether the cue word w can deny a statement given as
// a clause: "denied (that) the dam was over budget".
func denialVerb(w string) bool {
	switch w {
	case "deny", "denies", "denied", "denying",
		"refute", "refutes", "refuted", "refuting",
		"dispute", "disputes", "disputed", "disputing",
		"question", "questions", "questioned", "questioning":
		return true
	}
	return false
}

// clauseAfter reports whether what follows the cue at k is a clause rather
// than a noun phrase: "denied (that) the border guards were
// involved", not "denied the claims".
func (s *sentence) clauseAfter(k, end int) bool {
	if s.Word(k+1) == "that" {
		return true
	}
	for j := k + 1; j < min(len(s.Tokens), k+16); j++ {
		t := &s.Tokens[j]
		if t.Mention >= 0 || t.Word == "'" || t.Word == "’" {
			continue // a name, or a possessive mark ("fathers' groups")
		}
		if t.Word == "," {
			// "denied X, the head of Y, said ...": read past the aside.
			if c := s.FindWord(j+1, min(len(s.Tokens), j+8), ","); c >= 0 {
				j = c
				continue
			}
			return false
		}
		if t.Class.Has(lexicon.Claim) || t.Kind == text.Punctuation {
			return false
		}
		if j > k+1 && t.Class.Has(lexicon.Finite|lexicon.Report) {
			return true
		}
	}
	return false
}

// keywords returns the content words of tokens [a, b), lower-case and
// lightly stemmed, for telling whether two statements are about the same
// thing.
func (s *sentence) keywords(a, b int) []string {
	var out []string
	for j := max(a, 0); j < min(b, len(s.Tokens)); j++ {
		t := &s.Tokens[j]
		if t.Kind != text.Word || len(t.Word) < 4 || t.Class.Has(lexicon.Report|lexicon.Function) {
			continue
		}
		w := stem(t.Word)
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// stem strips the commonest English endings, so that "involved" and
// "involvement" or "claims" and "claim" meet.
func stem(w string) string {
	w = lexicon.Bare(w)
	for _, suf := range []string{"ement", "ment", "ing", "ed", "es", "s"} {
		if len(w)-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// overlap counts the words a and b share.
func overlap(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// minOverlap is how many content words a denial must share with an
// earlier statement to be read as denying it.
const minOverlap = 2

// claimant returns the claim that a rejection or denial at token k of
// sentence i answers: the latest one, within maxBack sentences, by an
// actor not among exclude and, when words is given, sharing minOverlap of
// them.
func (r *reader) claimant(i, k int, exclude []mention, words []string) (claim, bool) {
	excluded := func(a int) bool {
		return slices.ContainsFunc(exclude, func(m mention) bool { return m.Actor == a })
	}
	back := maxBack
	if words != nil {
		// Shared words guard a longer look back: a denial may answer a
		// claim made a few paragraphs earlier.
		back = 2 * maxBack
	}
	for j := i; j >= max(0, i-back); j-- {
		s := &r.sents[j]
		if s.Headline {
			continue // a headline repeats the story; it is no one's claim
		}
		for ci := len(s.Claims) - 1; ci >= 0; ci-- {
			c := s.Claims[ci]
			if j == i && (c.Verb < 0 || c.Verb >= k) || excluded(c.Speaker) {
				continue
			}
			if words != nil && overlap(words, s.keywords(c.First, c.End)) < minOverlap {
				continue
			}
			if c.From < 0 {
				c.From = j
			}
			return c, true
		}
		if words == nil && j == i-1 {
			// The sentence before may state the claim without a verb of
			// saying: "X accused Y of Z. Y denied the charge."
			for _, m := range s.Mentions {
				if !excluded(m.Actor) && !s.Tokens[m.First].Quoted {
					return claim{Speaker: m.Actor, Verb: -1, First: 0, End: len(s.Tokens), Sentence: j, From: j, Via: m.Via}, true
				}
			}
		}
	}
	return claim{}, false
}
