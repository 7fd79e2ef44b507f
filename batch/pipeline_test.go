package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// The test's corpus, written by hand: two articles as text files, a JSONL
// file with two good documents, one with empty text and one line that is
// not JSON.
var (
	textFiles = map[string]string{
		"harbour.txt": "Mayor Helen Ortiz said on Tuesday that the harbour plan would cost 40 million euros. " +
			"Councillor Raj Patel disputed the figure, calling it far too low. The port authority declined to comment.",
		"strike.txt": "The rail union said its members would strike on Friday. Transport minister Ana Sousa called the " +
			"walkout unnecessary and said talks could resume next week.",
	}
	jsonl = `{"id": "budget", "text": "Finance minister Sofia Lind presented the budget on Monday. Opposition leader Marcus Webb said it cut too deep."}
{"id": "empty", "text": ""}
this line is not JSON
{"id": "school", "text": "Headteacher Grace Kim said the new school would open in September. Parents said the roads around it were unsafe."}
`
)

func TestPipelineOnPrism(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Beam pipeline on Prism; skipped in -short")
	}
	in, out := t.TempDir(), t.TempDir()
	for name, text := range textFiles {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(in, "more.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := Paths{Input: filepath.Join(in, "*"), Output: filepath.Join(out, "analyses.jsonl"), DeadLetter: filepath.Join(out, "dead.jsonl")}
	p, s := beam.NewPipelineWithRoot()
	Build(s, paths)
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatalf("prism.Execute = _, %v; want nil", err)
	}

	var ids []string
	for _, line := range readLines(t, paths.Output) {
		var resp pb.AnalyzeDocumentResponse
		if err := protojson.Unmarshal([]byte(line), &resp); err != nil {
			t.Fatalf("output line %q is not an AnalyzeDocumentResponse: %v", line, err)
		}
		a := resp.GetAnalysis()
		if len(a.GetActors()) == 0 || a.GetSummary() == nil {
			t.Errorf("document %s: analysis with %d actors and summary %v; want both", a.GetDocumentId(), len(a.GetActors()), a.GetSummary())
		}
		ids = append(ids, a.GetDocumentId())
	}
	slices.Sort(ids)
	if want := []string{"budget", "harbour", "school", "strike"}; !slices.Equal(ids, want) {
		t.Errorf("analysed %v; want %v", ids, want)
	}

	var dead []Failure
	for _, line := range readLines(t, paths.DeadLetter) {
		var f Failure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("dead-letter line %q: %v", line, err)
		}
		dead = append(dead, f)
	}
	slices.SortFunc(dead, func(a, b Failure) int { return strings.Compare(a.Source, b.Source) })
	if len(dead) != 2 ||
		dead[0].ID != "empty" || dead[0].Code != "InvalidArgument" || !strings.HasSuffix(dead[0].Source, "more.jsonl:2") ||
		dead[1].ID != "" || dead[1].Code != "InvalidArgument" || !strings.HasSuffix(dead[1].Source, "more.jsonl:3") {
		t.Errorf("dead letters %+v; want the empty text (line 2) and the line that is not JSON (line 3), both InvalidArgument", dead)
	}

	wantBytes := int64(0)
	for _, text := range textFiles {
		wantBytes += int64(len(text))
	}
	for _, line := range strings.Split(jsonl, "\n") {
		var d struct{ ID, Text string }
		if json.Unmarshal([]byte(line), &d) == nil && d.Text != "" {
			wantBytes += int64(len(d.Text))
		}
	}
	got := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "docanalysis" {
			got[c.Name()] += c.Result()
		}
	}
	if got["documents"] != 4 || got["failures"] != 2 || got["bytes"] != wantBytes {
		t.Errorf("counters %v; want documents 4, failures 2, bytes %d", got, wantBytes)
	}
}

// readLines returns the non-empty lines of file.
func readLines(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, MaxLineBytes)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			lines = append(lines, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}
