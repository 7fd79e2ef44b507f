package lexicon

import "strings"

// Class is a set of word classes: the lists a word is in, one bit each,
// and in its low four bits the cue it signals (see [Class.Cue]).
type Class uint64

// Has reports whether c holds any of the classes of x.
func (c Class) Has(x Class) bool { return c&x != 0 }

// Cue returns the cue of conflict or agreement that a word of class c
// signals on its own, or NoCue.
func (c Class) Cue() Cue { return Cue(c & AnyCue) }

// The word classes. Bits 0 to 3 hold a Cue; the rest of bits 0 to 31 are
// lists.
const (
	// AnyCue is the bits of the cue, so that c.Has(AnyCue) reports a cue
	// of any kind.
	AnyCue Class = 0x0f

	// Report: a verb introducing what someone says or holds ("said",
	// "argued", "believes"). Verbs of conflict are cues instead.
	Report Class = 1 << (iota + 3)
	// Answer: a verb of saying that answers someone ("insisted",
	// "replied", "countered"); all are Report too.
	Answer
	// Claim: what one side says or offers and another denies or rejects
	// ("claims", "offer", "remarks"), proposals among them.
	Claim
	// Proposal: something put forward to be done ("the bill", "the
	// move", "the reforms"); all are Claim too.
	Proposal
	// Title: the head of a description of a person by office ("minister",
	// "chairman", "spokeswoman"), also after "co-", "vice-", "ex-" or
	// "deputy-".
	Title
	// Org: the head of a description of an organisation or a government
	// ("party", "firm", "union"), singular or plural.
	Org
	// Spokes: someone who speaks for an organisation ("spokesman",
	// "official", "sources").
	Spokes
	// PersonPronoun and OrgPronoun: a pronoun that stands for a person
	// ("he", "his") or for an organisation or a group ("it", "they").
	PersonPronoun
	OrgPronoun
	// Function: a closed-class word ("the", "of", "would", "also").
	Function
	// Finite: an auxiliary, or a form of "be" or "have", that marks a
	// finite clause ("is", "had", "would").
	Finite
	// Determiner: a word that may open a noun phrase ("the", "its").
	Determiner
	// Boundary: a word or mark that ends a clause, where a subject or an
	// object cannot reach past ("but", "because", ";").
	Boundary
	// Oblique: a preposition that makes an actor after it part of a
	// thing rather than a side ("talks in X", "a ban on exports to X").
	Oblique
	// BeAux: a form of "be" or "get" that makes a following participle
	// passive.
	BeAux
	// Stance: a word saying what someone wants or holds ("wants",
	// "favours", "insists").
	Stance
	// StateNoun: after a demonym, a noun naming the state's agents or
	// aims ("officials", "objectives").
	StateNoun
	// OpenQuote, CloseQuote and StraightQuote: a quotation mark that
	// opens a quotation, closes one, or may do either (a straight double
	// quote). Single quotes are left out: in running text they are mostly
	// apostrophes.
	OpenQuote
	CloseQuote
	StraightQuote

	// Quote is any quotation mark.
	Quote = OpenQuote | CloseQuote | StraightQuote
)

// lastBit is the highest bit the reading's classes above may use: bits 32
// to 63 hold the actor and summary stages' lists (names.go, roles.go,
// groups.go, summary.go). Past it, this index is out of range and the
// package does not compile.
const lastBit = 31

var _ = [1]struct{}{}[StraightQuote>>(lastBit+1)]

// Cue is what a word signals about the relation between the actors around
// it. Disagreement cues come first; [Cue.Dispute] and [Cue.Agreement] rely
// on the order.
type Cue uint8

// The cues.
const (
	NoCue Cue = iota // no cue: most words

	// Verbs and their nominalisations: one side acts against the other.
	Attack // attack, criticise, accuse, condemn, slam, blast
	Reject // reject, deny, dismiss, dispute, refute, rebuff
	Oppose // oppose, protest, resist
	Warn   // warn, urge: pressure rather than conflict
	// Nouns naming a conflict: row, clash, difference, battle.
	Conflict

	Agree   // agree
	Back    // back, support, endorse, defend, echo, welcome, praise
	Similar // similar, aligned, share, united
	Join    // join
	Ally    // ally, allies

	// NumCues is one past the last cue: the size of a table indexed by
	// Cue.
	NumCues
)

// The cues fit in the four bits of AnyCue: with sixteen or more, this
// index is out of range and the package does not compile.
var _ = [1]struct{}{}[NumCues>>4]

// Dispute reports whether c is a cue of disagreement.
func (c Cue) Dispute() bool { return c >= Attack && c <= Conflict }

// Agreement reports whether c is a cue of agreement.
func (c Cue) Agreement() bool { return c >= Agree && c <= Ally }

// Lookup returns the classes of the lower-case word w.
func Lookup(w string) Class {
	if !filter.mayHave(w) {
		return 0
	}
	return classes[w]
}

// VerbLike reports whether the lower-case word w has the ending of a past
// form or a participle ("criticised", "saying"): a word that may be a
// verb. It is a test of the ending, not a list.
func VerbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// Bare returns w without a possessive ending: "party" for "party's".
func Bare(w string) string {
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "’s")
}

// Possessive reports whether w ends in a possessive "'s".
func Possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// QuoteMark classifies a punctuation token of class c: +1 opens a
// quotation, -1 closes one, 2 may do either (a straight double quote), 0
// is no quote mark.
func QuoteMark(c Class) int {
	switch {
	case c.Has(OpenQuote):
		return 1
	case c.Has(CloseQuote):
		return -1
	case c.Has(StraightQuote):
		return 2
	}
	return 0
}
