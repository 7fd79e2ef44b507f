package server

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/test/bufconn"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Defaults for the zero values of Config.
const (
	DefaultAddr          = "127.0.0.1:50051"
	DefaultShutdownGrace = 10 * time.Second
	// DefaultMaxStreams bounds open AnalyzeDocuments streams, as HTTP/2
	// servers commonly bound streams per connection: each stream may hold
	// a few documents in memory while they wait their turn.
	DefaultMaxStreams = 100
)

// defaultQueueFactor sets the default admission queue to this many times
// the concurrent analyses: enough to ride out a burst of a few hundred
// milliseconds at news-article sizes, and little enough memory (each
// waiting call holds its document) to stay bounded.
const defaultQueueFactor = 4

// receiveSlack is what a request may carry besides its text: id, title,
// language and options, all bounded far below this.
const receiveSlack = 64 << 10

// MaxTextBytesCeiling bounds Config.MaxTextBytes: offsets in the API are
// 32-bit, and a larger document would not be analysed in any useful time.
const MaxTextBytesCeiling = 256 << 20

// receiveFactor sets the transport's receive limit to this many times the
// text limit: a text a few times over the limit still reaches validation,
// which names the limit, and only a larger message is refused by the
// transport, with RESOURCE_EXHAUSTED (on a stream, that ends the stream).
const receiveFactor = 4

// Server is the docanalysis gRPC server: the service, health and reflection
// behind the interceptor chain.
type Server struct {
	cfg     Config
	logger  *slog.Logger
	grpc    *grpc.Server
	health  *health.Server
	keys    *Keys
	svc     *service
	metrics *metrics
	tls     *tls.Config // nil when serving plaintext

	// inproc is the gRPC server the HTTP gateway calls, over inprocLis:
	// the same service and interceptors as grpc, without transport
	// credentials (see gateway.go).
	inproc      *grpc.Server
	inprocLis   *bufconn.Listener
	gatewayOnce sync.Once
	gatewayConn *grpc.ClientConn
	gatewayMux  http.Handler
	gatewayErr  error

	httpMu      sync.Mutex // guards the three fields below and gatewayConn
	httpServers []*http.Server
	httpClosed  bool // set by Shutdown: no more HTTP servers start

	drain     chan struct{}
	drainOnce sync.Once
}

// New builds a Server around eng. It reads the key file and the TLS
// certificate, so errors name the file at fault. A nil eng means an engine
// built from cfg; a given engine's own text limit is the one enforced.
func New(cfg Config, eng *analysis.Engine) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if eng == nil {
		var err error
		if eng, err = analysis.New(analysis.Config{MaxTextBytes: cfg.MaxTextBytes}); err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
	}
	s := &Server{cfg: cfg, logger: cfg.Logger, health: health.NewServer(), drain: make(chan struct{})}
	if cfg.AuthEnabled() {
		keys, err := loadConfiguredKeys(&cfg)
		if err != nil {
			return nil, err
		}
		s.keys = keys
	} else {
		s.logger.Warn("authentication is off: no API keys configured; serving on loopback only", slog.String("addr", cfg.Addr))
	}

	lim := newLimiter(cfg.RateLimit, cfg.RateBurst)
	s.svc = newService(&cfg, eng, s.logger, s.drain)
	s.metrics = newMetrics(s.svc)
	s.svc.countShedding(s.metrics, lim)

	// One chain for both servers; each puts its metrics interceptor (and
	// the gateway's server its peer interceptor) in front.
	unary, stream := interceptors(&cfg, s.keys, lim, s.logger)
	recvLimit := grpc.MaxRecvMsgSize(receiveFactor*eng.MaxTextBytes() + receiveSlack)
	mu, ms := s.metrics.interceptors(transportGRPC)
	opts := []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(append([]grpc.UnaryServerInterceptor{mu}, unary...)...),
		grpc.ChainStreamInterceptor(append(append([]grpc.StreamServerInterceptor{ms}, stream...), s.endWatchOnDrain)...),
		recvLimit,
	}
	hu, hs := s.metrics.interceptors(transportHTTP)
	s.inproc = grpc.NewServer(
		grpc.ChainUnaryInterceptor(append([]grpc.UnaryServerInterceptor{unaryHTTPPeer, hu}, unary...)...),
		grpc.ChainStreamInterceptor(append([]grpc.StreamServerInterceptor{hs}, stream...)...),
		recvLimit,
	)
	s.inprocLis = bufconn.Listen(inprocBuffer)
	tc, err := serverTLS(&cfg)
	if err != nil {
		return nil, err
	}
	if tc != nil {
		opts = append(opts, grpc.Creds(credentials.NewTLS(tc)))
		s.tls = tc
	}
	if cfg.MaxConnectionAge > 0 {
		// MaxConnectionAgeGrace stays unset, which gRPC takes as no
		// limit: a stream on an old connection runs to its end.
		opts = append(opts, grpc.KeepaliveParams(keepalive.ServerParameters{MaxConnectionAge: cfg.MaxConnectionAge}))
	}
	s.grpc = grpc.NewServer(opts...)
	s.register()
	return s, nil
}

