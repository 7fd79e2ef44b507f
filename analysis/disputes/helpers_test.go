package disputes

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
	"github.com/docanalysis/docanalysis/internal/actortest"
)

// spec describes one actor of a test text; person, org and country
// shorten the specs of the tests.
type spec = actortest.Spec

var (
	person  = actortest.Person
	org     = actortest.Org
	country = actortest.Country
)

// withDemonyms returns sp with forms that mention it as a demonym
// ("Tallisian").
func withDemonyms(sp spec, forms ...string) spec { return sp.WithDemonyms(forms...) }

// newDoc segments src and builds its actors from specs, as the actors
// package would but without running it.
func newDoc(t testing.TB, src string, specs ...spec) (*text.Document, []actors.Actor) {
	t.Helper()
	return actortest.Doc(src, specs...)
}

// find runs Find and checks what every answer must satisfy.
func find(t testing.TB, doc *text.Document, acts []actors.Actor) ([]Point, []Agreement) {
	t.Helper()
	points, agreed, err := findDoc(context.Background(), doc, acts, withModel(t))
	if err != nil {
		t.Fatalf("Find = _, _, %v; want nil error", err)
	}
	checkPoints(t, doc, acts, points, agreed)
	// The engine passes a document whose tokens were found once for all
	// stages; the answer must be the same.
	shared := text.NewDocument(doc.Text, doc.Title)
	if reflect.DeepEqual(shared.Sentences, doc.Sentences) {
		p2, a2, err := findDoc(context.Background(), shared, acts, withModel(t))
		if err != nil || !reflect.DeepEqual(points, p2) || !reflect.DeepEqual(agreed, a2) {
			t.Errorf("Find(text.NewDocument) differs from Find on a literal Document (err %v)", err)
		}
	}
	return points, agreed
}

// checkPoints asserts the invariants of Find's answer: nothing invented,
// every span a sentence of the text, ids and order as documented.
func checkPoints(t testing.TB, doc *text.Document, acts []actors.Actor, points []Point, agreed []Agreement) {
	t.Helper()
	ids := map[string]bool{}
	for _, a := range acts {
		ids[a.ID] = true
	}
	sentence := func(sp text.Span) bool {
		return slices.ContainsFunc(doc.Sentences, func(s text.Sentence) bool { return s.Span == sp && !s.Headline })
	}
	checkEvidence := func(what string, ev []text.Span) {
		if len(ev) == 0 {
			t.Errorf("%s: no evidence", what)
		}
		for i, sp := range ev {
			if !sentence(sp) {
				t.Errorf("%s: evidence %v is not a body sentence", what, sp)
			}
			if i > 0 && sp.Start <= ev[i-1].Start {
				t.Errorf("%s: evidence not in text order", what)
			}
		}
	}
	seen := map[string]bool{}
	for i, p := range points {
		what := fmt.Sprintf("point %d (%s)", i, p.ID)
		if want := fmt.Sprintf("dispute-%d", i+1); p.ID != want {
			t.Errorf("%s: ID %q, want %q", what, p.ID, want)
		}
		if p.Confidence <= 0 || p.Confidence > 1 {
			t.Errorf("%s: confidence %v, want in (0, 1]", what, p.Confidence)
		}
		if i > 0 && p.Confidence > points[i-1].Confidence {
			t.Errorf("%s: confidence %v above the one before, %v", what, p.Confidence, points[i-1].Confidence)
		}
		if p.Topic != "" && !topicInText(doc.Text, p.Topic) {
			t.Errorf("%s: topic %q is not text of the document", what, p.Topic)
		}
		if !strings.HasSuffix(p.Description, ".") || p.Description == "" {
			t.Errorf("%s: description %q is not a sentence", what, p.Description)
		}
		checkEvidence(what, p.Evidence)
		key := fmt.Sprint(p.Evidence)
		if seen[key] {
			t.Errorf("%s: same evidence as an earlier point: %s", what, key)
		}
		seen[key] = true
		actorsSeen := map[string]bool{}
		for _, pos := range p.Positions {
			if !ids[pos.ActorID] {
				t.Errorf("%s: position for unknown actor %q", what, pos.ActorID)
			}
			if actorsSeen[pos.ActorID] {
				t.Errorf("%s: two positions for %s", what, pos.ActorID)
			}
			actorsSeen[pos.ActorID] = true
			if pos.Statement == "" || !strings.Contains(doc.Text, pos.Statement) {
				t.Errorf("%s: statement %q is not text of the document", what, pos.Statement)
			}
			for _, sp := range pos.Evidence {
				if !sentence(sp) {
					t.Errorf("%s: position evidence %v is not a body sentence", what, sp)
				}
			}
		}
		if len(actorsSeen) < 2 {
			t.Errorf("%s: %d sides, want at least 2", what, len(actorsSeen))
		}
	}
	for i, a := range agreed {
		what := fmt.Sprintf("agreement %d (%s)", i, a.ID)
		if want := fmt.Sprintf("agreement-%d", i+1); a.ID != want {
			t.Errorf("%s: ID %q, want %q", what, a.ID, want)
		}
		if a.Confidence <= 0 || a.Confidence > 1 {
			t.Errorf("%s: confidence %v, want in (0, 1]", what, a.Confidence)
		}
		if i > 0 && a.Confidence > agreed[i-1].Confidence {
			t.Errorf("%s: confidence %v above the one before", what, a.Confidence)
		}
		if a.Topic != "" && !topicInText(doc.Text, a.Topic) {
			t.Errorf("%s: topic %q is not text of the document", what, a.Topic)
		}
		checkEvidence(what, a.Evidence)
		distinct := map[string]bool{}
		for _, id := range a.ActorIDs {
			if !ids[id] {
				t.Errorf("%s: unknown actor %q", what, id)
			}
			distinct[id] = true
		}
		if len(distinct) < 2 || len(distinct) != len(a.ActorIDs) {
			t.Errorf("%s: actors %q, want two or more distinct", what, a.ActorIDs)
		}
	}
}

