package disputes_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/disputes"
	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
	"github.com/docanalysis/docanalysis/internal/enginetest"
)

// bbcDir holds the BBC News corpus, outside the repository: it may not be
// redistributed, so the benchmarks use it only where it is present.
const bbcDir = "../../../shared/corpora/bbc"

// article is one corpus article with what the dispute stage takes in.
type article struct {
	src    string
	doc    *text.Document
	actors []actors.Actor
}

// loadCorpus reads every article under bbcDir, segments it and finds its
// actors, as the engine does before the dispute stage.
func loadCorpus(b *testing.B) ([]article, int) {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(bbcDir, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("no articles under %s: the BBC corpus is not available here", bbcDir)
	}
	out := make([]article, 0, len(files))
	tg, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	filter, err := actors.DefaultFilter()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
		found, err := actors.Find(context.Background(), doc, actors.Options{Tagger: tg, Gazetteer: gazetteer.Default(), Filter: filter})
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, article{src: src, doc: doc, actors: found})
		size += len(src)
	}
	return out, size
}

// BenchmarkFind runs the dispute stage alone over the whole BBC corpus per
// iteration, with sentences and actors found beforehand: the reading
// (actors.Read) and Find, as the engine runs them for disputes.
func BenchmarkFind(b *testing.B) {
	arts, size := loadCorpus(b)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	m, err := disputes.Default()
	if err != nil {
		b.Fatal(err)
	}
	points := 0
	for b.Loop() {
		points = 0
		for _, a := range arts {
			rd, err := actors.Read(ctx, a.doc, a.actors)
			if err != nil {
				b.Fatal(err)
			}
			p, _, err := disputes.Find(ctx, rd, disputes.Options{Model: m})
			rd.Release()
			if err != nil {
				b.Fatal(err)
			}
			points += len(p)
		}
	}
	// Most BBC articles report a quarrel of some kind: a stage that finds
	// nothing must not look fast.
	if points < len(arts)/10 {
		b.Fatalf("found %d disputed points in %d articles; want at least one in ten", points, len(arts))
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPipeline runs the engine's whole analysis of every BBC article
// twice per iteration, without the dispute stage and with it, one after
// the other so that both see the same machine, and reports how much the
// dispute stage adds to the pipeline's time per article: issue 7 allows
// at most 25%.
func BenchmarkPipeline(b *testing.B) {
	arts, size := loadCorpus(b)
	ctx := context.Background()
	eng := enginetest.New(b, analysis.Config{})
	without := &analysis.Options{Features: analysis.Summary | analysis.Actors}
	with := &analysis.Options{} // every default feature, disputes and agreements included
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var base, full time.Duration
	points := 0
	for b.Loop() {
		points = 0
		for _, a := range arts {
			doc := &analysis.Document{Text: a.src}
			t0 := time.Now()
			if _, err := eng.Analyze(ctx, doc, without); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			res, err := eng.Analyze(ctx, doc, with)
			if err != nil {
				b.Fatal(err)
			}
			base += t1.Sub(t0)
			full += time.Since(t1)
			points += len(res.Disputes)
		}
	}
	if points < len(arts)/10 {
		b.Fatalf("found %d disputed points in %d articles; want at least one in ten", points, len(arts))
	}
	b.ReportMetric(100*float64(full-base)/float64(base), "disputes-added-%")
	b.ReportMetric(float64(len(arts))*float64(b.N)/full.Seconds(), "articles/s")
}
