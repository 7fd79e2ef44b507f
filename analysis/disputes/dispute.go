package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// cueReading is one disagreement cue as disputeCue reads it: where it
// stands, who is on each side, and how sure the reading is. The rules
// below read it in the order disputeCue runs them, and those that look
// for a side beyond the clause look only where earlier ones found none.
type cueReading struct {
	i, k       int    // the sentence, and the cue's token in it
	c          cue    // what the cue signals
	w          string // the cue word, lower case
	start, end int    // the clause holding the cue, [start, end)
	objEnd     int    // just past the cue's object
	noun       bool   // the cue is a noun ("a row with ..."), not a verb
	also       bool   // "X also attacked ...": it goes on with X's quarrel
	conf       float64

	agents, targets []mention // the acting side, and the side acted against
	// claimed is the claim rejected or denied when a target is its
	// author: that side's statement is what the claim said.
	claimed *claim
}

// disputeCue reads the disagreement cue at token k of sentence i: who acts
// against whom, and what about. The cue is read only where the sentence
// asserts it; its sides are read from the clause, and then, where the
// clause leaves a side unnamed, from the text around it. The rules that
// look beyond the clause return the side they find and disputeCue puts
// it in place, so that the short slices holding it stay on its stack.
func (r *reader) disputeCue(i, k int, c cue) []finding {
	s := &r.sents[i]
	d, ok := s.assertedCue(i, k, c)
	if !ok {
		return nil
	}
	s.clauseSides(&d)
	s.complementTarget(&d)
	if m, ok := s.quotedAgent(&d); ok {
		d.agents = []mention{m}
	}
	// Whoever made the claim rejected or denied is the other side, and
	// its words that side's statement.
	if cl, ok := r.rejectedClaim(&d); ok {
		d.targets, d.claimed = []mention{author(cl)}, &cl
		d.conf -= penaltyAnaphora
	}
	if s.deniesClause(&d) {
		d.targets = nil
		if cl, ok := r.deniedClaim(&d); ok {
			d.targets, d.claimed = []mention{author(cl)}, &cl
			d.conf -= penaltyAnaphora
		}
	}
	if ts := r.alsoTargets(&d); len(ts) > 0 {
		for _, a := range ts {
			d.targets = append(d.targets, mention{Actor: a, First: -1, From: -1, Via: actors.ByName})
		}
		d.conf -= penaltyAnaphora
	}
	return r.disputeFindings(&d)
}

// assertedCue opens the reading of the disagreement cue at token k of
// sentence i, or reports false when the sentence does not assert it: a
// negated cue ("did not criticise", though "refused to accept" is a
// rejection), a condition ("if we reject ..."), an act someone is asked
// to do ("X urged Y to reject ..."), or a quarrel only talked about
// ("speculation about the rift").
func (s *sentence) assertedCue(i, k int, c cue) (cueReading, bool) {
	if s.negated(k) && !s.refusal(k) {
		return cueReading{}, false
	}
	start, end := s.ClauseStart(k), s.ClauseEnd(k)
	if s.hypothetical(start) || s.requested(start, k) {
		return cueReading{}, false
	}
	w := s.Tokens[k].Word
	noun := isNoun(w) || s.nounUse(k) || s.Word(k+1) == "between"
	if noun && c == cueConflict && s.aboutTopic(k) {
		// Whoever talks of the quarrel is no side of it.
		return cueReading{}, false
	}
	return cueReading{i: i, k: k, c: c, w: w, start: start, end: end, objEnd: s.objectEnd(k, end), noun: noun,
		also: s.FindWord(start, k, "also") >= 0, conf: c.strength()}, true
}

// refusal reports whether the cue at k is a verb of accepting governed by
// a refusal: "refused to accept", "refusal to back".
func (s *sentence) refusal(k int) bool {
	switch s.Word(k - 2) {
	case "refusal", "refused", "refuses", "refusing":
		return s.Word(k-1) == "to"
	}
	return false
}

