package disputes

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// agreeReading is one agreement cue as agreementCue reads it: where it
// stands, and the actors who agree, or agree with.
type agreeReading struct {
	i, k       int // the sentence, and the cue's token in it
	c          cue
	start, end int // the clause holding the cue, [start, end)
	objEnd     int // just past the cue's object
	negated    bool
	// subject is the clause's subject standing close before the cue;
	// object the actors agreed with, or backed, or allied with.
	subject, object []mention
}

// agreementCue reads the agreement cue at token k of sentence i. Each kind
// of cue has its own rule for who agrees with whom; an agreement that a
// contrast after it turns to a quarrel, or that stands in what a
// rejection disowns, is none.
func (r *reader) agreementCue(i, k int, c cue) (finding, bool) {
	s := &r.sents[i]
	d := s.openAgreement(i, k, c)
	ok := true
	switch c {
	case cueAgree:
		s.agreeSides(&d)
	case cueBack:
		ok = s.backingSides(&d)
	case cueSimilar:
		ok = s.likenessSides(&d)
	case cueJoin:
		ok = s.joiningSides(&d)
	case cueAlly:
		s.allySides(&d)
	}
	if !ok || s.contradicted(k) || s.disowned(k) {
		return finding{}, false
	}
	return r.agreementFinding(&d)
}

// openAgreement opens the reading of the agreement cue at token k of
// sentence i: its clause, its object's end, and its subject, which stands
// close before the cue: in "opposing X's plans, I agree with Y", X does
// not agree.
func (s *sentence) openAgreement(i, k int, c cue) agreeReading {
	start, end := s.ClauseStart(k), s.ClauseEnd(k)
	d := agreeReading{i: i, k: k, c: c, start: start, end: end, objEnd: s.objectEnd(k, end), negated: s.negated(k)}
	d.subject = slices.DeleteFunc(s.Sides(start, k), func(m mention) bool {
		return k-m.End > maxSubjectGap || s.pronounBetween(m.End, k)
	})
	return d
}

