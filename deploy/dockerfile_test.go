package deploy

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// instruction is one Dockerfile instruction, continuation lines joined.
type instruction struct {
	line int    // where it starts, from 1
	cmd  string // upper case: FROM, RUN, ...
	args string
}

// stage is one FROM and the instructions after it.
type stage struct {
	base, name string
	body       []instruction
}

// parseDockerfile splits a Dockerfile into stages. It knows what these
// tests need (comments, parser directives, continuations), not the whole
// syntax; a Dockerfile it cannot split fails the test.
func parseDockerfile(t *testing.T, file string) []stage {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var (
		stages []stage
		cur    *instruction
		n      int
	)
	add := func(in instruction) {
		if in.cmd == "FROM" {
			fields := strings.Fields(in.args)
			st := stage{base: fields[0]}
			if len(fields) == 3 && strings.EqualFold(fields[1], "AS") {
				st.name = fields[2]
			} else if len(fields) != 1 {
				t.Fatalf("%s:%d: FROM %s: want IMAGE [AS NAME]", file, in.line, in.args)
			}
			stages = append(stages, st)
			return
		}
		if len(stages) == 0 {
			t.Fatalf("%s:%d: %s before the first FROM", file, in.line, in.cmd)
		}
		stages[len(stages)-1].body = append(stages[len(stages)-1].body, in)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if cur == nil && (line == "" || strings.HasPrefix(line, "#")) {
			continue
		}
		more := strings.HasSuffix(line, `\`)
		line = strings.TrimSuffix(line, `\`)
		if cur == nil {
			cmd, args, _ := strings.Cut(line, " ")
			cur = &instruction{line: n, cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args)}
		} else if !strings.HasPrefix(line, "#") {
			cur.args += " " + strings.TrimSpace(line)
		}
		if !more {
			add(*cur)
			cur = nil
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if cur != nil {
		t.Fatalf("%s: ends inside a continued %s", file, cur.cmd)
	}
	return stages
}

func TestDockerfile(t *testing.T) {
	// Docker is not available where these tests run, so the image is not
	// built here; these checks are what can be known from the file.
	stages := parseDockerfile(t, "Dockerfile")
	if len(stages) < 2 {
		t.Fatalf("%d stages; want a build stage and a final one", len(stages))
	}
	build, final := stages[0], stages[len(stages)-1]

	// The build stage uses the Go the module asks for and builds a static
	// binary of docanalysisd.
	gomod, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	goVersion := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(gomod)
	if goVersion == nil || !strings.HasPrefix(build.base, "golang:"+string(goVersion[1])) {
		t.Errorf("build stage FROM %s; want golang:%s, the Go of go.mod", build.base, goVersion[1])
	}
	var buildRun string
	for _, in := range build.body {
		if in.cmd == "RUN" && strings.Contains(in.args, "go build") {
			buildRun = in.args
		}
	}
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "./cmd/docanalysisd"} {
		if !strings.Contains(buildRun, want) {
			t.Errorf("build stage's go build %q lacks %s", buildRun, want)
		}
	}

	// The final stage: distroless static (no shell, no libc), the binary
	// copied from the build stage, a non-root user, an exec-form entry
	// point, and nothing run inside it (there is nothing to run it with).
	if !strings.HasPrefix(final.base, "gcr.io/distroless/static") || !strings.HasSuffix(final.base, ":nonroot") {
		t.Errorf("final stage FROM %s; want gcr.io/distroless/static…:nonroot, which has no shell", final.base)
	}
	var user, entry string
	copied := false
	for _, in := range final.body {
		switch in.cmd {
		case "RUN", "SHELL":
			t.Errorf("Dockerfile:%d: %s in the final stage, which has no shell", in.line, in.cmd)
		case "USER":
			user = in.args
		case "ENTRYPOINT":
			entry = in.args
		case "COPY":
			if build.name != "" && strings.Contains(in.args, "--from="+build.name) && strings.Contains(in.args, "/docanalysisd") {
				copied = true
			}
		}
	}
	if u, _, _ := strings.Cut(user, ":"); u != "nonroot" && u != "65532" {
		t.Errorf("final stage USER %q; want nonroot (65532), which the manifests' runAsNonRoot needs", user)
	}
	if !copied {
		t.Errorf("final stage copies no docanalysisd from the build stage %q", build.name)
	}
	var argv []string
	if err := json.Unmarshal([]byte(entry), &argv); err != nil || len(argv) == 0 || argv[0] != "/docanalysisd" {
		t.Errorf("ENTRYPOINT %s; want exec form [\"/docanalysisd\"], so the server is PID 1 and gets SIGTERM", entry)
	}
}

// TestDockerfileCopiesEverySource checks that the build stage copies, and
// the build context keeps, every directory of the repository that
// docanalysisd is built from, so that a new package does not break the
// image where no test can build it.
func TestDockerfileCopiesEverySource(t *testing.T) {
	list := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.Module.Path}} {{.Dir}}{{end}}", "./cmd/docanalysisd")
	list.Dir = ".."
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	need := map[string]bool{}
	for line := range strings.Lines(string(out)) {
		mod, dir, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || mod != "github.com/docanalysis/docanalysis" {
			continue
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil || strings.HasPrefix(rel, "..") {
			t.Fatalf("package dir %s is outside the repository", dir)
		}
		need[strings.Split(filepath.ToSlash(rel), "/")[0]] = true
	}
	if len(need) == 0 {
		t.Fatal("go list found no package of the module; the test would check nothing")
	}
	var copies []string
	for _, in := range parseDockerfile(t, "Dockerfile")[0].body {
		if in.cmd == "COPY" {
			copies = append(copies, strings.Fields(in.args)...)
		}
	}
	ignore, err := os.ReadFile("Dockerfile.dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	kept := strings.Fields(string(ignore))
	for dir := range need {
		if !slices.Contains(copies, dir+"/") {
			t.Errorf("docanalysisd is built from %s/, which the build stage does not COPY", dir)
		}
		if !slices.Contains(kept, "!"+dir+"/") {
			t.Errorf("docanalysisd is built from %s/, which Dockerfile.dockerignore leaves out of the context", dir)
		}
	}
}
