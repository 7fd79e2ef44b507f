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
}

// A lookup of a string already numbered allocates nothing.
func TestNumberAllocs(t *testing.T) {
	var tab Table
	tab.Reset(100)
	words := []string{"the", "talks", "Talks", "ended", "."}
	for _, w := range words {
		tab.Number(w)
	}
	if n := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			tab.Number(w)
		}
	}); n != 0 {
		t.Errorf("got %v allocs per run; want zero", n)
	}
}
