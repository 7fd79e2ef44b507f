package conll

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// conllevalPy is the reference scorer, as the Makefile's SHARED default
// places it relative to the repository root.
const conllevalPy = "../../../../../shared/eval/conlleval.py"

func TestChunks(t *testing.T) {
	tests := []struct {
		tags []string
		want []Chunk
	}{
		{[]string{"B-PER", "I-PER", "O"}, []Chunk{{"PER", 0, 2}}},
		{[]string{"I-PER", "I-PER", "B-PER"}, []Chunk{{"PER", 0, 2}, {"PER", 2, 3}}}, // IOB1
		{[]string{"B-PER", "I-LOC"}, []Chunk{{"PER", 0, 1}, {"LOC", 1, 2}}},
		{[]string{"U-ORG", "B-LOC", "L-LOC"}, []Chunk{{"ORG", 0, 1}, {"LOC", 1, 3}}}, // BILOU
		{[]string{"S-ORG", "B-LOC", "E-LOC", "I-LOC"}, []Chunk{{"ORG", 0, 1}, {"LOC", 1, 3}, {"LOC", 3, 4}}},
		{[]string{"O", "O"}, nil},
	}
	for _, tt := range tests {
		if got := Chunks(tt.tags); !slices.Equal(got, tt.want) {
			t.Errorf("Chunks(%v) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

// TestScoreFile scores a small hand-written file whose counts were worked
// out by hand.
func TestScoreFile(t *testing.T) {
	f, err := os.Open("testdata/score.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ScoreReader(f)
	if err != nil {
		t.Fatal(err)
	}
	// Gold: Anna Smith, North Harbour, Acme Widget Company, Zorbian,
	// Eastfield, Bob, Jones, Carol, Mintek, Dana Lee, Eve Ray, Grand
	// Forks United = 12. Predicted: Anna Smith, North, Acme Widget
	// Company, Zorbian(LOC), Eastfield, Bob Jones, Carol, Monday, Dana Lee,
	// Eve(LOC), Ray, Grand Forks, United = 13. Correct: Anna Smith, Acme
	// Widget Company, Eastfield, Carol, Dana Lee = 5.
	want := Counts{Correct: 5, Predicted: 13, Gold: 12}
	if s.Overall != want {
		t.Errorf("overall = %+v, want %+v", s.Overall, want)
	}
	if s.Sentences != 4 || s.Tokens != 36 {
		t.Errorf("sentences, tokens = %d, %d; want 4, 36", s.Sentences, s.Tokens)
	}
	if got := s.Types["PER"]; got != (Counts{Correct: 3, Predicted: 5, Gold: 6}) {
		t.Errorf("PER = %+v", got)
	}
}

// TestScoreMatchesConlleval checks that conlleval.py prints, for the same
// file, exactly the report Score.Format prints.
func TestScoreMatchesConlleval(t *testing.T) {
	f, err := os.Open("testdata/score.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ScoreReader(f)
	if err != nil {
		t.Fatal(err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 not found (%v); skipping", err)
	}
	script, _ := filepath.Abs(conllevalPy)
	if _, err := os.Stat(script); err != nil {
		t.Skipf("conlleval.py not present (%v); skipping", err)
	}
	out, err := exec.Command(py, script, "testdata/score.txt").Output()
	if err != nil {
		t.Fatalf("conlleval.py: %v", err)
	}
	if got := s.Format(); got != string(out) {
		t.Errorf("Go scorer and conlleval.py differ:\n--- Go\n%s--- conlleval.py\n%s", got, out)
	}
}

func TestAppendTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Blair's government", "Blair|'s|government"},
		{"They don't know", "They|do|n't|know"},
		{"the U.S.-led talks", "the|U.S.|-|led|talks"},
		{"Tories’ plans, O'Neill’s", "Tories|’|plans|,|O'Neill|’s"},
		{"We'll see I'm here", "We|'ll|see|I|'m|here"},
		{"They don’t know", "They|do|n’t|know"},
		{"DON'T Dvořák's Dvořák", "DO|N'T|Dvořák|'s|Dvořák"}, // ř ends in the byte of ’
	}
	for _, tt := range tests {
		toks := AppendTokens(nil, tt.src, text.Span{Start: 0, End: len(tt.src)})
		var parts []string
		for _, tk := range toks {
			parts = append(parts, tk.In(tt.src))
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("AppendTokens(%q) = %s, want %s", tt.src, got, tt.want)
		}
		var plain []text.Token
		plain = text.AppendTokens(plain, tt.src, text.Span{Start: 0, End: len(tt.src)})
		if split := SplitTokens(nil, tt.src, plain); !slices.Equal(split, toks) {
			t.Errorf("SplitTokens(%q) = %v, want %v", tt.src, split, toks)
		}
	}
}

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nHi UH O O\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %+v", docs)
	}
	if s := docs[0].Sentences[0]; !slices.Equal(s.Tokens, []string{"EU", "rejects"}) || !slices.Equal(s.Tags, []string{"B-ORG", "O"}) {
		t.Errorf("first sentence = %+v", s)
	}
}
