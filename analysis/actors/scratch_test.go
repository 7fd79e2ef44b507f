package actors

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestFindReusesScratch runs Find on the golden texts in one order, then
// in the other, so that each text gets the pooled document (tokens,
// candidates, the resolver's and build's scratch) another text left:
// every result must equal the first, or the scratch carries something
// from the text before.
func TestFindReusesScratch(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) < 2 {
		t.Fatalf("want two golden texts or more: %v, %d", err, len(files))
	}
	srcs := make([]string, len(files))
	want := make([][]Actor, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[i] = string(data)
		want[i] = findText(t, "", srcs[i])
	}
	for i := len(files) - 1; i >= 0; i-- {
		if got := findText(t, "", srcs[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%s: Find after another text differs from Find before it", files[i])
		}
	}
}
