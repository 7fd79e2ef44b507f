package actors

import (
	"context"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// TestRunEdges covers what the rules cut off a capitalised run before
// reading a name from it: shouted captions, the pronoun "I" after an
// opening word, and a role noun opening the sentence.
func TestRunEdges(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name:   "a caption in capitals run into the sentence",
			text:   "Marta Quell was fined on Monday. SCROLL DOWN FOR VIDEO VERDICT Marta Quell left the court. Ms Quell said nothing.",
			want:   []wantActor{{name: "Marta Quell", typ: Person, aliases: []string{"Marta Quell", "Ms Quell"}}},
			absent: []string{"SCROLL DOWN FOR VIDEO VERDICT Marta Quell", "VERDICT"},
		},
		{
			name:   "the pronoun after an opening adverb",
			text:   `Tomas Brel lost the vote. "Somehow I knew it," Mr Brel said. "Whereas I had hoped for more."`,
			want:   []wantActor{{name: "Tomas Brel", typ: Person}},
			absent: []string{"Somehow I", "Whereas I", "I’m"},
		},
		{
			name:   "a typographic apostrophe in a pronoun",
			text:   "I’m not sure, said Tomas Brel. I’d wait, Mr Brel added.",
			want:   []wantActor{{name: "Tomas Brel", typ: Person}},
			absent: []string{"I’m", "I’d"},
		},
		{
			name:   "a regnal number stays in the name",
			text:   "The portrait of Queen Elizabeth I was sold. It shows Elizabeth I at forty.",
			absent: []string{"Queen Elizabeth"},
		},
		{
			name:   "a role noun opening the sentence",
			text:   "Pensioner Hal Crane said the fees were unfair. Goalkeeper Ivo Ratt agreed. Crane and Ratt met later.",
			want:   []wantActor{{name: "Hal Crane", typ: Person, exact: []string{"Pensioner"}}, {name: "Ivo Ratt", typ: Person, exact: []string{"Goalkeeper"}}},
			absent: []string{"Pensioner Hal Crane", "Goalkeeper Ivo Ratt"},
		},
	})
}

// TestNamesAroundPossessives covers organisations' names that hold a
// possessive or a calendar word, and heads cut off from their name.
func TestNamesAroundPossessives(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name:   "a plural possessive written apart",
			text:   "After the floods, the Upland Growers' Union issued advice to members. Its leaflet was posted to every farm.",
			want:   []wantActor{{name: "Upland Growers' Union", typ: Organization}},
			absent: []string{"Upland Growers", "Union"},
		},
		{
			name:   "a common noun's possessive",
			text:   "The money went to The Bishop's Trust, which runs three shelters. The trust said demand had doubled.",
			want:   []wantActor{{name: "The Bishop's Trust", typ: Organization}},
			absent: []string{"Trust"},
		},
		{
			name:   "a name's possessive stays apart",
			text:   "Ana Lenz's Cabinet met on Monday. Ms Lenz said the Cabinet agreed.",
			want:   []wantActor{{name: "Ana Lenz", typ: Person}},
			absent: []string{"Ana Lenz's Cabinet"},
		},
		{
			name:   "a calendar word in a newspaper's name",
			text:   "Ms Vell told the Sunday Herald that she would stand. The Sunday Herald printed her letter.",
			want:   []wantActor{{name: "Sunday Herald", typ: Organization}},
			absent: []string{"Herald"},
		},
		{
			name:   "a head cut off by a number",
			text:   "Mr Brel told Radio 4's Today programme there was no deal.",
			absent: []string{"Radio"},
		},
	})
}

// TestPeopleJoinedByAnd covers "and" between two people named with
// titles or honorifics in one capitalised run.
func TestPeopleJoinedByAnd(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name: "two office holders",
			text: "Both Culture Secretary Ana Lenz and Deputy Prime Minister Ivo Ratt backed the bill.",
			want: []wantActor{
				{name: "Ana Lenz", typ: Person, exact: []string{"Culture Secretary"}},
				{name: "Ivo Ratt", typ: Person, exact: []string{"Deputy Prime Minister"}},
			},
		},
		{
			name:   "an honorific, then a party's leader",
			text:   "Mr Brel and Green Union leader Tova Brink met on Monday.",
			want:   []wantActor{{name: "Tova Brink", typ: Person, exact: []string{"Green Union leader"}}},
			absent: []string{"Mr Brel and Green Union"},
		},
	})
}

// TestPassiveAgent checks that a name mentioned once as the agent of a
// passive is an actor: it acts.
func TestPassiveAgent(t *testing.T) {
	checkPhenomena(t, []phenomenon{{
		name: "a passive's agent",
		text: "The new handset was developed by Veltrona and sold in Japan from March.",
		want: []wantActor{{name: "Veltrona", typ: Organization}},
	}})
}

