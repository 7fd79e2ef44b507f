package actors

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// FindWord returns the first token in [a, b) whose lower-case text is w and
// that no mention covers, or -1.
func (s *Sentence) FindWord(a, b int, w string) int {
	for j := max(a, 0); j < min(b, len(s.Tokens)); j++ {
		if s.Tokens[j].Word == w && s.Tokens[j].Mention < 0 {
			return j
		}
	}
	return -1
}

// FindWordBack returns the last token in [lo, from] whose text is w, or -1.
func (s *Sentence) FindWordBack(from, lo int, w string) int {
	for j := from; j >= lo; j-- {
		if s.Tokens[j].Word == w {
			return j
		}
	}
	return -1
}

// FirstWord returns the index of the sentence's first word token, or -1.
func (s *Sentence) FirstWord() int {
	for j, t := range s.Tokens {
		if t.Kind == text.Word {
			return j
		}
	}
	return -1
}

// maxAside is the longest bracketed aside, in tokens, that a clause reads
// through: "the Transit Workers Union (TWU) has joined".
const maxAside = 6

// ClauseStart returns the first token of the clause holding token k: the
// token after the last clause boundary, quotation mark or change of
// quotation before k (an aside in brackets is read through).
func (s *Sentence) ClauseStart(k int) int {
	q := s.Tokens[k].Quoted
	for j := k - 1; j >= 0; j-- {
		t := &s.Tokens[j]
		if t.Word == ")" {
			if o := s.FindWordBack(j-1, max(0, j-maxAside), "("); o >= 0 {
				j = o
				continue
			}
		}
		if t.Mention < 0 && t.Class.Has(lexicon.Boundary) || t.Class.Has(lexicon.Quote) || t.Quoted != q {
			return j + 1
		}
	}
	return 0
}

// ClauseEnd returns the token just past the clause holding token k, as
// ClauseStart finds its start.
func (s *Sentence) ClauseEnd(k int) int {
	q := s.Tokens[k].Quoted
	for j := k + 1; j < len(s.Tokens); j++ {
		t := &s.Tokens[j]
		if t.Word == "(" {
			if c := s.FindWord(j+1, j+1+maxAside, ")"); c >= 0 {
				j = c
				continue
			}
		}
		if t.Mention < 0 && t.Class.Has(lexicon.Boundary) || t.Class.Has(lexicon.Quote) || t.Quoted != q {
			return j
		}
	}
	return len(s.Tokens)
}

// Passive reports whether the participle at k follows a form of "be" (or
// "get") within three words.
func (s *Sentence) Passive(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if s.Tokens[j].Class.Has(lexicon.BeAux) {
			return true
		}
		if s.Tokens[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// Sides returns the mentions whose first token lies in [a, b), leaving
// out those governed by a preposition that makes them part of a thing
// ("talks in Lindau", "a ban on exports to Velmar"). A mention coordinated
// with a side ("X and Y") is a side too.
func (s *Sentence) Sides(a, b int) []Ref {
	var out []Ref
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
			out = make([]Ref, 0, end-mi)
		}
		out = append(out, s.Mentions[mi])
	}
	return out
}

// oblique reports whether mention mi is governed by an oblique
// preposition, directly or through the mentions it is coordinated with.
func (s *Sentence) oblique(mi int) bool {
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
func (s *Sentence) adjectival(mi int) bool {
	m := s.Mentions[mi]
	// A country's name qualifies a noun only inside a phrase that a word
	// before its determiner opens ("attacked the way the Iraq war ..."):
	// at the head of a clause "The US last week attacked ..." it acts.
	inPhrase := m.First >= 2 && s.Tokens[m.First-1].Class.Has(lexicon.Determiner) && s.Tokens[m.First-2].Kind == text.Word && !s.Tokens[m.First-2].Class.Has(lexicon.Boundary)
	if m.End >= len(s.Tokens) || !m.Demonym && !(m.Country && m.Via == ByName && inPhrase) {
		return false
	}
	n := &s.Tokens[m.End]
	if n.Kind != text.Word || n.Mention >= 0 || n.Class.Has(lexicon.Function|lexicon.Report|lexicon.AnyCue) {
		return false
	}
	if !m.Demonym && (lexicon.VerbLike(n.Word) || strings.HasSuffix(n.Word, "s") || n.Class.Has(lexicon.Stance|lexicon.Org|lexicon.Title)) {
		// "the US says", "the UK wants", "the US forces": a verb, or
		// the state's own people; "the Iraq war" names a thing.
		return false
	}
	return !n.Class.Has(lexicon.StateNoun) && !n.Class.Has(lexicon.Claim)
}

// Coordinated reports whether mentions i and j (i before j) are joined
// only by "and", "or", commas, determiners or "both": "X and Y", "X, Y and
// the Z". A comma alone joins a list only if an "and" closes it later;
// otherwise it sets off an apposition ("the head of the Harbour Trust, Ruth
// Okonkwo,"), which names the same side, not another.
func (s *Sentence) Coordinated(i, j int) bool {
	joined, conj := s.joinedBy(i, j)
	if !joined || conj {
		return joined
	}
	return j+1 < len(s.Mentions) && s.Coordinated(j, j+1)
}

// joinedBy reports whether only the words of a list stand between
// mentions i and j (conjunctions, commas, determiners, "as"), and whether
// a conjunction is among them.
func (s *Sentence) joinedBy(i, j int) (joined, conj bool) {
	for k := s.Mentions[i].End; k < s.Mentions[j].First; k++ {
		switch w := s.Tokens[k].Word; {
		case w == "and", w == "or", w == "both", w == "well":
			conj = true
		case w == ",", w == "as", s.Tokens[k].Class.Has(lexicon.Determiner):
		default:
			return false, false
		}
	}
	return true, conj
}

// CoordinatedPairs returns, for each mention but the last, whether it and
// the next are Coordinated, written into dst's array when it is large
// enough. It reads the sentence once from the end, where asking
// Coordinated of every pair would read a long run of names joined by
// nothing once for each of them.
func (s *Sentence) CoordinatedPairs(dst []bool) []bool {
	n := max(len(s.Mentions)-1, 0)
	dst = slices.Grow(dst[:0], n)[:n]
	for j := n - 1; j >= 0; j-- {
		joined, conj := s.joinedBy(j, j+1)
		dst[j] = joined && (conj || j+1 < n && dst[j+1])
	}
	return dst
}

// SubjectReach is how far into a clause, in tokens, its subject may start:
// "Until now, the Harbour Trust ..." but not an actor named at the
// clause's end.
const SubjectReach = 6
