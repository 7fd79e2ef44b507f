package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Confidence of the disagreements read from reported speech rather than
// from a verb of conflict.
const (
	// "But Y said ...", or "Y insisted ...", answering a quarrel that Y,
	// or someone Y speaks of, is a side of.
	confRebuttal = 0.55
	// "But Y said ..." after X said something about Y, or Y speaks of X.
	confAnswer = 0.5
	// X said something about Y; Y then speaks on the same matter.
	confReply = 0.45
	// X said that Y did wrong: "X said the ministry had failed ...".
	confCritical = 0.5
	// answerWindow is how many sentences back an answer looks for what
	// it answers.
	answerWindow = 3
)

// exchanges returns the disagreements that the claims of sentence i
// carry: a claim that criticises another actor, and a claim that answers
// an earlier one.
func (r *reader) exchanges(i int) []finding {
	s := &r.sents[i]
	var out []finding
	for ci := range s.Claims {
		c := s.Claims[ci]
		if f, ok := r.critical(i, c); ok {
			out = append(out, f)
		}
		if f, ok := r.endorsement(i, c); ok {
			out = append(out, f)
		}
		if c.Verb < 0 {
			continue // a quotation carried over answers nothing by itself
		}
		if f, ok := r.answer(i, c); ok {
			out = append(out, f)
		}
	}
	return out
}

// critical reads a claim whose subject is another actor and whose words
// find fault with it: "X said the ministry had failed ...", "..., the
// Trust was wrong, X said."
func (r *reader) critical(i int, c claim) (finding, bool) {
	s := &r.sents[i]
	a := c.First
	for a < c.End && (s.Tokens[a].Kind == text.Punctuation || s.Tokens[a].Word == "that") {
		a++
	}
	subj := s.Sides(a, min(c.End, a+4))
	var author *claim
	if len(subj) == 0 {
		// "X said the move would be wrong": the fault is found with
		// whoever put the move forward, the last other voice.
		if n, ok := s.proposalAt(a, min(c.End, a+4)); ok {
			if p, ok := r.claimant(i, max(c.Verb, c.First), []mention{{Actor: c.Speaker}}, nil); ok {
				author = &p
				subj = []mention{{Actor: p.Speaker, First: n, End: n + 1, Via: p.Via, From: p.Sentence}}
			}
		}
	}
	if len(subj) == 0 || subj[0].Actor == c.Speaker || r.Affiliated(subj[0].Actor, c.Speaker) {
		return finding{}, false
	}
	m := subj[0]
	end := min(c.End, m.End+maxPredicate)
	fault := -1
	for j := m.End; j < end; j++ {
		w := s.Tokens[j].Word
		if s.Tokens[j].Mention < 0 && (w == ";" || w == "but" || w == "while" || w == "whereas" || w == "although") {
			end = j
			break
		}
		if s.Tokens[j].Mention >= 0 || lexicon.Possessive(w) || w == "'" || w == "’" {
			// "X would avoid the old parties' lies": the fault is
			// another's.
			break
		}
		if faultAt(s, j) {
			fault = j
			break
		}
	}
	if fault < 0 {
		return finding{}, false
	}
	conf := confCritical
	for _, x := range []mention{m, {Actor: c.Speaker, Via: c.Via}} {
		if x.Via != actors.ByName {
			conf -= penaltyAnaphora / 2
		}
	}
	target := side{actor: m.Actor, stmt: s.cut(s.withDeterminer(m.First), s.clauseEndFrom(m.End, c.End)), sent: i}
	if author != nil {
		conf -= penaltyAnaphora
		target = side{actor: author.Speaker, stmt: r.sents[author.Sentence].cut(author.First, author.End), sent: author.Sentence}
	}
	f := finding{sents: []int{i}, agents: []int{c.Speaker}, conf: conf, rule: "critical"}
	if c.From >= 0 && c.From != i && c.From >= i-1 {
		f.addSentences(c.From)
	}
	f.sides = []side{{actor: c.Speaker, stmt: s.cut(c.First, c.End), sent: i}, target}
	f.topic, f.rank = r.fallbackTopic(s)
	return f, true
}

// proposalAt returns the head of a phrase "the move", "this decision",
// "the new bill" opening tokens [a, b).
func (s *sentence) proposalAt(a, b int) (int, bool) {
	if a >= b || !s.Tokens[a].Class.Has(lexicon.Determiner) && s.Tokens[a].Word != "such" {
		return 0, false
	}
	for j := a + 1; j < b && j <= a+2; j++ {
		if s.Tokens[j].Mention >= 0 {
			return 0, false
		}
		if s.Tokens[j].Class.Has(lexicon.Proposal) {
			return j, true
		}
	}
	return 0, false
}

