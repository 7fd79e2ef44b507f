package disputes

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
)

// tinyExamples are invented articles with their points marked: quarrels
// in some, none in others, in the way readers mark them.
func tinyExamples(t *testing.T) []Example {
	t.Helper()
	type art struct {
		src      string
		specs    []spec
		disputes [][2][]int // sentences, parties (indices into specs)
	}
	arts := []art{
		{"Ruth Okonkwo attacked the Transit Workers Union over the strike. The union said the strike would go ahead. Trains will not run on Friday.",
			[]spec{okonkwo, union}, [][2][]int{{{0, 1}, {0, 1}}}},
		{"Senator Hale accused the Ministry of Energy of hiding the cost of the dam. The ministry denied the claim. The dam opens next year.",
			[]spec{hale, ministry}, [][2][]int{{{0, 1}, {0, 1}}}},
		{"Veridian Motors reported higher sales. The Harbour Trust opened a new office. Both expect a good year.",
			[]spec{veridian, trust}, nil},
		{"Westbrook Council opened a library. Dara Quill read to children there. The library has ten thousand books.",
			[]spec{council, quill}, nil},
		{"The Greenfield Party criticised Westbrook Council over the closure of the pool. The council rejected the criticism. The pool shuts in May.",
			[]spec{green, council}, [][2][]int{{{0, 1}, {0, 1}}}},
		{"Veridian Motors hired Dara Quill as finance chief. Quill joins from the Treasury. She starts in June.",
			[]spec{veridian, quill, treasury}, nil},
	}
	var out []Example
	for _, a := range arts {
		doc, acts := newDoc(t, a.src, a.specs...)
		ex := Example{Doc: doc, Actors: acts}
		for _, d := range a.disputes {
			ex.Disputes = append(ex.Disputes, Labeled{Sentences: d[0], Parties: d[1], Required: true, Topic: "the strike"})
		}
		out = append(out, ex)
	}
	return out
}

// TestTrainTiny trains on invented articles: the same examples give the
// same bytes, the model reads back as written, and it finds the quarrel
// of an unseen article with its two sides but none in an unseen article
// without one.
func TestTrainTiny(t *testing.T) {
	ctx := context.Background()
	exs := tinyExamples(t)
	cfg := TrainConfig{MinDocs: 2, Folds: 2}
	m1, err := Train(ctx, exs, cfg)
	if err != nil {
		t.Fatalf("Train = _, %v", err)
	}
	m2, err := Train(ctx, exs, cfg)
	if err != nil {
		t.Fatalf("Train = _, %v", err)
	}
	var b1, b2 bytes.Buffer
	m1.WriteTo(&b1)
	m2.WriteTo(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("two trainings on the same examples wrote different models")
	}
	back, err := ReadModel(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatalf("ReadModel(WriteTo) = _, %v", err)
	}
	var b3 bytes.Buffer
	back.WriteTo(&b3)
	if !bytes.Equal(b1.Bytes(), b3.Bytes()) {
		t.Error("a model read back writes other bytes")
	}

	doc, acts := newDoc(t, "Martin Hale attacked the Harbour Trust over the dredging plan. The trust rejected his attack. Work starts in March.", hale, trust)
	points, _, err := findDoc(ctx, doc, acts, Options{Model: m1})
	if err != nil {
		t.Fatal(err)
	}
	checkPoints(t, doc, acts, points, nil)
	if len(points) == 0 {
		t.Fatal("no point in a plain quarrel")
	}
	if got := sides(acts, positionIDs(points[0])); strings.Join(got, ",") != "Harbour Trust,Martin Hale" {
		t.Errorf("sides = %q; want Harbour Trust and Martin Hale", got)
	}
	doc, acts = newDoc(t, "The Treasury published its accounts. Ruth Okonkwo presented them in Westbrook. The figures were as expected.", treasury, okonkwo)
	if points, _, _ = findDoc(ctx, doc, acts, Options{Model: m1}); len(points) != 0 {
		t.Errorf("%d points in an article without a quarrel; want none", len(points))
	}
}

// TestReadModelErrors checks that a damaged model file is refused with a
// message that says where.
func TestReadModelErrors(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"empty", "", "first line"},
		{"other header", "docanalysis-disputes-model 9\n", "first line"},
		{"short line", modelHeader + "\ndispute\tbias\n", "line 2"},
		{"bad weight", modelHeader + "\ndispute\tbias\tx\n", "bad weight"},
		{"not a number", modelHeader + "\ndispute\tbias\tNaN\n", "bad weight"},
		{"no table", modelHeader + "\nnope\tbias\t1\n", "no table"},
		{"no feature", modelHeader + "\ndispute\tnope\t1\n", "no feature"},
	} {
		_, err := ReadModel(strings.NewReader(tc.file))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: ReadModel = _, %v; want an error with %q", tc.name, err, tc.want)
		}
	}
}

// TestDefaultModel checks that the embedded model loads and names itself
// by its content.
func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatalf("Default = _, %v", err)
	}
	if len(m.words) == 0 || m.disputeThreshold <= 0 || m.agreeThreshold <= 0 || m.disputeCandidate <= 0 || m.agreeCandidate <= 0 {
		t.Errorf("embedded model: %v; want words and thresholds", m)
	}
	if v := DefaultVersion(); !strings.HasPrefix(v, "model-") || len(v) != len("model-")+12 {
		t.Errorf("DefaultVersion = %q", v)
	}
}

// TestSmoothed checks that a lone high F1 between low ones loses to a
// broad plateau once the values are averaged with their neighbours, and
// that the ends average over fewer values.
func TestSmoothed(t *testing.T) {
	fs := []float64{0.2, 0.2, 0.6, 0.2, 0.2, 0.4, 0.45, 0.4, 0.3}
	got := smoothed(fs, 1)
	best := 0
	for n := range got {
		if got[n] > got[best] {
			best = n
		}
	}
	if best != 6 {
		t.Errorf("smoothed(%v, 1) peaks at %d (%v), want 6, the plateau's middle", fs, best, got)
	}
	if want := (0.2 + 0.2) / 2; got[0] != want {
		t.Errorf("smoothed(...)[0] = %v, want %v, the mean of the first two", got[0], want)
	}
	if same := smoothed(fs, 0); !slices.Equal(same, fs) {
		t.Errorf("smoothed(fs, 0) = %v, want fs unchanged", same)
	}
}
