package summary

import (
	"math"
	"testing"
)

// TestPlaceInParagraph checks how body sentences are placed in
// paragraphs: paragraphs are counted from 0 among those holding body
// sentences, whatever their number in the text, and a sentence's place
// restarts at 0 in each.
func TestPlaceInParagraph(t *testing.T) {
	tests := []struct {
		name      string
		paras     []int // each body sentence's paragraph in the text
		wantPara  []int
		wantRank  []int
		wantParas int
	}{
		{"one paragraph", []int{0, 0, 0}, []int{0, 0, 0}, []int{0, 1, 2}, 1},
		{"one sentence each", []int{0, 1, 2}, []int{0, 1, 2}, []int{0, 0, 0}, 3},
		{"paragraphs skipped", []int{2, 2, 5, 7, 7}, []int{0, 0, 1, 2, 2}, []int{0, 1, 0, 0, 1}, 3},
		{"none", nil, nil, nil, 0},
	}
	for _, tt := range tests {
		var d docTerms
		last := -1
		for _, p := range tt.paras {
			sent := sentence{rank: len(d.sents)}
			last = d.placeInParagraph(&sent, p, last)
			d.sents = append(d.sents, sent)
		}
		for k, s := range d.sents {
			if s.para != tt.wantPara[k] || s.paraRank != tt.wantRank[k] {
				t.Errorf("%s: sentence %d in paragraph %d at %d; want %d at %d", tt.name, k, s.para, s.paraRank, tt.wantPara[k], tt.wantRank[k])
			}
		}
		if d.paras != tt.wantParas {
			t.Errorf("%s: %d paragraphs; want %d", tt.name, d.paras, tt.wantParas)
		}
	}
}

// TestBagNorm checks the length of a bag of words as a vector: counts,
// not distinct terms, are its coordinates.
func TestBagNorm(t *testing.T) {
	tests := []struct {
		bag  []termCount
		want float64
	}{
		{nil, 0},
		{[]termCount{{term: 4, n: 1}}, 1},
		{[]termCount{{term: 1, n: 3}, {term: 2, n: 4}}, 5},
		{[]termCount{{term: 1, n: 1}, {term: 2, n: 1}}, math.Sqrt2},
	}
	for _, tt := range tests {
		if got := bagNorm(tt.bag); got != tt.want {
			t.Errorf("bagNorm(%v) = %v; want %v", tt.bag, got, tt.want)
		}
	}
}
