package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
)

// Metrics are Prometheus collectors on a registry of the Server's own, not
// the global one, so that several servers in one process (tests, an
// embedding program) keep separate counts. The names are listed in the
// README and docs/operations.md.
//
// Per-call counts and latency come from go-grpc-middleware's Prometheus
// provider (grpc_server_*), labelled transport="grpc" for calls on the
// public gRPC server and transport="http" for calls through the HTTP/JSON
// gateway. The engine's own are docanalysis_*.

// Shed reasons, the values of docanalysis_shed_total's reason label.
const (
	shedQueueFull   = "queue_full"   // the admission queue was full
	shedStreams     = "streams"      // Config.MaxStreams streams were open
	shedRateLimited = "rate_limited" // the caller's token bucket was empty
)

// Transports, the values of the grpc_server_* metrics' transport label.
const (
	transportGRPC = "grpc"
	transportHTTP = "http"
)

// stageBuckets are the stage latency histogram's upper bounds, in seconds:
// a stage of a news article takes from tens of microseconds to tens of
// milliseconds, and of a 1 MiB text up to seconds.
var stageBuckets = prometheus.ExponentialBuckets(50e-6, 4, 10) // 50µs .. 13s

type metrics struct {
	reg  *prometheus.Registry
	grpc *grpcprom.ServerMetrics

	analysisSeconds prometheus.Histogram
	stageSeconds    *prometheus.HistogramVec
	documents       prometheus.Counter
	bytes           prometheus.Counter
	shed            *prometheus.CounterVec
	httpRequests    *prometheus.CounterVec
}

// newMetrics builds the collectors and registers them, with gauges that
// read svc's admission queue and stream count when scraped.
func newMetrics(svc *service) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		grpc: grpcprom.NewServerMetrics(
			grpcprom.WithServerHandlingTimeHistogram(grpcprom.WithHistogramBuckets(stageBuckets)),
			grpcprom.WithContextLabels("transport"),
		),
		analysisSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "docanalysis_analysis_seconds", Buckets: stageBuckets,
			Help: "Time the engine took to analyse one document, in seconds, from the end of validation and admission to the result.",
		}),
		stageSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "docanalysis_stage_seconds", Buckets: stageBuckets,
			Help: "Time one engine stage took on one document, in seconds, by stage.",
		}, []string{"stage"}),
		documents: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "docanalysis_documents_analyzed_total",
			Help: "Documents the engine analysed to the end, over every RPC and transport.",
		}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "docanalysis_document_bytes_analyzed_total",
			Help: "Bytes of text of the documents counted by docanalysis_documents_analyzed_total.",
		}),
		shed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "docanalysis_shed_total",
			Help: "Calls and stream documents refused with RESOURCE_EXHAUSTED, by reason: queue_full, streams, rate_limited.",
		}, []string{"reason"}),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "docanalysis_http_requests_total",
			Help: "HTTP requests to the gateway's address, by route (\"other\" for any path without one) and HTTP status, including those refused before reaching the service (413, malformed JSON, no route).",
		}, []string{"route", "code"}),
	}
	for _, r := range []string{shedQueueFull, shedStreams, shedRateLimited} {
		m.shed.WithLabelValues(r) // present at 0 from the start, so rates work
	}
	m.reg.MustRegister(
		m.grpc, m.analysisSeconds, m.stageSeconds, m.documents, m.bytes, m.shed, m.httpRequests,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "docanalysis_admission_queue_depth",
			Help: "Analyses waiting for a slot now.",
		}, func() float64 { return float64(svc.admit.waiting.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "docanalysis_analyses_running",
			Help: "Analyses holding a slot now (at most limits.max_concurrent_analyses).",
		}, func() float64 { return float64(len(svc.admit.slots)) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "docanalysis_streams_open",
			Help: "AnalyzeDocuments streams open now (at most limits.max_streams).",
		}, func() float64 { return float64(svc.streams.open.Load()) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// interceptors returns the per-call metrics interceptors for one
// transport, to run outermost so that refused calls are counted too.
func (m *metrics) interceptors(transport string) (grpc.UnaryServerInterceptor, grpc.StreamServerInterceptor) {
	labels := grpcprom.WithLabelsFromContext(func(context.Context) prometheus.Labels {
		return prometheus.Labels{"transport": transport}
	})
	return m.grpc.UnaryServerInterceptor(labels), m.grpc.StreamServerInterceptor(labels)
}

// analyzed records one document the engine finished.
func (m *metrics) analyzed(textBytes int, elapsed time.Duration) {
	m.documents.Inc()
	m.bytes.Add(float64(textBytes))
	m.analysisSeconds.Observe(elapsed.Seconds())
}

// observeStage records one stage's time; it is the engine's stage hook.
func (m *metrics) observeStage(stage string, elapsed time.Duration) {
	m.stageSeconds.WithLabelValues(stage).Observe(elapsed.Seconds())
}

// shedOne counts one refusal for reason.
func (m *metrics) shedOne(reason string) { m.shed.WithLabelValues(reason).Inc() }

// httpRoutes are the route label's values besides "other": a fixed set, so
// that a client probing paths cannot grow the metric without bound.
var httpRoutes = map[string]bool{
	"/v1/documents:analyze": true, "/v1/documents:analyzeBatch": true, "/v1/info": true,
	"/openapi.json": true, "/healthz": true, "/readyz": true, "/metrics": true, "/": true,
}

// countHTTP wraps h to count each request by route and status.
func (m *metrics) countHTTP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(rec, r)
		route := r.URL.Path
		if !httpRoutes[route] {
			route = "other"
		}
		m.httpRequests.WithLabelValues(route, strconv.Itoa(rec.code)).Inc()
	})
}

// statusRecorder notes the status a handler writes.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection's own writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// handler serves the registry in Prometheus's text format (or
// OpenMetrics, when the scraper asks for it).
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, EnableOpenMetrics: true})
}

// handleHealth adds /healthz and /readyz to mux. Both answer with the
// grpc.health.v1 HealthCheckResponse as JSON ({"status":"SERVING"}) for
// the service named by ?service= (default "", the whole server), and 404
// for an unknown service. /healthz is liveness: 200 whatever the status,
// since a draining server is alive. /readyz is readiness: 200 only while
// SERVING, 503 once a shutdown has begun, so that load balancers stop
// sending work before the server stops taking it.
func (s *Server) handleHealth(mux *http.ServeMux) {
	check := func(w http.ResponseWriter, r *http.Request, ready bool) {
		resp, err := s.health.Check(r.Context(), &healthpb.HealthCheckRequest{Service: r.URL.Query().Get("service")})
		if err != nil {
			writeStatus(w, status.Convert(err), http.StatusNotFound)
			return
		}
		code := http.StatusOK
		if ready && resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
			code = http.StatusServiceUnavailable
		}
		body, _ := protojson.Marshal(resp)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		w.Write(body) //nolint:errcheck // the prober has gone
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { check(w, r, false) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) { check(w, r, true) })
}
