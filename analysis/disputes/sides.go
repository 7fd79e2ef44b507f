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
func (s *sentence) sidesIn(a, b int) []mention {
	var out []mention
	for mi := range s.mentions {
		if m := &s.mentions[mi]; m.first < a || m.first >= b {
			continue
		}
		if s.oblique(mi) || s.adjectival(mi) {
			continue
		}
		if out == nil {
			// Room for every mention left before b (they are in text
			// order): one allocation rather than one per side found.
			end := mi + 1
			for end < len(s.mentions) && s.mentions[end].first < b {
				end++
			}
			out = make([]mention, 0, end-mi)
		}
		out = append(out, s.mentions[mi])
	}
	return out
}

// oblique reports whether mention mi is governed by an oblique
// preposition, directly or through the mentions it is coordinated with.
func (s *sentence) oblique(mi int) bool {
	for ; mi >= 0; mi-- {
		p := s.mentions[mi].first - 1
		for p >= 0 && (s.toks[p].lex.Has(lexicon.Determiner) || s.toks[p].low == "both") {
			p--
		}
		// "hit out at X", "lashed out at X": the target, not a place.
		if p >= 0 && s.toks[p].lex.Has(lexicon.Oblique) && !(s.toks[p].low == "at" && s.word(p-1) == "out") {
			return true
		}
		if mi == 0 || !s.coordinated(mi-1, mi) {
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
	m := s.mentions[mi]
	// A country's name qualifies a noun only inside a phrase that a word
	// before its determiner opens ("attacked the way the Iraq war ..."):
	// at the head of a clause "The US last week attacked ..." it acts.
	inPhrase := m.first >= 2 && s.toks[m.first-1].lex.Has(lexicon.Determiner) && s.toks[m.first-2].kind == text.Word && !s.toks[m.first-2].lex.Has(lexicon.Boundary)
	if m.end >= len(s.toks) || !m.demonym && !(m.country && m.via == viaName && inPhrase) {
		return false
	}
	n := &s.toks[m.end]
	if n.kind != text.Word || n.mention >= 0 || n.lex.Has(lexicon.Function) || n.lex.Has(lexicon.Report) || n.lex.Has(lexicon.AnyCue) {
		return false
	}
	if !m.demonym && (lexicon.VerbLike(n.low) || strings.HasSuffix(n.low, "s") || n.lex.Has(lexicon.Stance) || n.lex.Has(lexicon.Org) || n.lex.Has(lexicon.Title)) {
		// "the US says", "the UK wants", "the US forces": a verb, or
		// the state's own people; "the Iraq war" names a thing.
		return false
	}
	return !n.lex.Has(lexicon.StateNoun) && !n.lex.Has(lexicon.Claim)
}

// coordinated reports whether mentions i and j (i before j) are joined
// only by "and", "or", commas, determiners or "both": "X and Y", "X, Y and
// the Z". A comma alone joins a list only if an "and" closes it later;
// otherwise it sets off an apposition ("the head of the Harbour Trust, Ruth
// Okonkwo,"), which names the same side, not another.
func (s *sentence) coordinated(i, j int) bool {
	conj := false
	for k := s.mentions[i].end; k < s.mentions[j].first; k++ {
		switch w := s.toks[k].low; {
		case w == "and", w == "or", w == "both", w == "well":
			conj = true
		case w == ",", w == "as", s.toks[k].lex.Has(lexicon.Determiner):
		default:
			return false
		}
	}
	if conj {
		return true
	}
	return j+1 < len(s.mentions) && s.coordinated(j, j+1)
}

// coordinatedFrom returns the first mention of ms and those coordinated
// with it: "with the ferry unions and the Harbour Trust over ..." gives both.
func (s *sentence) coordinatedFrom(ms []mention) []mention {
	idx := func(m mention) int {
		return slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == m.first })
	}
	n := 1
	for n < len(ms) && s.coordinated(idx(ms[n-1]), idx(ms[n])) {
		n++
	}
	return ms[:n]
}

// coSubjects returns the first group of two or more coordinated mentions
// of distinct actors among ms ("Ostravian and Velmarian aims", "the
// Greenfield Party and the Labour Group"), or nil.
func (s *sentence) coSubjects(ms []mention) []mention {
	idx := func(m mention) int {
		return slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == m.first })
	}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && s.coordinated(idx(ms[j-1]), idx(ms[j])) {
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
	ms := s.sidesIn(a, min(b, a+subjectReach))
	if len(ms) == 0 {
		return mention{}, false
	}
	// "the terrorists who threaten Britain": the object of a relative
	// clause is not the clause's subject.
	for j := a; j < ms[0].first; j++ {
		switch s.toks[j].low {
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
	all := s.sidesIn(m.first, k)
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
		if s.toks[j].mention >= 0 {
			continue
		}
		switch s.toks[j].low {
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
		if !slices.Contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	return out
}
