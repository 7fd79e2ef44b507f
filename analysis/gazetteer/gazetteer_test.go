package gazetteer

import (
	"math/bits"
	"strings"
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	g := Default()
	if g != Default() {
		t.Fatal("Default() returned two gazetteers; want one parsed once")
	}
	var countries, orgs, regions int
	for _, e := range g.Entities() {
		switch e.Kind {
		case Country:
			countries++
		case Organization:
			orgs++
		case Region:
			regions++
		}
	}
	// The sources hold 250 countries and 617 organisations; extra.tsv adds
	// a few groupings and regions.
	if countries != 250 || orgs < 617 || regions == 0 {
		t.Errorf("entities: %d countries, %d organisations, %d regions; want 250, >= 617, > 0", countries, orgs, regions)
	}
	if g.MaxWords() < 5 {
		t.Errorf("MaxWords() = %d; want at least 5 (\"International Atomic Energy Agency\" has 4)", g.MaxWords())
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		surface string
		fold    bool // use LookupFold
		id      string
		name    string
		kind    Kind
		form    Form
	}{
		{"Iran", false, "IRN", "Iran", Country, Name},
		{"Islamic Republic of Iran", false, "IRN", "Iran", Country, Name},
		{"Iranian", false, "IRN", "Iran", Country, Demonym},
		{"Iranians", false, "IRN", "Iran", Country, People},
		{"Tehran", false, "IRN", "Iran", Country, Capital},

		{"United States", false, "USA", "United States", Country, Name},
		{"US", false, "USA", "United States", Country, Abbreviation},
		{"U.S.", false, "USA", "United States", Country, Abbreviation},
		{"USA", false, "USA", "United States", Country, Abbreviation},
		{"America", false, "USA", "United States", Country, Name},
		{"the States", false, "USA", "United States", Country, Name},
		{"American", false, "USA", "United States", Country, Demonym},
		{"Americans", false, "USA", "United States", Country, People},
		{"Washington", false, "USA", "United States", Country, Capital},
		{"White House", false, "USA", "United States", Country, Metonym},

		{"IAEA", false, "International Atomic Energy Agency", "International Atomic Energy Agency", Organization, Abbreviation},
		{"International Atomic Energy Agency", false, "International Atomic Energy Agency", "International Atomic Energy Agency", Organization, Name},

		{"UK", false, "GBR", "United Kingdom", Country, Abbreviation},
		{"U.K.", false, "GBR", "United Kingdom", Country, Abbreviation},
		{"Britain", false, "GBR", "United Kingdom", Country, Name},
		{"Great Britain", false, "GBR", "United Kingdom", Country, Name},
		{"British", false, "GBR", "United Kingdom", Country, Demonym},
		{"Britons", false, "GBR", "United Kingdom", Country, People},
		{"London", false, "GBR", "United Kingdom", Country, Capital},
		{"Downing Street", false, "GBR", "United Kingdom", Country, Metonym},
		{"Whitehall", false, "GBR", "United Kingdom", Country, Metonym},

		{"Kremlin", false, "RUS", "Russia", Country, Metonym},
		{"Élysée", false, "FRA", "France", Country, Metonym},
		{"Brussels", false, "European Union", "European Union", Organization, Metonym},
		{"EU", false, "European Union", "European Union", Organization, Abbreviation},
		{"G7", false, "G7", "Group of Seven", Organization, Abbreviation},
		{"G-20", false, "G20", "Group of Twenty", Organization, Abbreviation},
		{"Arab League", false, "Arab League", "Arab League", Organization, Name},
		{"Europeans", false, "Europe", "Europe", Region, People},
		{"European", false, "Europe", "Europe", Region, Demonym},
		{"Scottish", false, "Scotland", "Scotland", Region, Demonym},

		// Sovereign states win over territories sharing a demonym.
		{"French", false, "FRA", "France", Country, Demonym},
		{"Dutch", false, "NLD", "Netherlands", Country, Demonym},
		{"Indian", false, "IND", "India", Country, Demonym},

		{"Nato", true, "North Atlantic Treaty Organisation", "North Atlantic Treaty Organisation", Organization, Abbreviation},
		{"NATO", false, "North Atlantic Treaty Organisation", "North Atlantic Treaty Organisation", Organization, Abbreviation},
		{"Elysee", true, "FRA", "France", Country, Metonym},
		{"Iran’s", true, "IRN", "Iran", Country, Name},
		{"DOWNING  STREET", true, "GBR", "United Kingdom", Country, Metonym},
		{"Cote d’Ivoire", true, "CIV", "Ivory Coast", Country, Name},
		{"Côte d'Ivoire", true, "CIV", "Ivory Coast", Country, Name},
		{"U.S.", true, "USA", "United States", Country, Abbreviation},
		{"Türkiye", false, "TUR", "Türkiye", Country, Name},
		{"Turkey", false, "TUR", "Türkiye", Country, Name},
		{"Inter-American Commission of Women", true, "Inter‐American Commission of Women", "Inter‐American Commission of Women", Organization, Name},
	}
	g := Default()
	for _, tt := range tests {
		lookup := g.Lookup
		if tt.fold {
			lookup = g.LookupFold
		}
		e, ok := lookup(tt.surface)
		if !ok {
			t.Errorf("lookup(%q, fold=%v) found nothing; want %s", tt.surface, tt.fold, tt.id)
			continue
		}
		if e.ID != tt.id || e.Name != tt.name || e.Kind != tt.kind || e.Form != tt.form {
			t.Errorf("lookup(%q, fold=%v) = {%s %q %v %v}; want {%s %q %v %v}",
				tt.surface, tt.fold, e.ID, e.Name, e.Kind, e.Form, tt.id, tt.name, tt.kind, tt.form)
		}
	}
}

