package summary

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// Model selection (make select-summary) chooses how key points are picked
// (the design, rank.go) on the BBC training split alone, so that the
// out-of-domain check (the CNN/DailyMail sample) and the BBC test split
// are read once, after the choice, by make eval-summary.
//
//	go test -run '^TestSelect$' ./analysis/summary -select [-shared DIR] [-out DIR]
//
// # Protocol
//
// Data: the BBC summary corpus's training split, the articles whose
// number is not divisible by 5 (as TestTrain reads it), in four folds by
// number mod 5. For each fold the body model is trained on the other
// three (trainPairwise, as TestTrain does) and every candidate summarises
// the held-out fold's articles with it: every figure is held out.
//
// Operating points, as make eval-summary has them:
//   - K=3: three key points, no title (the CNN/DailyMail setting: its rows
//     have none), against Lead-3;
//   - K=ref: as many key points as the reference has sentences, title
//     given (the BBC setting), against Lead-K of that length.
//
// Both are scored by ../shared/eval/rouge.py (ROUGE-1/2/L/Lsum F1, with
// NLTK's Porter stemmer when python3 has it; the table says). The
// baseline rouge.py scores is the first K sentences of the article by its
// own splitter: the article's line breaks are given to it as spaces, since
// BBC articles hold a paragraph a line and rouge.py would otherwise take
// K paragraphs, as it does in make eval-summary; here the baseline is the
// same sentence-level Lead-K as on CNN/DailyMail.
//
// # Candidates
//
// Declared before the first run, in order of how far they depart from
// document order (see selectCandidates). The rule below prefers the
// earlier of two that score alike.
//
// # Selection rule
//
// A candidate's score is the smallest of its six ratios to the baseline:
// ROUGE-1, ROUGE-2 and ROUGE-Lsum (the three targets) at K=3 and
// at K=ref. The issue asks for every one of them above 1, so the worst is
// what a design stands or falls by. The chosen design is the first
// candidate, in the declared order, whose score is within
// selectTolerance of the best score.
var (
	selectFlag = flag.Bool("select", false, "compare the key-point designs on the BBC training split and print the table")
	outFlag    = flag.String("out", "", "with -select, the folder for predictions and the table (default: a temporary one)")
)

// selectTolerance is how far below the best score a simpler design may be
// and still be chosen: half a percent of the baseline, about the
// difference one fold's articles make to a four-fold mean.
const selectTolerance = 0.005

// candidate is a key-point design under selection.
type candidate struct {
	name string
	dz   design
	what string
}

// selectCandidates are the designs compared, simplest first. They were
// fixed before the protocol was first run; see the comment on the flags.
var selectCandidates = []candidate{
	{"order", design{lead: math.MaxInt, margin: math.Inf(1)},
		"document order at every K: the lead, no model"},
	{"lead3+body", design{lead: 3, margin: math.Inf(1)},
		"lead's 3 in document order, then the body model (the design before selection)"},
	{"swap2", design{lead: 3, margin: 2},
		"lead's 3, each replaced by the model's best when it scores 2 more (odds e^2), then the model"},
	{"swap1", design{lead: 3, margin: 1},
		"as swap2 with margin 1"},
	{"swap0.5", design{lead: 3, margin: 0.5},
		"as swap2 with margin 0.5"},
	{"window4", design{lead: 3, margin: 0, window: 4},
		"lead's 3 re-chosen by the model within the first 4 sentences, then the model"},
	{"body", design{lead: 0, margin: math.Inf(1)},
		"the body model at every position"},
}

// operatingPoint is one setting at which the candidates are scored.
type operatingPoint struct {
	name  string
	lead  string // rouge.py's --lead: a number or "ref"
	title bool   // give the article's title as Document.Title
}

var selectPoints = []operatingPoint{
	{"K=3", "3", false},
	{"K=ref", "ref", true},
}

// rougeFigures are rouge.py's four F1 figures, ×100, or their ratios.
type rougeFigures struct {
	R1    float64 `json:"rouge1"`
	R2    float64 `json:"rouge2"`
	RL    float64 `json:"rougeL"`
	RLsum float64 `json:"rougeLsum"`
}

// rougeOut is what rouge.py --json prints, its Lead-K keys read apart.
type rougeOut struct {
	Documents int          `json:"documents"`
	Missing   int          `json:"missing_predictions"`
	Stemming  bool         `json:"stemming"`
	System    rougeFigures `json:"system"`
	Baseline  rougeFigures
	Ratio     rougeFigures
}

