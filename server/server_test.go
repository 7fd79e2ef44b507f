package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	rpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/proto"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
	"github.com/docanalysis/docanalysis/internal/grpctest"
)

// Named timeouts, as in grpc-go's tests: the first bounds what must happen,
// the second how long to wait for what must not.
const (
	defaultTestTimeout      = 10 * time.Second
	defaultTestShortTimeout = 100 * time.Millisecond
)

// article is a short news text written for these tests, with curly quotes,
// accents, CJK and an emoji so that every encoding's offsets are exercised.
const article = `Talks stall over port deal

The government of Norway said on Monday that it rejected the offer made by Acme Shipping Ltd, calling it “far too low”.
Acme’s chief executive, José Müller, insisted the price was fair. 東京 investors cheered 🚀 the news.

Mr Müller said the company would not raise its bid, while Norway warned that the port would stay in public hands.`

// testServer is a Server on an in-memory listener with a client connected.
type testServer struct {
	*Server
	conn   *grpc.ClientConn
	client pb.DocumentAnalysisServiceClient
	logs   *syncBuffer
	lis    *bufconn.Listener
}

// syncBuffer collects log lines from concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newTestServer starts a server with cfg over bufconn. Only the dialer
// differs from a TCP server. setup, when given, runs before serving, so a
// test can swap the engine.
func newTestServer(t testing.TB, cfg Config, setup func(*Server)) *testServer {
	t.Helper()
	logs := &syncBuffer{}
	cfg.Logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv, err := New(cfg, enginetest.New(t, analysis.Config{MaxTextBytes: cfg.MaxTextBytes}))
	if err != nil {
		t.Fatalf("New(%+v) = _, %v; want _, nil", cfg, err)
	}
	if setup != nil {
		setup(srv)
	}
	// The server shuts down after the client connections the test opens
	// are closed, and no goroutine may outlive it (see grpctest.Serve).
	lis := grpctest.Serve(t, srv.Serve, func() {
		ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
		defer cancel()
		srv.Shutdown(ctx)
	})
	ts := &testServer{Server: srv, logs: logs, lis: lis}
	ts.conn = grpctest.Dial(t, lis)
	ts.client = pb.NewDocumentAnalysisServiceClient(ts.conn)
	return ts
}

// newClientConn opens another client connection to ts, closed when the
// test ends.
func newClientConn(t testing.TB, ts *testServer) pb.DocumentAnalysisServiceClient {
	t.Helper()
	_, c := newClientConnCloser(t, ts)
	return c
}

// newClientConnCloser is newClientConn that also returns the connection,
// for tests that drop it on purpose.
func newClientConnCloser(t testing.TB, ts *testServer) (*grpc.ClientConn, pb.DocumentAnalysisServiceClient) {
	t.Helper()
	conn := grpctest.Dial(t, ts.lis)
	return conn, pb.NewDocumentAnalysisServiceClient(conn)
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
	t.Cleanup(cancel)
	return ctx
}

func withKey(ctx context.Context, key string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+key)
}

func keyLine(id, key, methods string) string {
	sum := sha256.Sum256([]byte(key))
	return id + " " + hex.EncodeToString(sum[:]) + " " + methods
}

// slice cuts text at offsets counted in enc's units.
func slice(t *testing.T, text string, enc pb.EncodingType, begin, end int32) string {
	t.Helper()
	switch enc {
	case pb.EncodingType_ENCODING_TYPE_UTF16:
		u := utf16.Encode([]rune(text))
		if begin < 0 || end > int32(len(u)) || begin > end {
			t.Fatalf("span [%d,%d) out of range 0..%d UTF-16 units", begin, end, len(u))
		}
		return string(utf16.Decode(u[begin:end]))
	case pb.EncodingType_ENCODING_TYPE_UTF32:
		r := []rune(text)
		if begin < 0 || end > int32(len(r)) || begin > end {
			t.Fatalf("span [%d,%d) out of range 0..%d code points", begin, end, len(r))
		}
		return string(r[begin:end])
	default:
		if begin < 0 || end > int32(len(text)) || begin > end {
			t.Fatalf("span [%d,%d) out of range 0..%d bytes", begin, end, len(text))
		}
		return text[begin:end]
	}
}

