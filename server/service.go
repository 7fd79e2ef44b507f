package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"sync"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"

	"github.com/docanalysis/docanalysis/analysis"
)

// engine is what the handlers need of *analysis.Engine; tests put a slow or
// failing engine behind it to exercise shutdown and error paths.
type engine interface {
	Analyze(ctx context.Context, doc *analysis.Document, opts *analysis.Options) (*analysis.Result, error)
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
	drain    <-chan struct{} // closed when shutdown begins
	// perDocument, when set, is asked before each stream document is
	// analysed, so that a rate limit counts documents rather than streams.
	perDocument func(context.Context) error
	engineInfo  *pb.EngineInfo
	limits      *pb.Limits
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
	j, err := validate(req, s.eng.MaxTextBytes())
	if err != nil {
		return nil, err
	}
	res, err := s.eng.Analyze(ctx, &j.doc, &j.opts)
	if err != nil {
		return nil, err
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
// running at once, and answers each as soon as it is done. Every document
// read from the stream gets exactly one response. The handler returns once
// the client has closed its side and every answer is sent; when a shutdown
// begins it stops reading, finishes the documents already read, and ends the
// stream with UNAVAILABLE so that the client knows to resend the rest.
func (s *service) AnalyzeDocuments(stream pb.DocumentAnalysisService_AnalyzeDocumentsServer) error {
	ctx := stream.Context()
	type received struct {
		req *pb.AnalyzeDocumentsRequest
		err error
	}
	// Reading happens in its own goroutine because Recv cannot be
	// selected on together with the shutdown signal.
	recvd := make(chan received)
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		for {
			req, err := stream.Recv()
			select {
			case recvd <- received{req, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()

	var (
		wg      sync.WaitGroup
		sendMu  sync.Mutex
		sendErr error
		slots   = make(chan struct{}, s.inFlight)
	)
	send := func(resp *pb.AnalyzeDocumentsResponse) {
		sendMu.Lock()
		defer sendMu.Unlock()
		if sendErr == nil {
			sendErr = stream.Send(resp)
		}
	}
	finish := func(err error) error {
		wg.Wait()
		if err != nil {
			return err
		}
		sendMu.Lock()
		defer sendMu.Unlock()
		return sendErr
	}

	for index := int64(0); ; index++ {
		var r received
		select {
		case r = <-recvd:
		case <-s.drain:
			return finish(errShuttingDown)
		case <-ctx.Done():
			return finish(toStatus(ctx, s.logger, ctx.Err()).Err())
		}
		if errors.Is(r.err, io.EOF) {
			return finish(nil)
		}
		if r.err != nil {
			return finish(r.err)
		}
		// Wait for a free slot; while waiting the document is held, not
		// dropped, and shutdown or cancellation still end the wait.
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return finish(toStatus(ctx, s.logger, ctx.Err()).Err())
		}
		wg.Add(1)
		go func(req *pb.AnalyzeDocumentsRequest, index int64) {
			defer wg.Done()
			defer func() { <-slots }()
			send(s.analyzeOne(ctx, req, index))
		}(r.req, index)
	}
}

// analyzeOne answers one stream document, turning its error into a
// per-document status so that the stream goes on.
func (s *service) analyzeOne(ctx context.Context, req *pb.AnalyzeDocumentsRequest, index int64) (resp *pb.AnalyzeDocumentsResponse) {
	resp = &pb.AnalyzeDocumentsResponse{DocumentId: req.GetDocument().GetId(), Index: index}
	// A panic in the engine must cost one document, not the process: the
	// recovery interceptor does not see panics in goroutines the handler
	// starts.
	defer func() {
		if p := recover(); p != nil {
			logPanic(ctx, s.logger, "panic while analysing a stream document", p)
			resp.Result = &pb.AnalyzeDocumentsResponse_Error{Error: statusProto(internalStatus)}
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
		resp.Result = &pb.AnalyzeDocumentsResponse_Error{Error: statusProto(toStatus(ctx, s.logger, err))}
		return resp
	}
	resp.Result = &pb.AnalyzeDocumentsResponse_Analysis{Analysis: a}
	return resp
}

// GetServiceInfo describes the engine and this server's limits.
func (s *service) GetServiceInfo(context.Context, *pb.GetServiceInfoRequest) (*pb.GetServiceInfoResponse, error) {
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
