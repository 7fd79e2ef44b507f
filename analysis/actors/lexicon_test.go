package actors

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// TestLexiconAsAsked checks the package's lookups against the lexicon
// and the exact-case lists, asked as the rules ask them: every listed
// word, in upper case, capitalised, with "s" and with a dot.
func TestLexiconAsAsked(t *testing.T) {
	exact := []wordList{connectors, titles, orgHeads, placeHeads, calendarWords, honorifics}
	var words []string
	for w := range lexicon.All() {
		words = append(words, w)
	}
	for _, m := range exact {
		for w := range m {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	var asked []string
	for _, w := range words {
		asked = append(asked, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w+"S", w+".", "x"+w)
	}
	for _, w := range asked {
		b := lexicon.Lookup(strings.ToLower(w))
		if got := lex(w); got != b {
			t.Errorf("lex(%q) = %#x; want %#x", w, uint64(got), uint64(b))
		}
		// The role nouns' plurals are the lexicon's; the dot of an
		// abbreviation is the package's to drop.
		bp := lexicon.Lookup(strings.ToLower(undot(w)))
		if got, want := isPersonRole(w), bp.Has(lexicon.PersonRole); got != want {
			t.Errorf("isPersonRole(%q) = %v; want %v", w, got, want)
		}
		if got, want := isOrgRole(w), bp.Has(lexicon.OrgRole); got != want {
			t.Errorf("isOrgRole(%q) = %v; want %v", w, got, want)
		}
		if got, want := functionWord(w), b.Has(lexicon.Stop) && !b.Has(lexicon.RoleModifier); got != want {
			t.Errorf("functionWord(%q) = %v; want %v", w, got, want)
		}
		// The exact-case classes, read through a one-token document.
		src := w + "'s"
		for _, text := range []string{w, src} {
			d := testDocument(t, text)
			k := 0
			bare := d.bare(k)
			checks := []struct {
				name      string
				got, want bool
			}{
				{"connector", d.has(k, wordConnector), connectors.has(d.tok(k))},
				{"title", d.has(k, wordTitle), titleWord(bare)},
				{"orgHead", d.has(k, wordOrgHead), orgHeads.has(bare)},
				{"placeHead", d.has(k, wordPlaceHead), placeHeads.has(bare)},
				{"calendar", d.has(k, wordCalendar), calendarWords.has(undot(bare))},
				{"honorific", d.has(k, wordHonorific), honorifics.has(undot(d.tok(k)))},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%q: %s = %v; want %v", text, c.name, c.got, c.want)
				}
			}
			d.release()
		}
	}
}

// testDocument reads src as a document of the package.
func testDocument(t *testing.T, src string) *document {
	t.Helper()
	d, err := newDocument(context.Background(), &text.Document{Text: src, Sentences: text.Sentences(src)}, gazetteer.Default())
	if err != nil || len(d.toks) == 0 {
		t.Fatalf("newDocument(%q) = %v, %v", src, d, err)
	}
	return d
}

// TestListsLowerCase checks what lex and nounLike rely on: gazStarts'
// keys are in lower case, as the lexicon's are (its own tests check), so
// that lookups of a word's lower case answer as the lists did; and every
// Stop word and ActVerb is ASCII in lower case, so that for a lower-case
// word the classes of lexPlural answer as Lookup of the word does.
func TestListsLowerCase(t *testing.T) {
	for w := range startsOf(gazetteer.Default()) {
		if strings.ToLower(w) != w {
			t.Errorf("key %q is not in lower case", w)
		}
	}
	for w, c := range lexicon.All() {
		if c.Has(lexicon.Stop|lexicon.ActVerb) && !isLowerWord(w) {
			t.Errorf("list word %q is not lower-case ASCII", w)
		}
	}
	for _, w := range []string{"mayor", "war", "wants", "said", "the", "reportedly", "Mayor", "etc.", "ÉLAN", "élan", ""} {
		want := isRoleNoun(w)
		if !want {
			want = !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
				!strings.HasSuffix(w, "s") && !lexicon.Lookup(w).Has(lexicon.Stop|lexicon.ActVerb)
		}
		if got := nounLike(w); got != want {
			t.Errorf("nounLike(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRoleNounsEitherNumber asks role nouns as texts write them: in
// either number, capitalised, and with an abbreviation's dot.
func TestRoleNounsEitherNumber(t *testing.T) {
	for _, tt := range []struct {
		w           string
		person, org bool
	}{
		{"minister", true, false},
		{"Ministers", true, false},
		{"MPs", true, false},
		{"mps.", true, false},
		{"spokeswomen", false, false}, // the plural rule adds "s", no more
		{"groups", false, true},
		{"Regulators", true, true},
		{"ministries", false, false},
		{"sanctions", false, false},
	} {
		if got := isPersonRole(tt.w); got != tt.person {
			t.Errorf("isPersonRole(%q) = %v, want %v", tt.w, got, tt.person)
		}
		if got := isOrgRole(tt.w); got != tt.org {
			t.Errorf("isOrgRole(%q) = %v, want %v", tt.w, got, tt.org)
		}
	}
}
