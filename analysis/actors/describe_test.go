package actors

import (
	"slices"
	"testing"
)

// tokenIndex returns the index of the first token of d that reads w.
func tokenIndex(t *testing.T, d *document, w string) int {
	t.Helper()
	for k := range d.toks {
		if d.tok(k) == w {
			return k
		}
	}
	t.Fatalf("no token %q in %q", w, d.src)
	return -1
}

// TestDescribedHead checks which phrases after "the" end in a head that
// describes one office holder or one organisation, and of which type.
func TestDescribedHead(t *testing.T) {
	tests := []headCase{
		{"Later the prime minister said no.", "minister", Person},
		{"Later the work and pensions minister said no.", "minister", Person},
		{"Later the UK operator said no.", "operator", Organization},
		{"Later the bank said no.", "bank", Organization},
		{"Later the PM said no.", "PM", Person},                                       // an office's abbreviation
		{"Later the German stock market operator said no.", "operator", Organization}, // lower-case nouns after a capitalised word

		{"Later the group said no.", "", 0},              // a bare "group" is too vague
		{"Later the football club said no.", "", 0},      // a lower-case noun before a kind of firm
		{"Later the state's minister said no.", "", 0},   // ends at a possessive
		{"Later the minister of health said no.", "", 0}, // "of" leaves it to the title rules
		{"Later the minister Ana Lenz said no.", "", 0},  // a name follows
		{"Later the European Union said no.", "", 0},     // a name, not a description
		{"Later the big red shiny old tired minister said no.", "", 0},
	}
	checkHeads(t, "describedHead", describedHead, tests)
}

// TestDescribedRole checks the descriptions headed by a role noun that
// is no office or kind of firm: which phrases after "the" have one, and
// of which type.
func TestDescribedRole(t *testing.T) {
	tests := []headCase{
		{"Later the Brazilian midfielder said no.", "midfielder", Person},
		{"Later the former champion said no.", "champion", Unknown},
		{"Later the Scottish champions said no.", "champions", Organization},
		{"Later the veteran charity campaigner said no.", "campaigner", Person},
		{"Later the retired charity worker said no.", "", 0}, // a participle opens a clause more often
		{"Later the three champions said no.", "", 0},        // a plural with no capitalised word is many
		{"Later the midfielder said no.", "midfielder", Person},
		{"Later the club said no.", "", 0},                        // a kind of firm is describedHead's
		{"Later the sixth player to win spoke.", "", 0},           // a restrictive clause
		{"Later the London telephone numbers got longer.", "", 0}, // three lower-case nouns are a clause
		{"Later the party spokesman said no.", "", 0},             // one of many
		{"Later the Irish captain of the side said no.", "", 0},   // "of" leaves it to the apposition rules
		{"Later the Irish captain Ana Lenz said no.", "", 0},      // a name follows
	}
	checkHeads(t, "describedRole", describedRole, tests)
}

// headCase is a phrase after "the" in src and the head a description
// reader should find in it, of type typ; head is "" when there is none.
type headCase struct {
	src  string
	head string
	typ  Type
}

// checkHeads runs the description reader read, called name, on each case.
func checkHeads(t *testing.T, name string, read func(d *document, a, hi int) (int, Type, bool), tests []headCase) {
	t.Helper()
	for _, tt := range tests {
		d := testDocument(t, tt.src)
		a := tokenIndex(t, d, "the") + 1
		h, typ, ok := read(d, a, d.sent[1])
		switch {
		case tt.head == "" && ok:
			t.Errorf("%s(%q) = %q, %v, true; want none", name, tt.src, d.tok(h), typ)
		case tt.head != "" && (!ok || d.tok(h) != tt.head || typ != tt.typ):
			t.Errorf("%s(%q) = %q, %v, %v; want %q, %v, true", name, tt.src, d.tok(min(h, len(d.toks)-1)), typ, ok, tt.head, tt.typ)
		}
		d.release()
	}
}

// TestOpensRun checks which possessive names open their run of
// capitalised words, as a description's determiner must.
func TestOpensRun(t *testing.T) {
	tests := []struct {
		src, at string
		want    bool
	}{
		{"Ruritania's minister spoke.", "Ruritania's", true},
		{"The UK's regulator spoke.", "UK's", true},
		{"Officials say Ruritania's minister spoke.", "Ruritania's", true},
		{"Banco Santander's chief spoke.", "Santander's", false},
		{"Officials say Banco Santander's chief spoke.", "Santander's", false},
		{"Yesterday the firm's chief spoke.", "firm's", false},
	}
	for _, tt := range tests {
		d := testDocument(t, tt.src)
		if got := opensRun(d, tokenIndex(t, d, tt.at), d.sent[0]); got != tt.want {
			t.Errorf("opensRun(%q at %q) = %v; want %v", tt.src, tt.at, got, tt.want)
		}
		d.release()
	}
}

