package analysis

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// childEnv marks a test binary started by TestSameAcrossProcesses to
// write its analyses instead of running the test.
const childEnv = "DOCANALYSIS_ANALYSES_TO"

// TestSameAcrossProcesses: Go seeds every map's hash afresh, and so its
// iteration order, in each process, and the stages keep their word lists
// and indexes in maps. The seeds must never reach an answer: two
// processes, each with seeds of its own, give byte-identical analyses of
// the same texts, and so does this one.
func TestSameAcrossProcesses(t *testing.T) {
	if out := os.Getenv(childEnv); out != "" {
		if err := os.WriteFile(out, analyses(t), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if testing.Short() {
		t.Skip("starts two processes")
	}
	want := analyses(t)
	dir := t.TempDir()
	for i, name := range []string{"first", "second"} {
		out := filepath.Join(dir, name+".json")
		cmd := exec.Command(os.Args[0], "-test.run=^TestSameAcrossProcesses$", "-test.count=1")
		cmd.Env = append(os.Environ(), childEnv+"="+out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("process %d: %v\n%s", i+1, err, msg)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("the %s process analysed the texts differently from this one", name)
		}
	}
}

// analyses returns the engine's whole answer for every test text of the
// stages, as JSON.
func analyses(t *testing.T) []byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("*", "testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test texts under */testdata (%v)", err)
	}
	texts := []string{story}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	eng := newEngine(t, Config{})
	var results []*Result
	for _, text := range texts {
		res, err := eng.Analyze(context.Background(), &Document{Text: text}, &Options{Features: DefaultFeatures | Sentences})
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
	}
	b, err := json.Marshal(results)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