// spansOf lists every span of an analysis.
func spansOf(a *pb.DocumentAnalysis) []*pb.TextSpan {
	var out []*pb.TextSpan
	for _, k := range a.GetSummary().GetKeyPoints() {
		out = append(out, k.GetSpan())
	}
	for _, ac := range a.GetActors() {
		for _, m := range ac.GetMentions() {
			out = append(out, m.GetSpan())
		}
	}
	for _, d := range a.GetDisputedPoints() {
		out = append(out, d.GetEvidence()...)
		for _, p := range d.GetPositions() {
			out = append(out, p.GetEvidence()...)
		}
	}
	for _, ag := range a.GetAgreements() {
		out = append(out, ag.GetEvidence()...)
	}
	for _, s := range a.GetSentences() {
		out = append(out, s.GetSpan())
	}
	return out
}

func TestAnalyzeDocumentOffsets(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	for _, enc := range []pb.EncodingType{
		pb.EncodingType_ENCODING_TYPE_UNSPECIFIED, pb.EncodingType_ENCODING_TYPE_UTF8,
		pb.EncodingType_ENCODING_TYPE_UTF16, pb.EncodingType_ENCODING_TYPE_UTF32,
	} {
		t.Run(enc.String(), func(t *testing.T) {
			resp, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{
				Document:     &pb.Document{Id: "doc-1", Text: article},
				EncodingType: enc,
				Features: []pb.Feature{pb.Feature_FEATURE_SUMMARY, pb.Feature_FEATURE_ACTORS,
					pb.Feature_FEATURE_DISPUTED_POINTS, pb.Feature_FEATURE_AGREEMENTS, pb.Feature_FEATURE_SENTENCES},
			})
			if err != nil {
				t.Fatalf("AnalyzeDocument = _, %v; want _, nil", err)
			}
			a := resp.GetAnalysis()
			if a.GetDocumentId() != "doc-1" || a.GetLanguage() != "en" {
				t.Errorf("document_id, language = %q, %q; want doc-1, en", a.GetDocumentId(), a.GetLanguage())
			}
			if len(a.GetSentences()) < 4 || len(a.GetSummary().GetKeyPoints()) == 0 || len(a.GetActors()) == 0 {
				t.Fatalf("got %d sentences, %d key points, %d actors; want a full analysis",
					len(a.GetSentences()), len(a.GetSummary().GetKeyPoints()), len(a.GetActors()))
			}
			spans := spansOf(a)
			for _, sp := range spans {
				if got := slice(t, article, enc, sp.GetBegin(), sp.GetEnd()); got != sp.GetContent() {
					t.Errorf("text[%d:%d] = %q; content says %q", sp.GetBegin(), sp.GetEnd(), got, sp.GetContent())
				}
			}
			if a.GetStats().GetCharacters() != int32(len([]rune(article))) {
				t.Errorf("stats.characters = %d; want %d", a.GetStats().GetCharacters(), len([]rune(article)))
			}
			if a.GetEngine().GetName() != analysis.Name {
				t.Errorf("engine.name = %q; want %q", a.GetEngine().GetName(), analysis.Name)
			}
		})
	}
}

func TestAnalyzeDocumentDefaultFeatures(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	resp, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
	if err != nil {
		t.Fatalf("AnalyzeDocument = _, %v; want _, nil", err)
	}
	a := resp.GetAnalysis()
	if len(a.GetSentences()) != 0 {
		t.Errorf("got %d sentences without FEATURE_SENTENCES; want none", len(a.GetSentences()))
	}
	if a.GetSummary() == nil || len(a.GetActors()) == 0 {
		t.Errorf("default features gave summary %v and %d actors; want both", a.GetSummary(), len(a.GetActors()))
	}
}

