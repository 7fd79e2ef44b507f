package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"strings"
)

// Tolerance is how far a Go total may be from the Python scorer's before
// the two are said to disagree. The port does the same arithmetic in the
// same order, so in practice they agree to the bit.
const Tolerance = 1e-9

// Python runs the project's Python scorers. The zero value is not usable;
// see FindPython.
type Python struct {
	// Exe is the interpreter, as found on PATH.
	Exe string
}

// ErrNoPython means the interpreter or a scorer script is not there; the
// caller skips the Python side and says so.
var ErrNoPython = errors.New("evaluate: python3 not found")

// FindPython looks name ("python3" unless set) up on PATH, returning
// ErrNoPython when it is not there.
func FindPython(name string) (*Python, error) {
	if name == "" {
		name = "python3"
	}
	exe, err := exec.LookPath(name)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNoPython, err)
	}
	return &Python{Exe: exe}, nil
}

// run runs script with args and returns its standard output; a failure
// carries the script's standard error.
func (py *Python) run(ctx context.Context, script string, args ...string) ([]byte, error) {
	if _, err := os.Stat(script); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: scorer %s is missing", ErrNoPython, script)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, py.Exe, append([]string{script}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("evaluate: %s %s: %w: %s", py.Exe, script, err, strings.TrimSpace(stderr.String()))
	}
	return stdout.Bytes(), nil
}

// ScoreReport is what score_analysis.py --json prints.
type ScoreReport struct {
	Total     Totals     `json:"total"`
	Documents []DocScore `json:"documents"`
}

// ScoreAnalysis runs score_analysis.py GOLD PREDDIR --json.
func (py *Python) ScoreAnalysis(ctx context.Context, script, gold, predDir string) (*ScoreReport, error) {
	out, err := py.run(ctx, script, gold, predDir, "--json")
	if err != nil {
		return nil, err
	}
	var r ScoreReport
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("evaluate: reading %s output: %w", script, err)
	}
	return &r, nil
}

// RougeScores are ROUGE F1 figures, ×100 (or ratios, for a ratio).
type RougeScores struct {
	Rouge1    float64 `json:"rouge1"`
	Rouge2    float64 `json:"rouge2"`
	RougeL    float64 `json:"rougeL"`
	RougeLsum float64 `json:"rougeLsum"`
}

// Fields lists the four figures in the script's order.
func (s *RougeScores) Fields() []Field {
	return []Field{{"ROUGE-1", s.Rouge1}, {"ROUGE-2", s.Rouge2}, {"ROUGE-L", s.RougeL}, {"ROUGE-Lsum", s.RougeLsum}}
}

// RougeReport is what rouge.py --json prints, with the Lead-K keys
// ("leadref", "ratio_to_lead3", ...) read into fixed fields.
type RougeReport struct {
	// Documents is the number of references scored.
	Documents int `json:"documents"`
	// MissingPredictions counts references with no prediction file;
	// they score zero.
	MissingPredictions int `json:"missing_predictions"`
	// Stemming says whether NLTK's Porter stemmer was on; published ROUGE
	// figures use it.
	Stemming bool `json:"stemming"`
	// System is the predictions' mean F1, ×100.
	System RougeScores `json:"system"`
	// Lead names the baseline, as rouge.py does: "leadref", "lead3".
	Lead string `json:"lead"`
	// Baseline is Lead-K's mean F1 on the same references, ×100.
	Baseline RougeScores `json:"baseline"`
	// Ratio is System over Baseline, metric by metric.
	Ratio RougeScores `json:"ratio"`
}

// Rouge runs rouge.py REFS PREDDIR --lead LEAD --json.
func (py *Python) Rouge(ctx context.Context, script, refs, predDir, lead string) (*RougeReport, error) {
	out, err := py.run(ctx, script, refs, predDir, "--lead", lead, "--json")
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(out, &raw); err != nil {
		return nil, fmt.Errorf("evaluate: reading %s output: %w", script, err)
	}
	var r RougeReport
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("evaluate: reading %s output: %w", script, err)
	}
	r.Lead = "lead" + lead
	for key, dst := range map[string]*RougeScores{r.Lead: &r.Baseline, "ratio_to_" + r.Lead: &r.Ratio} {
		b, ok := raw[key]
		if !ok {
			return nil, fmt.Errorf("evaluate: %s printed no %q", script, key)
		}
		if err := json.Unmarshal(b, dst); err != nil {
			return nil, fmt.Errorf("evaluate: reading %s output: %w", script, err)
		}
	}
	return &r, nil
}

// CompareScores lists every difference between the Go scorer's rows and
// totals and Python's: per-document counts must be equal, totals within
// Tolerance. An empty list means the two agree.
func CompareScores(goRows []DocScore, goTotal Totals, py *ScoreReport) []string {
	var diffs []string
	if len(goRows) != len(py.Documents) {
		diffs = append(diffs, fmt.Sprintf("documents: Go scored %d, Python %d", len(goRows), len(py.Documents)))
	} else {
		for i := range goRows {
			if goRows[i] != py.Documents[i] {
				diffs = append(diffs, fmt.Sprintf("document %s: Go %+v, Python %+v", goRows[i].ID, goRows[i], py.Documents[i]))
			}
		}
	}
	if goTotal.Documents != py.Total.Documents {
		diffs = append(diffs, fmt.Sprintf("total documents: Go %d, Python %d", goTotal.Documents, py.Total.Documents))
	}
	pf := py.Total.Fields()
	for i, f := range goTotal.Fields() {
		if d := math.Abs(f.Value - pf[i].Value); !(d <= Tolerance) {
			diffs = append(diffs, fmt.Sprintf("%s: Go %.12g, Python %.12g", f.Name, f.Value, pf[i].Value))
		}
	}
	return diffs
}
