package server

import (
	"context"
	"log/slog"
	"math"
	"runtime"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Local answers AnalyzeDocument in process, without gRPC: the service's
// own validation, defaults, analysis and conversion, for programs that
// embed the engine instead of calling a server (the Beam pipeline in
// batch/). It is safe for concurrent use.
type Local struct {
	svc *service
}

// NewLocal returns a Local analysing with eng. At most one analysis per
// CPU runs at once; further calls wait, with no queue limit, as the
// caller (a pipeline runner) already bounds how many it makes. Internal
// errors are logged on logger, without document text; nil logs to
// slog.Default().
func NewLocal(eng *analysis.Engine, logger *slog.Logger) *Local {
	if logger == nil {
		logger = slog.Default()
	}
	return &Local{svc: &service{
		eng:        eng,
		logger:     logger,
		admit:      newAdmission(runtime.GOMAXPROCS(0), math.MaxInt32),
		engineInfo: engineInfo(),
	}}
}

// AnalyzeDocument analyses one request as the service's AnalyzeDocument
// does, and fails with the same gRPC status errors: INVALID_ARGUMENT with
// a google.rpc.BadRequest for a request that breaks a rule, the context's
// code when ctx ends, INTERNAL for a fault of the engine.
func (l *Local) AnalyzeDocument(ctx context.Context, req *pb.AnalyzeDocumentRequest) (*pb.AnalyzeDocumentResponse, error) {
	return l.svc.AnalyzeDocument(ctx, req)
}
