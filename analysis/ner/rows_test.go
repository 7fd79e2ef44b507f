package ner

import (
	"math/rand/v2"
	"testing"
)

// TestAddRows checks the written-out row additions against a loop over
// every tag.
func TestAddRows(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for trial := range 100 {
		var row, want [nTags]int32
		var w [nTags]int16
		var s [nTags]int32
		for x := range nTags {
			row[x] = int32(r.IntN(1<<20) - 1<<19)
			w[x] = int16(r.IntN(1<<16) - 1<<15)
			s[x] = int32(r.IntN(1<<20) - 1<<19)
			want[x] = row[x] + int32(w[x]) + s[x]
		}
		addWeights(&row, &w)
		addScores(&row, &s)
		if row != want {
			t.Fatalf("trial %d: addWeights then addScores = %v, want %v", trial, row, want)
		}
	}
}
