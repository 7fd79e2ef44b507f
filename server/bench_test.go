package server

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
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
// two is what the transport, conversion and interceptors cost. GRPC and
// HTTP are the same call from a client over loopback TCP, as binary gRPC
// and as JSON through the gateway: their ratio is what HTTP/JSON costs.
func BenchmarkAnalyzeDocument(b *testing.B) {
	text := seedArticle(b)
	b.Run("Engine", func(b *testing.B) {
		eng := enginetest.New(b, analysis.Config{})
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
	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: text}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF16}
	b.Run("GRPC", func(b *testing.B) {
		grpcCall, _ := loopbackCalls(b, req)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			grpcCall()
		}
	})
	b.Run("HTTP", func(b *testing.B) {
		_, httpCall := loopbackCalls(b, req)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			httpCall()
		}
	})
	// Interleaved makes one gRPC and one HTTP call per op against the same
	// server, so that load from elsewhere on the machine falls on both
	// alike, and reports each one's time and their ratio.
	b.Run("Interleaved", func(b *testing.B) {
		grpcCall, httpCall := loopbackCalls(b, req)
		var grpcTime, httpTime time.Duration
		for b.Loop() {
			start := time.Now()
			grpcCall()
			mid := time.Now()
			httpCall()
			grpcTime += mid.Sub(start)
			httpTime += time.Since(mid)
		}
		b.ReportMetric(float64(grpcTime.Nanoseconds())/float64(b.N), "grpc-ns/call")
		b.ReportMetric(float64(httpTime.Nanoseconds())/float64(b.N), "http-ns/call")
		b.ReportMetric(float64(httpTime)/float64(grpcTime), "http/grpc")
	})
}

// loopbackCalls starts a server with gRPC and the HTTP gateway on loopback
// TCP and returns two functions that each send req and read the analysis:
// one as gRPC, one as JSON over HTTP, as a client in another process
// would.
func loopbackCalls(b *testing.B, req *pb.AnalyzeDocumentRequest) (grpcCall, httpCall func()) {
	ts := newTestServer(b, Config{}, nil)
	grpcLis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	httpLis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	go ts.Serve(grpcLis)        //nolint:errcheck // ends with the server
	go ts.ServeGateway(httpLis) //nolint:errcheck // ends with the server
	conn, err := grpc.NewClient(grpcLis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close() })
	client := pb.NewDocumentAnalysisServiceClient(conn)
	body, err := protojson.Marshal(req)
	if err != nil {
		b.Fatal(err)
	}
	hc := &http.Client{Transport: &http.Transport{}}
	b.Cleanup(hc.CloseIdleConnections)
	url := "http://" + httpLis.Addr().String() + "/v1/documents:analyze"
	grpcCall = func() {
		if _, err := client.AnalyzeDocument(context.Background(), req); err != nil {
			b.Fatal(err)
		}
	}
	httpCall = func() {
		resp, err := hc.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Fatalf("HTTP %d: %v %s", resp.StatusCode, err, data)
		}
		var out pb.AnalyzeDocumentResponse
		if err := protojson.Unmarshal(data, &out); err != nil {
			b.Fatal(err)
		}
	}
	return grpcCall, httpCall
}

// BenchmarkEngineBBC runs the engine in process over real BBC articles, one
// per op, cycling, and reports articles/s: `make load` runs it with -cpu 1
// beside the gRPC figures, so the ratio shows what the transport costs.
// DOCANALYSIS_SHARED names the shared folder (default ../../shared).
func BenchmarkEngineBBC(b *testing.B) {
	shared := os.Getenv("DOCANALYSIS_SHARED")
	if shared == "" {
		shared = "../../shared"
	} else if !filepath.IsAbs(shared) {
		shared = filepath.Join("..", shared) // relative to the repository root
	}
	files, _ := filepath.Glob(filepath.Join(shared, "corpora", "bbc", "*", "*.txt"))
	// Every stride-th file, so that all five categories are in the mix.
	var texts []string
	stride := max(1, len(files)/400)
	for i := 0; i < len(files); i += stride {
		if data, err := os.ReadFile(files[i]); err == nil && utf8.Valid(data) {
			texts = append(texts, string(data))
		}
	}
	if len(texts) == 0 {
		b.Skipf("no BBC articles under %s/corpora/bbc; ../shared sits beside the checkout only in development and CI", shared)
	}
	eng := enginetest.New(b, analysis.Config{})
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total / len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := eng.Analyze(context.Background(), &analysis.Document{Text: texts[i%len(texts)]}, nil); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
