package text

import "testing"

func TestContainsWords(t *testing.T) {
	for _, c := range []struct {
		s, phrase string
		want      bool
	}{
		{"general secretary of Unison", "unison", true},
		{"Unison organiser", "UNISON", true},
		{"Unison's general secretary", "unison", true}, // a possessive ends the word
		{"Unison’s general secretary", "unison", true},
		{"general secretary of Unisonia", "unison", false},
		{"general secretary of xUnison", "unison", false},
		{"chair of the  Harbour Trust", "harbour trust", true}, // two spaces
		{"chair of the Harbour", "harbour trust", false},
		{"trust chair ", "chair", true},
		{"", "chair", false},
		{"co-chair", "chair", false},
	} {
		if got := ContainsWords(c.s, c.phrase); got != c.want {
			t.Errorf("ContainsWords(%q, %q) = %v, want %v", c.s, c.phrase, got, c.want)
		}
	}
}
