package actors

import (
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// TestByNameLongSentence: the sentence a description's antecedent is
// named in is the sentence, however many tokens come before the mention
// in it (a position was once packed as sentence*1e6 + token, so a mention
// past the millionth token of sentence 0 read as one in sentence 1).
func TestByNameLongSentence(t *testing.T) {
	const far = 1_000_012
	r := &Reading{
		Actors: []Actor{{ID: "actor-1", Name: "Harbour Union", Type: Organization, Aliases: []string{"Harbour Union"}}},
		Sentences: []Sentence{{Mentions: []Ref{{Actor: 0, First: far, End: far + 2,
			Span: text.Span{Start: 2 * far, End: 2*far + 13}}}}},
	}
	a, from, ok := r.byName(0, far+5, "union")
	if !ok || a != 0 || from != 0 {
		t.Errorf("byName = %d, from sentence %d, %v; want actor 0 from sentence 0, true", a, from, ok)
	}
}
