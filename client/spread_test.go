package client_test

import (
	"errors"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

type docStream = grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]

// refuseAll answers every document with UNAVAILABLE, as a replica that is
// shutting down does, counting the documents it saw.
func refuseAll(seen *atomic.Int64) func(docStream) error {
	return func(s docStream) error {
		for i := int64(0); ; i++ {
			req, err := s.Recv()
			if err != nil {
				return nil
			}
			seen.Add(1)
			s.Send(&docanalysisv1.AnalyzeDocumentsResponse{
				DocumentId: req.GetDocument().GetId(), Index: i,
				Result: &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: &docanalysisv1.Status{Code: int32(codes.Unavailable), Message: "shutting down"}},
			})
		}
	}
}

func TestAnalyzeSpreadGivesUpAfterTheBudget(t *testing.T) {
	var seen atomic.Int64
	c := newTestClient(t, &fakeServer{stream: refuseAll(&seen)}, nil, client.WithInsecure(), client.WithRetry(3))
	handle, got := collect()
	if err := c.AnalyzeSpread(testContext(t), slices.Values(docs(10)), 2, 4, handle); err != nil {
		t.Fatalf("AnalyzeSpread = %v; want nil", err)
	}
	checkOnce(t, *got, 10)
	for _, r := range *got {
		if code := status.Code(client.ResponseError(r)); code != codes.Unavailable {
			t.Errorf("document %d: code %v; want UNAVAILABLE after the last attempt", r.GetIndex(), code)
		}
	}
	if n := seen.Load(); n != 30 {
		t.Errorf("server saw %d documents; want 30 (10, three attempts each)", n)
	}
}

func TestAnalyzeSpreadResendsWhatABrokenStreamLeft(t *testing.T) {
	// The first stream answers one document and breaks with two in
	// flight; the streams after it behave.
	var streams atomic.Int64
	fake := &fakeServer{}
	fake.stream = func(s docStream) error {
		if streams.Add(1) > 1 {
			for i := int64(0); ; i++ {
				req, err := s.Recv()
				if err != nil {
					return nil
				}
				s.Send(answer(i, req))
			}
		}
		req, _ := s.Recv()
		s.Recv()
		s.Recv()
		s.Send(answer(0, req))
		return status.Error(codes.Unavailable, "connection lost")
	}
	c := newTestClient(t, fake, nil, client.WithInsecure())
	handle, got := collect()
	if err := c.AnalyzeSpread(testContext(t), slices.Values(docs(20)), 1, 3, handle); err != nil {
		t.Fatalf("AnalyzeSpread = %v; want nil", err)
	}
	checkOnce(t, *got, 20)
	if n := streams.Load(); n < 2 {
		t.Errorf("%d streams opened; want the broken one replaced", n)
	}
}

func TestAnalyzeSpreadStopsOnOtherFailures(t *testing.T) {
	c := newTestClient(t, &fakeServer{stream: func(docStream) error {
		return status.Error(codes.PermissionDenied, "not this method")
	}}, nil, client.WithInsecure())
	handle, _ := collect()
	err := c.AnalyzeSpread(testContext(t), slices.Values(docs(5)), 3, 2, handle)
	if status.Code(err) != codes.PermissionDenied || !strings.Contains(err.Error(), "not this method") {
		t.Errorf("AnalyzeSpread = %v; want PERMISSION_DENIED from the stream", err)
	}
}

func TestAnalyzeSpreadEmptySource(t *testing.T) {
	c := newTestClient(t, &fakeServer{}, nil, client.WithInsecure())
	handle, got := collect()
	if err := c.AnalyzeSpread(testContext(t), slices.Values(docs(0)), 2, 2, handle); err != nil || len(*got) != 0 {
		t.Errorf("AnalyzeSpread(no documents) = %v with %d responses; want nil, 0", err, len(*got))
	}
}

// serveInOrder answers every document of s at once, in order, and returns
// the error that ended its Recv loop.
func serveInOrder(s docStream) error {
	for i := int64(0); ; i++ {
		req, err := s.Recv()
		if err != nil {
			return err
		}
		if err := s.Send(answer(i, req)); err != nil {
			return err
		}
	}
}

// answersPositionTwice breaks the stream protocol: it answers the first
// document twice, then waits for the client to give up.
func answersPositionTwice(s docStream) error {
	req, _ := s.Recv()
	s.Send(answer(0, req))
	s.Send(answer(0, req))
	<-s.Context().Done()
	return nil
}

