package disputes

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// sidesIn returns the mentions whose first token lies in [a, b), leaving
// out those governed by a preposition that makes them part of a thing
// ("talks in Lindau", "a ban on exports to Velmar"). A mention coordinated
// with a side ("X and Y") is a side too.
func (s *sentence) Sides(a, b int) []mention {
	var out []mention
	for mi := range s.Mentions {
		if m := &s.Mentions[mi]; m.First < a || m.First >= b {
			continue
		}
		if s.oblique(mi) || s.adjectival(mi) {
			continue
		}
		if out == nil {
			// Room for every mention left before b (they are in text
			// order): one allocation rather than one per side found.
			end := mi + 1
			for end < len(s.Mentions) && s.Mentions[end].First < b {
				end++
			}
			out = make([]mention, 0, end-mi)
		}
		out = append(out, s.Mentions[mi])
	}
	return out
}

// oblique reports whether mention mi is governed by an oblique
// preposition, directly or through the mentions it is coordinated with.
func (s *sentence) oblique(mi int) bool {
	for ; mi >= 0; mi-- {
		p := s.Mentions[mi].First - 1
		for p >= 0 && (s.Tokens[p].Class.Has(lexicon.Determiner) || s.Tokens[p].Word == "both") {
			p--
		}
		// "hit out at X", "lashed out at X": the target, not a place.
		if p >= 0 && s.Tokens[p].Class.Has(lexicon.Oblique) && !(s.Tokens[p].Word == "at" && s.Word(p-1) == "out") {
			return true
		}
		if mi == 0 || !s.Coordinated(mi-1, mi) {
			return false
		}
	}
	return false
}

// adjectival reports whether mention mi is a demonym, or a country's name
// after "the", qualifying a thing or a crowd rather than standing for its
// country: "British voters", "the European constitution", "the Iraq
// war". Before its state's agents or their aims ("Iranian officials",
// "American objectives") it stands for the state.
func (s *sentence) adjectival(mi int) bool {
	m := s.Mentions[mi]
	// A country's name qualifies a noun only inside a phrase that a word
	// before its determiner opens ("attacked the way the Iraq war ..."):
	// at the head of a clause "The US last week attacked ..." it acts.
	inPhrase := m.First >= 2 && s.Tokens[m.First-1].Class.Has(lexicon.Determiner) && s.Tokens[m.First-2].Kind == text.Word && !s.Tokens[m.First-2].Class.Has(lexicon.Boundary)
	if m.End >= len(s.Tokens) || !m.Demonym && !(m.Country && m.Via == viaName && inPhrase) {
		return false
	}
	n := &s.Tokens[m.End]
	if n.Kind != text.Word || n.Mention >= 0 || n.Class.Has(lexicon.Function) || n.Class.Has(lexicon.Report) || n.Class.Has(lexicon.AnyCue) {
		return false
	}
	if !m.Demonym && (lexicon.VerbLike(n.Word) || strings.HasSuffix(n.Word, "s") || n.Class.Has(lexicon.Stance) || n.Class.Has(lexicon.Org) || n.Class.Has(lexicon.Title)) {
		// "the US says", "the UK wants", "the US forces": a verb, or
		// the state's own people; "the Iraq war" names a thing.
		return false
	}
	return !n.Class.Has(lexicon.StateNoun) && !n.Class.Has(lexicon.Claim)
}

// coordinated reports whether mentions i and j (i before j) are joined
// only by "and", "or", commas, determiners or "both": "X and Y", "X, Y and
// the Z". A comma alone joins a list only if an "and" closes it later;
// otherwise it sets off an apposition ("the head of the Harbour Trust, Ruth
// Okonkwo,"), which names the same side, not another.
func (s *sentence) Coordinated(i, j int) bool {
	conj := false
	for k := s.Mentions[i].End; k < s.Mentions[j].First; k++ {
		switch w := s.Tokens[k].Word; {
		case w == "and", w == "or", w == "both", w == "well":
			conj = true
		case w == ",", w == "as", s.Tokens[k].Class.Has(lexicon.Determiner):
		default:
			return false
		}
	}
	if conj {
		return true
	}
	return j+1 < len(s.Mentions) && s.Coordinated(j, j+1)
}

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

// subjectReach is how far into a clause, in tokens, its subject may start:
// "Until now, the Harbour Trust ..." but not an actor named at the
// clause's end.
const subjectReach = 6

// subjectIn returns the first mention starting within subjectReach tokens
// of the clause [a, b), or false.
func (s *sentence) subjectIn(a, b int) (mention, bool) {
	ms := s.Sides(a, min(b, a+subjectReach))
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
