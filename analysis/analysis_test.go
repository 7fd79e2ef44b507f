package analysis

import (
	"context"
	"errors"
	"strings"
	"testing"
)

const story = `Union rejects pay offer

The rail union RMT on Monday rejected the pay offer from Network Rail, calling it an insult to its members.
Network Rail said the offer was fair and final. The union's leader, Bob Crow, warned of strikes in the spring.

Ministers urged both sides to return to talks.`

func TestAnalyzeFeatures(t *testing.T) {
	eng := newEngine(t, Config{})
	tests := []struct {
		name                                 string
		feats                                Features
		summary, actors, disputes, sentences bool
	}{
		{"default", 0, true, true, true, false},
		{"summary only", Summary, true, false, false, false},
		{"actors only", Actors, false, true, false, false},
		{"sentences only", Sentences, false, false, false, true},
		{"everything", DefaultFeatures | Sentences, true, true, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := eng.Analyze(context.Background(), &Document{ID: "x", Text: story}, &Options{Features: tt.feats})
			if err != nil {
				t.Fatalf("Analyze = %v", err)
			}
			if got := res.Summary != nil; got != tt.summary {
				t.Errorf("summary present = %v; want %v", got, tt.summary)
			}
			if got := len(res.Actors) > 0; got != tt.actors {
				t.Errorf("actors present = %v (%d); want %v", got, len(res.Actors), tt.actors)
			}
			if got := len(res.Disputes) > 0; got != tt.disputes {
				t.Errorf("disputes present = %v (%d); want %v", got, len(res.Disputes), tt.disputes)
			}
			if got := len(res.Sentences) > 0; got != tt.sentences {
				t.Errorf("sentences present = %v; want %v", got, tt.sentences)
			}
			if res.DocumentID != "x" || res.Language != "en" {
				t.Errorf("id, language = %q, %q; want x, en", res.DocumentID, res.Language)
			}
		})
	}
}

// TestDisputesBringTheirActors: positions name actors by id, so asking for
// disputes alone still returns the actors they name.
func TestDisputesBringTheirActors(t *testing.T) {
	res, err := newEngine(t, Config{}).Analyze(context.Background(), &Document{Text: story}, &Options{Features: Disputes})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range res.Actors {
		ids[a.ID] = true
	}
	for _, d := range res.Disputes {
		for _, p := range d.Positions {
			if !ids[p.ActorID] {
				t.Errorf("dispute %s names actor %s, which is not returned", d.ID, p.ActorID)
			}
		}
	}
}

func TestAnalyzeInputErrors(t *testing.T) {
	eng := newEngine(t, Config{MaxTextBytes: 64})
	tests := []struct {
		doc   Document
		check func(error) bool
	}{
		{Document{Text: ""}, func(err error) bool { return errors.Is(err, ErrEmptyText) }},
		{Document{Text: " \n "}, func(err error) bool { return errors.Is(err, ErrEmptyText) }},
		{Document{Text: "a\xffb"}, func(err error) bool { return errors.Is(err, ErrInvalidUTF8) }},
		{Document{Text: "fine", Title: "\xc3"}, func(err error) bool { return errors.Is(err, ErrInvalidUTF8) }},
		{Document{Text: strings.Repeat("x", 65)}, func(err error) bool {
			var l *LimitError
			return errors.As(err, &l) && l.Limit == 64 && l.Size == 65
		}},
		{Document{Text: "Bonjour.", Language: "fr-FR"}, func(err error) bool {
			var u *UnsupportedLanguageError
			return errors.As(err, &u) && u.Language == "fr-FR"
		}},
	}
	for _, tt := range tests {
		_, err := eng.Analyze(context.Background(), &tt.doc, nil)
		if err == nil || !tt.check(err) || !strings.HasPrefix(err.Error(), "analysis: ") {
			t.Errorf("Analyze(%q) = %v; want the matching input error", tt.doc.Text, err)
		}
	}
	for _, tag := range []string{"", "en", "EN", "en-GB", "en-Latn-US"} {
		if err := eng.CheckLanguage(tag); err != nil {
			t.Errorf("CheckLanguage(%q) = %v; want nil", tag, err)
		}
	}
}

func TestAnalyzeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newEngine(t, Config{}).Analyze(ctx, &Document{Text: story}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Analyze with a cancelled context = %v; want context.Canceled", err)
	}
}

func TestStats(t *testing.T) {
	res, err := newEngine(t, Config{}).Analyze(context.Background(), &Document{Text: "Zoë’s café opened. It closed!\n\nNew owners: 2 of them."}, &Options{Features: Sentences})
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Characters: 53, Words: 10, Sentences: 3, Paragraphs: 2}
	if res.Stats != want {
		t.Errorf("Stats = %+v; want %+v", res.Stats, want)
	}
}

func TestDeterministic(t *testing.T) {
	eng := newEngine(t, Config{})
	a, _ := eng.Analyze(context.Background(), &Document{Text: story}, nil)
	for range 3 {
		b, _ := eng.Analyze(context.Background(), &Document{Text: story}, nil)
		if len(a.Actors) != len(b.Actors) || len(a.Disputes) != len(b.Disputes) || a.Summary.Gist != b.Summary.Gist {
			t.Fatal("two runs on one text differ")
		}
		for i := range a.Actors {
			if a.Actors[i].Name != b.Actors[i].Name || a.Actors[i].Salience != b.Actors[i].Salience {
				t.Fatalf("actor %d differs: %+v vs %+v", i, a.Actors[i], b.Actors[i])
			}
		}
	}
}

// newEngine is New for tests: an engine whose models do not load fails
// the test.
func newEngine(tb testing.TB, cfg Config) *Engine {
	tb.Helper()
	e, err := New(cfg)
	if err != nil {
		tb.Fatalf("New = _, %v", err)
	}
	return e
}
