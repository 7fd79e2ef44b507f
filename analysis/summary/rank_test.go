package summary

import (
	"context"
	"math"
	"slices"
	"testing"
)

// offLeadStory opens with a sentence about something else, and its fifth
// sentence gathers the words the rest of the story keeps using: the body
// model prefers it to the lead by far.
const offLeadStory = `Crowds lined the quay at dawn to watch the tall ships sail in for the regatta.
The flood reached the town library overnight and soaked the archive in its basement.
Library staff moved the rarest archive books upstairs before the water rose further.
Volunteers spent the morning carrying damp books to the council hall to dry.
The library flood ruined part of the archive, and staff fear many archive books are lost for good.
The council said the library would stay shut until the basement is pumped dry.
Insurers are expected to inspect the library archive and the damaged books next week.`

// designPicks returns the key points' sentence indexes of doc summarised
// with dz, k key points, the embedded models.
func designPicks(t *testing.T, src string, dz design, k int) []int {
	t.Helper()
	ms, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return modelPicks(t, src, dz, k, ms)
}

// centralModel scores sentences by centrality alone: the design tests
// below check how designs use a model's scores, whatever the trained
// model makes of a story.
var centralModel = func() *Model {
	var ms Model
	ms.body.w[fCentrality] = 1
	return &ms
}()

// modelPicks is designPicks with the models given.
func modelPicks(t *testing.T, src string, dz design, k int, ms *Model) []int {
	t.Helper()
	doc := newDoc(src, "")
	opts := Options{MaxSentences: k}
	s, err := summarizeWith(context.Background(), doc, opts, ms, dz)
	if err != nil {
		t.Fatalf("summarizeWith = _, %v", err)
	}
	checkSummary(t, doc, s, opts)
	var out []int
	for _, kp := range s.KeyPoints {
		out = append(out, kp.Sentence)
	}
	return out
}

// Every design keeps the invariants of a summary, at several lengths, on
// the stories of the other tests too.
func TestDesignsInvariants(t *testing.T) {
	for _, dz := range []design{
		{lead: math.MaxInt, margin: math.Inf(1)},
		{lead: 3, margin: math.Inf(1)},
		{lead: 3, margin: 1},
		{lead: 3, margin: 0, window: 4},
		chosenDesign,
	} {
		for _, src := range []string{offLeadStory, harbourStory, longDoc(40)} {
			for _, k := range []int{1, 3, 5, 50} {
				designPicks(t, src, dz, k)
			}
		}
	}
}

func TestDesignOrder(t *testing.T) {
	order := design{lead: math.MaxInt, margin: math.Inf(1)}
	if got, want := designPicks(t, offLeadStory, order, 5), []int{0, 1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("document order: key points %v, want %v", got, want)
	}
	// The lead's three, then the body model: the off-topic lead stays,
	// and the central sentence comes in fourth.
	lead3 := design{lead: 3, margin: math.Inf(1)}
	got := modelPicks(t, offLeadStory, lead3, 4, centralModel)
	if !slices.Equal(got[:3], []int{0, 1, 2}) || !slices.Contains(got, 4) {
		t.Errorf("lead3 then body: key points %v, want 0, 1, 2 and the central 4", got)
	}
	// A margin too large to be met is document order.
	if got := designPicks(t, offLeadStory, design{lead: 3, margin: 1e9}, 3); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("margin 1e9: key points %v, want the lead 0, 1, 2", got)
	}
}

func TestDesignSwap(t *testing.T) {
	// With a margin of 0 a lead pick always takes the model's best: the
	// same sentences as the model alone.
	swap0 := modelPicks(t, offLeadStory, design{lead: 3, margin: 0}, 3, centralModel)
	body := modelPicks(t, offLeadStory, design{lead: 0, margin: math.Inf(1)}, 3, centralModel)
	if !slices.Equal(swap0, body) {
		t.Errorf("margin 0: key points %v, want the body model's %v", swap0, body)
	}
	if !slices.Contains(body, 4) || slices.Contains(body, 0) {
		t.Errorf("body model: key points %v, want the central sentence 4 and not the off-topic lead 0", body)
	}
	// A small margin lets the central sentence in, in the lead's place.
	if got := modelPicks(t, offLeadStory, design{lead: 3, margin: 0.5}, 3, centralModel); !slices.Contains(got, 4) {
		t.Errorf("margin 0.5: key points %v, want the central sentence 4 among them", got)
	}
	// A window keeps replacements within the first sentences.
	for _, p := range modelPicks(t, offLeadStory, design{lead: 3, margin: 0, window: 4}, 3, centralModel) {
		if p >= 4 {
			t.Errorf("window 4: key point %d, want only the first 4 sentences", p)
		}
	}
}

// designScores returns the body scores of src's sentences under ms and
// dz.
func designScores(t *testing.T, src string, ms *Model, dz design) []float64 {
	t.Helper()
	d := getDocTerms()
	defer putDocTerms(d)
	if err := d.read(context.Background(), newDoc(src, "")); err != nil {
		t.Fatal(err)
	}
	r := ranker{d: d, ms: ms, dz: dz}
	if err := r.score(context.Background()); err != nil {
		t.Fatal(err)
	}
	return slices.Clone(r.body)
}

