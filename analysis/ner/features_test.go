package ner

import (
	"slices"
	"testing"
)

// TestAffixAtoms checks which prefixes and suffixes a word gets: up to
// four characters each, cut between runes, not bytes, the whole word
// among them when it is that short. Suffixes are told apart by length in
// their hash, prefixes by their text alone.
func TestAffixAtoms(t *testing.T) {
	tests := []struct {
		word             string
		prefixes, suffix []string
	}{
		{"a", []string{"a"}, []string{"a"}},
		{"Kemp", []string{"K", "Ke", "Kem", "Kemp"}, []string{"p", "mp", "emp", "Kemp"}},
		{"Berlin", []string{"B", "Be", "Ber", "Berl"}, []string{"n", "in", "lin", "rlin"}},
		{"Zoë", []string{"Z", "Zo", "Zoë"}, []string{"ë", "oë", "Zoë"}},
		{"Ñúñez", []string{"Ñ", "Ñú", "Ñúñ", "Ñúñe"}, []string{"z", "ez", "ñez", "úñez"}},
		{"東京", []string{"東", "東京"}, []string{"京", "東京"}},
	}
	for _, tt := range tests {
		var want []atom
		for _, p := range tt.prefixes {
			want = append(want, atom{tPrefix, hashString(fnvOffset, p)})
		}
		for i, s := range tt.suffix {
			want = append(want, atom{tSuffix, hashString(fnvOffset^uint64(i+1), s)})
		}
		if got := appendAffixAtoms(nil, tt.word); !slices.Equal(got, want) {
			t.Errorf("appendAffixAtoms(%q) = %v; want prefixes %q and suffixes %q", tt.word, got, tt.prefixes, tt.suffix)
		}
	}
}

// TestCaseRatio checks the case-ratio value: 5 when a word is written
// capitalised and in lower case about as often, higher the more it is
// written in lower case, lower the more capitalised, within 0 to 10.
func TestCaseRatio(t *testing.T) {
	tests := []struct {
		lower, capitalised int
		want               uint64
	}{
		{0, 0, 5},
		{10, 10, 5},
		{100, 0, 5 + 5}, // "Police": mostly lower case
		{0, 100, 5 - 5}, // "Kemp": always capitalised
		{7, 0, 8},       // bits.Len(8) - bits.Len(1) = 3
		{0, 7, 2},
		{1 << 20, 0, 10}, // bounded
		{0, 1 << 20, 0},
	}
	for _, tt := range tests {
		if got := caseRatio(tt.lower, tt.capitalised); got != tt.want {
			t.Errorf("caseRatio(%d lower, %d capitalised) = %d; want %d", tt.lower, tt.capitalised, got, tt.want)
		}
	}
}
