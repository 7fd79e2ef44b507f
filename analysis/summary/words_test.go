package summary

import (
	"testing"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// TestWordClasses asks what the summary reads of the lexicon's classes,
// on words picked for each answer.
func TestWordClasses(t *testing.T) {
	for _, tt := range []struct {
		w    string
		cue  int
		cues uint8
	}{
		{"the", nounCue, 0},
		{"their", nounCue, 0},
		{"will", verbCue, cueFuture},
		{"we", verbCue, cueFirst},
		{"mr", noCue, 0},
		{"said", noCue, cueReport},
		{"plans", noCue, cueFuture},
		{"whereas", noCue, cueContrast},
		{"denies", noCue, cueDispute},
		{"sanctions", noCue, 0},
	} {
		c := lexicon.Lookup(tt.w)
		if got := cueOf(c); got != tt.cue {
			t.Errorf("cueOf(Lookup(%q)) = %d, want %d", tt.w, got, tt.cue)
		}
		if got := cueFlags(c); got != tt.cues {
			t.Errorf("cueFlags(Lookup(%q)) = %#b, want %#b", tt.w, got, tt.cues)
		}
	}
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"However", true}, {"THEY", true}, {"Nevertheless", true}, {"Furthermore", true},
		{"The", false}, {"Ministers", false}, {"Neverthelessly", false}, {"", false},
	} {
		if got := anaphoric(tt.w); got != tt.want {
			t.Errorf("anaphoric(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
