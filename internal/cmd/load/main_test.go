package main

import (
	"slices"
	"testing"
)

// TestParseSteps checks the -steps flag: counts from 1 to 1024, comma
// separated, spaces allowed.
func TestParseSteps(t *testing.T) {
	tests := []struct {
		in      string
		want    []int
		wantErr bool
	}{
		{"1,2,4", []int{1, 2, 4}, false},
		{"8", []int{8}, false},
		{" 1, 1024 ", []int{1, 1024}, false},
		{"0", nil, true},
		{"1025", nil, true},
		{"1,,2", nil, true},
		{"", nil, true},
		{"two", nil, true},
		{"-1", nil, true},
	}
	for _, tt := range tests {
		got, err := parseSteps(tt.in)
		if !slices.Equal(got, tt.want) || (err != nil) != tt.wantErr {
			t.Errorf("parseSteps(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestGrowth checks when the steps stop: after two steps in a row that
// add less than 5% over the best throughput before them, the best left as
// it was before the stopping step.
func TestGrowth(t *testing.T) {
	tests := []struct {
		name     string
		aps      []float64
		stopAt   int // index of the step that stops; -1: none
		wantBest float64
	}{
		{"always growing", []float64{10, 20, 40, 80}, -1, 80},
		{"flat twice", []float64{10, 20, 20, 20, 50}, 3, 20},
		{"a slight gain is flat", []float64{100, 104, 105}, 2, 104},
		{"growth resets the count", []float64{100, 101, 200, 201, 400}, -1, 400},
		{"a fall counts as flat", []float64{100, 50, 60}, 2, 100},
		{"the stopping step's gain is left out", []float64{100, 102, 104.5}, 2, 102},
		{"zero throughput", []float64{0, 0, 0}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g growth
			stopAt := -1
			for i, a := range tt.aps {
				if g.add(a) {
					stopAt = i
					break
				}
			}
			if stopAt != tt.stopAt || g.best != tt.wantBest {
				t.Errorf("steps %v stop at %d with best %v; want %d and %v", tt.aps, stopAt, g.best, tt.stopAt, tt.wantBest)
			}
		})
	}
}
