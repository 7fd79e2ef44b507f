package summary

import (
	"context"
	"testing"
)

// The gist is the model's best sentence. In a news story it is the lead;
// where the story opens with a fragment that sets the scene, it is the
// sentence that states the story, and the fragment is at most a lesser
// key point.
func TestGist(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want int // the gist's sentence index
	}{{
		name: "news: the lead",
		src: "The river authority will close the Kelby weir for repairs from June, cutting water to three mills. " +
			"Engineers found cracks in the weir's stone face during an inspection in March. " +
			"The repairs are expected to take four months and cost 1.2 million pounds. " +
			"Mill owners said they would move production to other sites while the weir is shut. " +
			"The authority said the weir, built in 1842, had not been repaired since 1970.",
		want: 0,
	}, {
		name: "a scene-setting fragment opens the story",
		src: "Guilty on every count. " +
			"After two days of deliberation, a jury in Harlow found former council treasurer Dennis Marsh guilty of stealing 2.4 million pounds from the town's pension fund. " +
			"Marsh, 61, had moved the money into accounts in his late mother's name over eleven years. " +
			"The judge remanded him in custody until sentencing next month. " +
			"Pensioners who lost part of their income packed the public gallery. " +
			"The council said it would seek to recover the money from Marsh's assets.",
		want: 1,
	}}
	ms, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc(tc.src, "")
			s := summarize(t, doc, Options{})
			if s.Gist != tc.want {
				t.Errorf("gist is sentence %d %q; want %d", s.Gist, s.GistSpan.In(doc.Text), tc.want)
			}
			// The gist is the best-scored sentence, whatever else is picked.
			var d docTerms
			if err := d.read(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			r := ranker{d: &d, ms: ms, dz: chosenDesign}
			if err := r.score(context.Background()); err != nil {
				t.Fatal(err)
			}
			best := r.bestBody(make([]bool, len(d.sents)), 0)
			if d.sents[best].index != s.Gist {
				t.Errorf("gist is sentence %d; the model's best is %d", s.Gist, d.sents[best].index)
			}
		})
	}
}
