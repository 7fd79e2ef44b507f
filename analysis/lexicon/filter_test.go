package lexicon

import (
	"fmt"
	"testing"
)

// The filter lets every listed word through, so that Lookup answers as
// the map does, and stops most words in no list.
func TestFilter(t *testing.T) {
	for w, c := range classes {
		if !filter.mayHave(w) {
			t.Errorf("filter stops the listed word %q", w)
		}
		if got := Lookup(w); got != c {
			t.Errorf("Lookup(%q) = %#x, want %#x", w, uint64(got), uint64(c))
		}
	}
	passed, n := 0, 0
	for i := range 20000 {
		w := fmt.Sprintf("zq%dx", i) // invented: in no list
		if _, ok := classes[w]; ok {
			continue
		}
		n++
		if filter.mayHave(w) {
			passed++
		}
		if got := Lookup(w); got != 0 {
			t.Errorf("Lookup(%q) = %#x, want 0", w, uint64(got))
		}
	}
	// Two bits of 16384 per word for about 2,000 words let one in twenty
	// through; a broken hash lets far more.
	if rate := float64(passed) / float64(n); rate > 0.1 {
		t.Errorf("the filter lets %.1f%% of unlisted words through; want under 10%%", 100*rate)
	}
}
