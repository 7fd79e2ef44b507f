package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// word returns the lower-case text of token k, or "" outside the sentence.
func (s *sentence) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].low
}

// lex returns the lexicon classes of token k, or none outside the
// sentence.
func (s *sentence) lex(k int) lexicon.Class {
	if k < 0 || k >= len(s.toks) {
		return 0
	}
	return s.toks[k].lex
}

// find returns the first token in [a, b) whose lower-case text is w, or -1.
func (s *sentence) find(a, b int, w string) int {
	for j := max(a, 0); j < min(b, len(s.toks)); j++ {
		if s.toks[j].low == w && s.toks[j].mention < 0 {
			return j
		}
	}
	return -1
}

// findBack returns the last token in [lo, from] whose text is w, or -1.
func (s *sentence) findBack(from, lo int, w string) int {
	for j := from; j >= lo; j-- {
		if s.toks[j].low == w {
			return j
		}
	}
	return -1
}

// firstWord returns the index of the sentence's first word token.
func (s *sentence) firstWord() int {
	for j, t := range s.toks {
		if t.kind == text.Word {
			return j
		}
	}
	return -1
}

// maxAside is the longest bracketed aside, in tokens, that a clause reads
// through: "the Transit Workers Union (TWU) has joined".
const maxAside = 6

// clauseStart returns the first token of the clause holding token k.
func (s *sentence) clauseStart(k int) int {
	q := s.toks[k].quoted
	for j := k - 1; j >= 0; j-- {
		t := &s.toks[j]
		if t.low == ")" {
			if o := s.findBack(j-1, max(0, j-maxAside), "("); o >= 0 {
				j = o
				continue
			}
		}
		if t.mention < 0 && t.lex.Has(lexicon.Boundary) || t.lex.Has(lexicon.Quote) || t.quoted != q {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the token just past the clause holding token k.
func (s *sentence) clauseEnd(k int) int {
	q := s.toks[k].quoted
	for j := k + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.low == "(" {
			if c := s.find(j+1, j+1+maxAside, ")"); c >= 0 {
				j = c
				continue
			}
		}
		if t.mention < 0 && t.lex.Has(lexicon.Boundary) || t.lex.Has(lexicon.Quote) || t.quoted != q {
			return j
		}
	}
	return len(s.toks)
}

// maxObject is how far past a verb cue, in tokens, its object may reach.
const maxObject = 15

// objectEnd returns the token just past the object of the verb cue at k,
// within the clause ending at end.
func (s *sentence) objectEnd(k, end int) int {
	limit := min(end, k+1+maxObject)
	for j := k + 1; j < limit; j++ {
		t := &s.toks[j]
		if t.mention >= 0 {
			continue
		}
		if objectStop(t.low) {
			return j
		}
		if t.lex.Has(lexicon.Claim) && (isSubjectPronoun(s.word(j+1)) || s.word(j+1) == "that") {
			// "hit back at claims he had used X": X is in the claim.
			return j + 1
		}
		if t.low == "of" && isGerund(s.word(j+1)) {
			return j
		}
		if t.low == "to" && j > k+1 {
			// "urged Y to ...": what follows is the demand, not a side.
			return j
		}
		if t.low == "," && j > k+1 && (j+1 >= len(s.toks) || s.toks[j+1].mention < 0 || s.wordAfterMentionIsVerb(j+1)) {
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
	m := s.mentions[s.toks[j].mention]
	return s.lex(m.end).Has(lexicon.Finite | lexicon.Report)
}

func isGerund(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// passive reports whether the participle at k follows a form of "be".
func (s *sentence) passive(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if s.toks[j].lex.Has(lexicon.BeAux) {
			return true
		}
		if s.toks[j].kind != text.Word {
			return false
		}
	}
	return false
}

// statementEnd returns the token just past the statement that starts
// at the cue k: the clause, read through quotation marks, since what is
// quoted is what is held.
func (s *sentence) statementEnd(k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		if t := &s.toks[j]; t.mention < 0 && t.lex.Has(lexicon.Boundary) {
			return j
		}
	}
	return len(s.toks)
}

// cut returns the bytes of tokens [a, b), trimmed of punctuation at both
// ends, or the whole sentence when nothing is left.
func (s *sentence) cut(a, b int) text.Span {
	for a < b && s.toks[a].kind == text.Punctuation {
		a++
	}
	for b > a && (s.toks[b-1].kind == text.Punctuation && !closesBracket(s.toks[b-1].low, s.toks[a:b]) ||
		s.toks[b-1].mention < 0 && dangling(s.toks[b-1].low)) {
		b--
	}
	if a >= b {
		return s.span
	}
	return text.Span{Start: s.toks[a].Start, End: s.toks[b-1].End}
}

// closesBracket reports whether the final mark p closes a bracket or a
// quotation opened inside toks, so that trimming it would leave the text
// unbalanced.
func closesBracket(p string, toks []token) bool {
	var open func(t token) bool
	switch {
	case p == ")":
		open = func(t token) bool { return t.low == "(" }
	case lexicon.QuoteMark(lexicon.Lookup(p)) == -1:
		open = func(t token) bool { return lexicon.QuoteMark(t.lex) == 1 }
	case lexicon.QuoteMark(lexicon.Lookup(p)) == 2:
		open = func(t token) bool { return t.low == p }
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
	if k > 0 && s.toks[k-1].lex.Has(lexicon.Determiner) {
		return k - 1
	}
	return k
}
