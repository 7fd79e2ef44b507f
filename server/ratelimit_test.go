package server

import (
	"context"
	"fmt"
	"math"
	"net"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// fakeClock is a limiter clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// newTestLimiter returns a limiter on a fake clock.
func newTestLimiter(t *testing.T, rate float64, burst int) (*limiter, *fakeClock) {
	t.Helper()
	l := newLimiter(rate, burst)
	if l == nil {
		t.Fatalf("newLimiter(%v, %d) = nil; want a limiter", rate, burst)
	}
	clock := &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	l.now = clock.now
	return l, clock
}

// keyContext is a call context authenticated as key id.
func keyContext(t *testing.T, id string) context.Context {
	return context.WithValue(callContext(t, methodAnalyze, nil), keyIDKey{}, id)
}

func TestNewLimiter(t *testing.T) {
	tests := []struct {
		rate      float64
		burst     int
		wantOff   bool
		wantBurst float64
	}{
		{rate: 0, wantOff: true},
		{rate: -1, burst: 5, wantOff: true},
		{rate: math.Inf(1), wantOff: true},
		{rate: math.NaN(), wantOff: true},
		{rate: 10, burst: 0, wantBurst: 10},
		{rate: 0.5, burst: 0, wantBurst: 1},
		{rate: 2.7, burst: 0, wantBurst: 2},
		{rate: 10, burst: 3, wantBurst: 3},
		{rate: 1e-12, burst: 1, wantBurst: 1}, // refill time overflows a Duration
	}
	for _, tt := range tests {
		l := newLimiter(tt.rate, tt.burst)
		if tt.wantOff {
			if l != nil {
				t.Errorf("newLimiter(%v, %d) = %+v; want nil (off)", tt.rate, tt.burst, l)
			}
			continue
		}
		if l == nil || l.burst != tt.wantBurst || l.idleAfter <= 0 {
			t.Errorf("newLimiter(%v, %d) = %+v; want burst %v and a positive idle time", tt.rate, tt.burst, l, tt.wantBurst)
		}
	}
	var off *limiter
	if err := off.Allow(context.Background()); err != nil {
		t.Errorf("nil limiter Allow = %v; want nil", err)
	}
}

func TestLimiterBurstThenRetryInfo(t *testing.T) {
	l, clock := newTestLimiter(t, 2, 3) // 2 calls/s, bursts of 3
	interceptor := unaryRateLimit(l)
	ctx := keyContext(t, "alice")
	call := func() error {
		_, err := interceptor(ctx, &pb.GetServiceInfoRequest{}, unaryInfo(methodInfo), okHandler)
		return err
	}
	for i := range 3 {
		if err := call(); err != nil {
			t.Fatalf("call %d within the burst = %v; want nil", i+1, err)
		}
	}
	err := call()
	if status.Code(err) != codes.ResourceExhausted {
		t.Fatalf("call over the burst = %v; want ResourceExhausted", err)
	}
	d, ok := retryDelay(err)
	if !ok || d != 500*time.Millisecond {
		t.Errorf("RetryInfo delay = %v, %v; want 500ms (one token at 2/s)", d, ok)
	}
	if msg := status.Convert(err).Message(); !strings.Contains(msg, "retry in 500ms") || !strings.Contains(msg, "2 calls per second") {
		t.Errorf("message %q; want the rate and the delay", msg)
	}

	// Part way to a token the delay shrinks, rounded up to the millisecond.
	clock.advance(200*time.Millisecond + 300*time.Microsecond)
	if d, _ := retryDelay(call()); d != 300*time.Millisecond {
		t.Errorf("RetryInfo delay after 200.3ms = %v; want 300ms", d)
	}
	clock.advance(300 * time.Millisecond)
	if err := call(); err != nil {
		t.Errorf("call after the advertised delay = %v; want nil", err)
	}
	if err := call(); status.Code(err) != codes.ResourceExhausted {
		t.Errorf("second call after one token = %v; want ResourceExhausted", err)
	}
	// Refilling stops at the burst.
	clock.advance(time.Hour)
	for i := range 3 {
		if err := call(); err != nil {
			t.Fatalf("call %d after an idle hour = %v; want nil", i+1, err)
		}
	}
	if err := call(); status.Code(err) != codes.ResourceExhausted {
		t.Errorf("call 4 after an idle hour = %v; want ResourceExhausted", err)
	}
}

func TestLimiterCallers(t *testing.T) {
	l, _ := newTestLimiter(t, 1, 1)
	peerCtx := func(addr string) context.Context {
		host, port, _ := net.SplitHostPort(addr)
		var p int
		fmt.Sscan(port, &p)
		return peer.NewContext(context.Background(), &peer.Peer{Addr: &net.TCPAddr{IP: net.ParseIP(host), Port: p}})
	}
	steps := []struct {
		name string
		ctx  context.Context
		want codes.Code
	}{
		{"alice", keyContext(t, "alice"), codes.OK},
		{"alice again", keyContext(t, "alice"), codes.ResourceExhausted},
		{"bob has his own bucket", keyContext(t, "bob"), codes.OK},
		{"peer, no key", peerCtx("192.0.2.1:1000"), codes.OK},
		{"same host, new port", peerCtx("192.0.2.1:2000"), codes.ResourceExhausted},
		{"other host", peerCtx("[2001:db8::1]:1000"), codes.OK},
		{"no peer", context.Background(), codes.OK},
		{"no peer again", context.Background(), codes.ResourceExhausted},
	}
	for _, s := range steps {
		if got := status.Code(l.Allow(s.ctx)); got != s.want {
			t.Errorf("%s: Allow = %v; want %v", s.name, got, s.want)
		}
	}
}

// TestLimiterStream checks that a stream of n documents costs max(1, n)
// tokens: the opening token covers the first document.
func TestLimiterStream(t *testing.T) {
	l, _ := newTestLimiter(t, 1, 3)
	interceptor := streamRateLimit(l)
	ctx := keyContext(t, "batch")

	var perDoc []codes.Code
	handler := func(_ any, ss grpc.ServerStream) error {
		for range 4 {
			perDoc = append(perDoc, status.Code(l.Allow(ss.Context())))
		}
		return nil
	}
	if err := interceptor(nil, &chainTestStream{ctx: ctx}, streamInfo(methodStream), handler); err != nil {
		t.Fatalf("stream with tokens = %v; want nil", err)
	}
	want := []codes.Code{codes.OK, codes.OK, codes.OK, codes.ResourceExhausted}
	if fmt.Sprint(perDoc) != fmt.Sprint(want) {
		t.Errorf("per-document Allow = %v; want %v", perDoc, want)
	}
	// The bucket is empty: the next stream is refused when it opens.
	err := interceptor(nil, &chainTestStream{ctx: ctx}, streamInfo(methodStream), handler)
	if _, ok := retryDelay(err); status.Code(err) != codes.ResourceExhausted || !ok {
		t.Errorf("stream with no tokens = %v; want ResourceExhausted with RetryInfo", err)
	}
	// The credit belongs to the stream, not to unary calls sharing a parent.
	if err := l.Allow(ctx); status.Code(err) != codes.ResourceExhausted {
		t.Errorf("Allow outside the stream = %v; want ResourceExhausted", err)
	}
}

func TestLimiterEvictsIdleBuckets(t *testing.T) {
	l, clock := newTestLimiter(t, 10, 10) // refills in 1s
	for i := range 100 {
		l.Allow(keyContext(t, fmt.Sprint("key-", i)))
	}
	if got := len(l.buckets); got != 100 {
		t.Fatalf("%d buckets after 100 callers; want 100", got)
	}
	clock.advance(time.Minute) // past the sweep interval and the refill time
	l.Allow(keyContext(t, "late"))
	if got := len(l.buckets); got != 1 {
		t.Errorf("%d buckets after a minute idle; want 1", got)
	}
}

func TestLimiterBoundedMemory(t *testing.T) {
	l, _ := newTestLimiter(t, 1e-6, 1) // buckets never refill during the test
	l.maxBuckets = 100
	for i := range 1000 {
		if _, ok := l.take(fmt.Sprint("caller-", i)); !ok {
			t.Fatalf("new caller %d refused; want a fresh bucket", i)
		}
	}
	if got := len(l.buckets); got != l.maxBuckets {
		t.Errorf("%d buckets after 1000 callers; want %d", got, l.maxBuckets)
	}
}
