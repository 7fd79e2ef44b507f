package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// refSentenceTests were counted with rouge.py's sentences() (see
// TestRefSentencesAgainstPython).
var refSentenceTests = []struct {
	in   string
	want int
}{
	{"One line.\nTwo lines.\nThree.", 3},
	{"One line.\n\n  \nTwo lines.", 2},             // blank lines do not count
	{"First sentence. Second one! Third? yes.", 3}, // lower case does not start a sentence
	{"He said: \"Go.\" Then he left.", 2},          // closing quote before the space
	{"It cost $5. 40 people came.", 2},             // a digit starts a sentence
	{"The U.S. army left. “Good,” she said.", 2},   // opening quote before the capital
	{"The U.S. Army left. “Good,” she said.", 3},   // an abbreviation before a capital splits
	{"Ends with (a bracket.) (Then) this.", 2},
	{"No split here.Directly joined.", 1},
	{"Tab\tsplit.\tNext.", 2},
	{"", 0},
	{"   ", 0},
	{"One line only", 1},
	{"Only one line.\n", 1},
}

func TestRefSentences(t *testing.T) {
	for _, tt := range refSentenceTests {
		if got := RefSentences(tt.in); got != tt.want {
			t.Errorf("RefSentences(%q) = %d; want %d", tt.in, got, tt.want)
		}
	}
}

func TestLoadRefs(t *testing.T) {
	tests := []struct {
		split   string
		limit   int
		ids     string
		skipped int
	}{
		{SplitTest, 0, "bbc-test-005 bbc-test-015", 1}, // 010 is tokenized
		{SplitTrain, 0, "bbc-test-007", 0},
		{SplitAll, 0, "bbc-test-005 bbc-test-007 bbc-test-015", 1},
		{SplitAll, 2, "bbc-test-005 bbc-test-007", 0},
	}
	for _, tt := range tests {
		refs, skipped, err := LoadRefs("testdata/refs.jsonl", tt.split, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range refs {
			ids = append(ids, r.ID)
		}
		if strings.Join(ids, " ") != tt.ids || skipped != tt.skipped {
			t.Errorf("LoadRefs(%s, limit %d) = %v, skipped %d; want %s, skipped %d", tt.split, tt.limit, ids, skipped, tt.ids, tt.skipped)
		}
	}
	refs, _, err := LoadRefs("testdata/refs.jsonl", SplitTest, 1)
	if err != nil {
		t.Fatal(err)
	}
	if r := refs[0]; r.Title != "Harbour survey ordered" || RefSentences(r.Highlights) != 2 || !strings.HasPrefix(string(r.Line), `{"id": "bbc-test-005"`) {
		t.Errorf("first test row = %+v", r)
	}
}

func TestLoadRefsErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, content, split string }{
		{"hash ids have no split", `{"id": "008aa71f", "article": "a", "highlights": "b"}`, SplitTest},
		{"ids name files", `{"id": "../x-5", "article": "a", "highlights": "b"}`, SplitAll},
		{"bad JSON", `{"id": `, SplitAll},
		{"unknown split", `{"id": "x-5"}`, "dev"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, "refs.jsonl")
		if err := os.WriteFile(p, []byte(tt.content+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadRefs(p, tt.split, 0); err == nil {
			t.Errorf("%s: LoadRefs = _, _, nil; want an error", tt.name)
		}
	}
	// Numeric ids are read as rouge.py's str(id).
	p := filepath.Join(dir, "num.jsonl")
	if err := os.WriteFile(p, []byte(`{"id": 12, "article": "a", "highlights": "b"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	refs, _, err := LoadRefs(p, SplitAll, 0)
	if err != nil || len(refs) != 1 || refs[0].ID != "12" {
		t.Errorf("LoadRefs(numeric id) = %+v, %v; want id \"12\"", refs, err)
	}
}

// TestLeadSentences checks which leads a summary run accepts: "ref", or
// a count of key points the API allows.
func TestLeadSentences(t *testing.T) {
	tests := []struct {
		lead    string
		want    int
		wantErr bool
	}{
		{LeadRef, 0, false},
		{"3", 3, false},
		{"1", 1, false},
		{"50", 50, false},
		{"51", 0, true},
		{"0", 0, true},
		{"-2", 0, true},
		{"three", 0, true},
		{"", 0, true},
		{"REF", 0, true},
	}
	for _, tt := range tests {
		got, err := leadSentences(tt.lead)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("leadSentences(%q) = %d, %v; want %d, error %v", tt.lead, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestKeyPoints checks how many key points are asked for an article: the
// fixed lead when given, else one per reference sentence, at least one
// and at most the API's 50, a cut counted as clamped.
func TestKeyPoints(t *testing.T) {
	long := strings.Repeat("A sentence here.\n", 60)
	tests := []struct {
		name        string
		highlights  string
		fixed       int
		want        int
		wantClamped bool
	}{
		{"fixed lead", "One.\nTwo.", 3, 3, false},
		{"fixed lead, long reference", long, 3, 3, false},
		{"per reference sentence", "One.\nTwo.", 0, 2, false},
		{"empty reference asks one", "", 0, 1, false},
		{"at the ceiling", strings.Repeat("A sentence here.\n", 50), 0, 50, false},
		{"over the ceiling", long, 0, 50, true},
	}
	for _, tt := range tests {
		n, clamped := keyPoints(tt.highlights, tt.fixed)
		if n != tt.want || clamped != tt.wantClamped {
			t.Errorf("%s: keyPoints = %d, %v; want %d, %v", tt.name, n, clamped, tt.want, tt.wantClamped)
		}
	}
}
