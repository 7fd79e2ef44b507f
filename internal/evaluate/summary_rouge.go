package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/docanalysis/docanalysis/internal/rouge"
)

// LoadSummaryPredictions reads predictions as rouge.py's load_preds does:
// from a folder of <id>.json AnalyzeDocumentResponses, the key points'
// span contents one a line; from a JSONL file, each row's "summary" (a
// string, or a list joined by line breaks) under its "id".
func LoadSummaryPredictions(path string, refs []Ref) (map[string]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: predictions: %w", err)
	}
	out := make(map[string]string, len(refs))
	if st.IsDir() {
		for _, r := range refs {
			if _, err := os.Stat(predictionFile(path, r.ID)); err != nil {
				continue // missing: scores zero, as in rouge.py
			}
			a, err := LoadPrediction(path, r.ID)
			if err != nil {
				return nil, err
			}
			var lines []string
			for _, kp := range a.GetSummary().GetKeyPoints() {
				lines = append(lines, kp.GetSpan().GetContent())
			}
			out[r.ID] = strings.Join(lines, "\n")
		}
		return out, nil
	}
	err = eachJSONLine(path, "predictions", func(line []byte) (bool, error) {
		var row struct {
			ID      json.RawMessage `json:"id"`
			Summary json.RawMessage `json:"summary"`
		}
		if err := json.Unmarshal(line, &row); err != nil {
			return false, err
		}
		id, err := rowID(row.ID)
		if err != nil {
			return false, err
		}
		var s string
		var list []string
		switch {
		case len(row.Summary) == 0:
		case json.Unmarshal(row.Summary, &s) == nil:
		case json.Unmarshal(row.Summary, &list) == nil:
			s = strings.Join(list, "\n")
		default:
			return false, errors.New("summary is neither a string nor a list of strings")
		}
		out[id] = s
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// GoRouge scores preds against refs with the Go port of rouge.py
// (internal/rouge), with the same Lead baseline ("ref" or K), stemming or
// not as rouge.py did: the report has the shape of rouge.py's.
func GoRouge(refs []Ref, preds map[string]string, lead string, stem bool) (*RougeReport, error) {
	k := 0
	if lead != LeadRef {
		n, err := strconv.Atoi(lead)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("evaluate: lead %q: want ref or a positive number", lead)
		}
		k = n
	}
	sc := rouge.New(stem)
	sys := make([]rouge.Scores, 0, len(refs))
	base := make([]rouge.Scores, 0, len(refs))
	rep := &RougeReport{Documents: len(refs), Stemming: stem, Lead: "lead" + lead}
	for _, r := range refs {
		p, ok := preds[r.ID]
		if !ok {
			rep.MissingPredictions++
		}
		sys = append(sys, sc.Score(r.Highlights, p))
		n := k
		if n == 0 {
			n = len(rouge.Sentences(r.Highlights))
		}
		base = append(base, sc.Score(r.Highlights, rouge.Lead(r.Article, n)))
	}
	s, b := rouge.Totals(sys), rouge.Totals(base)
	rep.System, rep.Baseline, rep.Ratio = scores(s), scores(b), scores(rouge.Ratio(s, b))
	return rep, nil
}

func scores(s rouge.Scores) RougeScores {
	return RougeScores{Rouge1: s.Rouge1, Rouge2: s.Rouge2, RougeL: s.RougeL, RougeLsum: s.RougeLsum}
}

// CompareRouge lists every difference between the Go scorer's report and
// rouge.py's: documents, missing predictions and stemming must be equal,
// every figure within Tolerance. An empty list means the two agree.
func CompareRouge(goRep, py *RougeReport) []string {
	var diffs []string
	if goRep.Documents != py.Documents || goRep.MissingPredictions != py.MissingPredictions || goRep.Stemming != py.Stemming {
		diffs = append(diffs, fmt.Sprintf("documents/missing/stemming: Go %d/%d/%v, rouge.py %d/%d/%v",
			goRep.Documents, goRep.MissingPredictions, goRep.Stemming, py.Documents, py.MissingPredictions, py.Stemming))
	}
	for _, part := range []struct {
		name   string
		go_, p RougeScores
	}{{"system", goRep.System, py.System}, {py.Lead, goRep.Baseline, py.Baseline}, {"ratio", goRep.Ratio, py.Ratio}} {
		pf := part.p.Fields()
		for i, f := range part.go_.Fields() {
			if d := math.Abs(f.Value - pf[i].Value); !(d <= Tolerance) {
				diffs = append(diffs, fmt.Sprintf("%s %s: Go %.12g, rouge.py %.12g", part.name, f.Name, f.Value, pf[i].Value))
			}
		}
	}
	return diffs
}

// WriteAgreement says whether the Go scorer agreed with rouge.py on r,
// listing the differences when it did not.
func (r *SummaryReport) WriteAgreement(w io.Writer) error {
	switch {
	case r.GoRouge == nil:
		_, err := fmt.Fprintf(w, "%s: Go scorer not run\n", r.Label)
		return err
	case r.Rouge == nil:
		_, err := fmt.Fprintf(w, "%s: Go scorer only (rouge.py not run): ratios R1 %.3f R2 %.3f RLsum %.3f\n",
			r.Label, r.GoRouge.Ratio.Rouge1, r.GoRouge.Ratio.Rouge2, r.GoRouge.Ratio.RougeLsum)
		return err
	case len(r.RougeDiffs) == 0:
		_, err := fmt.Fprintf(w, "%s: the Go scorer and rouge.py agree on every figure (within %g)\n", r.Label, Tolerance)
		return err
	}
	fmt.Fprintf(w, "%s: the Go scorer and rouge.py DISAGREE:\n", r.Label)
	for _, d := range r.RougeDiffs {
		if _, err := fmt.Fprintf(w, "  %s\n", d); err != nil {
			return err
		}
	}
	return nil
}
