package analysis

import (
	"context"
	"slices"
	"testing"
)

// With the actors found, a key phrase that names one is written as the
// actor's name: the demonym and the country are one key phrase.
func TestKeywordsMergeActors(t *testing.T) {
	doc := &Document{Text: "Norwegian fishing crews blocked the harbour at Tromsø on Monday. " +
		"Norway wants the quota cut reversed, and Norwegian crews say the cut will close small fishing firms. " +
		"The fisheries minister, Kari Holm, said Norway would talk to the crews. " +
		"Fishing firms in the north employ thousands of people."}
	e := newEngine(t, Config{})
	alone, err := e.Analyze(context.Background(), doc, &Options{Features: Summary})
	if err != nil {
		t.Fatal(err)
	}
	both, err := e.Analyze(context.Background(), doc, &Options{Features: Summary | Actors})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("summary alone: %q; with actors: %q", alone.Summary.Keywords, both.Summary.Keywords)
	if !slices.Contains(alone.Summary.Keywords, "Norwegian") {
		t.Fatalf("summary alone: keywords %q, want the demonym Norwegian among them", alone.Summary.Keywords)
	}
	if slices.Contains(both.Summary.Keywords, "Norwegian") || !slices.Contains(both.Summary.Keywords, "Norway") {
		t.Errorf("with actors: keywords %q, want Norway and no Norwegian", both.Summary.Keywords)
	}
}
