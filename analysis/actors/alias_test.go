package actors

import (
	"slices"
	"testing"
)

// TestPartAliases: a mention with a country's form before or inside it
// gives its actor both forms as aliases, and the country keeps its own
// mention.
func TestPartAliases(t *testing.T) {
	tests := []struct {
		name, src, actor string
		want, not        []string
	}{
		{
			name:  "country before a body",
			src:   "The US Federal Reserve raised interest rates on Tuesday. The Federal Reserve said inflation was under control.",
			actor: "Federal Reserve",
			want:  []string{"US Federal Reserve", "Federal Reserve"},
		},
		{
			name:  "country opening a body's name",
			src:   "The US Federal Trade Commission fined the broadcaster on Monday. The US Federal Trade Commission said it acted on complaints.",
			actor: "US Federal Trade Commission",
			want:  []string{"US Federal Trade Commission", "Federal Trade Commission"},
		},
		{
			name:  "demonym before a government noun",
			src:   "The Sri Lankan authorities said the damage was large. Sri Lanka asked for help from donors.",
			actor: "Sri Lanka",
			want:  []string{"Sri Lankan authorities", "Sri Lankan"},
		},
		{
			name:  "country's name opening a firm's name",
			src:   "Jet fuel supplier Norway Aviation Oil has offered to repay its creditors. Norway Aviation Oil said it would pay in instalments.",
			actor: "Norway Aviation Oil",
			want:  []string{"Norway Aviation Oil"},
			not:   []string{"Aviation Oil"},
		},
		{
			name:  "head noun in lower case",
			src:   "Six men tried to join the Northern Front group in Syria. The Northern Front group claimed the attack.",
			actor: "Northern Front group",
			want:  []string{"Northern Front group", "Northern Front"},
		},
		{
			name:  "no country",
			src:   "Halden Federal Bank raised its rates on Tuesday. Halden Federal Bank said inflation was under control.",
			actor: "Halden Federal Bank",
			want:  []string{"Halden Federal Bank"},
			not:   []string{"Federal Bank"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findText(t, "", tt.src)
			i := slices.IndexFunc(got, func(a Actor) bool { return a.Name == tt.actor })
			if i < 0 {
				t.Fatalf("no actor %q%s", tt.actor, describe(got))
			}
			for _, w := range tt.want {
				if !slices.Contains(got[i].Aliases, w) {
					t.Errorf("%s aliases = %q; want %q among them", tt.actor, got[i].Aliases, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got[i].Aliases, w) {
					t.Errorf("%s aliases = %q; want no %q", tt.actor, got[i].Aliases, w)
				}
			}
		})
	}
	// The country keeps its mention.
	src := "The US Federal Reserve raised interest rates on Tuesday. The Federal Reserve said inflation was under control."
	if a := actorAt(t, src, findText(t, "", src), first("US")); a == "" {
		t.Errorf("%q in %q is no mention", "US", src)
	}
}

// TestShortForms: a body's first word clipped, or a party's first word in
// the plural, is that body when the text names one such body.
func TestShortForms(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "clipped first word",
			text: "The Federal Reserve raised interest rates on Tuesday. The Fed said inflation was under control.",
			same: [][2]mentionAt{{first("Federal Reserve"), after("Fed", "Tuesday. The ")}},
		},
		{
			name: "party's plural",
			text: "The Pirate Party said it was proud of the result. The Pirates will stand in every seat.",
			same: [][2]mentionAt{{first("Pirate Party"), first("Pirates")}},
		},
		{
			name:     "two bodies it may be short for",
			text:     "The Federal Reserve and the Federal Trade Commission met on Tuesday. The Fed said nothing.",
			distinct: [][2]mentionAt{{first("Federal Reserve"), first("Federal Trade Commission")}, {after("Fed", "Tuesday. The "), first("Federal Reserve")}, {after("Fed", "Tuesday. The "), first("Federal Trade Commission")}},
		},
	})
}

