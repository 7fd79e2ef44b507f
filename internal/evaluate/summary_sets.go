package evaluate

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// SummarySet is one reference set of the summary evaluation and the
// ratio to Lead-3 its ROUGE-1, -2 and -Lsum must reach (issue 17).
type SummarySet struct {
	Config SummaryConfig
	Target float64
	// What says where the set comes from, for the table's notes.
	What string
}

// SummarySets lists issue 17's sets under the shared folder, all at three
// key points against Lead-3: the BBC test split, gold/train's
// cross-validated summaries (written by TestTrain -cv -out goldCV, make
// eval-summary), and the CNN/DailyMail sample, whole and without the
// articles gold/train also holds (their texts are trained on, with the
// readers' references, not the sample's highlights). A set whose files
// are missing is left out and named in skipped.
func SummarySets(shared, goldCV, out string) (sets []SummarySet, skipped []string, err error) {
	bbc := filepath.Join(shared, "corpora", "bbc-summary", "bbc-summary.jsonl")
	cnn := filepath.Join(shared, "corpora", "cnndm", "test-sample.jsonl")
	add := func(path string, s SummarySet) {
		if _, err := os.Stat(path); err != nil {
			skipped = append(skipped, path)
			return
		}
		sets = append(sets, s)
	}
	add(bbc, SummarySet{Target: 1.05, What: "BBC summary corpus, test split (NNN divisible by 5), extractive references",
		Config: SummaryConfig{Label: "bbc-test", Refs: bbc, Split: SplitTest, Lead: "3", Out: filepath.Join(out, "summary-bbc-test")}})
	cvRefs := filepath.Join(goldCV, "refs.jsonl")
	add(cvRefs, SummarySet{Target: 1.05, What: "gold/train summary_reference, 5-fold CV by fnv32a(id) % 5 (TestTrain -cv)",
		Config: SummaryConfig{Label: "gold-train-cv", Refs: cvRefs, Split: SplitAll, Lead: "3", Out: filepath.Join(out, "summary-gold-cv"),
			Predictions: filepath.Join(goldCV, "pred.jsonl")}})
	add(cnn, SummarySet{Target: 1.00, What: "CNN/DailyMail test sample, highlights",
		Config: SummaryConfig{Label: "cnndm-sample", Refs: cnn, Split: SplitAll, Lead: "3", Out: filepath.Join(out, "summary-cnndm")}})
	if _, err := os.Stat(cnn); err == nil {
		unseen := filepath.Join(out, "cnndm-unseen.jsonl")
		n, err := writeUnseen(cnn, filepath.Join(shared, "gold", "train", "texts"), unseen)
		if err != nil {
			return nil, nil, err
		}
		sets = append(sets, SummarySet{Target: 1.00, What: fmt.Sprintf("the sample less the %d articles in gold/train/texts", n),
			Config: SummaryConfig{Label: "cnndm-unseen", Refs: unseen, Split: SplitAll, Lead: "3", Out: filepath.Join(out, "summary-cnndm-unseen")}})
	}
	return sets, skipped, nil
}

// writeUnseen copies the rows of refs whose article is none of the texts
// in dir to path, and returns how many it left out.
func writeUnseen(refs, dir, path string) (int, error) {
	rows, _, err := LoadRefs(refs, SplitAll, 0)
	if err != nil {
		return 0, err
	}
	texts := map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range files {
		t, err := ReadText(f)
		if err != nil {
			return 0, err
		}
		texts[strings.TrimSpace(t)] = true
	}
	var b bytes.Buffer
	left := 0
	for _, r := range rows {
		if texts[strings.TrimSpace(r.Article)] {
			left++
			continue
		}
		b.Write(r.Line)
		b.WriteByte('\n')
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return 0, fmt.Errorf("evaluate: %w", err)
	}
	return left, os.WriteFile(path, b.Bytes(), 0o644)
}

// EvaluateSummarySets runs every set, scoring each with rouge.py and the
// Go port.
func EvaluateSummarySets(ctx context.Context, svc *Service, sets []SummarySet, py *Python, rougePy string, inFlight int) ([]*SummaryReport, error) {
	var reps []*SummaryReport
	for _, s := range sets {
		cfg := s.Config
		cfg.Python, cfg.Rouge, cfg.InFlight = py, rougePy, inFlight
		rep, err := EvaluateSummary(ctx, svc, cfg)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cfg.Label, err)
		}
		reps = append(reps, rep)
	}
	return reps, nil
}

// WriteSummarySets writes one table of every set's figures: system and
// Lead-3 by rouge.py, the ratio by rouge.py and by the Go port, and the
// target; then whether the two scorers agreed on each set.
func WriteSummarySets(w io.Writer, sets []SummarySet, reps []*SummaryReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "set\tdocs\tmetric\tsystem\tlead3\tratio (rouge.py)\tratio (Go)\ttarget\tmet")
	for i, r := range reps {
		g := r.GoRouge
		if g == nil {
			continue
		}
		pr := r.Rouge
		for j, f := range g.System.Fields() {
			if f.Name == "ROUGE-L" {
				continue // no target; rouge.py prints it
			}
			ratio := g.Ratio.Fields()[j].Value
			sys, base, pyRatio := f.Value, g.Baseline.Fields()[j].Value, "-"
			if pr != nil {
				sys, base = pr.System.Fields()[j].Value, pr.Baseline.Fields()[j].Value
				pyRatio = fmt.Sprintf("%.3f", pr.Ratio.Fields()[j].Value)
				ratio = pr.Ratio.Fields()[j].Value
			}
			met := "no"
			if ratio >= sets[i].Target {
				met = "yes"
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%.2f\t%.2f\t%s\t%.3f\t>= %.2f\t%s\n", r.Label, g.Documents, f.Name, sys, base, pyRatio, g.Ratio.Fields()[j].Value, sets[i].Target, met)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for i, r := range reps {
		fmt.Fprintf(w, "%s: %s\n", r.Label, sets[i].What)
	}
	for _, r := range reps {
		if err := r.WriteAgreement(w); err != nil {
			return err
		}
	}
	return nil
}
