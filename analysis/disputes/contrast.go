package disputes

import (
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// contrast reads a contrast connective at token k of sentence i joining
// two clauses whose subjects are two actors: "X wants A, while Y wants B";
// "X wants A; Y wants B"; "While X wants A, Y wants B".
func (r *reader) contrast(i, k, width int, weight float64) (finding, bool) {
	s := &r.sents[i]
	var aStart, aEnd, bStart, bEnd int
	if k == s.FirstWord() && width == 1 {
		// "While X ..., Y ...": the first clause runs to the first comma.
		comma := s.FindWord(k+1, len(s.Tokens), ",")
		if comma < 0 {
			return finding{}, false
		}
		aStart, aEnd = k+1, comma
		bStart = comma + 1
		bEnd = s.ClauseEnd(min(comma+1, len(s.Tokens)-1))
	} else {
		if s.Tokens[k].Word == "however" && s.Word(k-1) != ";" && s.Word(k-1) != "," {
			return finding{}, false
		}
		aStart, aEnd = s.ClauseStart(k), k
		bStart = k + width
		if bStart >= len(s.Tokens) {
			return finding{}, false
		}
		bEnd = s.ClauseEnd(bStart)
		if s.Tokens[bStart].Class.Has(lexicon.Boundary) {
			bEnd = bStart
		}
	}
	for aEnd > aStart && s.Tokens[aEnd-1].Kind == text.Punctuation {
		aEnd--
	}
	for bStart < bEnd && s.Tokens[bStart].Kind == text.Punctuation {
		bStart++
	}
	a, okA := s.subjectIn(aStart, aEnd)
	b, okB := s.subjectIn(bStart, bEnd)
	if !okA || !okB || r.Affiliated(a.Actor, b.Actor) || !s.opensClause(bStart, b) {
		return finding{}, false
	}
	stanceA, stanceB := s.holdsStance(aStart, aEnd), s.holdsStance(bStart, bEnd)
	switch w := s.Tokens[k].Word; {
	case !stanceA && !stanceB:
		// "X will take charge, while Y moves to another role": two
		// actions side by side, not two views.
		return finding{}, false
	case (w == "but" || w == ";") && !(stanceA && stanceB):
		// "But" and a semicolon join any two statements; only two views
		// make them a contrast of views.
		return finding{}, false
	}
	if s.attacksThird(aStart, aEnd, a.Actor, b.Actor) || s.attacksThird(bStart, bEnd, a.Actor, b.Actor) {
		// "X said the plan would fail, while Y criticised Z's
		// promises": two critics of a third side, not a contrast
		// between them.
		return finding{}, false
	}
	ownA, ownB := false, false
	for _, c := range s.Claims {
		ownA = ownA || c.Speaker == a.Actor && c.Verb >= aStart && c.Verb < aEnd
		ownB = ownB || c.Speaker == b.Actor && c.Verb >= bStart && c.Verb < bEnd
	}
	if ownA && !ownB && !s.holdsStance(bStart, bEnd) {
		// "A report by X claimed Y would lead, while Z would follow":
		// the contrast is part of what X said, not X against Z.
		return finding{}, false
	}
	f := finding{sents: []int{i}, conf: weight, agents: []int{a.Actor}, rule: "contrast:" + s.Tokens[k].Word}
	f.sides = []side{
		{actor: a.Actor, stmt: s.cut(s.withDeterminer(a.First), aEnd), sent: i},
		{actor: b.Actor, stmt: s.cut(s.withDeterminer(b.First), bEnd), sent: i},
	}
	f.topic, f.rank = r.fallbackTopic(s)
	return f, true
}

// turn reads a sentence that opens with "But" or "However" and whose
// subject is an actor, against the sentence before when that one's subject
// is another actor: "X says A. But Y says B."
func (r *reader) turn(i int) (finding, bool) {
	if i == 0 {
		return finding{}, false
	}
	s, prev := &r.sents[i], &r.sents[i-1]
	k := s.FirstWord()
	if k < 0 {
		return finding{}, false
	}
	width := 1
	switch s.Tokens[k].Word {
	case "but", "yet":
	case "however":
		if s.Word(k+1) != "," {
			return finding{}, false
		}
	default:
		if width = s.otherHand(k); width == 0 {
			return finding{}, false
		}
	}
	if k+width >= len(s.Tokens) {
		return finding{}, false // "But." and nothing after it
	}
	end := s.ClauseEnd(k + width)
	b, okB := s.subjectIn(k+width, end)
	a, okA := prev.subjectIn(0, len(prev.Tokens))
	if !okA || !okB || r.Affiliated(a.Actor, b.Actor) {
		return finding{}, false
	}
	if !prev.holdsStance(0, len(prev.Tokens)) && !s.holdsStance(k+width, end) {
		return finding{}, false
	}
	f := finding{sents: []int{i - 1, i}, conf: confTurn, agents: []int{b.Actor}, rule: "turn"}
	f.sides = []side{
		{actor: a.Actor, stmt: prev.cut(prev.withDeterminer(a.First), prev.ClauseEnd(a.First)), sent: i - 1},
		{actor: b.Actor, stmt: s.cut(s.withDeterminer(b.First), end), sent: i},
	}
	return f, true
}

// otherHand returns 4 when tokens from k read "on the other hand", else 0.
func (s *sentence) otherHand(k int) int {
	if s.Word(k) == "on" && s.Word(k+1) == "the" && s.Word(k+2) == "other" && s.Word(k+3) == "hand" {
		return 4
	}
	return 0
}

// opensClause reports whether mention m is the subject that opens the
// clause at start: only a determiner, an adverb or a comma-set aside
// before it. In "..., but did not believe X was strong enough" the
// second clause has no subject of its own, and X is not one.
func (s *sentence) opensClause(start int, m mention) bool {
	for j := start; j < m.First; j++ {
		w := s.Tokens[j].Word
		if s.Tokens[j].Kind == text.Punctuation || s.Tokens[j].Class.Has(lexicon.Determiner) || strings.HasSuffix(w, "ly") ||
			w == "now" || w == "then" || w == "also" || w == "instead" || w == "meanwhile" {
			continue
		}
		return false
	}
	return true
}

// holdsStance reports whether tokens [a, b) say what someone holds or
// wants, rather than only what they do: a verb of saying, of wanting or
// seeing, or a cue.
func (s *sentence) holdsStance(a, b int) bool {
	for j := max(a, 0); j < min(b, len(s.Tokens)); j++ {
		t := &s.Tokens[j]
		if t.Kind != text.Word || t.Mention >= 0 {
			continue
		}
		if t.Class.Has(lexicon.Report | lexicon.Stance | lexicon.AnyCue) {
			return true
		}
	}
	return false
}

// attacksThird reports whether tokens [a, b) hold a cue of conflict whose
// object is not x or y: "X said the plan would fail, while Y criticised
// the promises" sets two critics side by side, not against each other.
func (s *sentence) attacksThird(a, b, x, y int) bool {
	for j := max(a, 0); j < min(b, len(s.Tokens)); j++ {
		if s.Tokens[j].Mention >= 0 || !s.cueAt(j).isDispute() || s.negated(j) {
			continue
		}
		// A cue against the other side makes the contrast; one against
		// anyone or anything else makes two critics of a third.
		for _, m := range s.Mentions {
			if m.First > j && m.First < b && (m.Actor == x || m.Actor == y) {
				return false
			}
		}
		return true
	}
	return false
}