// wantViolation checks err is INVALID_ARGUMENT with a BadRequest naming
// field.
func wantViolation(t *testing.T, err error, field, inMessage string) {
	t.Helper()
	st := status.Convert(err)
	if st.Code() != codes.InvalidArgument {
		t.Fatalf("code = %v (%q); want InvalidArgument", st.Code(), st.Message())
	}
	if inMessage != "" && !strings.Contains(st.Message(), inMessage) {
		t.Errorf("message %q does not mention %q", st.Message(), inMessage)
	}
	for _, d := range st.Details() {
		if br, ok := d.(*errdetails.BadRequest); ok {
			for _, v := range br.GetFieldViolations() {
				if v.GetField() == field {
					return
				}
			}
			t.Fatalf("BadRequest violations %v; want one for %q", br.GetFieldViolations(), field)
		}
	}
	t.Fatalf("no BadRequest detail in %v", st.Details())
}

func TestInvalidArgument(t *testing.T) {
	ts := newTestServer(t, Config{MaxTextBytes: 1000}, nil)
	doc := func(text string) *pb.Document { return &pb.Document{Text: text} }
	tests := []struct {
		name      string
		req       *pb.AnalyzeDocumentRequest
		field     string
		inMessage string
	}{
		{"no document", &pb.AnalyzeDocumentRequest{}, "document", ""},
		{"empty text", &pb.AnalyzeDocumentRequest{Document: doc("")}, "document.text", "empty"},
		{"blank text", &pb.AnalyzeDocumentRequest{Document: doc(" \n\t ")}, "document.text", "empty"},
		{"invalid UTF-8", &pb.AnalyzeDocumentRequest{Document: doc("caf\xe9 society")}, "document.text", "UTF-8"},
		{"over the limit", &pb.AnalyzeDocumentRequest{Document: doc(strings.Repeat("word ", 201))}, "document.text", "limit is 1000 bytes"},
		{"invalid UTF-8 title", &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Fine.", Title: "\xff"}}, "document.title", ""},
		{"long id", &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Fine.", Id: strings.Repeat("x", 257)}}, "document.id", ""},
		{"unsupported language", &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Bonjour.", Language: "fr"}}, "document.language", "not supported"},
		{"malformed language", &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Hi.", Language: "en_GB!"}}, "document.language", ""},
		{"unspecified feature", &pb.AnalyzeDocumentRequest{Document: doc("Fine."), Features: []pb.Feature{pb.Feature_FEATURE_UNSPECIFIED}}, "features[0]", ""},
		{"unknown feature", &pb.AnalyzeDocumentRequest{Document: doc("Fine."), Features: []pb.Feature{pb.Feature_FEATURE_ACTORS, pb.Feature(42)}}, "features[1]", ""},
		{"unknown encoding", &pb.AnalyzeDocumentRequest{Document: doc("Fine."), EncodingType: pb.EncodingType(9)}, "encoding_type", ""},
		{"negative max_sentences", &pb.AnalyzeDocumentRequest{Document: doc("Fine."), SummaryOptions: &pb.SummaryOptions{MaxSentences: -1}}, "summary_options.max_sentences", ""},
		{"huge max_keywords", &pb.AnalyzeDocumentRequest{Document: doc("Fine."), SummaryOptions: &pb.SummaryOptions{MaxKeywords: 1000}}, "summary_options.max_keywords", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ts.client.AnalyzeDocument(testContext(t), tt.req)
			wantViolation(t, err, tt.field, tt.inMessage)
		})
	}
}

func TestInvalidArgumentListsEveryViolation(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	_, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{
		Document: &pb.Document{Text: ""}, EncodingType: pb.EncodingType(7),
	})
	wantViolation(t, err, "document.text", "and 1 more")
	wantViolation(t, err, "encoding_type", "")
}

func TestAuth(t *testing.T) {
	cfg := Config{Keys: keyLine("reader", "key-reader-1", "GetServiceInfo") + ";" + keyLine("writer", "key-writer-1", "*")}
	ts := newTestServer(t, cfg, nil)
	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Norway rejected the offer."}}
	tests := []struct {
		name string
		ctx  context.Context
		want codes.Code
	}{
		{"no key", context.Background(), codes.Unauthenticated},
		{"unknown key", withKey(context.Background(), "key-nobody"), codes.Unauthenticated},
		{"key without the method", withKey(context.Background(), "key-reader-1"), codes.PermissionDenied},
		{"key with the method", withKey(context.Background(), "key-writer-1"), codes.OK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(tt.ctx, defaultTestTimeout)
			defer cancel()
			_, err := ts.client.AnalyzeDocument(ctx, req)
			if got := status.Code(err); got != tt.want {
				t.Errorf("AnalyzeDocument = %v; want %v", err, tt.want)
			}
		})
	}
	// Health and reflection answer without a key, so that probes and
	// grpcurl's discovery work.
	ctx := testContext(t)
	if _, err := healthpb.NewHealthClient(ts.conn).Check(ctx, &healthpb.HealthCheckRequest{}); err != nil {
		t.Errorf("health Check without a key = %v; want nil", err)
	}
	rs, err := rpb.NewServerReflectionClient(ts.conn).ServerReflectionInfo(ctx)
	if err == nil {
		err = rs.Send(&rpb.ServerReflectionRequest{MessageRequest: &rpb.ServerReflectionRequest_ListServices{}})
	}
	if err == nil {
		_, err = rs.Recv()
	}
	if err != nil {
		t.Errorf("reflection without a key = %v; want nil", err)
	}
}

func TestRateLimit(t *testing.T) {
	cfg := Config{Keys: keyLine("k", "key-k", "*"), RateLimit: 0.001, RateBurst: 2}
	ts := newTestServer(t, cfg, nil)
	ctx := withKey(testContext(t), "key-k")
	for i := range 2 {
		if _, err := ts.client.GetServiceInfo(ctx, &pb.GetServiceInfoRequest{}); err != nil {
			t.Fatalf("call %d within the burst = %v; want nil", i, err)
		}
	}
	_, err := ts.client.GetServiceInfo(ctx, &pb.GetServiceInfoRequest{})
	st := status.Convert(err)
	if st.Code() != codes.ResourceExhausted {
		t.Fatalf("call over the burst = %v; want ResourceExhausted", err)
	}
	var retry *errdetails.RetryInfo
	for _, d := range st.Details() {
		if r, ok := d.(*errdetails.RetryInfo); ok {
			retry = r
		}
	}
	if retry == nil || retry.GetRetryDelay().AsDuration() <= 0 {
		t.Errorf("details %v; want a RetryInfo with a positive delay", st.Details())
	}
}

// blockingEngine holds every analysis until release is closed, so tests
// can have calls in flight on purpose.
type blockingEngine struct {
	engine
	started chan struct{}
	release chan struct{}
}

func (b *blockingEngine) Analyze(ctx context.Context, doc *analysis.Document, opts *analysis.Options) (*analysis.Result, error) {
	b.started <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return b.engine.Analyze(ctx, doc, opts)
}

func TestDeadlineExceeded(t *testing.T) {
	var blk *blockingEngine
	ts := newTestServer(t, Config{}, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 1), release: make(chan struct{})}
		s.svc.eng = blk
	})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
	if status.Code(err) != codes.DeadlineExceeded {
		t.Fatalf("AnalyzeDocument past its deadline = %v; want DeadlineExceeded", err)
	}
	// The server side saw the deadline too: the handler's own mapping.
	hctx, hcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer hcancel()
	go func() { <-blk.started }()
	_, err = ts.svc.AnalyzeDocument(hctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
	if status.Code(err) != codes.DeadlineExceeded {
		t.Errorf("handler with an expired deadline = %v; want DeadlineExceeded", err)
	}
}

