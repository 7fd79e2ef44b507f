package evaluate

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// tinyRefs are two references written for these tests, with articles of
// more than three sentences.
var tinyRefs = []Ref{
	{ID: "a", Article: "The dam will close in June. Repairs take four months.\n\nMills will move work elsewhere. The dam was built in 1842.",
		Highlights: "The dam will close in June.\nMills will move work elsewhere."},
	{ID: "b", Article: "Guilty on every count. A jury found the treasurer guilty of theft. He will be sentenced next month.",
		Highlights: "A jury found the treasurer guilty of theft."},
}

func TestGoRouge(t *testing.T) {
	preds := map[string]string{"a": "The dam will close in June.\nMills will move work elsewhere."}
	rep, err := GoRouge(tinyRefs, preds, "1", false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 2 || rep.MissingPredictions != 1 || rep.Lead != "lead1" {
		t.Errorf("report = %+v; want 2 documents, 1 missing prediction, lead1", rep)
	}
	// "a" is predicted exactly and "b" not at all: every system mean is 50.
	if rep.System.Rouge1 != 50 || rep.System.Rouge2 != 50 || rep.System.RougeLsum != 50 {
		t.Errorf("system = %+v; want 50 throughout", rep.System)
	}
	// Lead-1 ROUGE-1: in "a", 6 words predicted, all among the 11 of the
	// reference (P 1, R 6/11); in "b", the fragment shares "guilty" with
	// the 8 words of the reference (P 1/4, R 1/8).
	f1 := func(p, r float64) float64 { return 2 * p * r / (p + r) }
	wantBase := 100 * (f1(1, 6.0/11) + f1(1.0/4, 1.0/8)) / 2
	if math.Abs(rep.Baseline.Rouge1-wantBase) > 1e-9 {
		t.Errorf("lead1 ROUGE-1 = %v; want %v", rep.Baseline.Rouge1, wantBase)
	}
	if math.Abs(rep.Ratio.Rouge1-rep.System.Rouge1/rep.Baseline.Rouge1) > 1e-12 {
		t.Errorf("ratio %v is not system over baseline", rep.Ratio.Rouge1)
	}
	if _, err := GoRouge(tinyRefs, preds, "none", false); err == nil {
		t.Error("GoRouge(lead none) = _, nil; want an error")
	}
}

func TestCompareRouge(t *testing.T) {
	a := &RougeReport{Documents: 2, Stemming: true, System: RougeScores{Rouge1: 40}}
	if d := CompareRouge(a, a); len(d) != 0 {
		t.Errorf("CompareRouge(a, a) = %q; want none", d)
	}
	b := *a
	b.System.Rouge1 += 1e-6
	b.Stemming = false
	if d := CompareRouge(a, &b); len(d) != 2 {
		t.Errorf("CompareRouge = %q; want the stemming and the ROUGE-1 difference", d)
	}
}

func TestLoadSummaryPredictions(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "pred.jsonl")
	writeFile(t, jsonl, `{"id": "a", "summary": "One.\nTwo."}`+"\n"+`{"id": "b", "summary": ["Three.", "Four."]}`+"\n\n")
	got, err := LoadSummaryPredictions(jsonl, tinyRefs)
	if err != nil {
		t.Fatal(err)
	}
	if got["a"] != "One.\nTwo." || got["b"] != "Three.\nFour." {
		t.Errorf("JSONL predictions = %q", got)
	}
	writeFile(t, jsonl, `{"id": "a", "summary": 3}`)
	if _, err := LoadSummaryPredictions(jsonl, tinyRefs); err == nil || !strings.Contains(err.Error(), "summary") {
		t.Errorf("a numeric summary: err = %v; want one naming the summary", err)
	}

	// A folder of responses: key point contents one a line; a missing
	// file is a missing prediction.
	pred := filepath.Join(dir, "pred")
	if err := os.Mkdir(pred, 0o755); err != nil {
		t.Fatal(err)
	}
	a := &pb.DocumentAnalysis{Summary: &pb.Summary{KeyPoints: []*pb.SummarySentence{
		{Span: &pb.TextSpan{Content: "The dam will close in June."}}, {Span: &pb.TextSpan{Content: "Mills will move work elsewhere."}},
	}}}
	if err := WritePrediction(pred, "a", a); err != nil {
		t.Fatal(err)
	}
	got, err = LoadSummaryPredictions(pred, tinyRefs)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got["b"]; len(got) != 1 || ok || got["a"] != tinyRefs[0].Highlights {
		t.Errorf("folder predictions = %q; want only a, its key points one a line", got)
	}
}

