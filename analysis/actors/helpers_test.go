package actors

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

func TestStripPossessive(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iran's", "Iran"}, {"Iran’s", "Iran"}, {"IRAN'S", "IRAN"}, {"Zoë’s", "Zoë"},
		{"the Americans'", "the Americans"}, {"Americans’", "Americans"},
		{"Jones", "Jones"}, {"'s", "'s"}, {"s'", "s'"}, {"’s", "’s"}, {"a", "a"}, {"", ""},
	}
	for _, tt := range tests {
		if got := stripPossessive(tt.in); got != tt.want {
			t.Errorf("stripPossessive(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeyOf(t *testing.T) {
	tests := []struct{ prefix, in, want string }{
		{"name:", "Bank  of\tEngland", "name:bank of england"},
		{"", "Iran’s", "iran"},
		{"", "Ó Dálaigh’s", "ó dálaigh"},
		{"gov:", " the Calder administration ", "gov:the calder administration"},
	}
	for _, tt := range tests {
		if got := keyOf(tt.prefix, tt.in); got != tt.want {
			t.Errorf("keyOf(%q, %q) = %q; want %q", tt.prefix, tt.in, got, tt.want)
		}
	}
}

// TestLowerSeen checks the set of words a text writes in lower case:
// asked in any case, beyond ASCII and past the 32 bytes kept on the stack.
func TestLowerSeen(t *testing.T) {
	long := strings.Repeat("ab", 20)
	src := "Ministers met. The former minister praised the élan of straße and " + long + ". The Party spoke."
	d, err := newDocument(context.Background(), text.NewDocument(src, ""), gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer d.release()
	for _, w := range []string{"former", "Former", "FORMER", "élan", "Élan", "ÉLAN", "straße", "Straße", long, strings.ToUpper(long)} {
		if !d.lowerSeen(w) {
			t.Errorf("lowerSeen(%q) = false; want true", w)
		}
	}
	for _, w := range []string{"party", "Party", "ministers", "Ministers", "formers", "elan", "STRASSE", ""} {
		if d.lowerSeen(w) {
			t.Errorf("lowerSeen(%q) = true; want false", w)
		}
	}
}

// TestMayStartGazetteer checks the lookup filter against the gazetteer
// itself: every form's first word passes it, in any case and with a
// possessive, so that the filter never hides a match.
func TestMayStartGazetteer(t *testing.T) {
	for _, e := range gazetteer.Default().Entities() {
		forms := append([]string{e.Name}, e.Names...)
		forms = append(forms, e.Abbreviations...)
		forms = append(forms, e.Demonyms...)
		forms = append(forms, e.Capitals...)
		forms = append(forms, e.Metonyms...)
		for _, f := range forms {
			first, _, _ := strings.Cut(f, " ")
			for _, w := range []string{first, strings.ToUpper(first), first + "'s"} {
				if !startsOf(gazetteer.Default()).mayStart(w) {
					t.Errorf("mayStart(%q) = false, but %q is a form of %s", w, f, e.ID)
				}
			}
		}
	}
	for _, w := range []string{"Ferrante", "Okafor", "Zorblat"} {
		if startsOf(gazetteer.Default()).mayStart(w) {
			t.Errorf("mayStart(%q) = true; no form starts with it", w)
		}
	}
}

// TestLongSentences guards against work that grows with the square of a
// sentence's length: a sentence of tens of thousands of words, names or
// marks must take well under a second.
func TestLongSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping long texts in -short mode")
	}
	// Thousands of distinct names of two words, which the resolver
	// compares with one another.
	var names strings.Builder
	for i := 0; names.Len() < 60000; i++ {
		fmt.Fprintf(&names, "Ana%c%c Lenz%c%c said so. ", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26, 'a'+i%7)
	}
	src := names.String()
	doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
	start := time.Now()
	if _, err := Find(context.Background(), doc, tagged()); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("%d distinct names took %v", strings.Count(src, "said"), d)
	}
	for _, unit := range []string{"Norway ", ". ", "Acme Norway Ltd Mr ", "Ms Vela said the unions and the minister met. ",
		"Acme and Halden and ", "Chief Acme and Halden Brel and ", "Acme Halden But ", "The Acme of the Halden Bank "} {
		src := strings.Repeat(unit, 60000/len(unit))
		doc := &text.Document{Text: src, Sentences: []text.Sentence{{Span: text.Span{Start: 0, End: len(src)}}}}
		start := time.Now()
		if _, err := Find(context.Background(), doc, tagged()); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%q repeated as one sentence took %v", unit, d)
		}
	}
}

// tagged is the Options the tests run Find with: the embedded tagger, as
// the engine passes it.
func tagged() Options {
	tg, err := ner.Default()
	if err != nil {
		panic(err)
	}
	f, err := DefaultFilter()
	if err != nil {
		panic(err)
	}
	return Options{Tagger: tg, Gazetteer: gazetteer.Default(), Filter: f}
}

// defaultFilterOf returns the embedded filter, for the tests that run the
// stages below Find.
func defaultFilterOf(tb testing.TB) *Filter {
	tb.Helper()
	f, err := DefaultFilter()
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// TestFindNeedsTagger: without a tagger Find says so rather than answer
// from the rules alone.
func TestFindNeedsTagger(t *testing.T) {
	src := "Nadia Ferrante met Edwin Marsh in Paris."
	if _, err := Find(context.Background(), &text.Document{Text: src, Sentences: text.Sentences(src)}, Options{}); !errors.Is(err, ErrNoTagger) {
		t.Fatalf("Find without a tagger = _, %v; want ErrNoTagger", err)
	}
}

// TestFindNeedsGazetteer: without a gazetteer Find says so rather than
// read countries as people.
func TestFindNeedsGazetteer(t *testing.T) {
	src := "Nadia Ferrante met Edwin Marsh in Paris."
	opts := tagged()
	opts.Gazetteer = nil
	if _, err := Find(context.Background(), &text.Document{Text: src, Sentences: text.Sentences(src)}, opts); !errors.Is(err, ErrNoGazetteer) {
		t.Fatalf("Find without a gazetteer = _, %v; want ErrNoGazetteer", err)
	}
}
