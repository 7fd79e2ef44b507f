package server

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// Overload is shed, not absorbed. Analyses are CPU-bound, so running more
// of them at once than there are cores only makes each one slower and
// holds more documents in memory; the server runs at most
// Config.MaxConcurrent at once and lets at most Config.MaxQueue more wait
// for a slot. Work that finds the queue full is refused at once with
// RESOURCE_EXHAUSTED and a RetryInfo delay estimated from recent service
// times, so that a client backs off instead of piling on, and a queued call
// waits only as long as its own deadline allows. Unary calls and stream
// documents share the slots and the queue: a flood of one kind cannot
// starve the other.
//
// A slot is a token in a buffered channel. Blocked senders on a Go channel
// are woken in order, and a freed slot is handed to the longest waiter
// before a newcomer can take it, so the queue is first come, first served.

// Bounds on the retry delay an overloaded server suggests: never so short
// that clients spin, never so long that a brief burst turns them away for
// minutes.
const (
	minOverloadRetry = 10 * time.Millisecond
	maxOverloadRetry = 30 * time.Second
)

// initialServiceTime is the service-time estimate before any analysis has
// finished: a news article takes a few milliseconds on one core.
const initialServiceTime = 20 * time.Millisecond

// streamRetryDelay is the delay suggested to a client refused a new stream.
// An open stream holds its place until its client closes it, which the
// server cannot predict, so this is a starting point for backing off.
const streamRetryDelay = time.Second

// admission bounds concurrent analyses and the queue waiting for them.
type admission struct {
	slots    chan struct{} // one token per running analysis
	maxQueue int64         // most callers waiting for a slot
	waiting  atomic.Int64  // callers waiting now
	// serviceNanos is a moving average of how long an analysis holds its
	// slot, for the retry delay.
	serviceNanos atomic.Int64
	now          func() time.Time
	// shed, when set, is told of each refusal (for the metrics).
	shed func(reason string)
}

func newAdmission(maxConcurrent, maxQueue int) *admission {
	a := &admission{slots: make(chan struct{}, maxConcurrent), maxQueue: int64(maxQueue), now: time.Now}
	a.serviceNanos.Store(int64(initialServiceTime))
	return a
}

// acquire takes a slot for one analysis, waiting in the queue if every
// slot is busy. It returns the function that gives the slot back, or
// RESOURCE_EXHAUSTED (with RetryInfo) when the queue is full, or ctx's
// error when the caller's deadline passes or it goes away while queued.
func (a *admission) acquire(ctx context.Context) (release func(), err error) {
	select {
	case a.slots <- struct{}{}:
		return a.releaser(), nil
	default:
	}
	if n := a.waiting.Add(1); n > a.maxQueue {
		a.waiting.Add(-1)
		if a.shed != nil {
			a.shed(shedQueueFull)
		}
		return nil, a.overloaded(n)
	}
	defer a.waiting.Add(-1)
	select {
	case a.slots <- struct{}{}:
		return a.releaser(), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// releaser returns the function that frees the slot just taken and folds
// how long it was held into the service-time average.
func (a *admission) releaser() func() {
	start := a.now()
	return func() {
		a.observe(a.now().Sub(start))
		<-a.slots
	}
}

// observe updates the moving average with weight 1/8, the weight TCP uses
// for its round-trip estimate: recent enough to follow a change in load,
// smooth enough that one huge document does not swing it.
func (a *admission) observe(d time.Duration) {
	for {
		old := a.serviceNanos.Load()
		next := old + (int64(d)-old)/8
		if a.serviceNanos.CompareAndSwap(old, next) {
			return
		}
	}
}

// retryDelay estimates how long until a caller arriving now would get a
// slot: the queue ahead of it, run cap at a time, at the average service
// time.
func (a *admission) retryDelay(queued int64) time.Duration {
	per := time.Duration(a.serviceNanos.Load())
	rounds := (queued + int64(cap(a.slots))) / int64(cap(a.slots))
	d := time.Duration(rounds) * per
	d = min(max(d, minOverloadRetry), maxOverloadRetry)
	return (d + time.Millisecond - 1).Truncate(time.Millisecond)
}

// overloaded is the status for work refused because the queue is full.
func (a *admission) overloaded(queued int64) error {
	wait := a.retryDelay(queued)
	return retryStatus(fmt.Sprintf(
		"docanalysis: server at capacity (%d analyses running, %d waiting); retry in %v",
		cap(a.slots), a.maxQueue, wait), wait)
}

// streamGate counts open AnalyzeDocuments streams across all connections.
// grpc.MaxConcurrentStreams bounds streams per connection only, and makes
// the excess wait rather than refusing it.
type streamGate struct {
	max  int64
	open atomic.Int64
	// shed, when set, is told of each refusal (for the metrics).
	shed func(reason string)
}

// enter admits one more stream, or returns RESOURCE_EXHAUSTED with a
// RetryInfo delay when max are already open. A nil error must be paired
// with a call to leave.
func (g *streamGate) enter() error {
	if g.open.Add(1) > g.max {
		g.open.Add(-1)
		if g.shed != nil {
			g.shed(shedStreams)
		}
		return retryStatus(fmt.Sprintf(
			"docanalysis: too many streams open (the limit is %d across all clients); retry in %v, or send on a stream you already have",
			g.max, streamRetryDelay), streamRetryDelay)
	}
	return nil
}

func (g *streamGate) leave() { g.open.Add(-1) }

// retryStatus is RESOURCE_EXHAUSTED with msg and a RetryInfo detail, or
// the bare status if the detail cannot be attached.
func retryStatus(msg string, wait time.Duration) error {
	st := status.New(codes.ResourceExhausted, msg)
	if ds, err := st.WithDetails(&errdetails.RetryInfo{RetryDelay: durationpb.New(wait)}); err == nil {
		return ds.Err()
	}
	return st.Err()
}
