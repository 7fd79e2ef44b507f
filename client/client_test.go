package client_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/anypb"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/grpctest"
)

const (
	// defaultTestTimeout bounds what must happen.
	defaultTestTimeout = 10 * time.Second
	// testServerName is the name the test certificate is issued for.
	testServerName = "docanalysis.test"
)

// fakeServer stands in for the real service: it answers from the text
// alone and records what the client sent. Tests set its fields before the
// first call.
type fakeServer struct {
	docanalysisv1.UnimplementedDocumentAnalysisServiceServer

	// failFirst makes the first failFirst AnalyzeDocument calls fail with
	// UNAVAILABLE.
	failFirst int
	// stream, when set, replaces the default AnalyzeDocuments behaviour
	// (answer each document at once, in order).
	stream func(grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]) error

	mu    sync.Mutex
	calls int      // AnalyzeDocument calls, failed ones included
	auth  []string // authorization metadata of the last call
}

func (f *fakeServer) record(ctx context.Context) int {
	md, _ := metadata.FromIncomingContext(ctx)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	f.auth = md.Get("authorization")
	return f.calls
}

func (f *fakeServer) snapshot() (calls int, auth []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls, f.auth
}

func (f *fakeServer) AnalyzeDocument(ctx context.Context, req *docanalysisv1.AnalyzeDocumentRequest) (*docanalysisv1.AnalyzeDocumentResponse, error) {
	if n := f.record(ctx); n <= f.failFirst {
		return nil, status.Errorf(codes.Unavailable, "fake: failing call %d of %d", n, f.failFirst)
	}
	if st := check(req.GetDocument()); st != nil {
		return nil, status.ErrorProto(&spb.Status{Code: st.Code, Message: st.Message, Details: st.Details})
	}
	return &docanalysisv1.AnalyzeDocumentResponse{Analysis: analyse(req.GetDocument())}, nil
}

func (f *fakeServer) AnalyzeDocumentBatch(ctx context.Context, req *docanalysisv1.AnalyzeDocumentBatchRequest) (*docanalysisv1.AnalyzeDocumentBatchResponse, error) {
	f.record(ctx)
	resp := &docanalysisv1.AnalyzeDocumentBatchResponse{}
	for i, r := range req.GetRequests() {
		out := &docanalysisv1.AnalyzeDocumentsResponse{DocumentId: r.GetDocument().GetId(), Index: int64(i)}
		if st := check(r.GetDocument()); st != nil {
			out.Result = &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: st}
		} else {
			out.Result = &docanalysisv1.AnalyzeDocumentsResponse_Analysis{Analysis: analyse(r.GetDocument())}
		}
		resp.Results = append(resp.Results, out)
	}
	return resp, nil
}

func (f *fakeServer) GetServiceInfo(ctx context.Context, _ *docanalysisv1.GetServiceInfoRequest) (*docanalysisv1.GetServiceInfoResponse, error) {
	f.record(ctx)
	return &docanalysisv1.GetServiceInfoResponse{
		Engine:    &docanalysisv1.EngineInfo{Name: "fake", Version: "0.0.1"},
		Languages: []string{"en"},
	}, nil
}

func (f *fakeServer) AnalyzeDocuments(s grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]) error {
	f.record(s.Context())
	if f.stream != nil {
		return f.stream(s)
	}
	for i := int64(0); ; i++ {
		req, err := s.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := s.Send(answer(i, req)); err != nil {
			return err
		}
	}
}

// check refuses an empty document the way the real server does: with
// INVALID_ARGUMENT and a BadRequest naming the field.
func check(doc *docanalysisv1.Document) *docanalysisv1.Status {
	if doc.GetText() != "" {
		return nil
	}
	detail, err := anypb.New(&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
		{Field: "document.text", Description: "must not be empty"},
	}})
	if err != nil {
		panic(err)
	}
	return &docanalysisv1.Status{
		Code:    int32(codes.InvalidArgument),
		Message: "document.text is empty",
		Details: []*anypb.Any{detail},
	}
}

