package numbering

import (
	"fmt"
	"testing"
)

// Table numbers strings as a map filled in order of first use does,
// through growth from the smallest table and after Reset and Clear.
func TestTable(t *testing.T) {
	var tab Table
	for round, n := range []int{0, 3000, 10, 5000} {
		tab.Reset(n)
		want := map[string]int32{}
		var order []string
		for i := range 4000 {
			// Repeats, an empty string and keys sharing prefixes.
			s := fmt.Sprintf("w%d", (i*7919)%(1500+round*500))
			if i%97 == 0 {
				s = ""
			}
			if n, ok := tab.Find(s); ok != inMap(want, s) || ok && n != want[s] {
				t.Fatalf("round %d: Find(%q) = %d, %v before numbering it", round, s, n, ok)
			}
			if n, ok := tab.FindBytes([]byte(s)); ok != inMap(want, s) || ok && n != want[s] {
				t.Fatalf("round %d: FindBytes(%q) = %d, %v before numbering it", round, s, n, ok)
			}
			got, added := tab.Number(s)
			w, seen := want[s]
			if !seen {
				w = int32(len(order))
				want[s] = w
				order = append(order, s)
			}
			if got != w || added == seen {
				t.Fatalf("round %d: Number(%q) = %d, %v; want %d, %v", round, s, got, added, w, !seen)
			}
		}
		if tab.Len() != len(order) {
			t.Fatalf("round %d: Len() = %d; want %d", round, tab.Len(), len(order))
		}
		for i, s := range tab.Keys() {
			if s != order[i] {
				t.Fatalf("round %d: Keys()[%d] = %q; want %q", round, i, s, order[i])
			}
		}
		if round%2 == 1 {
			keys := tab.Keys()
			tab.Clear()
			if tab.Len() != 0 || keys[0] != "" {
				t.Fatalf("round %d: after Clear, Len() = %d and the old keys start %q; want 0 and cleared", round, tab.Len(), keys[0])
			}
		}
	}
}

// The zero Table numbers from 0 without a Reset.
func TestZeroTable(t *testing.T) {
	var tab Table
	if n, added := tab.Number("a"); n != 0 || !added {
		t.Errorf("Number(%q) on the zero Table = %d, %v; want 0, true", "a", n, added)
	}
	if n, added := tab.Number("a"); n != 0 || added {
		t.Errorf("Number(%q) again = %d, %v; want 0, false", "a", n, added)
	}
	if n, ok := tab.Find("b"); ok {
		t.Errorf("Find(%q) of a string never numbered = %d, true; want false", "b", n)
	}
}

// Number of a string already numbered, and Find and FindBytes of strings
// numbered or not, allocate nothing: the bytes of a word built in a
// buffer are looked up as they are.
func TestAllocs(t *testing.T) {
	var tab Table
	tab.Reset(100)
	words := []string{"the", "talks", "Talks", "ended", "."}
	for _, w := range words {
		tab.Number(w)
	}
	buf := []byte("talksended")
	asked := append(words, "unnumbered")
	if n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			tab.Number(w)
		}
		for _, w := range asked {
			tab.Find(w)
		}
		tab.FindBytes(buf[:5])
		tab.FindBytes(buf)
	}); n != 0 {
		t.Errorf("got %v allocs per run; want zero", n)
	}
	if n, ok := tab.FindBytes(buf[:5]); !ok || n != 1 {
		t.Errorf("FindBytes(%q) = %d, %v; want 1, true", buf[:5], n, ok)
	}
}

// BenchmarkNumber numbers the tokens of a made-up article (about 600
// tokens over 300 distinct strings, each used twice on average, as news
// prose does) with a Table and, as the baseline in the same run, with the
// map[string]int32 and key list the vocabulary used before; both reused
// from one article to the next.
func BenchmarkNumber(b *testing.B) {
	var toks []string
	for i := range 600 {
		toks = append(toks, fmt.Sprintf("w%d", (i*7919)%300))
	}
	b.Run("table", func(b *testing.B) {
		var tab Table
		for b.Loop() {
			tab.Reset(len(toks) / 2)
			for _, s := range toks {
				tab.Number(s)
			}
			tab.Clear()
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
	})
	b.Run("map", func(b *testing.B) {
		m := make(map[string]int32, len(toks)/2)
		var keys []string
		for b.Loop() {
			clear(m)
			keys = keys[:0]
			for _, s := range toks {
				if _, ok := m[s]; !ok {
					m[s] = int32(len(keys))
					keys = append(keys, s)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
	})
}

// inMap reports whether m has the key s.
func inMap(m map[string]int32, s string) bool {
	_, ok := m[s]
	return ok
}
