package server

import (
	"fmt"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

func batchOf(texts ...string) *pb.AnalyzeDocumentBatchRequest {
	req := &pb.AnalyzeDocumentBatchRequest{}
	for i, text := range texts {
		req.Requests = append(req.Requests, &pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint("doc-", i), Text: text}})
	}
	return req
}

// TestBatchOrderAndErrors: results come back one per request, in order,
// each with its index and id; a bad document gets its own error naming the
// field and the others their analyses.
func TestBatchOrderAndErrors(t *testing.T) {
	ts := newTestServer(t, Config{StreamInFlight: 2}, nil)
	texts := []string{article, "", "Acme agreed to the deal.", article, "Norway said no."}
	resp, err := ts.client.AnalyzeDocumentBatch(testContext(t), batchOf(texts...))
	if err != nil {
		t.Fatalf("AnalyzeDocumentBatch = _, %v; want _, nil", err)
	}
	if got := len(resp.GetResults()); got != len(texts) {
		t.Fatalf("%d results for %d documents", got, len(texts))
	}
	for i, r := range resp.GetResults() {
		if r.GetIndex() != int64(i) || r.GetDocumentId() != fmt.Sprint("doc-", i) {
			t.Errorf("results[%d] has index %d, id %q; want %d, %q", i, r.GetIndex(), r.GetDocumentId(), i, fmt.Sprint("doc-", i))
		}
		if i == 1 {
			wantViolation(t, status.ErrorProto(statusFromPB(r.GetError())), "document.text", "empty")
			continue
		}
		if r.GetError() != nil || r.GetAnalysis().GetStats().GetCharacters() == 0 {
			t.Errorf("results[%d] = error %v; want an analysis", i, r.GetError())
		}
	}
	// The same document analysed alone gives the same analysis.
	one, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "doc-3", Text: article}})
	if err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(one.GetAnalysis(), resp.GetResults()[3].GetAnalysis()) {
		t.Error("results[3] differs from AnalyzeDocument on the same document")
	}
}

// TestBatchLimits: an empty batch is answered empty; one over the document
// limit is refused whole, naming the field and the limit.
func TestBatchLimits(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	resp, err := ts.client.AnalyzeDocumentBatch(testContext(t), &pb.AnalyzeDocumentBatchRequest{})
	if err != nil || len(resp.GetResults()) != 0 {
		t.Errorf("empty batch = %v, %v; want no results, nil", resp, err)
	}
	texts := make([]string, maxBatchDocuments+1)
	for i := range texts {
		texts[i] = "Norway said no."
	}
	_, err = ts.client.AnalyzeDocumentBatch(testContext(t), batchOf(texts...))
	wantViolation(t, err, "requests", fmt.Sprint(maxBatchDocuments))
	info, err := ts.client.GetServiceInfo(testContext(t), &pb.GetServiceInfoRequest{})
	if err != nil || info.GetLimits().GetMaxBatchDocuments() != maxBatchDocuments {
		t.Errorf("limits.max_batch_documents = %d, %v; want %d", info.GetLimits().GetMaxBatchDocuments(), err, maxBatchDocuments)
	}
}

// TestBatchRateLimitPerDocument: a batch of n documents costs n tokens, the
// call's own covering the first: with a burst of 2, a batch of three gets
// two analyses and one RESOURCE_EXHAUSTED, and the next call is refused.
func TestBatchRateLimitPerDocument(t *testing.T) {
	ts := newTestServer(t, Config{Keys: keyLine("k", "key-k", "*"), RateLimit: 0.001, RateBurst: 2, StreamInFlight: 1}, nil)
	ctx := withKey(testContext(t), "key-k")
	resp, err := ts.client.AnalyzeDocumentBatch(ctx, batchOf("One.", "Two.", "Three."))
	if err != nil {
		t.Fatalf("AnalyzeDocumentBatch = _, %v; want _, nil", err)
	}
	var ok, limited int
	for _, r := range resp.GetResults() {
		switch {
		case r.GetAnalysis() != nil:
			ok++
		case codes.Code(r.GetError().GetCode()) == codes.ResourceExhausted:
			limited++
		}
	}
	if ok != 2 || limited != 1 {
		t.Errorf("%d analysed, %d rate limited; want 2 and 1", ok, limited)
	}
	if _, err := ts.client.AnalyzeDocumentBatch(ctx, batchOf("Four.")); status.Code(err) != codes.ResourceExhausted {
		t.Errorf("next batch = %v; want ResourceExhausted", err)
	}
}

// TestBatchRawInvalidUTF8: from a client without the server's codec, a
// document that is not UTF-8 gets its own INVALID_ARGUMENT naming the
// field, and the batch goes on.
func TestBatchRawInvalidUTF8(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	var req []byte
	for i, text := range []string{"Norway said no.", "caf\xe9 society"} {
		req = protowire.AppendBytes(protowire.AppendTag(req, 1, protowire.BytesType), rawDocument(fmt.Sprint(i), text))
	}
	var raw []byte
	err := ts.conn.Invoke(testContext(t), pb.DocumentAnalysisService_AnalyzeDocumentBatch_FullMethodName, &req, &raw, grpc.ForceCodecV2(rawCodec{}))
	if err != nil {
		t.Fatalf("AnalyzeDocumentBatch = %v; want per-document errors", err)
	}
	var resp pb.AnalyzeDocumentBatchResponse
	if err := proto.Unmarshal(raw, &resp); err != nil {
		t.Fatal(err)
	}
	if len(resp.GetResults()) != 2 || resp.GetResults()[0].GetAnalysis() == nil {
		t.Fatalf("results %v; want an analysis then an error", resp.GetResults())
	}
	wantViolation(t, status.ErrorProto(statusFromPB(resp.GetResults()[1].GetError())), "document.text", "UTF-8")
}
