// Package grpctest runs a gRPC server in memory for a test: the one way
// the project's tests reach a server without a socket. It starts the
// server on a bufconn listener, dials it, and when the test ends closes
// the connections, stops the server, and fails the test if a goroutine it
// started is still running.
//
// A leak check counts goroutines, so a test that uses Serve must not run
// in parallel with others in its package.
package grpctest

import (
	"bytes"
	"context"
	"net"
	"runtime"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/test/bufconn"
)

// bufSize is the in-memory listener's buffer: room for a request with the
// largest text the server accepts.
const bufSize = 1 << 20

// leakWait is how long the goroutines of a stopped server and its closed
// connections get to end: they end asynchronously, within milliseconds on
// an idle machine, but CI machines are not idle.
var leakWait = 10 * time.Second

// Serve starts serve on an in-memory listener and returns the listener,
// for Dial and Dialer. serve is a server's Serve method: a *grpc.Server's,
// or one that wraps it.
//
// When the test ends, after the cleanups registered later (the
// connections Dial opens are closed first), Serve calls stop, wants serve
// to return nil, and then checks that no more goroutines run than before
// Serve was called.
func Serve(t testing.TB, serve func(net.Listener) error, stop func()) *bufconn.Listener {
	t.Helper()
	NoGoroutineLeak(t)
	lis := bufconn.Listen(bufSize)
	served := make(chan error, 1)
	go func() { served <- serve(lis) }()
	t.Cleanup(func() {
		stop()
		select {
		case err := <-served:
			if err != nil {
				t.Errorf("Serve = %v; want nil once stopped", err)
			}
		case <-time.After(leakWait):
			t.Errorf("Serve still running %v after the server was stopped", leakWait)
		}
	})
	return lis
}

// Dialer is the dial option that reaches lis, for a caller that dials
// with options of its own (a client library's Dial).
func Dialer(lis *bufconn.Listener) grpc.DialOption {
	return grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) {
		return lis.DialContext(ctx)
	})
}

// Dial opens a client connection to the server on lis, without transport
// security unless opts say otherwise, and closes it when the test ends,
// before the server stops.
func Dial(t testing.TB, lis *bufconn.Listener, opts ...grpc.DialOption) *grpc.ClientConn {
	t.Helper()
	opts = append([]grpc.DialOption{Dialer(lis), grpc.WithTransportCredentials(insecure.NewCredentials())}, opts...)
	conn, err := grpc.NewClient("passthrough:///bufnet", opts...)
	if err != nil {
		t.Fatalf("grpc.NewClient = _, %v; want _, nil", err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// NoGoroutineLeak fails t if, once the test's later cleanups have run, a
// goroutine started after it was called is still running. Serve calls it;
// a test that serves otherwise (on a real socket) calls it first.
// Goroutines are told apart by their ids, not counted: a goroutine of an
// earlier test that ends meanwhile must not hide one this test leaves.
func NoGoroutineLeak(t testing.TB) {
	before := goroutines()
	t.Cleanup(func() {
		deadline := time.Now().Add(leakWait)
		for {
			stacks := allStacks()
			leaked := 0
			for id := range goroutineIDs(stacks) {
				if !before[id] {
					leaked++
				}
			}
			if leaked == 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Errorf("%d goroutines started by the test still run after it:\n%s", leaked, stacks)
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	})
}

// goroutines returns the ids of the goroutines running now.
func goroutines() map[string]bool { return goroutineIDs(allStacks()) }

// allStacks returns the stacks of every goroutine, as runtime.Stack
// writes them.
func allStacks() []byte {
	buf := make([]byte, 1<<20)
	return buf[:runtime.Stack(buf, true)]
}

// goroutineIDs returns the ids of the goroutines in stacks: each stack
// opens with a line "goroutine <id> [<state>]:".
func goroutineIDs(stacks []byte) map[string]bool {
	ids := make(map[string]bool)
	for _, line := range bytes.Split(stacks, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte("goroutine ")); ok {
			if id, _, ok := bytes.Cut(rest, []byte(" ")); ok {
				ids[string(id)] = true
			}
		}
	}
	return ids
}
