package evaluate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/rouge"
)

// Splits of a reference file. The BBC summary corpus is split by article
// number: NNN divisible by 5 is test (445 articles), the rest train.
const (
	SplitTest  = "test"
	SplitTrain = "train"
	SplitAll   = "all"
)

// LeadRef asks for as many sentences as the reference has, and for the
// Lead baseline of that length.
const LeadRef = "ref"

// maxKeyPoints is the API's ceiling on SummaryOptions.max_sentences.
const maxKeyPoints = 50

// Ref is one reference row of a summary corpus.
type Ref struct {
	ID      string
	Title   string // the headline, when the corpus has one (BBC)
	Article string
	// Highlights are the reference sentences, one a line.
	Highlights string
	// Line is the row as read, written back verbatim for rouge.py.
	Line []byte
}

// refRow is the JSON shape of a reference row; id may be a number.
type refRow struct {
	ID         json.RawMessage `json:"id"`
	Title      string          `json:"title"`
	Article    string          `json:"article"`
	Highlights string          `json:"highlights"`
	Summary    string          `json:"summary"`
	Tokenized  bool            `json:"tokenized"`
}

// LoadRefs reads a JSONL reference file, keeps the rows of split that are
// not tokenized, and stops after limit rows when limit > 0. skipped counts
// the tokenized rows left out.
func LoadRefs(path, split string, limit int) (refs []Ref, skipped int, err error) {
	if split != SplitTest && split != SplitTrain && split != SplitAll {
		return nil, 0, fmt.Errorf("evaluate: split %q: want test, train or all", split)
	}
	err = eachJSONLine(path, "references", func(line []byte) (bool, error) {
		var row refRow
		if err := json.Unmarshal(line, &row); err != nil {
			return false, err
		}
		id, err := rowID(row.ID)
		if err != nil {
			return false, err
		}
		if split != SplitAll {
			test, err := isTestID(id)
			if err != nil {
				return false, err
			}
			if test != (split == SplitTest) {
				return true, nil
			}
		}
		// A PTB-tokenized article ("team 's") is not text a client would
		// send; the CNN/DM sample marks such rows.
		if row.Tokenized {
			skipped++
			return true, nil
		}
		// rouge.py reads "highlights", else "summary".
		hl := row.Highlights
		if hl == "" {
			hl = row.Summary
		}
		refs = append(refs, Ref{ID: id, Title: row.Title, Article: row.Article, Highlights: hl, Line: slices.Clone(line)})
		return limit <= 0 || len(refs) < limit, nil
	})
	if err != nil {
		return nil, 0, err
	}
	return refs, skipped, nil
}

