package page_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/page"
)

// bigText is the benchmark's article: the test texts' paragraphs repeated
// up to just under 1 MiB, the server's default limit, so it has the same
// mix of quotes, CJK, emoji and names throughout.
const bigText = 1<<20 - 4096

var big struct {
	once     sync.Once
	text     string
	analysis *pb.DocumentAnalysis // UTF-16 offsets
	mentions int
}

// bigArticle analyses the benchmark article once per process, through the
// real service, and returns it.
func bigArticle(b *testing.B) (string, *pb.DocumentAnalysis, int) {
	b.Helper()
	big.once.Do(func() {
		var paras []string
		for _, name := range testTexts {
			paras = append(paras, strings.Split(strings.TrimSpace(readText(b, name)), "\n\n")...)
		}
		var sb strings.Builder
		for i := 0; ; i++ {
			p := paras[i%len(paras)] + "\n\n"
			if sb.Len()+len(p) > bigText {
				break
			}
			sb.WriteString(p)
		}
		big.text = sb.String()
		svc := startService(b)
		big.analysis = analyze(b, svc, big.text, pb.EncodingType_ENCODING_TYPE_UTF16)
		for _, a := range big.analysis.GetActors() {
			big.mentions += len(a.GetMentions())
		}
	})
	if big.analysis == nil {
		b.Fatal("the benchmark article could not be analysed")
	}
	return big.text, big.analysis, big.mentions
}

// BenchmarkRender is the Go side of --html on a 1 MiB article: Render,
// against protojson marshalling the same analysis (what --json does) as
// the baseline.
func BenchmarkRender(b *testing.B) {
	text, a, mentions := bigArticle(b)
	b.Run("render", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if err := page.Render(io.Discard, page.Document{Text: text, Analysis: a, Encoding: pb.EncodingType_ENCODING_TYPE_UTF16}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(mentions), "mentions")
	})
	b.Run("protojson", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := protojson.Marshal(a); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// drawOnce draws the embedded result again and forces layout, timing it in
// the page; plainOnce puts the same text in the article with no markup,
// the baseline. Both return milliseconds.
const (
	drawOnce = `(() => {
  const d = JSON.parse(document.getElementById('analysis-data').textContent);
  const t0 = performance.now();
  window.docanalysis.draw(d.text, d.analysis);
  document.body.offsetHeight;
  return performance.now() - t0;
})()`
	plainOnce = `(() => {
  const d = JSON.parse(document.getElementById('analysis-data').textContent);
  const art = document.getElementById('article');
  art.textContent = '';
  document.body.offsetHeight;
  const t0 = performance.now();
  art.textContent = d.text;
  document.body.offsetHeight;
  return performance.now() - t0;
})()`
)

// BenchmarkBrowser is the browser side on the same 1 MiB article, in
// Chromium: "load" opens the file until it is drawn (parsing, JSON,
// drawing; timed from Go), "draw" draws it again with layout (timed in the
// page), and "plain" sets the bare text with layout, the baseline.
func BenchmarkBrowser(b *testing.B) {
	text, a, mentions := bigArticle(b)
	var buf bytes.Buffer
	if err := page.Render(&buf, page.Document{Text: text, Analysis: a, Encoding: pb.EncodingType_ENCODING_TYPE_UTF16}); err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(b.TempDir(), "big.html")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	ctx := newBrowser(b, 1280, 900)
	b.Logf("article %d bytes, %d mentions, page %d bytes", len(text), mentions, buf.Len())

	b.Run("load", func(b *testing.B) {
		var total time.Duration
		for b.Loop() {
			start := time.Now()
			if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file), waitDrawn(1)); err != nil {
				b.Fatal(err)
			}
			total += time.Since(start)
		}
		b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/load")
	})
	for _, bench := range []struct{ name, js string }{{"draw", drawOnce}, {"plain", plainOnce}} {
		b.Run(bench.name, func(b *testing.B) {
			if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file), waitDrawn(1)); err != nil {
				b.Fatal(err)
			}
			var ms float64
			for b.Loop() {
				ms += eval[float64](b, ctx, bench.js)
			}
			b.ReportMetric(ms/float64(b.N), "ms/"+bench.name)
			if bench.name == "draw" {
				b.Logf("last draw's phases (ms): %v", eval[map[string]float64](b, ctx, `window.docanalysis.phases`))
			}
		})
	}
	_ = context.Background
}
