package lexicon

import (
	"strings"
	"testing"
)

// stageBits are the bits of the actor and summary stages' classes.
const stageBits = ^Class(1<<32 - 1)

// TestLookupStageClasses asks words picked for each class of bits 32
// to 63, and some in none of them.
func TestLookupStageClasses(t *testing.T) {
	tests := []struct {
		w    string
		want Class
	}{
		// The words around names.
		{"speaking", Stop},
		{"yesterday", Stop | Closed},
		{"denies", ActVerb | CueDispute},
		{"slammed", ActVerb},
		{"wants", ActVerb | Filler},
		{"the", Stop | TitleFunction | Closed | BeforeNoun},
		{"is", Stop | ActVerb | TitleFunction | Closed | BeforeVerb},
		{"towards", SettingPrep | Closed},
		{"near", SettingPrep},
		// Role words, in either number for the role nouns.
		{"shadow", RoleModifier | InitialModifier},
		{"pensions", RoleModifier},
		{"lawyer", PersonRole},
		{"lawyers", PersonRole | GroupHead},
		{"spokesman", PersonRole | ManyRole},
		{"committee", OrgRole | LowerOrgHead | ManyRole},
		{"minister", PersonRole | Office},
		{"ministers", PersonRole | Collective},
		{"charity", RoleModifier | OrgRole | Firm},
		{"charitys", OrgRole}, // the rule adds "s" and nothing else
		{"consortiums", OrgRole},
		{"regulator", PersonRole | OrgRole | Firm},
		{"regulators", PersonRole | OrgRole | GroupHead},
		{"governor-general", Office},
		{"ex", RoleModifier | InitialModifier},
		{"boss", PersonRole | Office | VagueOffice},
		{"quarter", NonAgent},
		{"foundation", OrgRole | LowerOrgHead},
		// Groups, and the words around names that say what they name.
		{"campaigners", PersonRole | GroupHead},
		{"pensioners", GroupHead},
		{"powers", Collective},
		{"thousands", NumberWord},
		{"police", Institution},
		{"federation", LowerOrgHead},
		{"meanwhile", Stop | ClauseOpener | Closed | Anaphor | NonAgent},
		// The summary's words.
		{"etc", Closed},
		{"mr", Closed},
		{"whoever", Closed | NonAgent},
		{"likely", Filler},
		{"rose", Filler},
		{"furthermore", Stop | Anaphor},
		{"others", Closed | Anaphor},
		{"every", Stop | Closed | BeforeNoun},
		{"shall", Stop | BeforeVerb},
		{"announced", ActVerb | CueReport},
		{"according", Stop | Filler | CueReport},
		{"we've", Stop | Closed | CueFirstPerson},
		{"intends", CueFuture},
		{"whereas", Closed | ClauseOpener | CueContrast},
		{"disputed", CueDispute},
		// No list: open-class words, case and inflections the lists lack.
		{"sanctions", 0},
		{"reportedly", 0},
		{"The", 0},
		{"Minister", 0},
		{"MINISTERS", 0},
		{"ministeres", 0},
		{"minister.", 0},
		{"", 0},
	}
	var asked Class
	for _, tt := range tests {
		if got := Lookup(tt.w) & stageBits; got != tt.want {
			t.Errorf("Lookup(%q) = %#x, want %#x", tt.w, uint64(got), uint64(tt.want))
		}
		asked |= tt.want
	}
	// A class added later gets a row of its own.
	for _, l := range lists {
		if !asked.Has(l.class) {
			t.Errorf("class %#x of %q... has no row in the table", uint64(l.class), l.words[0])
		}
	}
}

// TestHas checks that Has asks for any of the classes given.
func TestHas(t *testing.T) {
	c := Lookup("minister")
	for _, tt := range []struct {
		x    Class
		want bool
	}{
		{PersonRole, true}, {Office, true}, {PersonRole | Firm, true}, {Firm, false}, {Firm | Stop, false}, {0, false},
	} {
		if got := c.Has(tt.x); got != tt.want {
			t.Errorf("Lookup(%q).Has(%#x) = %v, want %v", "minister", uint64(tt.x), got, tt.want)
		}
	}
}

// TestLists checks the lists against the map built from them: every word
// is lower case and carries its list's class, its plural too for a role
// list, and no word carries a class its lists do not give it.
func TestLists(t *testing.T) {
	var all Class
	want := map[string]Class{}
	for _, l := range lists {
		if all.Has(l.class) || l.class == 0 || l.class&(l.class-1) != 0 {
			t.Errorf("class %#x is not a bit of its own", uint64(l.class))
		}
		all |= l.class
		if len(l.words) == 0 {
			t.Errorf("class %#x has no words", uint64(l.class))
		}
		for _, w := range l.words {
			if w == "" || strings.ToLower(w) != w {
				t.Errorf("list word %q of class %#x is not lower case", w, uint64(l.class))
			}
			want[w] |= l.class
			if l.plural {
				want[w+"s"] |= l.class
			}
		}
	}
	if all&(1<<32-1) != 0 {
		t.Errorf("classes %#x use bits 0 to 31, kept for the disputes stage", uint64(all&(1<<32-1)))
	}
	n := 0
	for w, c := range All() {
		if c != Lookup(w) {
			t.Errorf("All yields %q with %#x; Lookup says %#x", w, uint64(c), uint64(Lookup(w)))
		}
		if c &= stageBits; c != 0 {
			n++
		}
		if c != want[w] {
			t.Errorf("All yields %q with stage classes %#x; the lists give %#x", w, uint64(c), uint64(want[w]))
		}
	}
	if n != len(want) {
		t.Errorf("All yields %d words, the lists hold %d", n, len(want))
	}
}

// BenchmarkLookup looks up a sentence's words, in lower case.
func BenchmarkLookup(b *testing.B) {
	ws := strings.Fields("the former shadow health secretary said on monday that ministers would not back the regulator's plan to cut bus fares")
	b.ReportAllocs()
	for b.Loop() {
		var c Class
		for _, w := range ws {
			c |= Lookup(w)
		}
		if !c.Has(PersonRole) {
			b.Fatal("no role in the sentence")
		}
	}
}
