// Evaluate measures the docanalysis service the way the project's
// independent scorers do: it serves the real server in memory, sends
// documents through the Go client, writes the answers as protojson and
// scores them with a Go port of ../shared/eval/score_analysis.py checked
// against the script itself, or with ../shared/eval/rouge.py.
//
// Usage:
//
//	evaluate analysis -gold DIR_OR_FILE [-gold ...] -out DIR [-metrics actors|disputes|all]
//	evaluate summary -refs JSONL -split test|train|all -lead ref|K -out DIR [-limit N] [-label NAME]
//	evaluate summaries -gold-cv DIR [-out DIR]
//	evaluate all [-out DIR]
//	evaluate cv -gold DIR -out DIR [-folds 5] [-curve 0.25,0.5]
//	evaluate train-disputes -gold DIR -model FILE
//	evaluate train-actors -gold DIR -filter FILE
//
// analysis scores gold analyses (design/gold-format.md): each -gold on its
// own and, with several, all together; the issues' targets are checked on
// the first. It prints per-document counts and the totals of the Go scorer
// beside score_analysis.py's.
//
// summary asks for each reference article's key points (as many as the
// reference has sentences with -lead ref, else K), writes them and the
// reference rows used, and prints rouge.py's system, Lead baseline and
// ratio figures.
//
// summaries runs issue 17's summary sets at three key points against
// Lead-3 (the BBC test split, gold/train's cross-validated summaries from
// DIR/refs.jsonl and DIR/pred.jsonl, the CNN/DM sample whole and without
// the gold/train articles), scores each with rouge.py and the Go port,
// and prints one table; it fails when the two scorers disagree.
//
// all runs analysis over SHARED/gold/dev and SHARED/seed, summary over the
// BBC test split (-lead ref) and the CNN/DM sample (-lead 3), and prints
// one table.
//
// cv cross-validates over a folder of gold files by document (folds by a
// hash of the id): each fold is analysed by an engine whose actor filter
// and disputes model were trained on the other folds, and the predictions are scored as one
// set; -curve adds runs with a share of the training folds.
//
// train-disputes trains the disputes model on every file of the folder
// and writes it (analysis/disputes/model.txt is made so).
//
// train-actors trains the actor filter, which decides which of the actors
// the rules propose are kept, on every file of the folder and writes it
// (analysis/actors/filter.txt is made so).
//
// Flags every command takes:
//
//	-shared DIR      the shared folder with eval/, gold/ and corpora/ (default ../shared)
//	-python NAME     the Python interpreter (default python3)
//	-in-flight N     documents sent and not yet answered (default 4)
//	-timeout D       give up after D (default 30m)
//
// A missing input (no SHARED folder, say) is skipped with a message, and a
// missing python3 leaves the Go scores alone; neither is an error.
//
// Exit codes:
//
//	0  success, or everything skipped
//	1  a failure: an RPC, a file, a document the server refused, or the Go
//	   scorer disagreeing with score_analysis.py
//	2  a usage error
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docanalysis/docanalysis/internal/evaluate"
)

// Exit codes; see the package doc.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

