package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"google.golang.org/grpc/status"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"

	"github.com/docanalysis/docanalysis/analysis"
)

// engine is what the handlers need of *analysis.Engine; tests put a slow,
// failing or panicking engine behind it to exercise shutdown and error paths.
type engine interface {
	Analyze(ctx context.Context, doc *analysis.Document, opts *analysis.Options) (*analysis.Result, error)
	Check(doc *analysis.Document) error
	MaxTextBytes() int
}

// service implements the DocumentAnalysisService handlers. Authentication,
// rate limits on calls, logging and panic recovery happen in the interceptor
// chain before a handler runs; handlers validate and run the engine.
type service struct {
	pb.UnimplementedDocumentAnalysisServiceServer

	eng      engine
	logger   *slog.Logger
	inFlight int             // documents of one stream analysed at once
	admit    *admission      // server-wide bound on analyses running and queued
	streams  *streamGate     // server-wide bound on open streams
	drain    <-chan struct{} // closed when shutdown begins
	// perDocument, when set, is asked before each stream document is
	// analysed, so that a rate limit counts documents rather than streams.
	perDocument func(context.Context) error
	engineInfo  *pb.EngineInfo
	limits      *pb.Limits
	metrics     *metrics // nil in tests that build a bare service
}

func (s *service) draining() bool {
	select {
	case <-s.drain:
		return true
	default:
		return false
	}
}

// analyze validates one request and runs the engine on it.
func (s *service) analyze(ctx context.Context, req requestFields) (*pb.DocumentAnalysis, error) {
	j, err := validate(req, s.eng)
	if err != nil {
		return nil, err
	}
	// Validation comes first, so that a request that can never succeed is
	// told so rather than told to retry, and costs no queue place.
	release, err := s.admit.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	if s.metrics != nil {
		j.opts.Observe = s.metrics.observeStage
	}
	start := time.Now()
	res, err := s.eng.Analyze(ctx, &j.doc, &j.opts)
	if err != nil {
		return nil, err
	}
	if s.metrics != nil {
		s.metrics.analyzed(len(j.doc.Text), time.Since(start))
	}
	return analysisProto(res, j.doc.Text, j.encoding, s.engineInfo), nil
}

// AnalyzeDocument analyses one document.
func (s *service) AnalyzeDocument(ctx context.Context, req *pb.AnalyzeDocumentRequest) (*pb.AnalyzeDocumentResponse, error) {
	if s.draining() {
		return nil, errShuttingDown
	}
	a, err := s.analyze(ctx, req)
	if err != nil {
		return nil, toStatus(ctx, s.logger, err).Err()
	}
	return &pb.AnalyzeDocumentResponse{Analysis: a}, nil
}

// AnalyzeDocuments analyses a stream of documents with at most s.inFlight
// running at once, and answers each as soon as it is done: every document
// read from the stream gets exactly one response. The handler returns once
// the client has closed its side and every answer is sent.
//
// At most Config.MaxStreams streams are open at once, server-wide; the
// stream over that is refused with RESOURCE_EXHAUSTED before any document
// is read. Each document also needs an analysis slot shared with unary
// calls; one that finds the admission queue full is answered with its own
// RESOURCE_EXHAUSTED and retry delay, and the stream goes on.
//
// Once a shutdown begins, documents already being analysed finish, and each
// document read after that is answered at once with UNAVAILABLE, so that the
// client knows exactly which ones to send elsewhere. The stream itself stays
// open until the client closes it or the grace period ends.
func (s *service) AnalyzeDocuments(stream pb.DocumentAnalysisService_AnalyzeDocumentsServer) error {
	if err := s.streams.enter(); err != nil {
		return err
	}
	defer s.streams.leave()
	ctx := stream.Context()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex // serialises Send, which is not safe for concurrent use
		slots = make(chan struct{}, s.inFlight)
	)
	send := func(resp *pb.AnalyzeDocumentsResponse) {
		mu.Lock()
		defer mu.Unlock()
		// A failed Send means the stream is gone; Recv then fails too,
		// which ends the loop below. Log only what is not a hang-up.
		if err := stream.Send(resp); err != nil && ctx.Err() == nil {
			s.logger.LogAttrs(ctx, slog.LevelWarn, "sending a stream response failed", slog.Int64("index", resp.GetIndex()), slog.String("code", status.Code(err).String()))
		}
	}
	defer wg.Wait()

	for index := int64(0); ; index++ {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if s.draining() {
			send(errorResponse(req, index, status.Convert(errShuttingDown)))
			continue
		}
		// Wait for a free slot while holding the document, so it is
		// never dropped; a client that goes away ends the wait.
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return status.FromContextError(ctx.Err()).Err()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			send(s.analyzeOne(ctx, req, index))
		}()
	}
}

