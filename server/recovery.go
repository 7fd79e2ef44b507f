package server

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"google.golang.org/grpc"
)

// recoveryHandler turns a panic into INTERNAL with internalStatus's generic
// message and logs it with logPanic. The middleware's default would put the
// panic value and stack into the status message, handing the client our
// internals and possibly another caller's data.
func recoveryHandler(logger *slog.Logger) recovery.RecoveryHandlerFuncContext {
	return func(ctx context.Context, p any) error {
		logPanic(ctx, logger, "panic recovered", p)
		return internalStatus.Err()
	}
}

// logPanic logs the recovered panic p at Error with the stack. Call it from
// the deferred function that recovered, while the stack still shows where
// the panic happened; handler goroutines that recover on their own (the
// AnalyzeDocuments workers) should use it too.
//
// The line names the call with the fields the logging interceptor put in
// the context (service, method, peer) and the key id, but not the panic
// value unless it is a runtime error: a value the code panicked with may
// quote the document, while a runtime error says only what went wrong
// ("index out of range [5] with length 3"). The stack holds function names,
// files, lines and argument words, never message contents.
func logPanic(ctx context.Context, logger *slog.Logger, msg string, p any) {
	stack := debug.Stack()
	args := []any(logging.ExtractFields(ctx))
	if ci := callInfoFrom(ctx); ci != nil {
		if id := ci.keyID.Load(); id != nil {
			args = append(args, "key_id", *id)
		}
	}
	args = append(args, "panic.type", fmt.Sprintf("%T", p))
	if re, ok := p.(runtime.Error); ok {
		args = append(args, "panic.error", re.Error())
	}
	args = append(args, "stack", string(stack))
	logger.Log(ctx, slog.LevelError, msg, args...)
}

// unaryRecovery recovers from panics in the rest of a unary call's chain.
func unaryRecovery(logger *slog.Logger) grpc.UnaryServerInterceptor {
	return recovery.UnaryServerInterceptor(recovery.WithRecoveryHandlerContext(recoveryHandler(logger)))
}

// streamRecovery recovers from panics in the rest of a stream's chain. It
// cannot see panics in goroutines the handler starts; those need their own
// recover.
func streamRecovery(logger *slog.Logger) grpc.StreamServerInterceptor {
	return recovery.StreamServerInterceptor(recovery.WithRecoveryHandlerContext(recoveryHandler(logger)))
}
