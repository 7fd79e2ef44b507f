package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// disputeCue reads the disagreement cue at token k of sentence i: who acts
// against whom, and what about.
func (r *reader) disputeCue(i, k int, c cue) []finding {
	s := &r.sents[i]
	w := s.toks[k].low
	if s.negated(k) && !s.refusal(k) {
		return nil
	}
	start, end := s.clauseStart(k), s.clauseEnd(k)
	if s.hypothetical(start) || s.requested(start, k) {
		return nil
	}
	objEnd := s.objectEnd(k, end)
	noun := isNoun(w) || s.nounUse(k) || s.word(k+1) == "between"
	if noun && c == cueConflict && s.aboutTopic(k) {
		// "speculation about the rift": the quarrel is what is talked
		// of, and whoever talks of it is no side.
		return nil
	}
	conf := c.strength()
	evidence := []int{i}

	var agents, targets []mention
	subject := s.sidesIn(start, k)
	object := s.sidesIn(k+1, objEnd)
	if !noun {
		if by := s.find(k+1, objEnd, "by"); by >= 0 && s.passive(k) {
			// "X was attacked by Y": what is acted on is the clause's
			// subject, not whatever else precedes the verb.
			subject, object = s.sidesIn(by+1, objEnd), s.coordinatedSubject(start, k)
		} else if len(object) > 0 && object[0].first <= k+2 && s.invertedAttribution(k, object[0]) {
			// "..., warn ferry unions."
			subject, object = object[:1], s.sidesIn(start, k)
		}
	}
	if noun {
		// A noun's other side is introduced by a preposition right after
		// it: "a row with the unions", "an attack on Hale", "a fight
		// between A and B". Anything further is not a side ("the
		// attacks were thought to be the work of X").
		object = nil
		j := k + 1
		if w == "war" || w == "wars" {
			j = k + 3 // past "of words"
		}
		for j < end && s.toks[j].kind == text.Word && !isSidePrep(s.toks[j].low) && j < k+3 {
			j++
		}
		if j < end && isSidePrep(s.toks[j].low) {
			reach := j + 3
			if s.toks[j].low == "between" {
				// "a fight between three local journalists and X": the
				// first party may be unnamed, and described at length.
				reach = j + 7
			}
			if ms := s.sidesIn(j+1, end); len(ms) > 0 && ms[0].first <= reach {
				ms = s.coordinatedFrom(ms)
				if s.toks[j].low == "between" {
					// "a feud between X and Y": the two sides are what
					// is between, not whoever speaks of it. Only one who
					// joins the fight ("Z joined a fight between ... and
					// Y") takes a side in it.
					switch {
					case len(ms) >= 2:
						subject, ms = ms[:1], ms[1:]
					case !s.joins(start, k):
						subject, ms = nil, nil
					}
				}
				object = ms
			}
		}
	}
	agents, targets = s.personFirst(subject), object

	// A complement naming the other side: "warned that ministers ...".
	if len(targets) == 0 && !noun && objEnd == k+1 && s.word(objEnd) == "that" {
		if targets = s.sidesIn(objEnd, end); len(targets) > 0 {
			conf -= 0.1
		}
	}
	// A quotation speaks for its speaker.
	if len(agents) == 0 && s.toks[k].quoted && !s.genericSubject(start, k) {
		if c, ok := s.quoteClaim(k); ok {
			agents = []mention{{actor: c.speaker, first: -1, from: c.from, via: c.via}}
		}
	}
	// "X rejected the claim", "X denied the allegations": the claim is
	// the one someone made just before; what it said is its author's
	// statement.
	var claimed *claim
	also := s.find(start, k, "also") >= 0
	objPronoun := s.word(k+1) == "it" || s.word(k+1) == "this" && !claimNoun(s.word(k+2)) && s.toks[min(k+2, len(s.toks)-1)].kind == text.Punctuation
	if len(targets) == 0 && !noun && !also && (objPronoun || (s.word(k+1) == "the" || s.word(k+1) == "these" || s.word(k+1) == "this" || s.word(k+1) == "such") && claimNoun(s.word(k+2))) {
		if c, ok := r.claimant(i, k, agents, nil); ok {
			targets = []mention{{actor: c.speaker, first: -1, from: c.sent, via: c.via}}
			claimed = &c
			conf -= penaltyAnaphora
		}
	}
	// "X denied (that) the dam was over budget": what is denied is what
	// someone else said before; whoever the clause names is its subject,
	// not a side.
	if !noun && denialVerb(w) && s.clauseAfter(k, objEnd) {
		targets = nil
		if c, ok := r.claimant(i, k, agents, s.keywords(k+1, end)); ok {
			targets = []mention{{actor: c.speaker, first: -1, from: c.sent, via: c.via}}
			claimed = &c
			conf -= penaltyAnaphora
		}
	}
	// "He also attacked the way the war was sold": "also" goes on with
	// the same critic's quarrel; when it names no one, the other side is
	// the one that critic just attacked.
	if also && len(targets) == 0 && !noun && len(agents) > 0 {
		if f, ok := r.lastAttackBy(agents[0].actor, i); ok {
			for _, a := range f.targets() {
				targets = append(targets, mention{actor: a, first: -1, from: -1, via: viaName})
			}
			conf -= penaltyAnaphora
		}
	}
	for _, m := range append(slices.Clip(agents), targets...) {
		if m.via != viaName {
			conf -= penaltyAnaphora / 2
		}
		// A side read from another sentence's words (a quotation's
		// speaker, the author of a claim) brings that sentence as
		// evidence; a pronoun's antecedent does not: the sentence
		// naming "he" says nothing of the quarrel.
		if m.first < 0 && m.from >= 0 && m.from != i {
			evidence = append(evidence, m.from)
		}
	}

	agentIDs := distinct(agents)
	targetIDs := slices.DeleteFunc(distinct(targets), func(a int) bool { return slices.Contains(agentIDs, a) })
	topic, rank := r.cueTopic(s, k, objEnd, end, noun, c)
	stmtEnd := s.statementEnd(k)

	co := distinct(s.coSubjects(agents))
	if len(co) >= 2 && len(targetIDs) == 0 && reciprocal(w) {
		// "X and Y clashed": they disagree with each other.
		f := finding{sents: evidence, cue: c, agents: co[:1], topic: topic, rank: rank, conf: conf, rule: "reciprocal"}
		for _, a := range co {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, stmtEnd), sent: i})
		}
		return []finding{f}
	}

	var out []finding
	if len(agentIDs) > 0 && len(targetIDs) > 0 {
		if s.claimOf(k, objEnd) {
			conf += boostClaim
		}
		f := finding{sents: evidence, cue: c, agents: agentIDs, topic: topic, rank: rank, conf: conf, rule: "cue:" + w}
		agentStmt := s.cut(k, stmtEnd)
		if noun {
			agentStmt = s.cut(start, stmtEnd)
		}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: agentStmt, sent: i})
		}
		targetStmt := s.targetStatement(k, objEnd, stmtEnd, start)
		for _, a := range targetIDs {
			if claimed != nil && claimed.speaker == a {
				f.sides = append(f.sides, side{actor: a, stmt: r.sents[claimed.sent].cut(claimed.a, claimed.b), sent: claimed.sent})
				continue
			}
			f.sides = append(f.sides, side{actor: a, stmt: targetStmt, sent: i})
		}
		f.also = also
		out = append(out, f)
	} else if len(agentIDs) > 0 && len(targetIDs) == 0 && !noun {
		// A stance against something unnamed ("The Greens will vote
		// against it"): no dispute, but "X also opposes" may side with it.
		f := finding{stance: true, sents: evidence, cue: c, agents: agentIDs, also: also, topic: topic, rank: rank}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(k, stmtEnd), sent: i})
		}
		out = append(out, f)
	} else if (c == cueConflict || w == "disagreement" || w == "disagreements") && !s.governed(k) {
		// "Their real difference is over ...": the sides are in a
		// neighbouring sentence.
		out = append(out, finding{cueOnly: true, sents: []int{i}, topic: topic, rank: rank, conf: conf})
	}
	// Actors acting together against something share a stance.
	if len(co) >= 2 && !noun {
		f := finding{agree: true, sents: []int{i}, topic: topic, rank: rank, conf: confCoAgents, rule: "co-agents"}
		if s.find(start, end, "both") >= 0 {
			f.conf += 0.1
		}
		for _, a := range co {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
		}
		out = append(out, f)
	}
	return out
}

