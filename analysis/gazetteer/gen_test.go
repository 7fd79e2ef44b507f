package gazetteer

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sourceDir is the shared corpus gen.go reads, as the go:generate line
// names it.
const sourceDir = "../../../shared/corpora/gazetteer"

// TestGeneratedFilesUpToDate runs gen.go twice into temporary folders and
// checks that the runs agree byte for byte (the generator is deterministic)
// and match the committed files (nobody forgot go generate, nobody edited
// the output by hand).
func TestGeneratedFilesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping generator run in -short mode")
	}
	if _, err := os.Stat(filepath.Join(sourceDir, "countries.json")); err != nil {
		t.Skipf("shared gazetteer corpus not present (%v); cannot check generated files", err)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go tool not found: %v", err)
	}
	var runs [2]string
	for i := range runs {
		runs[i] = t.TempDir()
		cmd := exec.Command(goTool, "run", "gen.go", "-src", sourceDir, "-out", runs[i])
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go run gen.go: %v\n%s", err, out)
		}
	}
	for _, name := range []string{"countries.tsv", "orgs.tsv"} {
		first, err := os.ReadFile(filepath.Join(runs[0], name))
		if err != nil {
			t.Fatal(err)
		}
		second, err := os.ReadFile(filepath.Join(runs[1], name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Errorf("%s: two generator runs differ; gen.go is not deterministic", name)
		}
		committed, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, committed) {
			t.Errorf("%s is stale or was edited by hand; run go generate in analysis/gazetteer", name)
		}
	}
}
