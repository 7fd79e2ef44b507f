package disputes

import (
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// cue is what a word signals about the relation between the actors around
// it: a lexicon.Cue, with what this package makes of it.
type cue uint8

// Cues, as package lexicon numbers them.
const (
	noCue       = cue(lexicon.NoCue)
	cueAttack   = cue(lexicon.Attack)
	cueReject   = cue(lexicon.Reject)
	cueOppose   = cue(lexicon.Oppose)
	cueWarn     = cue(lexicon.Warn)
	cueConflict = cue(lexicon.Conflict)
	cueAgree    = cue(lexicon.Agree)
	cueBack     = cue(lexicon.Back)
	cueSimilar  = cue(lexicon.Similar)
	cueJoin     = cue(lexicon.Join)
	cueAlly     = cue(lexicon.Ally)
	numCues     = cue(lexicon.NumCues)
)

func (c cue) isDispute() bool   { return lexicon.Cue(c).Dispute() }
func (c cue) isAgreement() bool { return lexicon.Cue(c).Agreement() }

// against reports whether the cue is one actor's stance against something
// (an attack, a rejection, opposition), which "also" can repeat; a row or
// a warning is no such stance.
func (c cue) against() bool { return c == cueAttack || c == cueReject || c == cueOppose }

// strength is how surely a cue with named actors on both sides signals a
// disagreement or an agreement, before structure adds to it. The values are
// hand-set for v0: explicit verbs of conflict are near certain, pressure
// and likeness much less so.
func (c cue) strength() float64 {
	switch c {
	case cueAttack:
		return 0.8
	case cueReject:
		return 0.75
	case cueOppose, cueBack, cueJoin:
		return 0.7
	case cueAgree:
		return 0.75
	case cueAlly:
		return 0.65
	case cueConflict, cueSimilar:
		return 0.6
	case cueWarn:
		// "X warned Y that ...", "X urged Y to ...": advice and pressure
		// far more often than a quarrel (about one in five on unseen
		// BBC articles).
		return 0.25
	}
	return 0
}

// Confidence of the structural patterns, and what structure adds. These
// hand-set values are the readings' own guess at their worth; the model
// reads the strongest of them as one feature among many (rule-conf) and
// learns what it is really worth.
const (
	// A contrast connective between two clauses whose subjects are two
	// actors: "X wants A, while Y wants B". "But" also joins clauses that
	// merely add facts, so it counts for less.
	confContrast    = 0.55
	confContrastBut = 0.4
	// "X did A. But Y did B.": two sentences whose subjects differ,
	// with no verb of saying in the second. On unseen BBC articles this
	// was right about one time in four.
	confTurn = 0.25
	// A cue naming the claim or proposal it rejects, and whose it is:
	// "X denied claims by Y", "X rejected Y's offer".
	boostClaim = 0.1
	// "X said he would not agree with Y": an agreement denied.
	confNegatedAgreement = 0.4
	// A side found in the neighbouring sentence (through a pronoun)
	// rather than in the cue's own sentence.
	penaltyAnaphora = 0.15
	// Two actors that take the same side of one disagreement ("X and Y
	// criticised the plan"), or "X also opposes ..." after Y did.
	confCoAgents = 0.5
	confAlso     = 0.6
)

// isNoun reports whether the cue word is a noun, whose sides are found
// through prepositions ("a row with Y", "an attack on Y") rather than as
// subject and object.
func isNoun(w string) bool {
	switch w {
	case "criticism", "accusation", "accusations", "condemnation", "rejection", "denial",
		"disagreement", "disagreements", "row", "rows", "clashes", "difference", "differences",
		"rift", "feud", "battle", "fight", "tension", "tensions", "conflict", "standoff",
		"stand-off", "agreement", "endorsement", "allies", "ally", "war", "wars", "allegation", "allegations":
		return true
	}
	return false
}

// contrastWeight returns the confidence a contrast connective gives to two
// actor-subject clauses it joins, or 0 when w is none.
func contrastWeight(w string) float64 {
	switch w {
	case "whereas", "unlike":
		return confContrast + 0.05
	case "while", "whilst", ";", "however":
		return confContrast
	case "but":
		return confContrastBut
	}
	return 0
}

// objectStop reports whether the lower-case word w ends the object of a
// verb cue: the complement that follows says why or what, not whom.
func objectStop(w string) bool {
	switch w {
	case "for", "over", "about", "after", "before", "because", "that", "when", "if", "as",
		"since", "who", "which", "saying", "claiming", "amid", "despite", "following":
		return true
	}
	return false
}

// isNegation reports whether w negates the verb after it.
func isNegation(w string) bool {
	switch w {
	case "not", "never", "no", "cannot", "refused", "refuses", "declined", "declines", "failed", "fails":
		return true
	}
	n := len(w)
	return n > 3 && (w[n-3:] == "n't" || n > 5 && w[n-5:] == "n’t")
}

// isSubjectPronoun reports whether w can stand for an actor named in the
// sentence before.
func isSubjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "it", "we":
		return true
	}
	return false
}

