package server

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"runtime"
	"time"

	"github.com/docanalysis/docanalysis/analysis"
)

// Config is everything the server needs to run. cmd/docanalysisd fills it
// from flags and DOCANALYSIS_* environment variables; the zero value of each
// field means the default its comment gives.
type Config struct {
	// Addr is the TCP address to listen on. Default "127.0.0.1:50051".
	// Without API keys the server refuses any address that is not loopback.
	Addr string

	// HTTPAddr, when set, is the TCP address cmd/docanalysisd serves the
	// HTTP/JSON API on (Server.ServeGateway): the /v1/ routes, the OpenAPI
	// document, health, and metrics unless MetricsAddr is set. Empty: no
	// HTTP. Like Addr, it must be loopback without API keys.
	HTTPAddr string
	// MetricsAddr, when set, is the TCP address cmd/docanalysisd serves
	// /metrics, /healthz and /readyz on (Server.ServeMetrics), instead of
	// HTTPAddr. They carry no document data and need no key.
	MetricsAddr string

	// TLSCertFile and TLSKeyFile, both set, serve TLS with that PEM
	// certificate and key. Both empty serve plaintext.
	TLSCertFile string
	TLSKeyFile  string
	// TLSClientCAFile, when set, turns on mutual TLS: every client must
	// present a certificate signed by a CA in this PEM file, or the
	// handshake fails. It needs TLSCertFile. API keys, when configured,
	// are still checked on top.
	TLSClientCAFile string

	// KeysFile is the path of the API key file (see LoadKeys). Empty, with
	// Keys also empty, turns authentication off and logs a warning.
	KeysFile string
	// Keys holds API key entries inline, in the key file's format with
	// entries separated by ';' or newlines (DOCANALYSIS_KEYS).
	Keys string

	// RateLimit is the sustained rate of calls each API key may make, per
	// second; each document on a stream counts as one call. 0 means no limit.
	RateLimit float64
	// RateBurst is how many calls a key may make at once above the
	// sustained rate. 0 means max(1, RateLimit).
	RateBurst int

	// MaxTextBytes is the largest Document.text accepted, in bytes.
	// Default 1 MiB. The gRPC receive limit is set from it.
	MaxTextBytes int

	// StreamInFlight is how many documents of one AnalyzeDocuments stream
	// are analysed at once. Default runtime.GOMAXPROCS(0).
	StreamInFlight int

	// MaxConcurrent is how many analyses run at once across the whole
	// server, unary calls and stream documents alike. Default
	// runtime.GOMAXPROCS(0): analysis is CPU-bound, so more at once only
	// makes each slower and holds more documents in memory.
	MaxConcurrent int

	// MaxQueue is how many analyses may wait for one of the MaxConcurrent
	// slots. A call or stream document that finds the queue full is
	// refused at once with RESOURCE_EXHAUSTED and a retry delay; a queued
	// one waits at most until its deadline. Default 4 × MaxConcurrent;
	// -1 means no queue (refuse whenever every slot is busy).
	MaxQueue int

	// MaxStreams is how many AnalyzeDocuments streams may be open at once
	// across all connections; more are refused with RESOURCE_EXHAUSTED.
	// Default DefaultMaxStreams.
	MaxStreams int

	// ShutdownGrace is how long in-flight calls and streams may run after
	// a shutdown begins before they are cut off. Default 10s.
	ShutdownGrace time.Duration

	// MaxConnectionAge, when above 0, is how long a client connection may
	// live before the server asks the client to reconnect (an HTTP/2
	// GOAWAY; gRPC adds up to 10 % either way). Calls in flight on it
	// finish undisturbed. Clients that balance over a DNS name read the
	// name again when a connection closes, so this is how they find
	// replicas added after they connected. Default 0: connections live
	// as long as the client keeps them.
	MaxConnectionAge time.Duration

	// Logger receives one JSON line per call and the server's own events.
	// Default: JSON to standard error at Info level.
	Logger *slog.Logger
}

// withDefaults returns c with every zero field set to its default.
func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.MaxTextBytes <= 0 {
		c.MaxTextBytes = analysis.DefaultMaxTextBytes
	}
	if c.StreamInFlight <= 0 {
		c.StreamInFlight = runtime.GOMAXPROCS(0)
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	switch {
	case c.MaxQueue < 0:
		c.MaxQueue = 0
	case c.MaxQueue == 0:
		c.MaxQueue = defaultQueueFactor * c.MaxConcurrent
	}
	if c.MaxStreams <= 0 {
		c.MaxStreams = DefaultMaxStreams
	}
	if c.ShutdownGrace <= 0 {
		c.ShutdownGrace = DefaultShutdownGrace
	}
	if c.RateLimit > 0 && c.RateBurst <= 0 {
		c.RateBurst = max(1, int(c.RateLimit))
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	return c
}

// AuthEnabled reports whether c configures API keys.
func (c *Config) AuthEnabled() bool { return c.KeysFile != "" || c.Keys != "" }

// Validate reports the first setting that cannot work, naming it.
func (c *Config) Validate() error {
	if (c.TLSCertFile == "") != (c.TLSKeyFile == "") {
		return errors.New("server: --tls-cert and --tls-key go together")
	}
	if c.TLSClientCAFile != "" && c.TLSCertFile == "" {
		return errors.New("server: --tls-client-ca needs --tls-cert and --tls-key: client certificates are checked only over TLS")
	}
	if c.RateLimit < 0 || c.RateBurst < 0 {
		return errors.New("server: the rate limit and burst cannot be negative")
	}
	if c.MaxTextBytes < 0 || c.StreamInFlight < 0 || c.ShutdownGrace < 0 || c.MaxConnectionAge < 0 || c.MaxConcurrent < 0 || c.MaxStreams < 0 {
		return errors.New("server: limits cannot be negative")
	}
	if c.MaxQueue < -1 {
		return errors.New("server: --max-queue is a count, or -1 for no queue")
	}
	if c.MaxTextBytes > MaxTextBytesCeiling {
		return fmt.Errorf("server: --max-text-bytes %d is over the ceiling of %d (offsets are 32-bit)", c.MaxTextBytes, MaxTextBytesCeiling)
	}
	for _, a := range []struct {
		flag, addr string
		api        bool // serves the API, so needs keys off loopback
	}{{"--addr", c.Addr, true}, {"--http-addr", c.HTTPAddr, true}, {"--metrics-addr", c.MetricsAddr, false}} {
		if a.addr == "" {
			continue
		}
		host, _, err := net.SplitHostPort(a.addr)
		if err != nil {
			return fmt.Errorf("server: %s %q: %w", a.flag, a.addr, err)
		}
		if a.api && !c.AuthEnabled() && !isLoopback(host) {
			return fmt.Errorf("server: refusing to serve %q without API keys; give a key file (--keys-file) or listen on a loopback address", a.addr)
		}
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
