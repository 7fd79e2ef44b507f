package evaluate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"path/filepath"
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/disputes"
	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Fold returns the cross-validation fold of a document, 0..folds-1, from a
// hash of its id: the same document is always in the same fold, whatever
// else the set holds.
func Fold(id string, folds int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(folds))
}

// Examples reads golds as the engine does (segmentation, then the actors
// stage, whose proposals the disputes stage reads whatever the filter
// says of them) and labels what the disputes stage learns from: which
// sentences are evidence of which point, and which of the found actors are
// its parties. A gold evidence string labels each sentence that holds at
// least half of it, or half of which it holds; a party labels the actors
// the scorer would map to it.
func Examples(ctx context.Context, golds []*Gold) ([]disputes.Example, error) {
	filter, err := actors.DefaultFilter()
	if err != nil {
		return nil, err
	}
	opts, err := actorOptions(filter)
	if err != nil {
		return nil, err
	}
	out := make([]disputes.Example, 0, len(golds))
	for _, g := range golds {
		doc := text.NewDocument(g.Text, g.DocumentTitle())
		found, err := actors.Find(ctx, doc, opts)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %s: %w", g.ID, err)
		}
		amap := mapActors(g.Actors, asPredicted(g.Text, found))
		ex := disputes.Example{Doc: doc, Actors: found}
		ex.Disputes = labelPoints(g, doc, g.Disputes, amap, false)
		ex.Agreements = labelPoints(g, doc, g.Agreements, amap, true)
		out = append(out, ex)
	}
	return out, nil
}

// actorOptions returns the actors stage's options with the embedded tagger
// and gazetteer and the given filter.
func actorOptions(filter *actors.Filter) (actors.Options, error) {
	tg, err := ner.Default()
	if err != nil {
		return actors.Options{}, fmt.Errorf("evaluate: %w", err)
	}
	return actors.Options{Tagger: tg, Gazetteer: gazetteer.Default(), Filter: filter}, nil
}

// asPredicted gives found actors the form the scorer reads: names, aliases
// and the text of each mention.
func asPredicted(src string, found []actors.Actor) []*pb.Actor {
	pred := make([]*pb.Actor, len(found))
	for i, a := range found {
		p := &pb.Actor{Name: a.Name, Aliases: a.Aliases}
		for _, m := range a.Mentions {
			p.Mentions = append(p.Mentions, &pb.Mention{Span: &pb.TextSpan{Content: m.Span.In(src)}})
		}
		pred[i] = p
	}
	return pred
}

// filterDoc is one document's examples for the actor filter.
type filterDoc struct {
	examples []actors.FilterExample
	missed   int // required gold actors no proposal maps to
}

// filterExamples reads golds as the engine does and labels each actor the
// rules propose, per document: listed when the scorer maps it to a gold
// actor no actor before it claimed (a second actor for one gold actor is
// a split, which counts against precision), required when that gold actor
// is.
func filterExamples(ctx context.Context, golds []*Gold) ([]filterDoc, error) {
	opts, err := actorOptions(nil)
	if err != nil {
		return nil, err
	}
	out := make([]filterDoc, len(golds))
	for d, g := range golds {
		doc := text.NewDocument(g.Text, g.DocumentTitle())
		found, feats, err := actors.Proposals(ctx, doc, opts)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %s: %w", g.ID, err)
		}
		amap := mapActors(g.Actors, asPredicted(g.Text, found))
		claimed := make(map[int]bool)
		for i := range found {
			j, ok := amap[i]
			first := ok && !claimed[j]
			if ok {
				claimed[j] = true
			}
			if feats[i] == (actors.Features{}) {
				continue // not the filter's to decide
			}
			out[d].examples = append(out[d].examples, actors.FilterExample{Features: feats[i], Listed: first, Required: first && g.Actors[j].Required})
		}
		for j, a := range g.Actors {
			if a.Required && !claimed[j] {
				out[d].missed++
			}
		}
	}
	return out, nil
}

// trainFilter fits the actor filter to docs.
func trainFilter(docs []filterDoc) *actors.Filter {
	var exs []actors.FilterExample
	missed := 0
	for _, d := range docs {
		exs = append(exs, d.examples...)
		missed += d.missed
	}
	return actors.TrainFilter(exs, missed)
}

