package analysis

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestObserveStages: Observe hears each stage that ran, in order, and no
// stage that did not.
func TestObserveStages(t *testing.T) {
	eng := newEngine(t, Config{})
	doc := &Document{Text: "Norway rejected the offer from Acme. Acme said the price was fair."}
	for _, tc := range []struct {
		feats Features
		want  []string
	}{
		{0, []string{"text", "summary", "actors", "disputes"}},
		{Summary, []string{"text", "summary"}},
		{Actors, []string{"text", "actors"}},
		{Sentences, []string{"text"}},
	} {
		var got []string
		opts := &Options{Features: tc.feats, Observe: func(stage string, d time.Duration) {
			if d < 0 {
				t.Errorf("stage %s took %v", stage, d)
			}
			got = append(got, stage)
		}}
		if _, err := eng.Analyze(context.Background(), doc, opts); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("features %b: observed %v; want %v", tc.feats, got, tc.want)
		}
	}
}
