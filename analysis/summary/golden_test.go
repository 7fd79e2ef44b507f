package summary

import (
	"context"
	"github.com/docanalysis/docanalysis/internal/golden"
	"math"
	"path/filepath"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// goldenSummary is the reviewable form of a Summary: sentences as text,
// scores rounded so that a golden file changes only when a choice does.
type goldenSummary struct {
	Gist      string           `json:"gist"`
	KeyPoints []goldenKeyPoint `json:"keyPoints"`
	Keywords  []string         `json:"keywords"`
}

type goldenKeyPoint struct {
	Sentence int     `json:"sentence"`
	Score    float64 `json:"score"`
	Text     string  `json:"text"`
}

// TestGolden summarises each testdata/<name>.txt and compares the result
// with <name>.golden.json. Run with -update to accept a new output.
func TestGolden(t *testing.T) {
	golden.Each(t, func(t *testing.T, name, src string) {
		doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
		s, err := Summarize(context.Background(), doc, embedded(t, Options{}))
		if err != nil {
			t.Fatalf("Summarize = _, %v", err)
		}
		checkSummary(t, doc, s, Options{})
		g := goldenSummary{Keywords: s.Keywords}
		if s.Gist >= 0 {
			g.Gist = s.GistSpan.In(src)
		}
		for _, kp := range s.KeyPoints {
			g.KeyPoints = append(g.KeyPoints, goldenKeyPoint{
				Sentence: kp.Sentence,
				Score:    math.Round(kp.Score*1000) / 1000,
				Text:     kp.Span.In(src),
			})
		}
		golden.JSON(t, filepath.Join("testdata", name+".golden.json"), g)
	})
}
