package actors

import "testing"

// TestVotedType checks how the evidence of a cluster's mentions decides
// its type: the rules' votes first, ties going to a person, then settings,
// then for names of two words or more the tagger's clear majority.
func TestVotedType(t *testing.T) {
	tests := []struct {
		name string
		ev   typeEvidence
		n    int
		want Type // Unknown: the evidence decides nothing
	}{
		{"honorific", typeEvidence{person: 2, multi: -1}, 1, Person},
		{"person ties organisation", typeEvidence{person: 1, org: 1, multi: -1}, 2, Person},
		{"organisation role", typeEvidence{person: 1, org: 2, multi: -1}, 2, Organization},
		{"organisation ties place", typeEvidence{org: 2, place: 2, multi: -1}, 2, Organization},
		{"place hint", typeEvidence{place: 2, org: 1, multi: -1}, 1, Location},
		{"every mention a setting", typeEvidence{settings: 2, multi: -1}, 2, Location},
		{"some mentions settings", typeEvidence{settings: 1, multi: -1, nerPer: 2}, 2, Unknown},
		{"tagged a person, two words", typeEvidence{nerPer: 2, nerOrg: 1, multi: 0}, 3, Person},
		{"tagged a person, one word", typeEvidence{nerPer: 2, multi: -1}, 2, Unknown},
		{"tagged an organisation, two words", typeEvidence{nerOrg: 2, nerLoc: 1, multi: 0}, 3, Organization},
		{"tags split", typeEvidence{nerPer: 1, nerOrg: 1, multi: 0}, 2, Unknown},
	}
	for _, tt := range tests {
		got, ok := tt.ev.votedType(tt.n)
		if want := tt.want != Unknown; ok != want || ok && got != tt.want {
			t.Errorf("%s: votedType(%+v, %d) = %v, %v; want %v", tt.name, tt.ev, tt.n, got, ok, tt.want)
		}
	}
}
