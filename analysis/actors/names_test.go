package actors

import (
	"strings"
	"testing"
)

// nameCase is a written text and what names must make of it: mentions
// (as written, the first occurrence from the given offset) that must be
// one actor, and mentions that must be two.
type nameCase struct {
	name     string
	text     string
	same     [][2]mentionAt
	distinct [][2]mentionAt
}

// mentionAt names a mention by its text and the occurrence it is: the
// first after the first occurrence of the words after, or the first of
// the text when after is "".
type mentionAt struct{ text, after string }

// first is the first mention written text.
func first(text string) mentionAt { return mentionAt{text: text} }

// after is the first mention written text after the words w.
func after(text, w string) mentionAt { return mentionAt{text, w} }

// actorAt returns the actor with a mention at the occurrence mn of src,
// or "" when none has one.
func actorAt(t *testing.T, src string, got []Actor, mn mentionAt) string {
	t.Helper()
	from := 0
	if mn.after != "" {
		k := strings.Index(src, mn.after)
		if k < 0 {
			t.Fatalf("%q is not in the text", mn.after)
		}
		from = k + len(mn.after)
	}
	k := strings.Index(src[from:], mn.text)
	if k < 0 {
		t.Fatalf("%q is not in the text after %q", mn.text, mn.after)
	}
	start := from + k
	for _, a := range got {
		for _, x := range a.Mentions {
			if x.Start == start && x.End == start+len(mn.text) {
				return a.ID
			}
		}
	}
	return ""
}

// runNameCases checks each case's same and distinct pairs on Find's
// actors.
func runNameCases(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := findText(t, "", tc.text)
			for _, p := range tc.same {
				a, b := actorAt(t, tc.text, got, p[0]), actorAt(t, tc.text, got, p[1])
				if a == "" || a != b {
					t.Errorf("%q is %q and %q is %q; want one actor\n%s", p[0].text, a, p[1].text, b, describe(got))
				}
			}
			for _, p := range tc.distinct {
				a, b := actorAt(t, tc.text, got, p[0]), actorAt(t, tc.text, got, p[1])
				if a == "" || b == "" || a == b {
					t.Errorf("%q is %q and %q is %q; want two actors\n%s", p[0].text, a, p[1].text, b, describe(got))
				}
			}
		})
	}
}

// TestKnownOrganisations: a name of several words the gazetteer knows as
// an organisation takes its last word alone.
func TestKnownOrganisations(t *testing.T) {
	runNameCases(t, []nameCase{{
		name: "commission",
		text: "The European Commission proposed a new levy on imports. Farmers protested in Lyon, but the Commission said it would not change course.",
		same: [][2]mentionAt{{first("European Commission"), after("Commission", "but the ")}},
	}})
}

// TestMultiWordNames: names of several words are one when they share
// first word and surname, for people; bodies must match in full; an
// honorific may be followed by a compound surname alone.
func TestMultiWordNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "title before a full name",
			text: "Nadia Ferrante chairs the inquiry into the collapse. Dr Nadia Ferrante said on Monday that the report was nearly done.",
			same: [][2]mentionAt{{first("Nadia Ferrante"), first("Dr Nadia Ferrante")}},
		},
		{
			name:     "two parties with one first word",
			text:     "The Scottish National Party met the Scottish Green Party in Perth on Friday to discuss the budget.",
			distinct: [][2]mentionAt{{first("Scottish National Party"), first("Scottish Green Party")}},
		},
		{
			name: "compound surname after an honorific",
			text: "Zoë Ní Bhriain leads the union at the plant. Ms Ní Bhriain told members that the offer fell short.",
			same: [][2]mentionAt{{first("Zoë Ní Bhriain"), first("Ms Ní Bhriain")}},
		},
	})
}

