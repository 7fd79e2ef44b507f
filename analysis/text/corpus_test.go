package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir holds the BBC News articles, shared data outside the
// repository: <category>/NNN.txt, the headline on the first line, then
// paragraphs separated by blank lines.
const corpusDir = "../../../shared/corpora/bbc"

var categories = []string{"business", "entertainment", "politics", "sport", "tech"}

type article struct {
	name, text string
}

// loadCorpus reads the articles of one category, or of all with "", and
// skips the test when the corpus is absent.
func loadCorpus(tb testing.TB, category string) []article {
	tb.Helper()
	pattern := filepath.Join(corpusDir, "*", "*.txt")
	if category != "" {
		pattern = filepath.Join(corpusDir, category, "*.txt")
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Skipf("no BBC corpus at %s (shared data, not in the repository)", corpusDir)
	}
	arts := make([]article, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		rel, _ := filepath.Rel(corpusDir, f)
		arts = append(arts, article{rel, string(b)})
	}
	return arts
}

// TestCorpus runs every stage of the package over every BBC article and
// checks the invariants, that the first line is found as a headline, and
// that paragraphs are counted as the file's blank lines say.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	arts := loadCorpus(t, "")
	var sents []Sentence
	var toks []Token
	nsent, ntok := 0, 0
	for _, a := range arts {
		sents = AppendSentences(sents[:0], a.text)
		checkSentences(t, a.text, sents)
		if len(sents) < 2 {
			t.Errorf("%s: %d sentences, want a headline and a body", a.name, len(sents))
			continue
		}
		headline, _, _ := strings.Cut(a.text, "\n")
		if s := sents[0]; !s.Headline || s.In(a.text) != strings.TrimSpace(headline) {
			t.Errorf("%s: first sentence %q (headline %v), want headline %q", a.name, s.In(a.text), s.Headline, headline)
		}
		if want := countBlocks(a.text) - 1; sents[len(sents)-1].Paragraph != want {
			t.Errorf("%s: last sentence in paragraph %d, want %d", a.name, sents[len(sents)-1].Paragraph, want)
		}
		for _, s := range sents {
			toks = AppendTokens(toks[:0], a.text, s.Span)
			checkTokens(t, a.text, s.Span, toks)
			ntok += len(toks)
		}
		nsent += len(sents)
		checkSlices(t, a.text)
	}
	t.Logf("%d articles, %d sentences, %d tokens", len(arts), nsent, ntok)
}

// countBlocks counts the blank-line separated blocks of text.
func countBlocks(text string) int {
	n, inBlock := 0, false
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			inBlock = false
			continue
		}
		if !inBlock {
			n++
		}
		inBlock = true
	}
	return n
}

func corpusBytes(arts []article) int64 {
	n := 0
	for _, a := range arts {
		n += len(a.text)
	}
	return int64(n)
}

// BenchmarkSentences segments each category of the corpus with one reused
// Segmenter. The sentence count is checked so that a broken fast path
// cannot pass for a quick one.
func BenchmarkSentences(b *testing.B) {
	for _, cat := range categories {
		b.Run(cat, func(b *testing.B) {
			arts := loadCorpus(b, cat)
			b.SetBytes(corpusBytes(arts))
			b.ReportAllocs()
			var seg Segmenter
			n := 0
			for b.Loop() {
				n = 0
				for _, a := range arts {
					seg.Init(a.text)
					for {
						if _, ok := seg.Next(); !ok {
							break
						}
						n++
					}
				}
			}
			// BBC sentences run to about 130 bytes.
			if avg := corpusBytes(arts) / int64(n); avg < 60 || avg > 300 {
				b.Fatalf("%d sentences in %d bytes: %d bytes each, want 60 to 300", n, corpusBytes(arts), avg)
			}
		})
	}
}

// BenchmarkTokens tokenises each category sentence by sentence, reusing one
// token slice, as the later stages do.
func BenchmarkTokens(b *testing.B) {
	for _, cat := range categories {
		b.Run(cat, func(b *testing.B) {
			arts := loadCorpus(b, cat)
			sents := make([][]Sentence, len(arts))
			for i, a := range arts {
				sents[i] = Sentences(a.text)
			}
			b.SetBytes(corpusBytes(arts))
			b.ReportAllocs()
			toks := make([]Token, 0, 1024)
			n := 0
			for b.Loop() {
				n = 0
				for i, a := range arts {
					for _, s := range sents[i] {
						toks = AppendTokens(toks[:0], a.text, s.Span)
						n += len(toks)
					}
				}
			}
			// English runs to about six bytes a token.
			if avg := corpusBytes(arts) / int64(n); avg < 3 || avg > 10 {
				b.Fatalf("%d tokens in %d bytes: %d bytes each, want 3 to 10", n, corpusBytes(arts), avg)
			}
		})
	}
}

// BenchmarkOffsets builds a UTF-16 converter per article and converts the
// ends of every sentence, as the server does for a response.
func BenchmarkOffsets(b *testing.B) {
	arts := loadCorpus(b, "")
	sents := make([][]Sentence, len(arts))
	for i, a := range arts {
		sents[i] = Sentences(a.text)
	}
	b.SetBytes(corpusBytes(arts))
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			o := NewOffsets(a.text, UTF16)
			for _, s := range sents[i] {
				o.ConvertSpan(s.Span)
			}
		}
	}
}