// sides returns the names of p's positions, sorted.
func sides(acts []actors.Actor, ids []string) []string {
	var out []string
	for _, id := range ids {
		for _, a := range acts {
			if a.ID == id {
				out = append(out, a.Name)
			}
		}
	}
	slices.Sort(out)
	return out
}

func positionIDs(p Point) []string {
	var out []string
	for _, pos := range p.Positions {
		out = append(out, pos.ActorID)
	}
	return out
}

func textSpan(start, end int) text.Span { return text.Span{Start: start, End: end} }

// reading is what one hand-written reading found, in the terms a test
// states: the stage before the model decides what is a point.
type reading struct {
	rule  string
	agree bool
	// stance is one side, or several together, against or for something
	// unnamed: no disagreement between its sides.
	stance bool
	sides  []string // the names of the actors on its sides and acting, sorted
	sents  []int    // indices into doc.Sentences
	topic  string
	conf   float64  // the hand-set confidence, a feature of the model
	stmts  []string // "name: statement", one per side with one
	id     int      // the disagreement's number in reading order, from 1, or 0
	joins  int      // the id of the disagreement this one answers, or 0
}

// readingsOf runs the readings of Find's first stage over doc.
func readingsOf(t testing.TB, doc *text.Document, acts []actors.Actor) []reading {
	t.Helper()
	r, err := read(context.Background(), doc, acts, nil)
	if err != nil {
		t.Fatalf("read = _, %v; want nil error", err)
	}
	defer r.release()
	c := r.readings()
	var out []reading
	for _, f := range c.findings {
		rd := reading{rule: f.rule, agree: f.agree, stance: f.stance, sents: slices.Clone(f.sents), topic: f.topic, conf: f.conf, id: f.id, joins: f.joins}
		for _, sd := range f.sides {
			rd.sides = append(rd.sides, acts[sd.actor].Name)
			if st := sd.stmt.In(r.Text); st != "" {
				rd.stmts = append(rd.stmts, acts[sd.actor].Name+": "+st)
			}
		}
		for _, a := range f.agents {
			rd.sides = append(rd.sides, acts[a].Name)
		}
		slices.Sort(rd.sides)
		rd.sides = slices.Compact(rd.sides)
		out = append(out, rd)
	}
	return out
}

