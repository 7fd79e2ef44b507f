package server

import (
	"context"
	"errors"
	"io"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// retryDelayOf returns the RetryInfo delay in st's details, or -1.
func retryDelayOf(st *status.Status) time.Duration {
	for _, d := range st.Details() {
		if r, ok := d.(*errdetails.RetryInfo); ok {
			return r.GetRetryDelay().AsDuration()
		}
	}
	return -1
}

// wantOverloaded checks st is RESOURCE_EXHAUSTED with a positive retry
// delay.
func wantOverloaded(t *testing.T, what string, st *status.Status) {
	t.Helper()
	if st.Code() != codes.ResourceExhausted {
		t.Fatalf("%s = %v (%q); want ResourceExhausted", what, st.Code(), st.Message())
	}
	if d := retryDelayOf(st); d <= 0 {
		t.Errorf("%s: details %v; want a RetryInfo with a positive delay", what, st.Details())
	}
}

func newBlockingServer(t *testing.T, cfg Config) (*testServer, *blockingEngine) {
	t.Helper()
	var blk *blockingEngine
	ts := newTestServer(t, cfg, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 64), release: make(chan struct{})}
		s.svc.eng = blk
	})
	return ts, blk
}

func waitStarted(t *testing.T, blk *blockingEngine, n int) {
	t.Helper()
	for i := range n {
		select {
		case <-blk.started:
		case <-time.After(defaultTestTimeout):
			t.Fatalf("%d of %d analyses started", i, n)
		}
	}
}

func wantNoStart(t *testing.T, blk *blockingEngine) {
	t.Helper()
	select {
	case <-blk.started:
		t.Fatal("an analysis started beyond the concurrency cap")
	case <-time.After(defaultTestShortTimeout):
	}
}

// TestOverloadShed fills the analysis slots and the queue, then checks that
// the excess, unary and streamed alike, is refused at once with a retry
// delay, and that the accepted work still completes.
func TestOverloadShed(t *testing.T) {
	const slots, queue = 2, 2
	ts, blk := newBlockingServer(t, Config{MaxConcurrent: slots, MaxQueue: queue})
	ctx := testContext(t)
	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}}

	accepted := make(chan error, slots+queue)
	for range slots + queue {
		go func() {
			_, err := ts.client.AnalyzeDocument(ctx, req)
			accepted <- err
		}()
	}
	waitStarted(t, blk, slots)
	waitFor(t, func() bool { return ts.svc.admit.waiting.Load() == queue })
	wantNoStart(t, blk)

	// The queue is full: the next call is refused at once, not queued.
	start := time.Now()
	_, err := ts.client.AnalyzeDocument(ctx, req)
	wantOverloaded(t, "unary call over the queue", status.Convert(err))
	t.Logf("refused in %v with %q, retry in %v", time.Since(start), status.Convert(err).Message(), retryDelayOf(status.Convert(err)))

	// So is a stream document, as that document's own answer; the stream
	// goes on.
	stream, err := ts.client.AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "over", Text: article}}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatalf("stream Recv = %v; want the document's answer", err)
	}
	e := resp.GetError()
	if e == nil {
		t.Fatalf("stream document over the queue = %v; want an error", resp)
	}
	wantOverloaded(t, "stream document over the queue", status.FromProto(statusFromPB(e)))

	// A request that can never succeed is told so, not told to retry.
	_, err = ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: ""}})
	wantViolation(t, err, "document.text", "empty")

	// The accepted work completes, the queued calls included, and the
	// stream's next document is analysed.
	close(blk.release)
	for range slots + queue {
		if err := <-accepted; err != nil {
			t.Errorf("accepted call = %v; want an analysis", err)
		}
	}
	if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "after", Text: article}}); err != nil {
		t.Fatal(err)
	}
	stream.CloseSend()
	got, err := collect(t, stream)
	if err != nil || len(got) != 1 || got[1].GetAnalysis() == nil {
		t.Errorf("stream after the overload: %v, %v; want document 1 analysed", got, err)
	}
}

// statusFromPB converts a per-document Status to google.rpc.Status.
func statusFromPB(e *pb.Status) *spb.Status {
	return &spb.Status{Code: e.GetCode(), Message: e.GetMessage(), Details: e.GetDetails()}
}

// TestQueuedCallMeetsDeadline: a call waiting in the queue gives up when
// its deadline passes, with DEADLINE_EXCEEDED, and is never analysed.
func TestQueuedCallMeetsDeadline(t *testing.T) {
	ts, blk := newBlockingServer(t, Config{MaxConcurrent: 1, MaxQueue: 1})
	ctx := testContext(t)
	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}}
	first := make(chan error, 1)
	go func() {
		_, err := ts.client.AnalyzeDocument(ctx, req)
		first <- err
	}()
	waitStarted(t, blk, 1)

	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	_, err := ts.client.AnalyzeDocument(short, req)
	if status.Code(err) != codes.DeadlineExceeded {
		t.Fatalf("queued call past its deadline = %v; want DeadlineExceeded", err)
	}
	wantNoStart(t, blk)
	// Its queue place is free again.
	waitFor(t, func() bool { return ts.svc.admit.waiting.Load() == 0 })
	close(blk.release)
	if err := <-first; err != nil {
		t.Errorf("the running call = %v; want an analysis", err)
	}
}

