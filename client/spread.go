package client

import (
	"context"
	"errors"
	"io"
	"iter"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// AnalyzeSpread is AnalyzeAll for a target with several replicas behind
// it: it keeps streams AnalyzeDocuments streams open at once (values below
// 1 mean 1), each with at most maxInFlight documents unanswered, and
// survives losing replicas while it runs. Under the client's round_robin
// policy each new stream goes to the next healthy replica, so as many
// streams as replicas, or a small multiple, keeps every replica busy.
//
// A document is sent again, on another stream, when the server answers it
// with UNAVAILABLE (its replica is shutting down) or when its stream fails
// with UNAVAILABLE or ends before answering it (the replica died, the
// connection broke). A stream that ends that way is replaced by a new one,
// which round_robin places on a replica still serving. Each document is
// sent at most as many times as the client's retry budget ([WithRetry],
// [DefaultMaxAttempts]); a document whose last attempt was answered with
// UNAVAILABLE is handed to handle with that error, and one whose stream
// failed on the last attempt ends AnalyzeSpread with the stream's error.
// A stream that fails with any other code (UNAUTHENTICATED, say) ends
// AnalyzeSpread at once, as do ctx and an error from handle.
//
// handle sees each document once: with its analysis, or with the error the
// server answered for it (read it with [ResponseError]). A document sent
// again is one whose earlier attempt got no answer handle saw, so a nil
// return means every request of reqs was answered exactly once. The
// response's Index is rewritten to the request's position in reqs, from 0,
// as stream positions no longer say it. Responses arrive in no particular
// order.
//
// As with AnalyzeAll, reqs and handle run one at a time, never
// concurrently, so they may share state without locks; reqs is read only
// as streams have room, never buffered whole. AnalyzeSpread returns only
// after its goroutines have ended.
func (c *Client) AnalyzeSpread(ctx context.Context, reqs iter.Seq[*docanalysisv1.AnalyzeDocumentsRequest], streams, maxInFlight int, handle func(*docanalysisv1.AnalyzeDocumentsResponse) error, opts ...grpc.CallOption) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next, stop := iter.Pull(reqs)
	defer stop()

	sp := &spread{
		svc:         c.svc,
		opts:        opts,
		maxInFlight: max(maxInFlight, 1),
		maxAttempts: c.maxAttempts,
		jobs:        make(chan *spreadJob),
		events:      make(chan spreadEvent),
		finished:    make(chan struct{}),
	}
	var wg sync.WaitGroup
	for range max(streams, 1) {
		wg.Go(func() { sp.work(ctx) })
	}
	err := sp.coordinate(next, handle)
	if err == nil {
		// Every document is answered: the workers close their streams
		// and wait for the servers to end them, so that no server logs
		// a cancelled stream after a run that went well.
		close(sp.finished)
		close(sp.jobs)
		wg.Wait()
	}
	cancel()
	wg.Wait()
	return err
}

// spreadJob is one document of an AnalyzeSpread call.
type spreadJob struct {
	// index is the request's position in reqs, from 0.
	index int64
	req   *docanalysisv1.AnalyzeDocumentsRequest
	// attempts counts the times it was handed to a stream; only the
	// coordinator writes it, before handing the job over.
	attempts int
}

// spreadEvent is what a stream reports to the coordinator: a response for
// job, a job to send again (resp nil, lost says why), or a failure that
// ends the call (job nil).
type spreadEvent struct {
	job  *spreadJob
	resp *docanalysisv1.AnalyzeDocumentsResponse
	lost error
	err  error
}

// spread is the state AnalyzeSpread shares between its coordinator, on
// the caller's goroutine, and one worker per stream.
type spread struct {
	svc         docanalysisv1.DocumentAnalysisServiceClient
	opts        []grpc.CallOption
	maxInFlight int
	maxAttempts int

	// jobs carries documents from the coordinator to whichever stream has
	// room; closed once every document is answered.
	jobs chan *spreadJob
	// events carries what the streams report back, until finished.
	events chan spreadEvent
	// finished is closed with jobs: nobody reads events any more, and a
	// worker between streams has nothing left to do.
	finished chan struct{}
}