// confEndorse is the confidence of an agreement read from praise: "X said
// Y's comments were justified".
const confEndorse = 0.6

// endorsement reads a claim that praises what another actor said or did:
// "X said he thought Y's comments were 'well justified'", "X described Y's
// intervention as very important". Praise of someone's words is agreement
// with them.
func (r *reader) endorsement(i int, c claim) (finding, bool) {
	s := &r.sents[i]
	for mi, m := range s.Mentions {
		if m.First < c.First || m.First >= c.End || m.Actor == c.Speaker || r.Affiliated(m.Actor, c.Speaker) || !s.Possessive(mi) {
			continue
		}
		// "Y's comments", "Y's recent assessment": the thing Y said.
		noun := -1
		for j := m.End; j < min(c.End, m.End+3); j++ {
			if s.Tokens[j].Class.Has(lexicon.Claim) || s.Tokens[j].Word == "intervention" || s.Tokens[j].Word == "analysis" {
				noun = j
				break
			}
		}
		if noun < 0 {
			continue
		}
		for j := noun + 1; j < min(c.End, noun+7); j++ {
			w := s.Tokens[j].Word
			if s.Tokens[j].Mention >= 0 || w == ";" || w == "but" {
				break
			}
			if !praiseWord(w) || s.negated(j) {
				continue
			}
			f := finding{agree: true, sents: []int{i}, agents: []int{c.Speaker}, conf: confEndorse, rule: "endorse"}
			if c.Via != actors.ByName {
				f.conf -= penaltyAnaphora / 2
			}
			f.sides = []side{
				{actor: c.Speaker, stmt: s.cut(c.First, c.End), sent: i},
				{actor: m.Actor, stmt: s.cut(s.withDeterminer(m.First), noun+1), sent: i},
			}
			f.topic = s.cut(s.withDeterminer(m.First), noun+1).In(r.Text)
			f.rank = topicObject
			return f, true
		}
	}
	return finding{}, false
}

// praiseWord reports whether w approves of what it is said of: "right",
// "justified", "welcome". General English vocabulary of approval.
func praiseWord(w string) bool {
	switch w {
	case "right", "correct", "justified", "accurate", "fair", "valid", "important", "welcome",
		"sensible", "reasonable", "true", "helpful", "excellent", "good", "timely", "legitimate",
		"wise", "courageous", "brave", "sound", "valuable", "significant", "admirable", "persuasive",
		"convincing", "balanced", "thoughtful":
		return true
	}
	return false
}

// maxPredicate is how far past its subject, in tokens, a claim's fault
// word may stand.
const maxPredicate = 16

// clauseEndFrom returns the first clause boundary at or after token j,
// before end, reading through quotation marks: a criticism often quotes
// its key words.
func (s *sentence) clauseEndFrom(j, end int) int {
	for ; j < end; j++ {
		if t := &s.Tokens[j]; t.Mention < 0 && t.Class.Has(lexicon.Boundary) {
			return j
		}
	}
	return end
}

// faultAt reports whether token j of s finds fault, and is not negated:
// "failed", "wrong", "too much", "should apologise".
func faultAt(s *sentence, j int) bool {
	w := s.Tokens[j].Word
	switch {
	case faultWord(w):
	case w == "too" && (s.Word(j+1) == "much" || s.Word(j+1) == "little" || s.Word(j+1) == "many" || s.Word(j+1) == "few" || s.Word(j+1) == "far"):
	case (w == "should" || w == "must") && amendsWord(s.Word(j+1)):
	default:
		return false
	}
	for l := j - 1; l >= max(0, j-3); l-- {
		if isNegation(s.Tokens[l].Word) {
			return false
		}
	}
	return true
}

// faultWord reports whether w finds fault with whoever it is said of. The
// list is general English vocabulary of blame and disapproval, not words
// taken from particular articles.
func faultWord(w string) bool {
	switch w {
	case "wrong", "wrongly", "mistake", "mistaken", "mistakes", "blunder", "blunders", "gaffe", "gaffes",
		"failed", "fails", "failing", "failure", "failures",
		"lie", "lies", "lied", "lying", "liar", "liars", "dishonest", "misleading", "misled", "mislead",
		"deceive", "deceived", "deceiving", "deception",
		"incompetent", "incompetence", "irresponsible", "reckless", "arrogant", "arrogance",
		"hypocrisy", "hypocritical", "hypocrite", "cynical", "disgrace", "disgraceful", "shameful",
		"scandal", "scandalous", "outrageous", "appalling", "unacceptable", "absurd", "ridiculous",
		"nonsense", "unfair", "unjust", "unjustified", "illegal", "unlawful", "biased", "inaccurate",
		"partial", "corrupt", "abuse", "abused", "abusing", "undermine", "undermines", "undermined",
		"undermining", "betray", "betrayed", "betrayal", "dangerous", "flawed", "crass",
		"insensitive", "offensive", "racist", "sexist", "bullying", "bully", "threat", "threatens",
		"ignored", "ignores", "ignoring", "neglect", "neglected", "bad", "worse", "worst", "poor",
		"obsessed", "bypassed", "bypass", "exaggerated", "exaggerating", "scaremongering",
		"smear", "smears", "spin", "cover-up", "incoherent", "chaotic", "shambles", "fiasco":
		return true
	}
	return false
}

