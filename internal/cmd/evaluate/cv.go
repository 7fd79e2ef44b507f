package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/docanalysis/docanalysis/analysis/disputes"
	"github.com/docanalysis/docanalysis/internal/evaluate"
)

// runCV is the cv command: k-fold cross-validation of the learned stages
// over one folder of gold files.
func runCV(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cv", flag.ContinueOnError)
	var c common
	c.register(fs)
	gold := fs.String("gold", "", "the folder of gold files (required)")
	out := fs.String("out", "", "folder for the predictions (required)")
	folds := fs.Int("folds", 5, "how many folds")
	salt := fs.String("salt", "", "put before each id before hashing it to a fold: another split, for comparing designs (reported figures use none)")
	curve := fs.String("curve", "", "shares of the training folds for a learning curve, comma-separated (0.25,0.5)")
	metrics := fs.String("metrics", "all", "which totals to print: actors, disputes or all")
	var train disputes.TrainConfig
	registerTrain(fs, &train)
	if code, ok := parse(fs, args, stderr); !ok {
		return code
	}
	groups, err := evaluate.SelectMetrics(*metrics)
	if err != nil || *gold == "" || *out == "" || *folds < 2 {
		fmt.Fprintln(stderr, "evaluate cv: -gold and -out are required, -folds at least 2, -metrics actors, disputes or all")
		return exitUsage
	}
	var fracs []float64
	for _, f := range strings.Split(*curve, ",") {
		if f == "" {
			continue
		}
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || v <= 0 || v > 1 {
			fmt.Fprintf(stderr, "evaluate cv: -curve: %q is not a share in (0, 1]\n", f)
			return exitUsage
		}
		fracs = append(fracs, v)
	}
	if !exists(*gold) {
		skipped(stderr, "cv", *gold)
		return exitOK
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	rep, err := evaluate.CrossValidate(ctx, evaluate.CVConfig{
		Gold: *gold, Folds: *folds, Salt: *salt, Fractions: fracs, Out: *out, InFlight: c.inFlight,
		Python: c.findPython("cv", stderr), Scorer: c.script("score_analysis.py"), Train: train,
	})
	if err != nil {
		return failed(stderr, "cv", err)
	}
	rep.Report.Sets[0].Label = c.labels([]string{*gold})[0] + fmt.Sprintf(" (%d-fold CV)", *folds)
	fmt.Fprintf(stdout, "%d-fold cross-validation over %s: predictions in %s\n\n", *folds, *gold, rep.Report.PredDir)
	rep.Report.WriteDocuments(stdout)
	fmt.Fprintln(stdout)
	rep.Report.WriteTotals(stdout, groups)
	if len(rep.Curve) > 1 {
		fmt.Fprintln(stdout, "\nlearning curve (share of the training folds):")
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "share\tdispute P\tdispute R\tdispute F1\tevidence-only F1\ttopic F1\tagreement F1")
		for _, p := range rep.Curve {
			t := p.Total
			fmt.Fprintf(tw, "%.0f%%\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", 100*p.Fraction, t.DisputePrecision, t.DisputeRecall,
				t.DisputeF1, t.DisputeEvidenceOnlyF1, t.DisputeTopicF1, t.AgreementF1)
		}
		tw.Flush()
	}
	return analysisCode(rep.Report, stderr)
}

// runTrainDisputes is the train-disputes command.
func runTrainDisputes(args []string, stdout, stderr io.Writer) int {
	var train disputes.TrainConfig
	return runTrain("train-disputes", "model", "the model file to write (required)", args, stdout, stderr,
		func(fs *flag.FlagSet) { registerTrain(fs, &train) },
		func(ctx context.Context, gold string) (io.WriterTo, error) {
			return evaluate.TrainDisputes(ctx, gold, train)
		})
}

// runTrainActors is the train-actors command: it fits the actor filter.
func runTrainActors(args []string, stdout, stderr io.Writer) int {
	return runTrain("train-actors", "filter", "the filter file to write (required)", args, stdout, stderr, nil,
		func(ctx context.Context, gold string) (io.WriterTo, error) { return evaluate.TrainFilter(ctx, gold) })
}

// runTrain is a train-* command: it reads the folder -gold names, trains
// with fit and writes what fit made to the file the flag named file
// names. register, when set, adds the command's own flags.
func runTrain(name, file, usage string, args []string, stdout, stderr io.Writer,
	register func(*flag.FlagSet), fit func(ctx context.Context, gold string) (io.WriterTo, error)) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	var c common
	c.register(fs)
	gold := fs.String("gold", "", "the folder of gold files to train on (required)")
	out := fs.String(file, "", usage)
	if register != nil {
		register(fs)
	}
	if code, ok := parse(fs, args, stderr); !ok {
		return code
	}
	if *gold == "" || *out == "" {
		fmt.Fprintf(stderr, "evaluate %s: -gold and -%s are required\n", name, file)
		return exitUsage
	}
	if !exists(*gold) {
		skipped(stderr, name, *gold)
		return exitOK
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	m, err := fit(ctx, *gold)
	if err != nil {
		return failed(stderr, name, err)
	}
	if err := writeModel(*out, m); err != nil {
		return failed(stderr, name, err)
	}
	if st, ok := m.(fmt.Stringer); ok {
		fmt.Fprintf(stdout, "%s: %v\n", *out, st)
	} else {
		fmt.Fprintf(stdout, "%s written\n", *out)
	}
	return exitOK
}

// writeModel writes m to the file at path.
func writeModel(path string, m io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// registerTrain adds the disputes model's training settings to fs; 0
// keeps a setting's default.
func registerTrain(fs *flag.FlagSet, c *disputes.TrainConfig) {
	fs.IntVar(&c.MinDocs, "min-docs", 0, "articles a word must occur in to get a weight (0: the default, 5)")
	fs.Float64Var(&c.L2, "l2", 0, "weight of the squared-weights penalty (0: the default, 1e-3)")
	fs.IntVar(&c.Epochs, "epochs", 0, "passes of the optimiser (0: the default, 1000)")
}