// TestDatelines checks that a wire dateline's place and agency are no
// actors, and that the sentence after the dash is read as any other.
func TestDatelines(t *testing.T) {
	checkPhenomena(t, []phenomenon{{
		name:   "a place, a date and an agency",
		text:   "Tarvik to buy Orbital\n\nKELDMOOR, May 4 (Wirewatch) - Tarvik Foods said on Monday it would buy Orbital Brands.",
		want:   []wantActor{{name: "Tarvik Foods", typ: Organization}},
		absent: []string{"KELDMOOR", "Wirewatch"},
	}, {
		name:   "a place of two words and an agency",
		text:   "Talks stall\n\nNEW KELDMOOR (Wirewatch) — Mayor Ana Lenz walked out of the talks on Monday.",
		want:   []wantActor{{name: "Ana Lenz", typ: Person}},
		absent: []string{"NEW KELDMOOR", "Wirewatch"},
	}, {
		name: "an acronym, a comma and an aside is a subject",
		text: "NATO, in a statement on Monday - its first since the summit - condemned the attack on its base in the north.",
		want: []wantActor{{name: "North Atlantic Treaty Organisation", typ: Organization}},
	}, {
		name: "two acronyms before a dash are subjects",
		text: "IMF, World Bank - both lenders warned on Tuesday that growth would slow in every region this year.",
		want: []wantActor{{name: "International Monetary Fund", typ: Organization}},
	}})
}

// TestOfficesAndRunEnds covers capitalised offices with no name after
// them, and function words that end a run.
func TestOfficesAndRunEnds(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name:   "an office before an organisation",
			text:   `"Sales were strong," said Ilka Berg, Senior Vice President of Halden Bank.`,
			want:   []wantActor{{name: "Ilka Berg", typ: Person}, {name: "Halden Bank", typ: Organization}},
			absent: []string{"Senior Vice President of Halden Bank", "Senior Vice President"},
		},
		{
			name:   "an office in capitals alone",
			text:   "The plan was backed by the Deputy CEO. Critics were not convinced.",
			absent: []string{"Deputy CEO"},
		},
		{
			name: "a surname that is a role noun",
			text: "Tomas Dean and Ana Head won the cup. Dean said the final was hard.",
			want: []wantActor{{name: "Tomas Dean", typ: Person}},
		},
		{
			name:   "a caption word in capitals after a name",
			text:   "Senator Wendy Marsh WHERE is she now? Ms Marsh was not at the vote.",
			want:   []wantActor{{name: "Wendy Marsh", typ: Person}},
			absent: []string{"Wendy Marsh WHERE"},
		},
		{
			name: "a number ends a broadcaster's name",
			text: "He told BBC Radio Four that the vote was close. BBC Radio Four asked again.",
			want: []wantActor{{name: "BBC Radio Four", typ: Organization}},
		},
	})
}

// TestCodesAndFirstNames covers codes of things, which are no names, and
// a first name that an abbreviation of the gazetteer spells.
func TestCodesAndFirstNames(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name:   "codes",
			text:   "The drone, PV14, was found near the depot. Police said the Q3 figures were late. Ana Lenz saw it.",
			absent: []string{"PV14", "Q3"},
		},
		{
			name: "a name with a digit inside",
			text: "The Welsh channel S4C said it would show the match. S4C has the rights.",
			want: []wantActor{{name: "S4C", typ: Organization}},
		},
		{
			name:   "a first name is no abbreviation",
			text:   "The team: Kevin Maggs, Guy Easterby and Eric Miller. Miller scored twice.",
			want:   []wantActor{{name: "Eric Miller", typ: Person}},
			absent: []string{"e-Science and Technology European Infrastructure for Biodiversity and Ecosystem Research"},
		},
	})
}

// TestTitlesAndSeats covers titles that open with an honorific, seats
// after a title, and two people joined by "and" after a lone title.
func TestTitlesAndSeats(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name:   "an honorific opening a title",
			text:   "Lord Chancellor Lord Pembury said the courts would sit longer. Lord Pembury was firm.",
			want:   []wantActor{{name: "Lord Pembury", typ: Person, exact: []string{"Lord Chancellor"}}},
			absent: []string{"Lord Chancellor Lord Pembury"},
		},
		{
			name:   "a seat after a title",
			text:   "But the Tory MP for Marsh Vale and Upper Halden admitted the bill was flawed.",
			absent: []string{"MP for Marsh Vale", "Tory MP for Marsh Vale and Upper Halden"},
		},
		{
			name:   "a lone title and a person",
			text:   "In Britain, the Queen and Prince Tobias will lead the commemoration.",
			want:   []wantActor{{name: "Tobias", typ: Person}},
			absent: []string{"Queen and Prince Tobias"},
		},
	})
}

// TestSentenceOpenersInRuns covers captions run into a text without a
// full stop: a word that opens sentences ends the name before it.
func TestSentenceOpenersInRuns(t *testing.T) {
	checkPhenomena(t, []phenomenon{{
		name:   "a conjunction and an adverb inside a capitalised run",
		text:   "The rankings came from Cricketdata But Tomas Brel disagreed with them. I saw Ivo Ratt Yesterday he said no. Mr Ratt left.",
		want:   []wantActor{{name: "Tomas Brel", typ: Person}, {name: "Ivo Ratt", typ: Person}},
		absent: []string{"Cricketdata But Tomas Brel", "Ivo Ratt Yesterday"},
	}})
}

