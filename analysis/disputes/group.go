package disputes

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// points writes decoded disputed points out, most confident first.
func (r *reader) points(m *Model, c *candidates, pts []point) []Point {
	out := make([]Point, 0, len(pts))
	for _, pt := range pts {
		p := Point{
			Topic:      m.topicPhrase(r, c, &pt),
			Evidence:   r.evidence(pt.sents),
			Confidence: pt.conf,
		}
		// A side is one with a claim or act of its own in the text: the
		// two likeliest candidates that have one, and any other the side
		// model is sure of. A point with fewer is none.
		stmts := make([]text.Span, 0, len(pt.sides))
		var sides []int
		for n, a := range pt.ranked {
			if len(sides) >= 2 && pt.rankedProbs[n] < sideThreshold {
				break
			}
			st, sent, ok := r.statement(c, &pt, a, stmts)
			if !ok {
				continue
			}
			stmts = append(stmts, st)
			sides = append(sides, a)
			p.Positions = append(p.Positions, Position{
				ActorID: r.Actors[a].ID, Statement: st.In(r.Text), Evidence: []text.Span{r.sents[sent].Span},
			})
		}
		if len(sides) < 2 {
			continue
		}
		p.Description = describe(r.names(sides), "disagree over", p.Topic)
		// A body its spokesman speaks for holds the spokesman's position.
		for n := range len(sides) {
			for _, b := range r.bodiesOf(sides[n], sides) {
				sides = append(sides, b)
				pos := p.Positions[n]
				pos.ActorID = r.Actors[b].ID
				p.Positions = append(p.Positions, pos)
			}
		}
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b Point) int {
		if c := cmp.Compare(b.Confidence, a.Confidence); c != 0 {
			return c
		}
		return cmp.Compare(a.Evidence[0].Start, b.Evidence[0].Start)
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("dispute-%d", i+1)
	}
	return out
}