// The Go port and rouge.py agree on predictions given as a file, with the
// Lead-3 baseline, on references written here.
func TestEvaluateSummaryPredictions(t *testing.T) {
	py, script := needScript(t, "rouge.py")
	dir := t.TempDir()
	refs := filepath.Join(dir, "refs.jsonl")
	writeFile(t, refs, `{"id": "a", "article": "The dam will close in June. Repairs take four months.\n\nMills will move work elsewhere. The dam was built in 1842.", "highlights": "The dam will close in June.\nMills will move work elsewhere."}
{"id": "b", "article": "Guilty on every count. A jury found the treasurer guilty of theft. He will be sentenced next month.", "highlights": "A jury found the treasurer guilty of theft."}
`)
	pred := filepath.Join(dir, "pred.jsonl")
	writeFile(t, pred, `{"id": "a", "summary": "Repairs take four months.\nThe dam was built in 1842."}
{"id": "b", "summary": "A jury found the treasurer guilty of theft."}
`)
	rep, err := EvaluateSummary(context.Background(), nil, SummaryConfig{
		Label: "files", Refs: refs, Split: SplitAll, Lead: "3", Out: filepath.Join(dir, "out"),
		Python: py, Rouge: script, Predictions: pred,
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rouge == nil || rep.GoRouge == nil {
		t.Fatalf("report = %+v; want both scorers' figures", rep)
	}
	if len(rep.RougeDiffs) > 0 {
		t.Errorf("the Go port and rouge.py disagree: %q", rep.RougeDiffs)
	}
	if rep.GoRouge.Ratio.Rouge1 <= 0 || rep.GoRouge.Documents != 2 {
		t.Errorf("Go report = %+v; want 2 documents and a ratio", rep.GoRouge)
	}
}

// SummarySets names the sets whose files are there, skips the others, and
// writes the CNN/DM sample without the articles gold/train holds.
func TestSummarySets(t *testing.T) {
	shared, out := t.TempDir(), t.TempDir()
	for _, d := range []string{"corpora/cnndm", "gold/train/texts"} {
		if err := os.MkdirAll(filepath.Join(shared, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(shared, "corpora/cnndm/test-sample.jsonl"),
		`{"id": "x1", "article": "Held in gold. Twice.", "highlights": "Held."}`+"\n"+
			`{"id": "x2", "article": "Not in gold. Once.", "highlights": "Not."}`+"\n")
	writeFile(t, filepath.Join(shared, "gold/train/texts/cnndm-x1.txt"), "Held in gold. Twice.\n")
	sets, skipped, err := SummarySets(shared, filepath.Join(out, "cv"), out)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, s := range sets {
		labels = append(labels, s.Config.Label)
	}
	if strings.Join(labels, " ") != "cnndm-sample cnndm-unseen" || len(skipped) != 2 {
		t.Fatalf("sets %q, skipped %q; want the two CNN/DM sets, BBC and gold/train skipped", labels, skipped)
	}
	refs, _, err := LoadRefs(sets[1].Config.Refs, SplitAll, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(refs) != 1 || refs[0].ID != "x2" {
		t.Errorf("unseen rows = %+v; want x2 alone", refs)
	}
}
