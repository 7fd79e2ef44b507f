package brown

import (
	"math"
	"math/rand/v2"
	"slices"
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

// TestVocabulary checks the order words are added in: by falling count,
// ties by the word, words under the minimum left out.
func TestVocabulary(t *testing.T) {
	seqs := [][]string{{"b", "a", "c", "a"}, {"c", "d", "a", "b"}, {"e"}}
	tests := []struct {
		min  int
		want []string
	}{
		{1, []string{"a", "b", "c", "d", "e"}},
		{2, []string{"a", "b", "c"}},
		{3, []string{"a"}},
		{4, []string{}},
	}
	for _, tt := range tests {
		vocab, counts := vocabulary(seqs, tt.min)
		if !slices.Equal(vocab, tt.want) {
			t.Errorf("vocabulary(min %d) = %v; want %v", tt.min, vocab, tt.want)
		}
		if counts["a"] != 3 || counts["e"] != 1 {
			t.Errorf("vocabulary(min %d) counts a %d, e %d; want 3 and 1, whatever the minimum", tt.min, counts["a"], counts["e"])
		}
	}
}

// TestBigrams checks which bigrams count: those inside one sequence whose
// two words are both in the vocabulary; a word left out breaks the pair
// it is in rather than joining its neighbours.
func TestBigrams(t *testing.T) {
	vocab := []string{"a", "b", "c"} // indices 0, 1, 2
	tests := []struct {
		name        string
		seqs        [][]string
		right, left [][]edge
		total       float64
	}{
		{"one pair", [][]string{{"a", "b"}},
			[][]edge{{{1, 1}}, {}, {}}, [][]edge{{}, {{0, 1}}, {}}, 1},
		{"repeated and self pairs", [][]string{{"a", "a", "b", "a", "b"}},
			[][]edge{{{0, 1}, {1, 2}}, {{0, 1}}, {}}, [][]edge{{{0, 1}, {1, 1}}, {{0, 2}}, {}}, 4},
		{"no pair across sequences", [][]string{{"a"}, {"b"}},
			[][]edge{{}, {}, {}}, [][]edge{{}, {}, {}}, 0},
		{"a word out of the vocabulary breaks the pair", [][]string{{"a", "x", "b", "c"}},
			[][]edge{{}, {{2, 1}}, {}}, [][]edge{{}, {}, {{1, 1}}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			right, left, total := bigrams(tt.seqs, vocab)
			if !slices.EqualFunc(right, tt.right, slices.Equal) || !slices.EqualFunc(left, tt.left, slices.Equal) || total != tt.total {
				t.Errorf("bigrams = right %v, left %v, total %v; want %v, %v, %v", right, left, total, tt.right, tt.left, tt.total)
			}
		})
	}
}

// TestOneWord checks the one case with no merge: a single word gets the
// bit string "0".
func TestOneWord(t *testing.T) {
	got := Cluster([][]string{{"only", "only"}}, Options{})
	if want := []Word{{"only", "0", 2}}; !slices.Equal(got, want) {
		t.Errorf("Cluster of one word = %v; want %v", got, want)
	}
}