// String shows a reading in test failures.
func (rd reading) String() string {
	kind := "disagree"
	switch {
	case rd.agree:
		kind = "agree"
	case rd.stance:
		kind = "stance"
	}
	return fmt.Sprintf("{%s %s %q sents %v topic %q conf %.2f stmts %q id %d joins %d}",
		kind, rd.rule, rd.sides, rd.sents, rd.topic, rd.conf, rd.stmts, rd.id, rd.joins)
}

// ofKind returns the disagreement readings of rds, or the agreement
// readings when agree is set. Stances are neither.
func ofKind(rds []reading, agree bool) []reading {
	var out []reading
	for _, rd := range rds {
		if rd.agree == agree && !rd.stance {
			out = append(out, rd)
		}
	}
	return out
}

// withSides returns the readings of rds whose sides are exactly names.
func withSides(rds []reading, names ...string) []reading {
	want := slices.Sorted(slices.Values(names))
	var out []reading
	for _, rd := range rds {
		if slices.Equal(rd.sides, want) {
			out = append(out, rd)
		}
	}
	return out
}

// twoSided returns the readings of rds that name two or more actors: the
// ones that could make a point or an agreement.
func twoSided(rds []reading) []reading {
	var out []reading
	for _, rd := range rds {
		if len(rd.sides) >= 2 {
			out = append(out, rd)
		}
	}
	return out
}

// sentsOf returns the sentences the readings rds hold, sorted, each once.
func sentsOf(rds []reading) []int {
	var out []int
	for _, rd := range rds {
		out = append(out, rd.sents...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// withModel returns the Options the engine passes: the embedded model.
func withModel(tb testing.TB) Options {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return Options{Model: m}
}

// findDoc reads doc with acts, as the engine does, runs Find on the
// reading and releases it.
func findDoc(ctx context.Context, doc *text.Document, acts []actors.Actor, opts Options) ([]Point, []Agreement, error) {
	rd, err := actors.Read(ctx, doc, acts)
	if err != nil {
		return nil, nil, err
	}
	defer rd.Release()
	return Find(ctx, rd, opts)
}

// topicInText reports whether topic is grounded in src: text of src as
// written, or, for a claim's question, after its "whether" with the first
// letter in either case (a sentence's first word is lower-cased there).
// Two rewritings are allowed, and the topic's words must then still be
// src's whole words, in src's order: an act's verb written as a gerund
// ("curbing" for "curb"), and a pronoun written as the name src first
// gives its actor (which the text writes before the pronoun).
func topicInText(src, topic string) bool {
	q, claim := strings.CutPrefix(topic, "whether ")
	if claim && q == "" {
		return false
	}
	if strings.Contains(src, q) || claim && strings.Contains(src, strings.ToUpper(q[:1])+q[1:]) {
		return true
	}
	// The text's words, and each topic word, without the marks around
	// them or a possessive.
	bare := func(w string) string {
		w = strings.Trim(w, `.,;:!?"“”‘’'()`)
		return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(src)) {
		words = append(words, bare(w))
	}
	at := 0 // the topic's words are looked for from here on
	for i, w := range strings.Fields(strings.ToLower(q)) {
		w = bare(w)
		k := slices.IndexFunc(words[at:], func(v string) bool {
			return v == w || i == 0 && !claim && strings.HasSuffix(w, "ing") && len(v) >= 2 && gerund(v) == w
		})
		if k < 0 {
			return false
		}
		at += k + 1
	}
	return true
}
