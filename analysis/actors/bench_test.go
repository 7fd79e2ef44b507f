package actors

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// benchArticles is how many BBC articles the stage benchmark reads: every
// k-th file of the sorted corpus, so that all five sections are in it and
// the sample is the same on every machine.
const benchArticles = 300

// loadBBC reads a fixed sample of the shared BBC corpus, split into
// sentences, skipping the benchmark when the corpus is absent.
func loadBBC(b *testing.B) []*text.Document {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir, "corpora", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("BBC corpus not found under %s/corpora/bbc; skipping", sharedDir)
	}
	slices.Sort(files)
	step := max(1, len(files)/benchArticles)
	var docs []*text.Document
	for i := 0; i < len(files) && len(docs) < benchArticles; i += step {
		data, err := os.ReadFile(files[i])
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		docs = append(docs, text.NewDocument(src, ""))
	}
	return docs
}

// cpuTime is the CPU time, user and system, this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStage measures what the actor stage adds to the tagger, the
// issue's speed requirement, in one run: for every sample article it tags
// the article (tagger alone: the text layer's sentences and tokens, which
// the tagger needs and the actor stage shares, then the tagger itself),
// then finds its actors from those entities
// (the actor stage), timing the two apart article by article, so that both
// see the same machine load and the actor stage runs with the caches the
// tagger leaves, as in Find. It reports articles per second for the tagger
// alone and for tagger + actors, actors/tagger (the time the actor stage
// adds as a share of the tagger's; the issue wants at most 0.25), and, as
// the machine may be shared and wall time then undercounts one core's
// speed, articles and tokens per CPU second of the whole run. Run it with
// -cpu 1:
//
//	go test -run '^$' -bench Stage -benchtime 10x -cpu 1 ./analysis/actors/
func BenchmarkStage(b *testing.B) {
	docs := loadBBC(b)
	tg, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	var toks []text.Token
	for _, d := range docs {
		for _, s := range d.Sentences {
			toks = text.AppendTokens(toks[:0], d.Text, s.Span)
			tokens += len(toks)
		}
	}
	ctx := context.Background()
	var ents []ner.Entity
	var tagTime, actTime time.Duration
	found := 0
	// The first call builds the tables the stage makes on first use
	// (the gazetteer's word index among them): the loop times articles,
	// not that one-off.
	if _, _, err := findTagged(ctx, docs[0], gazetteer.Default(), defaultFilterOf(b), tg, tg.AppendText(nil, docs[0])); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		found = 0
		for _, src := range docs {
			t0 := time.Now()
			d := text.NewDocument(src.Text, "")
			ents = tg.AppendText(ents[:0], d)
			t1 := time.Now()
			as, _, err := findTagged(ctx, d, gazetteer.Default(), defaultFilterOf(b), tg, ents)
			t2 := time.Now()
			if err != nil {
				b.Fatal(err)
			}
			found += len(as)
			tagTime += t1.Sub(t0)
			actTime += t2.Sub(t1)
		}
	}
	cpu := cpuTime() - cpu0
	if found < len(docs) {
		b.Fatalf("%d actors in %d articles; the stage is broken", found, len(docs))
	}
	n := float64(len(docs) * b.N)
	b.ReportMetric(n/tagTime.Seconds(), "tagger-articles/s")
	b.ReportMetric(n/(tagTime+actTime).Seconds(), "both-articles/s")
	b.ReportMetric(actTime.Seconds()/tagTime.Seconds(), "actors/tagger")
	if cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "both-articles/cpu-s")
		b.ReportMetric(float64(tokens*b.N)/cpu.Seconds(), "both-tokens/cpu-s")
	}
}

// BenchmarkActors times the actor stage alone on entities tagged
// beforehand, for profiling (-cpuprofile).
func BenchmarkActors(b *testing.B) {
	docs := loadBBC(b)
	tg, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	tagged := make([][]ner.Entity, len(docs))
	for i, d := range docs {
		tagged[i] = tg.AppendText(nil, d)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			if _, _, err := findTagged(ctx, d, gazetteer.Default(), defaultFilterOf(b), tg, tagged[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(len(docs)*b.N)/1e3, "µs/article")
}
