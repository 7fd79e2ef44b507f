package actors

import (
	"slices"
	"testing"
)

// holder returns the index of the actor among got with form as a mention
// or an alias, or -1.
func holder(src string, got []Actor, form string) int {
	return slices.IndexFunc(got, func(a Actor) bool {
		if slices.Contains(a.Aliases, form) || a.Name == form {
			return true
		}
		return slices.ContainsFunc(a.Mentions, func(m Mention) bool { return m.In(src) == form })
	})
}

// mergeCase is a probe of merging: forms one actor must hold together and
// pairs of forms that must stay with different actors (or not be found).
// Unlike nameCase (names_test.go), forms are looked for among aliases too,
// as some rules give a form only as an alias, and a form of a pair that
// must stay apart may be missing: a probe that news keeps two things
// apart passes whether or not the second is an actor at all.
type mergeCase struct {
	name, src string
	together  [][2]string
	apart     [][2]string
}

func runMergeCases(t *testing.T, tests []mergeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findText(t, "", tt.src)
			for _, p := range tt.together {
				a, b := holder(tt.src, got, p[0]), holder(tt.src, got, p[1])
				if a < 0 || a != b {
					t.Errorf("%q and %q: actors %d and %d; want one%s", p[0], p[1], a, b, describe(got))
				}
			}
			for _, p := range tt.apart {
				a, b := holder(tt.src, got, p[0]), holder(tt.src, got, p[1])
				if a >= 0 && a == b {
					t.Errorf("%q and %q: both actor %d; want apart%s", p[0], p[1], a, describe(got))
				}
			}
		})
	}
}

// TestTeamNicknames: a team's nickname joins the team the text names, and
// only when it names no other team of that nickname; never a person, a
// place named only as a setting, or a country for a club.
func TestTeamNicknames(t *testing.T) {
	runMergeCases(t, []mergeCase{
		{
			name: "club named in full",
			src: "Stoke City beat Halden Town 2-0 on Saturday. The Potters have now won five games in a row. " +
				"Stoke City manager Ana Lenz said her side deserved it.",
			together: [][2]string{{"Stoke City", "Potters"}},
		},
		{
			name: "club named by its town",
			src: "Newcastle lost 2-1 at home on Sunday. The Magpies have not won since October, and the fans are angry. " +
				"Newcastle said the manager would stay.",
			together: [][2]string{{"Newcastle", "Magpies"}},
		},
		{
			name: "national team by its country",
			src: "Italy were beaten 3-0 by Wales in Cardiff. The Azzurri never recovered from a poor first half, " +
				"and Italy coach Marco Bellin said his players were tired.",
			together: [][2]string{{"Italy", "Azzurri"}},
		},
		{
			name:  "two teams of one nickname",
			src:   "The Saints won 2-0 at St Helens on Friday, while Southampton lost 1-3 at home. Saints said the win was deserved.",
			apart: [][2]string{{"Saints", "Southampton"}, {"Saints", "St Helens"}},
		},
		{
			name: "a surname, not a club",
			src: "Ana Blackburn presented the radio show for ten years. Blackburn said she loved every minute. " +
				"Rovers fans, she added, still write to her after every 1-0 win.",
			apart: [][2]string{{"Rovers", "Blackburn"}},
		},
		{
			name: "no score, but two teams named",
			src: "Stoke City want to sign a striker from Halden Town this month. The Potters have bid twice for him, " +
				"and Arsenal are also interested, Stoke City said.",
			together: [][2]string{{"Stoke City", "Potters"}},
		},
		{
			name: "no score, no game: the word's own sense",
			src: "The Royals visited Reading on Friday to open a new hospital wing. " +
				"Reading welcomed the visit, and the Royals met nurses.",
			apart: [][2]string{{"Royals", "Reading"}},
		},
		{
			name:  "no team named",
			src:   "The Magpies were spotted in the garden. Ana Lenz said the birds had stolen her ring.",
			apart: [][2]string{{"Magpies", "Ana Lenz"}},
		},
		{
			name: "a capital, not a club's nickname",
			src: "The Eagles played a concert in Washington on Friday. Washington said the band was welcome, " +
				"and the US government sent a minister.",
			apart: [][2]string{{"Eagles", "Washington"}, {"Eagles", "US"}},
		},
	})
}

// TestNicknameIsNoName: a team keeps the name the text gives it even when
// its nickname is longer and more frequent: the nickname is a form of the
// name, not a name a reader would list the team under.
func TestNicknameIsNoName(t *testing.T) {
	src := "Blackpool beat Halden Town 2-0 on Saturday. The Tangerines scored twice before half-time, " +
		"and the Tangerines have now won four in a row. Manager Ana Lenz said the Tangerines deserved it."
	got := findText(t, "", src)
	k := holder(src, got, "Tangerines")
	if k < 0 || got[k].Name != "Blackpool" {
		t.Errorf("the team of the Tangerines: %v; want it named Blackpool%s", k, describe(got))
	}
}
