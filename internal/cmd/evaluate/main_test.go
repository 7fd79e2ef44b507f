package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/internal/evaluate"
)

// e2eGold is the harness's own tiny gold file (text written for the test).
const e2eGold = "../../evaluate/testdata/e2e/e2e.json"

// sharedDir is the project's shared folder: $DOCANALYSIS_SHARED, else
// ../shared beside the repository.
func sharedDir() string {
	if d := os.Getenv("DOCANALYSIS_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "..", "shared")
}

// runCmd runs the command in-process and returns its exit code and output.
func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb strings.Builder
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestAnalysisEndToEnd(t *testing.T) {
	code, out, errOut := runCmd("analysis", "-gold", e2eGold, "-out", t.TempDir(), "-shared", sharedDir(), "-metrics", "disputes")
	if code != exitOK {
		t.Fatalf("run(analysis) = %d; want %d\nstdout:\n%s\nstderr:\n%s", code, exitOK, out, errOut)
	}
	for _, want := range []string{"documents analysed: 1 in", "e2e", "dispute f1", "dispute evidence only f1", "agreement f1", ">= 0.70 (#13)"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "actor f1") {
		t.Errorf("-metrics disputes printed actor figures:\n%s", out)
	}
	_, pyErr := exec.LookPath("python3")
	_, scriptErr := os.Stat(filepath.Join(sharedDir(), "eval", "score_analysis.py"))
	if pyErr == nil && scriptErr == nil && !strings.Contains(out, "score_analysis.py agrees with the Go scorer") {
		t.Errorf("stdout does not report the Python check:\n%s", out)
	}
}

func TestWithoutPython(t *testing.T) {
	code, out, errOut := runCmd("analysis", "-gold", e2eGold, "-out", t.TempDir(), "-python", "no-such-python-for-docanalysis")
	if code != exitOK {
		t.Fatalf("run(analysis, no python) = %d; want %d\n%s", code, exitOK, errOut)
	}
	if !strings.Contains(errOut, "not found") || !strings.Contains(out, "score_analysis.py: not run") {
		t.Errorf("missing python not reported:\nstdout:\n%s\nstderr:\n%s", out, errOut)
	}
}

func TestSkipsWithoutShared(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-shared")
	for _, args := range [][]string{
		{"all", "-shared", missing, "-out", t.TempDir()},
		{"analysis", "-gold", filepath.Join(missing, "gold", "dev"), "-out", t.TempDir()},
		{"summary", "-refs", filepath.Join(missing, "refs.jsonl"), "-split", "test", "-lead", "ref", "-out", t.TempDir()},
	} {
		code, out, errOut := runCmd(args...)
		if code != exitOK || !strings.Contains(errOut, "skipped") || out != "" {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d and a skip message", args, code, out, errOut, exitOK)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
	}{
		{nil, exitUsage},
		{[]string{"bogus"}, exitUsage},
		{[]string{"help"}, exitOK},
		{[]string{"analysis", "-h"}, exitOK},
		{[]string{"analysis", "-out", "x"}, exitUsage},
		{[]string{"analysis", "-gold", e2eGold}, exitUsage},
		{[]string{"analysis", "-gold", e2eGold, "-out", "x", "-metrics", "bogus"}, exitUsage},
		{[]string{"analysis", "-gold", e2eGold, "-out", "x", "extra"}, exitUsage},
		{[]string{"summary", "-out", "x"}, exitUsage},
		{[]string{"all", "-bogus"}, exitUsage},
	} {
		if code, _, _ := runCmd(tt.args...); code != tt.code {
			t.Errorf("run(%q) = %d; want %d", tt.args, code, tt.code)
		}
	}
}

func TestAnalysisExitCode(t *testing.T) {
	for _, tt := range []struct {
		name string
		rep  evaluate.AnalysisReport
		want int
	}{
		{"clean", evaluate.AnalysisReport{Sets: []evaluate.SetResult{{Label: "x"}}}, exitOK},
		{"Go and Python differ", evaluate.AnalysisReport{Sets: []evaluate.SetResult{{Label: "x", Diffs: []string{"actor_f1: ..."}}}}, exitFailure},
		{"a document failed", evaluate.AnalysisReport{Failed: []evaluate.DocError{{ID: "x", Err: errors.New("boom")}}}, exitFailure},
	} {
		var stderr strings.Builder
		if got := analysisCode(&tt.rep, &stderr); got != tt.want {
			t.Errorf("%s: analysisCode = %d; want %d", tt.name, got, tt.want)
		}
	}
}