// eachJSONLine calls row with each non-blank line of the JSONL file at
// path, trimmed, until row says to stop or fails; what names the file in
// an error opening it. An error of row's is given with the file and line.
func eachJSONLine(path, what string, row func(line []byte) (more bool, err error)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("evaluate: %s: %w", what, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		more, err := row(line)
		if err != nil {
			return fmt.Errorf("evaluate: %s:%d: %w", path, n, err)
		}
		if !more {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("evaluate: %s: %w", path, err)
	}
	return nil
}

// rowID is str(r["id"]) for a string or number id, checked to be usable
// as a file name.
func rowID(raw json.RawMessage) (string, error) {
	var id string
	if err := json.Unmarshal(raw, &id); err != nil {
		var n json.Number
		if err := json.Unmarshal(raw, &n); err != nil {
			return "", fmt.Errorf("id %s is neither a string nor a number", raw)
		}
		id = n.String()
	}
	if id == "" || id == "." || id == ".." || strings.ContainsAny(id, `/\`) {
		return "", fmt.Errorf("id %q cannot be a file name", id)
	}
	return id, nil
}

// isTestID reports whether a BBC id ("bbc-<category>-<NNN>") is in the
// test split: NNN divisible by 5.
func isTestID(id string) (bool, error) {
	_, num, ok := cutLast(id, "-")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return false, fmt.Errorf("id %q does not end in -NNN, so it has no test/train split; use -split all", id)
	}
	return n%5 == 0, nil
}

// cutLast is strings.Cut at the last sep.
func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// RefSentences counts sentences as rouge.py's sentences() does: the
// non-blank lines when there are two or more, else the pieces of its
// regex splitter. With --lead ref, this is the baseline's length, so the
// system is asked for the same number.
func RefSentences(s string) int { return len(rouge.Sentences(s)) }

// SummaryConfig says what EvaluateSummary reads and writes.
type SummaryConfig struct {
	// Label names the run in tables ("bbc-test", "cnndm").
	Label string
	// Refs is the JSONL reference file.
	Refs string
	// Split is SplitTest, SplitTrain or SplitAll.
	Split string
	// Lead is LeadRef or a positive number of sentences: how many key
	// points to ask for, and the Lead baseline rouge.py scores.
	Lead string
	// Limit keeps the first Limit rows of the split; 0 keeps all.
	Limit int
	// Out receives Out/pred/<id>.json, Out/refs.jsonl (the rows used,
	// verbatim) and Out/rouge.json.
	Out string
	// InFlight bounds the documents sent and unanswered; 0 means
	// DefaultInFlight.
	InFlight int
	// Python, when set, runs Rouge; nil skips the scoring.
	Python *Python
	// Rouge is the path of rouge.py.
	Rouge string
	// Predictions, when set, are scored instead of asking the service: a
	// JSONL of id and summary (sentences one a line) or a folder of
	// <id>.json responses, as rouge.py reads them. The cross-validated
	// summaries of a training run are scored so.
	Predictions string
}

// SummaryReport is the outcome of EvaluateSummary.
type SummaryReport struct {
	// Label, Refs, Split and Lead are the configuration's.
	Label, Refs, Split, Lead string
	// Documents is the number of references used.
	Documents int
	// SkippedTokenized counts rows left out for being tokenized.
	SkippedTokenized int
	// Clamped counts references longer than the API's 50 key points.
	Clamped int
	// PredDir and RefsOut are what rouge.py was given.
	PredDir, RefsOut string
	// Failed lists the documents the server did not analyse; rouge.py
	// scores them as empty summaries.
	Failed []DocError
	// Rouge is rouge.py's report; nil when it did not run, and then
	// RougeSkipped says why.
	Rouge        *RougeReport
	RougeSkipped string
	// GoRouge is the Go port's report on the same files, stemming as
	// rouge.py did (on when rouge.py did not run); RougeDiffs lists where
	// the two disagree, empty when they agree or rouge.py did not run.
	GoRouge    *RougeReport
	RougeDiffs []string
	// Elapsed is the time spent in AnalyzeDocuments.
	Elapsed time.Duration
}

// EvaluateSummary asks svc for the key points of every reference's article
// and scores them with rouge.py against the references and the Lead
// baseline of cfg.Lead.
func EvaluateSummary(ctx context.Context, svc *Service, cfg SummaryConfig) (*SummaryReport, error) {
	fixed, err := leadSentences(cfg.Lead)
	if err != nil {
		return nil, err
	}
	refs, skipped, err := LoadRefs(cfg.Refs, cfg.Split, cfg.Limit)
	if err != nil {
		return nil, err
	}
	rep := &SummaryReport{
		Label: cfg.Label, Refs: cfg.Refs, Split: cfg.Split, Lead: cfg.Lead,
		Documents: len(refs), SkippedTokenized: skipped,
		PredDir: filepath.Join(cfg.Out, "pred"), RefsOut: filepath.Join(cfg.Out, "refs.jsonl"),
	}
	if len(refs) == 0 {
		return nil, fmt.Errorf("evaluate: %s has no usable rows in split %q", cfg.Refs, cfg.Split)
	}
	reqs, err := rep.prepare(refs, fixed)
	if err != nil {
		return nil, err
	}
	if cfg.Predictions != "" {
		rep.PredDir = cfg.Predictions
	} else {
		rep.Failed, rep.Elapsed, err = analyzeInto(ctx, svc, reqs, cfg.InFlight, rep.PredDir)
		if err != nil {
			return nil, err
		}
	}
	preds, err := LoadSummaryPredictions(rep.PredDir, refs)
	if err != nil {
		return nil, err
	}
	return rep.score(ctx, cfg, refs, preds)
}

// leadSentences parses a SummaryConfig.Lead: the number of key points to
// ask for, or 0 for LeadRef, as many as each reference has.
func leadSentences(lead string) (int, error) {
	if lead == LeadRef {
		return 0, nil
	}
	n, err := strconv.Atoi(lead)
	if err != nil || n < 1 || n > maxKeyPoints {
		return 0, fmt.Errorf("evaluate: lead %q: want ref or 1 to %d", lead, maxKeyPoints)
	}
	return n, nil
}

// keyPoints is how many key points to ask for an article whose reference
// summary is highlights: fixed when it is not 0, else as many sentences as
// the reference has, at least 1 and at most the API's ceiling; clamped
// says the ceiling cut it.
func keyPoints(highlights string, fixed int) (n int, clamped bool) {
	if fixed != 0 {
		return fixed, false
	}
	n = RefSentences(highlights)
	if n > maxKeyPoints {
		return maxKeyPoints, true
	}
	return max(n, 1), false
}

// prepare writes the reference rows used to rep.RefsOut, clears
// rep.PredDir of their earlier predictions, and returns the requests for
// their articles, asking for fixed key points (see keyPoints).
func (rep *SummaryReport) prepare(refs []Ref, fixed int) ([]*pb.AnalyzeDocumentsRequest, error) {
	if err := os.MkdirAll(rep.PredDir, 0o755); err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	var refsOut bytes.Buffer
	seen := make(map[string]bool, len(refs))
	reqs := make([]*pb.AnalyzeDocumentsRequest, len(refs))
	for i, r := range refs {
		if seen[r.ID] {
			return nil, fmt.Errorf("evaluate: %s: id %q occurs twice", rep.Refs, r.ID)
		}
		seen[r.ID] = true
		refsOut.Write(r.Line)
		refsOut.WriteByte('\n')
		if err := removePrediction(rep.PredDir, r.ID); err != nil {
			return nil, err
		}
		n, clamped := keyPoints(r.Highlights, fixed)
		if clamped {
			rep.Clamped++
		}
		reqs[i] = &pb.AnalyzeDocumentsRequest{
			// The row's title is the headline, apart from the article
			// text: sent as Document.title, as a client with both would.
			Document: &pb.Document{Id: r.ID, Text: r.Article, Title: r.Title},
			// Only the summary: a client after key points asks for them
			// alone, and the summary stage does not depend on the others.
			Features:       []pb.Feature{pb.Feature_FEATURE_SUMMARY},
			EncodingType:   pb.EncodingType_ENCODING_TYPE_UTF32,
			SummaryOptions: &pb.SummaryOptions{MaxSentences: int32(n)},
		}
	}
	if err := os.WriteFile(rep.RefsOut, refsOut.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	return reqs, nil
}

// score scores preds with rouge.py and the Go port, and says where they
// differ. Without rouge.py the Go port alone scores them, stemming.
func (rep *SummaryReport) score(ctx context.Context, cfg SummaryConfig, refs []Ref, preds map[string]string) (*SummaryReport, error) {
	var err error
	if cfg.Python == nil {
		rep.RougeSkipped = "python3 not found"
		rep.GoRouge, err = GoRouge(refs, preds, cfg.Lead, true)
		return rep, err
	}
	rr, err := cfg.Python.Rouge(ctx, cfg.Rouge, rep.RefsOut, rep.PredDir, cfg.Lead)
	if errors.Is(err, ErrNoPython) {
		rep.RougeSkipped = err.Error()
		rep.GoRouge, err = GoRouge(refs, preds, cfg.Lead, true)
		return rep, err
	}
	if err != nil {
		return nil, err
	}
	rep.Rouge = rr
	if rep.GoRouge, err = GoRouge(refs, preds, cfg.Lead, rr.Stemming); err != nil {
		return nil, err
	}
	rep.RougeDiffs = CompareRouge(rep.GoRouge, rr)
	if b, err := json.MarshalIndent(rr, "", " "); err == nil {
		_ = os.WriteFile(filepath.Join(cfg.Out, "rouge.json"), append(b, '\n'), 0o644)
	}
	return rep, nil
}
