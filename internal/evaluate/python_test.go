package evaluate

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// sharedDir is the project's shared folder: $DOCANALYSIS_SHARED, else
// ../shared beside the repository.
func sharedDir() string {
	if d := os.Getenv("DOCANALYSIS_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// needScript returns the interpreter and the path of a shared scorer, or
// skips the test when either is missing.
func needScript(t *testing.T, name string) (*Python, string) {
	t.Helper()
	py, err := FindPython("")
	if err != nil {
		t.Skip("python3 not found; the Python cross-check is skipped")
	}
	script := filepath.Join(sharedDir(), "eval", name)
	if _, err := os.Stat(script); err != nil {
		t.Skipf("%s not found; set DOCANALYSIS_SHARED to the shared folder", script)
	}
	return py, script
}

func TestScorerAgainstPython(t *testing.T) {
	py, script := needScript(t, "score_analysis.py")

	// A set written at test time: a CRLF text file (Python reads it with
	// universal newlines, so offsets shift) and a bare DocumentAnalysis.
	dir := t.TempDir()
	goldDir, predDir := filepath.Join(dir, "gold"), filepath.Join(dir, "pred")
	for _, d := range []string{goldDir, predDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := "Åsa Berg wrote to the Board.\r\nThe Board rejected Åsa Berg’s appeal.\rBerg said she would go to court.\r\n"
	writeFile(t, filepath.Join(goldDir, "delta.txt"), text)
	ev := "The Board rejected Åsa Berg’s appeal."
	writeJSON(t, filepath.Join(goldDir, "delta.json"), map[string]any{
		"id": "delta", "text_file": "delta.txt",
		"actors": []any{
			map[string]any{"name": "Åsa Berg", "type": "PERSON", "required": true, "aliases": []string{"Berg"}, "mentions_in_text": []string{"Åsa Berg", "Berg"}},
			map[string]any{"name": "Board", "type": "ORGANIZATION", "required": true, "aliases": []string{"the Board"}},
		},
		"disputes": []any{map[string]any{"id": "appeal", "required": true, "parties": []string{"Åsa Berg", "Board"}, "evidence": []string{ev}}},
	})
	read, err := ReadText(filepath.Join(goldDir, "delta.txt"))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(read, ev)
	b := utf8.RuneCountInString(read[:i])
	span := &pb.TextSpan{Begin: int32(b), End: int32(b + utf8.RuneCountInString(ev)), Content: ev}
	a := &pb.DocumentAnalysis{
		Actors: []*pb.Actor{
			{Id: "1", Name: "Åsa Berg’s", Type: pb.ActorType_ACTOR_TYPE_PERSON, Aliases: []string{"Berg"}},
			{Id: "2", Name: "The Board", Type: pb.ActorType_ACTOR_TYPE_ORGANIZATION},
		},
		DisputedPoints: []*pb.DisputedPoint{{Positions: []*pb.Position{{ActorId: "1"}, {ActorId: "2", Evidence: []*pb.TextSpan{span}}}}},
	}
	if err := WritePrediction(predDir, "delta", a); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct{ gold, pred string }{
		{"testdata/gold", "testdata/pred"},
		{"testdata/gold/alpha.json", "testdata/pred"},
		{"testdata/gold/beta.json", "testdata/pred"},
		{goldDir, predDir},
	} {
		golds, err := LoadGold(tc.gold)
		if err != nil {
			t.Fatal(err)
		}
		rows := scoreAll(t, golds, tc.pred)
		want, err := py.ScoreAnalysis(t.Context(), script, tc.gold, tc.pred)
		if err != nil {
			t.Fatal(err)
		}
		if diffs := CompareScores(rows, Total(rows), want); len(diffs) > 0 {
			t.Errorf("%s: Go and score_analysis.py disagree:\n%s", tc.gold, strings.Join(diffs, "\n"))
		}
	}
}

func TestNormAgainstPython(t *testing.T) {
	py, script := needScript(t, "score_analysis.py")
	var in []string
	for _, tt := range normTests {
		in = append(in, tt.in)
	}
	got := pythonMap(t, py, filepath.Dir(script), "from score_analysis import norm as f", in)
	for i, s := range in {
		if Norm(s) != got[i] {
			t.Errorf("Norm(%q) = %q; score_analysis.py says %q", s, Norm(s), got[i])
		}
	}
}

func TestRefSentencesAgainstPython(t *testing.T) {
	py, script := needScript(t, "rouge.py")
	var in []string
	for _, tt := range refSentenceTests {
		in = append(in, tt.in)
	}
	got := pythonMap(t, py, filepath.Dir(script), "from rouge import sentences\nf = lambda s: len(sentences(s))", in)
	for i, s := range in {
		var n int
		if err := json.Unmarshal([]byte(got[i]), &n); err != nil {
			t.Fatal(err)
		}
		if RefSentences(s) != n {
			t.Errorf("RefSentences(%q) = %d; rouge.py counts %d", s, RefSentences(s), n)
		}
	}
}

// pythonMap runs f, defined by def with dir on sys.path, over in and
// returns each result: strings as they are, anything else as JSON.
func pythonMap(t *testing.T, py *Python, dir, def string, in []string) []string {
	t.Helper()
	prog := "import json, sys\nsys.path.insert(0, sys.argv[1])\n" + def + `
out = []
for s in json.load(sys.stdin):
    v = f(s)
    out.append(v if isinstance(v, str) else json.dumps(v))
print(json.dumps(out))
`
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), py.Exe, "-c", prog, dir)
	cmd.Stdin = bytes.NewReader(data)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	return got
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(b))
}