// TestNameParticles: a surname after an Arabic article ("al-Sisi") is a
// name's word, and the article is left out when names are matched; a
// surname's particle in lower case gives the surname with it as an alias
// ("van Gaal").
func TestNameParticles(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "article inside the name",
			text: "The talks were opened by President Ahmed Karim al-Masri in Cairo. Masri said the country needed calm.",
			same: [][2]mentionAt{{first("President Ahmed Karim al-Masri"), after("Masri", "Cairo. ")}},
		},
		{
			name: "article opening the surname alone",
			text: "Officials said Hassan Farid al-Tikriti had died in the fighting. Al-Tikriti was a deputy of the old regime.",
			same: [][2]mentionAt{{first("Hassan Farid al-Tikriti"), first("Al-Tikriti")}},
		},
	})
	src := "United's manager Pieter van Dam has been given the green light. The fan tells van Dam what to do."
	got := findText(t, "", src)
	i := slices.IndexFunc(got, func(a Actor) bool { return a.Name == "Pieter van Dam" })
	if i < 0 || !slices.Contains(got[i].Aliases, "van Dam") {
		t.Errorf("no actor Pieter van Dam with the alias %q%s", "van Dam", describe(got))
	}
}

// TestMergedForms covers forms of one actor that the text writes apart:
// a name with inner words left out, an acronym written as a word or given
// after a name the tagger reads whole, a party's singular, surnames with
// a slip or a suffix after them, and two nouns for one crowd.
func TestMergedForms(t *testing.T) {
	checkPhenomena(t, []phenomenon{
		{
			name: "inner words left out",
			text: "The Northland Local Health Board closed the ward on Monday. The Northland Health Board said staff were moved.",
			want: []wantActor{{name: "Northland Local Health Board", typ: Organization, aliases: []string{"Northland Health Board"}}},
		},
		{
			name: "a place word left out is another body",
			text: "The University of Southern Arcadia sued the University of Arcadia on Monday. The University of Arcadia said it would fight.",
			want: []wantActor{{name: "University of Arcadia", typ: Organization}, {name: "University of Southern Arcadia", typ: Organization}},
		},
		{
			name: "acronym written as a word",
			text: "A campaign group, Parents Against Loud Music (Palm), has complained to the regulator. Palm said noise harmed children.",
			want: []wantActor{{name: "Parents Against Loud Music", typ: Organization, aliases: []string{"Palm"}}},
		},
		{
			name: "acronym after a name with a modifier before it",
			text: "The pipeline will be built by the US-registered Northland Coastal Fuel Corporation (NCF). NCF said work would start in May.",
			want: []wantActor{{name: "Northland Coastal Fuel Corporation", typ: Organization, aliases: []string{"NCF"}}},
		},
		{
			name: "a party's clipped singular",
			text: "The Liberal Democrats called for a delay on Monday. Lib Dem housing spokesman Tomas Brel said the plan would fail.",
			want: []wantActor{{name: "Liberal Democrats", typ: Organization, aliases: []string{"Lib Dem"}}},
		},
		{
			name: "a party's singular",
			text: "The Greenwards called for a delay on Monday. Greenward spokesman Tomas Brel said the plan would fail. The Greenwards will vote against it.",
			want: []wantActor{{name: "Greenwards", typ: Organization, aliases: []string{"Greenward"}}},
		},
		{
			name: "letters swapped in a surname",
			text: "Rabbi Bernard Freundel was arrested on Tuesday. His wife Sharon Freundel said she was shocked. Sharon Fruendel has filed for divorce.",
			want: []wantActor{{name: "Sharon Freundel", typ: Person, aliases: []string{"Sharon Fruendel"}}},
		},
		{
			name: "Mac written Mc, a suffix after the surname",
			text: "Ian MacDonald QC resigned from the panel on Monday. Mr MacDonald said the rules were unfair. Ian McDonald had served for three years.",
			want: []wantActor{{name: "Ian MacDonald", typ: Person, aliases: []string{"Mr MacDonald", "Ian McDonald"}}},
		},
		{
			name: "a generation's suffix",
			text: "John Sutton Jr was charged with fraud on Monday. Sutton denied the charges.",
			want: []wantActor{{name: "John Sutton Jr", typ: Person, aliases: []string{"Sutton"}}},
		},
		{
			name: "a capital's name as a person's surname",
			text: "Lewis Marlow-Hamilton lost to Ana Kingston in the final on Sunday. Kingston said the court was too fast.",
			want: []wantActor{{name: "Ana Kingston", typ: Person, aliases: []string{"Kingston"}}},
		},
		{
			name: "ministers after a capitalised opening word",
			text: "The government will publish the report next week. When ministers announced the plan it drew criticism.",
			want: []wantActor{{name: "the government", typ: Country, aliases: []string{"ministers"}}},
		},
		{
			name: "fans and supporters",
			text: "Supporters booed the owner on Saturday. Fans said the club was badly run. The supporters marched to the ground.",
			want: []wantActor{{name: "supporters", typ: Group, aliases: []string{"Fans"}}},
		},
	})
}