// agreements writes decoded agreements out, most confident first.
func (r *reader) agreements(m *Model, c *candidates, pts []point) []Agreement {
	out := make([]Agreement, 0, len(pts))
	for _, pt := range pts {
		a := Agreement{
			Topic:      m.topicPhrase(r, c, &pt),
			Evidence:   r.evidence(pt.sents),
			Confidence: pt.conf,
		}
		for _, x := range pt.sides {
			a.ActorIDs = append(a.ActorIDs, r.Actors[x].ID)
		}
		a.Description = describe(r.names(pt.sides), "agree on", a.Topic)
		sides := pt.sides
		for _, x := range pt.sides {
			for _, b := range r.bodiesOf(x, sides) {
				sides = append(sides[:len(sides):len(sides)], b)
				a.ActorIDs = append(a.ActorIDs, r.Actors[b].ID)
			}
		}
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(a, b Agreement) int {
		if c := cmp.Compare(b.Confidence, a.Confidence); c != 0 {
			return c
		}
		return cmp.Compare(a.Evidence[0].Start, b.Evidence[0].Start)
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("agreement-%d", i+1)
	}
	return out
}

// bodiesOf returns the bodies person a speaks for that are not among
// sides: the text calls one by the other ("Labour spokesman Fraser
// Kemp"), a's roles name it, or a is a minister of the document's one
// government. Readers name the party beside its spokesman, and a
// spokesman's words are the body's position; the sentences that quote the
// spokesman seldom name the body, so the side model, which weighs the
// actors a point's sentences name, would not find it.
func (r *reader) bodiesOf(a int, sides []int) []int {
	if r.Actors[a].Type != actors.Person {
		return nil
	}
	var out []int
	for b := range r.Actors {
		if r.Actors[b].Type != actors.Person && !slices.Contains(sides, b) && r.Affiliated(a, b) {
			out = append(out, b)
		}
	}
	if len(out) > 0 || !holdsMinistry(r.Actors[a].Roles) {
		return out
	}
	// A minister whose roles name no body speaks for the government.
	if gov := r.theGovernment(); gov >= 0 && !slices.Contains(sides, gov) && !r.Affiliated(a, gov) {
		for b := range r.Actors {
			if b != a && b != gov && r.Affiliated(a, b) {
				return out // a body of its own already among the sides
			}
		}
		out = append(out, gov)
	}
	return out
}

// theGovernment returns the one country actor the text calls a
// government ("the government", "the Bush administration"), or -1 when
// none or several are.
func (r *reader) theGovernment() int {
	gov := -1
	for a := range r.Actors {
		if r.Actors[a].Type != actors.Country {
			continue
		}
		for _, n := range r.Actors[a].Aliases {
			if hasWord(n, "government") || hasWord(n, "administration") {
				if gov >= 0 {
					return -1
				}
				gov = a
				break
			}
		}
	}
	return gov
}

// holdsMinistry reports whether one of roles is a government office: a
// minister, a secretary of state, a chancellor.
func holdsMinistry(roles []string) bool {
	for _, role := range roles {
		for _, w := range []string{"minister", "secretary", "chancellor", "pm"} {
			if hasWord(role, w) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether s holds w, in any case, as a whole word.
func hasWord(s, w string) bool {
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// statement returns what actor a holds or does in pt, and the sentence
// saying it: what a reading of pt's sentences gives a as its side, else
// what a is reported to say there, else the clause naming a, looked for in
// pt's sentences and then in the sentences beside them. A statement
// another side already has (taken) is not a's own: ok is false when a has
// none of its own.
func (r *reader) statement(c *candidates, pt *point, a int, taken []text.Span) (stmt text.Span, sent int, ok bool) {
	own := func(sp text.Span) bool { return sp.End > sp.Start && !slices.Contains(taken, sp) }
	for _, i := range pt.sents {
		for _, fi := range c.bySent[i] {
			for _, sd := range c.findings[fi].sides {
				if sd.actor == a && own(sd.stmt) {
					return sd.stmt, sd.sent, true
				}
			}
		}
	}
	// The point's sentences and the two beside them, listed on the stack
	// (a point holds at most maxEvidence).
	sents := append(make([]int, 0, maxEvidence+2), pt.sents...)
	sents = append(sents, pt.sents[0]-1, pt.sents[len(pt.sents)-1]+1)
	for _, i := range sents {
		if i < 0 || i >= len(r.sents) || r.sents[i].Headline {
			continue
		}
		s := &r.sents[i]
		for _, cl := range s.Claims {
			if cl.Speaker == a && cl.Sentence == i && cl.End > cl.First {
				if sp := s.cut(cl.First, cl.End); own(sp) {
					return sp, i, true
				}
			}
		}
		for _, m := range s.Mentions {
			if m.Actor != a {
				continue
			}
			if sp := s.cut(s.ClauseStart(m.First), s.ClauseEnd(m.First)); own(sp) {
				return sp, i, true
			}
		}
	}
	return text.Span{}, -1, false
}

// maxAlsoGap is how many sentences back "X also opposes ..." looks for
// the actor X sides with.
const maxAlsoGap = 3

// alsoAgreements turns "X also opposes ..." into agreements between X and
// the actor who, shortly before, took the same side.
func alsoAgreements(fs []finding) []finding {
	var out []finding
	for i := range fs {
		f := &fs[i]
		if !f.also || f.agree || len(f.agents) == 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			g := &fs[j]
			if f.sents[0]-g.sents[0] > maxAlsoGap+1 {
				break // findings are in sentence order: the rest are further
			}
			// "Also" repeats a stance of the same kind: the same cue
			// against ("will vote against", then "also opposes"), or a
			// wish for ("called for", then "also wanted"). An attack on
			// one side and opposition to the other's plan are not one
			// stance.
			if g.agree || g.cueOnly || len(g.agents) == 0 || f.sents[0]-g.sents[len(g.sents)-1] > maxAlsoGap {
				continue
			}
			if f.pro != g.pro || !f.pro && (f.cue != g.cue || !f.cue.against()) {
				continue
			}
			if slices.Contains(f.agents, g.agents[0]) {
				continue
			}
			a := finding{agree: true, conf: confAlso, topic: g.topic, rank: g.rank, rule: "also"}
			a.addSentences(g.sents...)
			a.addSentences(f.sents...)
			for _, ag := range g.agents {
				a.sides = append(a.sides, g.sideOf(ag))
			}
			for _, sd := range f.sides {
				if sd.actor == f.agents[0] {
					a.sides = append(a.sides, sd)
					break
				}
			}
			out = append(out, a)
			break
		}
	}
	return out
}

// addSentences adds sentences to f's evidence, keeping it sorted and
// without repeats.
func (f *finding) addSentences(sents ...int) {
	f.sents = append(f.sents, sents...)
	slices.Sort(f.sents)
	f.sents = slices.Compact(f.sents)
}

// evidence returns the spans of sentences sents, in text order.
func (r *reader) evidence(sents []int) []text.Span {
	sents = slices.Compact(slices.Sorted(slices.Values(sents)))
	out := make([]text.Span, 0, len(sents))
	for _, s := range sents {
		if !r.sents[s].Headline {
			out = append(out, r.sents[s].Span)
		}
	}
	return out
}

// names returns the canonical names of actors set.
func (r *reader) names(set []int) []string {
	out := make([]string, len(set))
	for i, a := range set {
		out[i] = r.Actors[a].Name
		if out[i] == "" {
			out[i] = r.Actors[a].ID
		}
	}
	return out
}

// describe builds "A, B and C disagree over the topic." from the parties'
// names, a verb phrase and the topic. The topic is quoted from the text, so
// the sentence invents nothing beyond its own frame.
func describe(names []string, verb, topic string) string {
	var b strings.Builder
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(n)
	}
	b.WriteString(" ")
	if topic == "" {
		// "agree on" and "disagree over" stand alone as "agree" and
		// "disagree".
		verb, _, _ = strings.Cut(verb, " ")
		b.WriteString(verb)
	} else {
		b.WriteString(verb)
		b.WriteString(" ")
		b.WriteString(topic)
	}
	b.WriteString(".")
	return b.String()
}

// actorSet returns the distinct actors of f's sides.
func (f *finding) actorSet() []int {
	var out []int
	for _, sd := range f.sides {
		out = appendUnique(out, sd.actor)
	}
	return out
}

// shared counts the members of a that are in b.
func shared(a, b []int) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// targets returns f's actors that are not among its agents: those acted
// against, or, in a contrast, the second side.
func (f *finding) targets() []int {
	var out []int
	for _, a := range f.actorSet() {
		if !slices.Contains(f.agents, a) {
			out = append(out, a)
		}
	}
	return out
}