// analyse returns an analysis whose gist is the text.
func analyse(doc *docanalysisv1.Document) *docanalysisv1.DocumentAnalysis {
	return &docanalysisv1.DocumentAnalysis{
		DocumentId: doc.GetId(),
		Language:   "en",
		Summary:    &docanalysisv1.Summary{Gist: doc.GetText()},
	}
}

// answer is the response to the request at stream position i.
func answer(i int64, req *docanalysisv1.AnalyzeDocumentsRequest) *docanalysisv1.AnalyzeDocumentsResponse {
	resp := &docanalysisv1.AnalyzeDocumentsResponse{DocumentId: req.GetDocument().GetId(), Index: i}
	if st := check(req.GetDocument()); st != nil {
		resp.Result = &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: st}
	} else {
		resp.Result = &docanalysisv1.AnalyzeDocumentsResponse_Analysis{Analysis: analyse(req.GetDocument())}
	}
	return resp
}

// newTestClient serves fake on an in-memory listener (with TLS when
// serverCreds is set) and returns a client dialled to it with opts; both
// are stopped when the test ends, and no goroutine may outlive them.
func newTestClient(t *testing.T, fake *fakeServer, serverCreds credentials.TransportCredentials, opts ...client.Option) *client.Client {
	t.Helper()
	var sopts []grpc.ServerOption
	if serverCreds != nil {
		sopts = append(sopts, grpc.Creds(serverCreds))
	}
	srv := grpc.NewServer(sopts...)
	docanalysisv1.RegisterDocumentAnalysisServiceServer(srv, fake)
	dialer := grpctest.Dialer(grpctest.Serve(t, srv.Serve, srv.Stop))
	c, err := client.Dial("passthrough:///bufnet", append(opts, client.WithDialOptions(dialer))...)
	if err != nil {
		t.Fatalf("Dial = _, %v; want _, nil", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), defaultTestTimeout)
	t.Cleanup(cancel)
	return ctx
}

func TestAnalyzeAndInfo(t *testing.T) {
	fake := &fakeServer{}
	c := newTestClient(t, fake, nil, client.WithInsecure())
	ctx := testContext(t)

	resp, err := c.Analyze(ctx, &docanalysisv1.AnalyzeDocumentRequest{
		Document: &docanalysisv1.Document{Id: "a", Text: "Hello."},
	})
	if err != nil {
		t.Fatalf("Analyze = _, %v; want _, nil", err)
	}
	if got := resp.GetAnalysis().GetDocumentId(); got != "a" {
		t.Errorf("Analyze: document_id = %q; want %q", got, "a")
	}

	a, err := c.AnalyzeText(ctx, "Hi there.")
	if err != nil {
		t.Fatalf("AnalyzeText = _, %v; want _, nil", err)
	}
	if got := a.GetSummary().GetGist(); got != "Hi there." {
		t.Errorf("AnalyzeText: gist = %q; want %q", got, "Hi there.")
	}

	_, err = c.AnalyzeText(ctx, "")
	if got := status.Code(err); got != codes.InvalidArgument {
		t.Errorf("AnalyzeText(\"\") code = %v; want %v (err %v)", got, codes.InvalidArgument, err)
	}

	results, err := c.AnalyzeBatch(ctx, []*docanalysisv1.AnalyzeDocumentsRequest{
		{Document: &docanalysisv1.Document{Id: "b0", Text: "First."}},
		{Document: &docanalysisv1.Document{Id: "b1"}},
	})
	if err != nil || len(results) != 2 {
		t.Fatalf("AnalyzeBatch = %d results, %v; want 2, nil", len(results), err)
	}
	if got := results[0].GetAnalysis().GetSummary().GetGist(); got != "First." {
		t.Errorf("AnalyzeBatch: results[0] gist = %q; want %q", got, "First.")
	}
	if got := status.Code(client.ResponseError(results[1])); got != codes.InvalidArgument {
		t.Errorf("AnalyzeBatch: results[1] error code = %v; want %v", got, codes.InvalidArgument)
	}

	info, err := c.Info(ctx)
	if err != nil {
		t.Fatalf("Info = _, %v; want _, nil", err)
	}
	if got := info.GetEngine().GetName(); got != "fake" {
		t.Errorf("Info: engine name = %q; want %q", got, "fake")
	}
	if c.Service() == nil {
		t.Error("Service() = nil; want the generated client")
	}
}