// contradicted reports whether a contrast after the agreement cue at k
// turns to a disagreement: "they share a goal, but a row over the
// means divides them".
func (s *sentence) contradicted(k int) bool {
	for j := k + 1; j < len(s.Tokens); j++ {
		switch s.Tokens[j].Word {
		case "but", "however", "although", "though", "yet", "while", "whereas":
			for l := j + 1; l < len(s.Tokens); l++ {
				if s.Tokens[l].Kind == text.Word && s.cueAt(l).isDispute() && !s.negated(l) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// disowned reports whether the agreement cue at k stands in what a
// rejection or a denial before it in the sentence disowns: "X rejected
// the idea that Y and Z appeal to the same voters".
func (s *sentence) disowned(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if c := s.cueAt(j); c == cueReject && s.Tokens[j].Mention < 0 {
			return true
		}
	}
	return false
}

// agreeSides reads "X agreed with Y", and "X and Y agreed", where the
// agreeing sides are coordinated: in "X said Y had agreed to ..." only Y
// agrees, and to something.
func (s *sentence) agreeSides(d *agreeReading) {
	if w := s.FindWord(d.k+1, d.objEnd, "with"); w >= 0 {
		d.object = s.Sides(w+1, d.objEnd)
		return
	}
	d.subject = s.coSubjects(d.subject)
}

// backingSides reads "X backed Y" and "Y was backed by X"; it reports
// false for backing denied or backing of no one named ("X backed the
// plan" agrees with no one, whatever else the clause names).
func (s *sentence) backingSides(d *agreeReading) bool {
	if d.negated {
		return false
	}
	d.object = s.Sides(d.k+1, d.objEnd)
	if by := s.FindWord(d.k+1, d.objEnd, "by"); by >= 0 && s.Passive(d.k) {
		// "backed by her predecessor as chair of the trust, Ruth
		// Okonkwo": the agent may come after an apposition.
		d.subject, d.object = s.Sides(by+1, d.end), s.coordinatedSubject(d.start, d.k)
		return true
	}
	return len(d.object) > 0
}

// likenessSides reads a likeness of views: "X shares Y's concern", "X
// has much in common with Y", "X and Y are similar". It reports false for
// likeness denied, "shared a platform" (a view or an aim must be what is
// shared), and likeness of a thing ("a similar session").
func (s *sentence) likenessSides(d *agreeReading) bool {
	if d.negated {
		return false
	}
	switch s.Tokens[d.k].Word {
	case "share", "shares", "shared", "sharing":
		if !s.sharedView(d.k) {
			return false
		}
		d.object = s.Sides(d.k+1, d.objEnd)
	case "common":
		d.object = s.Sides(d.k+1, d.objEnd)
	default:
		// Likeness is between coordinated subjects: "X and Y are
		// similar", not "X put Y under the same ..."; and it is said
		// of them ("are similar") or of their views ("similar goals").
		if !s.sharedView(d.k) && !s.predicative(d.k) {
			return false
		}
		d.subject = s.coSubjects(d.subject)
	}
	return true
}

// sharedView reports whether "share" at k has a view or an aim for object,
// within three words: "share a concern", "shared their goals".
func (s *sentence) sharedView(k int) bool {
	for j := k + 1; j <= k+3 && j < len(s.Tokens); j++ {
		switch strings.TrimSuffix(s.Tokens[j].Word, "s") {
		case "view", "concern", "aim", "goal", "belief", "vision", "objective", "opinion", "position",
			"worrie", "worry", "fear", "doubt", "commitment", "value", "interest", "wish", "desire",
			"hope", "analysi", "assessment", "stance", "determination", "conviction", "ambition":
			return true
		}
	}
	return false
}

// predicative reports whether the adjective at k is said of the subject: a
// form of "be" or "seem" stands just before it ("are very similar").
func (s *sentence) predicative(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if w := s.Tokens[j].Word; s.Tokens[j].Class.Has(lexicon.BeAux) || w == "seem" || w == "seems" || w == "remain" || w == "remains" {
			return true
		}
	}
	return false
}

// joiningSides reads "X joined Y in ...": X takes Y's part. It reports
// false for joining anything else ("X joined the board").
func (s *sentence) joiningSides(d *agreeReading) bool {
	d.object = s.Sides(d.k+1, min(d.objEnd, d.k+4))
	if len(d.object) == 0 || s.Word(d.object[0].End) != "in" {
		return false
	}
	d.object = d.object[:1]
	return true
}

// allySides reads allies: "an ally of X", "X and Y are allies", "its
// allies, X and Y", "X's allies, Y and Z", "X gained allies in its fight,
// including Y and Z". The allied sides are coordinated or named right
// after, and an actor the allies stand against ("allies against X") is
// none of them.
func (s *sentence) allySides(d *agreeReading) {
	k, start, end := d.k, d.start, d.end
	d.subject = s.coSubjects(d.subject)
	ms := s.Sides(k+1, end)
	if inc := s.FindWord(k+1, end, "including"); inc >= 0 {
		if after := s.Sides(inc+1, end); len(after) > 0 && after[0].First <= inc+3 {
			d.subject = s.Sides(start, k)
			ms = after
		}
	}
	if len(ms) > 0 && (ms[0].First <= k+3 || s.Word(ms[0].First-1) == "including" || s.Word(ms[0].First-2) == "including") {
		// Filtered in place: ms is this rule's own, and the rule need
		// allocate no list of its own.
		d.object = slices.DeleteFunc(s.coordinatedFrom(ms), func(m mention) bool {
			p := s.Word(m.First - 1)
			return p == "with" || p == "against" || p == "versus"
		})
	}
	if len(d.subject) == 0 && len(d.object) > 0 {
		if ms := s.Sides(start, k); len(ms) > 0 && s.Possessive(slices.IndexFunc(s.Mentions, func(x mention) bool { return x.First == ms[len(ms)-1].First })) {
			d.subject = ms[len(ms)-1:] // "X's allies, Y and Z"
		}
	}
}

// agreementFinding turns a read agreement cue into its finding: a weak
// disagreement when agreement is denied ("X will not agree with Y"); a
// bare cue when it names fewer than two actors but says "both" ("both
// share ..."), whose actors are those of the agreement just before; or an
// agreement among all it names.
func (r *reader) agreementFinding(d *agreeReading) (finding, bool) {
	s := &r.sents[d.i]
	agentIDs := distinct(d.subject)
	others := slices.DeleteFunc(distinct(d.object), func(a int) bool { return slices.Contains(agentIDs, a) })
	all := append(slices.Clip(agentIDs), others...)
	topic, rank := r.cueTopic(s, d.k, d.objEnd, d.end, isNoun(s.Tokens[d.k].Word), d.c)

	if d.negated && d.c == cueAgree {
		if len(agentIDs) == 0 || len(others) == 0 {
			return finding{}, false
		}
		f := finding{sents: []int{d.i}, agents: agentIDs, topic: topic, rank: rank, conf: confNegatedAgreement, rule: "not-agree"}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(d.start, d.end), sent: d.i})
		}
		for _, a := range others {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(d.k+1, d.end), sent: d.i})
		}
		return f, true
	}
	if len(all) < 2 {
		// "Both share ...", "both agree on ...", "both are alike in
		// ...".
		if !d.negated && (s.FindWord(d.start, d.k, "both") >= 0 || d.c == cueSimilar && s.FindWord(d.start, d.k, "neither") >= 0) {
			return finding{agree: true, cueOnly: true, sents: []int{d.i}, topic: topic, rank: rank, conf: d.c.strength()}, true
		}
		return finding{}, false
	}
	f := finding{agree: true, sents: []int{d.i}, agents: agentIDs, topic: topic, rank: rank, conf: d.c.strength(), rule: "agree:" + s.Tokens[d.k].Word}
	for _, a := range all {
		f.sides = append(f.sides, side{actor: a, stmt: s.cut(d.start, d.end), sent: d.i})
	}
	return f, true
}

