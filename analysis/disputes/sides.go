package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/actors"
)

// coordinatedFrom returns the first mention of ms and those coordinated
// with it: "with the ferry unions and the Harbour Trust over ..." gives both.
func (s *sentence) coordinatedFrom(ms []mention) []mention {
	idx := func(m mention) int {
		return slices.IndexFunc(s.Mentions, func(x mention) bool { return x.First == m.First })
	}
	n := 1
	for n < len(ms) && s.Coordinated(idx(ms[n-1]), idx(ms[n])) {
		n++
	}
	return ms[:n]
}

// coSubjects returns the first group of two or more coordinated mentions
// of distinct actors among ms ("Ostravian and Velmarian aims", "the
// Greenfield Party and the Labour Group"), or nil.
func (s *sentence) coSubjects(ms []mention) []mention {
	idx := func(m mention) int {
		return slices.IndexFunc(s.Mentions, func(x mention) bool { return x.First == m.First })
	}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && s.Coordinated(idx(ms[j-1]), idx(ms[j])) {
			j++
		}
		if len(distinct(ms[i:j])) >= 2 {
			return ms[i:j]
		}
		i = j
	}
	return nil
}

// subjectIn returns the first mention starting within actors.SubjectReach tokens
// of the clause [a, b), or false.
func (s *sentence) subjectIn(a, b int) (mention, bool) {
	ms := s.Sides(a, min(b, a+actors.SubjectReach))
	if len(ms) == 0 {
		return mention{}, false
	}
	// "the terrorists who threaten Britain": the object of a relative
	// clause is not the clause's subject.
	for j := a; j < ms[0].First; j++ {
		switch s.Tokens[j].Word {
		case "who", "which", "that", "whose":
			return mention{}, false
		}
	}
	return ms[0], true
}

// coordinatedSubject returns the subject of the clause [start, k) and the
// mentions coordinated with it ("X and Y were criticised"), or nil.
func (s *sentence) coordinatedSubject(start, k int) []mention {
	m, ok := s.subjectIn(start, k)
	if !ok {
		return nil
	}
	all := s.Sides(m.First, k)
	return s.coordinatedFrom(all)
}

// maxSubjectGap is how many tokens may stand between an agreement cue and
// its subject: "X has repeatedly and publicly backed Y".
const maxSubjectGap = 8

// pronounBetween reports whether an unresolved personal pronoun stands in
// [a, b): then it, not a name before it, is the subject ("..., I agree
// with Y").
func (s *sentence) pronounBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if s.Tokens[j].Mention >= 0 {
			continue
		}
		switch s.Tokens[j].Word {
		case "i", "we", "you", "he", "she", "they":
			return true
		}
	}
	return false
}

// distinct returns the distinct actors of ms, in order.
func distinct(ms []mention) []int {
	var out []int
	for _, m := range ms {
		if !slices.Contains(out, m.Actor) {
			out = append(out, m.Actor)
		}
	}
	return out
}

// together reports whether mention mi of s is coordinated with a
// neighbouring mention of another actor: "X and Y said ...", "X, Y and Z
// have welcomed ...". Actors named together speak, act or are acted on
// together, which is what an agreement's parties most often do; the
// models weigh it for both kinds. pairs is s's CoordinatedPairs.
func (s *sentence) together(pairs []bool, mi int) bool {
	ms := s.Mentions
	if mi > 0 && pairs[mi-1] && ms[mi-1].Actor != ms[mi].Actor {
		return true
	}
	return mi+1 < len(ms) && pairs[mi] && ms[mi+1].Actor != ms[mi].Actor
}

// namedTogether reports whether two actors a and b are named in one group
// of coordinated mentions of s: "X and Y", "X, Z and Y"; one actor named
// twice ("Hale and Hale's office") is not, as for together. pairs is s's
// CoordinatedPairs.
func (s *sentence) namedTogether(pairs []bool, a, b int) bool {
	if a == b {
		return false
	}
	ms := s.Mentions
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && pairs[j-1] {
			j++
		}
		hasA, hasB := false, false
		for _, m := range ms[i:j] {
			hasA, hasB = hasA || m.Actor == a, hasB || m.Actor == b
		}
		if hasA && hasB && j-i >= 2 {
			return true
		}
		i = j
	}
	return false
}