// answersPositionNeverSent breaks the stream protocol: it answers the
// first document at a position no document was sent at.
func answersPositionNeverSent(s docStream) error {
	req, _ := s.Recv()
	s.Send(answer(7, req))
	<-s.Context().Done()
	return nil
}

// TestAnalyzeSpreadRefusesAnswersNotAwaited: a server answering a stream
// position that has no document in flight breaks the protocol, and the
// call ends with INTERNAL.
func TestAnalyzeSpreadRefusesAnswersNotAwaited(t *testing.T) {
	for _, tt := range []struct {
		name   string
		stream func(docStream) error
	}{
		{"answers a position twice", answersPositionTwice},
		{"answers a position never sent", answersPositionNeverSent},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestClient(t, &fakeServer{stream: tt.stream}, nil, client.WithInsecure())
			handle, _ := collect()
			err := c.AnalyzeSpread(testContext(t), slices.Values(docs(3)), 1, 2, handle)
			if status.Code(err) != codes.Internal || !strings.Contains(err.Error(), "not awaiting") {
				t.Errorf("AnalyzeSpread = %v; want INTERNAL naming a position not awaiting an answer", err)
			}
		})
	}
}

// TestAnalyzeSpreadStopsSendingToAReplicaShuttingDown: once a stream's
// server answers UNAVAILABLE, the client sends it nothing more and closes
// its side; the document goes to the next stream.
func TestAnalyzeSpreadStopsSendingToAReplicaShuttingDown(t *testing.T) {
	var streams atomic.Int64
	afterRefusal := make(chan error, 1)
	fake := &fakeServer{}
	fake.stream = func(s docStream) error {
		if streams.Add(1) > 1 {
			serveInOrder(s)
			return nil
		}
		req, err := s.Recv()
		if err != nil {
			return err
		}
		s.Send(&docanalysisv1.AnalyzeDocumentsResponse{
			DocumentId: req.GetDocument().GetId(),
			Result:     &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: &docanalysisv1.Status{Code: int32(codes.Unavailable), Message: "shutting down"}},
		})
		_, err = s.Recv()
		afterRefusal <- err
		return nil
	}
	c := newTestClient(t, fake, nil, client.WithInsecure())
	handle, got := collect()
	// One document in flight, so nothing else is sent before the refusal.
	if err := c.AnalyzeSpread(testContext(t), slices.Values(docs(3)), 1, 1, handle); err != nil {
		t.Fatalf("AnalyzeSpread = %v; want nil", err)
	}
	select {
	case err := <-afterRefusal:
		if !errors.Is(err, io.EOF) {
			t.Errorf("after its UNAVAILABLE answer the stream's Recv = %v; want io.EOF (the client closed its side)", err)
		}
	case <-time.After(defaultTestTimeout):
		t.Fatal("the refusing stream never ended")
	}
	checkOnce(t, *got, 3)
	for _, r := range *got {
		if err := client.ResponseError(r); err != nil {
			t.Errorf("document %d: %v; want an analysis from the next stream", r.GetIndex(), err)
		}
	}
}

// TestAnalyzeSpreadClosesStreamsWhenDone: after a run that went well every
// stream is ended by the client closing its side, never by cancelling, so
// no server sees a cancelled stream.
func TestAnalyzeSpreadClosesStreamsWhenDone(t *testing.T) {
	const streams = 3
	var opened atomic.Int64
	ends := make(chan error, streams)
	fake := &fakeServer{stream: func(s docStream) error {
		opened.Add(1)
		ends <- serveInOrder(s)
		return nil
	}}
	c := newTestClient(t, fake, nil, client.WithInsecure())
	handle, got := collect()
	if err := c.AnalyzeSpread(testContext(t), slices.Values(docs(12)), streams, 2, handle); err != nil {
		t.Fatalf("AnalyzeSpread = %v; want nil", err)
	}
	checkOnce(t, *got, 12)
	if opened.Load() == 0 {
		t.Fatal("no stream was opened")
	}
	for i := range opened.Load() {
		select {
		case err := <-ends:
			if !errors.Is(err, io.EOF) {
				t.Errorf("a stream ended with %v; want io.EOF", err)
			}
		case <-time.After(defaultTestTimeout):
			t.Fatalf("%d of %d streams still open", opened.Load()-i, opened.Load())
		}
	}
}
