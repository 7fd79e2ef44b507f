package text

import (
	"strings"
	"testing"
)

// TestScanStops checks how far a run of final stops reaches: stops and
// the quotes and brackets they close, an ellipsis written with spaces
// as one, and a wide stop noted because it needs no space after it.
func TestScanStops(t *testing.T) {
	tests := []struct {
		src  string // the run starts at the first '|', which is dropped
		want stopRun
		rest string // what follows the run
	}{
		{"It rained|. Then", stopRun{stops: 1}, " Then"},
		{"Really|?!\" she said", stopRun{stops: 2, closed: true}, " she said"},
		{"(As planned|.) Next", stopRun{stops: 1, closed: true}, " Next"},
		{"And then|. . . nothing", stopRun{stops: 3}, " nothing"},
		{"Wait|. . Or", stopRun{stops: 2}, " Or"},
		{"Stop|! . Go", stopRun{stops: 1}, " . Go"}, // spaces join dots only
		{"3|.5 per cent", stopRun{stops: 1}, "5 per cent"},
		{"下雨了|。我们", stopRun{stops: 1, wide: true}, "我们"},
		{"End|.", stopRun{stops: 1}, ""},
	}
	for _, tt := range tests {
		i := strings.IndexByte(tt.src, '|')
		src := tt.src[:i] + tt.src[i+1:]
		got := scanStops(src, i)
		want := tt.want
		want.end = len(src) - len(tt.rest)
		if got != want {
			t.Errorf("scanStops(%q, %d) = %+v; want %+v", src, i, got, want)
		}
	}
}

// TestAbbrevBefore checks that a single capital before a dot is an
// initial only when it stands alone: one ending a longer token ("M&S.",
// "Jay-Z.") is not, while other abbreviations keep their class.
func TestAbbrevBefore(t *testing.T) {
	tests := []struct {
		src  string // the dot is the last byte
		want abbrev
	}{
		{"George W.", ambiguous},
		{"(W.", ambiguous},
		{"W.", ambiguous}, // the sentence's first word
		{"shares in M&S.", notAbbrev},
		{"a song by Jay-Z.", notAbbrev},
		{"talks with Mr.", title},
		{"apples vs.", joiner},
		{"the pay of Acme Inc.", ambiguous},
		{"it rained.", notAbbrev},
	}
	for _, tt := range tests {
		i := len(tt.src) - 1
		w := wordBefore(tt.src, 0, i)
		if got := abbrevBefore(tt.src, 0, i, w); got != tt.want {
			t.Errorf("abbrevBefore(%q, %q) = %d; want %d", tt.src, w, got, tt.want)
		}
	}
}