// coordinate hands documents to the streams, first those to send again,
// then new ones from next, and processes what the streams report, until
// every document is answered or something fails.
func (sp *spread) coordinate(next func() (*docanalysisv1.AnalyzeDocumentsRequest, bool), handle func(*docanalysisv1.AnalyzeDocumentsResponse) error) error {
	var (
		again       []*spreadJob // documents to send again, oldest first
		head        *spreadJob   // the document offered to the streams
		read        int64        // requests read from reqs
		outstanding int          // documents handed to streams and not settled
		exhausted   bool         // reqs has no more
	)
	for {
		if head == nil {
			if len(again) > 0 {
				head, again = again[0], again[1:]
			} else if !exhausted {
				if req, ok := next(); ok {
					head = &spreadJob{index: read, req: req}
					read++
				} else {
					exhausted = true
				}
			}
		}
		if head == nil && outstanding == 0 {
			return nil
		}
		var offer chan<- *spreadJob
		if head != nil {
			offer = sp.jobs
			// Counted before the send: once sent, the job belongs to a
			// stream until it reports back.
			head.attempts++
		}
		select {
		case offer <- head:
			head = nil
			outstanding++
		case ev := <-sp.events:
			if head != nil {
				head.attempts--
			}
			if ev.job == nil {
				return ev.err
			}
			outstanding--
			j := ev.job
			if ev.resp == nil {
				if j.attempts >= sp.maxAttempts {
					st := status.Convert(ev.lost)
					return status.Errorf(st.Code(), "client: document %d not answered after %d attempts: %s", j.index, j.attempts, st.Message())
				}
				again = append(again, j)
				continue
			}
			if isUnavailable(ev.resp) && j.attempts < sp.maxAttempts {
				again = append(again, j)
				continue
			}
			ev.resp.Index = j.index
			if err := handle(ev.resp); err != nil {
				return err
			}
		}
	}
}

// isUnavailable reports whether a response refuses its document with
// UNAVAILABLE, which the server does once it is shutting down.
func isUnavailable(resp *docanalysisv1.AnalyzeDocumentsResponse) bool {
	e, ok := resp.GetResult().(*docanalysisv1.AnalyzeDocumentsResponse_Error)
	return ok && codes.Code(e.Error.GetCode()) == codes.Unavailable
}

// Pauses before a worker opens another stream after one that answered
// nothing, doubling from the first to the last: they keep a worker from
// spinning while no replica is reachable, and stay short next to the time
// a replica takes to be replaced.
const (
	reopenFirstPause = 50 * time.Millisecond
	reopenMaxPause   = time.Second
)

// work runs one stream after another until the jobs are done or the call
// ends: a stream ended by a replica going away is replaced.
func (sp *spread) work(ctx context.Context) {
	pause := reopenFirstPause
	fruitless := 0
	for {
		select {
		case <-sp.finished:
			return
		default:
		}
		answered, done, err := sp.stream(ctx)
		if done || ctx.Err() != nil {
			return
		}
		if err != nil {
			sp.report(ctx, spreadEvent{err: err})
			return
		}
		if answered {
			fruitless, pause = 0, reopenFirstPause
			continue
		}
		// Streams that answer nothing, one after another, mean no replica
		// is taking them; the documents' own budgets do not run down while
		// no stream takes any, so the worker keeps its own.
		fruitless++
		if fruitless >= max(sp.maxAttempts, 2) {
			sp.report(ctx, spreadEvent{err: status.Errorf(codes.Unavailable, "client: %d streams in a row answered nothing; no replica is taking documents", fruitless)})
			return
		}
		select {
		case <-time.After(pause):
		case <-sp.finished:
			return
		case <-ctx.Done():
			return
		}
		pause = min(2*pause, reopenMaxPause)
	}
}

// report delivers ev to the coordinator unless the call has ended.
func (sp *spread) report(ctx context.Context, ev spreadEvent) bool {
	select {
	case sp.events <- ev:
		return true
	case <-sp.finished:
		return false
	case <-ctx.Done():
		return false
	}
}

// stream runs one AnalyzeDocuments stream: it takes jobs while it has room,
// reports each response, and when the stream ends hands back the documents
// it did not answer. It returns whether any document was answered, done
// once the jobs channel is closed and the stream closed cleanly, and an
// error that must end the whole call. A stream failing with UNAVAILABLE,
// or ending after its server began shutting down, returns no error: the
// worker opens another.
func (sp *spread) stream(ctx context.Context) (answered, done bool, err error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := sp.svc.AnalyzeDocuments(sctx, sp.opts...)
	if err != nil {
		if status.Code(err) == codes.Unavailable {
			return false, false, nil
		}
		return false, false, err
	}
	results := make(chan recvResult, sp.maxInFlight+1)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { receive(stream, results, quit) })
	defer func() {
		close(quit)
		cancel()
		wg.Wait()
	}()
	s := &spreadStream{sp: sp, stream: stream, pending: make(map[int64]*spreadJob, sp.maxInFlight)}
	return s.run(ctx, results)
}

