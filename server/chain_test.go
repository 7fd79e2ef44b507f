package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/grpctest"
)

// Shared scaffolding for the interceptor tests, which call interceptors
// directly with fake handlers.

// chainTestTransport lets grpc.Method report the method in contexts the
// tests build, as the server's transport stream does.
type chainTestTransport struct{ method string }

func (s chainTestTransport) Method() string             { return s.method }
func (chainTestTransport) SetHeader(metadata.MD) error  { return nil }
func (chainTestTransport) SendHeader(metadata.MD) error { return nil }
func (chainTestTransport) SetTrailer(metadata.MD) error { return nil }

// chainTestPeer is the client address the test contexts carry.
var chainTestPeer = &net.TCPAddr{IP: net.IPv4(192, 0, 2, 7), Port: 40123}

// callContext builds the context a server handler sees for a call of
// method with incoming metadata md (nil for none).
func callContext(t *testing.T, method string, md metadata.MD) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
	t.Cleanup(cancel)
	ctx = grpc.NewContextWithServerTransportStream(ctx, chainTestTransport{method: method})
	ctx = peer.NewContext(ctx, &peer.Peer{Addr: chainTestPeer})
	if md != nil {
		ctx = metadata.NewIncomingContext(ctx, md)
	}
	return ctx
}

// bearer returns incoming metadata carrying key as a bearer token.
func bearer(key string) metadata.MD {
	return metadata.Pairs("authorization", "Bearer "+key)
}

func unaryInfo(method string) *grpc.UnaryServerInfo {
	return &grpc.UnaryServerInfo{FullMethod: method}
}

func streamInfo(method string) *grpc.StreamServerInfo {
	return &grpc.StreamServerInfo{FullMethod: method, IsClientStream: true, IsServerStream: true}
}

// chainTestStream is a grpc.ServerStream that hands out recv in order and
// then io.EOF, and records what is sent. Other methods are not needed by
// the interceptors and panic (nil embedded interface).
type chainTestStream struct {
	grpc.ServerStream
	ctx context.Context

	mu   sync.Mutex
	recv []proto.Message
	sent []proto.Message
}

func (s *chainTestStream) Context() context.Context { return s.ctx }

func (s *chainTestStream) RecvMsg(m any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.recv) == 0 {
		return io.EOF
	}
	proto.Merge(m.(proto.Message), s.recv[0])
	s.recv = s.recv[1:]
	return nil
}

func (s *chainTestStream) SendMsg(m any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent = append(s.sent, proto.Clone(m.(proto.Message)))
	return nil
}

// logBuffer is a JSON slog.Logger writing to a buffer that tests read.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newLogBuffer() (*logBuffer, *slog.Logger) {
	b := new(logBuffer)
	return b, slog.New(slog.NewJSONHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// chainUnary runs a unary call through the chain the way grpc does.
func chainUnary(chain []grpc.UnaryServerInterceptor, ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	h := handler
	for i := len(chain) - 1; i >= 0; i-- {
		next, icpt := h, chain[i]
		h = func(ctx context.Context, req any) (any, error) { return icpt(ctx, req, info, next) }
	}
	return h(ctx, req)
}

func TestInterceptorsOrderAndSwitches(t *testing.T) {
	_, logger := newLogBuffer()
	keys := testKeys(t)
	lim := newLimiter(1, 1)
	tests := []struct {
		name      string
		cfg       *Config
		keys      *Keys
		lim       *limiter
		wantCount int
	}{
		{"auth and limit off", &Config{}, nil, nil, 2},
		{"auth on", &Config{KeysFile: testKeysFile}, keys, nil, 3},
		{"limit on", &Config{RateLimit: 1}, nil, lim, 3},
		{"both on", &Config{KeysFile: testKeysFile, RateLimit: 1}, keys, lim, 4},
		{"keys configured but not passed", &Config{Keys: "x"}, nil, nil, 3},
	}
	for _, tt := range tests {
		unary, stream := interceptors(tt.cfg, tt.keys, tt.lim, logger)
		if len(unary) != tt.wantCount || len(stream) != tt.wantCount {
			t.Errorf("%s: interceptors() = %d unary, %d stream; want %d each", tt.name, len(unary), len(stream), tt.wantCount)
		}
	}
}

// TestInterceptorsFailClosed checks that a configuration with keys but no
// *Keys passed refuses calls rather than serving without auth.
func TestInterceptorsFailClosed(t *testing.T) {
	_, logger := newLogBuffer()
	unary, _ := interceptors(&Config{KeysFile: testKeysFile}, nil, nil, logger)
	ctx := callContext(t, methodInfo, bearer(testKeyAlice))
	_, err := chainUnary(unary, ctx, &pb.GetServiceInfoRequest{}, unaryInfo(methodInfo), okHandler)
	if status.Code(err) != codes.Unauthenticated {
		t.Errorf("call with keys configured but not loaded = %v; want Unauthenticated", err)
	}
}

// panicOnMetadata is a context whose incoming metadata lookup panics, to
// make the auth interceptor panic.
type panicOnMetadata struct{ context.Context }

func (c panicOnMetadata) Value(key any) any {
	if strings.HasSuffix(fmt.Sprintf("%T", key), "mdIncomingKey") {
		panic("metadata lookup exploded")
	}
	return c.Context.Value(key)
}

// TestInterceptorsPanicInAuthIsLogged shows why recovery sits just inside
// logging: a panic in auth becomes INTERNAL and still gets its call line.
func TestInterceptorsPanicInAuthIsLogged(t *testing.T) {
	logs, logger := newLogBuffer()
	unary, _ := interceptors(&Config{KeysFile: testKeysFile}, testKeys(t), nil, logger)
	ctx := panicOnMetadata{callContext(t, methodInfo, nil)}
	_, err := chainUnary(unary, ctx, &pb.GetServiceInfoRequest{}, unaryInfo(methodInfo), okHandler)
	if status.Code(err) != codes.Internal {
		t.Fatalf("call whose auth panics = %v; want Internal", err)
	}
	out := logs.String()
	for _, want := range []string{`"msg":"panic recovered"`, `"msg":"finished call"`, `"grpc.code":"Internal"`, `"grpc.method":"GetServiceInfo"`} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s:\n%s", want, out)
		}
	}
}