func TestLookupMisses(t *testing.T) {
	g := Default()
	// Two-letter codes that are words or other acronyms are dropped; the
	// exact lookup is case-sensitive; alternative spellings that are
	// ordinary English words are dropped.
	for _, s := range []string{"IT", "IN", "DE", "iran", "us", "Island", "Mann", "", "the"} {
		if e, ok := g.Lookup(s); ok {
			t.Errorf("Lookup(%q) = %s (%v); want no entry", s, e.ID, e.Form)
		}
	}
	for _, s := range []string{"zzz", "", "United"} {
		if e, ok := g.LookupFold(s); ok {
			t.Errorf("LookupFold(%q) = %s (%v); want no entry", s, e.ID, e.Form)
		}
	}
}

func TestLookupAll(t *testing.T) {
	g := Default()
	all := g.LookupAll("Brussels")
	if len(all) != 2 || all[0].ID != "European Union" || all[1].ID != "BEL" || all[1].Form != Capital {
		t.Fatalf("LookupAll(Brussels) = %v; want the EU metonym, then Belgium's capital", ids(all))
	}
	// Appending to the shared slice must not overwrite the next key's run.
	next := g.entries[int(g.exact["Brussels"].end)]
	_ = append(all, Entry{})
	if g.entries[int(g.exact["Brussels"].end)] != next {
		t.Fatal("append to LookupAll's result overwrote shared entries")
	}
	if got := g.LookupAll("no such place"); len(got) != 0 {
		t.Errorf("LookupAll(miss) = %v; want empty", ids(got))
	}
	if got := g.LookupFoldAll("dominican"); len(got) != 2 {
		t.Errorf("LookupFoldAll(dominican) = %v; want Dominica and the Dominican Republic", ids(got))
	}
}

func ids(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID+"/"+e.Form.String())
	}
	return out
}

