// Package proto holds the docanalysis API definitions. Its test keeps the
// generated code and the published API honest: buf lint passes, gen/ is
// what buf generates from these files, and nothing breaks the v1 API as it
// was first committed.
package proto

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// run runs a command in the repository root and fails the test with its
// output when it fails.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = ".."
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out.String())
	}
	return out.String()
}

func skipShort(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs buf; skipped in -short")
	}
}

func TestLint(t *testing.T) {
	skipShort(t)
	run(t, "go", "tool", "buf", "lint")
}

// generatedDirs are the folders buf.gen.yaml writes, as its `out:` lines
// name them: the Go code and the OpenAPI document the server embeds.
var generatedDirs = []string{"gen", "server/openapi"}

// TestGeneratedUpToDate regenerates into a scratch folder and compares it
// file by file with the committed gen/ and server/openapi/.
func TestGeneratedUpToDate(t *testing.T) {
	skipShort(t)
	out := t.TempDir()
	tmpl := filepath.Join(out, "buf.gen.yaml")
	cfg, err := os.ReadFile("../buf.gen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range generatedDirs {
		line := []byte("out: " + dir + "\n")
		if !bytes.Contains(cfg, line) {
			t.Fatalf("buf.gen.yaml has no %q line; update generatedDirs", line)
		}
		cfg = bytes.ReplaceAll(cfg, line, []byte("out: "+filepath.Join(out, dir)+"\n"))
	}
	if err := os.WriteFile(tmpl, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, "go", "tool", "buf", "generate", "--template", tmpl)
	for _, dir := range generatedDirs {
		want := files(t, filepath.Join(out, dir))
		got := files(t, filepath.Join("..", dir))
		for name, w := range want {
			if g, ok := got[name]; !ok {
				t.Errorf("%s/%s is missing; run `make proto` and commit", dir, name)
			} else if !bytes.Equal(g, w) {
				t.Errorf("%s/%s is stale; run `make proto` and commit", dir, name)
			}
		}
		for name := range got {
			if _, ok := want[name]; !ok {
				t.Errorf("%s/%s is not generated from proto/; remove it", dir, name)
			}
		}
	}
}

func files(t *testing.T, root string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		m[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestNotBreaking checks the API against the commit that first published
// it and against the previous commit: a v1 client built from either must
// keep working.
func TestNotBreaking(t *testing.T) {
	skipShort(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; cannot compare with earlier versions")
	}
	if err := exec.Command("git", "-C", "..", "rev-parse", "--git-dir").Run(); err != nil {
		t.Skip("not a git checkout; cannot compare with earlier versions")
	}
	const file = "proto/docanalysis/v1/analysis.proto"
	first := strings.Fields(run(t, "git", "log", "--format=%H", "--diff-filter=A", "--", file))
	refs := map[string]bool{}
	if len(first) > 0 {
		refs[first[len(first)-1]] = true
	}
	if err := exec.Command("git", "-C", "..", "cat-file", "-e", "HEAD~1:"+file).Run(); err == nil {
		refs["HEAD~1"] = true
	}
	if len(refs) == 0 {
		t.Skip("the API has no earlier committed version to compare with")
	}
	for ref := range refs {
		run(t, "go", "tool", "buf", "breaking", "--against", ".git#ref="+ref)
	}
}
