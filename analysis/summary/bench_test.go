package summary

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// bbcDir holds the BBC News corpus, outside the repository: it may not be
// redistributed, so benchmarks use it only where it is present.
const bbcDir = "../../../shared/corpora/bbc"

// loadCorpus reads and segments every article under dir.
func loadCorpus(b *testing.B, dir string) ([]*text.Document, int) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("no articles under %s: the BBC corpus is not available here", dir)
	}
	docs := make([]*text.Document, 0, len(files))
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		docs = append(docs, text.NewDocument(src, ""))
		size += len(src)
	}
	return docs, size
}

// BenchmarkSegmentAndSummarize summarises the whole BBC corpus per
// iteration, splitting and indexing each text as the engine does before
// calling Summarize.
// Articles per second = articles/op ÷ sec/op.
func BenchmarkSummarize(b *testing.B) {
	benchmarkSummarize(b, Options{})
}

// BenchmarkSummarizeLong asks for eight key points, the BBC references'
// average length: more picks, each checked against the rest for
// near-duplicates.
func BenchmarkSummarizeLong(b *testing.B) {
	benchmarkSummarize(b, Options{MaxSentences: 8})
}

func benchmarkSummarize(b *testing.B, opts Options) {
	ms, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	benchmarkDesign(b, opts, ms, chosenDesign)
}

// benchmarkDesign is benchmarkSummarize with the models and design given.
func benchmarkDesign(b *testing.B, opts Options, ms *Model, dz design) {
	docs, size := loadCorpus(b, bbcDir)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	keyPoints := 0
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		keyPoints = 0
		for _, d := range docs {
			s, err := summarizeWith(ctx, d, opts, ms, dz)
			if err != nil {
				b.Fatal(err)
			}
			keyPoints += len(s.KeyPoints)
		}
	}
	// Every article has at least three body sentences: a broken ranker
	// that returns nothing must not look fast.
	if keyPoints < 3*len(docs) {
		b.Fatalf("got %d key points over %d articles, want at least 3 each", keyPoints, len(docs))
	}
	reportRates(b, len(docs), cpu0, cpuOK)
	b.ReportMetric(float64(len(docs)), "articles/op")
}

// reportRates reports articles per second of wall-clock time and, where
// it is measured, per second of the process's CPU time: run with -cpu 1,
// that is the rate of one core however busy the machine is with others.
func reportRates(b *testing.B, articles int, cpu0 time.Duration, cpuOK bool) {
	b.ReportMetric(float64(articles)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu1, ok := cpuTime(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(float64(articles)*float64(b.N)/(cpu1-cpu0).Seconds(), "articles/cpu-s")
	}
}

// BenchmarkSegmentAndSummarize adds sentence splitting, the one step the
// engine runs for the summary outside Summarize.
func BenchmarkSegmentAndSummarize(b *testing.B) {
	docs, size := loadCorpus(b, bbcDir)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var sents []text.Sentence
	cpu0, cpuOK := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			sents = text.AppendSentences(sents[:0], d.Text)
			if _, err := Summarize(ctx, text.NewDocumentOf(d.Text, "", sents), embedded(b, Options{})); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportRates(b, len(docs), cpu0, cpuOK)
}

// BenchmarkStage is the summary stage as the engine runs it, three key
// points, against a baseline in the same run: "lead3" is the design
// before issue 17 (the first three sentences, no model scored), "model"
// the design Summarize uses. Run with -cpu 1 (make eval-summary) and read
// articles/cpu-s: the issue asks for 5,000 or more.
func BenchmarkStage(b *testing.B) {
	ms, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		dz   design
	}{
		{"lead3", design{lead: 3, margin: math.Inf(1)}},
		{"model", chosenDesign},
	} {
		b.Run(c.name, func(b *testing.B) { benchmarkDesign(b, Options{}, ms, c.dz) })
	}
}
