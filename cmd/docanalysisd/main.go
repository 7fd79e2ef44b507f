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
	opts, err := parseFlags(args, stderr, getenv)
	if err != nil {
		return exitCode(stderr, err)
	}
	if opts.hashKey {
		return exitCode(stderr, printKeyHash(stdin, stdout))
	}
	if err := opts.tuneCollector(getenv); err != nil {
		return exitCode(stderr, err)
	}
	cfg, err := opts.serverConfig(stderr)
	if err != nil {
		return exitCode(stderr, err)
	}
	eng, err := analysis.New(analysis.Config{MaxTextBytes: cfg.MaxTextBytes})
	if err != nil {
		return exitCode(stderr, err)
	}
	srv, err := server.New(cfg, eng)
	if err != nil {
		return exitCode(stderr, err)
	}
	listeners, err := listen([]listener{
		{addr: srv.Addr(), serve: srv.Serve},
		{addr: cfg.HTTPAddr, serve: srv.ServeGateway},
		{addr: cfg.MetricsAddr, serve: srv.ServeMetrics},
	})
	if err != nil {
		return exitCode(stderr, err)
	}
	return serve(srv, cfg, listeners, stderr)
}

// exitError is an error that ends run with its own exit code: 0 for
// --help, 2 for a usage error. Without a cause, the message is already
// out (the flag package prints its own).
type exitError struct {
	code  int
	cause error
}

func (e *exitError) Error() string {
	if e.cause == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.cause.Error()
}

// usageError marks err as the user's mistake: run exits with code 2.
func usageError(err error) error { return &exitError{code: 2, cause: err} }

// exitCode prints err, if it has a message not yet printed, and returns
// the code run exits with: 0 for nil, the code of an exitError, 1 for any
// other failure.
func exitCode(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	code := 1
	var e *exitError
	if errors.As(err, &e) {
		code = e.code
		if e.cause == nil {
			return code
		}
	}
	fmt.Fprintf(stderr, "docanalysisd: %v\n", err)
	return code
}

// options are the settings run reads from flags and the environment.
type options struct {
	cfg       server.Config
	logLevel  string
	hashKey   bool
	gcPercent int
	memLimit  int             // MiB
	explicit  map[string]bool // flags given, on the command line or in the environment
}

// parseFlags reads options from the environment, then from args, so that
// the command line wins.
func parseFlags(args []string, stderr io.Writer, getenv func(string) string) (*options, error) {
	var opts options
	fs := opts.flagSet(stderr)
	if err := setFromEnv(fs, getenv); err != nil {
		return nil, usageError(err)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, &exitError{code: 0}
		}
		return nil, &exitError{code: 2}
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "docanalysisd: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return nil, &exitError{code: 2}
	}
	opts.explicit = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { opts.explicit[f.Name] = true })
	return &opts, nil
}

// flagSet defines the flags into opts; its messages go to stderr.
func (opts *options) flagSet(stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("docanalysisd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := &opts.cfg
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
	fs.IntVar(&opts.gcPercent, "gc-percent", defaultGCPercent, "garbage collector target, as GOGC: heap growth in percent between collections; used unless GOGC is set and this flag is not")
	fs.IntVar(&opts.memLimit, "memory-limit-mb", defaultMemoryLimitMB, "soft memory limit in MiB, as GOMEMLIMIT: the collector works harder near it; 0 means none; used unless GOMEMLIMIT is set and this flag is not")
	fs.StringVar(&opts.logLevel, "log-level", "info", "log `LEVEL`: debug, info, warn or error")
	fs.BoolVar(&opts.hashKey, "hash-key", false, "read an API key on standard input and print its SHA-256, for the key file")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: docanalysisd [flags]\n\nDocanalysisd serves the docanalysis gRPC API. Every flag can also be set\nwith an environment variable: --max-text-bytes is DOCANALYSIS_MAX_TEXT_BYTES.\nA flag on the command line wins over the environment.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	return fs
}

// setFromEnv sets the flags whose variables (see envName) getenv gives,
// --hash-key excepted. fs.Set checks the value as the command line would;
// the error names the variable at fault.
func setFromEnv(fs *flag.FlagSet, getenv func(string) string) error {
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		name := envName(f.Name)
		if v := getenv(name); v != "" && f.Name != "hash-key" && envErr == nil {
			if err := fs.Set(f.Name, v); err != nil {
				envErr = fmt.Errorf("%s=%q: %w", name, v, err)
			}
		}
	})
	return envErr
}