func TestGetServiceInfo(t *testing.T) {
	ts := newTestServer(t, Config{MaxTextBytes: 5000, StreamInFlight: 3}, nil)
	info, err := ts.client.GetServiceInfo(testContext(t), &pb.GetServiceInfoRequest{})
	if err != nil {
		t.Fatalf("GetServiceInfo = _, %v; want _, nil", err)
	}
	if info.GetLimits().GetMaxTextBytes() != 5000 || info.GetLimits().GetMaxStreamInFlight() != 3 {
		t.Errorf("limits = %v; want max_text_bytes 5000, max_stream_in_flight 3", info.GetLimits())
	}
	if len(info.GetFeatures()) != 5 || len(info.GetEncodings()) != 3 || info.GetLanguages()[0] != "en" {
		t.Errorf("features %v, encodings %v, languages %v; want 5, 3, [en]", info.GetFeatures(), info.GetEncodings(), info.GetLanguages())
	}
	if info.GetEngine().GetVersion() == "" || len(info.GetEngine().GetModels()) == 0 {
		t.Errorf("engine = %v; want a version and models", info.GetEngine())
	}
}

// collect reads a stream to its end and returns the responses by index.
func collect(t *testing.T, stream pb.DocumentAnalysisService_AnalyzeDocumentsClient) (map[int64]*pb.AnalyzeDocumentsResponse, error) {
	t.Helper()
	got := map[int64]*pb.AnalyzeDocumentsResponse{}
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return got, nil
		}
		if err != nil {
			return got, err
		}
		if _, dup := got[resp.GetIndex()]; dup {
			t.Errorf("two responses for index %d", resp.GetIndex())
		}
		got[resp.GetIndex()] = resp
	}
}

