package server

import (
	"context"
	"os"
	"testing"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// seedArticle reads the project's seed article from ../shared, which is
// beside the checkout for development and CI only.
func seedArticle(b *testing.B) string {
	data, err := os.ReadFile("../../shared/seed/article.txt")
	if err != nil {
		b.Skipf("the seed article is not available (%v); ../shared sits beside the checkout only in development and CI", err)
	}
	return string(data)
}

// BenchmarkAnalyzeDocument measures one AnalyzeDocument over bufconn on the
// seed article; Engine is the same analysis in process, so the ratio of the
// two is what the transport, conversion and interceptors cost.
func BenchmarkAnalyzeDocument(b *testing.B) {
	text := seedArticle(b)
	b.Run("Engine", func(b *testing.B) {
		eng := analysis.New(analysis.Config{})
		doc := &analysis.Document{Text: text}
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := eng.Analyze(context.Background(), doc, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Bufconn", func(b *testing.B) {
		ts := newTestServer(b, Config{}, nil)
		req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: text}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF16}
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ts.client.AnalyzeDocument(context.Background(), req); err != nil {
				b.Fatal(err)
			}
		}
	})
}