// responseID is the document id a stream response carries. The request's
// id is not checked for UTF-8 on arrival, but the response's is when it is
// sent, so an invalid id is repaired rather than allowed to break the
// stream; the index still identifies the document exactly.
func responseID(req *pb.AnalyzeDocumentsRequest) string {
	return strings.ToValidUTF8(req.GetDocument().GetId(), "\uFFFD")
}

func errorResponse(req *pb.AnalyzeDocumentsRequest, index int64, st *status.Status) *pb.AnalyzeDocumentsResponse {
	return &pb.AnalyzeDocumentsResponse{
		DocumentId: responseID(req), Index: index,
		Result: &pb.AnalyzeDocumentsResponse_Error{Error: statusProto(st)},
	}
}

// analyzeOne answers one stream document, turning its error into a
// per-document status so that the stream goes on.
func (s *service) analyzeOne(ctx context.Context, req *pb.AnalyzeDocumentsRequest, index int64) (resp *pb.AnalyzeDocumentsResponse) {
	// A panic in the engine must cost one document, not the process: the
	// recovery interceptor does not see panics in goroutines the handler
	// starts.
	defer func() {
		if p := recover(); p != nil {
			logPanic(ctx, s.logger, "panic while analysing a stream document", p)
			resp = errorResponse(req, index, internalStatus)
		}
	}()
	var err error
	if s.perDocument != nil {
		err = s.perDocument(ctx)
	}
	var a *pb.DocumentAnalysis
	if err == nil {
		a, err = s.analyze(ctx, req)
	}
	if err != nil {
		return errorResponse(req, index, toStatus(ctx, s.logger, err))
	}
	return &pb.AnalyzeDocumentsResponse{
		DocumentId: responseID(req), Index: index,
		Result: &pb.AnalyzeDocumentsResponse_Analysis{Analysis: a},
	}
}

// maxBatchDocuments bounds the documents of one AnalyzeDocumentBatch call.
// The receive limit already bounds their bytes; this bounds the count, so
// that one call holds a bounded number of analyses and results in memory
// and a client learns early that it should split a large job.
const maxBatchDocuments = 100

// AnalyzeDocumentBatch analyses the call's documents, up to s.inFlight at
// once, and answers each in its place: the result at index i is for the
// request at index i, with that document's analysis or its own error.
//
// Each document is one call for the rate limit, as on a stream: the call's
// own token covers the first, and each further one asks for another. Each
// also takes an analysis slot, so a batch waits its turn like that many
// unary calls would, and a document that finds the admission queue full
// gets its own RESOURCE_EXHAUSTED while the others go on. A shutdown that
// begins during the call lets the documents already running finish and
// answers the rest with UNAVAILABLE.
func (s *service) AnalyzeDocumentBatch(ctx context.Context, req *pb.AnalyzeDocumentBatchRequest) (*pb.AnalyzeDocumentBatchResponse, error) {
	if s.draining() {
		return nil, errShuttingDown
	}
	reqs := req.GetRequests()
	if len(reqs) > maxBatchDocuments {
		var v violations
		v.add("requests", "%d documents in one batch; at most %d may be: split the batch, or use AnalyzeDocuments", len(reqs), maxBatchDocuments)
		return nil, badRequest(v).Err()
	}
	results := make([]*pb.AnalyzeDocumentsResponse, len(reqs))
	ctx = withCallCredit(ctx)
	var wg sync.WaitGroup
	slots := make(chan struct{}, s.inFlight)
	for i, r := range reqs {
		if s.draining() {
			results[i] = errorResponse(r, int64(i), status.Convert(errShuttingDown))
			continue
		}
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return nil, status.FromContextError(ctx.Err()).Err()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			results[i] = s.analyzeOne(ctx, r, int64(i))
		}()
	}
	wg.Wait()
	return &pb.AnalyzeDocumentBatchResponse{Results: results}, nil
}

// GetServiceInfo describes the engine and this server's limits.
func (s *service) GetServiceInfo(context.Context, *pb.GetServiceInfoRequest) (*pb.GetServiceInfoResponse, error) {
	if s.draining() {
		return nil, errShuttingDown
	}
	resp := &pb.GetServiceInfoResponse{
		Engine:    s.engineInfo,
		Limits:    s.limits,
		Languages: analysis.Languages,
		Encodings: []pb.EncodingType{pb.EncodingType_ENCODING_TYPE_UTF8, pb.EncodingType_ENCODING_TYPE_UTF16, pb.EncodingType_ENCODING_TYPE_UTF32},
	}
	for f := range featureBits {
		resp.Features = append(resp.Features, f)
	}
	slices.Sort(resp.Features)
	return resp, nil
}