func TestAnalyzeDocumentsMixed(t *testing.T) {
	ts := newTestServer(t, Config{StreamInFlight: 2}, nil)
	stream, err := ts.client.AnalyzeDocuments(testContext(t))
	if err != nil {
		t.Fatalf("AnalyzeDocuments = _, %v; want _, nil", err)
	}
	texts := []string{article, "", "Norway rejected the offer from Acme.", "bad \xff byte", article}
	for i, text := range texts {
		req := &pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprintf("d%d", i), Text: text}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF16}
		if err := stream.Send(req); err != nil {
			t.Fatalf("Send(%d) = %v; want nil", i, err)
		}
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatalf("CloseSend = %v", err)
	}
	got, err := collect(t, stream)
	if err != nil {
		t.Fatalf("stream ended with %v; want a clean end", err)
	}
	if len(got) != len(texts) {
		t.Fatalf("got %d responses for %d documents", len(got), len(texts))
	}
	for i, text := range texts {
		resp := got[int64(i)]
		if resp.GetDocumentId() != fmt.Sprintf("d%d", i) {
			t.Errorf("response %d is tagged %q", i, resp.GetDocumentId())
		}
		bad := text == "" || strings.Contains(text, "\xff")
		if bad {
			e := resp.GetError()
			if e == nil || codes.Code(e.GetCode()) != codes.InvalidArgument {
				t.Errorf("document %d: error %v; want InvalidArgument", i, e)
				continue
			}
			// The per-document Status decodes as a google.rpc.Status.
			raw, _ := proto.Marshal(e)
			var rpc spb.Status
			if err := proto.Unmarshal(raw, &rpc); err != nil || rpc.GetCode() != e.GetCode() || len(rpc.GetDetails()) == 0 {
				t.Errorf("document %d: error as google.rpc.Status = %v, %v; want code and details", i, &rpc, err)
			}
			continue
		}
		a := resp.GetAnalysis()
		if a == nil {
			t.Errorf("document %d: %v; want an analysis", i, resp.GetError())
			continue
		}
		for _, sp := range spansOf(a) {
			if got := slice(t, text, pb.EncodingType_ENCODING_TYPE_UTF16, sp.GetBegin(), sp.GetEnd()); got != sp.GetContent() {
				t.Errorf("document %d: text[%d:%d] = %q; content %q", i, sp.GetBegin(), sp.GetEnd(), got, sp.GetContent())
			}
		}
	}
}

