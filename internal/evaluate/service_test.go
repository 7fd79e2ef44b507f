package evaluate

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// defaultTestTimeout bounds what must happen: a few tiny documents through
// the real server.
const defaultTestTimeout = 30 * time.Second

// startService starts the in-memory service and stops it when the test
// ends.
func startService(t *testing.T) (*Service, context.Context) {
	t.Helper()
	svc, err := Start()
	if err != nil {
		t.Fatalf("Start = _, %v; want _, nil", err)
	}
	t.Cleanup(func() {
		if err := svc.Close(); err != nil {
			t.Errorf("Close = %v; want nil", err)
		}
	})
	ctx, cancel := context.WithTimeout(t.Context(), defaultTestTimeout)
	t.Cleanup(cancel)
	return svc, ctx
}

// optionalPython is the interpreter and a scorer's path when both are
// there, else nil and "".
func optionalPython(name string) (*Python, string) {
	py, err := FindPython("")
	if err != nil {
		return nil, ""
	}
	script := filepath.Join(sharedDir(), "eval", name)
	if _, err := os.Stat(script); err != nil {
		return nil, ""
	}
	return py, script
}

func TestEvaluateAnalysisEndToEnd(t *testing.T) {
	svc, ctx := startService(t)
	py, script := optionalPython("score_analysis.py")
	out := t.TempDir()
	// A stale prediction must not survive into the new run's scores.
	if err := os.MkdirAll(filepath.Join(out, "pred"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(out, "pred", "e2e.json"), `{"analysis": {"documentId": "stale"}}`)

	rep, err := EvaluateAnalysis(ctx, svc, AnalysisConfig{
		Gold: []string{"testdata/e2e", "testdata/gold/gamma.json"}, Out: out, InFlight: 2, Python: py, Scorer: script,
	})
	if err != nil {
		t.Fatalf("EvaluateAnalysis = _, %v; want _, nil", err)
	}
	if len(rep.Failed) > 0 {
		t.Errorf("failed documents: %v", rep.Failed)
	}
	if len(rep.Sets) != 3 || rep.Sets[2].Label != "all" || rep.Sets[2].Total.Documents != 2 {
		t.Fatalf("sets = %+v; want e2e, gamma and all (2 documents)", rep.Sets)
	}
	if py != nil && !rep.Agree() {
		t.Errorf("Go and score_analysis.py disagree: %+v", rep.Sets)
	}

	golds, err := LoadGold("testdata/e2e")
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(golds[0].Text)
	a, err := LoadPrediction(rep.PredDir, "e2e")
	if err != nil {
		t.Fatal(err)
	}
	if a.GetDocumentId() != "e2e" || len(a.GetActors()) == 0 || a.GetSummary() == nil {
		t.Fatalf("prediction = %v; want the e2e document's analysis with actors and a summary", a)
	}
	// Every span slices the text in code points: the request asked for
	// ENCODING_TYPE_UTF32.
	checkSpan := func(s *pb.TextSpan) {
		b, e := int(s.GetBegin()), int(s.GetEnd())
		if b < 0 || e > len(runes) || b > e || string(runes[b:e]) != s.GetContent() {
			t.Errorf("span [%d, %d) %q does not slice the text in code points", b, e, s.GetContent())
		}
	}
	for _, ac := range a.GetActors() {
		for _, m := range ac.GetMentions() {
			checkSpan(m.GetSpan())
		}
	}
	for _, k := range a.GetSummary().GetKeyPoints() {
		checkSpan(k.GetSpan())
	}
	for _, d := range a.GetDisputedPoints() {
		for _, e := range d.GetEvidence() {
			checkSpan(e)
		}
	}
	if _, err := os.Stat(filepath.Join(rep.PredDir, "gamma.json")); err != nil {
		t.Errorf("no prediction for gamma: %v", err)
	}
	var b strings.Builder
	if err := rep.WriteDocuments(&b); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteTotals(&b, ActorMetrics); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"e2e", "gamma", "actor f1", ">= 0.90 (#13)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestEvaluateAnalysisDuplicateIDs(t *testing.T) {
	svc, ctx := startService(t)
	_, err := EvaluateAnalysis(ctx, svc, AnalysisConfig{Gold: []string{"testdata/gold", "testdata/gold/beta.json"}, Out: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), `"beta"`) {
		t.Errorf("EvaluateAnalysis(same file twice) = _, %v; want an error naming the id", err)
	}
}

func TestEvaluateSummaryEndToEnd(t *testing.T) {
	svc, ctx := startService(t)
	py, script := optionalPython("rouge.py")
	out := t.TempDir()
	rep, err := EvaluateSummary(ctx, svc, SummaryConfig{
		Label: "tiny", Refs: "testdata/refs.jsonl", Split: SplitAll, Lead: LeadRef, Out: out, Python: py, Rouge: script,
	})
	if err != nil {
		t.Fatalf("EvaluateSummary = _, %v; want _, nil", err)
	}
	if rep.Documents != 3 || rep.SkippedTokenized != 1 || len(rep.Failed) > 0 {
		t.Errorf("report = %+v; want 3 documents, 1 tokenized row skipped, none failed", rep)
	}
	// The references written are the rows used, verbatim.
	f, err := os.Open(rep.RefsOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	refs, _, err := LoadRefs("testdata/refs.jsonl", SplitAll, 0)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	for i := 0; sc.Scan(); i++ {
		if i >= len(refs) || sc.Text() != string(refs[i].Line) {
			t.Errorf("refs.jsonl line %d = %q; want the row used", i+1, sc.Text())
		}
	}
	for _, r := range refs {
		a, err := LoadPrediction(rep.PredDir, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := len(a.GetSummary().GetKeyPoints())
		if n == 0 || n > RefSentences(r.Highlights) {
			t.Errorf("%s: %d key points; want 1 to %d, as many as the reference has", r.ID, n, RefSentences(r.Highlights))
		}
	}
	if py == nil {
		if rep.Rouge != nil || rep.RougeSkipped == "" {
			t.Errorf("without python: Rouge = %v, skipped %q; want nil and a reason", rep.Rouge, rep.RougeSkipped)
		}
		return
	}
	if rep.Rouge == nil || rep.Rouge.Documents != 3 || rep.Rouge.MissingPredictions != 0 || rep.Rouge.Lead != "leadref" {
		t.Fatalf("rouge = %+v; want 3 documents scored against leadref, none missing", rep.Rouge)
	}
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ROUGE-1", "ROUGE-Lsum", "leadref", "stemming"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
}
