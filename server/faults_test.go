package server

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// waitGoroutines waits, bounded, for the number of goroutines to fall to
// at most want, and fails the test with a dump if it does not.
func waitGoroutines(t *testing.T, want int) {
	t.Helper()
	deadline := time.Now().Add(defaultTestTimeout)
	for {
		n := runtime.NumGoroutine()
		if n <= want {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("%d goroutines %v after the client went away; want at most the baseline %d:\n%s", n, defaultTestTimeout, want, buf)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestStreamClientGoneStopsWork: a client that cancels its stream, or
// drops its connection, in the middle of a stream with documents running
// and waiting stops the server's work: the analyses see their context end
// and the server's goroutines return to what they were before the stream.
func TestStreamClientGoneStopsWork(t *testing.T) {
	for _, how := range []string{"cancel", "disconnect"} {
		t.Run(how, func(t *testing.T) {
			ts, blk := newBlockingServer(t, Config{StreamInFlight: 2, MaxConcurrent: 2})
			// The stream goes over a second connection, warmed up first so
			// that its own goroutines are in the baseline: only what the
			// stream starts must go away.
			conn, client := newClientConnCloser(t, ts)
			for _, c := range []pb.DocumentAnalysisServiceClient{ts.client, client} {
				if _, err := c.GetServiceInfo(testContext(t), &pb.GetServiceInfoRequest{}); err != nil {
					t.Fatal(err)
				}
			}
			baseline := runtime.NumGoroutine()
			ctx, cancel := context.WithCancel(testContext(t))
			defer cancel()
			stream, err := client.AnalyzeDocuments(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 6 {
				if err := stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint(i), Text: article}}); err != nil {
					t.Fatal(err)
				}
			}
			waitStarted(t, blk, 2)
			if how == "cancel" {
				cancel()
			} else {
				conn.Close()
			}
			// blk.release is never closed: the analyses end only because
			// their context does. The handler's log line says it returned;
			// then no slot is held, nothing queued, and every goroutine the
			// stream started is gone.
			deadline := time.Now().Add(defaultTestTimeout)
			for !strings.Contains(ts.logs.String(), "AnalyzeDocuments") ||
				len(ts.svc.admit.slots) != 0 || ts.svc.admit.waiting.Load() != 0 {
				if time.Now().After(deadline) {
					t.Fatalf("after the client went away: handler logged %v, %d slots held, %d queued; want true, 0, 0",
						strings.Contains(ts.logs.String(), "AnalyzeDocuments"), len(ts.svc.admit.slots), ts.svc.admit.waiting.Load())
				}
				time.Sleep(10 * time.Millisecond)
			}
			waitGoroutines(t, baseline)
		})
	}
}

// recordingEngine passes calls to the real engine and keeps what it
// returned, so a test can see whether an analysis ran to the end.
type recordingEngine struct {
	engine
	entered atomic.Int32 // calls that reached the engine
	mu      sync.Mutex
	errs    []error
	took    []time.Duration
	expired []bool // whether the call's context had ended when it returned
}

func (r *recordingEngine) Analyze(ctx context.Context, doc *analysis.Document, opts *analysis.Options) (*analysis.Result, error) {
	r.entered.Add(1)
	start := time.Now()
	res, err := r.engine.Analyze(ctx, doc, opts)
	r.mu.Lock()
	r.errs = append(r.errs, err)
	r.took = append(r.took, time.Since(start))
	r.expired = append(r.expired, ctx.Err() != nil)
	r.mu.Unlock()
	return res, err
}

func (r *recordingEngine) last() (err error, took time.Duration, expired, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.errs) == 0 {
		return nil, 0, false, false
	}
	n := len(r.errs) - 1
	return r.errs[n], r.took[n], r.expired[n], true
}

// minDeadline is the shortest deadline TestDeadlineStopsAnalysis sets: time
// for 1 MiB to cross bufconn on a loaded machine.
const minDeadline = 100 * time.Millisecond

// TestDeadlineStopsAnalysis: with the real engine on a 1 MiB document, a
// deadline that expires mid-analysis gives the client DEADLINE_EXCEEDED,
// and the engine itself gives up with the context's error instead of
// finishing the analysis nobody will read. The server's context may end as
// Canceled rather than DeadlineExceeded: the client's own timer fires first
// and resets the stream before the server's copy of the deadline passes.
func TestDeadlineStopsAnalysis(t *testing.T) {
	var rec *recordingEngine
	ts := newTestServer(t, Config{}, func(s *Server) {
		rec = &recordingEngine{engine: s.svc.eng}
		s.svc.eng = rec
	})
	text := strings.Repeat(article+"\n\n", analysis.DefaultMaxTextBytes/(len(article)+2))
	// The deadline must fall inside the analysis: long enough for 1 MiB
	// to cross bufconn on a loaded machine, and well before the analysis
	// would end, which depends on the machine. So the analysis is timed
	// first, in process, twice, and the deadline set at half of the
	// quicker: a first run slowed by warming up or by a busy moment once
	// set a deadline the real call then beat.
	full := time.Duration(math.MaxInt64)
	for range 2 {
		t0 := time.Now()
		if _, err := rec.engine.Analyze(context.Background(), &analysis.Document{Text: text}, nil); err != nil {
			t.Fatal(err)
		}
		full = min(full, time.Since(t0))
	}
	deadline := full / 2
	if deadline < minDeadline {
		t.Skipf("the analysis of %d bytes took %v: too quick to put a deadline %v or more inside it", len(text), full, minDeadline)
	}
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	start := time.Now()
	_, err := ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: text}})
	if err == nil {
		// The timed runs were slowed by other work (go test runs
		// packages side by side) and this one was not: it beat the
		// deadline, and no analysis outlived one.
		if engErr, took, expired, ok := rec.last(); ok && engErr == nil && !expired {
			t.Skipf("the analysis took %v this time, inside its %v deadline (timed at %v before); nothing to check", took, deadline, full)
		}
	}
	if status.Code(err) != codes.DeadlineExceeded {
		t.Fatalf("AnalyzeDocument of %d bytes with a %v deadline (the analysis takes %v) = %v; want DeadlineExceeded", len(text), deadline, full, err)
	}
	t.Logf("client saw %v after %v", status.Code(err), time.Since(start))
	if rec.entered.Load() == 0 {
		// The deadline passed before the request reached the engine (a
		// very loaded machine): the transport cancelled it, and there is
		// no analysis whose stopping could be checked.
		time.Sleep(defaultTestShortTimeout)
		if rec.entered.Load() == 0 {
			t.Skip("the request never reached the engine before its deadline; nothing to check")
		}
	}
	var engErr error
	var took time.Duration
	var expired bool
	waitFor(t, func() bool {
		var ok bool
		engErr, took, expired, ok = rec.last()
		return ok
	})
	if engErr == nil && !expired {
		// The engine finished inside its deadline and the answer was
		// late on the way back (a busy moment made this run quicker
		// than the two timed ones): no analysis outlived its deadline.
		t.Skipf("the engine finished in %v, before its deadline; the response missed it on the way back", took)
	}
	if !errors.Is(engErr, context.DeadlineExceeded) && !errors.Is(engErr, context.Canceled) {
		t.Errorf("the engine returned %v; want it to stop with the context's error", engErr)
	}
	t.Logf("the engine stopped after %v with %v", took, engErr)
}
