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
// # Load balancing
//
// The client balances calls itself, over every address the target's name
// resolves to: its default service config chooses gRPC's round_robin
// policy (gRPC's own default, pick_first, would send everything to the
// first address) and health-checks each address with grpc.health.v1, so a
// replica that reports NOT_SERVING, as docanalysisd does as soon as it
// starts shutting down, gets no new calls. Point it at a name that lists
// the replicas, such as a Kubernetes headless Service:
//
//	client.Dial("dns:///docanalysis-headless.news.svc.cluster.local:50051", ...)
//
// gRPC's DNS resolver does not poll: it reads the name again when a
// connection drops (at most once every 30 seconds). A replica that goes
// away is therefore noticed at once, but one that is added is found only
// at the next drop, so a client with a long-lived connection reaches new
// replicas when the servers close connections past a maximum age. A
// service config the resolver publishes replaces this default.
//
// Unary calls are spread one by one. A stream stays on the replica it
// started on, so [Client.AnalyzeAll] keeps one replica busy;
// [Client.AnalyzeSpread] opens several streams, which round_robin places
// on different replicas, and sends a document again on another stream when
// its replica goes away before answering it.
//
// # Bulk analysis
//
// [Client.AnalyzeAll] sends documents on one AnalyzeDocuments stream, keeps
// at most a given number unanswered, and hands each response to a callback
// as it arrives. A document the server refuses yields a response carrying
// the error; [ResponseError] turns it into a status error. [Client.Service]
// returns the generated client for anything this package does not wrap.
package client