// newService builds the service on eng with cfg's limits.
func newService(cfg *Config, eng *analysis.Engine, logger *slog.Logger, drain chan struct{}) *service {
	return &service{
		eng:        eng,
		logger:     logger,
		inFlight:   cfg.StreamInFlight,
		admit:      newAdmission(cfg.MaxConcurrent, cfg.MaxQueue),
		streams:    &streamGate{max: int64(cfg.MaxStreams)},
		drain:      drain,
		engineInfo: engineInfo(),
		limits:     serviceLimits(cfg, eng),
	}
}

// serviceLimits are the limits GetInfo reports: the engine's text limit,
// the transport's message limit that follows from it, and cfg's.
func serviceLimits(cfg *Config, eng *analysis.Engine) *pb.Limits {
	return &pb.Limits{
		MaxTextBytes:           int64(eng.MaxTextBytes()),
		MaxSummarySentences:    maxSummarySentences,
		MaxStreamInFlight:      int32(cfg.StreamInFlight),
		MaxReceiveMessageBytes: int64(receiveFactor*eng.MaxTextBytes() + receiveSlack),
		MaxConcurrentAnalyses:  int32(cfg.MaxConcurrent),
		MaxQueuedAnalyses:      int32(cfg.MaxQueue),
		MaxStreams:             int32(cfg.MaxStreams),
		MaxBatchDocuments:      maxBatchDocuments,
	}
}

// countShedding makes the service record in m every call it refuses, at
// admission, at the stream gate and, when lim is not nil, at the
// per-document rate limit, which it then applies.
func (svc *service) countShedding(m *metrics, lim *limiter) {
	svc.metrics = m
	svc.admit.shed = m.shedOne
	svc.streams.shed = m.shedOne
	if lim != nil {
		lim.shed = m.shedOne
		svc.perDocument = lim.Allow
	}
}

// serverTLS loads the TLS configuration cfg asks for: its certificate
// and, with a client CA file, the CAs client certificates must chain to.
// It is nil for plaintext.
func serverTLS(cfg *Config) (*tls.Config, error) {
	if cfg.TLSCertFile == "" {
		return nil, nil
	}
	cert, err := tls.LoadX509KeyPair(cfg.TLSCertFile, cfg.TLSKeyFile)
	if err != nil {
		return nil, fmt.Errorf("server: loading TLS certificate: %w", err)
	}
	tc := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if cfg.TLSClientCAFile != "" {
		pool, err := loadCAPool(cfg.TLSClientCAFile)
		if err != nil {
			return nil, err
		}
		tc.ClientCAs = pool
		tc.ClientAuth = tls.RequireAndVerifyClientCert
	}
	return tc, nil
}

// register puts the service on both servers, and health and reflection
// on the gRPC one, reporting SERVING.
func (s *Server) register() {
	pb.RegisterDocumentAnalysisServiceServer(s.grpc, s.svc)
	pb.RegisterDocumentAnalysisServiceServer(s.inproc, s.svc)
	healthpb.RegisterHealthServer(s.grpc, s.health)
	reflection.Register(s.grpc)
	s.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	s.health.SetServingStatus(pb.DocumentAnalysisService_ServiceDesc.ServiceName, healthpb.HealthCheckResponse_SERVING)
}

// loadCAPool reads a PEM bundle of CA certificates for verifying clients.
func loadCAPool(file string) (*x509.CertPool, error) {
	pem, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("server: reading the client CA file: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("server: the client CA file %s holds no PEM certificate", file)
	}
	return pool, nil
}

