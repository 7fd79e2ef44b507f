package text

import (
	"hash/maphash"
	"math/rand/v2"
	"testing"
)

// TestNumbering numbers random strings, many sharing a prefix or a
// length, against a map, across resets of one table to sizes small
// enough that most strings probe past a taken slot.
func TestNumbering(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tb := numbering{seed: maphash.MakeSeed()}
	for trial := range 50 {
		distinct := 1 + r.IntN(40)
		tb.reset(distinct)
		want := map[string]int32{}
		var strs []string
		for range 3 * distinct {
			b := make([]byte, r.IntN(4))
			for i := range b {
				b[i] = "ab"[r.IntN(2)]
			}
			s := string(b)
			if _, ok := want[s]; !ok && len(want) == distinct {
				continue // the table was sized for distinct strings
			}
			sl := tb.slot(s, strs)
			n, ok := want[s]
			switch {
			case ok && sl.n-1 != n:
				t.Fatalf("trial %d: %q numbered %d, want %d", trial, s, sl.n-1, n)
			case !ok && sl.n != 0:
				t.Fatalf("trial %d: new %q found as number %d", trial, s, sl.n-1)
			case !ok:
				want[s] = int32(len(strs))
				strs = append(strs, s)
				sl.n = int32(len(strs))
			}
		}
	}
}