const usage = `Usage:
  evaluate analysis -gold DIR_OR_FILE [-gold ...] -out DIR [-metrics actors|disputes|all]
  evaluate summary -refs JSONL -split test|train|all -lead ref|K -out DIR [-limit N] [-label NAME]
  evaluate summaries -gold-cv DIR [-out DIR]
  evaluate all [-out DIR]
  evaluate cv -gold DIR -out DIR [-folds 5] [-curve 0.25,0.5]
  evaluate train-disputes -gold DIR -model FILE
  evaluate train-actors -gold DIR -filter FILE
Common flags: -shared DIR (default ../shared), -python NAME, -in-flight N, -timeout D.
Run 'evaluate COMMAND -h' for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command without the process: tests call it.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "analysis":
		return runAnalysis(args[1:], stdout, stderr)
	case "summary":
		return runSummary(args[1:], stdout, stderr)
	case "summaries":
		return runSummaries(args[1:], stdout, stderr)
	case "all":
		return runAll(args[1:], stdout, stderr)
	case "cv":
		return runCV(args[1:], stdout, stderr)
	case "train-disputes":
		return runTrainDisputes(args[1:], stdout, stderr)
	case "train-actors":
		return runTrainActors(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "evaluate: unknown command %q\n%s", args[0], usage)
	return exitUsage
}

// common are the flags every command takes.
type common struct {
	shared   string
	python   string
	inFlight int
	timeout  time.Duration
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.shared, "shared", "../shared", "the shared folder with eval/, gold/ and corpora/")
	fs.StringVar(&c.python, "python", "python3", "the Python interpreter that runs the scorers")
	fs.IntVar(&c.inFlight, "in-flight", evaluate.DefaultInFlight, "documents sent and not yet answered")
	fs.DurationVar(&c.timeout, "timeout", 30*time.Minute, "give up after this long")
}

// script is the path of one of the shared scorers.
func (c *common) script(name string) string { return filepath.Join(c.shared, "eval", name) }

// findPython returns the interpreter, or nil after saying why the Python
// side is skipped.
func (c *common) findPython(cmd string, stderr io.Writer) *evaluate.Python {
	py, err := evaluate.FindPython(c.python)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate %s: %s not found; the Python scorers are skipped\n", cmd, c.python)
		return nil
	}
	return py
}

// parse parses args into fs, turning -h into exit 0 and mistakes into 2.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) (code int, ok bool) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "evaluate %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return exitUsage, false
	}
	return 0, true
}

// failed reports err from cmd and returns exitFailure. The package's
// errors carry its "evaluate:" prefix already.
func failed(stderr io.Writer, cmd string, err error) int {
	fmt.Fprintf(stderr, "evaluate %s: %s\n", cmd, strings.TrimPrefix(err.Error(), "evaluate: "))
	return exitFailure
}

// labels names gold paths for tables: relative to the shared folder when
// they are inside it ("gold/dev"), else as given.
func (c *common) labels(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = p
		if rel, err := filepath.Rel(c.shared, p); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
			out[i] = filepath.ToSlash(rel)
		}
	}
	return out
}

// exists reports whether path is there.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// skipped says that an input is missing and the step is skipped.
func skipped(stderr io.Writer, cmd, path string) {
	fmt.Fprintf(stderr, "evaluate %s: skipped: %s not found (set -shared, or SHARED for make, to the shared folder)\n", cmd, path)
}

// startService starts the in-memory server, reporting a failure.
func startService(cmd string, stderr io.Writer) (*evaluate.Service, bool) {
	svc, err := evaluate.Start()
	if err != nil {
		failed(stderr, cmd, err)
		return nil, false
	}
	return svc, true
}

// closeService stops the server, reporting a failure.
func closeService(svc *evaluate.Service, cmd string, stderr io.Writer) {
	if err := svc.Close(); err != nil {
		fmt.Fprintf(stderr, "evaluate %s: stopping the server: %v\n", cmd, err)
	}
}

// multi is a repeatable string flag.
type multi []string

// String and Set make multi a flag.Value.
func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

// runAnalysis is the analysis command: gold files in, scores out.
func runAnalysis(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analysis", flag.ContinueOnError)
	var c common
	c.register(fs)
	var gold multi
	fs.Var(&gold, "gold", "a gold file or folder of them (repeatable)")
	out := fs.String("out", "", "folder for the predictions (required)")
	metrics := fs.String("metrics", "all", "which totals to print: actors, disputes or all")
	if code, ok := parse(fs, args, stderr); !ok {
		return code
	}
	groups, err := evaluate.SelectMetrics(*metrics)
	if err != nil || len(gold) == 0 || *out == "" {
		if err != nil {
			fmt.Fprintf(stderr, "evaluate analysis: %v\n", err)
		} else {
			fmt.Fprintln(stderr, "evaluate analysis: -gold and -out are required")
		}
		return exitUsage
	}
	var present []string
	for _, g := range gold {
		if exists(g) {
			present = append(present, g)
		} else {
			skipped(stderr, "analysis", g)
		}
	}
	if len(present) == 0 {
		return exitOK
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	svc, ok := startService("analysis", stderr)
	if !ok {
		return exitFailure
	}
	defer closeService(svc, "analysis", stderr)
	rep, err := evaluate.EvaluateAnalysis(ctx, svc, evaluate.AnalysisConfig{
		Gold: present, Labels: c.labels(present), Out: *out, InFlight: c.inFlight,
		Python: c.findPython("analysis", stderr), Scorer: c.script("score_analysis.py"),
	})
	if err != nil {
		return failed(stderr, "analysis", err)
	}
	fmt.Fprintf(stdout, "documents analysed: %d in %.1fs; predictions in %s\n\n", rep.Sets[len(rep.Sets)-1].Total.Documents, rep.Elapsed.Seconds(), rep.PredDir)
	rep.WriteDocuments(stdout)
	fmt.Fprintln(stdout)
	rep.WriteTotals(stdout, groups)
	return analysisCode(rep, stderr)
}

// analysisCode is the exit code an analysis report calls for.
func analysisCode(rep *evaluate.AnalysisReport, stderr io.Writer) int {
	code := exitOK
	if rep.Disagree() {
		fmt.Fprintln(stderr, "evaluate: the Go scorer and score_analysis.py disagree (see above)")
		code = exitFailure
	}
	if len(rep.Failed) > 0 {
		fmt.Fprintf(stderr, "evaluate: the server failed %d documents (see above)\n", len(rep.Failed))
		code = exitFailure
	}
	return code
}

// runSummary is the summary command: references in, ROUGE out.
func runSummary(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	var c common
	c.register(fs)
	refs := fs.String("refs", "", "JSONL references: id, article, highlights, optional title (required)")
	split := fs.String("split", evaluate.SplitAll, "test, train (BBC ids bbc-<category>-<NNN>: test when NNN is divisible by 5) or all")
	lead := fs.String("lead", evaluate.LeadRef, "ref: as many key points as the reference has sentences; K: K key points; and the Lead baseline to match")
	out := fs.String("out", "", "folder for the predictions and the references used (required)")
	limit := fs.Int("limit", 0, "use only the first N references of the split; 0 uses all")
	label := fs.String("label", "", "the set's name in the report (default: the references' file name)")
	pred := fs.String("pred", "", "score these predictions (JSONL of id and summary, or a folder of <id>.json) instead of asking the service")
	if code, ok := parse(fs, args, stderr); !ok {
		return code
	}
	if *refs == "" || *out == "" {
		fmt.Fprintln(stderr, "evaluate summary: -refs and -out are required")
		return exitUsage
	}
	if !exists(*refs) {
		skipped(stderr, "summary", *refs)
		return exitOK
	}
	if *label == "" {
		*label = strings.TrimSuffix(filepath.Base(*refs), ".jsonl")
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	svc, ok := startService("summary", stderr)
	if !ok {
		return exitFailure
	}
	defer closeService(svc, "summary", stderr)
	rep, err := evaluate.EvaluateSummary(ctx, svc, evaluate.SummaryConfig{
		Label: *label, Refs: *refs, Split: *split, Lead: *lead, Limit: *limit, Out: *out,
		InFlight: c.inFlight, Python: c.findPython("summary", stderr), Rouge: c.script("rouge.py"),
		Predictions: *pred,
	})
	if err != nil {
		return failed(stderr, "summary", err)
	}
	rep.WriteTable(stdout)
	rep.WriteAgreement(stdout)
	if len(rep.RougeDiffs) > 0 {
		fmt.Fprintln(stderr, "evaluate: the Go scorer and rouge.py disagree (see above)")
		return exitFailure
	}
	if len(rep.Failed) > 0 {
		fmt.Fprintf(stderr, "evaluate: the server failed %d documents (see above)\n", len(rep.Failed))
		return exitFailure
	}
	return exitOK
}

// runAll is the all command: every evaluation over the shared folder, one
// table.
func runAll(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("all", flag.ContinueOnError)
	var c common
	c.register(fs)
	out := fs.String("out", "out/eval", "folder for every run's predictions")
	if code, ok := parse(fs, args, stderr); !ok {
		return code
	}
	if !exists(c.shared) {
		skipped(stderr, "all", c.shared)
		return exitOK
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	svc, ok := startService("all", stderr)
	if !ok {
		return exitFailure
	}
	defer closeService(svc, "all", stderr)
	py := c.findPython("all", stderr)
	code := exitOK

	var arep *evaluate.AnalysisReport
	if gold := existing(stderr, filepath.Join(c.shared, "gold", "dev"), filepath.Join(c.shared, "seed")); len(gold) > 0 {
		var err error
		arep, err = evaluate.EvaluateAnalysis(ctx, svc, evaluate.AnalysisConfig{
			Gold: gold, Labels: c.labels(gold), Out: filepath.Join(*out, "analysis"), InFlight: c.inFlight,
			Python: py, Scorer: c.script("score_analysis.py"),
		})
		if err != nil {
			return failed(stderr, "all", err)
		}
		code = max(code, analysisCode(arep, stderr))
	}
	sums, sumCode, err := allSummaries(ctx, svc, &c, py, *out, stderr)
	if err != nil {
		return failed(stderr, "all", err)
	}
	code = max(code, sumCode)

	if err := evaluate.WriteOverview(stdout, arep, sums); err != nil {
		return failed(stderr, "all", err)
	}
	if arep != nil {
		fmt.Fprintln(stdout)
		arep.WriteChecks(stdout)
	}
	return code
}

// existing returns the paths that exist, saying on stderr which are
// skipped.
func existing(stderr io.Writer, paths ...string) []string {
	var out []string
	for _, p := range paths {
		if exists(p) {
			out = append(out, p)
		} else {
			skipped(stderr, "all", p)
		}
	}
	return out
}

// allSummaries runs the all command's summary sets whose references
// exist, the BBC test split and the CNN/DailyMail sample, writing under
// out. The code is exitFailure when the server failed a document.
func allSummaries(ctx context.Context, svc *evaluate.Service, c *common, py *evaluate.Python, out string, stderr io.Writer) ([]*evaluate.SummaryReport, int, error) {
	code := exitOK
	var sums []*evaluate.SummaryReport
	for _, s := range []evaluate.SummaryConfig{
		{Label: "bbc-test", Refs: filepath.Join(c.shared, "corpora", "bbc-summary", "bbc-summary.jsonl"), Split: evaluate.SplitTest, Lead: evaluate.LeadRef, Out: filepath.Join(out, "summary-bbc")},
		{Label: "cnndm-sample", Refs: filepath.Join(c.shared, "corpora", "cnndm", "test-sample.jsonl"), Split: evaluate.SplitAll, Lead: "3", Out: filepath.Join(out, "summary-cnndm")},
	} {
		if len(existing(stderr, s.Refs)) == 0 {
			continue
		}
		s.InFlight, s.Python, s.Rouge = c.inFlight, py, c.script("rouge.py")
		rep, err := evaluate.EvaluateSummary(ctx, svc, s)
		if err != nil {
			return nil, code, fmt.Errorf("summary %s: %w", s.Label, err)
		}
		for _, f := range rep.Failed {
			fmt.Fprintf(stderr, "FAILED %s %s: %v\n", s.Label, f.ID, f.Err)
			code = exitFailure
		}
		if rep.Rouge == nil {
			fmt.Fprintf(stderr, "evaluate all: summary %s: rouge.py not run (%s)\n", s.Label, rep.RougeSkipped)
		} else if !rep.Rouge.Stemming {
			fmt.Fprintln(stderr, evaluate.StemmingHint)
		}
		sums = append(sums, rep)
	}
	return sums, code, nil
}

// runSummaries is the summaries command: issue 17's sets, one table.
func runSummaries(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summaries", flag.ContinueOnError)
	var c common
	c.register(fs)
	goldCV := fs.String("gold-cv", "out/eval/summary-gold-cv-pred", "the folder TestTrain -cv -out wrote gold/train's held-out summaries to")
	out := fs.String("out", "out/eval", "folder for every set's predictions")
	if code, ok := parse(fs, args, stderr); !ok {
		return code
	}
	if !exists(c.shared) {
		skipped(stderr, "summaries", c.shared)
		return exitOK
	}
	sets, missing, err := evaluate.SummarySets(c.shared, *goldCV, *out)
	if err != nil {
		return failed(stderr, "summaries", err)
	}
	for _, m := range missing {
		skipped(stderr, "summaries", m)
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	svc, ok := startService("summaries", stderr)
	if !ok {
		return exitFailure
	}
	defer closeService(svc, "summaries", stderr)
	reps, err := evaluate.EvaluateSummarySets(ctx, svc, sets, c.findPython("summaries", stderr), c.script("rouge.py"), c.inFlight)
	if err != nil {
		return failed(stderr, "summaries", err)
	}
	if err := evaluate.WriteSummarySets(stdout, sets, reps); err != nil {
		return failed(stderr, "summaries", err)
	}
	code := exitOK
	for _, r := range reps {
		if len(r.RougeDiffs) > 0 {
			fmt.Fprintf(stderr, "evaluate: %s: the Go scorer and rouge.py disagree (see above)\n", r.Label)
			code = exitFailure
		}
		if len(r.Failed) > 0 {
			fmt.Fprintf(stderr, "evaluate: %s: the server failed %d documents\n", r.Label, len(r.Failed))
			code = exitFailure
		}
	}
	return code
}
