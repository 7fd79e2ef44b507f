package evaluate

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/test/bufconn"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/client"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/server"
)

// DefaultInFlight is how many documents Analyze keeps sent and unanswered
// when asked for 0: a few more than the server analyses at once on a small
// machine, so that it never waits for the next document.
const DefaultInFlight = 4

// bufSize is the in-memory connection's buffer; gRPC flow control, not
// this, bounds what is in transit.
const bufSize = 1 << 20

// shutdownTimeout bounds Close: analysis calls are over by then, so a
// graceful stop is immediate unless something is stuck.
const shutdownTimeout = 10 * time.Second

// Service is a docanalysis server running in memory, with a client
// connected to it. Everything goes through gRPC: validation, the
// interceptor chain, the engine, the conversion of offsets.
type Service struct {
	srv    *server.Server
	lis    *bufconn.Listener
	client *client.Client
	served chan error
}

// Start builds the server as cmd/docanalysisd does, with the default
// engine and a logger that discards (one log line per document would bury
// the report), serves it on an in-memory listener and dials it. Close it
// when done.
func Start() (*Service, error) {
	eng, err := analysis.New(analysis.Config{})
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	return StartEngine(eng)
}

// StartEngine is Start with the given engine: cross-validation serves an
// engine whose models did not see the articles it is sent.
func StartEngine(e *analysis.Engine) (*Service, error) {
	srv, err := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)}, e)
	if err != nil {
		return nil, fmt.Errorf("evaluate: building the server: %w", err)
	}
	s := &Service{srv: srv, lis: bufconn.Listen(bufSize), served: make(chan error, 1)}
	go func() { s.served <- srv.Serve(s.lis) }()
	dialer := grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) {
		return s.lis.DialContext(ctx)
	})
	s.client, err = client.Dial("passthrough:///bufnet", client.WithInsecure(), client.WithDialOptions(dialer))
	if err != nil {
		s.srv.Shutdown(context.Background())
		<-s.served
		return nil, fmt.Errorf("evaluate: dialling the server: %w", err)
	}
	return s, nil
}

// Client is the client connected to the service, for calls Analyze does
// not make (GetServiceInfo, say).
func (s *Service) Client() *client.Client { return s.client }

// Close closes the client and shuts the server down gracefully, returning
// what Serve returned.
func (s *Service) Close() error {
	s.client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	s.srv.Shutdown(ctx)
	return <-s.served
}

// Analyze sends reqs on one AnalyzeDocuments stream, at most inFlight (0
// means DefaultInFlight) sent and unanswered at a time, and calls handle
// for each answer with the request it answers: the analysis, or the error
// the server gave for that document (a gRPC status error). handle runs on
// the caller's goroutine, one call at a time; an error it returns stops the
// stream and is returned. Analyze fails when the stream itself fails.
func (s *Service) Analyze(ctx context.Context, reqs []*pb.AnalyzeDocumentsRequest, inFlight int, handle func(req *pb.AnalyzeDocumentsRequest, a *pb.DocumentAnalysis, err error) error) error {
	if inFlight <= 0 {
		inFlight = DefaultInFlight
	}
	seq := func(yield func(*pb.AnalyzeDocumentsRequest) bool) {
		for _, r := range reqs {
			if !yield(r) {
				return
			}
		}
	}
	err := s.client.AnalyzeAll(ctx, seq, inFlight, func(resp *pb.AnalyzeDocumentsResponse) error {
		// The index, not the id, names the request: ids need not be
		// unique on a stream.
		i := resp.GetIndex()
		if i < 0 || i >= int64(len(reqs)) {
			return fmt.Errorf("evaluate: answer for stream position %d of %d", i, len(reqs))
		}
		if err := client.ResponseError(resp); err != nil {
			return handle(reqs[i], nil, err)
		}
		return handle(reqs[i], resp.GetAnalysis(), nil)
	})
	if err != nil {
		return fmt.Errorf("evaluate: AnalyzeDocuments: %w", err)
	}
	return nil
}
