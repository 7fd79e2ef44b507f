package summary

import (
	"strings"
	"testing"
)

// TestModel checks the embedded model: it parses, and it weighs every
// feature training fits, so that a feature renamed or added without
// retraining (make train-summary) fails here rather than silently
// scoring 0.
func TestModel(t *testing.T) {
	ms, err := Default()
	if err != nil {
		t.Fatalf("embedded model.txt: %v", err)
	}
	for _, f := range bodyFeatures {
		if ms.body.w[f] == 0 {
			t.Errorf("body model: feature %q has no weight; retrain with make train-summary", featureNames[f])
		}
	}
	// The body model is a ranking of sentences: centrality is what the
	// BBC extracts reward most.
	if ms.body.w[fCentrality] <= 0 {
		t.Errorf("body model: centrality weight %v, want positive", ms.body.w[fCentrality])
	}
	seen := map[string]bool{}
	for i, n := range featureNames {
		if n == "" || seen[n] || strings.ContainsAny(n, " \t") {
			t.Errorf("feature %d: name %q is empty, repeated or holds space", i, n)
		}
		seen[n] = true
	}
}

func TestParseModels(t *testing.T) {
	var want Model
	want.body.w[fCentrality] = 4.5
	want.body.w[fTitle] = -0.25
	got, err := parseModels(formatModels(&want, "a header\nover two lines"))
	if err != nil {
		t.Fatalf("parseModels(formatModels(m)) = _, %v", err)
	}
	if *got != want {
		t.Errorf("round trip: got %+v, want %+v", got, want)
	}
	for _, bad := range []string{
		"body centrality",            // no weight
		"body centrality 1 2",        // too many fields
		"lead centrality 1",          // no such model
		"body sentiment 1",           // no such feature
		"body centrality heavy",      // not a number
		"# ok\nbody centrality 1\nx", // a bad line after good ones
	} {
		if _, err := parseModels(bad); err == nil {
			t.Errorf("parseModels(%q) = _, nil; want an error", bad)
		}
	}
}
