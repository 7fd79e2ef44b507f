package client

import (
	"context"
	"crypto/tls"
	"fmt"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	// Registers the client side of grpc.health.v1 checks, which the
	// service config's healthCheckConfig turns on.
	_ "google.golang.org/grpc/health"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/codec"
)

// serviceName is the full name of the service, as the service config's
// method name matches it.
const serviceName = "docanalysis.v1.DocumentAnalysisService"

// userAgent prefixes gRPC's own user agent so server logs can tell this
// client from grpcurl or generated clients in other languages.
const userAgent = "docanalysis-go-client"

// Client calls a docanalysis server over one gRPC connection. It is safe for
// concurrent use; create one per server and share it.
type Client struct {
	conn *grpc.ClientConn
	svc  docanalysisv1.DocumentAnalysisServiceClient
	// maxAttempts is how many times AnalyzeSpread sends one document
	// before it gives up on it; the same budget as gRPC's retries.
	maxAttempts int
}

// Dial returns a client for the server at target, in gRPC name syntax
// ("host:port", "dns:///host:port", "unix:///path"). Every address the
// name resolves to gets a connection, and calls go round-robin over those
// whose health check says SERVING (see "Load balancing" in the package
// doc). Like grpc.NewClient,
// which it uses, it does not connect: the first call does, and a server
// that cannot be reached makes that call fail with UNAVAILABLE once the
// retries are spent. Dial fails only on a malformed target or options that
// contradict each other. Close the client when done.
func Dial(target string, opts ...Option) (*Client, error) {
	o := evaluateOptions(opts)
	dopts, err := o.dialOptions()
	if err != nil {
		return nil, err
	}
	conn, err := grpc.NewClient(target, dopts...)
	if err != nil {
		return nil, fmt.Errorf("client: dial %s: %w", target, err)
	}
	return &Client{conn: conn, svc: docanalysisv1.NewDocumentAnalysisServiceClient(conn), maxAttempts: max(o.maxAttempts, 1)}, nil
}

// MaxResponseBytes is the largest response the client accepts: far above
// what the default 1 MiB text limit produces with every feature asked for
// (about 5 MiB), while still bounding what a faulty server can make it read.
const MaxResponseBytes = 64 << 20

// dialOptions turns the evaluated options into gRPC dial options, the
// user's own last so that they win.
func (o *options) dialOptions() ([]grpc.DialOption, error) {
	dopts := []grpc.DialOption{
		grpc.WithUserAgent(userAgent),
		// gRPC's default 4 MiB would refuse the answer for a 1 MiB text with
		// every feature, which can run to several MiB of spans and names.
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(MaxResponseBytes)),
		// A text that is not UTF-8 is sent as it is, for the server to
		// refuse with INVALID_ARGUMENT naming the field, rather than
		// failing here in proto3's check with an INTERNAL error.
		grpc.WithDefaultCallOptions(grpc.ForceCodecV2(codec.New())),
	}
	if o.insecure {
		dopts = append(dopts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	} else {
		cfg := o.tlsConfig
		if cfg == nil {
			// An empty config verifies against the system roots.
			cfg = &tls.Config{MinVersion: tls.VersionTLS12}
		}
		dopts = append(dopts, grpc.WithTransportCredentials(credentials.NewTLS(cfg)))
	}
	if o.apiKey != "" {
		creds, err := newBearerKey(o.apiKey, !o.insecure)
		if err != nil {
			return nil, err
		}
		dopts = append(dopts, grpc.WithPerRPCCredentials(creds))
	}
	dopts = append(dopts, grpc.WithDefaultServiceConfig(defaultServiceConfig(o.maxAttempts)))
	if o.maxAttempts <= 1 {
		dopts = append(dopts, grpc.WithDisableRetry())
	}
	return append(dopts, o.dialOpts...), nil
}

