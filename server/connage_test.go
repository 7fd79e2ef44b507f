package server

import (
	"net"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
	"github.com/docanalysis/docanalysis/internal/grpctest"
)

// countingListener counts the connections it accepts.
type countingListener struct {
	net.Listener
	accepted atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.accepted.Add(1)
	}
	return c, err
}

// TestMaxConnectionAge checks that a client is made to reconnect once its
// connection is older than MaxConnectionAge, and only then: two calls far
// enough apart use two connections with the setting and one without.
func TestMaxConnectionAge(t *testing.T) {
	grpctest.NoGoroutineLeak(t)
	for _, tt := range []struct {
		age  time.Duration
		want int64
	}{{0, 1}, {100 * time.Millisecond, 2}} {
		srv, err := New(Config{MaxConnectionAge: tt.age, Logger: discardLogger()}, enginetest.New(t, analysis.Config{}))
		if err != nil {
			t.Fatalf("New = %v", err)
		}
		tcp, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("failed to listen: %v", err)
		}
		lis := &countingListener{Listener: tcp}
		go srv.Serve(lis)
		conn, err := grpc.NewClient(tcp.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			t.Fatal(err)
		}
		c := pb.NewDocumentAnalysisServiceClient(conn)
		for i := range 2 {
			if i > 0 {
				// Past the age and its 10 % jitter, with room for the
				// GOAWAY to arrive.
				time.Sleep(5 * (tt.age + 100*time.Millisecond))
			}
			if _, err := c.GetServiceInfo(testContext(t), &pb.GetServiceInfoRequest{}); err != nil {
				t.Fatalf("GetServiceInfo = %v", err)
			}
		}
		if got := lis.accepted.Load(); got != tt.want {
			t.Errorf("MaxConnectionAge %v: two calls used %d connections; want %d", tt.age, got, tt.want)
		}
		conn.Close()
		srv.Shutdown(testContext(t))
	}
}
