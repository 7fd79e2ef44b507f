package disputes

import (
	"context"
	"slices"
	"testing"
)

// TestTopicCandidatesStartAtPhrases: a topic candidate starts where a noun
// phrase can: not inside one, not at a verb after its subject pronoun,
// not at a reporting verb or an actor alone; and it may carry the
// prepositional phrases after it.
func TestTopicCandidatesStartAtPhrases(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string // candidates that must be offered
		not  []string // candidates that must not
	}{
		{
			name: "a verb after its subject pronoun opens no phrase",
			src:  "The Harbour Trust said it wants to curb harbour fees.",
			want: []string{"curb harbour fees"},
			not:  []string{"wants to curb harbour fees", "wants"},
		},
		{
			name: "a phrase with its prepositional phrase",
			src:  "Mr Hale criticised the closure of the fish market.",
			want: []string{"closure of the fish market", "fish market"},
			not:  []string{"criticised the closure", "Mr Hale"},
		},
		{
			name: "a reporting verb opens no phrase",
			src:  "The council argued rents would rise.",
			not:  []string{"argued rents"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, hale, trust, council)
			r, err := read(context.Background(), doc, acts)
			if err != nil {
				t.Fatal(err)
			}
			defer r.release()
			var got []string
			for ph := range r.topicCandidates(&point{sents: []int{0}}) {
				got = append(got, ph.span.In(r.Text))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not among the candidates %q", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("%q among the candidates %q", w, got)
				}
			}
		})
	}
}