func TestAnalyzeDocumentsBoundsInFlight(t *testing.T) {
	const inFlight = 2
	var blk *blockingEngine
	ts := newTestServer(t, Config{StreamInFlight: inFlight}, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 10), release: make(chan struct{})}
		s.svc.eng = blk
	})
	stream, err := ts.client.AnalyzeDocuments(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint(i), Text: "Norway rejected it."}}); err != nil {
			t.Fatal(err)
		}
	}
	for range inFlight {
		select {
		case <-blk.started:
		case <-time.After(defaultTestTimeout):
			t.Fatal("documents did not start")
		}
	}
	select {
	case <-blk.started:
		t.Fatalf("a document beyond the %d in flight started", inFlight)
	case <-time.After(defaultTestShortTimeout):
	}
	close(blk.release)
	stream.CloseSend()
	got, err := collect(t, stream)
	if err != nil || len(got) != 5 {
		t.Fatalf("got %d responses, %v; want 5, nil", len(got), err)
	}
}

func TestAnalyzeDocumentsCancelStopsWork(t *testing.T) {
	var blk *blockingEngine
	ts := newTestServer(t, Config{StreamInFlight: 2}, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 10), release: make(chan struct{})}
		s.svc.eng = blk
	})
	ctx, cancel := context.WithCancel(testContext(t))
	stream, err := ts.client.AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Text: "Norway rejected it."}}); err != nil {
		t.Fatal(err)
	}
	<-blk.started
	cancel()
	// The handler returns once the engine sees the cancellation; the
	// logged line for the call proves it finished.
	deadline := time.Now().Add(defaultTestTimeout)
	for !strings.Contains(ts.logs.String(), "AnalyzeDocuments") {
		if time.Now().After(deadline) {
			t.Fatalf("the stream's handler did not finish after the client cancelled; logs:\n%s", ts.logs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestShutdownUnavailableAndDrains(t *testing.T) {
	var blk *blockingEngine
	ts := newTestServer(t, Config{ShutdownGrace: defaultTestTimeout}, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 10), release: make(chan struct{})}
		s.svc.eng = blk
	})
	ctx := testContext(t)
	// A watcher subscribed before the shutdown must hear NOT_SERVING.
	watch, err := healthpb.NewHealthClient(ts.conn).Watch(ctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := watch.Recv(); err != nil || r.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("first Watch status = %v, %v; want SERVING", r, err)
	}
	inflight := make(chan error, 1)
	go func() {
		_, err := ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
		inflight <- err
	}()
	<-blk.started
	stopped := make(chan struct{})
	go func() {
		ts.Shutdown(ctx)
		close(stopped)
	}()
	if r, err := watch.Recv(); err != nil || r.GetStatus() != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("Watch status after shutdown began = %v, %v; want NOT_SERVING", r, err)
	}
	// New calls get UNAVAILABLE: from the transport once it sends GOAWAY,
	// and from the handlers for calls that slip in before.
	waitFor(t, func() bool {
		_, err := ts.client.GetServiceInfo(ctx, &pb.GetServiceInfoRequest{})
		return status.Code(err) == codes.Unavailable
	})
	for name, call := range map[string]func() error{
		"AnalyzeDocument": func() error {
			_, err := ts.svc.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}})
			return err
		},
		"GetServiceInfo": func() error { _, err := ts.svc.GetServiceInfo(ctx, &pb.GetServiceInfoRequest{}); return err },
	} {
		if err := call(); status.Code(err) != codes.Unavailable {
			t.Errorf("%s handler after shutdown began = %v; want Unavailable", name, err)
		}
	}
	select {
	case <-stopped:
		t.Fatal("shutdown finished while a call was in flight")
	case <-time.After(defaultTestShortTimeout):
	}
	close(blk.release)
	if err := <-inflight; err != nil {
		t.Errorf("the call in flight = %v; want it answered", err)
	}
	select {
	case <-stopped:
	case <-time.After(defaultTestTimeout / 2):
		t.Fatal("shutdown did not finish once the call in flight was answered (a health Watch holding it?)")
	}
}

