package analysis

import (
	"context"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// fuzzMaxText keeps each fuzz input's analysis short, so the fuzzer
// explores shapes of text rather than sizes; size is the pathological
// table's business (server/hostile_test.go).
const fuzzMaxText = 64 << 10

// FuzzAnalyze runs the whole engine, every feature, on arbitrary bytes as
// text and title: it must not panic, must refuse only with its documented
// input errors, every actor a point names must be among the actors it
// returns, and every span it returns must lie inside the text on rune
// boundaries, so that the server's offset conversion and text[begin:end]
// are always defined. The seeds are in testdata/fuzz/FuzzAnalyze; run
// longer with `make fuzz`.
func FuzzAnalyze(f *testing.F) {
	f.Add([]byte(story), []byte("Union rejects pay offer"))
	eng := newEngine(f, Config{MaxTextBytes: fuzzMaxText})
	opts := &Options{Features: DefaultFeatures | Sentences}
	f.Fuzz(func(t *testing.T, body, title []byte) {
		src := string(body)
		doc := &Document{Text: src, Title: string(title)}
		res, err := eng.Analyze(context.Background(), doc, opts)
		if err != nil {
			var limit *LimitError
			if !errors.Is(err, ErrEmptyText) && !errors.Is(err, ErrInvalidUTF8) && !errors.As(err, &limit) {
				t.Fatalf("Analyze(%q, title %q) = %v; want a result or an input error", src, title, err)
			}
			return
		}
		check := func(what string, sp text.Span) {
			t.Helper()
			if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
				t.Fatalf("%s span [%d,%d) out of range 0..%d in %q", what, sp.Start, sp.End, len(src), src)
			}
			if !onRuneBoundary(src, sp.Start) || !onRuneBoundary(src, sp.End) {
				t.Fatalf("%s span [%d,%d) splits a rune in %q", what, sp.Start, sp.End, src)
			}
		}
		for _, s := range res.Sentences {
			check("sentence", s.Span)
		}
		if s := res.Summary; s != nil {
			if s.Gist >= 0 && s.GistSpan.End > s.GistSpan.Start {
				check("gist", s.GistSpan)
			}
			for _, k := range s.KeyPoints {
				check("key point", k.Span)
			}
		}
		ids := map[string]bool{}
		for _, a := range res.Actors {
			ids[a.ID] = true
			for _, m := range a.Mentions {
				check("mention of "+a.Name, m.Span)
			}
		}
		for _, d := range res.Disputes {
			for _, sp := range d.Evidence {
				check("dispute evidence", sp)
			}
			for _, p := range d.Positions {
				if !ids[p.ActorID] {
					t.Fatalf("dispute %s names actor %q, not returned, in %q", d.ID, p.ActorID, src)
				}
				for _, sp := range p.Evidence {
					check("position evidence", sp)
				}
			}
		}
		for _, ag := range res.Agreements {
			for _, id := range ag.ActorIDs {
				if !ids[id] {
					t.Fatalf("agreement %s names actor %q, not returned, in %q", ag.ID, id, src)
				}
			}
			for _, sp := range ag.Evidence {
				check("agreement evidence", sp)
			}
		}
		if res.Stats.Characters != utf8.RuneCountInString(src) {
			t.Fatalf("stats.characters = %d; want %d", res.Stats.Characters, utf8.RuneCountInString(src))
		}
	})
}

// onRuneBoundary reports whether byte offset i of valid UTF-8 src starts a
// rune or is the end of src.
func onRuneBoundary(src string, i int) bool {
	return i == len(src) || utf8.RuneStart(src[i])
}
