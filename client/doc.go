// Package client is the Go client of the docanalysis service
// (docanalysis.v1.DocumentAnalysisService): it dials a server, sends the API
// key with every call, retries calls the server could not take, and streams
// many documents through AnalyzeDocuments with a bounded number in flight.
//
//	c, err := client.Dial("analysis.example.com:443", client.WithAPIKey(key))
//	if err != nil { ... }
//	defer c.Close()
//	a, err := c.AnalyzeText(ctx, articleText)
//
// Errors from calls are gRPC status errors, returned unwrapped: read them with
// status.Code and status.Convert(err).Details(). The codes the service uses
// are listed on the generated DocumentAnalysisServiceClient.
//
// # Transport security
//
// By default the connection uses TLS and verifies the server against the
// system's root certificates; [WithTLS] supplies another tls.Config (a
// private CA, a client certificate). [WithInsecure] chooses plaintext, for a
// server on loopback or inside a trusted network.
//
// The API key set by [WithAPIKey] is sent as "authorization: Bearer <key>"
// metadata on every call. Over TLS the client insists on a secure connection
// before sending it. With [WithInsecure] the key travels in clear text, so
// anyone who can read the traffic can reuse it; the client allows this only
// because plaintext was chosen explicitly, which is why gRPC's own check
// (per-call credentials require transport security) is relaxed in that case
// alone.
//
// # Retries
//
// Calls that fail with UNAVAILABLE (no connection yet, a server shutting
// down) are retried by gRPC itself, through a retry policy in the default
// service config: [DefaultMaxAttempts] attempts in all, with exponential,
// randomised backoff from 100ms up to 1s. gRPC retries only what is safe: a
// call whose response has begun to arrive is never replayed, so a stream is
// retried only before the server answered anything. Analysis has no side
// effects, so a replayed request is harmless. [WithRetry] changes the number
// of attempts or, with 1, turns retries off. A service config published by
// the name resolver takes precedence over this default.
//
// # Bulk analysis
//
// [Client.AnalyzeAll] sends documents on one AnalyzeDocuments stream, keeps
// at most a given number unanswered, and hands each response to a callback
// as it arrives. A document the server refuses yields a response carrying
// the error; [ResponseError] turns it into a status error. [Client.Service]
// returns the generated client for anything this package does not wrap.
package client
