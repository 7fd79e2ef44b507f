package ner

import "testing"

func TestFeatTable(t *testing.T) {
	for _, n := range []int{0, 1, 5, 1000} {
		index := map[uint64]int32{}
		for i := range n {
			index[mix(uint64(i), 1)] = int32(i)
		}
		// Keys that collide in their low bits probe past each other.
		index[1<<40|5] = int32(n)
		index[2<<40|5] = int32(n + 1)
		tb := newFeatTable(index)
		for k, r := range index {
			if got := tb.get(k); got != r {
				t.Fatalf("n=%d: get(%#x) = %d, want %d", n, k, got, r)
			}
		}
		if got := tb.get(3<<40 | 5); got != -1 {
			t.Errorf("n=%d: get(absent) = %d, want -1", n, got)
		}
	}
}
