package client

import (
	"context"
	"errors"
	"io"
	"iter"
	"sync"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// AnalyzeAll sends every request of reqs on one AnalyzeDocuments stream
// and calls handle with each response, in the order responses arrive
// (which may differ from the order sent; the response's Index is the
// request's position in reqs, from 0).
//
// At most maxInFlight documents are sent and not yet answered at any time
// (values below 1 mean 1): AnalyzeAll waits for a response before sending
// more, so a large or lazily read source is never buffered whole, on
// either side. A few more than the server's
// GetServiceInfoResponse.limits.max_stream_in_flight keeps it busy.
//
// A document the server refuses does not stop the stream: its response
// carries the error, which ResponseError returns. AnalyzeAll itself stops
// at the first failure of the stream (the status error of the call, such as
// UNAUTHENTICATED, or CANCELED and DEADLINE_EXCEEDED from ctx), at the
// first error handle returns, or when the server breaks the protocol (a
// response for a document not in flight, a stream ended with documents
// unanswered; INTERNAL). It then cancels the stream and returns that error,
// unwrapped; responses that arrived before the stream failed are still
// handed to handle, but none after handle fails. A nil return means every
// request sent got exactly one response and handle accepted each.
//
// reqs and handle run on the caller's goroutine, never at the same time,
// so they may share state without locks; while either runs, responses are
// buffered (at most maxInFlight). AnalyzeAll returns only after its own
// goroutine has ended.
func (c *Client) AnalyzeAll(ctx context.Context, reqs iter.Seq[*docanalysisv1.AnalyzeDocumentsRequest], maxInFlight int, handle func(*docanalysisv1.AnalyzeDocumentsResponse) error, opts ...grpc.CallOption) error {
	maxInFlight = max(maxInFlight, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := c.svc.AnalyzeDocuments(ctx, opts...)
	if err != nil {
		return err
	}

	b := &bulk{
		stream:  stream,
		handle:  handle,
		pending: make(map[int64]struct{}, maxInFlight),
		// Room for every answer in flight and the stream's end, so the
		// receiver never blocks on a server that keeps the protocol.
		results: make(chan recvResult, maxInFlight+1),
		quit:    make(chan struct{}),
	}
	var wg sync.WaitGroup
	wg.Go(b.receive)
	defer func() {
		// Stop the receiver: quit covers a full channel, cancel a Recv
		// still waiting on the server.
		close(b.quit)
		cancel()
		wg.Wait()
	}()

	for req := range reqs {
		for len(b.pending) >= maxInFlight {
			if err := b.process(<-b.results); err != nil {
				return err
			}
		}
		// Hand over what has already arrived before sending more, so
		// responses reach handle close to when they arrive.
		if err := b.processReady(); err != nil {
			return err
		}
		if err := stream.Send(req); err != nil {
			if errors.Is(err, io.EOF) {
				// The stream is over; its status comes from Recv.
				return b.drain()
			}
			return err
		}
		b.pending[b.sent] = struct{}{}
		b.sent++
	}
	b.closed = true
	if err := stream.CloseSend(); err != nil {
		return err
	}
	return b.drain()
}

// recvResult is one outcome of Recv: a response, or the stream's end (io.EOF
// or the call's status error).
type recvResult struct {
	resp *docanalysisv1.AnalyzeDocumentsResponse
	err  error
}

// bulk is the state of one AnalyzeAll call. Everything but the channels
// belongs to the caller's goroutine.
type bulk struct {
	stream grpc.BidiStreamingClient[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]
	handle func(*docanalysisv1.AnalyzeDocumentsResponse) error

	// results carries Recv outcomes from receive, in arrival order; the
	// stream's end comes last.
	results chan recvResult
	// quit is closed when AnalyzeAll returns, releasing receive.
	quit chan struct{}

	// pending holds the stream positions sent and not yet answered.
	pending map[int64]struct{}
	// sent counts the requests sent; the next one's position.
	sent int64
	// closed is set once every request was sent and CloseSend called.
	closed bool
}

// receive reads responses until the stream ends, delivering each outcome,
// the end included, unless AnalyzeAll has returned.
func (b *bulk) receive() { receive(b.stream, b.results, b.quit) }

// receive reads stream's responses until it ends, delivering each outcome
// on results, the end included, until quit is closed.
func receive(stream grpc.BidiStreamingClient[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse], results chan<- recvResult, quit <-chan struct{}) {
	for {
		resp, err := stream.Recv()
		select {
		case results <- recvResult{resp, err}:
		case <-quit:
			return
		}
		if err != nil {
			return
		}
	}
}

// errEnded is returned by process for the stream's orderly end.
var errEnded = errors.New("client: stream ended")

// process checks one outcome and hands a response to handle. It returns
// errEnded for a clean end after every request was sent and answered.
func (b *bulk) process(r recvResult) error {
	if r.err != nil {
		if !errors.Is(r.err, io.EOF) {
			return r.err
		}
		switch {
		case len(b.pending) > 0:
			return status.Errorf(codes.Internal, "client: server ended the stream with %d documents unanswered", len(b.pending))
		case !b.closed:
			return status.Error(codes.Internal, "client: server ended the stream before every document was sent")
		}
		return errEnded
	}
	idx := r.resp.GetIndex()
	if _, ok := b.pending[idx]; !ok {
		return status.Errorf(codes.Internal, "client: server answered stream position %d (document %q), which is not awaiting an answer", idx, r.resp.GetDocumentId())
	}
	delete(b.pending, idx)
	return b.handle(r.resp)
}

// processReady processes the outcomes that have already arrived, without
// waiting.
func (b *bulk) processReady() error {
	for {
		select {
		case r := <-b.results:
			if err := b.process(r); err != nil {
				return err
			}
		default:
			return nil
		}
	}
}

// drain processes outcomes until the stream ends and returns nil for a
// clean end, or the first error.
func (b *bulk) drain() error {
	for {
		if err := b.process(<-b.results); err != nil {
			if errors.Is(err, errEnded) {
				return nil
			}
			return err
		}
	}
}