// proStance reports whether token k says that its subject wants
// something done: "called for", "wants", "demanded", "pressed for". Such a
// stance is no disagreement by itself, but two actors holding it together,
// or one "also" holding it after another, agree.
func (s *sentence) proStance(k int) bool {
	switch s.Tokens[k].Word {
	case "want", "wants", "wanted", "demand", "demands", "demanded", "favour", "favours", "favoured",
		"favor", "favors", "favored":
		return !s.nounUse(k) && !s.negated(k)
	case "call", "calls", "called", "push", "pushes", "pushed", "press", "presses", "pressed":
		return s.Word(k+1) == "for" && !s.nounUse(k) && !s.negated(k)
	}
	return false
}

// stanceFor reads the wanting at token k of sentence i: a stance finding
// for "also" to match, and an agreement between coordinated subjects
// ("X and Y have called for the ban to be lifted").
func (r *reader) stanceFor(i, k int) []finding {
	s := &r.sents[i]
	start, end := s.ClauseStart(k), s.ClauseEnd(k)
	subject := slices.DeleteFunc(s.Sides(start, k), func(m mention) bool {
		return k-m.End > maxSubjectGap || s.pronounBetween(m.End, k)
	})
	if len(subject) == 0 || s.disowned(k) {
		return nil
	}
	agents := distinct(subject)
	also := s.FindWord(start, k, "also") >= 0
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
			g.sides = append(g.sides, side{actor: a, stmt: s.cut(s.withDeterminer(subject[0].First), s.statementEnd(k)), sent: i})
		}
		f.agents, f.sides = co, g.sides
		out[0] = f
		out = append(out, g)
	}
	return out
}
