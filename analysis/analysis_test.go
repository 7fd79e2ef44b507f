package analysis

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/disputes"
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

// TestSidesKeptWhateverTheFilter: with a filter that keeps no proposal,
// the actors points and agreements name are still returned, numbered
// from actor-1 without gaps, and every side names one of them.
func TestSidesKeptWhateverTheFilter(t *testing.T) {
	none, err := actors.ReadFilter(strings.NewReader(keepNoneFilter(t)))
	if err != nil {
		t.Fatal(err)
	}
	res, err := newEngine(t, Config{ActorFilter: none}).Analyze(context.Background(), &Document{Text: story}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Disputes) == 0 {
		t.Fatal("no disputes in the story; the test needs one")
	}
	ids := map[string]bool{}
	for i, a := range res.Actors {
		if want := fmt.Sprintf("actor-%d", i+1); a.ID != want {
			t.Errorf("actor %d has ID %q; want %q", i, a.ID, want)
		}
		ids[a.ID] = true
	}
	for _, d := range res.Disputes {
		for _, p := range d.Positions {
			if !ids[p.ActorID] {
				t.Errorf("dispute %s names actor %q, not among %d returned", d.ID, p.ActorID, len(res.Actors))
			}
		}
	}
	for _, a := range res.Agreements {
		for _, id := range a.ActorIDs {
			if !ids[id] {
				t.Errorf("agreement %s names actor %q, not among %d returned", a.ID, id, len(res.Actors))
			}
		}
	}
	// The sides are all it returns, with the actors the filter is not
	// asked about.
	named := map[string]bool{}
	for _, d := range res.Disputes {
		for _, p := range d.Positions {
			named[p.ActorID] = true
		}
	}
	for _, a := range res.Agreements {
		for _, id := range a.ActorIDs {
			named[id] = true
		}
	}
	for _, a := range res.Actors {
		if !named[a.ID] && a.Confidence < 1 {
			t.Errorf("actor %s %q, confidence %.3f, is reported though no point names it", a.ID, a.Name, a.Confidence)
		}
	}
}

// keepNoneFilter is the embedded filter's file with a threshold no
// probability reaches: only the actors the filter is not asked about, and
// sides, are reported.
func keepNoneFilter(t *testing.T) string {
	t.Helper()
	f, err := actors.DefaultFilter()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "threshold\t") {
			lines[i] = "threshold\t1"
		}
	}
	return strings.Join(lines, "\n")
}

// TestRenameSides: an actor the filter drops before a side shifts the
// side's ID, and every position and agreement follows it.
func TestRenameSides(t *testing.T) {
	f, err := actors.ReadFilter(strings.NewReader(keepNoneFilter(t)))
	if err != nil {
		t.Fatal(err)
	}
	found := []actors.Actor{
		{ID: "actor-1", Name: "Dropped", Confidence: 0.2},
		{ID: "actor-2", Name: "Kept", Confidence: 1},
		{ID: "actor-3", Name: "Side", Confidence: 0.2},
	}
	points := []disputes.Point{{ID: "dispute-1", Positions: []disputes.Position{{ActorID: "actor-3"}, {ActorID: "actor-2"}}}}
	agreed := []disputes.Agreement{{ID: "agreement-1", ActorIDs: []string{"actor-2", "actor-3"}}}
	reported, renamed := f.Reported(found, sides(points, agreed))
	renameSides(points, agreed, renamed)
	var got []string
	for _, a := range reported {
		got = append(got, a.ID+"="+a.Name)
	}
	if want := "actor-1=Kept actor-2=Side"; strings.Join(got, " ") != want {
		t.Errorf("reported %v; want %s", got, want)
	}
	if p := points[0].Positions; p[0].ActorID != "actor-2" || p[1].ActorID != "actor-1" {
		t.Errorf("positions name %s, %s; want actor-2, actor-1", p[0].ActorID, p[1].ActorID)
	}
	if ids := agreed[0].ActorIDs; ids[0] != "actor-1" || ids[1] != "actor-2" {
		t.Errorf("agreement names %v; want [actor-1 actor-2]", ids)
	}
}
