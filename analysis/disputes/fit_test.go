package disputes

import (
	"testing"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// TestSamePoint checks the link model's label: two evidence sentences
// are one point only when one labeled point holds both.
func TestSamePoint(t *testing.T) {
	labels := []Labeled{{Sentences: []int{1, 2}}, {Sentences: []int{4}}, {Sentences: []int{5, 7}}}
	tests := []struct {
		i, j int
		want bool
	}{
		{1, 2, true},
		{5, 7, true},
		{2, 4, false}, // each in a point, not the same one
		{4, 5, false},
		{3, 4, false}, // 3 is evidence of nothing
		{2, 1, true},  // order does not matter
	}
	for _, tt := range tests {
		if got := samePoint(labels, tt.i, tt.j); got != tt.want {
			t.Errorf("samePoint(labels, %d, %d) = %v; want %v", tt.i, tt.j, got, tt.want)
		}
	}
	if samePoint(nil, 1, 2) {
		t.Errorf("samePoint(nil, 1, 2) = true; want false")
	}
}

// TestEvidenceOf checks the sentence model's label: a sentence is
// evidence when any labeled point lists it.
func TestEvidenceOf(t *testing.T) {
	ev := evidenceOf([]Labeled{{Sentences: []int{0, 3}}, {Sentences: []int{3, 5}}, {}})
	for i := range 7 {
		want := i == 0 || i == 3 || i == 5
		if ev[i] != want {
			t.Errorf("evidenceOf(...)[%d] = %v; want %v", i, ev[i], want)
		}
	}
	if len(evidenceOf(nil)) != 0 {
		t.Errorf("evidenceOf(nil) is not empty")
	}
}

// TestInTopic checks the topic model's label: a word is in the reader's
// topic when its stem is one of the topic's words and it is no function
// word.
func TestInTopic(t *testing.T) {
	want := wordsOfTopic("The closures of night shelters")
	tests := []struct {
		word string
		in   bool
	}{
		{"shelters", true},
		{"shelter", true}, // the stem of "shelters"
		{"closures", true},
		{"night", true},
		{"the", false}, // in the topic, but a function word
		{"of", false},
		{"budget", false},
	}
	for _, tt := range tests {
		tok := token{Word: tt.word, Class: lexicon.Lookup(tt.word)}
		if got := inTopic(want, tok); got != tt.in {
			t.Errorf("inTopic(%q) = %v; want %v", tt.word, got, tt.in)
		}
	}
}