// defaultServiceConfig returns the service config the client uses unless
// the resolver publishes one: round_robin over every resolved address,
// each checked with grpc.health.v1 for the service, and, for maxAttempts
// above 1, a retry policy.
//
// round_robin rather than gRPC's default pick_first because a name for a
// set of replicas (a Kubernetes headless Service) resolves to one address
// per replica, and pick_first would send everything to the first. The
// health check takes a replica out of the rotation as soon as it reports
// NOT_SERVING, which docanalysisd does first thing on SIGTERM, before its
// listener closes; a server without the health service counts as healthy.
//
// Retries are on UNAVAILABLE only: it means the call never reached a
// server able to take it, whereas RESOURCE_EXHAUSTED (rate limit) carries
// its own RetryInfo delay and DEADLINE_EXCEEDED would only be spent again.
func defaultServiceConfig(maxAttempts int) string {
	retry := ""
	if maxAttempts > 1 {
		retry = fmt.Sprintf(`,
  "methodConfig": [{
    "name": [{"service": %q}],
    "retryPolicy": {
      "maxAttempts": %d,
      "initialBackoff": "0.1s",
      "maxBackoff": "1s",
      "backoffMultiplier": 2,
      "retryableStatusCodes": ["UNAVAILABLE"]
    }
  }]`, serviceName, min(maxAttempts, maxRetryAttempts))
	}
	return fmt.Sprintf(`{
  "loadBalancingConfig": [{"round_robin": {}}],
  "healthCheckConfig": {"serviceName": %q}%s
}`, serviceName, retry)
}

// Analyze analyses one document. The error, if any, is the gRPC status
// error of the call, unwrapped: INVALID_ARGUMENT for a request that breaks a
// rule, UNAUTHENTICATED for a missing or unknown key, and so on.
func (c *Client) Analyze(ctx context.Context, req *docanalysisv1.AnalyzeDocumentRequest, opts ...grpc.CallOption) (*docanalysisv1.AnalyzeDocumentResponse, error) {
	return c.svc.AnalyzeDocument(ctx, req, opts...)
}

// AnalyzeText analyses text with the server's defaults (every feature but
// sentences, UTF-8 byte offsets, a three-sentence summary) and returns the
// analysis itself. Use Analyze to choose features, offsets or a title.
func (c *Client) AnalyzeText(ctx context.Context, text string, opts ...grpc.CallOption) (*docanalysisv1.DocumentAnalysis, error) {
	resp, err := c.svc.AnalyzeDocument(ctx, &docanalysisv1.AnalyzeDocumentRequest{
		Document: &docanalysisv1.Document{Text: text},
	}, opts...)
	if err != nil {
		return nil, err
	}
	return resp.GetAnalysis(), nil
}

// AnalyzeBatch analyses several documents in one unary call and returns one
// response per request, in the order sent: each holds its document's
// analysis or its own error (see ResponseError). The error is the call's
// own: INVALID_ARGUMENT for more documents than the server's
// limits.max_batch_documents, UNAUTHENTICATED, and so on. Use AnalyzeAll
// for more documents than one call may carry.
func (c *Client) AnalyzeBatch(ctx context.Context, reqs []*docanalysisv1.AnalyzeDocumentsRequest, opts ...grpc.CallOption) ([]*docanalysisv1.AnalyzeDocumentsResponse, error) {
	resp, err := c.svc.AnalyzeDocumentBatch(ctx, &docanalysisv1.AnalyzeDocumentBatchRequest{Requests: reqs}, opts...)
	if err != nil {
		return nil, err
	}
	if got := len(resp.GetResults()); got != len(reqs) {
		return nil, fmt.Errorf("client: the server answered %d of %d documents in a batch", got, len(reqs))
	}
	return resp.GetResults(), nil
}

// Info returns the server's description: engine and model versions,
// limits, and the languages, features and encodings it supports.
func (c *Client) Info(ctx context.Context, opts ...grpc.CallOption) (*docanalysisv1.GetServiceInfoResponse, error) {
	return c.svc.GetServiceInfo(ctx, &docanalysisv1.GetServiceInfoRequest{}, opts...)
}

// Service returns the generated client on the same connection, with the
// same key and retry policy, for calls this package does not wrap (a raw
// AnalyzeDocuments stream, say).
func (c *Client) Service() docanalysisv1.DocumentAnalysisServiceClient {
	return c.svc
}

// Close closes the connection; calls in progress fail with CANCELED.
func (c *Client) Close() error {
	return c.conn.Close()
}
