package summary

import (
	"context"
	"errors"
	"slices"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// Options tunes a summary. Zero values mean the defaults.
type Options struct {
	// Model scores the sentences; required. The engine loads it once
	// (Default) and passes it.
	Model        *Model
	MaxSentences int // key points to return at most; 0 means 3
	MaxKeywords  int // keywords to return at most; 0 means 10
}

// ErrNoModel is Summarize's answer when Options.Model is nil.
var ErrNoModel = errors.New("summary: no model given (Options.Model)")

// Defaults for the zero Options.
const (
	DefaultMaxSentences = 3
	DefaultMaxKeywords  = 10
)

// KeyPoint is one sentence chosen for the summary.
type KeyPoint struct {
	Sentence int       // index into the document's sentences
	Span     text.Span // the sentence's bytes
	Score    float64   // 0..1, higher is more central
}

// Summary is an extractive summary.
type Summary struct {
	Gist      int        // index of the most representative sentence; -1 when there is none
	GistSpan  text.Span  // that sentence's bytes
	KeyPoints []KeyPoint // in document order
	Keywords  []string   // most important first
}

// Summarize returns the summary of doc. It checks ctx inside its loops and
// returns ctx.Err() when it is done.
//
// A document with no sentence but a headline has no gist (Gist is -1) and
// no key points, but its headline still yields keywords.
func Summarize(ctx context.Context, doc *text.Document, opts Options) (Summary, error) {
	if opts.Model == nil {
		return Summary{Gist: -1}, ErrNoModel
	}
	return summarizeWith(ctx, doc, opts, opts.Model, chosenDesign)
}

// summarizeWith is Summarize with the scoring models and the design given,
// so that training and model selection can measure models and designs
// Summarize does not use.
func summarizeWith(ctx context.Context, doc *text.Document, opts Options, ms *Model, dz design) (Summary, error) {
	maxS := opts.MaxSentences
	if maxS <= 0 {
		maxS = DefaultMaxSentences
	}
	maxK := opts.MaxKeywords
	if maxK <= 0 {
		maxK = DefaultMaxKeywords
	}
	sum := Summary{Gist: -1}
	if err := ctx.Err(); err != nil {
		return sum, err
	}

	d := getDocTerms()
	defer putDocTerms(d)
	if err := d.read(ctx, doc); err != nil {
		return sum, err
	}
	r := ranker{d: d, ms: ms, dz: dz}
	picked, scores, err := r.pick(ctx, maxS)
	if err != nil {
		return sum, err
	}
	if len(picked) > 0 {
		// The first pick is the gist: the model's best sentence (the
		// lead sentence in a design that starts with the lead).
		g := d.sents[picked[0]]
		sum.Gist, sum.GistSpan = g.index, g.span
		sum.KeyPoints = make([]KeyPoint, len(picked))
		for i, p := range picked {
			s := d.sents[p]
			sum.KeyPoints[i] = KeyPoint{Sentence: s.index, Span: s.span, Score: scores[i]}
		}
		slices.SortFunc(sum.KeyPoints, func(a, b KeyPoint) int { return a.Sentence - b.Sentence })
	}
	sum.Keywords, err = d.keywords(ctx, maxK)
	if err != nil {
		return Summary{Gist: -1}, err
	}
	return sum, nil
}
