package evaluate

import "testing"

// TestAnalysisLabel checks how gold sets are named in tables: by their
// label when one is given and not empty, else by their path.
func TestAnalysisLabel(t *testing.T) {
	cfg := AnalysisConfig{Gold: []string{"gold/dev", "seed", "gold/extra"}, Labels: []string{"", "the seed"}}
	for i, want := range []string{"gold/dev", "the seed", "gold/extra"} {
		if got := cfg.label(i); got != want {
			t.Errorf("label(%d) with Gold %q and Labels %q = %q; want %q", i, cfg.Gold, cfg.Labels, got, want)
		}
	}
}
