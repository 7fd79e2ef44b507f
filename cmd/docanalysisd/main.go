// Docanalysisd serves the docanalysis gRPC API: summaries, actors and the
// points they dispute, read from article text.
//
// With no configuration it serves plaintext on 127.0.0.1:50051 with
// authentication off, and says so in its log. Give it API keys to serve on
// any other address, and a certificate to serve TLS.
//
// Usage:
//
//	docanalysisd [flags]
//
// Every flag can also be set with an environment variable: --max-text-bytes
// is DOCANALYSIS_MAX_TEXT_BYTES. A flag given on the command line wins.
//
//	--addr HOST:PORT         listen address (default 127.0.0.1:50051)
//	--http-addr HOST:PORT    also serve HTTP/JSON, OpenAPI, health and metrics (default off)
//	--metrics-addr HOST:PORT serve /metrics, /healthz and /readyz here instead (default off)
//	--tls-cert FILE          PEM certificate; with --tls-key serves TLS
//	--tls-key FILE           PEM private key
//	--tls-client-ca FILE     PEM CA bundle: require client certificates it signed
//	--keys-file FILE         API key file: "<id> <sha256-hex> <methods>" a line
//	--keys ENTRIES           key entries inline, separated by ';'
//	--rate-limit N           calls per second per key (0: no limit)
//	--rate-burst N           calls a key may make at once above the rate
//	--max-text-bytes N       largest document text accepted (default 1048576)
//	--stream-in-flight N     documents of one stream analysed at once
//	--max-concurrent N       analyses run at once, server-wide (default: one per CPU)
//	--max-queue N            analyses waiting for a slot (default 4 × max-concurrent; -1: none)
//	--max-streams N          AnalyzeDocuments streams open at once (default 100)
//	--shutdown-grace D       time in-flight calls get on SIGTERM (default 10s)
//	--max-connection-age D   ask clients to reconnect after D, to find new replicas (default: never)
//	--log-level LEVEL        debug, info, warn or error (default info)
//	--hash-key               read a key on standard input, print its SHA-256
//
// On SIGINT or SIGTERM the server stops taking calls, reports NOT_SERVING to
// health checks, and gives calls in flight the grace period to finish.
//
// Exit codes: 0 after a clean shutdown, 1 when the server cannot start or
// fails, 2 for a usage error or a configuration that cannot work. A second
// SIGINT or SIGTERM during the grace period stops it at once.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/server"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// run is main without the process: tests call it with their own arguments,
// streams and environment.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("docanalysisd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg server.Config
	var (
		logLevel  string
		hashKey   bool
		gcPercent int
		memLimit  int
	)
	fs.StringVar(&cfg.Addr, "addr", server.DefaultAddr, "listen `HOST:PORT`")
	fs.StringVar(&cfg.HTTPAddr, "http-addr", "", "also serve the HTTP/JSON API (/v1/...), /openapi.json, /healthz, /readyz and /metrics on `HOST:PORT`; empty: no HTTP")
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", "", "serve /metrics, /healthz and /readyz on `HOST:PORT` instead of --http-addr")
	fs.StringVar(&cfg.TLSCertFile, "tls-cert", "", "PEM certificate `FILE`; with --tls-key serves TLS")
	fs.StringVar(&cfg.TLSKeyFile, "tls-key", "", "PEM private key `FILE`")
	fs.StringVar(&cfg.TLSClientCAFile, "tls-client-ca", "", "PEM CA bundle `FILE`: require and verify client certificates signed by it (mutual TLS; needs --tls-cert)")
	fs.StringVar(&cfg.KeysFile, "keys-file", "", "API key `FILE`, lines of \"<id> <sha256-hex> <methods>\"; with --keys also empty, auth is off")
	fs.StringVar(&cfg.Keys, "keys", "", "API key `ENTRIES` inline, in the key file's format, separated by ';'")
	fs.Float64Var(&cfg.RateLimit, "rate-limit", 0, "calls per second each API key (each client host when auth is off) may make; each stream document counts as a call; 0 means no limit")
	fs.IntVar(&cfg.RateBurst, "rate-burst", 0, "the token bucket's size: calls that may be made in a burst before the rate applies; 0 means the rate, at least 1")
	fs.IntVar(&cfg.MaxTextBytes, "max-text-bytes", analysis.DefaultMaxTextBytes, "largest document text accepted, in bytes")
	fs.IntVar(&cfg.StreamInFlight, "stream-in-flight", 0, "documents of one stream analysed at once; 0 means one per CPU")
	fs.IntVar(&cfg.MaxConcurrent, "max-concurrent", 0, "analyses run at once across the server, unary and streamed; 0 means one per CPU")
	fs.IntVar(&cfg.MaxQueue, "max-queue", 0, "analyses that may wait for a slot before more are refused with RESOURCE_EXHAUSTED; 0 means 4 times --max-concurrent, -1 no queue")
	fs.IntVar(&cfg.MaxStreams, "max-streams", server.DefaultMaxStreams, "AnalyzeDocuments streams open at once across all connections")
	fs.DurationVar(&cfg.ShutdownGrace, "shutdown-grace", server.DefaultShutdownGrace, "how long calls in flight may run after SIGTERM")
	fs.DurationVar(&cfg.MaxConnectionAge, "max-connection-age", 0, "ask clients to reconnect after a connection has lived this long, so that balancing clients find new replicas; 0 means never")
	fs.IntVar(&gcPercent, "gc-percent", defaultGCPercent, "garbage collector target, as GOGC: heap growth in percent between collections; used unless GOGC is set and this flag is not")
	fs.IntVar(&memLimit, "memory-limit-mb", defaultMemoryLimitMB, "soft memory limit in MiB, as GOMEMLIMIT: the collector works harder near it; 0 means none; used unless GOMEMLIMIT is set and this flag is not")
	fs.StringVar(&logLevel, "log-level", "info", "log `LEVEL`: debug, info, warn or error")
	fs.BoolVar(&hashKey, "hash-key", false, "read an API key on standard input and print its SHA-256, for the key file")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: docanalysisd [flags]\n\nDocanalysisd serves the docanalysis gRPC API. Every flag can also be set\nwith an environment variable: --max-text-bytes is DOCANALYSIS_MAX_TEXT_BYTES.\nA flag on the command line wins over the environment.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	// Environment first, so that the command line wins; fs.Set checks
	// the value as the command line would and names the variable at fault.
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		name := envName(f.Name)
		if v := getenv(name); v != "" && f.Name != "hash-key" && envErr == nil {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = fmt.Errorf("%s=%q: %w", name, v, err)
			}
		}
	})
	if envErr != nil {
		fmt.Fprintf(stderr, "docanalysisd: %v\n", envErr)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "docanalysisd: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if hashKey {
		line, err := bufio.NewReader(stdin).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			fmt.Fprintf(stderr, "docanalysisd: reading the key: %v\n", err)
			return 1
		}
		key := strings.TrimSpace(line)
		if key == "" {
			fmt.Fprintln(stderr, "docanalysisd: --hash-key reads a key on standard input; got nothing")
			return 2
		}
		fmt.Fprintln(stdout, server.HashKey(key))
		return 0
	}
	if gcPercent <= 0 || memLimit < 0 {
		fmt.Fprintf(stderr, "docanalysisd: --gc-percent must be above 0 and --memory-limit-mb at least 0\n")
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if percent, ok := gcPercentSetting(gcPercent, set["gc-percent"], getenv); ok {
		debug.SetGCPercent(percent)
	}
	if limit, ok := memoryLimitSetting(memLimit, set["memory-limit-mb"], getenv); ok {
		debug.SetMemoryLimit(limit)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		fmt.Fprintf(stderr, "docanalysisd: --log-level %q: use debug, info, warn or error\n", logLevel)
		return 2
	}
	cfg.Logger = slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level}))

	// A configuration that cannot work is a usage error, reported before
	// anything is read or opened.
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "docanalysisd: %v\n", err)
		return 2
	}
	eng, err := analysis.New(analysis.Config{MaxTextBytes: cfg.MaxTextBytes})
	if err != nil {
		fmt.Fprintf(stderr, "docanalysisd: %v\n", err)
		return 1
	}
	srv, err := server.New(cfg, eng)
	if err != nil {
		fmt.Fprintf(stderr, "docanalysisd: %v\n", err)
		return 1
	}
	// Every listener is opened before any is served, so that a port in use
	// is reported before the server takes a call.
	type listener struct {
		lis   net.Listener
		serve func(net.Listener) error
	}
	var listeners []listener
	for _, l := range []struct {
		addr  string
		serve func(net.Listener) error
	}{{srv.Addr(), srv.Serve}, {cfg.HTTPAddr, srv.ServeGateway}, {cfg.MetricsAddr, srv.ServeMetrics}} {
		if l.addr == "" {
			continue
		}
		lis, err := net.Listen("tcp", l.addr)
		if err != nil {
			for _, open := range listeners {
				open.lis.Close()
			}
			fmt.Fprintf(stderr, "docanalysisd: failed to listen: %v\n", err)
			return 1
		}
		listeners = append(listeners, listener{lis, l.serve})
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for range hup {
			if cfg.KeysFile == "" && cfg.Keys == "" {
				cfg.Logger.Info("SIGHUP ignored: authentication is off")
				continue
			}
			if err := srv.ReloadKeys(); err != nil {
				cfg.Logger.Error("reloading API keys failed; keeping the old keys", slog.String("error", err.Error()))
			}
		}
	}()

	served := make(chan error, len(listeners))
	for _, l := range listeners {
		go func() { served <- l.serve(l.lis) }()
	}
	code, pending := 0, len(listeners)
	select {
	case err := <-served:
		// One server ended by itself: stop the others too.
		pending--
		if err != nil {
			fmt.Fprintf(stderr, "docanalysisd: serve: %v\n", err)
			code = 1
		}
	case <-ctx.Done():
		cfg.Logger.Info("shutting down")
	}
	// From here a second SIGINT or SIGTERM kills the process at once, for
	// an operator who will not wait out the grace period.
	stop()
	srv.Shutdown(context.Background())
	for ; pending > 0; pending-- {
		if err := <-served; err != nil {
			fmt.Fprintf(stderr, "docanalysisd: serve: %v\n", err)
			code = 1
		}
	}
	return code
}