// hypothetical reports whether the clause starting at token start is a
// condition ("if we reject this treaty, ..."): what it says has not
// happened.
func (s *sentence) hypothetical(start int) bool {
	if start == 0 {
		return false
	}
	switch s.Word(start - 1) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// requested reports whether the cue at k is an act someone is asked to
// do: "X called on Y to denounce Z", "X urged Y to reject ...". Neither X
// nor Y has done it.
func (s *sentence) requested(start, k int) bool {
	if s.Word(k-1) != "to" {
		return false
	}
	for j := k - 2; j >= start && j >= k-8; j-- {
		switch s.Tokens[j].Word {
		case "called", "calls", "call", "urged", "urges", "urge", "asked", "asks", "ask", "pressed",
			"told", "tells", "challenged", "challenges", "invited", "invites", "wants", "wanted":
			return s.Tokens[j+1].Mention >= 0 || s.Word(j+1) == "on" || s.Word(j+1) == "upon"
		}
	}
	return false
}

// aboutTopic reports whether the noun cue at k stands after "about",
// "over" or "on": the quarrel is a topic of the clause.
func (s *sentence) aboutTopic(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch w := s.Tokens[j].Word; {
		case w == "about" || w == "over" || w == "on" || w == "regarding" || w == "concerning":
			return true
		case s.Tokens[j].Kind == text.Punctuation, s.Tokens[j].Class.Has(lexicon.Function) && !s.Tokens[j].Class.Has(lexicon.Determiner):
			return false
		}
	}
	return false
}

// clauseSides reads the sides that the cue's clause names, by its verb or
// its noun; of a person and the organisation qualifying them ("Tory
// leader X") the person acts.
func (s *sentence) clauseSides(d *cueReading) {
	var subject []mention
	if d.noun {
		subject, d.targets = s.nounSides(d)
	} else {
		subject, d.targets = s.verbSides(d)
	}
	d.agents = s.personFirst(subject)
}

// verbSides returns the sides of a verb cue: its subject and its object
// ("X attacked Y"); in a passive, the agent after "by" and the clause's
// subject ("Y was attacked by X"); for a verb of saying that follows what
// it reports, the subject after it ("..., warn ferry unions").
func (s *sentence) verbSides(d *cueReading) (subject, object []mention) {
	subject, object = s.Sides(d.start, d.k), s.Sides(d.k+1, d.objEnd)
	if by := s.FindWord(d.k+1, d.objEnd, "by"); by >= 0 && s.Passive(d.k) {
		// What is acted on is the clause's subject, not whatever else
		// precedes the verb.
		return s.Sides(by+1, d.objEnd), s.coordinatedSubject(d.start, d.k)
	}
	if len(object) > 0 && object[0].First <= d.k+2 && s.invertedAttribution(d.k, object[0]) {
		return object[:1], subject
	}
	return subject, object
}

// invertedAttribution reports whether the cue at k is a reporting verb
// placed after what was reported, with its subject after it: "...,
// warn ferry unions." or "..." accused X.
func (s *sentence) invertedAttribution(k int, m mention) bool {
	if k == 0 {
		return false
	}
	prev := s.Tokens[k-1].Word
	if prev != "," && !s.Tokens[k-1].Class.Has(lexicon.Quote) {
		return false
	}
	return m.End >= len(s.Tokens) || s.Tokens[m.End].Kind == text.Punctuation
}

// nounSides returns the sides of a noun cue: the clause's subject, and the
// other side introduced by a preposition right after the noun ("a row with
// the unions", "an attack on Hale"). Anything further is not a side ("the
// attacks were thought to be the work of X"). In "a feud between X and
// Y" the two sides are what is between, not whoever speaks of it; only
// one who joins the fight ("Z joined a fight between ... and Y") takes a
// side in it.
func (s *sentence) nounSides(d *cueReading) (subject, object []mention) {
	subject = s.Sides(d.start, d.k)
	j := d.k + 1
	if d.w == "war" || d.w == "wars" {
		j = d.k + 3 // past "of words"
	}
	for j < d.end && s.Tokens[j].Kind == text.Word && !isSidePrep(s.Tokens[j].Word) && j < d.k+3 {
		j++
	}
	if j >= d.end || !isSidePrep(s.Tokens[j].Word) {
		return subject, nil
	}
	between := s.Tokens[j].Word == "between"
	reach := j + 3
	if between {
		// "a fight between three local journalists and X": the first
		// party may be unnamed, and described at length.
		reach = j + 7
	}
	ms := s.Sides(j+1, d.end)
	if len(ms) == 0 || ms[0].First > reach {
		return subject, nil
	}
	ms = s.coordinatedFrom(ms)
	if between {
		switch {
		case len(ms) >= 2:
			return ms[:1], ms[1:]
		case !s.joins(d.start, d.k):
			return nil, nil
		}
	}
	return subject, ms
}

