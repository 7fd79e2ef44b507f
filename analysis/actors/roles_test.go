package actors

import (
	"slices"
	"testing"
)

// TestRolePhrases covers role phrases before a name and in appositions:
// compounds the modifier list lacks, agent nouns the role lists lack, and
// verbs that must stay out of a role.
func TestRolePhrases(t *testing.T) {
	tests := []struct {
		name, text, actor string
		want              []string // the actor's roles, exactly
	}{
		{"a compound of lower-case nouns before a kind of firm",
			"Figures from web hosting survey firm Tallmark show the rise. Tallmark said so.", "Tallmark",
			[]string{"web hosting survey firm"}},
		{"a place and a service before an office",
			"Meanwhile, Dunmore fire service chief Alma Reyes warned of cuts.", "Alma Reyes",
			[]string{"Dunmore fire service chief"}},
		{"an agent noun the lists lack",
			"The bridge was designed by engraver Tomasz Wrona, who also carved the gate.", "Tomasz Wrona",
			[]string{"engraver"}},
		{"a hyphenated office",
			`"We will appeal," said vice-chairman Ilka Berg.`, "Ilka Berg",
			[]string{"vice-chairman"}},
		{"a verb before the phrase stays out of it",
			"Ana Lenz meets foreign minister Bob Marren in Vilnius.", "Bob Marren",
			[]string{"foreign minister"}},
		{"a verb after a modal stays out of it",
			"She will meet Kenyan counterpart Bob Marren in Vilnius.", "Bob Marren",
			[]string{"Kenyan counterpart"}},
		{"an apposition closed by a verb of saying",
			`"We are checking," Ilka Berg, a Halden Foods spokeswoman told reporters.`, "Ilka Berg",
			[]string{"Halden Foods spokeswoman"}},
		{"a capitalised office in an apposition",
			"Earlier, Gwen Rudd, Chief Executive of the Vell Valley Trust, had said no.", "Gwen Rudd",
			[]string{"Chief Executive of the Vell Valley Trust"}},
		{"a noun after a determiner before a name",
			"The fee was paid by her husband Tomas Brel, a farmer.", "Tomas Brel",
			[]string{"husband", "farmer"}},
		{"an apposition without a determiner",
			`"Prices will fall," said Ilka Berg, investment director of Halden Funds.`, "Ilka Berg",
			[]string{"investment director of Halden Funds"}},
		{"an apposition cut at a relative clause",
			"The site was found by Ana Lenz, an archaeologist who works in Vilnius.", "Ana Lenz",
			[]string{"archaeologist"}},
		{"a role with as, several words after the name",
			"Tomas Brel faces his first real test as transport secretary on Monday.", "Tomas Brel",
			[]string{"transport secretary"}},
		{"a role with as after a dash and a possessive",
			"Ilka Berg - who has resigned as Halden's branch chairman - spoke first.", "Ilka Berg",
			[]string{"branch chairman", "Halden's branch chairman"}},
		{"an office with its complement before a name",
			`"The talks begin now," director of telecoms research Ilka Berg said.`, "Ilka Berg",
			[]string{"director of telecoms research"}},
		{"a kind of body before the name is its head",
			"Tova Brink, director of civil rights group Halvard, called for a review.", "Halvard",
			[]string{"civil rights group"}},
		{"a title with a modifier before it (titleBefore)",
			"The report was written by former Chairman Owen Tate last year.", "Owen Tate",
			[]string{"former Chairman"}},
		{"a kind after an organisation's name (kindAfter)",
			"Tarvik sold its Halden Foods subsidiary in March.", "Halden Foods",
			[]string{"subsidiary"}},
		{"a group known as a name (appositionBefore)",
			"Police blamed a little-known group known as Black Harrow for the attack.", "Black Harrow",
			[]string{"little-known group"}},
		{"two roles joined by and in an apposition (coordinatedRole)",
			`"Rents will rise," said Ilka Berg, housing and planning analyst at Tarvik Bank.`, "Ilka Berg",
			[]string{"housing and planning analyst at Tarvik Bank"}},
		{"two capitalised offices joined by and",
			`"We stay," added Gwen Rudd, General Manager and Senior Vice President of Halden Foods.`, "Gwen Rudd",
			[]string{"General Manager and Senior Vice President of Halden Foods"}},
		{"two roles joined by and before a name (roleBeforeAnd)",
			"The prize was handed out by Halden Guild president and chairman Tomas Brel.", "Tomas Brel",
			[]string{"Halden Guild president and chairman"}},
		{"and after a name joins a second name, not a role",
			"Mr Brel and Liberal Democrat leader Ana Lenz met on Monday.", "Ana Lenz",
			[]string{"Liberal Democrat leader"}},
		{"a modifier and a noun before a name at a sentence's start (phraseOpens)",
			"Former astronaut Tomas Brel said the mission was safe.", "Tomas Brel",
			[]string{"Former astronaut"}},
		{"a capitalised modifier and a noun before a name after a verb of saying",
			`"It was close," said Halden Radio pundit Gwen Rudd.`, "Gwen Rudd",
			[]string{"Halden Radio pundit"}},
		{"a single agent noun before a name after a preposition",
			"The statue is by sculptor Ilka Berg, who died last year.", "Ilka Berg",
			[]string{"sculptor"}},
		{"a verb after to before a name is no role",
			"The party voted to replace Ana Lenz on Monday.", "Ana Lenz",
			nil},
		{"an apposition after a name with a noun the lists lack (nounApposition)",
			"Tomas Brel, a Halden folk star, is to play in March.", "Tomas Brel",
			[]string{"Halden folk star"}},
		{"an apposition opened by a possessive, cut at a relative clause",
			"Ilka Berg, Tarvik's principal consultant on tagging, who joined in May, said so.", "Ilka Berg",
			[]string{"Tarvik's principal consultant on tagging"}},
		{"an apposition before a name closed by a comma",
			"She was spotted by the Russian ballet impresario, Oleg Varga, who hired her.", "Oleg Varga",
			[]string{"Russian ballet impresario"}},
		{"an apposition that reads as a clause is no role",
			"Ana Lenz, the plan comes too late, she said.", "Ana Lenz",
			nil},
		{"an apposition after a place locates it rather than describes it (describable)",
			"Officials met in Oslo, a city of lakes, later that week.", "Oslo",
			nil},
		{"a role after is (copulaAfter)",
			"Ilka Berg is the director of the Vell Valley Trust and sits on its board.", "Ilka Berg",
			[]string{"director of the Vell Valley Trust"}},
		{"a role after who was, in an apposition",
			"Tomas Brel, who was a senior engineer at Halden Foods, spoke first.", "Tomas Brel",
			[]string{"senior engineer at Halden Foods"}},
		{"a role after an age between commas",
			"Mr Brel, 89, is a keen military historian who lives in Vell.", "Brel",
			[]string{"keen military historian"}},
		{"is with a noun that is no role gives none",
			"Ana Lenz is a problem for the party, said Tomas Brel.", "Ana Lenz",
			nil},
		{"is with a verb's progressive gives none",
			"Ana Lenz is coming closer to a deal, Tomas Brel said.", "Ana Lenz",
			nil},
		{"an apposition between dashes (isDash)",
			"Tomas Brel - himself a former executive at Halden Foods - said the plan would fail.", "Tomas Brel",
			[]string{"former executive at Halden Foods"}},
		{"a dash with no second one opens a clause, not a role",
			"Ana Lenz - the director agreed, though - left early.", "Ana Lenz",
			nil},
		{"a role with no determiner before a comma and a name, after a verb of saying (bareBefore)",
			`"We will not exclude them," said Halden spokeswoman, Ilka Berg.`, "Ilka Berg",
			[]string{"Halden spokeswoman"}},
		{"a role with no determiner opening the sentence before a name",
			"Software developer, Quorra Labs, which makes the game, has cut jobs.", "Quorra Labs",
			[]string{"Software developer"}},
		{"a clause before a comma and a name is no role",
			"In March last year, Ana Lenz said no.", "Ana Lenz",
			nil},
		{"a role with as after an age between commas (asRole)",
			"Ana Lenz, 45, has stepped down as director of Halden Foods.", "Ana Lenz",
			[]string{"director of Halden Foods"}},
		{"two offices joined by and after as (asRole)",
			"Ana Lenz has stepped down as director and vice-chairman of Halden Foods.", "Ana Lenz",
			[]string{"director and vice-chairman of Halden Foods"}},
		{"a role with as after a preposition and the name's possessive (asRole)",
			"Tomas Brel saw plenty in his 14 years as a war photographer.", "Tomas Brel",
			[]string{"war photographer"}},
		{"a preposition before another noun keeps the role out (asRole)",
			"Tomas Brel made a bid for the club as a favour to Ana Lenz.", "Tomas Brel",
			nil},
		{"a role modifier that is also a common word before a comma and a name (appositionBefore)",
			"He met the new director, Amara Diallo, on Monday.", "Amara Diallo",
			[]string{"new director"}},
		{"a kind of body after of is the role's, not the person's (bodyOfRole)",
			"He met the new chair of the group, Amara Diallo, on Monday.", "Amara Diallo",
			[]string{"new chair of the group"}},
		{"a person's role after of is the apposition (bodyOfRole)",
			"It led to the resignation of its chairman, Sir Tomas Brel, and others.", "Sir Tomas Brel",
			[]string{"chairman"}},
		{"a hyphenated position before a surname (personRoles chosen on training folds)",
			"Jason Robson was fit. But full-back Robson believes the team can win.", "Jason Robson",
			[]string{"full-back"}},
		{"an indefinite role phrase opening the sentence before a comma and its subject (appositionBefore)",
			"A keen historian, Ana Lenz has written three books.", "Ana Lenz",
			[]string{"keen historian"}},
		{"an indefinite phrase of time before a comma and a subject is no role",
			"A year later, Ana Lenz has written three books.", "Ana Lenz",
			nil},
		{"a kind of firm readers name, before a firm's name (orgRoles chosen on training folds)",
			"Tarvik bought a stake in rival Quorra Labs last year. Quorra Labs said so.", "Quorra Labs",
			[]string{"rival"}},
		{"a sport's official before a name (personRoles chosen on training folds)",
			"The match was decided by referee Tomas Brel in the first half.", "Tomas Brel",
			[]string{"referee"}},
		{"a standing readers name, its modifiers outside the lists left out",
			"The fee was paid by American boxing legend Tomas Brel.", "Tomas Brel",
			[]string{"legend"}},
		{"a word for a work before a name is what the title is, no role",
			"Her favourite film was Ilka Berg's prison drama Silver Morning, which won in Vell.", "Silver Morning",
			nil},
		{"an abbreviation after a copula",
			"Dr Ana Lenz, who was a GP in Vell, said so.", "Ana Lenz",
			[]string{"GP in Vell"}},
		{"an adverb between the copula and the phrase",
			"Halden Foods is obviously a software company, said Ana Lenz.", "Halden Foods",
			[]string{"software company"}},
		{"as opening a clause gives no role",
			"The figures from Halden Foods came as the chief executive confirmed the sale.", "Halden Foods",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := findActor(t, tt.text, tt.actor)
			if !slices.Equal(a.Roles, tt.want) {
				t.Errorf("%s: roles %q; want %q", tt.actor, a.Roles, tt.want)
			}
		})
	}
}

func TestAgentNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"sculptor": true, "strategist": true, "goalkeepers": true, "policeman": true,
		"engineer": true, "vice-chairman": true, "co-owner": true, "historian": true,
		"other": false, "order": false, "whether": false, "together": false, "minister": true,
		"monitor": false, "Sculptor": false, "former": false, "team-mate": false,
	} {
		if got := agentNoun(w); got != want {
			t.Errorf("agentNoun(%q) = %v; want %v", w, got, want)
		}
	}
}

// findActor runs Find on src and returns the actor named name, failing
// the test when there is none.
func findActor(t *testing.T, src, name string) *Actor {
	t.Helper()
	got := findText(t, "", src)
	a := byName(got, name)
	if a == nil {
		t.Fatalf("no actor %q; got %s", name, describe(got))
	}
	return a
}