// TestShutdownAnswersStreamDocuments: once a shutdown begins, the document
// being analysed finishes and every document read after it is answered
// with UNAVAILABLE; none is dropped, none answered twice.
func TestShutdownAnswersStreamDocuments(t *testing.T) {
	var blk *blockingEngine
	ts := newTestServer(t, Config{ShutdownGrace: defaultTestTimeout, StreamInFlight: 1}, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 10), release: make(chan struct{})}
		s.svc.eng = blk
	})
	ctx := testContext(t)
	stream, err := ts.client.AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{"Acme rejected the bid.", "Norway agreed.", "The union objected."}
	if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "0", Text: docs[0]}}); err != nil {
		t.Fatal(err)
	}
	<-blk.started
	stopped := make(chan struct{})
	go func() {
		ts.Shutdown(ctx)
		close(stopped)
	}()
	waitFor(t, ts.svc.draining)
	for i, d := range docs[1:] {
		if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint(i + 1), Text: d}}); err != nil {
			t.Fatal(err)
		}
	}
	close(blk.release)
	stream.CloseSend()
	got, err := collect(t, stream)
	if err != nil {
		t.Fatalf("stream ended with %v; want a clean end after the client closed", err)
	}
	if len(got) != len(docs) {
		t.Fatalf("got %d responses for %d documents", len(got), len(docs))
	}
	if got[0].GetAnalysis() == nil {
		t.Errorf("the document in flight = %v; want its analysis", got[0].GetError())
	}
	for i := int64(1); i < int64(len(docs)); i++ {
		if e := got[i].GetError(); codes.Code(e.GetCode()) != codes.Unavailable {
			t.Errorf("document %d read after shutdown began = %v; want Unavailable", i, e)
		}
	}
	<-stopped
}

// TestStreamRepairsInvalidID: an id that is not UTF-8 gets its document an
// INVALID_ARGUMENT, and must not break the answers to the others.
func TestStreamRepairsInvalidID(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	stream, err := ts.client.AnalyzeDocuments(testContext(t))
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{"a", "bad\xff", "c"}
	for _, id := range ids {
		if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: id, Text: "Norway rejected the offer."}}); err != nil {
			t.Fatal(err)
		}
	}
	stream.CloseSend()
	got, err := collect(t, stream)
	if err != nil || len(got) != 3 {
		t.Fatalf("got %d responses, %v; want 3, nil", len(got), err)
	}
	if r := got[1]; r.GetDocumentId() != "bad\uFFFD" || codes.Code(r.GetError().GetCode()) != codes.InvalidArgument {
		t.Errorf("bad id answered as %q, %v; want the repaired id and InvalidArgument", r.GetDocumentId(), r.GetError())
	}
	if got[0].GetAnalysis() == nil || got[2].GetAnalysis() == nil {
		t.Errorf("the good documents were not analysed: %v, %v", got[0].GetError(), got[2].GetError())
	}
}

// TestFeatureFlood: a request listing a feature a hundred thousand times is
// refused cheaply with one bounded error, not one violation per entry.
func TestFeatureFlood(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	feats := make([]pb.Feature, 100_000)
	for i := range feats {
		feats[i] = pb.Feature(7)
	}
	_, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Fine."}, Features: feats})
	wantViolation(t, err, "features", "at most 16")
	for _, d := range status.Convert(err).Details() {
		if br, ok := d.(*errdetails.BadRequest); ok && len(br.GetFieldViolations()) > maxViolations {
			t.Errorf("%d violations reported; want at most %d", len(br.GetFieldViolations()), maxViolations)
		}
	}
}

func TestStreamPerDocumentRateLimit(t *testing.T) {
	ts := newTestServer(t, Config{Keys: keyLine("k", "key-k", "*"), RateLimit: 0.001, RateBurst: 2}, nil)
	stream, err := ts.client.AnalyzeDocuments(withKey(testContext(t), "key-k"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint(i), Text: "Norway rejected it."}}); err != nil {
			t.Fatal(err)
		}
	}
	stream.CloseSend()
	got, err := collect(t, stream)
	if err != nil || len(got) != 4 {
		t.Fatalf("got %d responses, %v; want 4, nil", len(got), err)
	}
	limited := 0
	for _, r := range got {
		if codes.Code(r.GetError().GetCode()) == codes.ResourceExhausted {
			limited++
		}
	}
	// Opening the stream takes one token and covers the first document;
	// the second takes the other; the last two are over the limit.
	if limited != 2 {
		t.Errorf("%d of 4 documents rate limited with a burst of 2; want 2", limited)
	}
}