// The collector's defaults. Analysis allocates a few hundred kilobytes
// per article that die with the request while the live heap (the models, a
// few tens of megabytes) stays put, so at Go's default GOGC of 100 the collector runs
// every few dozen articles and takes close to a third of the CPU. Four
// times the live heap between collections cuts that to a small share;
// the soft limit keeps a burst of large documents from growing the heap
// past what the operations guide promises.
const (
	defaultGCPercent     = 400
	defaultMemoryLimitMB = 256
)

// gcPercentSetting returns the GOGC value docanalysisd sets, and false
// when it leaves the runtime's own: an operator's GOGC wins over the
// default but not over the flag given explicitly (on the command line or
// as DOCANALYSIS_GC_PERCENT).
func gcPercentSetting(flagValue int, explicit bool, getenv func(string) string) (int, bool) {
	if explicit || getenv(envName("gc-percent")) != "" || getenv("GOGC") == "" {
		return flagValue, true
	}
	return 0, false
}

// memoryLimitSetting is gcPercentSetting for the soft memory limit, in
// bytes; 0 MiB means no limit.
func memoryLimitSetting(mib int, explicit bool, getenv func(string) string) (int64, bool) {
	if !explicit && getenv(envName("memory-limit-mb")) == "" && getenv("GOMEMLIMIT") != "" {
		return 0, false
	}
	if mib == 0 {
		return math.MaxInt64, true
	}
	return int64(mib) << 20, true
}

// envName is the environment variable that sets a flag.
func envName(flagName string) string {
	return "DOCANALYSIS_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}
