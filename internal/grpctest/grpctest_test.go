package grpctest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// recorder is a testing.TB whose cleanups run when the test says, and
// whose errors are kept rather than failing the test.
type recorder struct {
	testing.TB
	cleanups []func()
	errs     []string
}

func (r *recorder) Cleanup(f func()) { r.cleanups = append(r.cleanups, f) }
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Helper() {}

// finish runs the cleanups last first, as testing does.
func (r *recorder) finish() {
	for i := len(r.cleanups) - 1; i >= 0; i-- {
		r.cleanups[i]()
	}
}

// serveHealth serves the health service through Serve and Dial on rec and
// makes one call.
func serveHealth(t *testing.T, rec *recorder) {
	srv := grpc.NewServer()
	healthpb.RegisterHealthServer(srv, health.NewServer())
	conn := Dial(rec, Serve(rec, srv.Serve, srv.Stop))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("Check = %v, %v; want SERVING", resp, err)
	}
}

// A server served and dialled here answers, and when the test ends it is
// stopped and leaves nothing running.
func TestServeAndDial(t *testing.T) {
	rec := &recorder{TB: t}
	serveHealth(t, rec)
	rec.finish()
	if len(rec.errs) > 0 {
		t.Errorf("a clean test reported: %q", rec.errs)
	}
}

// A goroutine the test leaves running fails it.
func TestLeakIsReported(t *testing.T) {
	defer func(w time.Duration) { leakWait = w }(leakWait)
	leakWait = 200 * time.Millisecond
	rec := &recorder{TB: t}
	serveHealth(t, rec)
	stop := make(chan struct{})
	defer close(stop)
	go func() { <-stop }()
	rec.finish()
	if len(rec.errs) != 1 {
		t.Errorf("a test leaving a goroutine reported %d errors, want 1: %q", len(rec.errs), rec.errs)
	}
}