// TestOpenerOutside covers a sentence's capitalised first word that the
// tagger reads outside the person or organisation after it.
func TestOpenerOutside(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name:   "an adjective before a person (openerOutside)",
			text:   "The coach was upbeat. Defiant Matt Willems said the team would win. Willems was pleased.",
			want:   []wantActor{{name: "Matt Willems", typ: Person}},
			absent: []string{"Defiant Matt Willems"},
		},
		{
			name:   "a participle before an organisation (openerOutside)",
			text:   "Banks merged. Combining SMFG and UFJ would make the biggest bank. SMFG said so.",
			want:   []wantActor{{name: "SMFG", typ: Organization}},
			absent: []string{"Combining SMFG"},
		},
		{
			name:   "a short first word stays the name's (openerOutside)",
			text:   "The charity helps. St John Ambulance said it would help.",
			absent: []string{"John Ambulance"},
		},
	})
}

// TestTrimRun covers the words trimRun takes off a capitalised run's ends:
// a common word opening the sentence, a calendar word, shouted words
// holding a function word, the pronoun "I", and a trailing function word.
func TestTrimRun(t *testing.T) {
	tests := []struct {
		name, text string
		run        string // the run's words, as written
		want       string // what trimRun leaves of it, "" for nothing
	}{
		{"an article opening the sentence", "The World Bank lent more.", "The World Bank", "World Bank"},
		{"a calendar word before a name", "On Monday Ana Lenz spoke.", "Monday Ana Lenz", "Ana Lenz"},
		{"a calendar word in a body's name", "He read the Sunday Times.", "Sunday Times", "Sunday Times"},
		{"shouted words before a name", "Police said SCROLL DOWN FOR VIDEO Ana Lenz was safe.", "SCROLL DOWN FOR VIDEO Ana Lenz", "Ana Lenz"},
		{"the pronoun after an opening word", "Somehow I knew.", "Somehow I", "Somehow"},
		{"a regnal number inside a sentence", "They met Queen Elizabeth I.", "Queen Elizabeth I", "Queen Elizabeth I"},
		{"a function word in capitals at the end", "Pictured: Wendy Davis WHERE she grew up.", "Wendy Davis WHERE", "Wendy Davis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := newDocument(context.Background(), text.NewDocument(tt.text, ""), gazetteer.Default())
			if err != nil {
				t.Fatal(err)
			}
			defer d.release()
			words := strings.Fields(tt.run)
			a := -1
			for k := range d.toks {
				if d.tok(k) == words[0] && (k+len(words) <= len(d.toks)) && d.tok(k+len(words)-1) == words[len(words)-1] {
					a = k
					break
				}
			}
			if a < 0 {
				t.Fatalf("run %q not found among the tokens", tt.run)
			}
			a2, b2, _ := ruleFinder{gaz: gazetteer.Default()}.trimRun(d, d.sentenceOf(a), a, a+len(words))
			got := ""
			if a2 < b2 {
				got = d.src[d.toks[a2].Start:d.toks[b2-1].End]
			}
			if got != tt.want {
				t.Errorf("trimRun(%q) leaves %q; want %q", tt.run, got, tt.want)
			}
		})
	}
}

// TestSplitRun checks where splitRun cuts a run of capitalised words in
// two names, on the run from the token from to the token to: k is the
// first token after the first name, r the one starting the rest ("" for
// no cut).
func TestSplitRun(t *testing.T) {
	tests := []struct {
		src, from, to string
		k, r          string
	}{
		{"We met in Ontario Ms Keller today.", "Ontario", "Keller", "Ms", "Ms"},
		{"We met Mr Brel and Ana Lenz today.", "Mr", "Lenz", "and", "Ana"},
		{"We met the Queen and Prince Philip today.", "Queen", "Philip", "and", "Prince"},
		{"We met Dr Ines Varga of the Danish Energy Agency today.", "Dr", "Agency", "of", "Danish"},
		{"We met President Musharraf of Pakistan today.", "President", "Pakistan", "of", "Pakistan"},
		{"We met John Yesterday Ann spoke.", "John", "Ann", "Yesterday", "Ann"},
		{"We met Trade and Industry Secretary Ana Lenz today.", "Trade", "Lenz", "", ""},
		{"We met the Bank of England today.", "Bank", "England", "", ""},
		{"We met Lord Pembury of Ashcombe today.", "Lord", "Ashcombe", "", ""},
		{"We met Ana Lenz and Ivo Ratt today.", "Ana", "Ratt", "", ""}, // no title: one run
	}
	for _, tt := range tests {
		d := testDocument(t, tt.src)
		a, b := tokenIndex(t, d, tt.from), tokenIndex(t, d, tt.to)+1
		k, r := splitRun(d, a, b)
		var gotK, gotR string
		if k >= 0 {
			gotK, gotR = d.tok(k), d.tok(r)
		}
		if gotK != tt.k || gotR != tt.r {
			t.Errorf("splitRun(%q, %q..%q) cuts at %q, %q; want %q, %q", tt.src, tt.from, tt.to, gotK, gotR, tt.k, tt.r)
		}
		d.release()
	}
}