// With expect set, a sentence restating the likely one gains on sentences
// sharing none of its words, though the model scores them alike; without
// it they stay tied.
func TestDesignExpect(t *testing.T) {
	src := `The council approved the harbour tunnel plan on Monday.
Fishermen sang old songs at the quay.
The harbour tunnel plan won the council's approval.
Bakers sold warm bread early.`
	var ms Model
	ms.body.w[fFirst] = 3 // the lead is likely, the rest alike
	scores := func(expect float64) []float64 { return designScores(t, src, &ms, design{expect: expect}) }
	if s := scores(0); s[1] != s[2] || s[2] != s[3] {
		t.Errorf("expect 0: scores %v, want sentences 1 to 3 tied", s)
	}
	s := scores(0.5)
	if !(s[2] > s[1] && s[2] > s[3]) {
		t.Errorf("expect 0.5: scores %v, want sentence 2, restating the lead, above 1 and 3", s)
	}
	if !(s[0] > s[2]) {
		t.Errorf("expect 0.5: scores %v, want the lead still first", s)
	}
}

// Below temperature 1 the expected gain counts what a sentence shares
// with the sentence the model rates best more, and what it shares with
// sentences rated alike and low less: restating the lead gains on
// echoing two unlikely sentences.
func TestDesignExpectTemp(t *testing.T) {
	src := `The council approved the harbour tunnel plan on Monday.
The harbour tunnel plan won the council's approval.
Bakers sold warm bread and cakes at the market.
The market bakers sold bread early.
Warm cakes and bread filled the market stalls.`
	var ms Model
	ms.body.w[fFirst] = 2 // the lead is likely, the rest alike
	lead := func(temp float64) float64 {
		s := designScores(t, src, &ms, design{expect: 0.5, expectTemp: temp})
		return s[1] - s[2] // restating the lead against echoing the rest
	}
	if hot, cold := lead(1), lead(0.25); !(cold > hot) {
		t.Errorf("score of the lead's restatement less the market sentence's: %.3f at temperature 0.25, %.3f at 1; want more at 0.25", cold, hot)
	}
	if one, zero := lead(1), lead(0); one != zero {
		t.Errorf("temperature 0 gives %.6f, temperature 1 %.6f: want 0 to mean 1", zero, one)
	}
}

// restatedStory's fourth sentence says the lead again in more words, as
// a photo caption or a summing-up does: similar to it at about 0.7, not
// the same sentence, and the most central of the story.
const restatedStory = `The council approved plans for a swimming pool in the centre of Dunmore.
Building work is due to start in the spring and last two years.
The old baths closed five years ago after the roof failed.
Plans for a swimming pool in the centre of Dunmore were approved by the council last night after a long and heated debate among residents and swimmers.
Parking near the site will be limited while the builders are there.`

// A sentence restating one already picked is left out even when it is
// not a copy: its words would score again the words the summary has.
func TestRestatementNotPicked(t *testing.T) {
	doc := newDoc(restatedStory, "")
	var d docTerms
	if err := d.read(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	r := ranker{d: &d}
	if sim := r.similarity(0, 3); sim < 0.6 || sim >= 0.75 {
		t.Fatalf("similarity of the lead and its restatement = %.3f, want it in [0.6, 0.75): the test needs a restatement, not a copy", sim)
	}
	got := modelPicks(t, restatedStory, chosenDesign, 4, centralModel)
	if slices.Contains(got, 0) == slices.Contains(got, 3) {
		t.Errorf("key points %v: want exactly one of the lead 0 and its restatement 3", got)
	}
}

// With a word cost, of two sentences the model scores alike the one
// running past freeWords loses by the cost of its extra words; within
// freeWords, or without the cost, they stay tied.
func TestDesignWordCost(t *testing.T) {
	src := `The council approved the harbour tunnel plan on Monday.
Fishermen sang old songs at the quay.
Bakers in the market square sold warm bread, fresh rolls, currant buns, seed cakes, oat biscuits, honey tarts and plum pies to a long queue of early shoppers before dawn on the first cold morning of the winter.`
	var ms Model
	ms.body.w[fFirst] = 3 // the lead is likely, the rest alike
	var d docTerms
	if err := d.read(context.Background(), newDoc(src, "")); err != nil {
		t.Fatal(err)
	}
	if w := d.sents[2].words; w != 38 {
		t.Fatalf("sentence 2 has %d words, want 38", w)
	}
	scores := func(dz design) []float64 { return designScores(t, src, &ms, dz) }
	if s := scores(design{}); s[1] != s[2] {
		t.Errorf("no word cost: scores %v, want sentences 1 and 2 tied", s)
	}
	if s := scores(design{wordCost: 0.1, freeWords: 40}); s[1] != s[2] {
		t.Errorf("38 words free: scores %v, want sentences 1 and 2 tied", s)
	}
	s := scores(design{wordCost: 0.1, freeWords: 30})
	if d := s[1] - s[2]; math.Abs(d-0.8) > 1e-9 {
		t.Errorf("word cost 0.1 past 30: sentence 2 scores %v below sentence 1, want 0.8 for its 8 extra words", d)
	}
}