// amendsWord reports whether w, after "should" or "must", asks someone to
// make amends: "should apologise", "must resign".
func amendsWord(w string) bool {
	switch w {
	case "apologise", "apologize", "resign", "withdraw", "retract", "quit", "go", "stop", "step",
		"butt", "back", "reconsider", "explain", "admit":
		return true
	}
	return false
}

// answer reads a claim that answers an earlier one: "But Y said ...", "Y
// insisted ...", or Y speaking on the matter X just raised about Y. An
// answer to a quarrel under way is read first; failing that, an answer to
// the last voice before.
func (r *reader) answer(i int, c claim) (finding, bool) {
	// spoken: the actors the claim speaks of, its speaker aside. Worked
	// out here, not in a function returning it, so that it stays on the
	// stack.
	spoken := distinct(r.sents[i].Sides(c.First, c.End))
	spoken = slices.DeleteFunc(spoken, func(a int) bool { return a == c.Speaker })
	if c.Rebut {
		if f, ok := r.rebuttal(i, c, spoken); ok {
			return f, true
		}
	}
	return r.reply(i, c, spoken)
}

// rebuttal reads an answer to a quarrel under way: Y's side, or someone Y
// speaks of (spoken), was acted against, and Y answers the actor who did
// it. The answer belongs with what it answers, and takes as the
// attacker's statement what the attacker said last, if it spoke just
// before: "X says A. But Y says B."
func (r *reader) rebuttal(i int, c claim, spoken []int) (finding, bool) {
	s := &r.sents[i]
	b := c.Speaker
	f, defended := r.answeredAttack(i, c, spoken)
	if f == nil {
		return finding{}, false
	}
	out := finding{sents: []int{i}, agents: []int{b}, conf: confRebuttal, rule: "rebuttal", joins: f.id}
	for _, a := range f.agents {
		if p, ok := r.lastClaimBy(a, i); ok {
			out.sides = append(out.sides, side{actor: a, stmt: r.sents[p.Sentence].cut(p.First, p.End), sent: p.Sentence})
			out.addSentences(p.Sentence)
			continue
		}
		out.sides = append(out.sides, f.sideOf(a))
	}
	out.sides = append(out.sides, side{actor: b, stmt: s.cut(c.First, c.End), sent: i})
	if defended != b {
		d := f.sideOf(defended)
		out.sides = append(out.sides, side{actor: defended, stmt: d.stmt, sent: d.sent})
	}
	out.topic, out.rank = f.topic, f.rank
	return r.discount(out, c), true
}

// answeredAttack returns the disagreement, within answerWindow sentences
// before sentence i, that the speaker of claim c answers, and the side it
// defends: its own, or one it speaks of (spoken). An attack by the
// speaker's own side, or on a side the speaker too finds fault with, is
// not answered. Of several in reach, the surest is the one answered: a
// reply answers the charge, not its echoes.
func (r *reader) answeredAttack(i int, c claim, spoken []int) (*finding, int) {
	b := c.Speaker
	var best *finding
	bestDefended := -1
	for fi := len(r.prior) - 1; fi >= 0; fi-- {
		f := &r.prior[fi]
		if f.sents[len(f.sents)-1] < i-answerWindow {
			break
		}
		if f.agree || f.cueOnly || f.stance || len(f.agents) == 0 || slices.Contains(f.agents, b) {
			continue
		}
		defended := -1
		for _, sd := range f.sides {
			if !slices.Contains(f.agents, sd.actor) && (sd.actor == b || slices.Contains(spoken, sd.actor)) {
				defended = sd.actor
			}
		}
		if defended < 0 || slices.ContainsFunc(f.agents, func(a int) bool { return r.Affiliated(a, b) }) {
			continue
		}
		if crit, ok := r.critical(i, c); ok && slices.Contains(crit.actorSet(), defended) && defended != b {
			continue // Y finds fault with them too: no defence
		}
		if best == nil || f.conf > best.conf {
			best, bestDefended = f, defended
		}
	}
	return best, bestDefended
}

