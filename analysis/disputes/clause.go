package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// maxObject is how far past a verb cue, in tokens, its object may reach.
const maxObject = 15

// objectEnd returns the token just past the object of the verb cue at k,
// within the clause ending at end.
func (s *sentence) objectEnd(k, end int) int {
	limit := min(end, k+1+maxObject)
	for j := k + 1; j < limit; j++ {
		t := &s.Tokens[j]
		if t.Mention >= 0 {
			continue
		}
		if objectStop(t.Word) {
			return j
		}
		if t.Class.Has(lexicon.Claim) && (isSubjectPronoun(s.Word(j+1)) || s.Word(j+1) == "that") {
			// "hit back at claims he had used X": X is in the claim.
			return j + 1
		}
		if t.Word == "of" && isGerund(s.Word(j+1)) {
			return j
		}
		if t.Word == "to" && j > k+1 {
			// "urged Y to ...": what follows is the demand, not a side.
			return j
		}
		if t.Word == "," && j > k+1 && (j+1 >= len(s.Tokens) || s.Tokens[j+1].Mention < 0 || s.wordAfterMentionIsVerb(j+1)) {
			// "denied X, telling the BBC ...": a comma ends the object
			// unless a list of names goes on ("attacked X, Y and Z").
			return j
		}
	}
	return limit
}

// wordAfterMentionIsVerb reports whether the mention starting at token j
// is followed by a verb of saying or an auxiliary, as a new clause's
// subject is: "..., Britain will be isolated".
func (s *sentence) wordAfterMentionIsVerb(j int) bool {
	m := s.Mentions[s.Tokens[j].Mention]
	return s.Class(m.End).Has(lexicon.Finite | lexicon.Report)
}

func isGerund(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// statementEnd returns the token just past the statement that starts
// at the cue k: the clause, read through quotation marks, since what is
// quoted is what is held.
func (s *sentence) statementEnd(k int) int {
	for j := k + 1; j < len(s.Tokens); j++ {
		if t := &s.Tokens[j]; t.Mention < 0 && t.Class.Has(lexicon.Boundary) {
			return j
		}
	}
	return len(s.Tokens)
}

// cut returns the bytes of tokens [a, b), trimmed of punctuation at both
// ends, or the whole sentence when nothing is left.
func (s *sentence) cut(a, b int) text.Span {
	for a < b && s.Tokens[a].Kind == text.Punctuation {
		a++
	}
	for b > a && (s.Tokens[b-1].Kind == text.Punctuation && !closesBracket(s.Tokens[b-1].Word, s.Tokens[a:b]) ||
		s.Tokens[b-1].Mention < 0 && dangling(s.Tokens[b-1].Word)) {
		b--
	}
	if a >= b {
		return s.Span
	}
	return text.Span{Start: s.Tokens[a].Start, End: s.Tokens[b-1].End}
}

// closesBracket reports whether the final mark p closes a bracket or a
// quotation opened inside toks, so that trimming it would leave the text
// unbalanced.
func closesBracket(p string, toks []token) bool {
	var open func(t token) bool
	switch {
	case p == ")":
		open = func(t token) bool { return t.Word == "(" }
	case lexicon.QuoteMark(lexicon.Lookup(p)) == -1:
		open = func(t token) bool { return lexicon.QuoteMark(t.Class) == 1 }
	case lexicon.QuoteMark(lexicon.Lookup(p)) == 2:
		open = func(t token) bool { return t.Word == p }
	default:
		return false
	}
	return slices.ContainsFunc(toks[:len(toks)-1], open)
}

// dangling reports whether a statement may not end with w: a word that
// only links to what follows ("dismissed the plan as").
func dangling(w string) bool {
	switch w {
	case "as", "that", "and", "or", "but", "to", "of", "by", "with", "for", "the", "a", "an":
		return true
	}
	return false
}

// withDeterminer returns k, or k-1 when a determiner opens the phrase
// there: a statement reads "the Transit Workers Union wants ...".
func (s *sentence) withDeterminer(k int) int {
	if k > 0 && s.Tokens[k-1].Class.Has(lexicon.Determiner) {
		return k - 1
	}
	return k
}
