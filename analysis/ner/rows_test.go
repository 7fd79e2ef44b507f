package ner

import (
	"math/rand/v2"
	"testing"
)

// TestRows checks the written-out row sums against loops over every tag.
func TestRows(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	num := func() int32 { return int32(r.IntN(1<<20) - 1<<19) }
	for trial := range 100 {
		var row, bias, want [nTags]int32
		var ks [nOffset][nTags]int32
		var w [nTags]int16
		for x := range nTags {
			bias[x] = num()
			want[x] = bias[x]
			for k := range ks {
				ks[k][x] = num()
				want[x] += ks[k][x]
			}
			w[x] = int16(r.IntN(1<<16) - 1<<15)
			want[x] += int32(w[x])
		}
		sumRows(&row, &bias, &ks[0], &ks[1], &ks[2], &ks[3], &ks[4])
		addWeights(&row, &w)
		if row != want {
			t.Fatalf("trial %d: sumRows then addWeights = %v, want %v", trial, row, want)
		}
	}
}
