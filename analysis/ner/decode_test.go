package ner

import (
	"math/rand/v2"
	"testing"
)

// TestViterbi checks the decoder against brute force over every well-formed
// BILOU sequence of up to 3 tags, with random weights.
func TestViterbi(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	tr := newTransitions()
	for trial := range 200 {
		for p := range nTags + 1 {
			for c := range nTags {
				tr.w[p][c] = int32(r.IntN(2001) - 1000)
			}
		}
		for c := range nTags {
			tr.end[c] = int32(r.IntN(2001) - 1000)
		}
		n := 1 + trial%3
		em := make([]int32, n*nTags)
		for i := range em {
			em[i] = int32(r.IntN(2001) - 1000)
		}
		got := make([]uint8, n)
		tr.viterbi(em, make([]int32, n*nTags), got)

		score := func(seq []uint8) (int32, bool) {
			s, prev := int32(0), uint8(nTags)
			for i, g := range seq {
				if !allowed(prev, g) {
					return 0, false
				}
				s += tr.w[prev][g] + em[i*nTags+int(g)]
				prev = g
			}
			if !allowedEnd(prev) {
				return 0, false
			}
			return s + tr.end[prev], true
		}
		var best []uint8
		bestScore := int32(negInf)
		seq := make([]uint8, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if s, ok := score(seq); ok && s > bestScore {
					bestScore, best = s, append([]uint8(nil), seq...)
				}
				return
			}
			for g := range uint8(nTags) {
				seq[i] = g
				walk(i + 1)
			}
		}
		walk(0)
		gs, ok := score(got)
		if !ok || gs != bestScore {
			t.Fatalf("trial %d: viterbi %v (score %d, valid %v), brute force %v (score %d)", trial, got, gs, ok, best, bestScore)
		}
	}
}
