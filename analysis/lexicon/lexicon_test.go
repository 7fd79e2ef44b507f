package lexicon

import "testing"

func TestLookupClasses(t *testing.T) {
	tests := []struct {
		word string
		has  Class
		not  Class
	}{
		{"said", Report | Function, Answer | Claim},
		{"insisted", Report | Answer, Claim},
		{"claims", Report | Claim, Proposal},
		{"bill", Claim | Proposal, Report},
		{"minister", Title | StateNoun, Org},
		{"co-chairman", Title, Org},
		{"vice-ex-president", Title, 0},
		{"ex-co-chairman", 0, Title}, // the prefixes come in their order only
		{"companies", Org, Title},
		{"courts", Org, 0},
		{"spokesmen", Spokes, Title},
		{"his", PersonPronoun | Determiner | Function, OrgPronoun},
		{"their", OrgPronoun | Determiner | Function, PersonPronoun},
		{"had", Finite | Function, BeAux},
		{"got", BeAux, Finite},
		{"because", Boundary | Function, Oblique},
		{";", Boundary, Quote},
		{"towards", Oblique, Function},
		{"favours", Stance, Report},
		{"“", OpenQuote, CloseQuote | StraightQuote},
		{"»", CloseQuote, OpenQuote},
		{"\"", StraightQuote, OpenQuote | CloseQuote},
		{"'", 0, Quote},
		{"Said", 0, Report}, // words are looked up in lower case
		{"harbour", 0, ^Class(0)},
	}
	for _, tt := range tests {
		c := Lookup(tt.word)
		if c&tt.has != tt.has {
			t.Errorf("Lookup(%q) = %#x; want all of %#x", tt.word, c, tt.has)
		}
		if c.Has(tt.not) {
			t.Errorf("Lookup(%q) = %#x; want none of %#x", tt.word, c, tt.not)
		}
	}
}

func TestLookupCue(t *testing.T) {
	tests := []struct {
		word      string
		want      Cue
		dispute   bool
		agreement bool
	}{
		{"criticised", Attack, true, false},
		{"denial", Reject, true, false},
		{"sued", Oppose, true, false},
		{"urged", Warn, true, false},
		{"stand-off", Conflict, true, false},
		{"agreement", Agree, false, true},
		{"echoed", Back, false, true},
		{"welcomed", Back, false, true},
		{"congratulates", Back, false, true},
		{"aligned", Similar, false, true},
		{"joins", Join, false, true},
		{"allies", Ally, false, true},
		{"back", NoCue, false, false}, // a cue only in context
		{"said", NoCue, false, false},
	}
	for _, tt := range tests {
		c := Lookup(tt.word)
		if got := c.Cue(); got != tt.want || got.Dispute() != tt.dispute || got.Agreement() != tt.agreement {
			t.Errorf("Lookup(%q).Cue() = %d (dispute %v, agreement %v); want %d (%v, %v)",
				tt.word, got, got.Dispute(), got.Agreement(), tt.want, tt.dispute, tt.agreement)
		}
		if c.Has(AnyCue) != (tt.want != NoCue) {
			t.Errorf("Lookup(%q).Has(AnyCue) = %v; want %v", tt.word, c.Has(AnyCue), tt.want != NoCue)
		}
	}
}

// TestClassesBelowBit32 checks that the lists here keep to bits 0 to 31,
// which the package's documentation leaves to them: above bit 31 a word
// may carry only the classes of the actor and summary stages' lists.
func TestClassesBelowBit32(t *testing.T) {
	var stage Class
	for _, l := range lists {
		stage |= l.class
	}
	for w, c := range classes {
		if (c&^stage)>>32 != 0 {
			t.Errorf("Lookup(%q) = %#x uses a bit above 31", w, c)
		}
	}
}

func TestQuoteMark(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{{"“", 1}, {"«", 1}, {"„", 1}, {"”", -1}, {"»", -1}, {"\"", 2}, {"'", 0}, {"’", 0}, {"said", 0}}
	for _, tt := range tests {
		if got := QuoteMark(Lookup(tt.word)); got != tt.want {
			t.Errorf("QuoteMark(Lookup(%q)) = %d; want %d", tt.word, got, tt.want)
		}
	}
}

func TestWordForms(t *testing.T) {
	tests := []struct {
		word       string
		verbLike   bool
		bare       string
		possessive bool
	}{
		{"criticised", true, "criticised", false},
		{"saying", true, "saying", false},
		{"bed", false, "bed", false},
		{"party's", false, "party", true},
		{"council’s", false, "council", true},
		{"parties'", false, "parties'", false},
	}
	for _, tt := range tests {
		if got := VerbLike(tt.word); got != tt.verbLike {
			t.Errorf("VerbLike(%q) = %v; want %v", tt.word, got, tt.verbLike)
		}
		if got := Bare(tt.word); got != tt.bare {
			t.Errorf("Bare(%q) = %q; want %q", tt.word, got, tt.bare)
		}
		if got := Possessive(tt.word); got != tt.possessive {
			t.Errorf("Possessive(%q) = %v; want %v", tt.word, got, tt.possessive)
		}
	}
}

// TestCuesApart checks that no word is in two cue lists: a word's cue is
// a number in four bits, not a set, so two cues would read as a third
// ("attack" in Attack and Reject would be Oppose).
func TestCuesApart(t *testing.T) {
	in := map[string]Cue{}
	for c, words := range cues {
		for _, w := range words {
			if p, ok := in[w]; ok && p != Cue(c) {
				t.Errorf("%q is a cue of two kinds, %d and %d", w, p, c)
			}
			in[w] = Cue(c)
			if got := Lookup(w).Cue(); got != Cue(c) {
				t.Errorf("Lookup(%q).Cue() = %d; want %d", w, got, c)
			}
		}
	}
}