// labelPoints turns gold points into labeled points over doc's sentences
// and the actors amap maps to gold actors.
func labelPoints(g *Gold, doc *text.Document, points []GoldPoint, amap map[int]int, reqDefault bool) []disputes.Labeled {
	var out []disputes.Labeled
	for _, p := range points {
		l := disputes.Labeled{Required: p.required(reqDefault), Topic: p.Topic}
		for _, ev := range p.Evidence {
			at := strings.Index(g.Text, ev)
			if at < 0 {
				continue
			}
			span := text.Span{Start: at, End: at + len(ev)}
			for i, s := range doc.Sentences {
				n := min(s.Span.End, span.End) - max(s.Span.Start, span.Start)
				if n > 0 && (2*n >= span.End-span.Start || 2*n >= s.Span.End-s.Span.Start) {
					l.Sentences = append(l.Sentences, i)
				}
			}
		}
		for i, j := range amap {
			if slices.Contains(p.Parties, g.Actors[j].Name) {
				l.Parties = append(l.Parties, i)
			}
		}
		slices.Sort(l.Sentences)
		l.Sentences = slices.Compact(l.Sentences)
		slices.Sort(l.Parties)
		out = append(out, l)
	}
	return out
}

// CVConfig says what CrossValidate reads and writes.
type CVConfig struct {
	// Gold is the folder of gold files to cross-validate over.
	Gold string
	// Folds is how many folds; 0 means 5.
	Folds int
	// Salt, when set, is put before each id before it is hashed, for
	// another assignment of documents to folds: repeated with several
	// salts, cross-validation tells a real difference between two designs
	// from the luck of one split. Reported figures use none.
	Salt string
	// Fractions, when set, also runs the cross-validation with each share
	// of the training folds (the first documents in a fixed order), for a
	// learning curve.
	Fractions []float64
	// Out receives the predictions of each run: Out/pred/ for the whole
	// training folds, Out/curve-<pct>/pred/ for the curve.
	Out      string
	InFlight int
	// Python and Scorer, when set, check the full run's scores with
	// score_analysis.py.
	Python *Python
	Scorer string
	// Train sets how each fold's model is fitted.
	Train disputes.TrainConfig
}

// CurvePoint is the cross-validated score with a share of the training
// folds.
type CurvePoint struct {
	Fraction float64
	Total    Totals
}

// CVReport is the outcome of CrossValidate.
type CVReport struct {
	// Report scores every document by the model trained on the other
	// folds, as one set.
	Report *AnalysisReport
	Curve  []CurvePoint
}

// CrossValidate scores the engine on cfg.Gold by k-fold cross-validation
// over documents: for each fold, the actor filter and the disputes model
// are trained on the other folds' gold files and the fold's documents are
// analysed through the real service with them. Nothing learned sees the
// documents it is scored on.
func CrossValidate(ctx context.Context, cfg CVConfig) (*CVReport, error) {
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	golds, err := LoadGold(cfg.Gold)
	if err != nil {
		return nil, err
	}
	exs, err := Examples(ctx, golds)
	if err != nil {
		return nil, err
	}
	fdocs, err := filterExamples(ctx, golds)
	if err != nil {
		return nil, err
	}
	cv := &crossValidation{cfg: cfg, golds: golds, examples: exs, filterDocs: fdocs, order: hashOrder(golds)}
	out := &CVReport{}
	for _, frac := range cfg.Fractions {
		if frac >= 1 {
			continue
		}
		rep, err := cv.run(ctx, frac, filepath.Join(cfg.Out, fmt.Sprintf("curve-%03.0f", 100*frac)))
		if err != nil {
			return nil, err
		}
		out.Curve = append(out.Curve, CurvePoint{Fraction: frac, Total: rep.Sets[0].Total})
	}
	if out.Report, err = cv.run(ctx, 1, cfg.Out); err != nil {
		return nil, err
	}
	out.Curve = append(out.Curve, CurvePoint{Fraction: 1, Total: out.Report.Sets[0].Total})
	if cfg.Python == nil {
		out.Report.PythonSkipped = "python3 not found"
		return out, nil
	}
	err = cfg.Python.checkSet(ctx, cfg.Scorer, cfg.Gold, out.Report.PredDir, &out.Report.Sets[0])
	if errors.Is(err, ErrNoPython) {
		out.Report.PythonSkipped = err.Error()
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// crossValidation is one CrossValidate's gold and its training order.
type crossValidation struct {
	cfg      CVConfig
	golds    []*Gold
	examples []disputes.Example // golds' training examples, in the same order
	// filterDocs are golds' examples for the actor filter, in the same
	// order.
	filterDocs []filterDoc
	order      []int // golds in training order
}

// hashOrder is the training order of golds, and so which come first in
// the curve's shares: by a hash of the id, not the file names, which
// group articles by source.
func hashOrder(golds []*Gold) []int {
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(hash64(golds[a].ID), hash64(golds[b].ID))
	})
	return order
}

