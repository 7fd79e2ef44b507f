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
	"path/filepath"
	"strings"
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

// Each runs fn as a subtest for every testdata/<name>.txt of the package
// under test, with the file's name (without .txt) and text, so that each
// stage's golden test is only what it does with one text. A package with no
// inputs fails: a golden test that compares nothing cannot catch anything.
func Each(t *testing.T, fn func(t *testing.T, name, src string)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("golden: no testdata/*.txt inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fn(t, name, string(data))
		})
	}
}