// printKeyHash reads an API key, the first line of stdin, and prints its
// SHA-256 for the key file.
func printKeyHash(stdin io.Reader, stdout io.Writer) error {
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("reading the key: %w", err)
	}
	key := strings.TrimSpace(line)
	if key == "" {
		return usageError(errors.New("--hash-key reads a key on standard input; got nothing"))
	}
	fmt.Fprintln(stdout, server.HashKey(key))
	return nil
}

// tuneCollector checks the collector's settings and applies those that
// win over the runtime's own (see gcPercentSetting).
func (opts *options) tuneCollector(getenv func(string) string) error {
	if opts.gcPercent <= 0 || opts.memLimit < 0 {
		return usageError(errors.New("--gc-percent must be above 0 and --memory-limit-mb at least 0"))
	}
	if percent, ok := gcPercentSetting(opts.gcPercent, opts.explicit["gc-percent"], getenv); ok {
		debug.SetGCPercent(percent)
	}
	if limit, ok := memoryLimitSetting(opts.memLimit, opts.explicit["memory-limit-mb"], getenv); ok {
		debug.SetMemoryLimit(limit)
	}
	return nil
}

// serverConfig completes the server's configuration with a JSON logger on
// stderr and checks it. A configuration that cannot work is a usage error,
// reported before anything is read or opened.
func (opts *options) serverConfig(stderr io.Writer) (server.Config, error) {
	cfg := opts.cfg
	var level slog.Level
	if err := level.UnmarshalText([]byte(opts.logLevel)); err != nil {
		return cfg, usageError(fmt.Errorf("--log-level %q: use debug, info, warn or error", opts.logLevel))
	}
	cfg.Logger = slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level}))
	if err := cfg.Validate(); err != nil {
		return cfg, usageError(err)
	}
	return cfg, nil
}

// listener is an address to listen on, the server to serve there and,
// once listen has opened it, its listener.
type listener struct {
	addr  string
	serve func(net.Listener) error
	lis   net.Listener
}

// listen opens a listener for each of ls that has an address and returns
// those. Every listener is opened before any is served, so that a port in
// use is reported before the server takes a call; if one fails, those
// already open are closed.
func listen(ls []listener) ([]listener, error) {
	var open []listener
	for _, l := range ls {
		if l.addr == "" {
			continue
		}
		lis, err := net.Listen("tcp", l.addr)
		if err != nil {
			for _, o := range open {
				o.lis.Close()
			}
			return nil, fmt.Errorf("failed to listen: %w", err)
		}
		l.lis = lis
		open = append(open, l)
	}
	return open, nil
}

// serve serves on every listener until one of them ends by itself or
// SIGINT or SIGTERM comes, then shuts the server down and waits for all of
// them; it returns the exit code, 1 if any failed. SIGHUP meanwhile
// reloads the API keys.
func serve(srv *server.Server, cfg server.Config, listeners []listener, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	stopReloading := reloadKeysOnHangup(srv, cfg)
	defer stopReloading()

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

// reloadKeysOnHangup reloads the API keys on each SIGHUP, keeping the old
// ones if the new do not load, until the function it returns is called.
func reloadKeysOnHangup(srv *server.Server, cfg server.Config) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
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
	return func() { signal.Stop(hup) }
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