func TestEntity(t *testing.T) {
	g := Default()
	us, ok := g.Entity("USA")
	if !ok {
		t.Fatal("Entity(USA) not found")
	}
	if us.Official != "United States of America" || us.ISO2 != "US" || us.ISONumeric != "840" || !us.Independent {
		t.Errorf("USA = %+v; want official name, ISO codes, independent", us)
	}
	for _, want := range []string{"Washington D.C.", "Washington"} {
		if !contains(us.Capitals, want) {
			t.Errorf("USA capitals %q lack %q", us.Capitals, want)
		}
	}
	if !contains(us.Metonyms, "White House") || !contains(us.People, "Americans") {
		t.Errorf("USA metonyms %q, people %q", us.Metonyms, us.People)
	}
	iaea, ok := g.Entity("International Atomic Energy Agency")
	if !ok || iaea.Family != "UN and affiliates" || !contains(iaea.Abbreviations, "IAEA") {
		t.Errorf("IAEA entity = %+v, %v", iaea, ok)
	}
	if _, ok := g.Entity("XYZ"); ok {
		t.Error("Entity(XYZ) found")
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestLookupAllocs(t *testing.T) {
	g := Default()
	for _, s := range []string{"Iran", "International Atomic Energy Agency", "no such thing"} {
		if n := testing.AllocsPerRun(100, func() { g.Lookup(s); g.LookupAll(s) }); n != 0 {
			t.Errorf("Lookup(%q): got %v allocs, want zero", s, n)
		}
	}
	for _, s := range []string{"Élysée’s", "U.S.", "INTERNATIONAL ATOMIC ENERGY AGENCY", "Nato"} {
		if n := testing.AllocsPerRun(100, func() { g.LookupFold(s); g.LookupFoldAll(s) }); n != 0 {
			t.Errorf("LookupFold(%q): got %v allocs, want zero", s, n)
		}
	}
}

func TestParseErrors(t *testing.T) {
	country := "USA\tUS\t840\t1\tUnited States\tUnited States of America\t\tUS\tWashington D.C.\tAmerican\tAmericans\n"
	org := "European Union\tEuropean Union\tEU\t\t\n"
	tests := []struct {
		name                    string
		countries, orgs, extras string
		want                    string
	}{
		{"short country row", "USA\tUS\n", "", "", "countries.tsv: line 1: 2 fields"},
		{"short org row", country, "# header\nEU\n", "", "orgs.tsv: line 2: 1 fields"},
		{"duplicate id", country + country, "", "", "duplicate id"},
		{"unknown form", country, org, "nickname\tUSA\tUncle Sam\n", "unknown form"},
		{"unknown entity", country, org, "name\tXYZ\tNowhere\n", "unknown entity"},
		{"unknown kind", country, org, "entity\tX\tplanet\tMars\n", "unknown kind"},
		{"padded surface", country, org, "name\tUSA\t America\n", "bad surface form"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(tt.countries, tt.orgs, tt.extras)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parse: %v; want an error containing %q", err, tt.want)
			}
		})
	}
	if _, err := parse(country, org, "metonym\tEuropean Union\tBrussels\n"); err != nil {
		t.Errorf("parse(valid) = %v", err)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iran", "iran"},
		{"U.S.", "us"},
		{"Élysée Palace", "elysee palace"},
		{"Iran’s", "iran"},
		{"the Americans'", "the americans"},
		{"  Downing\u00a0 Street \n", "downing street"},
		{"Zoë Ní Bhriain", "zoe ni bhriain"},
		{"Inter‐American", "inter-american"},
		{"Łódź", "lodz"},
		{"ß", "ß"},
		{"Straße", "straße"},
		{"'s", "'s"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	if len(latinFold) != 0x180-0xc0 {
		t.Errorf("latinFold covers %d runes; want U+00C0..U+017F", len(latinFold))
	}
}

// TestDataHasNoControlsOrPadding keeps hand edits of extra.tsv honest: a
// stray space in a field would make a form unmatchable.
func TestDataHasNoControlsOrPadding(t *testing.T) {
	for name, data := range map[string]string{"countries.tsv": countriesTSV, "orgs.tsv": orgsTSV, "extra.tsv": extraTSV} {
		err := lines(data, func(n int, fields []string) error {
			for _, f := range fields {
				for _, item := range splitList(f) {
					if strings.TrimSpace(item) != item || strings.ContainsAny(item, "\r\x00") {
						t.Errorf("%s:%d: field item %q is padded or holds control characters", name, n, item)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestSigFilters checks that every key of both maps passes its filter, as
// a string and as bytes: a filter that turned a key away would change a
// lookup's answer.
func TestSigFilters(t *testing.T) {
	g := Default()
	for k := range g.exact {
		if !mayHave(&g.exactSigs, k) || !mayHave(&g.exactSigs, []byte(k)) {
			t.Errorf("exact filter turns away %q", k)
		}
	}
	for k := range g.folded {
		if !mayHave(&g.foldedSigs, k) || !mayHave(&g.foldedSigs, []byte(k)) {
			t.Errorf("folded filter turns away %q", k)
		}
	}
	set := 0
	for _, w := range g.exactSigs {
		set += bits.OnesCount64(w)
	}
	t.Logf("%d exact keys set %d of %d filter bits", len(g.exact), set, len(g.exactSigs)*64)
}
