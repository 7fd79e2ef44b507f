package server

import (
	"log/slog"

	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/selector"
	"google.golang.org/grpc"
)

// interceptors returns the server's interceptor chain, outermost first, for
// grpc.ChainUnaryInterceptor and grpc.ChainStreamInterceptor:
//
//  1. logging: outermost, so that every call gets its line, including
//     calls that auth or the rate limit refuse and calls that panic. It
//     puts the per-call callInfo in the context that auth fills in.
//  2. recovery: just inside logging rather than innermost (as in the
//     middleware's sample server), so that a panic in auth or the rate
//     limit is caught too, and logging still sees the call end, as
//     INTERNAL.
//  3. auth, unless keys is nil: before the rate limit, which then counts
//     per key rather than per address.
//  4. rate limit, unless lim is nil.
//
// Auth and the rate limit skip the health and reflection services
// (needsAuth). Requests are validated by the handlers, after the chain.
//
// keys nil turns auth off, but only if cfg agrees: a configuration with API
// keys and no keys to check is a wiring mistake, and the chain then
// refuses every call instead of serving without auth. logger must not be
// nil.
func interceptors(cfg *Config, keys *Keys, lim *limiter, logger *slog.Logger) ([]grpc.UnaryServerInterceptor, []grpc.StreamServerInterceptor) {
	unary := []grpc.UnaryServerInterceptor{
		unaryLogging(logger),
		unaryRecovery(logger),
	}
	stream := []grpc.StreamServerInterceptor{
		streamLogging(logger),
		streamRecovery(logger),
	}
	if keys == nil && cfg != nil && (cfg.KeysFile != "" || cfg.Keys != "") {
		keys = new(Keys) // holds no KeySet: every key is unknown
	}
	if keys != nil {
		unary = append(unary, selector.UnaryServerInterceptor(unaryAuth(keys), needsAuth))
		stream = append(stream, selector.StreamServerInterceptor(streamAuth(keys), needsAuth))
	}
	if lim != nil {
		unary = append(unary, selector.UnaryServerInterceptor(unaryRateLimit(lim), needsAuth))
		stream = append(stream, selector.StreamServerInterceptor(streamRateLimit(lim), needsAuth))
	}
	return unary, stream
}
