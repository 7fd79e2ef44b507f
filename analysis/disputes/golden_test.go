package disputes

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/internal/golden"

	"github.com/docanalysis/docanalysis/analysis/actors"
)

// readSpecs reads an actors file: one actor a line, "type | name | form;
// form", with # comments.
func readSpecs(t *testing.T, path string) []spec {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]actors.Type{
		"Person": actors.Person, "Organization": actors.Organization, "Country": actors.Country,
		"Group": actors.Group, "Location": actors.Location,
	}
	var out []spec
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 3 {
			t.Fatalf("%s:%d: want \"type | name | forms\", got %q", path, n+1, line)
		}
		typ, ok := types[strings.TrimSpace(f[0])]
		if !ok {
			t.Fatalf("%s:%d: unknown type %q", path, n+1, f[0])
		}
		sp := spec{Name: strings.TrimSpace(f[1]), Type: typ}
		for _, form := range strings.Split(f[2], ";") {
			if form = strings.TrimSpace(form); form != "" {
				sp.Forms = append(sp.Forms, form)
			}
		}
		out = append(out, sp)
	}
	return out
}

// The reviewable form of Find's answer: spans as text, actors by name,
// confidences rounded so that a golden file changes only when a choice
// does.
type (
	goldenResult struct {
		Disputes   []goldenPoint     `json:"disputes"`
		Agreements []goldenAgreement `json:"agreements"`
	}
	goldenPoint struct {
		ID          string           `json:"id"`
		Topic       string           `json:"topic"`
		Description string           `json:"description"`
		Confidence  float64          `json:"confidence"`
		Positions   []goldenPosition `json:"positions"`
		Evidence    []string         `json:"evidence"`
	}
	goldenPosition struct {
		Actor     string `json:"actor"`
		Statement string `json:"statement"`
	}
	goldenAgreement struct {
		ID          string   `json:"id"`
		Topic       string   `json:"topic"`
		Description string   `json:"description"`
		Confidence  float64  `json:"confidence"`
		Actors      []string `json:"actors"`
		Evidence    []string `json:"evidence"`
	}
)

// TestGolden runs Find on each testdata/<name>.txt with the actors of
// <name>.actors and compares the result with <name>.golden.json. Run with
// -update to accept a new output.
func TestGolden(t *testing.T) {
	golden.Each(t, func(t *testing.T, name, src string) {
		doc, acts := newDoc(t, src, readSpecs(t, filepath.Join("testdata", name+".actors"))...)
		points, agreed := find(t, doc, acts)
		nameOf := map[string]string{}
		for _, a := range acts {
			nameOf[a.ID] = a.Name
		}
		round := func(x float64) float64 { return math.Round(x*1000) / 1000 }
		g := goldenResult{Disputes: []goldenPoint{}, Agreements: []goldenAgreement{}}
		for _, p := range points {
			gp := goldenPoint{ID: p.ID, Topic: p.Topic, Description: p.Description, Confidence: round(p.Confidence)}
			for _, pos := range p.Positions {
				gp.Positions = append(gp.Positions, goldenPosition{Actor: nameOf[pos.ActorID], Statement: pos.Statement})
			}
			for _, e := range p.Evidence {
				gp.Evidence = append(gp.Evidence, e.In(src))
			}
			g.Disputes = append(g.Disputes, gp)
		}
		for _, a := range agreed {
			ga := goldenAgreement{ID: a.ID, Topic: a.Topic, Description: a.Description, Confidence: round(a.Confidence)}
			for _, id := range a.ActorIDs {
				ga.Actors = append(ga.Actors, nameOf[id])
			}
			for _, e := range a.Evidence {
				ga.Evidence = append(ga.Evidence, e.In(src))
			}
			g.Agreements = append(g.Agreements, ga)
		}
		golden.JSON(t, filepath.Join("testdata", name+".golden.json"), g)
	})
}