// requested reports whether the cue at k is an act someone is asked to
// do: "X called on Y to denounce Z", "X urged Y to reject ...". Neither X
// nor Y has done it.
func (s *sentence) requested(start, k int) bool {
	if s.word(k-1) != "to" {
		return false
	}
	for j := k - 2; j >= start && j >= k-8; j-- {
		switch s.toks[j].low {
		case "called", "calls", "call", "urged", "urges", "urge", "asked", "asks", "ask", "pressed",
			"told", "tells", "challenged", "challenges", "invited", "invites", "wants", "wanted":
			return s.toks[j+1].mention >= 0 || s.word(j+1) == "on" || s.word(j+1) == "upon"
		}
	}
	return false
}

// aboutTopic reports whether the noun cue at k stands after "about",
// "over" or "on": the quarrel is a topic of the clause.
func (s *sentence) aboutTopic(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch w := s.toks[j].low; {
		case w == "about" || w == "over" || w == "on" || w == "regarding" || w == "concerning":
			return true
		case s.toks[j].kind == text.Punctuation, isFunctionWord(w) && !isDeterminer(w):
			return false
		}
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
	switch s.word(start - 1) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// governed reports whether the noun cue at k stands in a prepositional
// phrase ("his intervention in the row"), where it refers to a quarrel
// told elsewhere rather than stating one.
func (s *sentence) governed(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		w := s.toks[j].low
		if isOblique(w) {
			return true
		}
		if !isDeterminer(w) && !(s.toks[j].kind == text.Word && !isFunctionWord(w)) {
			return false
		}
	}
	return false
}

