// Package golden compares a test's output with a golden file kept under
// testdata/, so that the engine's stages can be reviewed as readable diffs.
// Run a package's tests with -update to rewrite the files after a
// deliberate change, then read the diff before committing it.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

// JSON marshals v as indented JSON and compares it with the file at path,
// or writes the file when the test binary runs with -update.
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatalf("golden: marshalling %s: %v", path, err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept it, then review the diff):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