// run cross-validates with the share frac of each fold's training
// documents, writing the predictions under out, and scores them as one
// set.
func (cv *crossValidation) run(ctx context.Context, frac float64, out string) (*AnalysisReport, error) {
	rep := &AnalysisReport{PredDir: filepath.Join(out, "pred")}
	ids := make([]string, len(cv.golds))
	for i, g := range cv.golds {
		ids[i] = cv.cfg.Salt + g.ID
	}
	for f := 0; f < cv.cfg.Folds; f++ {
		train, test := splitFold(ids, cv.order, cv.cfg.Folds, f, frac)
		if err := cv.fold(ctx, train, test, rep); err != nil {
			return nil, err
		}
	}
	res, err := scoreSet(fmt.Sprintf("%s (%d-fold CV)", cv.cfg.Gold, cv.cfg.Folds), cv.golds, rep.PredDir)
	if err != nil {
		return nil, err
	}
	rep.Sets = []SetResult{res}
	return rep, nil
}

// splitFold returns, as indices into ids, the documents fold f trains on,
// the first share frac in order of those in other folds, and those it is
// tested on, fold f's in ids order. Folds are assigned by Fold on the id.
func splitFold(ids []string, order []int, folds, f int, frac float64) (train, test []int) {
	for _, i := range order {
		if Fold(ids[i], folds) != f {
			train = append(train, i)
		}
	}
	train = train[:int(math.Round(frac*float64(len(train))))]
	for i, id := range ids {
		if Fold(id, folds) == f {
			test = append(test, i)
		}
	}
	return train, test
}

// fold trains the actor filter and the disputes model on the examples
// train indexes and analyses the golds test indexes through the real
// service with them, adding the predictions to rep.
func (cv *crossValidation) fold(ctx context.Context, train, test []int, rep *AnalysisReport) error {
	exs := make([]disputes.Example, 0, len(train))
	fdocs := make([]filterDoc, 0, len(train))
	for _, i := range train {
		exs = append(exs, cv.examples[i])
		fdocs = append(fdocs, cv.filterDocs[i])
	}
	filter := trainFilter(fdocs)
	m, err := disputes.Train(ctx, exs, cv.cfg.Train)
	if err != nil {
		return err
	}
	golds := make([]*Gold, 0, len(test))
	for _, i := range test {
		golds = append(golds, cv.golds[i])
	}
	eng, err := analysis.New(analysis.Config{DisputeModel: m, ActorFilter: filter})
	if err != nil {
		return fmt.Errorf("evaluate: %w", err)
	}
	svc, err := StartEngine(eng)
	if err != nil {
		return err
	}
	err = predict(ctx, svc, golds, rep, cv.cfg.InFlight)
	if cerr := svc.Close(); err == nil {
		err = cerr
	}
	return err
}

// hash64 is the 64-bit FNV-1a hash of s.
func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// TrainDisputes trains the disputes model on every gold file of the
// folder, as the embedded one is made.
func TrainDisputes(ctx context.Context, gold string, cfg disputes.TrainConfig) (*disputes.Model, error) {
	golds, err := LoadGold(gold)
	if err != nil {
		return nil, err
	}
	exs, err := Examples(ctx, golds)
	if err != nil {
		return nil, err
	}
	return disputes.Train(ctx, exs, cfg)
}

// TrainFilter trains the actor filter on every gold file of the folder, as
// the embedded one is made.
func TrainFilter(ctx context.Context, gold string) (*actors.Filter, error) {
	golds, err := LoadGold(gold)
	if err != nil {
		return nil, err
	}
	fdocs, err := filterExamples(ctx, golds)
	if err != nil {
		return nil, err
	}
	return trainFilter(fdocs), nil
}
