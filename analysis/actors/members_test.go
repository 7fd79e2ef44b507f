package actors

import "testing"

// TestChamberMembers: "peers" and "MEPs" are mentions of the chamber the
// text names; "MPs" stays apart, and members of a chamber the text does
// not name are no one's.
func TestChamberMembers(t *testing.T) {
	runNameCases(t, []nameCase{
		{
			name: "peers",
			text: "The House of Lords voted down the bill on Tuesday. Peers said the plans went too far, and ministers said peers had ignored the Commons.",
			same: [][2]mentionAt{{first("House of Lords"), first("Peers")}, {first("House of Lords"), after("peers", "ministers said ")}},
		},
		{
			name: "MEPs",
			text: "The European Parliament approved the directive on Wednesday. MEPs voted 400 to 200 in favour of the new rules.",
			same: [][2]mentionAt{{first("European Parliament"), first("MEPs")}},
		},
	})
	for _, tc := range []struct{ src, word string }{
		{"The House of Commons debated the bill on Tuesday. MPs said the plans went too far.", "MPs"},
		{"Peers and MEPs met in Strasbourg on Tuesday to discuss the budget.", "Peers"},
		{"Peers and MEPs met in Strasbourg on Tuesday to discuss the budget.", "MEPs"},
	} {
		got := findText(t, "", tc.src)
		if a := actorAt(t, tc.src, got, first(tc.word)); a != "" {
			t.Errorf("%q in %q is actor %s; want no mention%s", tc.word, tc.src, a, describe(got))
		}
	}
}
