package server

import (
	"context"
	"fmt"
	"math"
	"net"
	"sync"
	"sync/atomic"
	"time"

	middleware "github.com/grpc-ecosystem/go-grpc-middleware/v2"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// The rate limit is a token bucket per caller: per API key id when auth is
// on, per client host when it is off. A unary call takes one token, and so
// does each document on an AnalyzeDocuments stream: the stream interceptor
// takes a token when the stream opens and the handler asks Allow before
// each document, the first of which is covered by the opening token. So a
// stream of n documents costs max(1, n) tokens, like n unary calls, and a
// caller out of tokens cannot open streams.
//
// The middleware's ratelimit interceptor is not used: it formats the
// limiter's error into a new status message, which drops the RetryInfo
// detail that tells clients when to come back.

// defaultMaxBuckets bounds the limiter's memory whatever the number of
// callers. With auth on there is a bucket per key; with it off the server
// listens on loopback only, so the bound matters only against the
// unexpected.
const defaultMaxBuckets = 1 << 16

// limiter is a set of token buckets, one per caller. A nil *limiter allows
// everything, so callers need not check whether a limit is configured.
type limiter struct {
	rate       float64       // tokens added per second
	burst      float64       // bucket capacity
	idleAfter  time.Duration // a bucket untouched this long is full again
	maxBuckets int           // most buckets kept at once
	now        func() time.Time
	// shed, when set, is told of each refusal (for the metrics).
	shed func(reason string)

	mu        sync.Mutex
	buckets   map[string]*bucket
	nextSweep time.Time
}

type bucket struct {
	tokens float64
	last   time.Time // when tokens was last brought up to date
}

// newLimiter returns a limiter allowing rate calls per second with bursts
// of burst calls, or nil (no limit) when rate is 0, negative or infinite.
// A burst of 0 means max(1, rate), as Config.RateBurst documents.
func newLimiter(rate float64, burst int) *limiter {
	if !(rate > 0) || math.IsInf(rate, 1) {
		return nil
	}
	if burst <= 0 {
		burst = int(max(1, min(rate, math.MaxInt32)))
	}
	l := &limiter{
		rate:       rate,
		burst:      float64(burst),
		maxBuckets: defaultMaxBuckets,
		now:        time.Now,
		buckets:    make(map[string]*bucket),
	}
	// An idle bucket that has refilled is the same as a new one, so it can
	// be dropped without giving anyone extra tokens.
	l.idleAfter = seconds(l.burst / rate)
	return l
}

// seconds converts s seconds to a Duration, saturating instead of
// overflowing when a tiny rate makes s huge.
func seconds(s float64) time.Duration {
	const limit = math.MaxInt64 / 2 // leaves room for rounding up
	if s >= float64(limit)/float64(time.Second) {
		return limit
	}
	return time.Duration(s * float64(time.Second))
}

type callCreditKey struct{}

// Allow takes one token from the bucket of the caller in ctx, or returns
// RESOURCE_EXHAUSTED with a RetryInfo detail saying how long until a token
// is available. The AnalyzeDocuments and AnalyzeDocumentBatch handlers
// call it before each document; on a context from withCallCredit the first
// call is covered by the token the interceptor took for the whole call.
func (l *limiter) Allow(ctx context.Context) error {
	if l == nil {
		return nil
	}
	if credit, ok := ctx.Value(callCreditKey{}).(*atomic.Bool); ok && credit.CompareAndSwap(true, false) {
		return nil
	}
	wait, ok := l.take(callerKey(ctx))
	if ok {
		return nil
	}
	if l.shed != nil {
		l.shed(shedRateLimited)
	}
	return l.exhausted(wait)
}

// take takes a token for key, or says how long until one is available.
func (l *limiter) take(key string) (time.Duration, bool) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.maxBuckets {
			// Still full after the sweep: drop any one bucket. Its caller
			// gets a fresh burst, which beats refusing everyone new.
			for k := range l.buckets {
				delete(l.buckets, k)
				break
			}
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	if elapsed := now.Sub(b.last); elapsed > 0 {
		b.tokens = min(l.burst, b.tokens+elapsed.Seconds()*l.rate)
		b.last = now
	}
	if b.tokens >= 1 {
		b.tokens--
		return 0, true
	}
	return seconds((1 - b.tokens) / l.rate), false
}

// sweep drops the buckets idle long enough to have refilled. It walks the
// map at most once per idle period (and at most once a minute), so its
// cost spreads thinly over the calls. l.mu must be held.
func (l *limiter) sweep(now time.Time) {
	if now.Before(l.nextSweep) {
		return
	}
	for k, b := range l.buckets {
		if now.Sub(b.last) >= l.idleAfter {
			delete(l.buckets, k)
		}
	}
	l.nextSweep = now.Add(max(l.idleAfter, time.Minute))
}

// exhausted builds the status for a caller that must wait. The delay is
// rounded up to the millisecond so that a client retrying after it finds a
// token.
func (l *limiter) exhausted(wait time.Duration) error {
	wait = (wait + time.Millisecond - 1).Truncate(time.Millisecond)
	st := status.New(codes.ResourceExhausted, fmt.Sprintf(
		"docanalysis: rate limit exceeded (%g calls per second, bursts of %g; each streamed document counts as a call); retry in %v",
		l.rate, l.burst, wait))
	if ds, err := st.WithDetails(&errdetails.RetryInfo{RetryDelay: durationpb.New(wait)}); err == nil {
		return ds.Err()
	}
	return st.Err()
}

// callerKey names the bucket of the caller in ctx: its key id after auth,
// otherwise its host. The port is left out because a client could open a
// new connection, on a new port, for every call.
func callerKey(ctx context.Context) string {
	if id, ok := keyIDFromContext(ctx); ok {
		return "key " + id
	}
	if p, ok := peer.FromContext(ctx); ok && p.Addr != nil {
		addr := p.Addr.String()
		if host, _, err := net.SplitHostPort(addr); err == nil {
			addr = host
		}
		return "peer " + addr
	}
	return "peer unknown"
}

// unaryRateLimit takes a token for each unary call.
func unaryRateLimit(l *limiter) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if err := l.Allow(ctx); err != nil {
			return nil, err
		}
		return handler(ctx, req)
	}
}

// streamRateLimit takes a token when a stream opens and leaves the
// stream's context holding it as a credit for the first document's Allow.
func streamRateLimit(l *limiter) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		ctx := ss.Context()
		if err := l.Allow(ctx); err != nil {
			return err
		}
		return handler(srv, &middleware.WrappedServerStream{ServerStream: ss, WrappedContext: withCallCredit(ctx)})
	}
}

// withCallCredit returns ctx holding the token its call already took, as a
// credit for the first document's Allow: a stream or batch of n documents
// then costs max(1, n) tokens.
func withCallCredit(ctx context.Context) context.Context {
	credit := new(atomic.Bool)
	credit.Store(true)
	return context.WithValue(ctx, callCreditKey{}, credit)
}
