package disputes

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// proStance reports whether token k says that its subject wants
// something done: "called for", "wants", "demanded", "pressed for". Such a
// stance is no disagreement by itself, but two actors holding it together,
// or one "also" holding it after another, agree.
func (s *sentence) proStance(k int) bool {
	switch s.toks[k].low {
	case "want", "wants", "wanted", "demand", "demands", "demanded", "favour", "favours", "favoured",
		"favor", "favors", "favored":
		return !s.nounUse(k) && !s.negated(k)
	case "call", "calls", "called", "push", "pushes", "pushed", "press", "presses", "pressed":
		return s.word(k+1) == "for" && !s.nounUse(k) && !s.negated(k)
	}
	return false
}

// stanceFor reads the wanting at token k of sentence i: a stance finding
// for "also" to match, and an agreement between coordinated subjects
// ("X and Y have called for the ban to be lifted").
func (r *reader) stanceFor(i, k int) []finding {
	s := &r.sents[i]
	start, end := s.clauseStart(k), s.clauseEnd(k)
	subject := slices.DeleteFunc(s.sidesIn(start, k), func(m mention) bool {
		return k-m.end > maxSubjectGap || s.pronounBetween(m.end, k)
	})
	if len(subject) == 0 || s.disowned(k) {
		return nil
	}
	agents := distinct(subject)
	also := s.find(start, k, "also") >= 0
	topic, rank := r.cueTopic(s, k, s.objectEnd(k, end), end, false, noCue)
	stmt := s.cut(k, s.statementEnd(k))
	f := finding{stance: true, pro: true, also: also, sents: []int{i}, agents: agents[:1], topic: topic, rank: rank, rule: "stance"}
	for _, a := range agents[:1] {
		f.sides = append(f.sides, side{actor: a, stmt: stmt, sent: i})
	}
	out := []finding{f}
	if co := distinct(s.coSubjects(subject)); len(co) >= 2 {
		g := finding{agree: true, sents: []int{i}, agents: co, topic: topic, rank: rank, conf: confCoAgents, rule: "co-stance"}
		for _, a := range co {
			g.sides = append(g.sides, side{actor: a, stmt: s.cut(s.withDeterminer(subject[0].first), s.statementEnd(k)), sent: i})
		}
		f.agents, f.sides = co, g.sides
		out[0] = f
		out = append(out, g)
	}
	return out
}