// faultyEngine fails or panics on every document, quoting the text in its
// error as a careless dependency might.
type faultyEngine struct {
	engine
	panics bool
}

func (f *faultyEngine) Analyze(_ context.Context, doc *analysis.Document, _ *analysis.Options) (*analysis.Result, error) {
	if f.panics {
		panic("engine fault near: " + doc.Text)
	}
	return nil, fmt.Errorf("engine fault near %q", doc.Text)
}

func TestEngineFaultsAreInternal(t *testing.T) {
	const planted = "Quixotic-4471 planted words."
	for _, panics := range []bool{false, true} {
		t.Run(fmt.Sprintf("panics=%v", panics), func(t *testing.T) {
			ts := newTestServer(t, Config{}, func(s *Server) { s.svc.eng = &faultyEngine{engine: s.svc.eng, panics: panics} })
			_, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: planted}})
			if st := status.Convert(err); st.Code() != codes.Internal || strings.Contains(st.Message(), "Quixotic") {
				t.Errorf("unary = %v; want Internal without the text", err)
			}
			stream, err := ts.client.AnalyzeDocuments(testContext(t))
			if err != nil {
				t.Fatal(err)
			}
			for i := range 2 {
				stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint(i), Text: planted}})
			}
			stream.CloseSend()
			got, err := collect(t, stream)
			if err != nil || len(got) != 2 {
				t.Fatalf("stream: %d responses, %v; want 2 answered and a clean end", len(got), err)
			}
			for _, r := range got {
				if e := r.GetError(); codes.Code(e.GetCode()) != codes.Internal || strings.Contains(e.GetMessage(), "Quixotic") {
					t.Errorf("stream document = %v; want Internal without the text", e)
				}
			}
			if logs := ts.logs.String(); strings.Contains(logs, "Quixotic") {
				t.Errorf("the log holds the document text:\n%s", logs)
			}
		})
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(defaultTestTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in time")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestLogsKeepSecrets plants a text and a key and scans the whole log.
func TestLogsKeepSecrets(t *testing.T) {
	const planted = "Zanzibar-7731 is the planted sentence."
	const key = "planted-key-0f9e8d"
	ts := newTestServer(t, Config{Keys: keyLine("planter", key, "*")}, nil)
	ctx := withKey(testContext(t), key)
	if _, err := ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: planted, Title: planted}}); err != nil {
		t.Fatalf("AnalyzeDocument = %v", err)
	}
	ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: planted, Language: "xx"}})
	ts.client.AnalyzeDocument(withKey(testContext(t), key+"-wrong"), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: planted}})
	logs := ts.logs.String()
	for _, secret := range []string{"Zanzibar", key} {
		if strings.Contains(logs, secret) {
			t.Errorf("the log holds %q:\n%s", secret, logs)
		}
	}
	if !strings.Contains(logs, "planter") || !strings.Contains(logs, "AnalyzeDocument") {
		t.Errorf("the log lacks the key id or the method:\n%s", logs)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		cfg  Config
		want string
	}{
		{Config{}, ""},
		{Config{Addr: "0.0.0.0:50051"}, "without API keys"},
		{Config{Addr: "0.0.0.0:50051", Keys: keyLine("a", "b", "*")}, ""},
		{Config{Addr: "[::1]:0"}, ""},
		{Config{TLSCertFile: "cert.pem"}, "go together"},
		{Config{RateLimit: -1}, "negative"},
		{Config{Addr: "nonsense"}, "address"},
	}
	for _, tt := range tests {
		err := tt.cfg.Validate()
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("Validate(%+v) = %v; want %q", tt.cfg, err, tt.want)
		}
	}
}
