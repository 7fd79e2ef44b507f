package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// errShuttingDown answers calls that arrive, or stream documents that are
// still unread, once a shutdown has begun. UNAVAILABLE tells a client that
// the same request may succeed on another instance.
var errShuttingDown = status.Error(codes.Unavailable, "docanalysis: the server is shutting down; send the request again, to another instance if there is one")

// violations is the error validation returns: every rule a request breaks,
// so that a client can fix them all at once.
type violations []*errdetails.BadRequest_FieldViolation

func (v violations) Error() string {
	if len(v) == 0 {
		return "docanalysis: invalid request"
	}
	msg := "docanalysis: invalid request: " + v[0].GetField() + ": " + v[0].GetDescription()
	if len(v) > 1 {
		msg += fmt.Sprintf(" (and %d more; see the BadRequest details)", len(v)-1)
	}
	return msg
}

func (v *violations) add(field, format string, args ...any) {
	if len(*v) < maxViolations {
		*v = append(*v, &errdetails.BadRequest_FieldViolation{Field: field, Description: fmt.Sprintf(format, args...)})
	}
}

// inputViolation names the field and rule an engine input error breaks, or
// returns nil for an error that is not about the input.
func inputViolation(err error) *errdetails.BadRequest_FieldViolation {
	var limit *analysis.LimitError
	var lang *analysis.UnsupportedLanguageError
	fv := func(field, desc string) *errdetails.BadRequest_FieldViolation {
		return &errdetails.BadRequest_FieldViolation{Field: field, Description: desc}
	}
	switch {
	case errors.As(err, &limit):
		return fv("document.text", fmt.Sprintf("text is %d bytes; the limit is %d bytes (%s)", limit.Size, limit.Limit, sizeString(limit.Limit)))
	case errors.Is(err, analysis.ErrEmptyText):
		return fv("document.text", "text is empty; send the article's text")
	case errors.Is(err, analysis.ErrInvalidUTF8):
		return fv("document.text", "text is not valid UTF-8")
	case errors.As(err, &lang):
		return fv("document.language", fmt.Sprintf("language %q is not supported; supported: %s", lang.Language, strings.Join(analysis.Languages, ", ")))
	}
	return nil
}

// toStatus is the one place engine and handler errors become gRPC statuses.
// Client mistakes become INVALID_ARGUMENT with BadRequest details; context
// errors keep their meaning; anything else is INTERNAL with a generic
// message. The log gets the error's types, not its text, because an error
// from deep in the engine could one day quote the document.
func toStatus(ctx context.Context, logger *slog.Logger, err error) *status.Status {
	var v violations
	if errors.As(err, &v) {
		return badRequest(v)
	}
	if fv := inputViolation(err); fv != nil {
		return badRequest(violations{fv})
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return status.FromContextError(err)
	}
	if st, ok := status.FromError(err); ok {
		return st
	}
	types := []string{}
	for e := err; e != nil && len(types) < 8; e = errors.Unwrap(e) {
		types = append(types, fmt.Sprintf("%T", e))
	}
	logger.LogAttrs(ctx, slog.LevelError, "analysis failed", slog.String("error_types", strings.Join(types, " > ")))
	return internalStatus
}

// internalStatus is all a client learns of a server fault: the cause may
// quote the document, so it goes to the log only.
var internalStatus = status.New(codes.Internal, "docanalysis: internal error; the server logged the cause")

// badRequest builds INVALID_ARGUMENT with the violations attached, falling
// back to the bare status if the details cannot be attached.
func badRequest(v violations) *status.Status {
	st := status.New(codes.InvalidArgument, v.Error())
	if ds, err := st.WithDetails(&errdetails.BadRequest{FieldViolations: v}); err == nil {
		return ds
	}
	return st
}

// statusProto converts a status to the stream's per-document Status, which
// shares google.rpc.Status's wire format.
func statusProto(st *status.Status) *pb.Status {
	p := st.Proto()
	return &pb.Status{Code: p.GetCode(), Message: p.GetMessage(), Details: p.GetDetails()}
}

func sizeString(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