// isSidePrep reports whether the preposition w, after a conflict noun,
// introduces the other side.
func isSidePrep(w string) bool {
	switch w {
	case "with", "against", "on", "between", "from", "by", "of":
		return true
	}
	return false
}

// joins reports whether a verb of joining stands in [start, k): "Z has
// joined a legal fight between ...".
func (s *sentence) joins(start, k int) bool {
	for j := start; j < k; j++ {
		switch s.Tokens[j].Word {
		case "join", "joins", "joined", "joining", "entered", "enters":
			return true
		}
	}
	return false
}

// complementTarget reads the other side of a verb cue with no object from
// the complement that follows it: "warned that ministers ...". It counts
// for less than a named object.
func (s *sentence) complementTarget(d *cueReading) {
	if len(d.targets) > 0 || d.noun || d.objEnd != d.k+1 || s.Word(d.objEnd) != "that" {
		return
	}
	if d.targets = s.Sides(d.objEnd, d.end); len(d.targets) > 0 {
		d.conf -= 0.1
	}
}

// quotedAgent returns the acting side of a cue in a quotation that names
// none: a quotation speaks for its speaker, unless its subject is someone
// else ("you ought to warn them").
func (s *sentence) quotedAgent(d *cueReading) (mention, bool) {
	if len(d.agents) > 0 || !s.Tokens[d.k].Quoted || s.genericSubject(d.start, d.k) {
		return mention{}, false
	}
	c, ok := s.quoteClaim(d.k)
	if !ok {
		return mention{}, false
	}
	return mention{Actor: c.Speaker, First: -1, From: c.From, Via: c.Via}, true
}

// genericSubject reports whether the clause [start, k) has a subject that
// is not the speaker: "you ought to warn them", "one has to attack ...".
// Only "I", "we" or no subject make a quoted cue the speaker's own act.
func (s *sentence) genericSubject(start, k int) bool {
	for j := start; j < k; j++ {
		switch s.Tokens[j].Word {
		case "you", "one", "they", "he", "she", "people", "someone", "anyone", "nobody":
			return true
		}
	}
	return false
}

// quoteClaim returns the claim whose words hold token k: a report in the
// sentence whose content covers k, or the quotation carried over.
func (s *sentence) quoteClaim(k int) (claim, bool) {
	for _, c := range s.Claims {
		if c.First <= k && k < c.End {
			return c, true
		}
	}
	if sp := s.OutsideSpeaker(); sp >= 0 {
		return claim{Speaker: sp, From: -1}, true
	}
	return claim{}, false
}

// rejectedClaim returns the claim rejected by "X rejected the claim", "X
// denied the allegations", "X dismissed it" when the cue names no other
// side: the claim someone other than X made just before.
func (r *reader) rejectedClaim(d *cueReading) (claim, bool) {
	s := &r.sents[d.i]
	if len(d.targets) > 0 || d.noun || d.also {
		return claim{}, false
	}
	next := s.Word(d.k + 1)
	objPronoun := next == "it" || next == "this" && !s.Class(d.k+2).Has(lexicon.Claim) && s.Tokens[min(d.k+2, len(s.Tokens)-1)].Kind == text.Punctuation
	if !objPronoun && !((next == "the" || next == "these" || next == "this" || next == "such") && s.Class(d.k+2).Has(lexicon.Claim)) {
		return claim{}, false
	}
	return r.claimant(d.i, d.k, d.agents, nil)
}

// deniesClause reports whether the cue is a verb of denial followed by
// the clause denied: "X denied (that) the dam was over budget". Whoever
// that clause names is its subject, not a side.
func (s *sentence) deniesClause(d *cueReading) bool {
	return !d.noun && denialVerb(d.w) && s.clauseAfter(d.k, d.objEnd)
}

