package ner

import (
	"math"
	"slices"
	"testing"
)

// TestKeepFeatures checks that removing features from a sentence keeps
// each token's remaining features with that token, tokens left with none
// included.
func TestKeepFeatures(t *testing.T) {
	tests := []struct {
		name      string
		feats     []int32
		start     []int32
		drop      []int32
		wantFeats []int32
		wantStart []int32
	}{
		{"nothing dropped", []int32{1, 2, 3}, []int32{0, 2, 3}, nil, []int32{1, 2, 3}, []int32{0, 2, 3}},
		{"from the first token", []int32{1, 2, 3}, []int32{0, 2, 3}, []int32{1}, []int32{2, 3}, []int32{0, 1, 2}},
		{"a token emptied", []int32{1, 2, 3, 4}, []int32{0, 1, 3, 4}, []int32{2, 3}, []int32{1, 4}, []int32{0, 1, 1, 2}},
		{"the last token emptied", []int32{1, 2, 3}, []int32{0, 2, 3}, []int32{3}, []int32{1, 2}, []int32{0, 2, 2}},
		{"everything dropped", []int32{1, 2}, []int32{0, 1, 2}, []int32{1, 2}, []int32{}, []int32{0, 0, 0}},
		{"a token with no features", []int32{5, 6}, []int32{0, 0, 1, 2}, []int32{5}, []int32{6}, []int32{0, 0, 0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := trainingSentence{feats: slices.Clone(tt.feats), start: slices.Clone(tt.start)}
			x.keep(func(f int32) bool { return !slices.Contains(tt.drop, f) })
			if !slices.Equal(x.feats, tt.wantFeats) || !slices.Equal(x.start, tt.wantStart) {
				t.Errorf("keep without %v: feats %v start %v, want feats %v start %v",
					tt.drop, x.feats, x.start, tt.wantFeats, tt.wantStart)
			}
		})
	}
}

// TestDropRare checks that features seen fewer times than the minimum
// leave every sentence, and that a minimum of one keeps them all.
func TestDropRare(t *testing.T) {
	newSet := func() *trainingSet {
		return &trainingSet{
			counts: []int32{5, 1, 2, 3},
			docs: [][]trainingSentence{
				{{feats: []int32{0, 1, 2}, start: []int32{0, 2, 3}}},
				{{feats: []int32{3, 1}, start: []int32{0, 2}}, {feats: []int32{2}, start: []int32{0, 1}}},
			},
		}
	}
	tests := []struct {
		min  int32
		want [][]int32 // each sentence's features, in document order
	}{
		{1, [][]int32{{0, 1, 2}, {3, 1}, {2}}},
		{2, [][]int32{{0, 2}, {3}, {2}}},
		{3, [][]int32{{0}, {3}, {}}},
		{6, [][]int32{{}, {}, {}}},
	}
	for _, tt := range tests {
		set := newSet()
		set.dropRare(tt.min)
		var got [][]int32
		for _, d := range set.docs {
			for _, s := range d {
				got = append(got, s.feats)
			}
		}
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("dropRare(%d) left %v, want %v", tt.min, got, tt.want)
		}
	}
}

// TestQuantStep checks that the step maps the largest weight, of either
// sign, to math.MaxInt16, and that all-zero weights get a step of one
// rather than a division by zero.
func TestQuantStep(t *testing.T) {
	tests := []struct {
		name    string
		weights []float64
		n       int // weights looked at
		want    float64
	}{
		{"largest positive", []float64{1, -2, 32767 * 3}, 3, 3},
		{"largest negative", []float64{1, -32767 * 0.5, 2}, 3, 0.5},
		{"beyond n ignored", []float64{32767 * 2, 1e9}, 1, 2},
		{"all zero", []float64{0, 0}, 2, 1},
		{"none", nil, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quantStep(func(i int) float64 { return tt.weights[i] }, tt.n)
			if math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("quantStep(%v, %d) = %v, want %v", tt.weights, tt.n, got, tt.want)
			}
		})
	}
}

// TestAnyLarge checks the rule that keeps a feature in the model: one
// weight at least minWeight steps from zero, on either side.
func TestAnyLarge(t *testing.T) {
	tests := []struct {
		row  []int16
		want bool
	}{
		{nil, false},
		{[]int16{0, 0, 0}, false},
		{[]int16{minWeight - 1, -(minWeight - 1)}, false},
		{[]int16{0, minWeight}, true},
		{[]int16{-minWeight, 0}, true},
		{[]int16{1, math.MaxInt16}, true},
		{[]int16{math.MinInt16}, true},
	}
	for _, tt := range tests {
		if got := anyLarge(tt.row); got != tt.want {
			t.Errorf("anyLarge(%v) = %v, want %v", tt.row, got, tt.want)
		}
	}
}

// TestClampTransition checks that transition weights are bounded to
// ±2^24 steps and pass unchanged inside.
func TestClampTransition(t *testing.T) {
	tests := []struct {
		in   int64
		want int32
	}{
		{0, 0},
		{-7, -7},
		{1 << 24, 1 << 24},
		{1<<24 + 1, 1 << 24},
		{-1 << 24, -1 << 24},
		{-1<<24 - 1, -1 << 24},
		{math.MaxInt64, 1 << 24},
		{math.MinInt64, -1 << 24},
	}
	for _, tt := range tests {
		if got := clampTransition(tt.in); got != tt.want {
			t.Errorf("clampTransition(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
