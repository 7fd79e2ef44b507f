// Package server serves the docanalysis engine over gRPC: the
// DocumentAnalysisService handlers, health and reflection, behind an
// interceptor chain of logging, panic recovery, API-key authentication and
// per-key rate limiting; and the same service as JSON over HTTP, with its
// OpenAPI document, health endpoints and Prometheus metrics.
//
// Build a Server with [New] from a [Config], serve it with [Server.Serve]
// (gRPC), [Server.ServeGateway] (HTTP/JSON) and [Server.ServeMetrics], and
// stop it with [Server.Shutdown]. cmd/docanalysisd is the program that
// does this from flags and environment variables.
//
// # HTTP/JSON
//
// The gateway (gateway.go) is grpc-gateway's, with the routes of
// proto/docanalysis/v1/analysis_http.yaml, calling a second gRPC server in
// the process over bufconn that has the same service and interceptors, so
// that every rule above holds over HTTP. Errors are google.rpc.Status JSON
// with the standard HTTP status for their code.
//
// # Metrics
//
// Per-method counts and latency from go-grpc-middleware's Prometheus
// provider, labelled by transport, and the engine's own: per-stage and
// per-document latency, documents and bytes analysed, the admission queue,
// open streams and calls shed (metrics.go).
//
// # Errors
//
// Handlers validate every rule of the API contract and answer a broken rule
// with INVALID_ARGUMENT and google.rpc.BadRequest details listing the
// fields at fault. Engine errors are mapped to codes in one place
// (errors.go); a fault of the server is INTERNAL with a generic message,
// its cause going to the log without any document text.
//
// # Streams
//
// AnalyzeDocuments analyses up to Config.StreamInFlight documents of a
// stream at once and answers each document exactly once, with its analysis
// or its own error, tagged with its id and its position on the stream.
//
// # Overload
//
// At most Config.MaxConcurrent analyses run at once across the server,
// unary calls and stream documents sharing the slots, and at most
// Config.MaxQueue more wait for one. Work that finds the queue full is
// refused at once with RESOURCE_EXHAUSTED and a google.rpc.RetryInfo delay
// estimated from recent service times; queued work waits at most until its
// deadline (DEADLINE_EXCEEDED). At most Config.MaxStreams AnalyzeDocuments
// streams are open at once across all connections. See admission.go.
//
// # Shutdown
//
// Shutdown turns health NOT_SERVING, refuses new calls with UNAVAILABLE,
// answers stream documents read from then on with UNAVAILABLE, and gives
// calls in flight Config.ShutdownGrace to finish before it cuts them off.
//
// # Logs
//
// One JSON line per finished call: method, code, duration, peer, request
// and response bytes, key id. Never document text, never credentials.
package server
