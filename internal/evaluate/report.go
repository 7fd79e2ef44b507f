package evaluate

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Metric groups of the analysis totals, by the scorer's JSON names; the
// command prints one group or both.
var (
	ActorMetrics = []string{"actor_precision", "actor_recall", "actor_f1", "actor_type_accuracy", "alias_merge", "role_recall"}
	// DisputeMetrics covers disputed points and agreements, which issue 7
	// measures together.
	DisputeMetrics = []string{"dispute_precision", "dispute_recall", "dispute_f1", "dispute_evidence_only_f1",
		"dispute_topic_f1", "agreement_precision", "agreement_recall", "agreement_f1"}
)

// Target is a figure an issue asks for.
type Target struct {
	// Metric is a Totals JSON name or a ROUGE field name ("ROUGE-1").
	Metric string
	// Min is the bound; Above makes it strict (> rather than >=).
	Min   float64
	Above bool
	// Issue is where the target is set.
	Issue int
}

// Met reports whether v reaches the target.
func (t Target) Met(v float64) bool {
	if t.Above {
		return v > t.Min
	}
	return v >= t.Min
}

// String is the bound as tables show it: ">= 0.90".
func (t Target) String() string {
	op := ">="
	if t.Above {
		op = ">"
	}
	return fmt.Sprintf("%s %.2f (#%d)", op, t.Min, t.Issue)
}

// AnalysisTargets are issue 13's figures, which it sets for the
// cross-validation over gold/train and the hidden sets alike.
var AnalysisTargets = map[string]Target{
	"actor_f1":                 {Metric: "actor_f1", Min: 0.90, Issue: 13},
	"alias_merge":              {Metric: "alias_merge", Min: 0.93, Issue: 13},
	"actor_type_accuracy":      {Metric: "actor_type_accuracy", Min: 0.95, Issue: 13},
	"role_recall":              {Metric: "role_recall", Min: 0.80, Issue: 13},
	"dispute_f1":               {Metric: "dispute_f1", Min: 0.70, Issue: 13},
	"dispute_evidence_only_f1": {Metric: "dispute_evidence_only_f1", Min: 0.80, Issue: 13},
	"dispute_precision":        {Metric: "dispute_precision", Min: 0.65, Issue: 13},
	"dispute_topic_f1":         {Metric: "dispute_topic_f1", Min: 0.40, Issue: 13},
	"agreement_f1":             {Metric: "agreement_f1", Min: 0.55, Issue: 13},
}

// RougeTargets are issue 6's figures: the ratio to Lead-K above 1 on both
// summary sets. ROUGE-L is reported without a target.
var RougeTargets = map[string]Target{
	"ROUGE-1":    {Metric: "ROUGE-1", Min: 1, Above: true, Issue: 6},
	"ROUGE-2":    {Metric: "ROUGE-2", Min: 1, Above: true, Issue: 6},
	"ROUGE-Lsum": {Metric: "ROUGE-Lsum", Min: 1, Above: true, Issue: 6},
}

// fieldValue looks name up in fields.
func fieldValue(fields []Field, name string) float64 {
	for _, f := range fields {
		if f.Name == name {
			return f.Value
		}
	}
	return 0
}

// metricLabel is a metric's name for people.
func metricLabel(name string) string {
	return strings.ReplaceAll(name, "_", " ")
}

// metOrNot is a table cell for a target check.
func metOrNot(ok bool) string {
	if ok {
		return "yes"
	}
	return "NO"
}

// WriteDocuments writes one row per document of the last set (every
// document once): the counts the totals are made of.
func (r *AnalysisReport) WriteDocuments(w io.Writer) error {
	if len(r.Sets) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "document\tactors tp/pred\treq found\ttype ok\tmerge\troles\tdisputes strict/loose/pred\treq strict/loose/all\tagreements strict/pred\treq found/all\t")
	for _, d := range r.Sets[len(r.Sets)-1].Rows {
		fmt.Fprintf(tw, "%s\t%d/%d\t%d/%d\t%d\t%d/%d\t%d/%d\t%d/%d/%d\t%d/%d/%d\t%d/%d\t%d/%d\t\n", d.ID,
			d.ActorsTPPred, d.ActorsPred, d.ActorsFound, d.ActorsReq, d.ActorsTypeOK,
			d.MergeNum, d.MergeDen, d.RoleNum, d.RoleDen,
			d.DisputesStrictTP, d.DisputesLooseTP, d.DisputesPred,
			d.DisputesStrictFound, d.DisputesLooseFound, d.DisputesReq,
			d.AgreementsStrictTP, d.AgreementsPred, d.AgreementsStrictFound, d.AgreementsReq)
	}
	return tw.Flush()
}

