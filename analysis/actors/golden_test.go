package actors

import (
	"context"
	"github.com/docanalysis/docanalysis/internal/golden"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// goldenActor is an Actor as the golden files show it: offsets with the
// text they cover, kinds and types by name, salience rounded so that float
// noise never shows in a diff.
type goldenActor struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Type     string          `json:"type"`
	Salience float64         `json:"salience"`
	Aliases  []string        `json:"aliases"`
	Roles    []string        `json:"roles,omitempty"`
	Mentions []goldenMention `json:"mentions"`
}

type goldenMention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Kind     string `json:"kind"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

func goldenOf(src string, actors []Actor) []goldenActor {
	out := make([]goldenActor, 0, len(actors))
	for _, a := range actors {
		g := goldenActor{ID: a.ID, Name: a.Name, Type: a.Type.String(), Salience: math.Round(a.Salience*1e4) / 1e4, Aliases: a.Aliases, Roles: a.Roles}
		for _, m := range a.Mentions {
			g.Mentions = append(g.Mentions, goldenMention{m.Start, m.End, m.Kind.String(), m.Sentence, m.In(src)})
		}
		out = append(out, g)
	}
	return out
}

// TestGolden runs Find on each testdata/<name>.txt, articles written for
// these tests, and compares the result with <name>.golden.json. Run with
// -update to rewrite the golden files after a deliberate change, then read
// the diff.
func TestGolden(t *testing.T) {
	golden.Each(t, func(t *testing.T, name, src string) {
		actors := findText(t, "", src)
		golden.JSON(t, filepath.Join("testdata", name+".golden.json"), goldenOf(src, actors))
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var all strings.Builder
	run := func(name, src string) {
		doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var n int
			for b.Loop() {
				actors, err := Find(context.Background(), doc, tagged())
				if err != nil {
					b.Fatal(err)
				}
				n = len(actors)
			}
			if n == 0 {
				b.Fatalf("found no actors in %s", name)
			}
		})
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(data)
		all.WriteString("\n\n")
		run(strings.TrimSuffix(filepath.Base(f), ".txt"), string(data))
	}
	// A long text: every article fifty times over, to catch costs that
	// grow faster than the text.
	run("long", strings.Repeat(all.String(), 50))
}

// FuzzFind checks Find's invariants on arbitrary text: no panic, spans on
// rune boundaries inside the text, salience summing to one.
func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Mr. Ex-Scottish O’Dowd’s (CHF) the US-led Calder administration, the head of the WHO, Dr X.")
	f.Add("\u00a0«Zoë» — Ní Bhriain’s; Lord of. Of The And & (A) Mr")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
		actors, err := Find(context.Background(), doc, tagged())
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, src, actors)
	})
}
