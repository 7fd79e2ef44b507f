package summary

import (
	"context"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// Options tunes a summary. Zero values mean the defaults.
type Options struct {
	MaxSentences int // key points to return at most; 0 means 3
	MaxKeywords  int // keywords to return at most; 0 means 10
}

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
func Summarize(ctx context.Context, doc *text.Document, opts Options) (Summary, error) {
	panic("not implemented")
}