// TestDescriptionLinks checks which actor a definite description later in
// a text is linked to, as its role: the one whose roles agree with it.
func TestDescriptionLinks(t *testing.T) {
	tests := []struct {
		name, text, actor, role string
		want                    bool // whether actor has role
	}{
		{"an office goes past a person holding another, vague one",
			"Green leader Tomas Brel has accused Ana Lenz of a U-turn on rents. Mr Brel said the change was wrong. Later the prime minister said the rules would stay.",
			"Ana Lenz", "prime minister", true},
		{"so the vague office's holder does not get it",
			"Green leader Tomas Brel has accused Ana Lenz of a U-turn on rents. Mr Brel said the change was wrong. Later the prime minister said the rules would stay.",
			"Tomas Brel", "prime minister", false},
		{"one party's leader is not another's",
			"Liberal leader Tomas Brel met Ana Lenz on Monday. Mr Brel said talks went well. But the talks failed over the Conservative leader's own plans.",
			"Tomas Brel", "Conservative leader", false},
		{"in an earlier sentence the first mention of two",
			"Voters backed Ana Lenz and Tom Brel on Monday. Later the prime minister thanked them.",
			"Ana Lenz", "prime minister", true},
		{"the prime minister by abbreviation",
			"Prime Minister Ana Lenz met Tom Brel. Mr Brel spoke first. Then the PM said no.",
			"Ana Lenz", "PM", true},
		{"an indefinite lead, named in the next sentence",
			"A senior barrister who has resigned says the system is unfair. Ana Lenz QC quit on Monday. She said so.",
			"Ana Lenz", "senior barrister", true},
		{"an indefinite lead is not an actor of its own sentence",
			"A US firm is in talks with Halden Foods to buy the brand. Halden Foods has sold brands. Privately held Tarvik Group bought two. Tarvik Group said so.",
			"Halden Foods", "US firm", false},
		{"the story's subject, named again nearby, before the last subject",
			"Ana Lenz has backed stem cell research. The issue divided voters in Vell, where Tom Brel opposed it. But the Green leader argued it was right.",
			"Ana Lenz", "Green leader", true},
		{"but the subject opening the sentence before keeps it",
			"Orbital bid blocked\n\nHarbour Watch has blocked a bid by Orbital Systems for Kestrel Networks. The regulator said the deal would cut choice.",
			"Harbour Watch", "regulator", true},
		{"lower-case nouns after a possessive name",
			"Tarvik Coal posted a loss on Monday. Ruritania's biggest coal producer blamed strikes.",
			"Tarvik Coal", "Ruritania's biggest coal producer", true},
		{"an apposition after a description is its actor's",
			"Tarvik Labs said sales rose in May. The firm, a market leader in broadband, had a loss.",
			"Tarvik Labs", "market leader in broadband", true},
		{"an office with its complement opening the story names whom the next sentence does",
			"The new health minister for Vell says there are lessons to learn. Dr Ana Lenz, on her first day in the job, admitted big challenges.",
			"Ana Lenz", "new health minister", true},
		{"a role noun with a modifier",
			"Jonas Pereira wants talks with his coach. The Brazilian midfielder said he was unhappy.",
			"Jonas Pereira", "Brazilian midfielder", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := findActor(t, tt.text, tt.actor)
			if has := slices.Contains(a.Roles, tt.role); has != tt.want {
				t.Errorf("%s: roles %q; want %q among them: %v", tt.actor, a.Roles, tt.role, tt.want)
			}
		})
	}
}

// TestRoleOnlyDescriptions checks that a description headed by a role
// noun gives its actor the role without a mention: the noun is vaguer
// than an office, and a mention would merge the actor with another.
func TestRoleOnlyDescriptions(t *testing.T) {
	src := "Jonas Pereira wants talks with his coach. But the Brazilian midfielder said he was unhappy."
	a := findActor(t, src, "Jonas Pereira")
	if !slices.Contains(a.Roles, "Brazilian midfielder") {
		t.Errorf("roles %q; want \"Brazilian midfielder\" among them", a.Roles)
	}
	for _, m := range a.Mentions {
		if got := src[m.Start:m.End]; got != "Jonas Pereira" {
			t.Errorf("mention %q; want only the name's", got)
		}
	}
}