func TestAPIKeyArrivesAsMetadata(t *testing.T) {
	tests := []struct {
		name string
		opts []client.Option
		want []string
	}{
		{"no key", nil, nil},
		{"key", []client.Option{client.WithAPIKey("k-123")}, []string{"Bearer k-123"}},
		{"empty key sends nothing", []client.Option{client.WithAPIKey("")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := &fakeServer{}
			c := newTestClient(t, fake, nil, append([]client.Option{client.WithInsecure()}, tt.opts...)...)
			if _, err := c.Info(testContext(t)); err != nil {
				t.Fatalf("Info = _, %v; want _, nil", err)
			}
			if _, got := fake.snapshot(); !slices.Equal(got, tt.want) {
				t.Errorf("authorization metadata = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestAPIKeyOverTLS(t *testing.T) {
	cert, pool := selfSignedCert(t)
	fake := &fakeServer{}
	c := newTestClient(t, fake, credentials.NewServerTLSFromCert(&cert),
		client.WithTLS(&tls.Config{RootCAs: pool, ServerName: testServerName}),
		client.WithAPIKey("k-tls"))
	if _, err := c.Info(testContext(t)); err != nil {
		t.Fatalf("Info = _, %v; want _, nil", err)
	}
	if _, got := fake.snapshot(); !slices.Equal(got, []string{"Bearer k-tls"}) {
		t.Errorf("authorization metadata = %q; want [\"Bearer k-tls\"]", got)
	}
}

func TestDefaultIsTLS(t *testing.T) {
	// A client without transport options speaks TLS, so against a
	// plaintext server the call fails and no key is ever sent.
	fake := &fakeServer{}
	c := newTestClient(t, fake, nil, client.WithAPIKey("k-secret"), client.WithRetry(1))
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	if _, err := c.Info(ctx); err == nil {
		t.Fatal("Info over TLS to a plaintext server = _, nil; want an error")
	}
	if calls, _ := fake.snapshot(); calls != 0 {
		t.Errorf("server saw %d calls; want 0", calls)
	}
}

func TestDialRefuses(t *testing.T) {
	tests := []struct {
		name string
		opts []client.Option
	}{
		// The key must be a valid header value; the error must not echo it.
		{"key with space", []client.Option{client.WithInsecure(), client.WithAPIKey("k 1")}},
		{"key with newline", []client.Option{client.WithInsecure(), client.WithAPIKey("k\n1")}},
		// Plaintext forced through the escape hatch is not consent to send
		// the key in clear: gRPC refuses credentials that require security.
		{"key over plaintext dial option", []client.Option{
			client.WithAPIKey("k1"),
			client.WithDialOptions(grpc.WithTransportCredentials(insecure.NewCredentials())),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := client.Dial("passthrough:///bufnet", tt.opts...)
			if err == nil {
				c.Close()
				t.Fatal("Dial = _, nil; want an error")
			}
			if strings.Contains(err.Error(), "k 1") || strings.Contains(err.Error(), "k\n1") {
				t.Errorf("Dial error %q reveals the key", err)
			}
		})
	}
}

func TestRetryOnUnavailable(t *testing.T) {
	tests := []struct {
		name      string
		opts      []client.Option
		failFirst int
		wantCode  codes.Code
		wantCalls int
	}{
		{"default retries", nil, 2, codes.OK, 3},
		{"default gives up", nil, client.DefaultMaxAttempts, codes.Unavailable, client.DefaultMaxAttempts},
		{"WithRetry(3)", []client.Option{client.WithRetry(3)}, 2, codes.OK, 3},
		{"WithRetry(2)", []client.Option{client.WithRetry(2)}, 2, codes.Unavailable, 2},
		{"WithRetry(1) disables", []client.Option{client.WithRetry(1)}, 2, codes.Unavailable, 1},
		{"WithRetry(0) disables", []client.Option{client.WithRetry(0)}, 2, codes.Unavailable, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := &fakeServer{failFirst: tt.failFirst}
			c := newTestClient(t, fake, nil, append([]client.Option{client.WithInsecure()}, tt.opts...)...)
			_, err := c.AnalyzeText(testContext(t), "Hello.")
			if got := status.Code(err); got != tt.wantCode {
				t.Errorf("AnalyzeText code = %v; want %v (err %v)", got, tt.wantCode, err)
			}
			if calls, _ := fake.snapshot(); calls != tt.wantCalls {
				t.Errorf("server saw %d attempts; want %d", calls, tt.wantCalls)
			}
		})
	}
}

// docs returns n stream requests with ids "d0", "d1", ...; the ids listed
// in empty get no text, which the fake refuses.
func docs(n int, empty ...string) []*docanalysisv1.AnalyzeDocumentsRequest {
	reqs := make([]*docanalysisv1.AnalyzeDocumentsRequest, n)
	for i := range reqs {
		id := "d" + strconv.Itoa(i)
		text := "Text of " + id + "."
		if slices.Contains(empty, id) {
			text = ""
		}
		reqs[i] = &docanalysisv1.AnalyzeDocumentsRequest{Document: &docanalysisv1.Document{Id: id, Text: text}}
	}
	return reqs
}

// collect returns a handle func recording responses, and the record.
func collect() (func(*docanalysisv1.AnalyzeDocumentsResponse) error, *[]*docanalysisv1.AnalyzeDocumentsResponse) {
	var got []*docanalysisv1.AnalyzeDocumentsResponse
	return func(r *docanalysisv1.AnalyzeDocumentsResponse) error {
		got = append(got, r)
		return nil
	}, &got
}

// checkOnce fails unless resps answer positions 0..n-1 exactly once each,
// with the matching document ids.
func checkOnce(t *testing.T, resps []*docanalysisv1.AnalyzeDocumentsResponse, n int) {
	t.Helper()
	seen := make(map[int64]bool)
	for _, r := range resps {
		if seen[r.GetIndex()] {
			t.Errorf("position %d answered twice", r.GetIndex())
		}
		seen[r.GetIndex()] = true
		if want := "d" + strconv.Itoa(int(r.GetIndex())); r.GetDocumentId() != want {
			t.Errorf("position %d: document_id = %q; want %q", r.GetIndex(), r.GetDocumentId(), want)
		}
	}
	if len(resps) != n || len(seen) != n {
		t.Errorf("got %d responses for %d positions; want %d", len(resps), len(seen), n)
	}
}

func TestAnalyzeAllRespectsMaxInFlight(t *testing.T) {
	const n, maxInFlight = 23, 4
	var (
		mu       sync.Mutex
		inFlight int // received by the fake and not yet answered
		maxSeen  int
	)
	fake := &fakeServer{stream: func(s grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]) error {
		// A reader counts documents as soon as they arrive; the answerer
		// holds them until maxInFlight are waiting (or the input ended),
		// pauses so that any document sent beyond the bound is counted,
		// then answers the batch in reverse order.
		type item struct {
			i   int64
			req *docanalysisv1.AnalyzeDocumentsRequest
		}
		in := make(chan item)
		go func() {
			defer close(in)
			for i := int64(0); ; i++ {
				req, err := s.Recv()
				if err != nil {
					return
				}
				mu.Lock()
				inFlight++
				maxSeen = max(maxSeen, inFlight)
				mu.Unlock()
				select {
				case in <- item{i, req}:
				case <-s.Context().Done():
					return
				}
			}
		}()
		var batch []item
		flush := func() error {
			time.Sleep(10 * time.Millisecond)
			for _, it := range slices.Backward(batch) {
				mu.Lock()
				inFlight--
				mu.Unlock()
				if err := s.Send(answer(it.i, it.req)); err != nil {
					return err
				}
			}
			batch = batch[:0]
			return nil
		}
		for it := range in {
			if batch = append(batch, it); len(batch) == maxInFlight {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	}}
	c := newTestClient(t, fake, nil, client.WithInsecure())

	handle, got := collect()
	if err := c.AnalyzeAll(testContext(t), slices.Values(docs(n)), maxInFlight, handle); err != nil {
		t.Fatalf("AnalyzeAll = %v; want nil", err)
	}
	checkOnce(t, *got, n)
	mu.Lock()
	defer mu.Unlock()
	if maxSeen != maxInFlight {
		t.Errorf("server saw at most %d documents in flight; want exactly %d", maxSeen, maxInFlight)
	}
	if slices.IsSortedFunc(*got, func(a, b *docanalysisv1.AnalyzeDocumentsResponse) int { return int(a.GetIndex() - b.GetIndex()) }) {
		t.Error("responses handled in send order; want arrival (reversed batch) order")
	}
}

func TestAnalyzeAllPerDocumentErrors(t *testing.T) {
	fake := &fakeServer{}
	c := newTestClient(t, fake, nil, client.WithInsecure())

	handle, got := collect()
	if err := c.AnalyzeAll(testContext(t), slices.Values(docs(6, "d1", "d4")), 2, handle); err != nil {
		t.Fatalf("AnalyzeAll = %v; want nil (per-document errors do not stop the stream)", err)
	}
	checkOnce(t, *got, 6)
	for _, r := range *got {
		err := client.ResponseError(r)
		if id := r.GetDocumentId(); id != "d1" && id != "d4" {
			if err != nil {
				t.Errorf("ResponseError(%s) = %v; want nil", id, err)
			}
			continue
		}
		if got := status.Code(err); got != codes.InvalidArgument {
			t.Errorf("ResponseError(%s) code = %v; want %v", r.GetDocumentId(), got, codes.InvalidArgument)
		}
		details := status.Convert(err).Details()
		if len(details) != 1 {
			t.Fatalf("ResponseError(%s) details = %v; want one BadRequest", r.GetDocumentId(), details)
		}
		if br, ok := details[0].(*errdetails.BadRequest); !ok || br.GetFieldViolations()[0].GetField() != "document.text" {
			t.Errorf("ResponseError(%s) detail = %v; want a BadRequest on document.text", r.GetDocumentId(), details[0])
		}
	}
}

func TestResponseErrorMalformed(t *testing.T) {
	tests := []struct {
		name string
		resp *docanalysisv1.AnalyzeDocumentsResponse
		want codes.Code
	}{
		{"neither", &docanalysisv1.AnalyzeDocumentsResponse{DocumentId: "x"}, codes.Internal},
		{"error with code OK", &docanalysisv1.AnalyzeDocumentsResponse{
			Result: &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: &docanalysisv1.Status{Message: "odd"}},
		}, codes.Unknown},
	}
	for _, tt := range tests {
		if got := status.Code(client.ResponseError(tt.resp)); got != tt.want {
			t.Errorf("%s: ResponseError code = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestAnalyzeAllEmptySource(t *testing.T) {
	c := newTestClient(t, &fakeServer{}, nil, client.WithInsecure())
	handle, got := collect()
	if err := c.AnalyzeAll(testContext(t), slices.Values(docs(0)), 3, handle); err != nil {
		t.Fatalf("AnalyzeAll(no documents) = %v; want nil", err)
	}
	if len(*got) != 0 {
		t.Errorf("handle called %d times; want 0", len(*got))
	}
}

func TestAnalyzeAllHandleErrorCancelsStream(t *testing.T) {
	serverDone := make(chan error, 1)
	fake := &fakeServer{stream: func(s grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]) error {
		// Answer everything, then wait for the client to go away.
		for i := int64(0); ; i++ {
			req, err := s.Recv()
			if err != nil {
				serverDone <- err
				return err
			}
			if err := s.Send(answer(i, req)); err != nil {
				serverDone <- err
				return err
			}
		}
	}}
	c := newTestClient(t, fake, nil, client.WithInsecure())

	errStop := errors.New("stop")
	calls, yielded := 0, 0
	source := func(yield func(*docanalysisv1.AnalyzeDocumentsRequest) bool) {
		for _, r := range docs(100) {
			yielded++
			if !yield(r) {
				return
			}
		}
	}
	err := c.AnalyzeAll(testContext(t), source, 2, func(*docanalysisv1.AnalyzeDocumentsResponse) error {
		calls++
		return errStop
	})
	if !errors.Is(err, errStop) {
		t.Fatalf("AnalyzeAll = %v; want %v", err, errStop)
	}
	if calls != 1 {
		t.Errorf("handle called %d times; want 1 (none after it failed)", calls)
	}
	if yielded > 4 {
		t.Errorf("source yielded %d documents; want it stopped soon after the failure", yielded)
	}
	select {
	case err := <-serverDone:
		if got := status.Code(err); got != codes.Canceled {
			t.Errorf("server stream ended with %v; want %v", err, codes.Canceled)
		}
	case <-time.After(defaultTestTimeout):
		t.Fatal("server stream still running; want it cancelled")
	}
}

func TestAnalyzeAllContextCancel(t *testing.T) {
	received := make(chan struct{}, 100)
	fake := &fakeServer{stream: func(s grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]) error {
		// Read but never answer.
		for {
			if _, err := s.Recv(); err != nil {
				return err
			}
			received <- struct{}{}
		}
	}}
	c := newTestClient(t, fake, nil, client.WithInsecure())

	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(testContext(t))
		go func() {
			<-received
			cancel()
		}()
		handle, _ := collect()
		err := c.AnalyzeAll(ctx, slices.Values(docs(5)), 3, handle)
		if got := status.Code(err); got != codes.Canceled {
			t.Errorf("AnalyzeAll after cancel = %v; want code %v", err, codes.Canceled)
		}
	})
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
		defer cancel()
		handle, _ := collect()
		err := c.AnalyzeAll(ctx, slices.Values(docs(5)), 3, handle)
		if got := status.Code(err); got != codes.DeadlineExceeded {
			t.Errorf("AnalyzeAll past deadline = %v; want code %v", err, codes.DeadlineExceeded)
		}
	})
}

func TestAnalyzeAllStreamFailures(t *testing.T) {
	type stream = grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]
	tests := []struct {
		name     string
		stream   func(stream) error
		wantCode codes.Code
		wantMsg  string
	}{
		{"call refused", func(stream) error {
			return status.Error(codes.Unauthenticated, "no key")
		}, codes.Unauthenticated, "no key"},
		{"fails mid-stream", func(s stream) error {
			req, _ := s.Recv()
			s.Send(answer(0, req))
			return status.Error(codes.ResourceExhausted, "slow down")
		}, codes.ResourceExhausted, "slow down"},
		{"ends with documents unanswered", func(s stream) error {
			s.Recv()
			return nil
		}, codes.Internal, "unanswered"},
		{"answers a position twice", answersPositionTwice, codes.Internal, "not awaiting"},
		{"answers a position never sent", answersPositionNeverSent, codes.Internal, "not awaiting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestClient(t, &fakeServer{stream: tt.stream}, nil, client.WithInsecure())
			handle, _ := collect()
			err := c.AnalyzeAll(testContext(t), slices.Values(docs(3)), 2, handle)
			if got := status.Code(err); got != tt.wantCode || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("AnalyzeAll = %v; want code %v mentioning %q", err, tt.wantCode, tt.wantMsg)
			}
		})
	}
}

// selfSignedCert returns a certificate for testServerName and a pool
// trusting it.
func selfSignedCert(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: testServerName},
		DNSNames:     []string{testServerName},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}