// deniedClaim returns what a denial denies: the claim someone else made
// before, in words the denial shares.
func (r *reader) deniedClaim(d *cueReading) (claim, bool) {
	return r.claimant(d.i, d.k, d.agents, r.sents[d.i].keywords(d.k+1, d.end))
}

// alsoTargets returns the other side of "He also attacked the way the war
// was sold": "also" goes on with the same critic's quarrel, so when the
// cue names no one, the other side is the one that critic just attacked.
func (r *reader) alsoTargets(d *cueReading) []int {
	if !d.also || len(d.targets) > 0 || d.noun || len(d.agents) == 0 {
		return nil
	}
	if f, ok := r.lastAttackBy(d.agents[0].Actor, d.i); ok {
		return f.targets()
	}
	return nil
}

// lastAttackBy returns the latest disagreement in which actor a, within
// answerWindow sentences before sentence i, acted against a named side.
func (r *reader) lastAttackBy(a, i int) (*finding, bool) {
	for fi := len(r.prior) - 1; fi >= 0; fi-- {
		f := &r.prior[fi]
		if f.sents[len(f.sents)-1] < i-answerWindow {
			break
		}
		if !f.agree && !f.cueOnly && !f.stance && slices.Contains(f.agents, a) && len(f.targets()) > 0 {
			return f, true
		}
	}
	return nil, false
}

// author is the speaker of claim c as a side: one read from the claim's
// words, not from a token of the cue's sentence, so that the sentence
// holding the claim is evidence.
func author(c claim) mention {
	return mention{Actor: c.Speaker, First: -1, From: c.Sentence, Via: c.Via}
}

// evidence lowers d's confidence for each side read through a reference
// and returns the sentences that hold the quarrel: the cue's, and those
// whose words gave a side (a quotation's speaker, a claim's author). A
// pronoun's antecedent brings none: the sentence naming "he" says nothing
// of the quarrel.
func (d *cueReading) evidence() []int {
	sents := []int{d.i}
	for _, m := range append(slices.Clip(d.agents), d.targets...) {
		if m.Via != actors.ByName {
			d.conf -= penaltyAnaphora / 2
		}
		if m.First < 0 && m.From >= 0 && m.From != d.i {
			sents = append(sents, m.From)
		}
	}
	return sents
}

// disputeFindings turns a read cue into findings: a quarrel between
// coordinated subjects of a reciprocal verb ("X and Y clashed"), one side
// acting against another, a stance against something unnamed, or a bare
// cue whose sides are in a neighbouring sentence; and an agreement
// between subjects acting together.
func (r *reader) disputeFindings(d *cueReading) []finding {
	s := &r.sents[d.i]
	evidence := d.evidence()
	agentIDs := distinct(d.agents)
	targetIDs := slices.DeleteFunc(distinct(d.targets), func(a int) bool { return slices.Contains(agentIDs, a) })
	topic, rank := r.cueTopic(s, d.k, d.objEnd, d.end, d.noun, d.c)
	stmtEnd := s.statementEnd(d.k)

	co := distinct(s.coSubjects(d.agents))
	if len(co) >= 2 && len(targetIDs) == 0 && reciprocal(d.w) {
		// "X and Y clashed": they disagree with each other.
		f := finding{sents: evidence, cue: d.c, agents: co[:1], topic: topic, rank: rank, conf: d.conf, rule: "reciprocal"}
		for _, a := range co {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(d.start, stmtEnd), sent: d.i})
		}
		return []finding{f}
	}

	var out []finding
	switch {
	case len(agentIDs) > 0 && len(targetIDs) > 0:
		out = append(out, r.againstFinding(d, evidence, agentIDs, targetIDs, topic, rank, stmtEnd))
	case len(agentIDs) > 0 && !d.noun:
		// A stance against something unnamed ("The Greens will vote
		// against it"): no dispute, but "X also opposes" may side with it.
		f := finding{stance: true, sents: evidence, cue: d.c, agents: agentIDs, also: d.also, topic: topic, rank: rank}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(d.k, stmtEnd), sent: d.i})
		}
		out = append(out, f)
	case (d.c == cueConflict || d.w == "disagreement" || d.w == "disagreements") && !s.governed(d.k):
		// "Their real difference is over ...": the sides, or the side
		// acted against, are in a neighbouring sentence.
		out = append(out, finding{cueOnly: true, sents: []int{d.i}, topic: topic, rank: rank, conf: d.conf})
	}
	if len(co) >= 2 && !d.noun {
		// Actors acting together against something share a stance.
		f := finding{agree: true, sents: []int{d.i}, topic: topic, rank: rank, conf: confCoAgents, rule: "co-agents"}
		if s.FindWord(d.start, d.end, "both") >= 0 {
			f.conf += 0.1
		}
		for _, a := range co {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(d.start, d.end), sent: d.i})
		}
		out = append(out, f)
	}
	return out
}

