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
		for _, sb := range r.bodies(sides) {
			pos := p.Positions[sb.side]
			pos.ActorID = r.Actors[sb.body].ID
			pos.Evidence = slices.Clone(pos.Evidence)
			p.Positions = append(p.Positions, pos)
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
		for _, sb := range r.bodies(pt.sides) {
			a.ActorIDs = append(a.ActorIDs, r.Actors[sb.body].ID)
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

// sideBody is a body that the person of sides[side] speaks for.
type sideBody struct{ side, body int }

// bodies returns the bodies the people of sides speak for that are not
// sides themselves, each with the side speaking for it. Readers name the
// party beside its spokesman and the government beside its minister,
// and a spokesman's words are the body's position; the sentences quoting
// the spokesman seldom name the body, so the side model, which weighs
// the actors a point's sentences name, would not find it. A body two
// sides speak for, in a quarrel inside it, is left out: it holds neither
// position.
func (r *reader) bodies(sides []int) []sideBody {
	var out []sideBody
	for n, a := range sides {
		for _, b := range r.bodiesOf(a) {
			if slices.Contains(sides, b) {
				continue
			}
			if k := slices.IndexFunc(out, func(sb sideBody) bool { return sb.body == b }); k >= 0 {
				out[k].side = -1 // claimed twice
				continue
			}
			out = append(out, sideBody{n, b})
		}
	}
	return slices.DeleteFunc(out, func(sb sideBody) bool { return sb.side < 0 })
}

// bodiesOf returns the bodies person a speaks for: an organisation or a
// country one of a's present roles names ("Labour spokesman", "general
// secretary of Unison"), or, for a minister whose roles name none, the
// document's one government. A former office speaks for nobody.
func (r *reader) bodiesOf(a int) []int {
	act := &r.Actors[a]
	if act.Type != actors.Person {
		return nil
	}
	var out []int
	for b := range r.Actors {
		if b == a || !isBody(r.Actors[b].Type) {
			continue
		}
		for _, role := range act.Roles {
			if !formerRole(role) && actors.RoleNames(role, &r.Actors[b]) {
				out = append(out, b)
				break
			}
		}
	}
	if len(out) > 0 || !slices.ContainsFunc(act.Roles, isMinistry) {
		return out
	}
	if gov := r.theGovernment(); gov >= 0 {
		out = append(out, gov)
	}
	return out
}

// isBody reports whether an actor of type t can be spoken for: an
// organisation or a country, not a group of people or a place.
func isBody(t actors.Type) bool {
	return t == actors.Organization || t == actors.Country
}

// formerRole reports whether role is one its holder no longer holds, or
// holds against a government: "former minister", "shadow chancellor".
func formerRole(role string) bool {
	// The words are compared as lowerIs does, not lower-cased: this runs
	// for every role of every side, and a lower-case copy of each was
	// most of the disputes stage's small allocations.
	for w := range strings.FieldsSeq(role) {
		for _, marker := range [...]string{"former", "ex", "shadow", "opposition", "retired"} {
			if lowerIs(w, marker) {
				return true
			}
		}
		if len(w) >= 3 && lowerIs(w[:3], "ex-") {
			return true
		}
	}
	return false
}

// lowerIs reports whether strings.ToLower(w) == lower, for lower in
// lower-case ASCII without a 'k': no character outside ASCII lowers to
// such a letter (only the Kelvin sign lowers to one, 'k'), so w must be
// lower's letters in either case, byte for byte.
func lowerIs(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// isMinistry reports whether role is a present government office: a
// minister, a chancellor, a prime minister, or a secretary whose office
// is named before it with a capital ("Home Secretary") or after it
// ("secretary of state"). "general secretary" and "vice-chancellor"
// are none.
func isMinistry(role string) bool {
	if formerRole(role) {
		return false
	}
	words := strings.Fields(role)
	for i, w := range words {
		switch strings.ToLower(w) {
		case "minister", "chancellor", "pm":
			return true
		case "secretary":
			before := i > 0 && words[i-1] != "" && 'A' <= words[i-1][0] && words[i-1][0] <= 'Z' && !strings.EqualFold(words[i-1], "general")
			if before || i+2 < len(words) && strings.EqualFold(words[i+1], "of") && strings.EqualFold(words[i+2], "state") {
				return true
			}
		}
	}
	return false
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
			if text.ContainsWords(n, "government") || text.ContainsWords(n, "administration") {
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

// statement returns what actor a holds or does in pt, and the sentence
// saying it: what a reading of pt's sentences gives a as its side, else
// what a is reported to say there or in the sentences beside them, else
// the clause naming a in those sentences. A statement
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
	// What a is reported to say anywhere there comes before a clause that
	// merely names it: "X's mayor said ...", then "X said the toll would
	// hurt shops" gives X the second.
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
	}
	for _, i := range sents {
		if i < 0 || i >= len(r.sents) || r.sents[i].Headline {
			continue
		}
		s := &r.sents[i]
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