// reciprocal reports whether the cue word w, with coordinated subjects and
// no object, says the subjects disagree with each other: "X and Y
// clashed", "X and Y are at odds".
func reciprocal(w string) bool {
	switch w {
	case "clash", "clashes", "clashed", "clashing", "disagree", "disagrees", "disagreed",
		"disagreeing", "dispute", "disputes", "disputed", "row", "rows", "rowed", "feud",
		"fight", "fought", "battle", "battled", "split", "odds", "differ", "differed", "argue", "argued":
		return true
	}
	return false
}

// contextCue reports whether cueAt reads the word w in its context: a cue
// only with its neighbours ("hit out", "at odds"), or a cue word that its
// neighbours may undo ("in a row").
func contextCue(w string) bool {
	switch w {
	case "hit", "hits", "hitting", "lash", "lashes", "lashed", "lashing", "war", "wars",
		"accept", "accepts", "accepted", "accepting", "back", "support", "supports", "supported",
		"endorse", "endorsed", "against", "odds", "common", "row", "rows", "same",
		"push", "pushes", "pushed", "press", "presses", "pressed":
		return true
	}
	return false
}

// cueAt returns the cue of token k, reading the words around it for
// multi-word cues and for uses that are no cue ("in a row").
func (s *sentence) cueAt(k int) cue {
	w := s.Tokens[k].Word
	switch w {
	case "hit", "hits", "hitting", "lash", "lashes", "lashed", "lashing":
		// "hit out at", "hit back at", "lashed out at".
		if n := s.Word(k + 1); n == "out" || n == "back" && w[0] == 'h' {
			return cueAttack
		}
		return noCue
	case "war", "wars":
		// "a war of words between X and Y": a quarrel. A war fought with
		// arms is not a disagreement this package reads.
		if s.Word(k+1) == "of" && s.Word(k+2) == "words" {
			return cueConflict
		}
		return noCue
	case "accept", "accepts", "accepted", "accepting", "back", "support", "supports", "supported", "endorse", "endorsed":
		// "refused to accept the offer", "Mr X's refusal to back the
		// plan": a rejection.
		if s.Word(k-1) == "to" && (s.Word(k-2) == "refusal" || s.Word(k-2) == "refused" || s.Word(k-2) == "refuses" || s.Word(k-2) == "refusing") {
			return cueReject
		}
	case "against":
		// "vote against": opposition without a verb of conflict.
		switch s.Word(k - 1) {
		case "vote", "votes", "voted", "voting", "campaign", "campaigned", "campaigning":
			return cueOppose
		}
		return noCue
	case "odds":
		if s.Word(k-1) == "at" {
			return cueConflict
		}
		return noCue
	case "common":
		if s.Word(k-1) == "in" {
			return cueSimilar
		}
		return noCue
	case "row", "rows":
		// "the third year in a row", "a row of houses"; but "in a row
		// with the unions" is a quarrel.
		switch s.Word(k + 1) {
		case "with", "over", "between", "about", "after":
		default:
			if s.Word(k-1) == "a" && s.Word(k-2) == "in" || s.Word(k+1) == "of" {
				return noCue
			}
		}
	case "same":
		// "the same view", but not "at the same time" or "the same
		// message": only a view or an aim held alike is agreement.
		if !s.sharedView(k) {
			return noCue
		}
	case "warning", "split", "fight", "battle":
		// Verbs as often as nouns; as nouns they need an owner or a
		// "with"/"between", which the noun rule asks for anyway.
	}
	return cue(s.Tokens[k].Class.Cue())
}

// negated reports whether the cue at k is negated by one of the few words
// before it in its clause: "did not criticise", "won't ever agree".
func (s *sentence) negated(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		t := &s.Tokens[j]
		if t.Kind == text.Punctuation {
			return false
		}
		if isNegation(t.Word) {
			return true
		}
	}
	return false
}

// nounUse reports whether the cue word at k, which may be a verb, is used
// as a noun here: after a determiner ("the attacks", "a challenge"), after
// a determiner and a modifier ("the terror attacks"), or after a
// possessive ("Hale's attack on ..."). As a noun it names its other side
// only through a preposition ("an attack on X").
func (s *sentence) nounUse(k int) bool {
	if k == 0 {
		return false
	}
	p := &s.Tokens[k-1]
	if p.Mention >= 0 {
		return s.Possessive(int(p.Mention))
	}
	if p.Class.Has(lexicon.Determiner) || p.Word == "no" || p.Word == "every" {
		return true
	}
	if k >= 2 && p.Kind == text.Word && !p.Class.Has(lexicon.Function) && !isNegation(p.Word) && s.Class(k-2).Has(lexicon.Determiner) && s.Tokens[k-2].Mention < 0 {
		// "the terror attacks", but not "the council attacked": after
		// "the X" a past form is the verb whose subject X is.
		w := s.Tokens[k].Word
		return !lexicon.VerbLike(p.Word) && !strings.HasSuffix(w, "ed")
	}
	return false
}
