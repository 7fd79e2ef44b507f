package evaluate

import (
	"fmt"
	"slices"
	"testing"
)

// TestSplitFold checks the rules of a cross-validation split: each
// document is tested in exactly one fold and never trained on there, the
// training documents come in the given order, and a share keeps the first
// of them, rounded.
func TestSplitFold(t *testing.T) {
	var ids []string
	for i := range 23 {
		ids = append(ids, fmt.Sprintf("doc-%02d", i))
	}
	order := make([]int, len(ids))
	for i := range order {
		order[i] = len(ids) - 1 - i // reversed, so order is visibly followed
	}
	for _, folds := range []int{2, 5} {
		tested := make([]int, len(ids))
		for f := range folds {
			train, test := splitFold(ids, order, folds, f, 1)
			for _, i := range test {
				tested[i]++
				if Fold(ids[i], folds) != f {
					t.Errorf("%d folds: fold %d tests %s, of fold %d", folds, f, ids[i], Fold(ids[i], folds))
				}
				if slices.Contains(train, i) {
					t.Errorf("%d folds: fold %d trains on %s, which it tests", folds, f, ids[i])
				}
			}
			if len(train)+len(test) != len(ids) {
				t.Errorf("%d folds: fold %d trains on %d and tests %d of %d documents", folds, f, len(train), len(test), len(ids))
			}
			if !slices.IsSortedFunc(train, func(a, b int) int { return b - a }) {
				t.Errorf("%d folds: fold %d trains in the order %v; want the given order", folds, f, train)
			}
			if !slices.IsSorted(test) {
				t.Errorf("%d folds: fold %d tests in the order %v; want the documents' order", folds, f, test)
			}
		}
		for i, n := range tested {
			if n != 1 {
				t.Errorf("%d folds: %s tested %d times; want once", folds, ids[i], n)
			}
		}
	}

	// Fold 0 of 5 trains on 17 of the 23: a quarter is 4.25, kept as 4,
	// a half 8.5, rounded away from zero to 9.
	full, _ := splitFold(ids, order, 5, 0, 1)
	if len(full) != 17 {
		t.Fatalf("fold 0 of 5 trains on %d documents; the shares below assume 17", len(full))
	}
	for _, tt := range []struct {
		frac float64
		want int
	}{{0, 0}, {0.25, 4}, {0.5, 9}, {0.9, 15}, {1, 17}} {
		train, _ := splitFold(ids, order, 5, 0, tt.frac)
		if !slices.Equal(train, full[:tt.want]) {
			t.Errorf("share %.2f trains on %v; want the first %d of %v", tt.frac, train, tt.want, full)
		}
	}
}
