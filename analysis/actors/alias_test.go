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

// TestSingularAlias: a plural name's singular is an alias only when the
// name has two words or more and the text writes the singular before a
// person's name or a role; a one-word plural's singular is another word.
func TestSingularAlias(t *testing.T) {
	runMergeCases(t, []mergeCase{
		{
			name: "before a name",
			src: "The Moorland Democrats said the plan was wrong. The Moorland Democrats want a vote. " +
				"Fellow Moorland Democrat Tom Brel agreed with them.",
			together: [][2]string{{"Moorland Democrats", "Moorland Democrat"}},
		},
		{
			name: "clipped, before a role",
			src: "The Liberal Democrats said the plan was wrong. The Liberal Democrats want a vote. " +
				"Lib Dem Home Affairs spokesman Ana Lenz said it was a mess.",
			together: [][2]string{{"Liberal Democrats", "Lib Dem"}},
		},
		{
			name: "not before a name",
			src: "The Young Farmers met in Halden on Friday. The Young Farmers said a Young Farmer was hurt in the crush, " +
				"and Ana Lenz said the Young Farmer is recovering.",
			apart: [][2]string{{"Young Farmers", "Young Farmer"}},
		},
		{
			name: "a one-word plural",
			src: "The House of Lords voted against the bill. Lord Pembury said the Lords had spoken. " +
				"The Moorland Times reported the vote, and Time editor Ana Lenz wrote about it.",
			apart: [][2]string{{"House of Lords", "Lord"}, {"Moorland Times", "Time"}},
		},
	})
}

// TestKnownAs: a name given right after another with "also known as" or
// "aka" between them is the same actor's; "known as" after a possessive
// names another.
func TestKnownAs(t *testing.T) {
	runMergeCases(t, []mergeCase{
		{
			name:     "also known as",
			src:      "The veteran leader Omar Rashid, also known as Abu Karim, spoke on Monday. Abu Karim said talks would go on.",
			together: [][2]string{{"Omar Rashid", "Abu Karim"}},
		},
		{
			name:     "aka",
			src:      "The harbour festival will go ahead, singer Tom Brel - aka Kid Halden - told the council. Kid Halden said tickets had sold out.",
			together: [][2]string{{"Tom Brel", "Kid Halden"}},
		},
		{
			name:  "also called, as the verb of a clause",
			src:   "Ana Lenz also called Tom Reed on Tuesday to discuss the bill. Mr Reed said she was wrong.",
			apart: [][2]string{{"Ana Lenz", "Tom Reed"}},
		},
		{
			name:  "aka before an owner",
			src:   "Ana Lenz, aka Halden Mining's fiercest critic, spoke on Monday. Halden Mining said it would reply.",
			apart: [][2]string{{"Ana Lenz", "Halden Mining"}},
		},
		{
			name:  "a firm known as",
			src:   "Ana Lenz's firm, known as Brel Holdings, said on Monday that Brel Holdings would grow. Ana Lenz agreed.",
			apart: [][2]string{{"Ana Lenz", "Brel Holdings"}},
		},
	})
}

// TestParenthesisedWordAcronym: an acronym written as a word in
// parentheses after a name ("(Cast)") joins the name when it spells the
// name's initials; a word in parentheses that does not is something else, and a country's
// abbreviation there says where the body is.
func TestParenthesisedWordAcronym(t *testing.T) {
	runMergeCases(t, []mergeCase{
		{
			name: "acronym as a word",
			src: "Residents Opposing Airport Roads (Roar) will march on the town hall on Saturday, its chairman said. " +
				"Roar said the new road would split the village.",
			together: [][2]string{{"Residents Opposing Airport Roads", "Roar"}},
		},
		{
			name:  "a country in parentheses",
			src:   "Tom Brel founded the Moorland Rowing Club (UK) in 1990. The UK said it would help the club. Moorland Rowing Club said it was pleased.",
			apart: [][2]string{{"Moorland Rowing Club", "UK"}},
		},
		{
			name:  "a place in parentheses",
			src:   "Tom Brel founded the Moorland Rowing Club (Halden) in 1990. Halden said the club had grown.",
			apart: [][2]string{{"Moorland Rowing Club", "Halden"}},
		},
	})
}