// WriteTotals writes the metrics named (ActorMetrics, DisputeMetrics or
// both), one column per set for the Go scorer and one for Python's, and
// the targets, checked on the first set (the one the issues set them for).
func (r *AnalysisReport) WriteTotals(w io.Writer, metrics []string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "metric")
	for _, s := range r.Sets {
		fmt.Fprintf(tw, "\t%s (%s)\tpython", s.Label, plural(s.Total.Documents, "doc"))
	}
	fmt.Fprintln(tw, "\ttarget\tmet")
	for _, m := range metrics {
		fmt.Fprint(tw, metricLabel(m))
		for _, s := range r.Sets {
			fmt.Fprintf(tw, "\t%.3f", fieldValue(s.Total.Fields(), m))
			if s.Python != nil {
				fmt.Fprintf(tw, "\t%.3f", fieldValue(s.Python.Total.Fields(), m))
			} else {
				fmt.Fprint(tw, "\t-")
			}
		}
		if t, ok := AnalysisTargets[m]; ok && len(r.Sets) > 0 {
			fmt.Fprintf(tw, "\t%s\t%s", t, metOrNot(t.Met(fieldValue(r.Sets[0].Total.Fields(), m))))
		} else {
			fmt.Fprint(tw, "\t\t")
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return r.WriteChecks(w)
}

// WriteChecks writes the documents the server failed and the outcome of the
// Python check: agreement per set, or every difference.
func (r *AnalysisReport) WriteChecks(w io.Writer) error {
	for _, f := range r.Failed {
		fmt.Fprintf(w, "FAILED %s: %v (scored as an empty analysis)\n", f.ID, f.Err)
	}
	if r.PythonSkipped != "" {
		_, err := fmt.Fprintf(w, "score_analysis.py: not run (%s); Go scores only\n", r.PythonSkipped)
		return err
	}
	for _, s := range r.Sets {
		if len(s.Diffs) == 0 {
			fmt.Fprintf(w, "score_analysis.py agrees with the Go scorer on %s: %s, every count equal, every total within %g\n", s.Label, plural(len(s.Rows), "document"), Tolerance)
			continue
		}
		fmt.Fprintf(w, "score_analysis.py DISAGREES with the Go scorer on %s:\n", s.Label)
		for _, d := range s.Diffs {
			fmt.Fprintf(w, "  %s\n", d)
		}
	}
	return nil
}

// WriteTable writes rouge.py's figures: system, baseline and ratio for each
// ROUGE variant, with issue 6's targets.
func (r *SummaryReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "%s: %d documents from %s (split %s, lead %s", r.Label, r.Documents, r.Refs, r.Split, r.Lead)
	if r.SkippedTokenized > 0 {
		fmt.Fprintf(w, ", %d tokenized rows skipped", r.SkippedTokenized)
	}
	fmt.Fprintf(w, "), analysed in %.1fs\n", r.Elapsed.Seconds())
	for _, f := range r.Failed {
		fmt.Fprintf(w, "FAILED %s: %v (scored as an empty summary)\n", f.ID, f.Err)
	}
	if r.Clamped > 0 {
		fmt.Fprintf(w, "%d references have more than %d sentences; %d key points were asked for\n", r.Clamped, maxKeyPoints, maxKeyPoints)
	}
	if r.Rouge == nil {
		_, err := fmt.Fprintf(w, "rouge.py: not run (%s); predictions are in %s\n", r.RougeSkipped, r.PredDir)
		return err
	}
	rr := r.Rouge
	fmt.Fprintf(w, "rouge.py %s %s --lead %s: stemming %s, missing predictions %d\n", r.RefsOut, r.PredDir, r.Lead, onOff(rr.Stemming), rr.MissingPredictions)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "metric\tsystem\t%s\tratio\ttarget\tmet\n", rr.Lead)
	base, ratio := rr.Baseline.Fields(), rr.Ratio.Fields()
	for i, f := range rr.System.Fields() {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.3f", f.Name, f.Value, base[i].Value, ratio[i].Value)
		if t, ok := RougeTargets[f.Name]; ok {
			fmt.Fprintf(tw, "\t%s\t%s\n", t, metOrNot(t.Met(ratio[i].Value)))
		} else {
			fmt.Fprint(tw, "\t\t\n")
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !rr.Stemming {
		_, err := fmt.Fprintln(w, StemmingHint)
		return err
	}
	return nil
}

// StemmingHint is printed when rouge.py ran without NLTK's Porter stemmer,
// so its figures are not comparable with published ROUGE.
const StemmingHint = "hint: rouge.py ran with stemming OFF; install NLTK's Porter stemmer with `apt-get install python3-nltk`"

// plural is "1 document", "2 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// onOff is "on" or "OFF", as rouge.py prints stemming.
func onOff(b bool) string {
	if b {
		return "on"
	}
	return "OFF"
}

// WriteOverview writes one table of every figure of a full run: the
// analysis totals of each gold set, then each summary set's ROUGE, with
// baselines, ratios and the issues' targets. Either part may be nil or
// empty when it was skipped.
func WriteOverview(w io.Writer, a *AnalysisReport, sums []*SummaryReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "area\tset\tmetric\tvalue\tbaseline\tratio\ttarget\tmet")
	if a != nil {
		for si, s := range a.Sets {
			fields := s.Total.Fields()
			for _, group := range []struct {
				area    string
				metrics []string
			}{{"actors", ActorMetrics}, {"disputes", DisputeMetrics}} {
				for _, m := range group.metrics {
					area := group.area
					if strings.HasPrefix(m, "agreement") {
						area = "agreements"
					}
					v := fieldValue(fields, m)
					fmt.Fprintf(tw, "%s\t%s\t%s\t%.3f\t\t", area, s.Label, metricLabel(m), v)
					if t, ok := AnalysisTargets[m]; ok && si == 0 {
						fmt.Fprintf(tw, "\t%s\t%s\n", t, metOrNot(t.Met(v)))
					} else {
						fmt.Fprint(tw, "\t\t\n")
					}
				}
			}
		}
	}
	for _, r := range sums {
		if r == nil || r.Rouge == nil {
			continue
		}
		base, ratio := r.Rouge.Baseline.Fields(), r.Rouge.Ratio.Fields()
		for i, f := range r.Rouge.System.Fields() {
			fmt.Fprintf(tw, "summary\t%s\t%s vs %s\t%.2f\t%.2f\t%.3f", r.Label, f.Name, r.Rouge.Lead, f.Value, base[i].Value, ratio[i].Value)
			if t, ok := RougeTargets[f.Name]; ok {
				fmt.Fprintf(tw, "\t%s\t%s\n", t, metOrNot(t.Met(ratio[i].Value)))
			} else {
				fmt.Fprint(tw, "\t\t\n")
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range sums {
		if r == nil {
			continue
		}
		if r.Rouge == nil {
			fmt.Fprintf(w, "%s: %d documents, rouge.py not run (%s)\n", r.Label, r.Documents, r.RougeSkipped)
			continue
		}
		fmt.Fprintf(w, "%s: %d documents from %s, stemming %s, missing predictions %d, failed %d\n",
			r.Label, r.Rouge.Documents, r.Refs, onOff(r.Rouge.Stemming), r.Rouge.MissingPredictions, len(r.Failed))
	}
	return nil
}

// SelectMetrics returns the metric group for a -metrics flag value:
// "actors", "disputes" or "all".
func SelectMetrics(which string) ([]string, error) {
	switch which {
	case "actors":
		return ActorMetrics, nil
	case "disputes":
		return DisputeMetrics, nil
	case "all", "":
		return slices.Concat(ActorMetrics, DisputeMetrics), nil
	}
	return nil, fmt.Errorf("evaluate: metrics %q: want actors, disputes or all", which)
}