// spreadStream is the state of one stream of an AnalyzeSpread call; only
// the worker running the stream uses it.
type spreadStream struct {
	sp     *spread
	stream grpc.BidiStreamingClient[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]
	// pending holds the jobs sent and not answered, by stream position.
	pending map[int64]*spreadJob
	// sent counts the jobs sent; the next one's position.
	sent int64
	// closing is set once CloseSend was called: the server is shutting
	// down, or every document is answered.
	closing bool
	// jobsDone is set once the jobs channel is closed.
	jobsDone bool
	// answered is set once the server answered a document.
	answered bool
}

// streamEnd is why a stream stops: done and err as stream returns them.
type streamEnd struct {
	done bool
	err  error
}

// run takes jobs while the stream has room and settles what it answers,
// until the stream ends, the call ends or ctx does.
func (s *spreadStream) run(ctx context.Context, results <-chan recvResult) (answered, done bool, err error) {
	for {
		var take <-chan *spreadJob
		if !s.closing && len(s.pending) < s.sp.maxInFlight {
			take = s.sp.jobs
		}
		var end *streamEnd
		select {
		case j, ok := <-take:
			end = s.send(j, ok)
		case r := <-results:
			end = s.settle(ctx, r)
		case <-ctx.Done():
			end = &streamEnd{}
		}
		if end != nil {
			return s.answered, end.done, end.err
		}
	}
}

// send sends job j, or closes the sending side once the jobs channel is
// closed (ok false).
func (s *spreadStream) send(j *spreadJob, ok bool) *streamEnd {
	if !ok {
		// Every document is answered, so none is pending here.
		s.jobsDone, s.closing = true, true
		if err := s.stream.CloseSend(); err != nil {
			return &streamEnd{done: true}
		}
		return nil
	}
	s.pending[s.sent] = j
	s.sent++
	if err := s.stream.Send(j.req); err != nil && !errors.Is(err, io.EOF) {
		return &streamEnd{err: err}
	}
	// On io.EOF the stream is over and Recv says why; the job stays
	// pending and is handed back with the others.
	return nil
}

// settle reports a response to the coordinator, or hands back the pending
// jobs when the stream has ended.
func (s *spreadStream) settle(ctx context.Context, r recvResult) *streamEnd {
	if r.err != nil {
		return &streamEnd{done: s.jobsDone, err: s.sp.ended(ctx, r.err, s.pending)}
	}
	j, ok := s.pending[r.resp.GetIndex()]
	if !ok {
		return &streamEnd{err: status.Errorf(codes.Internal, "client: server answered stream position %d (document %q), which is not awaiting an answer", r.resp.GetIndex(), r.resp.GetDocumentId())}
	}
	delete(s.pending, r.resp.GetIndex())
	s.answered = true
	if isUnavailable(r.resp) && !s.closing {
		// The replica is shutting down: it will answer what it is
		// analysing and refuse the rest, so send it nothing more and let
		// the stream end.
		s.closing = true
		s.stream.CloseSend()
	}
	if !s.sp.report(ctx, spreadEvent{job: j, resp: r.resp}) {
		return &streamEnd{}
	}
	return nil
}

// ended hands the stream's unanswered documents back to the coordinator
// once the stream ended with err (io.EOF for an orderly end), and returns
// the error that must end the whole call, if err is one.
func (sp *spread) ended(ctx context.Context, err error, pending map[int64]*spreadJob) error {
	lost := err
	switch code := status.Code(err); {
	case errors.Is(err, io.EOF):
		// An orderly end with documents unanswered is the server's
		// fault; they are worth another replica's attempt.
		lost = status.Errorf(codes.Unavailable, "client: server ended the stream with %d documents unanswered", len(pending))
	case code != codes.Unavailable:
		return err
	}
	for _, j := range pending {
		if !sp.report(ctx, spreadEvent{job: j, lost: lost}) {
			return nil
		}
	}
	return nil
}
