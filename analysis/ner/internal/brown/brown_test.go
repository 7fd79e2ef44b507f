package brown

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIncrementalLoss checks the O(1) loss updates against losses computed
// from scratch after adds, merges and moves on random counts.
func TestIncrementalLoss(t *testing.T) {
	for _, K := range []int{9, 80} { // 80 takes the two-goroutine path
		testIncrementalLoss(t, K)
	}
}

func testIncrementalLoss(t *testing.T, K int) {
	r := rand.New(rand.NewPCG(1, uint64(K)))
	c := newState(K, 1000)
	randRow := func() []float64 {
		row := make([]float64, K)
		for i := range row {
			if r.IntN(3) > 0 {
				row[i] = float64(r.IntN(20))
			}
		}
		return row
	}
	check := func(step string) {
		t.Helper()
		slots := c.liveSlots()
		for x, i := range slots {
			for _, j := range slots[x+1:] {
				got, want := c.L[i*K+j], c.loss(i, j)
				if math.Abs(got-want) > 1e-9 {
					t.Fatalf("%s: L(%d,%d) = %g, from scratch %g", step, i, j, got, want)
				}
			}
		}
	}
	for s := range K - 1 {
		c.add(s, float64(20+r.IntN(50)), randRow(), randRow(), float64(r.IntN(5)))
		check("add")
	}
	for range 20 {
		c.add(K-1, float64(20+r.IntN(50)), randRow(), randRow(), float64(r.IntN(5)))
		check("add last")
		s, u := c.best()
		c.merge(s, u)
		check("merge")
		if u != K-1 {
			c.move(K-1, u)
			check("move")
		}
	}
}

// TestCluster checks that words used alike end up close: the days and the
// names each share a long prefix with one another.
func TestCluster(t *testing.T) {
	var seqs [][]string
	days := []string{"Monday", "Tuesday", "Friday"}
	names := []string{"Smith", "Jones", "Brown"}
	verbs := []string{"said", "told", "added"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 400 {
		d, n, v := days[r.IntN(3)], names[r.IntN(3)], verbs[r.IntN(3)]
		seqs = append(seqs, strings.Fields("on "+d+" Mr "+n+" "+v+" it"))
	}
	words := Cluster(seqs, Options{Clusters: 4})
	bits := map[string]string{}
	for _, w := range words {
		bits[w.Word] = w.Bits
	}
	if len(bits) != 12 {
		t.Fatalf("got %d words, want 12", len(bits))
	}
	prefix := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		return n
	}
	for _, group := range [][]string{days, names, verbs} {
		for _, a := range group {
			for _, b := range group {
				if a == b {
					continue
				}
				if p := prefix(bits[a], bits[b]); p < prefix(bits[a], bits["on"]) || p < prefix(bits[a], bits["Mr"]) {
					t.Errorf("%s (%s) and %s (%s) share less than with unrelated words", a, bits[a], b, bits[b])
				}
			}
		}
	}
	again := Cluster(seqs, Options{Clusters: 4})
	for i := range words {
		if words[i] != again[i] {
			t.Fatalf("not deterministic: %v vs %v", words[i], again[i])
		}
	}
}
