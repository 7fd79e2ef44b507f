package summary

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// tinyCorpus writes n small articles whose reference sentence is the one
// that holds a figure, placed at a different position in each, so that
// only the numbers feature can find it.
func tinyCorpus(t *testing.T, n int) []*example {
	t.Helper()
	towns := []string{"Arden", "Belmor", "Casterly", "Dunmore", "Elsworth", "Farrow", "Glenby", "Harwick"}
	var exs []*example
	for i := range n {
		town := towns[i%len(towns)]
		sents := []string{
			fmt.Sprintf("Residents of %s met the council about the plan for the old market.", town),
			"Some wanted the market kept as it is and others wanted new shops.",
			"The meeting went on late into the evening in the school hall.",
			"Several speakers asked the council to listen to traders.",
			"A vote on the plan is due after the summer.",
		}
		at := (i * 3) % (len(sents) + 1)
		figure := fmt.Sprintf("The plan would cost %d million pounds and create %d jobs.", 2+i, 40+i)
		sents = append(sents[:at], append([]string{figure}, sents[at:]...)...)
		src := strings.Join(sents, " ")
		doc := text.NewDocument(src, "")
		exs = append(exs, newExample(t, fmt.Sprintf("tiny-%02d", i), doc, figure, func(s text.Span) bool {
			return s.In(src) == figure
		}))
	}
	return exs
}

// TestTrainTiny trains on articles written here, so it runs everywhere,
// without the shared corpora: training must find the one feature that
// tells the reference apart, rank held-out articles by it, and write the
// same model twice.
func TestTrainTiny(t *testing.T) {
	exs := tinyCorpus(t, 16)
	train, held := exs[:12], exs[12:]
	ms := fit(train)
	if ms.body.w[fNumbers] <= 0 {
		t.Fatalf("numbers weight %v; want it positive: the reference is the sentence with figures", ms.body.w[fNumbers])
	}
	for _, ex := range held {
		best := 0
		for i := range ex.feats {
			if ms.body.score(&ex.feats[i]) > ms.body.score(&ex.feats[best]) {
				best = i
			}
		}
		if ex.inRef[best] != 1 {
			t.Errorf("%s: the model's best is sentence %d, not the reference", ex.id, best)
		}
	}
	if a, b := formatModels(ms, "tiny"), formatModels(fit(train), "tiny"); a != b {
		t.Errorf("training twice gave two models:\n%s\n%s", a, b)
	}
	if _, err := parseModels(formatModels(ms, "tiny")); err != nil {
		t.Errorf("the trained model does not parse: %v", err)
	}
}
