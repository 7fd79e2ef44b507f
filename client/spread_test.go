package client_test

import (
	"slices"
	"strings"
	"sync/atomic"
	"testing"

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
