package disputes

import (
	"github.com/docanalysis/docanalysis/analysis/text"
)

// side is one actor's part in a finding.
type side struct {
	actor int       // index into reader.actors
	stmt  text.Span // what the text says this side holds or does
	sent  int       // the sentence holding stmt
}

// finding is one disagreement or agreement read from one sentence (and
// perhaps a neighbour), before findings are grouped into points.
type finding struct {
	agree   bool // an agreement rather than a disagreement
	cueOnly bool // a cue with too few actors: it joins a neighbouring finding
	stance  bool // one side against something unnamed: only "also" reads it
	also    bool // "X also opposes ...": X sides with an earlier critic
	pro     bool // a stance for something ("X wants ..."), not against
	cue     cue  // the cue read, for matching "also" with what it repeats
	sents   []int
	sides   []side
	agents  []int // the acting side's actors
	topic   string
	rank    int // how good the topic's source is; higher is better
	conf    float64
	rule    string // the rule that read it, for tests and for tracing a point to its cues
	// id numbers the disagreements in reading order, from 1; joins is
	// the id of the disagreement this one answers, or 0.
	id, joins int
}

// Topic sources, best last.
const (
	topicNone = iota
	topicFallback
	topicComplement
	topicObject
	topicPrep
	topicConflictNoun
)

// scan returns the findings of sentence i, running every candidate
// reading over it: the disagreements its claims carry (exchanges), a turn
// against the sentence before ("But Y says ..."), contrasts between its
// clauses, and, word by word, stances, disagreement cues and agreement
// cues.
func (r *reader) scan(i int) []finding {
	s := &r.sents[i]
	out := r.exchanges(i)
	if !s.HasOwnClaim() {
		if f, ok := r.turn(i); ok {
			out = append(out, f)
		}
	}
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Kind != text.Word && t.Word != ";" || t.Kind == text.Word && !r.scanned(t) {
			continue
		}
		if w := contrastWeight(t.Word); w > 0 && t.Mention < 0 {
			if f, ok := r.contrast(i, k, 1, w); ok {
				out = append(out, f)
			}
		}
		if n := s.otherHand(k); n > 0 && k != s.FirstWord() {
			if f, ok := r.contrast(i, k, n, confContrast+0.05); ok {
				out = append(out, f)
			}
		}
		if t.Kind != text.Word || t.Mention >= 0 {
			continue
		}
		if s.proStance(k) {
			out = append(out, r.stanceFor(i, k)...)
			continue
		}
		c := s.cueAt(k)
		switch {
		case c.isDispute():
			out = append(out, r.disputeCue(i, k, c)...)
		case c.isAgreement():
			if f, ok := r.agreementCue(i, k, c); ok {
				out = append(out, f)
			}
		}
	}
	return out
}