// Addr is the address the configuration asks to listen on.
func (s *Server) Addr() string { return s.cfg.Addr }

// Serve accepts connections on lis until Shutdown. It returns nil after a
// shutdown.
func (s *Server) Serve(lis net.Listener) error {
	s.logger.Info("serving", slog.String("addr", lis.Addr().String()), slog.Bool("tls", s.cfg.TLSCertFile != ""),
		slog.Bool("client_certs", s.cfg.TLSClientCAFile != ""), slog.Bool("auth", s.keys != nil))
	err := s.grpc.Serve(lis)
	if errors.Is(err, grpc.ErrServerStopped) {
		return nil
	}
	return err
}

// Shutdown stops the server gracefully: health turns NOT_SERVING, new calls
// get UNAVAILABLE, and calls and streams in flight get up to the configured
// grace period (or until ctx is done) to finish before they are cut off.
func (s *Server) Shutdown(ctx context.Context) {
	// Health first, so that watchers hear NOT_SERVING before their
	// streams are ended.
	s.health.Shutdown()
	s.drainOnce.Do(func() { close(s.drain) })
	// The HTTP servers keep listening while the gRPC servers drain, so
	// that /readyz reports 503 and new HTTP calls get UNAVAILABLE (the
	// in-process listener is closed) rather than a refused connection;
	// they stop once no call is left for them to wait on.
	defer s.shutdownHTTP()
	done := make(chan struct{})
	go func() {
		var wg sync.WaitGroup
		for _, g := range []*grpc.Server{s.grpc, s.inproc} {
			wg.Go(g.GracefulStop)
		}
		wg.Wait()
		close(done)
	}()
	timer := time.NewTimer(s.cfg.ShutdownGrace)
	defer timer.Stop()
	select {
	case <-done:
		s.logger.Info("stopped gracefully")
		return
	case <-timer.C:
	case <-ctx.Done():
	}
	s.logger.Warn("grace period over; cutting off calls still running")
	s.grpc.Stop()
	s.inproc.Stop()
	<-done
}

// ReloadKeys reads the configured key file and inline keys again and swaps
// them in at once; calls in flight and open connections are not disturbed.
// On error the old keys stay in force.
func (s *Server) ReloadKeys() error {
	if s.keys == nil {
		return errors.New("server: authentication is off; there are no keys to reload")
	}
	set, err := configuredKeySet(&s.cfg)
	if err != nil {
		return err
	}
	s.keys.Store(set)
	s.logger.Info("API keys reloaded", slog.Int("keys", set.Len()))
	return nil
}

// watchNoticeWait is how long a health Watch stream, once a shutdown has
// begun, is given to deliver NOT_SERVING before it is ended.
const watchNoticeWait = time.Second

// endWatchOnDrain ends health Watch streams when a shutdown begins, once
// they have told the watcher NOT_SERVING. A Watch never ends by itself, so
// without this every shutdown with a watcher would wait the whole grace
// period.
func (s *Server) endWatchOnDrain(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	if info.FullMethod != healthpb.Health_Watch_FullMethodName {
		return handler(srv, ss)
	}
	ctx, cancel := context.WithCancel(ss.Context())
	defer cancel()
	w := &watchStream{ServerStream: ss, ctx: ctx, notified: make(chan struct{})}
	go func() {
		select {
		case <-s.drain:
		case <-ctx.Done():
			return
		}
		timer := time.NewTimer(watchNoticeWait)
		defer timer.Stop()
		select {
		case <-w.notified:
		case <-timer.C:
		case <-ctx.Done():
		}
		cancel()
	}()
	return handler(srv, w)
}

// watchStream is a health Watch stream whose context ends on shutdown and
// which notes when it has sent a status other than SERVING.
type watchStream struct {
	grpc.ServerStream
	ctx      context.Context
	notified chan struct{}
	once     sync.Once
}

func (w *watchStream) Context() context.Context { return w.ctx }

func (w *watchStream) SendMsg(m any) error {
	err := w.ServerStream.SendMsg(m)
	if r, ok := m.(*healthpb.HealthCheckResponse); ok && r.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		w.once.Do(func() { close(w.notified) })
	}
	return err
}