// chainTestService is a DocumentAnalysisService for the bufconn test. Its
// stream handler asks the limiter before each document, as the real one
// does.
type chainTestService struct {
	pb.UnimplementedDocumentAnalysisServiceServer
	lim *limiter
}

func (s *chainTestService) GetServiceInfo(context.Context, *pb.GetServiceInfoRequest) (*pb.GetServiceInfoResponse, error) {
	return &pb.GetServiceInfoResponse{Languages: []string{"en"}}, nil
}

func (s *chainTestService) AnalyzeDocument(_ context.Context, req *pb.AnalyzeDocumentRequest) (*pb.AnalyzeDocumentResponse, error) {
	if req.GetDocument().GetId() == "panic" {
		panic("handler panicked on " + req.GetDocument().GetText())
	}
	return &pb.AnalyzeDocumentResponse{Analysis: &pb.DocumentAnalysis{DocumentId: req.GetDocument().GetId()}}, nil
}

func (s *chainTestService) AnalyzeDocuments(stream pb.DocumentAnalysisService_AnalyzeDocumentsServer) error {
	for i := int64(0); ; i++ {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		resp := &pb.AnalyzeDocumentsResponse{DocumentId: req.GetDocument().GetId(), Index: i}
		if err := s.lim.Allow(stream.Context()); err != nil {
			p := status.Convert(err).Proto()
			resp.Result = &pb.AnalyzeDocumentsResponse_Error{Error: &pb.Status{Code: p.GetCode(), Message: p.GetMessage(), Details: p.GetDetails()}}
		} else {
			resp.Result = &pb.AnalyzeDocumentsResponse_Analysis{Analysis: &pb.DocumentAnalysis{DocumentId: req.GetDocument().GetId()}}
		}
		if err := stream.Send(resp); err != nil {
			return err
		}
	}
}

// newChainTestConn serves the whole interceptor chain, the fake service and
// health over bufconn and returns a client connection to it.
func newChainTestConn(t *testing.T, keys *Keys, lim *limiter, logger *slog.Logger) *grpc.ClientConn {
	t.Helper()
	unary, stream := interceptors(&Config{KeysFile: testKeysFile}, keys, lim, logger)
	srv := grpc.NewServer(grpc.ChainUnaryInterceptor(unary...), grpc.ChainStreamInterceptor(stream...))
	pb.RegisterDocumentAnalysisServiceServer(srv, &chainTestService{lim: lim})
	healthpb.RegisterHealthServer(srv, health.NewServer())
	return grpctest.Dial(t, grpctest.Serve(t, srv.Serve, srv.Stop))
}