// TestNoQueue: MaxQueue -1 refuses whatever finds every slot busy.
func TestNoQueue(t *testing.T) {
	ts, blk := newBlockingServer(t, Config{MaxConcurrent: 1, MaxQueue: -1})
	ctx := testContext(t)
	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}}
	first := make(chan error, 1)
	go func() {
		_, err := ts.client.AnalyzeDocument(ctx, req)
		first <- err
	}()
	waitStarted(t, blk, 1)
	_, err := ts.client.AnalyzeDocument(ctx, req)
	wantOverloaded(t, "call with every slot busy and no queue", status.Convert(err))
	close(blk.release)
	if err := <-first; err != nil {
		t.Errorf("the running call = %v", err)
	}
}

// TestMaxStreams: streams over the server-wide cap are refused before any
// document is read; closing one makes room.
func TestMaxStreams(t *testing.T) {
	ts := newTestServer(t, Config{MaxStreams: 1}, nil)
	ctx := testContext(t)
	doc := &pb.AnalyzeDocumentsRequest{Document: &pb.Document{Text: "Norway rejected the offer."}}

	first, err := ts.client.AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// An answer proves the first stream's handler is running and counted.
	if err := first.Send(doc); err != nil {
		t.Fatal(err)
	}
	if _, err := first.Recv(); err != nil {
		t.Fatalf("first stream Recv = %v", err)
	}

	// A second connection, to show the cap is not per connection.
	other := newClientConn(t, ts)
	second, err := other.AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second.Send(doc)
	_, err = second.Recv()
	wantOverloaded(t, "a stream over the cap", status.Convert(err))

	first.CloseSend()
	if _, err := first.Recv(); !errors.Is(err, io.EOF) {
		t.Fatalf("first stream end = %v; want EOF", err)
	}
	third, err := other.AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	third.Send(doc)
	third.CloseSend()
	got, err := collect(t, third)
	if err != nil || len(got) != 1 || got[0].GetAnalysis() == nil {
		t.Errorf("a stream after one closed: %v, %v; want one analysis", got, err)
	}
}

// TestOverloadLimitsReported: GetServiceInfo tells clients the caps.
func TestOverloadLimitsReported(t *testing.T) {
	ts := newTestServer(t, Config{MaxConcurrent: 3, MaxStreams: 7}, nil)
	info, err := ts.client.GetServiceInfo(testContext(t), &pb.GetServiceInfoRequest{})
	if err != nil {
		t.Fatal(err)
	}
	l := info.GetLimits()
	if l.GetMaxConcurrentAnalyses() != 3 || l.GetMaxQueuedAnalyses() != 3*defaultQueueFactor || l.GetMaxStreams() != 7 {
		t.Errorf("limits = %v; want 3 concurrent, %d queued, 7 streams", l, 3*defaultQueueFactor)
	}
}

// TestRetryDelayEstimate: the suggested delay follows the service time and
// the length of the queue ahead, within its bounds.
func TestRetryDelayEstimate(t *testing.T) {
	a := newAdmission(2, 8)
	for range 100 {
		a.observe(100 * time.Millisecond)
	}
	if d := a.retryDelay(9); d < 400*time.Millisecond || d > 600*time.Millisecond {
		t.Errorf("retryDelay(9) after 100ms analyses on 2 slots = %v; want about 500ms", d)
	}
	if d := a.retryDelay(1); d >= a.retryDelay(9) {
		t.Errorf("retryDelay(1) = %v; want less than for a longer queue", d)
	}
	for range 100 {
		a.observe(0)
	}
	if d := a.retryDelay(1); d != minOverloadRetry {
		t.Errorf("retryDelay after instant analyses = %v; want the floor %v", d, minOverloadRetry)
	}
	for range 100 {
		a.observe(time.Hour)
	}
	if d := a.retryDelay(100); d != maxOverloadRetry {
		t.Errorf("retryDelay after hour-long analyses = %v; want the ceiling %v", d, maxOverloadRetry)
	}
}

// TestAdmissionConcurrent hammers acquire and release from many goroutines
// (for the race detector) and checks the cap is never exceeded.
func TestAdmissionConcurrent(t *testing.T) {
	const slots = 3
	a := newAdmission(slots, 1000)
	var mu sync.Mutex
	running, peak := 0, 0
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			release, err := a.acquire(context.Background())
			if err != nil {
				t.Errorf("acquire %d = %v", i, err)
				return
			}
			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()
			time.Sleep(time.Duration(i%3) * time.Millisecond)
			mu.Lock()
			running--
			mu.Unlock()
			release()
		})
	}
	wg.Wait()
	if peak > slots {
		t.Errorf("%d analyses ran at once; the cap is %d", peak, slots)
	}
	if n := a.waiting.Load(); n != 0 {
		t.Errorf("%d still waiting after all finished", n)
	}
}