// TestSelect runs the model-selection protocol; see the comment on the
// flags above.
func TestSelect(t *testing.T) {
	if !*selectFlag {
		t.Skip("run with -select (make select-summary) to compare the key-point designs")
	}
	rouge := filepath.Join(*sharedFlag, "eval", "rouge.py")
	if _, err := os.Stat(rouge); err != nil {
		t.Skipf("select-summary: skipped: %v", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("select-summary: skipped: python3 not found: %v", err)
	}
	exs := loadTraining(t, filepath.Join(*sharedFlag, "corpora", "bbc-summary", "bbc-summary.jsonl"))
	out := *outFlag
	if out == "" {
		out = t.TempDir()
	}
	if err := os.MkdirAll(filepath.Join(out, "pred"), 0o755); err != nil {
		t.Fatal(err)
	}

	// The references, with line breaks as spaces so that rouge.py's
	// Lead-K is K sentences (see the protocol).
	var refs bytes.Buffer
	for _, ex := range exs {
		row, err := json.Marshal(map[string]string{
			"id": ex.id, "article": strings.ReplaceAll(ex.doc.Text, "\n", " "), "highlights": ex.ref,
		})
		if err != nil {
			t.Fatal(err)
		}
		refs.Write(row)
		refs.WriteByte('\n')
	}
	refsPath := filepath.Join(out, "refs.jsonl")
	if err := os.WriteFile(refsPath, refs.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// Held-out predictions of every candidate at every operating point.
	preds := make([][]bytes.Buffer, len(selectCandidates))
	for c := range preds {
		preds[c] = make([]bytes.Buffer, len(selectPoints))
	}
	ctx := context.Background()
	for fold := 1; fold <= 4; fold++ {
		var tr []*example
		for _, ex := range exs {
			if ex.fold != fold {
				tr = append(tr, ex)
			}
		}
		ms := fit(tr)
		for _, ex := range exs {
			if ex.fold != fold {
				continue
			}
			for p, op := range selectPoints {
				doc := *ex.doc
				if !op.title {
					doc.Title = ""
				}
				k := ex.nref
				if op.lead != "ref" {
					k = 3
				}
				for c, cand := range selectCandidates {
					s, err := summarizeWith(ctx, &doc, Options{MaxSentences: k}, ms, cand.dz)
					if err != nil {
						t.Fatal(err)
					}
					row, err := json.Marshal(map[string]string{"id": ex.id, "summary": keyPointText(&doc, s)})
					if err != nil {
						t.Fatal(err)
					}
					preds[c][p].Write(row)
					preds[c][p].WriteByte('\n')
				}
			}
		}
	}

	// Score every prediction file with rouge.py, a few at once.
	res := make([][]rougeOut, len(selectCandidates))
	errs := make(chan error, len(selectCandidates)*len(selectPoints))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	for c, cand := range selectCandidates {
		res[c] = make([]rougeOut, len(selectPoints))
		for p, op := range selectPoints {
			path := filepath.Join(out, "pred", cand.name+"."+strings.TrimPrefix(op.name, "K=")+".jsonl")
			if err := os.WriteFile(path, preds[c][p].Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				r, err := runRouge(py, rouge, refsPath, path, op.lead)
				if err != nil {
					errs <- err
					return
				}
				res[c][p] = r
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	table, chosen := selectTable(len(exs), res)
	if err := os.WriteFile(filepath.Join(out, "table.txt"), []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("model selection on the BBC training split (%s):\n%s", out, table)
	if selectCandidates[chosen].dz != chosenDesign {
		t.Logf("NOTE: the protocol chooses %q, but Summarize uses another design (chosenDesign in rank.go)", selectCandidates[chosen].name)
	}
}

// runRouge runs rouge.py REFS PRED --lead LEAD --json.
func runRouge(py, script, refs, pred, lead string) (rougeOut, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(py, script, refs, pred, "--lead", lead, "--json")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return rougeOut{}, fmt.Errorf("%s %s: %w: %s", script, pred, err, strings.TrimSpace(stderr.String()))
	}
	var r rougeOut
	var raw map[string]json.RawMessage
	if err := errors.Join(json.Unmarshal(stdout.Bytes(), &r), json.Unmarshal(stdout.Bytes(), &raw)); err != nil {
		return rougeOut{}, fmt.Errorf("%s output: %w", script, err)
	}
	for key, dst := range map[string]*rougeFigures{"lead" + lead: &r.Baseline, "ratio_to_lead" + lead: &r.Ratio} {
		b, ok := raw[key]
		if !ok {
			return rougeOut{}, fmt.Errorf("%s printed no %q", script, key)
		}
		if err := json.Unmarshal(b, dst); err != nil {
			return rougeOut{}, fmt.Errorf("%s output: %w", script, err)
		}
	}
	return r, nil
}

// selectScore is a candidate's score under the selection rule: its
// smallest ROUGE-1, -2 or -Lsum ratio to the baseline over the operating
// points.
func selectScore(rs []rougeOut) float64 {
	s := math.Inf(1)
	for _, r := range rs {
		s = min(s, r.Ratio.R1, r.Ratio.R2, r.Ratio.RLsum)
	}
	return s
}

// selectChoice applies the selection rule to the candidates' scores, in
// their declared order: the first within selectTolerance of the best.
func selectChoice(scores []float64) int {
	best := math.Inf(-1)
	for _, s := range scores {
		best = max(best, s)
	}
	for i, s := range scores {
		if s >= best-selectTolerance {
			return i
		}
	}
	return -1
}

// selectTable formats the figures of every candidate and names the
// chosen one, whose index it returns.
func selectTable(docs int, res [][]rougeOut) (string, int) {
	scores := make([]float64, len(res))
	for c := range res {
		scores[c] = selectScore(res[c])
	}
	chosen := selectChoice(scores)
	var b strings.Builder
	fmt.Fprintf(&b, "%d held-out BBC training articles (4 folds by number mod 5), rouge.py, stemming %v\n", docs, res[0][0].Stemming)
	fmt.Fprintf(&b, "F1 x100 R1/R2/RL/RLsum, then ratio to the baseline R1/R2/RLsum; score = the smallest ratio; tolerance %.3f\n", selectTolerance)
	fmt.Fprintf(&b, "%-11s", "")
	for _, op := range selectPoints {
		fmt.Fprintf(&b, " | %-42s", op.name+" (lead"+op.lead+", title "+map[bool]string{true: "given", false: "none"}[op.title]+")")
	}
	b.WriteString(" | score\n")
	fmt.Fprintf(&b, "%-11s", "baseline")
	for p := range selectPoints {
		f := res[0][p].Baseline
		fmt.Fprintf(&b, " | %5.2f %5.2f %5.2f %5.2f %18s", f.R1, f.R2, f.RL, f.RLsum, "")
	}
	b.WriteString(" |\n")
	for c, cand := range selectCandidates {
		fmt.Fprintf(&b, "%-11s", cand.name)
		for p := range selectPoints {
			f, q := res[c][p].System, res[c][p].Ratio
			fmt.Fprintf(&b, " | %5.2f %5.2f %5.2f %5.2f  %.3f %.3f %.3f", f.R1, f.R2, f.RL, f.RLsum, q.R1, q.R2, q.RLsum)
		}
		mark := ""
		if c == chosen {
			mark = "  <- chosen"
		}
		fmt.Fprintf(&b, " | %.3f%s\n", scores[c], mark)
	}
	b.WriteString("\ncandidates:\n")
	for _, cand := range selectCandidates {
		fmt.Fprintf(&b, "  %-11s %s\n", cand.name, cand.what)
	}
	return b.String(), chosen
}

// The selection rule's arithmetic, on made-up figures.
func TestSelectChoice(t *testing.T) {
	for _, tc := range []struct {
		scores []float64
		want   int
	}{
		{[]float64{1.00, 1.02, 1.01}, 1},
		{[]float64{1.00, 1.004, 1.001}, 0}, // within the tolerance: the simplest
		{[]float64{0.90, 1.010, 1.012}, 1},
		{[]float64{0.99}, 0},
	} {
		if got := selectChoice(tc.scores); got != tc.want {
			t.Errorf("selectChoice(%v) = %d, want %d", tc.scores, got, tc.want)
		}
	}
	rs := []rougeOut{
		{Ratio: rougeFigures{R1: 1.1, R2: 0.9, RL: 0.5, RLsum: 1.2}},
		{Ratio: rougeFigures{R1: 1.3, R2: 1.2, RL: 0.1, RLsum: 0.95}},
	}
	if got := selectScore(rs); got != 0.9 {
		t.Errorf("selectScore = %v, want 0.9 (ROUGE-L is no target)", got)
	}
}
