package client

import (
	"crypto/tls"

	"google.golang.org/grpc"
)

// DefaultMaxAttempts is how many times a call that fails with UNAVAILABLE
// is attempted in all, unless WithRetry says otherwise: the first attempt
// and three retries, enough to ride out a reconnect or a server restart
// behind a load balancer without making a dead server slow to report.
const DefaultMaxAttempts = 4

// maxRetryAttempts is gRPC's own ceiling: it caps maxAttempts at 5.
const maxRetryAttempts = 5

// Option configures a Client. Options are applied in order by Dial, so a
// later option overrides an earlier one that sets the same thing.
type Option func(*options)

// options holds everything Dial needs beyond the target.
type options struct {
	// apiKey is sent as a bearer token on every call; empty sends nothing.
	apiKey string
	// insecure selects plaintext; otherwise TLS with tlsConfig.
	insecure bool
	// tlsConfig is the TLS configuration; nil means system roots.
	tlsConfig *tls.Config
	// maxAttempts is the number of attempts for UNAVAILABLE; 1 or less
	// disables retries.
	maxAttempts int
	// dialOpts are appended after the client's own dial options.
	dialOpts []grpc.DialOption
}

// defaultOptions returns the settings Dial starts from: TLS with the system
// roots, no API key, DefaultMaxAttempts attempts.
func defaultOptions() options {
	return options{maxAttempts: DefaultMaxAttempts}
}

// evaluateOptions applies opts over the defaults, once, when the client is
// built.
func evaluateOptions(opts []Option) *options {
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	return &o
}

// WithAPIKey sends key as "authorization: Bearer <key>" metadata on every
// call. An empty key sends nothing. Over TLS (the default) the key is only
// sent on a connection with privacy and integrity; after WithInsecure it is
// sent in clear text (see "Transport security" in the package doc).
func WithAPIKey(key string) Option {
	return func(o *options) { o.apiKey = key }
}

// WithTLS connects over TLS with cfg, overriding an earlier WithInsecure.
// A nil cfg verifies the server against the system's root certificates,
// which is also what a client gets without any transport option. Set
// cfg.RootCAs for a private CA and cfg.Certificates for a client
// certificate; gRPC adds the "h2" ALPN protocol itself and does not modify
// cfg.
func WithTLS(cfg *tls.Config) Option {
	return func(o *options) {
		o.insecure = false
		o.tlsConfig = cfg
	}
}

// WithInsecure connects in plaintext, overriding the default TLS and an
// earlier WithTLS. Use it for a server on loopback or in a trusted network:
// the documents, the analyses and the API key travel unencrypted.
func WithInsecure() Option {
	return func(o *options) {
		o.insecure = true
		o.tlsConfig = nil
	}
}

// WithRetry sets how many times a call that fails with UNAVAILABLE is
// attempted in all, overriding DefaultMaxAttempts. 1 or less disables
// retries, including any retry policy a resolver publishes; gRPC caps the
// value at 5.
func WithRetry(maxAttempts int) Option {
	return func(o *options) { o.maxAttempts = maxAttempts }
}

// WithDialOptions passes gRPC dial options through unchanged, for settings
// this package has no option for (a context dialer, keepalive, interceptors,
// stats handlers). They are applied after the client's own, so where they
// set the same thing (transport credentials, the default service config)
// they win.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(o *options) { o.dialOpts = append(o.dialOpts, opts...) }
}