// governed reports whether the noun cue at k stands in a prepositional
// phrase ("his intervention in the row"), where it refers to a quarrel
// told elsewhere rather than stating one.
func (s *sentence) governed(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		c := s.Tokens[j].Class
		if c.Has(lexicon.Oblique) {
			return true
		}
		if !c.Has(lexicon.Determiner) && !(s.Tokens[j].Kind == text.Word && !c.Has(lexicon.Function)) {
			return false
		}
	}
	return false
}

// againstFinding is the finding of a cue whose acting side and other side
// are both named: the acting side holds what the cue's clause says, the
// other side what the text says it holds (the claim rejected, the proposal
// refused, the complement "for suggesting ..."). A claim or proposal as
// object makes the reading surer.
func (r *reader) againstFinding(d *cueReading, evidence, agentIDs, targetIDs []int, topic string, rank, stmtEnd int) finding {
	s := &r.sents[d.i]
	conf := d.conf
	if s.claimOf(d.k, d.objEnd) {
		conf += boostClaim
	}
	f := finding{sents: evidence, cue: d.c, agents: agentIDs, topic: topic, rank: rank, conf: conf, rule: "cue:" + d.w, also: d.also}
	agentStmt := s.cut(d.k, stmtEnd)
	if d.noun {
		agentStmt = s.cut(d.start, stmtEnd)
	}
	for _, a := range agentIDs {
		f.sides = append(f.sides, side{actor: a, stmt: agentStmt, sent: d.i})
	}
	targetStmt := s.targetStatement(d.k, d.objEnd, stmtEnd, d.start)
	for _, a := range targetIDs {
		if d.claimed != nil && d.claimed.Speaker == a {
			f.sides = append(f.sides, side{actor: a, stmt: r.sents[d.claimed.Sentence].cut(d.claimed.First, d.claimed.End), sent: d.claimed.Sentence})
			continue
		}
		f.sides = append(f.sides, side{actor: a, stmt: targetStmt, sent: d.i})
	}
	return f
}

// claimOf reports whether the object of the cue at k names a claim or
// proposal: "denied claims by Y", "rejected Y's offer".
func (s *sentence) claimOf(k, objEnd int) bool {
	for j := k + 1; j < objEnd; j++ {
		if s.Tokens[j].Class.Has(lexicon.Claim) {
			return true
		}
	}
	return false
}

// targetStatement returns what the text says the acted-against side holds:
// the complement after "for" or "of" ("for suggesting that ..."), the
// content of a claim denied ("claims by Y that the dam was over budget"),
// the claim or proposal rejected ("Y's offer"), or else the cue's clause.
func (s *sentence) targetStatement(k, objEnd, end, start int) text.Span {
	if objEnd < end && (s.Tokens[objEnd].Word == "for" || s.Tokens[objEnd].Word == "of" || s.Tokens[objEnd].Word == "over") && objEnd+1 < end {
		return s.cut(objEnd+1, end)
	}
	for j := k + 1; j < objEnd; j++ {
		if !s.Tokens[j].Class.Has(lexicon.Claim) {
			continue
		}
		if t := s.FindWord(j+1, end, "that"); t >= 0 && t+1 < end {
			return s.cut(t+1, end)
		}
		from := k + 1
		if ms := s.Sides(k+1, j); len(ms) > 0 {
			from = s.withDeterminer(ms[0].First)
		} else if s.Tokens[k+1].Class.Has(lexicon.Determiner) {
			from = k + 1
		}
		return s.cut(from, j+1)
	}
	return s.cut(start, end)
}
