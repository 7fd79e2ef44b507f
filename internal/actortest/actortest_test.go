package actortest

import (
	"slices"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
)

// Doc places a mention at each whole-word use of a form, the longer form
// first, in the sentence holding it, and marks demonyms.
func TestDocMentions(t *testing.T) {
	src := "Tarnish envoys met the Tarn Water Board. Tarnland's board disagreed with Tarnishmen."
	doc, acts := Doc(src, Country("Tarnland").WithDemonyms("Tarnish"), Org("Tarn Water Board", "board"))
	var got []string
	var sents []int
	for _, a := range acts {
		for _, m := range a.Mentions {
			s := m.Span.In(src)
			if m.Kind == actors.Demonym {
				s += " (demonym)"
			}
			got = append(got, a.ID+" "+s)
			sents = append(sents, m.Sentence)
		}
	}
	want := []string{"actor-1 Tarnish (demonym)", "actor-1 Tarnland", "actor-2 Tarn Water Board", "actor-2 board"}
	if !slices.Equal(got, want) || !slices.Equal(sents, []int{0, 1, 0, 1}) || len(doc.Sentences) != 2 {
		t.Errorf("mentions %q in sentences %v; want %q in [0 1 0 1]", got, sents, want)
	}
}