// TestSingleWordNames: a single word joins the name it is the surname of,
// not one whose mentions' honorifics clash with its own, and the nearest
// such name before it.
func TestSingleWordNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name:     "surname",
			text:     "Petra Lindqvist met Tomas Brandt in Oslo on Tuesday. Lindqvist said the talks had gone well.",
			same:     [][2]mentionAt{{first("Petra Lindqvist"), after("Lindqvist", "Tuesday. ")}},
			distinct: [][2]mentionAt{{first("Tomas Brandt"), after("Lindqvist", "Tuesday. ")}},
		},
		{
			// First names tell no gender: "Ms Hale" takes the nearest
			// Hale, and "Mr Hale" then cannot be that one.
			name:     "honorifics that clash",
			text:     "Sarah Hale and Martin Hale both sit on the board. Ms Hale voted for the plan, and Mr Hale voted against it.",
			distinct: [][2]mentionAt{{first("Ms Hale"), first("Mr Hale")}},
		},
		{
			name:     "nearest name before",
			text:     "Lena Berg spoke first at the hearing. Anna Berg spoke next, for the defence. Berg said the case had no merit.",
			same:     [][2]mentionAt{{first("Anna Berg"), after("Berg", "defence. ")}},
			distinct: [][2]mentionAt{{first("Lena Berg"), after("Berg", "defence. ")}},
		},
		{
			name:     "a name before over a nearer one after",
			text:     "Lena Berg opened the hearing on Monday and spoke for an hour about the contracts. Berg said the case had no merit. Anna Berg replied for the defence.",
			same:     [][2]mentionAt{{first("Lena Berg"), after("Berg", "contracts. ")}},
			distinct: [][2]mentionAt{{first("Anna Berg"), after("Berg", "contracts. ")}},
		},
	})
}

// TestSlips: a surname written with a letter doubled or undoubled goes to
// the one personal name it then matches.
func TestSlips(t *testing.T) {
	runNameCases(t, []nameCase{{
		name: "doubled letter",
		text: "Petra Marin runs the clinic in Leeds. Ms Marrin said on Monday that waiting lists had grown.",
		same: [][2]mentionAt{{first("Petra Marin"), first("Ms Marrin")}},
	}})
}

// TestSupportedOpeners: a single capitalised word opening a sentence is a
// name only when the text supports it (see nameReader.supported).
func TestSupportedOpeners(t *testing.T) {
	src := "Investors sold shares in Halvorsen after the report. Halvorsen said profits would recover, and Critics said they doubted it."
	got := findText(t, "", src)
	if a := actorAt(t, src, got, after("Halvorsen", "report. ")); a == "" {
		t.Errorf("sentence-initial Halvorsen, supported inside a sentence, is no actor\n%s", describe(got))
	}
	if a := actorAt(t, src, got, first("Investors")); a != "" {
		t.Errorf("sentence-initial Investors, unsupported, is actor %s\n%s", a, describe(got))
	}
}

// TestFirstNamesCut: a first name that is also a month or a country's
// name in some language stays with the surname when the tagger reads
// one person over both, and names no country of its own; a person the
// tagger splits where only a space stands ("George W" and "Bush") is
// one name.
func TestFirstNamesCut(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "country's name",
			text: "Liverpool captain Jordan Henderson said the team was ready. Henderson scored twice.",
			same: [][2]mentionAt{{first("Jordan Henderson"), after("Henderson", "ready. ")}},
		},
		{
			name: "country's name in French",
			text: "The aid was announced by farm minister Dominique Vallaud in Paris. Mr Vallaud said it would be paid in spring.",
			same: [][2]mentionAt{{first("Dominique Vallaud"), first("Mr Vallaud")}},
		},
		{
			name: "month",
			text: "The Polish fighter Jan Kowalczyk said he was ready for the bout. Kowalczyk has won his last four fights.",
			same: [][2]mentionAt{{first("Jan Kowalczyk"), after("Kowalczyk", "bout. ")}},
		},
		{
			name: "month as a surname",
			text: "Home Secretary Rhona May said the plan would work. But Mrs May added that the police agreed. The plan starts in May.",
			same: [][2]mentionAt{{first("Rhona May"), first("Mrs May")}},
		},
		{
			name: "split by the tagger",
			text: "Airlines may sue over Bush visit\n\nLufthansa may sue for damages after the arrival of US president George W Bush disrupted flights. The arrival of President Bush took an hour, the airline said.",
			same: [][2]mentionAt{{first("George W Bush"), first("President Bush")}},
		},
	})
	// The month stays a month where the text means one.
	src := "Home Secretary Rhona May said the plan would work. But Mrs May added that the police agreed. The plan starts in May."
	if a := actorAt(t, src, findText(t, "", src), after("May", "starts in ")); a != "" {
		t.Errorf("the month in %q is actor %s", src, a)
	}
	// The first name is no country of its own.
	for _, tc := range []struct{ word, src string }{
		{"Jordan", "Liverpool captain Jordan Henderson said the team was ready. Henderson scored twice."},
		{"Dominique", "The aid was announced by farm minister Dominique Vallaud in Paris. Mr Vallaud said it would be paid in spring."},
	} {
		got := findText(t, "", tc.src)
		if a := actorAt(t, tc.src, got, first(tc.word)); a != "" {
			t.Errorf("%q alone is actor %s; want it inside the person's name\n%s", tc.word, a, describe(got))
		}
	}
}

