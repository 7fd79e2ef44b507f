package reuse

import "testing"

// A Map hands back the same map, emptied, while documents need about as
// much room as it has, and a new one once a document needs less than a
// quarter of it.
func TestMap(t *testing.T) {
	var x Map[string, int]
	m := x.Get(100)
	for i := range 1000 {
		m[string(rune('a'+i%26))+string(rune(i))] = i
	}
	x.Put()
	if len(m) != 0 {
		t.Fatalf("after Put the map holds %d entries; want 0", len(m))
	}
	if again := x.Get(600); len(again) != 0 || !same(again, m) {
		t.Errorf("Get(600) after 1000 entries: want the same map, empty")
	}
	x.Put()
	if small := x.Get(100); same(small, m) || len(small) != 0 {
		t.Errorf("Get(100) after 1000 entries: want a new, empty map")
	}
	small := x.Get(100)
	small["left"] = 1
	if again := x.Get(100); len(again) != 0 {
		t.Errorf("Get without Put: want an empty map, got %d entries", len(again))
	}
	var zero Map[int, bool]
	if z := zero.Get(0); z == nil {
		t.Errorf("the zero Map's Get returned nil")
	}
}

// same reports whether a and b are one map: an entry put in one shows in
// the other.
func same(a, b map[string]int) bool {
	a["probe"] = 1
	_, ok := b["probe"]
	delete(a, "probe")
	return ok
}
