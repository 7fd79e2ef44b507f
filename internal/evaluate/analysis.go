package evaluate

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// AnalysisConfig says what EvaluateAnalysis reads and writes.
type AnalysisConfig struct {
	// Gold lists gold files or folders. Each is scored on its own and,
	// when there are several, all together.
	Gold []string
	// Labels name the sets in tables, one per Gold entry; an entry left
	// out or empty names its set by its path.
	Labels []string
	// Out receives the predictions (Out/pred/<id>.json) and, for the
	// Python check of the combined set, Out/gold-all/.
	Out string
	// InFlight bounds the documents sent and unanswered; 0 means
	// DefaultInFlight.
	InFlight int
	// Python, when set, runs Scorer on the same files and the totals are
	// compared; nil skips the check.
	Python *Python
	// Scorer is the path of score_analysis.py.
	Scorer string
}

// DocError is a document the server refused or could not analyse.
type DocError struct {
	ID  string
	Err error
}

// SetResult is the score of one set of gold files.
type SetResult struct {
	// Label names the set in tables: the path as given, or "all".
	Label string
	Rows  []DocScore
	Total Totals
	// Python is score_analysis.py's report on the same files; nil when it
	// was not run.
	Python *ScoreReport
	// Diffs lists where Go and Python disagree; empty when they agree.
	Diffs []string
}

// AnalysisReport is the outcome of EvaluateAnalysis.
type AnalysisReport struct {
	// Sets holds one result per gold path, in order, then "all" when there
	// are several.
	Sets []SetResult
	// PredDir is where the predictions are.
	PredDir string
	// Failed lists the documents the server did not analyse; they score
	// as empty analyses, as a missing prediction does in the scorer.
	Failed []DocError
	// PythonSkipped says why the Python check did not run, or is empty.
	PythonSkipped string
	// Elapsed is the time spent in AnalyzeDocuments.
	Elapsed time.Duration
}

// Agree reports whether the Python check ran on every set and found no
// difference.
func (r *AnalysisReport) Agree() bool {
	for i := range r.Sets {
		if r.Sets[i].Python == nil || len(r.Sets[i].Diffs) > 0 {
			return false
		}
	}
	return true
}

// Disagree reports whether the Python check ran and found a difference.
func (r *AnalysisReport) Disagree() bool {
	for i := range r.Sets {
		if len(r.Sets[i].Diffs) > 0 {
			return true
		}
	}
	return false
}

// EvaluateAnalysis runs every gold document of cfg.Gold through svc with
// UTF-32 offsets, writes the predictions, scores them with the Go port and,
// when cfg.Python is set, with score_analysis.py too.
func EvaluateAnalysis(ctx context.Context, svc *Service, cfg AnalysisConfig) (*AnalysisReport, error) {
	if len(cfg.Gold) == 0 {
		return nil, errors.New("evaluate: no gold files given")
	}
	sets, all, err := loadGoldSets(cfg.Gold)
	if err != nil {
		return nil, err
	}
	rep := &AnalysisReport{PredDir: filepath.Join(cfg.Out, "pred")}
	if err := predict(ctx, svc, all, rep, cfg.InFlight); err != nil {
		return nil, err
	}
	for i, gs := range sets {
		res, err := scoreSet(cfg.label(i), gs, rep.PredDir)
		if err != nil {
			return nil, err
		}
		rep.Sets = append(rep.Sets, res)
	}
	if len(sets) > 1 {
		res, err := scoreSet("all", all, rep.PredDir)
		if err != nil {
			return nil, err
		}
		rep.Sets = append(rep.Sets, res)
	}
	if err := cfg.checkSets(ctx, rep, all); err != nil {
		return nil, err
	}
	return rep, nil
}

// loadGoldSets loads each folder of paths as a set, and all of them as
// one. One folder of predictions serves every set, so ids must not
// collide.
func loadGoldSets(paths []string) (sets [][]*Gold, all []*Gold, err error) {
	sets = make([][]*Gold, len(paths))
	seen := make(map[string]string)
	for i, p := range paths {
		gs, err := LoadGold(p)
		if err != nil {
			return nil, nil, err
		}
		for _, g := range gs {
			if prev, dup := seen[g.ID]; dup {
				return nil, nil, fmt.Errorf("evaluate: gold id %q is in both %s and %s", g.ID, prev, g.Path)
			}
			seen[g.ID] = g.Path
		}
		sets[i] = gs
		all = append(all, gs...)
	}
	return sets, all, nil
}

// label names gold set i in tables: its label if given, else its path.
func (cfg *AnalysisConfig) label(i int) string {
	if i < len(cfg.Labels) && cfg.Labels[i] != "" {
		return cfg.Labels[i]
	}
	return cfg.Gold[i]
}

