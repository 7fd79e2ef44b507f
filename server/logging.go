package server

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	middleware "github.com/grpc-ecosystem/go-grpc-middleware/v2"
	mwinterceptors "github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors" // renamed: chain.go declares func interceptors
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
)

// The logging interceptor writes one line per finished call through the
// middleware's logging package, with only its FinishCall event on: the
// payload events would log request and response contents, which may be
// whole documents. A line carries
//
//	grpc.service, grpc.method, grpc.method_type  which call
//	grpc.code, grpc.error                         how it ended (the status message, never details)
//	grpc.time_ms                                  duration in milliseconds, a number
//	peer.address                                  the client's address
//	grpc.request.bytes, grpc.response.bytes       proto.Size of the messages, summed over a stream
//	grpc.request.messages, grpc.response.messages messages on a stream (streams only)
//	key_id                                        the API key's id; empty when auth is off or failed
//	transport                                     "grpc", or "http" for a call through the HTTP/JSON gateway
//
// plus the middleware's protocol, grpc.component and grpc.start_time. The
// level follows logging.DefaultServerCodeToLevel: client mistakes at Info,
// overload and deadlines at Warn, Internal and Unknown at Error. Metadata is
// never logged, so neither is the authorization header.
//
// The middleware learns the extra fields through a callInfo that our
// wrapper puts in the context before the middleware runs and fills in
// around the handler; auth, further in, sets the key id on the same
// callInfo. Context values only flow inwards, so a shared mutable record is
// the way for an outer interceptor to learn what an inner one found.

// callInfo is the per-call record the logging interceptor places in the
// context. Inner interceptors and the stream wrapper write to it, possibly
// from several goroutines (a stream handler may receive and send
// concurrently), so every field is atomic.
type callInfo struct {
	keyID        atomic.Pointer[string]
	reqBytes     atomic.Int64
	respBytes    atomic.Int64
	reqMessages  atomic.Int64
	respMessages atomic.Int64
	// done is set once the handler has returned; before that the counts are
	// incomplete, and the middleware's start-of-call query gets no fields.
	done atomic.Bool
}

type callInfoKey struct{}

// callInfoFrom returns the call's record, or nil outside the logging
// interceptor (as in unit tests of a single interceptor).
func callInfoFrom(ctx context.Context) *callInfo {
	ci, _ := ctx.Value(callInfoKey{}).(*callInfo)
	return ci
}

func (ci *callInfo) setKeyID(id string) { ci.keyID.Store(&id) }

func (ci *callInfo) received(m any) {
	ci.reqMessages.Add(1)
	ci.reqBytes.Add(int64(messageSize(m)))
}

func (ci *callInfo) sent(m any) {
	ci.respMessages.Add(1)
	ci.respBytes.Add(int64(messageSize(m)))
}

// messageSize is the encoded size of m, or 0 if it is not a proto message.
func messageSize(m any) int {
	if pm, ok := m.(proto.Message); ok {
		return proto.Size(pm)
	}
	return 0
}

// fields is what the call adds to the middleware's finished-call line.
func (ci *callInfo) fields(stream bool) logging.Fields {
	keyID := ""
	if p := ci.keyID.Load(); p != nil {
		keyID = *p
	}
	f := logging.Fields{
		"key_id", keyID,
		"grpc.request.bytes", ci.reqBytes.Load(),
		"grpc.response.bytes", ci.respBytes.Load(),
	}
	if stream {
		f = append(f,
			"grpc.request.messages", ci.reqMessages.Load(),
			"grpc.response.messages", ci.respMessages.Load())
	}
	return f
}

// loggingOptions configure the middleware for one line per finished call.
func loggingOptions() []logging.Option {
	return []logging.Option{
		logging.WithLogOnEvents(logging.FinishCall),
		logging.WithLevels(logging.DefaultServerCodeToLevel),
		// The default writes milliseconds as a string; a number sorts and
		// sums in log tools.
		logging.WithDurationField(func(d time.Duration) logging.Fields {
			return logging.Fields{"grpc.time_ms", float64(d.Microseconds()) / 1e3}
		}),
		logging.WithFieldsFromContextAndCallMeta(func(ctx context.Context, c mwinterceptors.CallMeta) logging.Fields {
			ci := callInfoFrom(ctx)
			if ci == nil || !ci.done.Load() {
				return nil
			}
			return append(ci.fields(c.Typ != mwinterceptors.Unary), "transport", transportOf(ctx))
		}),
	}
}

// slogLogger adapts l to the middleware's Logger; the middleware's levels
// are slog levels. Successful health and reflection calls drop to Debug:
// a load balancer probes every few seconds, and those lines would bury the
// calls that matter.
func slogLogger(l *slog.Logger) logging.Logger {
	return logging.LoggerFunc(func(ctx context.Context, lvl logging.Level, msg string, fields ...any) {
		if lvl == logging.LevelInfo && probeCall(fields) {
			lvl = logging.LevelDebug
		}
		l.Log(ctx, slog.Level(lvl), msg, fields...)
	})
}

// probeCall reports whether the middleware's fields name an auth-exempt
// service (health, reflection).
func probeCall(fields []any) bool {
	for i := 0; i+1 < len(fields); i += 2 {
		if k, ok := fields[i].(string); ok && k == logging.ServiceFieldKey {
			svc, _ := fields[i+1].(string)
			return authExempt[svc]
		}
	}
	return false
}

// unaryLogging logs each finished unary call to logger.
func unaryLogging(logger *slog.Logger) grpc.UnaryServerInterceptor {
	mw := logging.UnaryServerInterceptor(slogLogger(logger), loggingOptions()...)
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		ci := new(callInfo)
		ctx = context.WithValue(ctx, callInfoKey{}, ci)
		return mw(ctx, req, info, func(ctx context.Context, req any) (any, error) {
			defer ci.done.Store(true)
			ci.received(req)
			resp, err := handler(ctx, req)
			if err == nil {
				ci.sent(resp)
			}
			return resp, err
		})
	}
}

// streamLogging logs each finished streaming call to logger.
func streamLogging(logger *slog.Logger) grpc.StreamServerInterceptor {
	mw := logging.StreamServerInterceptor(slogLogger(logger), loggingOptions()...)
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		ci := new(callInfo)
		ctx := context.WithValue(ss.Context(), callInfoKey{}, ci)
		// A fresh wrapper, not middleware.WrapServerStream, which would
		// reuse (and change the context of) a stream that is one already.
		outer := &middleware.WrappedServerStream{ServerStream: ss, WrappedContext: ctx}
		return mw(srv, outer, info, func(srv any, ss grpc.ServerStream) error {
			defer ci.done.Store(true)
			return handler(srv, &countingStream{ServerStream: ss, ci: ci})
		})
	}
}

// countingStream counts the messages of a stream and their sizes into ci.
type countingStream struct {
	grpc.ServerStream
	ci *callInfo
}

func (s *countingStream) RecvMsg(m any) error {
	err := s.ServerStream.RecvMsg(m)
	if err == nil {
		s.ci.received(m)
	}
	return err
}

func (s *countingStream) SendMsg(m any) error {
	err := s.ServerStream.SendMsg(m)
	if err == nil {
		s.ci.sent(m)
	}
	return err
}
