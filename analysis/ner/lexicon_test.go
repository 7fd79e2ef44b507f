package ner

import (
	"strings"
	"testing"
)

func TestLexicon(t *testing.T) {
	if maxBits != clusterPrefixes[len(clusterPrefixes)-1] {
		t.Fatalf("maxBits = %d, want the longest cluster prefix %d", maxBits, clusterPrefixes[len(clusterPrefixes)-1])
	}
	long := strings.Repeat("01", 20)
	lx, err := newLexicon("# comment\n"+long+"\tJapan\t40\n0110\tjapan\t2\n0111\tJAPAN\t5\n", false)
	if err != nil {
		t.Fatal(err)
	}
	if got := lx.clusters["Japan"]; got != long[:maxBits] {
		t.Errorf("bits of Japan = %q, want the first %d of %q", got, maxBits, long)
	}
	if got := lx.truecase["japan"]; got != "Japan" {
		t.Errorf("usual casing of japan = %q, want Japan", got)
	}
	again, err := newLexicon(string(lx.appendClusters(nil)), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.clusters) != 3 || again.clusters["JAPAN"] != "0111" {
		t.Errorf("clusters did not survive a round trip: %v", again.clusters)
	}
	for _, bad := range []string{"0101\tword\n", "01x\tword\t3\n", "01\tword\tmany\n"} {
		if _, err := newLexicon(bad, false); err == nil {
			t.Errorf("newLexicon(%q) succeeded, want an error", bad)
		}
	}
}

func TestFeatureHelpers(t *testing.T) {
	tests := []struct{ word, shape, long string }{
		{"Peter", "Xx", "Xxxx"},
		{"U.S.", "X.X.", "X.X."},
		{"1996-08-22", "d-d-d", "ddd-dd-dd"},
		{"McDonald's", "XxXx'x", "XxXxxx'x"},
		{"Élysée", "Xx", "Xxxx"},
	}
	for _, tt := range tests {
		if got := string(appendShape(nil, tt.word, 1)); got != tt.shape {
			t.Errorf("shape(%q) = %q, want %q", tt.word, got, tt.shape)
		}
		if got := string(appendShape(nil, tt.word, 3)); got != tt.long {
			t.Errorf("long shape(%q) = %q, want %q", tt.word, got, tt.long)
		}
	}
	if got := string(appendLower(nil, "ÉLYSÉE Palace")); got != "élysée palace" {
		t.Errorf("appendLower = %q", got)
	}
	for _, tt := range []struct {
		s                  string
		caps, first, alpha bool
	}{{"NATO", true, true, true}, {"eBay", false, false, true}, {"1996", false, false, false}, {"U.S.", true, true, true}, {"Blair", false, true, true}} {
		caps, first, alpha := caseOf(tt.s)
		if caps != tt.caps || first != tt.first || alpha != tt.alpha {
			t.Errorf("caseOf(%q) = %v, %v, %v; want %v, %v, %v", tt.s, caps, first, alpha, tt.caps, tt.first, tt.alpha)
		}
	}
}

// TestUsuallyLower checks the words a tagger knows as ordinary, on a
// lexicon of our own: the most frequent casing decides, in any case asked,
// and a word the clusters lack is not ordinary.
func TestUsuallyLower(t *testing.T) {
	lx, err := newLexicon("0\tharbour\t40\n1\tHarbour\t12\n0\tDrake\t9\n1\tdrake\t2\n01\tbaby\t3\n", false)
	if err != nil {
		t.Fatal(err)
	}
	tg := &Tagger{lx: lx}
	for w, want := range map[string]bool{
		"harbour": true, "Harbour": true, "HARBOUR": true, "Baby": true,
		"Drake": false, "drake": false, "Ofcom": false, "": false,
	} {
		if got := tg.UsuallyLower(w); got != want {
			t.Errorf("UsuallyLower(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestCluster checks the word classes a tagger gives words: as written,
// cut to the prefix features use, none for a word the clusters lack.
func TestCluster(t *testing.T) {
	long := strings.Repeat("10", 15)
	lx, err := newLexicon("0110\tUnion\t40\n0111\tunion\t12\n"+long+"\tCouncil\t9\n", false)
	if err != nil {
		t.Fatal(err)
	}
	tg := &Tagger{lx: lx}
	for w, want := range map[string]string{
		"Union": "0110", "union": "0111", "Council": long[:maxBits], "UNION": "", "Ofcom": "",
	} {
		if got := tg.Cluster(w); got != want {
			t.Errorf("Cluster(%q) = %q; want %q", w, got, want)
		}
	}
}