// genericSubject reports whether the clause [start, k) has a subject that
// is not the speaker: "you ought to warn them", "one has to attack ...".
// Only "I", "we" or no subject make a quoted cue the speaker's own act.
func (s *sentence) genericSubject(start, k int) bool {
	for j := start; j < k; j++ {
		switch s.toks[j].low {
		case "you", "one", "they", "he", "she", "people", "someone", "anyone", "nobody":
			return true
		}
	}
	return false
}

// joins reports whether a verb of joining stands in [start, k): "Z has
// joined a legal fight between ...".
func (s *sentence) joins(start, k int) bool {
	for j := start; j < k; j++ {
		switch s.toks[j].low {
		case "join", "joins", "joined", "joining", "entered", "enters":
			return true
		}
	}
	return false
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

// refusal reports whether the cue at k is a verb of accepting governed by
// a refusal: "refused to accept", "refusal to back".
func (s *sentence) refusal(k int) bool {
	switch s.word(k - 2) {
	case "refusal", "refused", "refuses", "refusing":
		return s.word(k-1) == "to"
	}
	return false
}

// invertedAttribution reports whether the cue at k is a reporting verb
// placed after what was reported, with its subject after it: "...,
// warn ferry unions." or "..." accused X.
func (s *sentence) invertedAttribution(k int, m mention) bool {
	if k == 0 {
		return false
	}
	prev := s.toks[k-1].low
	if prev != "," && quoteMark(prev) == 0 {
		return false
	}
	return m.end >= len(s.toks) || s.toks[m.end].kind == text.Punctuation
}

// claimOf reports whether the object of the cue at k names a claim or
// proposal: "denied claims by Y", "rejected Y's offer".
func (s *sentence) claimOf(k, objEnd int) bool {
	for j := k + 1; j < objEnd; j++ {
		if claimNoun(s.toks[j].low) {
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
	if objEnd < end && (s.toks[objEnd].low == "for" || s.toks[objEnd].low == "of" || s.toks[objEnd].low == "over") && objEnd+1 < end {
		return s.cut(objEnd+1, end)
	}
	for j := k + 1; j < objEnd; j++ {
		if !claimNoun(s.toks[j].low) {
			continue
		}
		if t := s.find(j+1, end, "that"); t >= 0 && t+1 < end {
			return s.cut(t+1, end)
		}
		from := k + 1
		if ms := s.sidesIn(k+1, j); len(ms) > 0 {
			from = s.withDeterminer(ms[0].first)
		} else if isDeterminer(s.toks[k+1].low) {
			from = k + 1
		}
		return s.cut(from, j+1)
	}
	return s.cut(start, end)
}

// quoteClaim returns the claim whose words hold token k: a report in the
// sentence whose content covers k, or the quotation carried over.
func (s *sentence) quoteClaim(k int) (claim, bool) {
	for _, c := range s.claims {
		if c.a <= k && k < c.b {
			return c, true
		}
	}
	if sp := s.outsideSpeaker(); sp >= 0 {
		return claim{speaker: sp, from: -1}, true
	}
	return claim{}, false
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
