package disputes

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// noisyOr combines independent pieces of evidence for one point: each
// finding makes it likelier, none makes it certain.
func noisyOr(a, b float64) float64 {
	return 1 - (1-a)*(1-b)
}

// actorSet returns the distinct actors of f's sides.
func (f *finding) actorSet() []int {
	var out []int
	for _, sd := range f.sides {
		if !slices.Contains(out, sd.actor) {
			out = append(out, sd.actor)
		}
	}
	return out
}

func shared(a, b []int) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// addSentences adds sentences to f's evidence, keeping it sorted and
// without repeats.
func (f *finding) addSentences(sents ...int) {
	f.sents = append(f.sents, sents...)
	slices.Sort(f.sents)
	f.sents = slices.Compact(f.sents)
}

// absorb merges g into f.
func (r *reader) absorb(f, g *finding) {
	f.ids = append(f.ids, g.ids...)
	f.edges()
	for _, e := range g.edges() {
		if !slices.Contains(f.dir, e) {
			f.dir = append(f.dir, e)
		}
	}
	// Two readings of the same sentences are one piece of evidence, not
	// two: "X says A, but Y says B" is a contrast and an answer at once.
	same := !slices.ContainsFunc(g.sents, func(i int) bool { _, ok := slices.BinarySearch(f.sents, i); return !ok })
	f.addSentences(g.sents...)
	for _, sd := range g.sides {
		if !slices.ContainsFunc(f.sides, func(x side) bool { return x.actor == sd.actor && x.stmt == sd.stmt }) {
			f.sides = append(f.sides, sd)
		}
	}
	if g.rank > f.rank {
		f.topic, f.rank = g.topic, g.rank
	}
	if !strings.Contains(f.rule+"+", "+"+g.rule+"+") && !strings.HasPrefix(f.rule+"+", g.rule+"+") {
		f.rule += "+" + g.rule
	}
	if f.words != nil {
		f.words = append(f.words, r.wordsOf(g)...)
		slices.Sort(f.words)
		f.words = slices.Compact(f.words)
	}
	if same {
		f.conf = max(f.conf, g.conf)
	} else {
		f.conf = noisyOr(f.conf, g.conf)
	}
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

// group merges the findings of one kind (all disagreements or all
// agreements, in sentence order) into points: a cue-only finding joins the
// finding in the next sentence, or else the one before; and a finding
// joins an earlier one when both are one quarrel (see sameQuarrel).
func (r *reader) group(ctx context.Context, fs []finding) ([]finding, error) {
	// Cue-only findings first: "Their real difference is over X." then
	// the sentence that names the two sides.
	var full []finding
	var cueOnly []finding
	for _, f := range fs {
		if f.cueOnly {
			cueOnly = append(cueOnly, f)
		} else if !f.stance && len(f.actorSet()) >= 2 {
			full = append(full, f)
		}
	}
	for _, c := range cueOnly {
		at := c.sents[0]
		target := -1
		for _, want := range []int{at + 1, at, at - 1} {
			if c.agree && want > at {
				continue // "Both ..." refers back, never forward
			}
			// A bare "row" names no sides; it joins a finding that
			// stands on its own, and cannot lift a weak one over the bar.
			target = slices.IndexFunc(full, func(f finding) bool { return slices.Contains(f.sents, want) && f.conf >= minConfidence })
			if target >= 0 {
				break
			}
		}
		if target < 0 {
			continue
		}
		f := &full[target]
		f.addSentences(c.sents...)
		if c.rank > f.rank {
			f.topic, f.rank = c.topic, c.rank
		}
		f.conf = noisyOr(f.conf, c.conf/2)
	}

	var out []finding
	for fi, f := range full {
		if fi%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		f.ids = append(f.ids, f.id)
		merged := false
		// An answer goes with what it answers.
		if f.joins > 0 {
			for gi := range out {
				if slices.Contains(out[gi].ids, f.joins) {
					r.absorb(&out[gi], &f)
					merged = true
					break
				}
			}
		}
		for gi := len(out) - 1; gi >= 0 && !merged; gi-- {
			if r.sameQuarrel(&f, &out[gi]) {
				r.absorb(&out[gi], &f)
				merged = true
			}
		}
		if !merged {
			out = append(out, f)
		}
	}
	return out, ctx.Err()
}

// Grouping distances, in sentences.
const (
	// Findings this close that share a side are one exchange: "X
	// attacked Y. But Y said ..." or "Y, X said, had failed. Y denied it."
	adjacentGap = 1
	// Findings this close that share two sides are one quarrel.
	nearGap = 3
	// Further apart, findings that share two sides are one quarrel only
	// if they share this many content words: a story returns to its main
	// quarrel, but the same two sides may also quarrel over a second
	// point, which the gold standard, like a reader, counts apart.
	minSharedWords = 2
)

// sameQuarrel reports whether finding f belongs to the point g: they
// share a side and stand next to each other, or share two sides and stand
// near each other or speak of the same things. An actor and the body it
// speaks for count as one side. "X also attacked ..." opens a new point
// against the same side unless it names a second one.
func (r *reader) sameQuarrel(f, g *finding) bool {
	n := r.sharedSides(f.actorSet(), g.actorSet())
	if n == 0 {
		return false
	}
	if f.also && !f.agree && r.sharedSides(f.agents, g.agents) > 0 {
		// "X also attacked ...": the same critic's next point, kept
		// apart unless it speaks of the same things.
		return r.sharedWords(f, g) >= minSharedWords
	}
	gap := sentenceGap(f.sents, g.sents)
	if gap == 0 {
		// Readings of one sentence that share a side are one exchange.
		return true
	}
	if n >= 2 {
		switch {
		case gap <= nearGap && r.sameParagraph(f.sents, g.sents):
			return true
		case gap >= 2 && r.voiced(f, g):
			return true
		case gap <= adjacentGap && r.turnsBack(f, g):
			// "X rejected Y's plan." then, in a new paragraph, "Y's
			// leader accused X's side of ...": the attacked hitting
			// back is the same quarrel.
			return true
		}
		// A new paragraph may start a new point, even between the same
		// sides: only shared words keep it in the quarrel.
		return r.sharedWords(f, g) >= minSharedWords
	}
	// One shared side: two critics of one target, next to each other
	// ("X attacked Y. Z also criticised Y."). The same critic turning on
	// another target, or a target turning critic, is another point.
	if gap > adjacentGap || !r.sameParagraph(f.sents, g.sents) {
		return false
	}
	for _, x := range f.targets() {
		if slices.ContainsFunc(g.targets(), func(y int) bool { return r.affiliated(x, y) }) {
			return true
		}
	}
	return false
}

// turnsBack reports whether f acts against an actor of g's that acted
// against f's own side: one of f's agents was a target in g, and one of
// f's targets an agent there (or speaks for one side with them).
func (r *reader) turnsBack(f, g *finding) bool {
	for _, e := range g.edges() {
		for _, d := range f.edges() {
			if r.affiliated(d[0], e[1]) && r.affiliated(d[1], e[0]) {
				return true
			}
		}
	}
	return false
}

// edges returns who acted against whom in f and the findings it absorbed.
func (f *finding) edges() [][2]int {
	if f.dir != nil {
		return f.dir
	}
	for _, a := range f.agents {
		for _, t := range f.targets() {
			f.dir = append(f.dir, [2]int{a, t})
		}
	}
	return f.dir
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

// sharedSides counts the actors of a that are in b, or speak for one
// side with an actor of b.
func (r *reader) sharedSides(a, b []int) int {
	n := 0
	for _, x := range a {
		if slices.ContainsFunc(b, func(y int) bool { return r.affiliated(x, y) }) {
			n++
		}
	}
	return n
}

// voiced reports whether in every sentence between f and g one of the
// sides they share speaks or acts: a side's speech that runs over several
// sentences ("X attacked Y. He said: '...' ... X accused Y of ...") keeps
// one quarrel together.
func (r *reader) voiced(f, g *finding) bool {
	lo, hi := g.sents[len(g.sents)-1], f.sents[0]
	if hi < lo {
		lo, hi = f.sents[len(f.sents)-1], g.sents[0]
	}
	fs, gs := f.actorSet(), g.actorSet()
	silent := 0
	for j := lo + 1; j < hi; j++ {
		v, ok := r.voice(j)
		if !ok {
			// A sentence naming no one may go on with what the last
			// speaker said; two in a row have left the exchange.
			if silent++; silent > 1 {
				return false
			}
			continue
		}
		silent = 0
		in := func(set []int) bool { return slices.ContainsFunc(set, func(a int) bool { return r.affiliated(a, v) }) }
		if !in(fs) || !in(gs) {
			return false
		}
	}
	return true
}

// voice returns who speaks or acts in sentence j: the speaker of its first
// claim, or else its subject.
func (r *reader) voice(j int) (int, bool) {
	s := &r.sents[j]
	if len(s.claims) > 0 {
		return s.claims[0].speaker, true
	}
	if m, ok := s.subjectIn(0, len(s.toks)); ok {
		return m.actor, true
	}
	return 0, false
}

// sameParagraph reports whether a sentence of a and one of b share a
// paragraph: a story gives a new point a new paragraph.
func (r *reader) sameParagraph(a, b []int) bool {
	// Paragraphs grow with sentences, and both lists are sorted.
	for i, j := 0, 0; i < len(a) && j < len(b); {
		pa, pb := r.sents[a[i]].para, r.sents[b[j]].para
		switch {
		case pa == pb:
			return true
		case pa < pb:
			i++
		default:
			j++
		}
	}
	return false
}

// sentenceGap returns the least distance between a sentence of a and one
// of b.
func sentenceGap(a, b []int) int {
	// Both are sorted: walk them together.
	gap := -1
	for i, j := 0, 0; i < len(a) && j < len(b); {
		d := a[i] - b[j]
		if d < 0 {
			d = -d
		}
		if gap < 0 || d < gap {
			gap = d
		}
		if a[i] < b[j] {
			i++
		} else {
			j++
		}
	}
	return gap
}

// sharedWords counts the content words, names aside, that the sentences of
// f and g share; a sentence in both is left out, since it shares
// everything with itself.
func (r *reader) sharedWords(f, g *finding) int {
	if !slices.ContainsFunc(f.sents, func(i int) bool { _, ok := slices.BinarySearch(g.sents, i); return ok }) {
		return overlapSorted(r.wordsOf(f), r.wordsOf(g))
	}
	var only []int
	for _, i := range f.sents {
		if _, ok := slices.BinarySearch(g.sents, i); !ok {
			only = append(only, i)
		}
	}
	return overlapSorted(r.sentenceWords(only), r.wordsOf(g))
}

// wordsOf returns the sorted content words of f's sentences, kept with f
// as it absorbs others, so that a long quarrel is not read again for each
// finding compared with it.
func (r *reader) wordsOf(f *finding) []string {
	if f.words == nil {
		f.words = r.sentenceWords(f.sents)
	}
	return f.words
}

// sentenceWords returns the sorted content words, names aside, of the
// sentences ss.
func (r *reader) sentenceWords(ss []int) []string {
	out := []string{}
	for _, i := range ss {
		s := &r.sents[i]
		if s.kw == nil {
			s.kw = s.plainKeywords(0, len(s.toks))
		}
		out = append(out, s.kw...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// overlapSorted counts the words two sorted lists share.
func overlapSorted(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			n++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return n
}

// points turns grouped findings into Points.
func (r *reader) points(groups []finding) []Point {
	out := make([]Point, 0, len(groups))
	for _, g := range groups {
		if g.conf < minConfidence {
			continue
		}
		p := Point{
			Topic:      r.topicOf(&g),
			Evidence:   r.evidence(g.sents),
			Confidence: min(g.conf, maxConfidence),
		}
		if len(p.Evidence) == 0 {
			continue
		}
		for _, a := range g.actorSet() {
			pos := Position{ActorID: r.actors[a].ID, Statement: g.statement(a).In(r.src)}
			for _, sd := range g.sides {
				if sd.actor != a || r.sents[sd.sent].headline {
					continue
				}
				sp := r.sents[sd.sent].span
				if !slices.Contains(pos.Evidence, sp) {
					pos.Evidence = append(pos.Evidence, sp)
				}
			}
			slices.SortFunc(pos.Evidence, func(a, b text.Span) int { return a.Start - b.Start })
			p.Positions = append(p.Positions, pos)
		}
		p.Description = describe(r.names(g.actorSet()), "disagree over", p.Topic)
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

// agreements turns grouped agreement findings into Agreements.
func (r *reader) agreements(groups []finding) []Agreement {
	out := make([]Agreement, 0, len(groups))
	for _, g := range groups {
		if g.conf < minConfidence {
			continue
		}
		a := Agreement{
			Topic:      r.topicOf(&g),
			Evidence:   r.evidence(g.sents),
			Confidence: min(g.conf, maxConfidence),
		}
		if len(a.Evidence) == 0 {
			continue
		}
		set := g.actorSet()
		for _, x := range set {
			a.ActorIDs = append(a.ActorIDs, r.actors[x].ID)
		}
		a.Description = describe(r.names(set), "agree on", a.Topic)
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

// topicOf returns g's topic, or else a noun phrase of its first sentence.
func (r *reader) topicOf(g *finding) string {
	if g.topic != "" {
		return g.topic
	}
	for _, i := range g.sents {
		if t, _ := r.fallbackTopic(&r.sents[i]); t != "" {
			return t
		}
	}
	return ""
}

// evidence returns the spans of sentences sents, in text order.
func (r *reader) evidence(sents []int) []text.Span {
	sents = slices.Compact(slices.Sorted(slices.Values(sents)))
	out := make([]text.Span, 0, len(sents))
	for _, s := range sents {
		if !r.sents[s].headline {
			out = append(out, r.sents[s].span)
		}
	}
	return out
}

// names returns the canonical names of actors set.
func (r *reader) names(set []int) []string {
	out := make([]string, len(set))
	for i, a := range set {
		out[i] = r.actors[a].Name
		if out[i] == "" {
			out[i] = r.actors[a].ID
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

// statement returns actor a's statement in g: the first that is a's own,
// not the clause a shares with the other side ("X and Y clashed over
// ..."), or else the first.
func (g *finding) statement(a int) text.Span {
	first := text.Span{Start: -1}
	for _, sd := range g.sides {
		if sd.actor != a {
			continue
		}
		if first.Start < 0 {
			first = sd.stmt
		}
		if !slices.ContainsFunc(g.sides, func(o side) bool { return o.actor != a && o.stmt == sd.stmt }) {
			return sd.stmt
		}
	}
	return first
}
