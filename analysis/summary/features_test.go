package summary

import (
	"math"
	"testing"
)

// TestPositionFeatures checks the features of a sentence's rank: the
// first three have one each, the first five are early, and the rest
// fall with the rank.
func TestPositionFeatures(t *testing.T) {
	tests := []struct {
		rank, n                     int
		first, second, third, early float64
		position, relative          float64
	}{
		{0, 1, 1, 0, 0, 1, 1, 0}, // alone: no relative place
		{0, 5, 1, 0, 0, 1, 1, 0},
		{1, 5, 0, 1, 0, 1, 0.5, 0.25},
		{2, 3, 0, 0, 1, 1, 1.0 / 3, 1},
		{4, 9, 0, 0, 0, 1, 0.2, 0.5},
		{5, 11, 0, 0, 0, 0, 1.0 / 6, 0.5},
	}
	for _, tt := range tests {
		var f features
		positionFeatures(&f, tt.rank, tt.n)
		got := [...]float64{f[fFirst], f[fSecond], f[fThird], f[fEarly], f[fPosition], f[fRelative]}
		want := [...]float64{tt.first, tt.second, tt.third, tt.early, tt.position, tt.relative}
		if got != want {
			t.Errorf("positionFeatures(rank %d of %d): first, second, third, early, position, relative = %v; want %v", tt.rank, tt.n, got, want)
		}
		if lp := math.Log1p(float64(tt.rank)); f[fLogPosition] != lp {
			t.Errorf("positionFeatures(rank %d of %d): log position = %v; want %v", tt.rank, tt.n, f[fLogPosition], lp)
		}
	}
}

// TestParagraphFeatures checks that paragraphs say where a sentence is
// only in a text of two or more; a text of one paragraph has its
// sentence order instead.
func TestParagraphFeatures(t *testing.T) {
	tests := []struct {
		para, paraRank, paras    int
		first, position, onePara float64
	}{
		{0, 0, 1, 0, 0, 0.5}, // one paragraph: the sentence's position
		{0, 0, 2, 1, 1, 0},
		{1, 0, 3, 1, 0.5, 0},
		{3, 2, 4, 0, 0.25, 0},
	}
	for _, tt := range tests {
		var f features
		f[fPosition] = 0.5
		paragraphFeatures(&f, &sentence{para: tt.para, paraRank: tt.paraRank}, tt.paras)
		got := [...]float64{f[fParaFirst], f[fParaPosition], f[fOneParaPosition]}
		if want := [...]float64{tt.first, tt.position, tt.onePara}; got != want {
			t.Errorf("paragraphFeatures(paragraph %d, place %d, of %d): first, position, one-paragraph = %v; want %v", tt.para, tt.paraRank, tt.paras, got, want)
		}
	}
}

// TestCrossFeatures checks that a sentence's crossed features repeat
// those of crossOf in its position bin's block and nowhere else, and
// that past the last bin nothing is crossed.
func TestCrossFeatures(t *testing.T) {
	for _, rank := range []int{0, 1, 2, 3, 4, 5, 9, 10, 40} {
		var f features
		for j, c := range crossOf {
			f[c] = float64(j + 1)
		}
		crossFeatures(&f, rank)
		bin := positionBin(rank)
		for b := range nBins {
			for j := range crossOf {
				want := 0.0
				if b == bin {
					want = float64(j + 1)
				}
				if got := f[fCross+b*nCross+j]; got != want {
					t.Errorf("rank %d: %s = %v; want %v", rank, featureNames[fCross+b*nCross+j], got, want)
				}
			}
		}
	}
}