// reply reads an answer to what someone said just before. Within one
// sentence a contrast reads it ("X says A, but Y says B"). A verb of
// answering ("Y insisted") answers the last other voice even after Y's own
// words: "X said A. Y said B. Y insisted C." Only the latest voice is
// answered, and an answer opened with "but" counts for more when it
// speaks of that voice or of what it spoke of.
func (r *reader) reply(i int, c claim, spoken []int) (finding, bool) {
	s := &r.sents[i]
	b := c.Speaker
	answers := s.Tokens[c.Verb].Class.Has(lexicon.Answer)
	back := answerWindow - 1
	if answers {
		back = answerWindow
	}
	for j := i - 1; j >= max(0, i-back); j-- {
		t := &r.sents[j]
		if t.Headline {
			break
		}
		for ci := len(t.Claims) - 1; ci >= 0; ci-- {
			p := t.Claims[ci]
			if t.embedded(ci) {
				// "X told MPs that experts had suggested ...": X is the
				// voice answered, not the experts X cites.
				continue
			}
			if p.Speaker == b || r.Affiliated(p.Speaker, b) {
				if j == i-1 && !answers {
					// Y went on from Y's own words: nothing answered.
					return finding{}, false
				}
				continue
			}
			conf := replyConf(t, p, s, c, spoken, j == i-1 || answers)
			if conf == 0 {
				return finding{}, false // only the latest voice is answered
			}
			out := finding{sents: []int{j, i}, agents: []int{b}, conf: conf, rule: "answer"}
			out.sides = []side{
				{actor: p.Speaker, stmt: t.cut(p.First, p.End), sent: j},
				{actor: b, stmt: s.cut(c.First, c.End), sent: i},
			}
			out.topic, out.rank = r.fallbackTopic(s)
			return r.discount(out, c), true
		}
	}
	return finding{}, false
}

// replyConf returns how sure it is that claim c of sentence s, whose
// speaker speaks of the actors spoken, answers the earlier claim p of
// sentence t, or 0 when it does not: an answer opened with "but" that
// speaks of p's speaker, or is spoken of by p, or shares an actor with
// it; one opened with "but" right after p (or with a verb of answering,
// when near is set); or a reply by the actor p spoke of, sharing its
// words.
func replyConf(t *sentence, p claim, s *sentence, c claim, spoken []int, near bool) float64 {
	said := distinct(t.Sides(p.First, p.End))
	aboutB := slices.Contains(said, c.Speaker)
	aboutA := slices.Contains(spoken, p.Speaker)
	switch {
	case c.Rebut && (aboutA || aboutB || shared(said, spoken) > 0):
		return confAnswer
	case c.Rebut && near:
		return confContrastBut
	case aboutB && overlap(t.plainKeywords(p.First, p.End), s.plainKeywords(c.First, c.End)) > 0:
		return confReply
	}
	return 0
}

// lastClaimBy returns actor a's own claim in the two sentences before
// sentence i, if any.
func (r *reader) lastClaimBy(a, i int) (claim, bool) {
	for j := i - 1; j >= max(0, i-2); j-- {
		t := &r.sents[j]
		if t.Headline {
			break
		}
		for ci := len(t.Claims) - 1; ci >= 0; ci-- {
			if c := t.Claims[ci]; c.Speaker == a && c.Verb >= 0 && !t.embedded(ci) {
				return c, true
			}
		}
	}
	return claim{}, false
}

// embedded reports whether claim ci is reported inside another claim of
// the sentence: its verb lies in that claim's words.
func (s *sentence) embedded(ci int) bool {
	v := s.Claims[ci].Verb
	for cj, c := range s.Claims {
		if cj != ci && c.Verb >= 0 && v > c.Verb && v >= c.First && v < c.End {
			return true
		}
	}
	return false
}

// discount lowers f's confidence when its speaker is a resolved reference.
func (r *reader) discount(f finding, c claim) finding {
	if c.Via != actors.ByName {
		f.conf -= penaltyAnaphora / 2
	}
	f.addSentences(f.sents...)
	return f
}

// sideOf returns f's side for actor a (the first, if several).
func (f *finding) sideOf(a int) side {
	for _, sd := range f.sides {
		if sd.actor == a {
			return sd
		}
	}
	return side{actor: a}
}

// plainKeywords is keywords without the words of mentions: what two
// statements share beyond the names they both use.
func (s *sentence) plainKeywords(a, b int) []string {
	var out []string
	for j := max(a, 0); j < min(b, len(s.Tokens)); j++ {
		t := &s.Tokens[j]
		if t.Mention >= 0 || t.Kind != text.Word || len(t.Word) < 4 || t.Class.Has(lexicon.Report|lexicon.Function) {
			continue
		}
		w := stem(t.Word)
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
