package rouge

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stemTests are Porter's own examples, each word's stem after all five
// steps.
var stemTests = []struct{ in, want string }{
	{"caresses", "caress"}, {"ponies", "poni"}, {"cats", "cat"},
	{"feed", "feed"}, {"agreed", "agre"}, {"plastered", "plaster"},
	{"motoring", "motor"}, {"sing", "sing"}, {"conflated", "conflat"},
	{"hopping", "hop"}, {"falling", "fall"}, {"hissing", "hiss"},
	{"filing", "file"}, {"happy", "happi"}, {"sky", "sky"},
	{"relational", "relat"}, {"conditional", "condit"}, {"generalizations", "gener"},
	{"hopeful", "hope"}, {"goodness", "good"}, {"adjustment", "adjust"},
	{"adoption", "adopt"}, {"controll", "control"}, {"roll", "roll"},
	{"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"},
}

func TestStem(t *testing.T) {
	for _, tt := range stemTests {
		if got := Stem(tt.in); got != tt.want {
			t.Errorf("Stem(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	sc := New(false)
	// ref "the cat sat", pred "the cat": unigrams P 1, R 2/3; bigrams
	// P 1, R 1/2.
	got := sc.Score("The cat sat.", "The cat.")
	want := Scores{Rouge1: 0.8, Rouge2: 2.0 / 3, RougeL: 0.8, RougeLsum: 0.8}
	if !near(got, want) {
		t.Errorf("Score = %+v; want %+v", got, want)
	}
	if got := sc.Score("The cat sat.", " \n "); got != (Scores{}) {
		t.Errorf("Score of a blank prediction = %+v; want zeros", got)
	}
	if got := Totals([]Scores{{1, 1, 1, 1}, {0, 0.5, 0, 0}}); got != (Scores{50, 75, 50, 50}) {
		t.Errorf("Totals = %+v", got)
	}
}

func TestSplitting(t *testing.T) {
	art := "He said: \"Go.\" Then: 'Stop!'  (Later) more.\n\nA second paragraph. it goes on. 3 more?"
	// The closing quotes are part of the cut, as in re.split.
	want := []string{`He said: "Go.`, `Then: 'Stop!`, "(Later) more.", "A second paragraph. it goes on.", "3 more?"}
	if got := ArticleSentences(art); !equal(got, want) {
		t.Errorf("ArticleSentences = %q; want %q", got, want)
	}
	if got := Lead(art, 2); got != want[0]+"\n"+want[1] {
		t.Errorf("Lead(2) = %q", got)
	}
	// One line: split by the regex; several: by line.
	if got := Sentences("One. Two.\n"); !equal(got, []string{"One.", "Two."}) {
		t.Errorf("Sentences(one line) = %q", got)
	}
	if got := Sentences("One. Two.\nThree."); !equal(got, []string{"One. Two.", "Three."}) {
		t.Errorf("Sentences(two lines) = %q", got)
	}
}

func TestTokens(t *testing.T) {
	got := New(true).Tokens("İstanbul's Kelvin-scale (5\u212A) runners, naïve")
	want := []string{"i", "stanbul", "s", "kelvin", "scale", "5k", "runner", "na", "ve"}
	if !equal(got, want) {
		t.Errorf("Tokens = %q; want %q", got, want)
	}
}

// texts are written for the cross-check with rouge.py: quotes of both
// kinds, brackets, several lines, non-ASCII letters, numbers, a sentence
// ending in a question.
var texts = []string{
	"The minister said the plan would cut costs. \"It will not,\" the union replied! Talks resume on Monday.",
	"Quarterly profits at the firm jumped 76% to $1.13bn.\nSales rose 2% to $11.1bn.\n\nThe company's shares fell.",
	"Critics argue the reforms go too far. (Others disagree.) Who decides? 'Voters,' says Ms Ødegaard.",
	"A generalization: organisations reorganised their operations, hoping for happier, healthier relations.",
	"İzmir's mayor, Çelik, opened the bridge.\u201cIt is ours,\u201d he said. 3 lanes were closed.",
	"",
	"One line only with no full stop",
}

func TestAgainstPython(t *testing.T) {
	py := needRouge(t)
	var pairs [][2]string
	for _, r := range texts {
		for _, p := range texts {
			pairs = append(pairs, [2]string{r, p})
		}
	}
	var words []string
	for _, s := range texts {
		words = append(words, strings.Fields(strings.ToLower(s))...)
	}
	for _, tt := range stemTests {
		words = append(words, tt.in)
	}
	checkPython(t, py, pairs, texts, words)
}

// TestCorpusAgainstPython checks the stemmer on every word of the BBC
// corpus and the scores on pairs of its articles' first lines.
func TestCorpusAgainstPython(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus check skipped in -short")
	}
	py := needRouge(t)
	files, _ := filepath.Glob(filepath.Join(sharedDir(), "corpora", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("BBC corpus not found; set DOCANALYSIS_SHARED to the shared folder")
	}
	seen := map[string]bool{}
	var words, arts []string
	var pairs [][2]string
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, w := range New(false).Tokens(s) {
			if !seen[w] && len(w) > 3 {
				seen[w] = true
				words = append(words, w)
			}
		}
		if i%20 == 0 {
			arts = append(arts, s)
			if len(arts) > 1 {
				pairs = append(pairs, [2]string{Lead(arts[len(arts)-2], 3), Lead(s, 4)})
			}
		}
	}
	checkPython(t, py, pairs, arts, words)
}

// checkPython compares Score on pairs, Lead on articles and Stem on words
// with rouge.py's own functions.
func checkPython(t *testing.T, py *pyRouge, pairs [][2]string, articles, words []string) {
	t.Helper()
	in, _ := json.Marshal(map[string]any{"pairs": pairs, "articles": articles, "words": words})
	var out struct {
		Scores []map[string]float64 `json:"scores"`
		Leads  []string             `json:"leads"`
		Stems  []string             `json:"stems"`
	}
	py.run(t, `
import json, sys, rouge
d = json.load(sys.stdin)
json.dump({"scores": [rouge.score(r, p) for r, p in d["pairs"]],
           "leads": ["\n".join(rouge.article_sentences(a)[:3]) for a in d["articles"]],
           "stems": [rouge.STEM.stem(w) for w in d["words"]]}, sys.stdout)
`, in, &out)
	sc := New(true)
	for i, p := range pairs {
		got := sc.Score(p[0], p[1])
		w := out.Scores[i]
		want := Scores{w["rouge1"], w["rouge2"], w["rougeL"], w["rougeLsum"]}
		if !near(got, want) {
			t.Errorf("Score(%q, %q) = %+v; rouge.py %+v", p[0], p[1], got, want)
		}
	}
	for i, a := range articles {
		if got := Lead(a, 3); got != out.Leads[i] {
			t.Errorf("Lead(%.40q, 3) = %q; rouge.py %q", a, got, out.Leads[i])
		}
	}
	bad := 0
	for i, w := range words {
		if got := Stem(w); got != out.Stems[i] {
			if bad++; bad <= 20 {
				t.Errorf("Stem(%q) = %q; NLTK %q", w, got, out.Stems[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d stems differ", bad, len(words))
	}
}

// pyRouge runs Python with rouge.py importable.
type pyRouge struct{ exe, dir string }

// needRouge finds python3, rouge.py and NLTK's stemmer, or skips.
func needRouge(t *testing.T) *pyRouge {
	t.Helper()
	exe, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found; the rouge.py cross-check is skipped")
	}
	dir := filepath.Join(sharedDir(), "eval")
	if _, err := os.Stat(filepath.Join(dir, "rouge.py")); err != nil {
		t.Skipf("rouge.py not found in %s; set DOCANALYSIS_SHARED to the shared folder", dir)
	}
	py := &pyRouge{exe, dir}
	var stem bool
	py.run(t, "import json, sys, rouge\njson.dump(rouge.STEM is not None, sys.stdout)", nil, &stem)
	if !stem {
		t.Skip("rouge.py runs without NLTK's Porter stemmer (apt-get install python3-nltk); the cross-check is skipped")
	}
	return py
}

func (py *pyRouge) run(t *testing.T, src string, stdin []byte, out any) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), py.exe, "-c", src)
	cmd.Dir = py.dir
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v: %s", err, stderr.String())
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("python output: %v", err)
	}
}

// sharedDir is the project's shared folder: $DOCANALYSIS_SHARED, else
// ../shared beside the repository.
func sharedDir() string {
	if d := os.Getenv("DOCANALYSIS_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

func near(a, b Scores) bool {
	return math.Abs(a.Rouge1-b.Rouge1) < 1e-12 && math.Abs(a.Rouge2-b.Rouge2) < 1e-12 &&
		math.Abs(a.RougeL-b.RougeL) < 1e-12 && math.Abs(a.RougeLsum-b.RougeLsum) < 1e-12
}

func equal(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}
