package summary

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// modelText holds the trained sentence-scoring model. It is written by
// TestTrain (make train-summary) from the BBC training split and
// gold/train's summary references; see train_test.go for how and doc.go
// for the figures.
//
//go:embed model.txt
var modelText string

// model is a linear sentence scorer: its score is the dot product of its
// weights with a sentence's features. It is trained as a softmax over the
// sentences of one document, so only differences of scores mean
// anything: a sentence scoring d more than another is preferred with
// odds e^d.
type model struct {
	w features
}

// score returns the model's score of f.
func (m *model) score(f *features) float64 {
	var s float64
	for i, w := range m.w {
		s += w * f[i]
	}
	return s
}

// Model is the summary stage's trained sentence scorer: what the ranker
// (rank.go) picks every key point and the gist with. The engine loads it
// once, with Default, and passes it in Options.
type Model struct {
	// body ranks sentences by whether a reader's three-sentence summary,
	// or an extract of about 40% of the article such as the BBC summary
	// corpus holds, would keep them.
	body model
}

// Default returns the embedded model (model.txt, written by make
// train-summary). An error means the embedded file does not parse, which
// TestModel catches before it can ship.
func Default() (*Model, error) { return parseModels(modelText) }

// parseModels reads the model file format: lines "MODEL FEATURE WEIGHT",
// blank lines and lines starting with "#" ignored. A feature a model does
// not list has weight 0; an unknown model or feature is an error, so that
// a renamed feature cannot silently drop out.
func parseModels(src string) (*Model, error) {
	var ms Model
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("summary: model line %d: want MODEL FEATURE WEIGHT, got %q", n+1, line)
		}
		var m *model
		switch f[0] {
		case "body":
			m = &ms.body
		default:
			return nil, fmt.Errorf("summary: model line %d: unknown model %q", n+1, f[0])
		}
		i := featureIndex(f[1])
		if i < 0 {
			return nil, fmt.Errorf("summary: model line %d: unknown feature %q", n+1, f[1])
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("summary: model line %d: %w", n+1, err)
		}
		m.w[i] = w
	}
	return &ms, nil
}

// featureIndex returns the index of the feature called name, or -1.
func featureIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	return -1
}

// formatModels writes ms in the format parseModels reads, under header
// (each line of which becomes a comment).
func formatModels(ms *Model, header string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(header), "\n") {
		b.WriteString("# " + l + "\n")
	}
	for _, m := range []struct {
		name string
		m    *model
	}{{"body", &ms.body}} {
		b.WriteByte('\n')
		for i, w := range m.m.w {
			if w != 0 {
				fmt.Fprintf(&b, "%s %s %s\n", m.name, featureNames[i], strconv.FormatFloat(w, 'f', 6, 64))
			}
		}
	}
	return b.String()
}