func TestChainOverBufconn(t *testing.T) {
	logs, logger := newLogBuffer()
	// A rate so low that no token comes back during the test, and a burst
	// of 2 calls per key.
	lim := newLimiter(0.001, 2)
	conn := newChainTestConn(t, testKeys(t), lim, logger)
	client := pb.NewDocumentAnalysisServiceClient(conn)

	ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
	defer cancel()
	keyed := func(key string) context.Context {
		return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+key)
	}

	t.Run("health needs no key", func(t *testing.T) {
		// More checks than the burst: health is not rate limited either.
		for range 5 {
			resp, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})
			if err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
				t.Fatalf("Health.Check without key = %v, %v; want SERVING, nil", resp, err)
			}
		}
	})

	t.Run("service needs a key", func(t *testing.T) {
		_, err := client.GetServiceInfo(ctx, &pb.GetServiceInfoRequest{})
		if status.Code(err) != codes.Unauthenticated || !strings.Contains(status.Convert(err).Message(), "Bearer") {
			t.Errorf("GetServiceInfo without key = _, %v; want Unauthenticated saying to send a bearer key", err)
		}
		_, err = client.GetServiceInfo(keyed("wrong-key-0123456789abcdef"), &pb.GetServiceInfoRequest{})
		if status.Code(err) != codes.Unauthenticated {
			t.Errorf("GetServiceInfo with unknown key = _, %v; want Unauthenticated", err)
		}
		_, err = client.AnalyzeDocument(keyed(testKeyReader), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "x"}})
		if status.Code(err) != codes.PermissionDenied {
			t.Errorf("AnalyzeDocument with reader's key = _, %v; want PermissionDenied", err)
		}
		resp, err := client.GetServiceInfo(keyed(testKeyReader), &pb.GetServiceInfoRequest{})
		if err != nil || len(resp.GetLanguages()) != 1 {
			t.Errorf("GetServiceInfo with reader's key = %v, %v; want a response", resp, err)
		}
	})

	t.Run("panic is Internal", func(t *testing.T) {
		_, err := client.AnalyzeDocument(keyed(testKeyAlice), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "panic", Text: "PLANTED-PANIC-TEXT"}})
		if status.Code(err) != codes.Internal || strings.Contains(err.Error(), "PLANTED") || strings.Contains(err.Error(), "goroutine") {
			t.Errorf("AnalyzeDocument that panics = _, %v; want Internal with a generic message", err)
		}
	})

	t.Run("unary rate limit", func(t *testing.T) {
		// alice used one token above; the burst is 2.
		if _, err := client.GetServiceInfo(keyed(testKeyAlice), &pb.GetServiceInfoRequest{}); err != nil {
			t.Fatalf("GetServiceInfo within the burst = _, %v; want nil error", err)
		}
		_, err := client.GetServiceInfo(keyed(testKeyAlice), &pb.GetServiceInfoRequest{})
		if d, ok := retryDelay(err); status.Code(err) != codes.ResourceExhausted || !ok || d <= 0 {
			t.Errorf("GetServiceInfo over the limit = _, %v (retry delay %v, %v); want ResourceExhausted with RetryInfo", err, d, ok)
		}
	})

	t.Run("stream documents count", func(t *testing.T) {
		stream, err := client.AnalyzeDocuments(keyed(testKeyBatch))
		if err != nil {
			t.Fatalf("AnalyzeDocuments = _, %v", err)
		}
		for i := range 3 {
			if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint("doc-", i), Text: "PLANTED-STREAM-TEXT"}}); err != nil {
				t.Fatalf("Send(doc-%d) = %v", i, err)
			}
		}
		if err := stream.CloseSend(); err != nil {
			t.Fatalf("CloseSend = %v", err)
		}
		var got []string
		for {
			resp, err := stream.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("Recv = _, %v", err)
			}
			if e := resp.GetError(); e != nil {
				got = append(got, codes.Code(e.GetCode()).String())
			} else {
				got = append(got, "OK")
			}
		}
		// The burst is 2: the stream's opening token covers doc-0, doc-1
		// takes the second, doc-2 is over the limit.
		if want := "OK OK ResourceExhausted"; strings.Join(got, " ") != want {
			t.Errorf("per-document results = %v; want %s", got, want)
		}
		// With the bucket empty, a new stream is refused outright.
		stream, err = client.AnalyzeDocuments(keyed(testKeyBatch))
		if err == nil {
			_, err = stream.Recv()
		}
		if status.Code(err) != codes.ResourceExhausted {
			t.Errorf("AnalyzeDocuments with no tokens left = %v; want ResourceExhausted", err)
		}
	})

	out := logs.String()
	for _, want := range []string{
		`"grpc.service":"grpc.health.v1.Health"`,
		`"key_id":"batch"`,
		`"grpc.request.messages":3`,
		`"grpc.response.messages":3`,
		`"msg":"panic recovered"`,
		`"grpc.code":"PermissionDenied"`,
		`"key_id":"reader"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s:\n%s", want, out)
		}
	}
	for _, secret := range []string{testKeyAlice, testKeyBatch, testKeyReader, "PLANTED"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains %q:\n%s", secret, out)
		}
	}
}

// retryDelay returns the RetryInfo delay of err's status, if it has one.
func retryDelay(err error) (time.Duration, bool) {
	for _, d := range status.Convert(err).Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok {
			return ri.GetRetryDelay().AsDuration(), true
		}
	}
	return 0, false
}

// okHandler is a unary handler that succeeds with an empty response.
func okHandler(context.Context, any) (any, error) {
	return &pb.GetServiceInfoResponse{}, nil
}