// agreementCue reads the agreement cue at token k of sentence i.
func (r *reader) agreementCue(i, k int, c cue) (finding, bool) {
	s := &r.sents[i]
	start, end := s.clauseStart(k), s.clauseEnd(k)
	objEnd := s.objectEnd(k, end)
	negated := s.negated(k)
	// The subject stands close before the cue: in "opposing X's plans, I
	// agree with Y", X does not agree.
	subject := slices.DeleteFunc(s.sidesIn(start, k), func(m mention) bool {
		return k-m.end > maxSubjectGap || s.pronounBetween(m.end, k)
	})
	var object []mention

	switch c {
	case cueAgree:
		if w := s.find(k+1, objEnd, "with"); w >= 0 {
			object = s.sidesIn(w+1, objEnd)
		} else {
			// "X and Y agreed": the agreeing sides are coordinated; in
			// "X said Y had agreed to ..." only Y agrees, to something.
			subject = s.coSubjects(subject)
		}
	case cueBack:
		if negated {
			return finding{}, false
		}
		object = s.sidesIn(k+1, objEnd)
		if by := s.find(k+1, objEnd, "by"); by >= 0 && s.passive(k) {
			// "backed by her predecessor as chair of the trust, Ruth
			// Okonkwo": the agent may come after an apposition.
			subject, object = s.sidesIn(by+1, end), s.coordinatedSubject(start, k)
		} else if len(object) == 0 {
			// Backing is of someone: "X backed the plan" agrees with no
			// one named, whatever else the clause names.
			return finding{}, false
		}
	case cueSimilar:
		if negated {
			return finding{}, false
		}
		switch s.toks[k].low {
		case "share", "shares", "shared", "sharing":
			// "share a view", not "shared a platform".
			if !s.sharedView(k) {
				return finding{}, false
			}
			object = s.sidesIn(k+1, objEnd)
		case "common":
			object = s.sidesIn(k+1, objEnd)
		default:
			// Likeness is between coordinated subjects: "X and Y are
			// similar", not "X put Y under the same ..."; and it is said
			// of them ("are similar") or of their views ("similar
			// goals"), not of a thing ("a similar session").
			if !s.sharedView(k) && !s.predicative(k) {
				return finding{}, false
			}
			subject = s.coSubjects(subject)
		}
	case cueJoin:
		object = s.sidesIn(k+1, min(objEnd, k+4))
		if len(object) == 0 || s.word(object[0].end) != "in" {
			return finding{}, false
		}
		object = object[:1]
	case cueAlly:
		// "an ally of X", "X and Y are allies", "its allies, X and Y":
		// the allied sides are coordinated or named right after.
		subject = s.coSubjects(subject)
		ms := s.sidesIn(k+1, end)
		if inc := s.find(k+1, end, "including"); inc >= 0 {
			// "X gained allies in its fight, including Y and Z".
			if after := s.sidesIn(inc+1, end); len(after) > 0 && after[0].first <= inc+3 {
				subject = s.sidesIn(start, k)
				ms = after
			}
		}
		if len(ms) > 0 && (ms[0].first <= k+3 || s.word(ms[0].first-1) == "including" || s.word(ms[0].first-2) == "including") {
			for _, m := range s.coordinatedFrom(ms) {
				if p := s.word(m.first - 1); p != "with" && p != "against" && p != "versus" {
					object = append(object, m)
				}
			}
		}
		if len(subject) == 0 && len(object) > 0 {
			if ms := s.sidesIn(start, k); len(ms) > 0 && s.possessive(slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == ms[len(ms)-1].first })) {
				subject = ms[len(ms)-1:] // "X's allies, Y and Z"
			}
		}
	}
	if s.contradicted(k) || s.disowned(k) {
		return finding{}, false
	}

	agentIDs := distinct(subject)
	others := slices.DeleteFunc(distinct(object), func(a int) bool { return slices.Contains(agentIDs, a) })
	all := append(slices.Clip(agentIDs), others...)
	topic, rank := r.cueTopic(s, k, objEnd, end, isNoun(s.toks[k].low), c)

	if negated && c == cueAgree {
		// "X will not agree with Y": a disagreement, weakly.
		if len(agentIDs) == 0 || len(others) == 0 {
			return finding{}, false
		}
		f := finding{sents: []int{i}, agents: agentIDs, topic: topic, rank: rank, conf: confNegatedAgreement, rule: "not-agree"}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
		}
		for _, a := range others {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(k+1, end), sent: i})
		}
		return f, true
	}
	if len(all) < 2 {
		// "Both share ...", "both agree on ...", "both are alike in
		// ...": the actors are those of the agreement just before.
		if !negated && (s.find(start, k, "both") >= 0 || c == cueSimilar && s.find(start, k, "neither") >= 0) {
			return finding{agree: true, cueOnly: true, sents: []int{i}, topic: topic, rank: rank, conf: c.strength()}, true
		}
		return finding{}, false
	}
	f := finding{agree: true, sents: []int{i}, agents: agentIDs, topic: topic, rank: rank, conf: c.strength(), rule: "agree:" + s.toks[k].low}
	for _, a := range all {
		f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
	}
	return f, true
}

// predicative reports whether the adjective at k is said of the subject: a
// form of "be" or "seem" stands just before it ("are very similar").
func (s *sentence) predicative(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if w := s.toks[j].low; isBeAux(w) || w == "seem" || w == "seems" || w == "remain" || w == "remains" {
			return true
		}
	}
	return false
}

// sharedView reports whether "share" at k has a view or an aim for object,
// within three words: "share a concern", "shared their goals".
func (s *sentence) sharedView(k int) bool {
	for j := k + 1; j <= k+3 && j < len(s.toks); j++ {
		switch strings.TrimSuffix(s.toks[j].low, "s") {
		case "view", "concern", "aim", "goal", "belief", "vision", "objective", "opinion", "position",
			"worrie", "worry", "fear", "doubt", "commitment", "value", "interest", "wish", "desire",
			"hope", "analysi", "assessment", "stance", "determination", "conviction", "ambition":
			return true
		}
	}
	return false
}

// disowned reports whether the agreement cue at k stands in what a
// rejection or a denial before it in the sentence disowns: "X rejected
// the idea that Y and Z appeal to the same voters".
func (s *sentence) disowned(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if c := s.cueAt(j); c == cueReject && s.toks[j].mention < 0 {
			return true
		}
	}
	return false
}

// contradicted reports whether a contrast after the agreement cue at k
// turns to a disagreement: "they share a goal, but a row over the
// means divides them".
func (s *sentence) contradicted(k int) bool {
	for j := k + 1; j < len(s.toks); j++ {
		switch s.toks[j].low {
		case "but", "however", "although", "though", "yet", "while", "whereas":
			for l := j + 1; l < len(s.toks); l++ {
				if s.toks[l].kind == text.Word && s.cueAt(l).isDispute() && !s.negated(l) {
					return true
				}
			}
			return false
		}
	}
	return false
}
