package actors

import (
	"context"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// TestLexiconMatchesLists checks the merged tables against the word lists
// they are built from, asked as the rules used to ask the lists: every
// listed word, in upper case, capitalised, with "s" and with a dot.
func TestLexiconMatchesLists(t *testing.T) {
	lower := []struct {
		name  string
		words wordList
		bit   lexClass
	}{
		{"stopWords", stopWords, lexStop}, {"roleModifiers", roleModifiers, lexRoleMod},
		{"actVerbs", actVerbs, lexActVerb}, {"officeHeads", officeHeads, lexOffice},
		{"firmHeads", firmHeads, lexFirm}, {"titleFunctionWords", titleFunctionWords, lexTitleFn},
		{"initialModifiers", initialModifiers, lexInitialMod}, {"settingPreps", settingPreps, lexSettingPrep},
	}
	exact := []wordList{connectors, titles, orgHeads, placeHeads, calendarWords, honorifics}
	var words []string
	for _, l := range lower {
		for w := range l.words {
			words = append(words, w)
		}
	}
	for _, m := range append(exact, personRoles, orgRoles) {
		for w := range m {
			words = append(words, w)
		}
	}
	var asked []string
	for _, w := range words {
		asked = append(asked, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w+"S", w+".", "x"+w)
	}
	// inPlural as the rules asked it before the tables.
	inPlural := func(m wordList, w string) bool {
		w = undot(w)
		return inLower(m, w) || len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && inLower(m, w[:len(w)-1])
	}
	for _, w := range asked {
		b := lex(w)
		if gl, ge := classesOf(w); gl != b || ge != exactLex[w] {
			t.Errorf("classesOf(%q) = %#x, %#x; want %#x, %#x", w, gl, ge, b, exactLex[w])
		}
		for _, l := range lower {
			if got, want := b&l.bit != 0, inLower(l.words, w); got != want {
				t.Errorf("lex(%q) in %s = %v; want %v", w, l.name, got, want)
			}
		}
		if got, want := isPersonRole(w), inPlural(personRoles, w); got != want {
			t.Errorf("isPersonRole(%q) = %v; want %v", w, got, want)
		}
		if got, want := isOrgRole(w), inPlural(orgRoles, w); got != want {
			t.Errorf("isOrgRole(%q) = %v; want %v", w, got, want)
		}
		if got, want := functionWord(w), inLower(stopWords, w) && !inLower(roleModifiers, w); got != want {
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

// TestListsLowerCase checks what lex and nounLike rely on:
// the lexicon's and gazStarts' keys are in lower case, so that lookups of
// a word's lower case answer as the lists did; and every word of stopWords and
// actVerbs is ASCII in lower case, so that for a lower-case word the
// lexicon's classes answer as the lists do.
func TestListsLowerCase(t *testing.T) {
	for _, m := range []map[string]bool{startsOf(gazetteer.Default()), func() map[string]bool {
		keys := map[string]bool{}
		for w := range roleLexicon {
			keys[w] = true
		}
		return keys
	}()} {
		for w := range m {
			if strings.ToLower(w) != w {
				t.Errorf("key %q is not in lower case", w)
			}
		}
	}
	for _, l := range []wordList{stopWords, actVerbs} {
		for w := range l {
			if strings.ToLower(w) != w || !isLowerWord(w) {
				t.Errorf("list word %q is not lower-case ASCII", w)
			}
		}
	}
	for _, w := range []string{"mayor", "war", "wants", "said", "the", "reportedly", "Mayor", "etc.", "ÉLAN", "élan", ""} {
		want := isRoleNoun(w)
		if !want {
			want = !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
				!strings.HasSuffix(w, "s") && !stopWords.has(w) && !actVerbs.has(w)
		}
		if got := nounLike(w); got != want {
			t.Errorf("nounLike(%q) = %v, want %v", w, got, want)
		}
	}
}