// TestListedBodies: bodies a text lists with "and" are two actors, not one
// name, though the capitalised run or the tagger's organisation holds
// both.
func TestListedBodies(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name:     "and the",
			text:     "The deal between Halvex and the Northern Caspian Gas Company was signed on Friday. The Northern Caspian Gas Company said gas would flow next year.",
			same:     [][2]mentionAt{{first("Northern Caspian Gas Company"), after("Northern Caspian Gas Company", "Friday. The ")}},
			distinct: [][2]mentionAt{{first("Halvex"), first("Northern Caspian Gas Company")}},
		},
		{
			name:     "a modifier between",
			text:     "Fellow shareholders US-based hedge fund Borrowdale Capital and UK-based Kestrel Fund Management have also expressed doubts. Kestrel Fund Management said the price was too low.",
			same:     [][2]mentionAt{{first("Kestrel Fund Management"), after("Kestrel Fund Management", "doubts. ")}},
			distinct: [][2]mentionAt{{first("Borrowdale Capital"), first("Kestrel Fund Management")}},
		},
	})
}

// TestAddressedName: a title of address opening a sentence before a name
// stays in the person's mention, though the text also writes it in lower
// case.
func TestAddressedName(t *testing.T) {
	runNameCases(t, []nameCase{{
		name: "president",
		text: "Ruritania's president has launched a reconstruction drive. President Halvorsen said peace came first. Mrs Halvorsen called for unity.",
		same: [][2]mentionAt{{first("President Halvorsen"), first("Mrs Halvorsen")}},
	}})
}

// TestBodiesNamedForMembersOrOwners: a title inside a body's name after
// its "of" names the members ("Association of Chief Police Officers"),
// and a possessive before a company word names a firm ("Foster's
// Group").
func TestBodiesNamedForMembersOrOwners(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "members",
			text: "The leaflet was published by the Association of Chief Fire Officers (ACFO) on Monday. ACFO said the law was clear.",
			same: [][2]mentionAt{{first("Association of Chief Fire Officers"), after("ACFO", "Monday. ")}},
		},
		{
			name: "owner's firm",
			text: "Southcorp rejected a bid from brewing giant Halloran's Group on Monday. Halloran's said the offer was fair.",
			same: [][2]mentionAt{{first("Halloran's Group"), after("Halloran", "Monday. ")}},
		},
	})
}

// TestSurnamesOfTitles: a surname that is a title's word ("King") stands
// for the person named with it before, and an ordinary word before a
// person the tagger names is not the person's first name.
func TestSurnamesOfTitles(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "title's word",
			text: "Defence attorney James Sultan said the evidence was weak. 'They were friends,' Sultan told the jury on Monday.",
			same: [][2]mentionAt{{first("James Sultan"), after("Sultan", "friends,' ")}},
		},
		{
			name: "ordinary word before a person",
			text: "Minister for Children, Young People and Families Margaret Holden said the plan would help. Ms Holden added that councils agreed.",
			same: [][2]mentionAt{{first("Margaret Holden"), first("Ms Holden")}},
		},
	})
}