// checkSets scores each of rep's sets with score_analysis.py, the last,
// "all", on a folder gathering the gold files of all; without Python it
// says why in rep.PythonSkipped.
func (cfg *AnalysisConfig) checkSets(ctx context.Context, rep *AnalysisReport, all []*Gold) error {
	if cfg.Python == nil {
		rep.PythonSkipped = "python3 not found"
		return nil
	}
	for i := range rep.Sets {
		var goldArg string
		if i < len(cfg.Gold) {
			goldArg = cfg.Gold[i]
		} else {
			// The script takes one gold path: gather the sets into one
			// folder whose files point at the original texts.
			goldArg = filepath.Join(cfg.Out, "gold-all")
			if err := writeCombinedGold(goldArg, all); err != nil {
				return err
			}
		}
		err := cfg.Python.checkSet(ctx, cfg.Scorer, goldArg, rep.PredDir, &rep.Sets[i])
		if errors.Is(err, ErrNoPython) {
			rep.PythonSkipped = err.Error()
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// predict sends golds' texts through svc with UTF-32 offsets and writes
// the answers to rep.PredDir, noting failed documents and the time taken
// in rep.
func predict(ctx context.Context, svc *Service, golds []*Gold, rep *AnalysisReport, inFlight int) error {
	if err := os.MkdirAll(rep.PredDir, 0o755); err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	reqs := make([]*pb.AnalyzeDocumentsRequest, len(golds))
	for i, g := range golds {
		if err := removePrediction(rep.PredDir, g.ID); err != nil {
			return err
		}
		reqs[i] = &pb.AnalyzeDocumentsRequest{
			Document:     &pb.Document{Id: g.ID, Text: g.Text, Title: g.DocumentTitle()},
			EncodingType: pb.EncodingType_ENCODING_TYPE_UTF32,
		}
	}
	failed, elapsed, err := analyzeInto(ctx, svc, reqs, inFlight, rep.PredDir)
	rep.Elapsed += elapsed
	if err != nil {
		return err
	}
	rep.Failed = append(rep.Failed, failed...)
	slices.SortFunc(rep.Failed, func(a, b DocError) int { return cmp.Compare(a.ID, b.ID) })
	return nil
}

// removePrediction removes the prediction file of document id from dir,
// if there is one: a file left from an earlier run would be scored if
// this run fails the document.
func removePrediction(dir, id string) error {
	if err := os.Remove(predictionFile(dir, id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("evaluate: %w", err)
	}
	return nil
}

// analyzeInto sends reqs through svc and writes each answer to predDir.
// It returns the documents the server did not analyse, by id, and the
// time spent.
func analyzeInto(ctx context.Context, svc *Service, reqs []*pb.AnalyzeDocumentsRequest, inFlight int, predDir string) ([]DocError, time.Duration, error) {
	var failed []DocError
	start := time.Now()
	err := svc.Analyze(ctx, reqs, inFlight, func(req *pb.AnalyzeDocumentsRequest, a *pb.DocumentAnalysis, err error) error {
		id := req.GetDocument().GetId()
		if err != nil {
			failed = append(failed, DocError{ID: id, Err: err})
			return nil
		}
		return WritePrediction(predDir, id, a)
	})
	elapsed := time.Since(start)
	if err != nil {
		return nil, elapsed, err
	}
	slices.SortFunc(failed, func(a, b DocError) int { return cmp.Compare(a.ID, b.ID) })
	return failed, elapsed, nil
}

// checkSet scores predDir against gold with score_analysis.py (script)
// and puts the scores in set, with where they differ from set's own.
func (py *Python) checkSet(ctx context.Context, script, gold, predDir string, set *SetResult) error {
	res, err := py.ScoreAnalysis(ctx, script, gold, predDir)
	if err != nil {
		return err
	}
	set.Python = res
	set.Diffs = CompareScores(set.Rows, set.Total, sortedLike(res, set.Rows))
	return nil
}

// scoreSet scores the predictions in predDir for golds.
func scoreSet(label string, golds []*Gold, predDir string) (SetResult, error) {
	res := SetResult{Label: label}
	for _, g := range golds {
		pred, err := LoadPrediction(predDir, g.ID)
		if err != nil {
			return res, err
		}
		row, err := ScoreDocument(g, pred)
		if err != nil {
			return res, err
		}
		res.Rows = append(res.Rows, row)
	}
	res.Total = Total(res.Rows)
	return res, nil
}

// sortedLike returns py with its rows in the order of rows' ids, so that
// the combined folder's name order does not read as a difference. Rows
// Python lacks or adds stay, and are reported.
func sortedLike(py *ScoreReport, rows []DocScore) *ScoreReport {
	byID := make(map[string]DocScore, len(py.Documents))
	for _, d := range py.Documents {
		byID[d.ID] = d
	}
	if len(byID) != len(rows) {
		return py
	}
	out := *py
	out.Documents = make([]DocScore, 0, len(rows))
	for _, r := range rows {
		d, ok := byID[r.ID]
		if !ok {
			return py
		}
		out.Documents = append(out.Documents, d)
	}
	return &out
}

// writeCombinedGold writes each gold file into dir as <id>.json, its
// "text_file" made absolute so that it still names the original text.
func writeCombinedGold(dir string, golds []*Gold) error {
	// The folder is this package's own; files of an earlier run with other
	// sets would be scored too.
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	for _, g := range golds {
		data, err := os.ReadFile(g.Path)
		if err != nil {
			return fmt.Errorf("evaluate: %w", err)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			return fmt.Errorf("evaluate: gold %s: %w", g.Path, err)
		}
		if _, inline := m["text"]; !inline {
			tf := g.TextFile
			if !filepath.IsAbs(tf) {
				tf = filepath.Join(filepath.Dir(g.Path), tf)
			}
			abs, err := filepath.Abs(tf)
			if err != nil {
				return fmt.Errorf("evaluate: %w", err)
			}
			m["text_file"] = abs
		}
		out, err := json.MarshalIndent(m, "", " ")
		if err != nil {
			return fmt.Errorf("evaluate: gold %s: %w", g.Path, err)
		}
		if err := os.WriteFile(filepath.Join(dir, g.ID+".json"), append(out, '\n'), 0o644); err != nil {
			return fmt.Errorf("evaluate: %w", err)
		}
	}
	return nil
}
