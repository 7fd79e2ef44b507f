package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/connectivity"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/client"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/servelog"
)

const defaultTestTimeout = 60 * time.Second

// story is a text written for these tests.
const story = `Ministers clash over rail fares

The transport minister, Ana Sousa, said on Tuesday that fares would rise by 4% in March.
The rail union RMT rejected the plan, calling it “a tax on commuters”.
Ms Sousa insisted the rise was needed to pay for new trains, while the union warned of strikes.`

// syncWriter collects the server's stderr while the test reads it.
type syncWriter struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// startBinary builds docanalysisd, starts it on a free loopback port with
// the given extra environment, and returns the address it serves on.
func startBinary(t *testing.T, env ...string) (addr string, cmd *exec.Cmd, logs *syncWriter) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "docanalysisd")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd = exec.Command(bin, "--addr", "127.0.0.1:0", "--shutdown-grace", "30s", "--stream-in-flight", "1")
	cmd.Env = append(os.Environ(), env...)
	pr, pw := io.Pipe()
	logs = &syncWriter{}
	cmd.Stderr = io.MultiWriter(pw, logs)
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		pw.Close()
	})
	found := make(chan string, 1)
	// One reader only: it finds the address, then keeps draining the pipe
	// so the server never blocks on its log.
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if addr, ok := servelog.Addr(sc.Bytes()); ok {
				select {
				case found <- addr:
				default:
				}
			}
		}
	}()
	select {
	case addr = <-found:
	case <-time.After(defaultTestTimeout):
		t.Fatalf("the server did not say where it serves; stderr:\n%s", logs.String())
	}
	return addr, cmd, logs
}

// TestEndToEnd builds and runs the real server binary on a real socket,
// calls it with the Go client and with grpcurl, then stops it with SIGTERM
// in the middle of a stream and checks that no document was lost: each one
// sent was answered exactly once, with its analysis or, once the shutdown
// had begun, with UNAVAILABLE.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server binary; skipped in -short")
	}
	// Building grpcurl the first time takes minutes on a cold cache; do it
	// before the clock of the calls starts.
	if out, err := exec.Command("go", "tool", "grpcurl", "-version").CombinedOutput(); err != nil {
		t.Fatalf("go tool grpcurl -version: %v\n%s", err, out)
	}
	const key = "e2e-key-4d1c"
	sum := sha256.Sum256([]byte(key))
	addr, cmd, logs := startBinary(t, "DOCANALYSIS_KEYS=e2e "+hex.EncodeToString(sum[:])+" *")

	ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
	defer cancel()
	c, err := client.Dial(addr, client.WithInsecure(), client.WithAPIKey(key))
	if err != nil {
		t.Fatalf("client.Dial(%s) = %v", addr, err)
	}
	defer c.Close()

	// The Go client.
	resp, err := c.Analyze(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "rail", Text: story}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF32})
	if err != nil {
		t.Fatalf("Analyze = %v", err)
	}
	runes := []rune(story)
	for _, kp := range resp.GetAnalysis().GetSummary().GetKeyPoints() {
		sp := kp.GetSpan()
		if got := string(runes[sp.GetBegin():sp.GetEnd()]); got != sp.GetContent() {
			t.Errorf("key point [%d:%d] = %q; content %q", sp.GetBegin(), sp.GetEnd(), got, sp.GetContent())
		}
	}
	if len(resp.GetAnalysis().GetActors()) == 0 {
		t.Errorf("no actors in %v", resp.GetAnalysis())
	}
	noKey, _ := client.Dial(addr, client.WithInsecure())
	defer noKey.Close()
	if _, err := noKey.Info(ctx); status.Code(err) != codes.Unauthenticated {
		t.Errorf("Info without a key = %v; want Unauthenticated", err)
	}

	// grpcurl, through reflection.
	req, _ := json.Marshal(map[string]any{"document": map[string]string{"id": "g", "text": story}, "encodingType": "ENCODING_TYPE_UTF16"})
	out, err := exec.CommandContext(ctx, "go", "tool", "grpcurl", "-plaintext", "-H", "authorization: Bearer "+key,
		"-d", string(req), addr, "docanalysis.v1.DocumentAnalysisService/AnalyzeDocument").CombinedOutput()
	if err != nil {
		t.Fatalf("grpcurl: %v\n%s", err, out)
	}
	var viaCurl struct {
		Analysis struct {
			DocumentID string `json:"documentId"`
			Actors     []struct {
				Name string `json:"name"`
			} `json:"actors"`
		} `json:"analysis"`
	}
	if err := json.Unmarshal(out, &viaCurl); err != nil || viaCurl.Analysis.DocumentID != "g" || len(viaCurl.Analysis.Actors) == 0 {
		t.Errorf("grpcurl answered %s (%v); want an analysis of document g", out, err)
	}
	list, err := exec.CommandContext(ctx, "go", "tool", "grpcurl", "-plaintext", addr, "list").CombinedOutput()
	if err != nil || !strings.Contains(string(list), "docanalysis.v1.DocumentAnalysisService") {
		t.Errorf("grpcurl list = %s, %v; want the service listed without a key", list, err)
	}

	// SIGTERM in the middle of a stream.
	stream, err := c.Service().AnalyzeDocuments(ctx)
	if err != nil {
		t.Fatalf("AnalyzeDocuments = %v", err)
	}
	const docs = 400
	sent := make(chan int, 1)
	go func() {
		n := 0
		for ; n < docs; n++ {
			if stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: fmt.Sprint(n), Text: story}}) != nil {
				break
			}
		}
		stream.CloseSend()
		sent <- n
	}()
	answered := map[int64]bool{}
	var analysed, refused int
	var streamErr error
	for {
		r, err := stream.Recv()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				streamErr = err
			}
			break
		}
		if answered[r.GetIndex()] {
			t.Errorf("document %d answered twice", r.GetIndex())
		}
		answered[r.GetIndex()] = true
		switch {
		case r.GetAnalysis() != nil:
			analysed++
		case codes.Code(r.GetError().GetCode()) == codes.Unavailable:
			refused++
		default:
			t.Errorf("document %d failed: %v", r.GetIndex(), r.GetError())
		}
		if len(answered) == 5 {
			if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatalf("SIGTERM: %v", err)
			}
		}
	}
	n := <-sent
	// Nothing lost: the client closed its side, so every document sent
	// was read, and each got exactly one response: its analysis if it was
	// taken before the shutdown, UNAVAILABLE if it was read after.
	if streamErr != nil {
		t.Errorf("the stream ended with %v; want a clean end once the client closed it", streamErr)
	}
	if len(answered) != n {
		t.Errorf("%d of %d documents sent were answered", len(answered), n)
	}
	if analysed == 0 || refused == 0 || analysed+refused != len(answered) {
		t.Errorf("%d analysed, %d refused with UNAVAILABLE, of %d answers; want both kinds and nothing else", analysed, refused, len(answered))
	}
	t.Logf("SIGTERM after 5 answers: %d of %d documents analysed, %d answered UNAVAILABLE", analysed, n, refused)

	waitExit(t, cmd)
	if l := logs.String(); !strings.Contains(l, "stopped gracefully") || strings.Contains(l, "Ana Sousa") || strings.Contains(l, key) {
		t.Errorf("server log lacks a graceful stop, or holds text or the key:\n%s", l)
	}
}

// TestKeyReloadOnSIGHUP starts the binary with a key file, connects once,
// rewrites the file with a new key and sends SIGHUP: on the same
// connection, never redialled, the new key is served and the old one is
// refused.
func TestKeyReloadOnSIGHUP(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the server binary; skipped in -short")
	}
	const oldKey, newKey = "old-key-5e7a01", "new-key-93c2bd"
	keyFile := filepath.Join(t.TempDir(), "keys.txt")
	writeKeys := func(id, key string) {
		t.Helper()
		sum := sha256.Sum256([]byte(key))
		if err := os.WriteFile(keyFile, []byte("# rotated by the test\n"+id+" "+hex.EncodeToString(sum[:])+" *\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	writeKeys("old", oldKey)
	addr, cmd, logs := startBinary(t, "DOCANALYSIS_KEYS_FILE="+keyFile)

	ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
	defer cancel()
	var dials atomic.Int32
	conn, err := grpc.NewClient("passthrough:///"+addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithContextDialer(func(ctx context.Context, a string) (net.Conn, error) {
			dials.Add(1)
			return (&net.Dialer{}).DialContext(ctx, "tcp", a)
		}))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	svc := pb.NewDocumentAnalysisServiceClient(conn)
	call := func(key string) codes.Code {
		kctx := metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+key)
		_, err := svc.GetServiceInfo(kctx, &pb.GetServiceInfoRequest{})
		return status.Code(err)
	}
	if got := call(oldKey); got != codes.OK {
		t.Fatalf("old key before the reload = %v; want OK", got)
	}
	if got := call(newKey); got != codes.Unauthenticated {
		t.Fatalf("new key before the reload = %v; want Unauthenticated", got)
	}

	writeKeys("new", newKey)
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatalf("SIGHUP: %v", err)
	}
	// The reload happens on the server's own time; poll, bounded.
	deadline := time.Now().Add(defaultTestTimeout)
	for call(newKey) != codes.OK {
		if time.Now().After(deadline) {
			t.Fatalf("the new key was not accepted after SIGHUP; log:\n%s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := call(oldKey); got != codes.Unauthenticated {
		t.Errorf("old key after the reload = %v; want Unauthenticated", got)
	}
	if n := dials.Load(); n != 1 {
		t.Errorf("the client dialled %d times; want 1: the reload must not drop connections", n)
	}
	if s := conn.GetState(); s != connectivity.Ready {
		t.Errorf("connection state after the reload = %v; want READY", s)
	}
	if l := logs.String(); !strings.Contains(l, "API keys reloaded") || strings.Contains(l, oldKey) || strings.Contains(l, newKey) {
		t.Errorf("the log lacks the reload, or holds a key:\n%s", l)
	}

	// A broken file keeps the keys in force.
	if err := os.WriteFile(keyFile, []byte("this is not a key line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGHUP)
	deadline = time.Now().Add(defaultTestTimeout)
	for !strings.Contains(logs.String(), "keeping the old keys") {
		if time.Now().After(deadline) {
			t.Fatalf("no error logged for a broken key file; log:\n%s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := call(newKey); got != codes.OK {
		t.Errorf("new key after a failed reload = %v; want OK (old keys kept)", got)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		env  map[string]string
		code int
		want string
	}{
		{[]string{"--help"}, nil, 0, "DOCANALYSIS_MAX_TEXT_BYTES"},
		{[]string{"--bogus"}, nil, 2, "flag provided but not defined"},
		{[]string{"extra"}, nil, 2, "unexpected argument"},
		{nil, map[string]string{"DOCANALYSIS_RATE_LIMIT": "fast"}, 2, "DOCANALYSIS_RATE_LIMIT"},
		{[]string{"--log-level", "loud"}, nil, 2, "--log-level"},
		{[]string{"--addr", "0.0.0.0:0"}, nil, 2, "without API keys"},
		{[]string{"--tls-client-ca", "ca.pem"}, nil, 2, "--tls-cert"},
		{[]string{"--max-queue", "-2"}, nil, 2, "--max-queue"},
		{[]string{"--gc-percent", "0"}, nil, 2, "--gc-percent"},
		{[]string{"--memory-limit-mb", "-1"}, nil, 2, "--memory-limit-mb"},
		{nil, map[string]string{"DOCANALYSIS_MAX_CONCURRENT": "many"}, 2, "DOCANALYSIS_MAX_CONCURRENT"},
		{[]string{"--help"}, nil, 0, "-max-streams"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &stdout, &stderr, func(k string) string { return tt.env[k] })
		if code != tt.code || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("run(%q, %v) = %d, stderr %q; want %d and %q", tt.args, tt.env, code, stderr.String(), tt.code, tt.want)
		}
	}
}

// TestGCSettings checks who wins for the collector's settings: the flag
// given explicitly, then the runtime's own GOGC and GOMEMLIMIT, then the
// flag's default.
func TestGCSettings(t *testing.T) {
	tests := []struct {
		env      map[string]string
		explicit bool
		percent  int
		setP     bool
		limit    int64
		setL     bool
	}{
		{nil, false, 400, true, 256 << 20, true},
		{map[string]string{"GOGC": "50", "GOMEMLIMIT": "1GiB"}, false, 0, false, 0, false},
		{map[string]string{"GOGC": "50", "GOMEMLIMIT": "1GiB"}, true, 400, true, 256 << 20, true},
		{map[string]string{"GOGC": "50", "DOCANALYSIS_GC_PERCENT": "400", "GOMEMLIMIT": "1GiB", "DOCANALYSIS_MEMORY_LIMIT_MB": "256"}, false, 400, true, 256 << 20, true},
	}
	for _, tt := range tests {
		getenv := func(k string) string { return tt.env[k] }
		p, okP := gcPercentSetting(400, tt.explicit, getenv)
		l, okL := memoryLimitSetting(256, tt.explicit, getenv)
		if p != tt.percent || okP != tt.setP || l != tt.limit || okL != tt.setL {
			t.Errorf("env %v, explicit %v: GOGC (%d, %v), limit (%d, %v); want (%d, %v), (%d, %v)",
				tt.env, tt.explicit, p, okP, l, okL, tt.percent, tt.setP, tt.limit, tt.setL)
		}
	}
	if l, _ := memoryLimitSetting(0, true, func(string) string { return "" }); l != math.MaxInt64 {
		t.Errorf("--memory-limit-mb 0 gives limit %d; want none (MaxInt64)", l)
	}
}

func TestHashKey(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--hash-key"}, strings.NewReader("s3cret\n"), &stdout, &stderr, func(string) string { return "" }); code != 0 {
		t.Fatalf("--hash-key exited %d: %s", code, stderr.String())
	}
	sum := sha256.Sum256([]byte("s3cret"))
	if !strings.Contains(stdout.String(), hex.EncodeToString(sum[:])) {
		t.Errorf("--hash-key printed %q; want the SHA-256 of the key", stdout.String())
	}
}

// waitExit waits for the server process, told to stop, to exit cleanly.
func waitExit(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("server exited with %v; want 0 after SIGTERM", err)
		}
	case <-time.After(defaultTestTimeout):
		t.Fatal("the server did not exit after SIGTERM")
	}
}

// TestExitCode checks how run turns an error into its exit code and
// message: nil is success, a usage error exits 2, one whose message the
// flag package printed is not printed again, anything else exits 1.
func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		code int
		want string // all of stderr
	}{
		{"success", nil, 0, ""},
		{"help", &exitError{code: 0}, 0, ""},
		{"flag package's error", &exitError{code: 2}, 2, ""},
		{"usage", usageError(errors.New("--x is bad")), 2, "docanalysisd: --x is bad\n"},
		{"wrapped usage", fmt.Errorf("config: %w", usageError(errors.New("bad"))), 2, "docanalysisd: config: bad\n"},
		{"failure", errors.New("disk on fire"), 1, "docanalysisd: disk on fire\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if code := exitCode(&stderr, tt.err); code != tt.code || stderr.String() != tt.want {
				t.Errorf("exitCode(%v) = %d, stderr %q; want %d, %q", tt.err, code, stderr.String(), tt.code, tt.want)
			}
		})
	}
}

// TestListen checks that listen skips unset addresses and keeps the
// others in order, and that when one address cannot be had it closes the
// listeners it already opened.
func TestListen(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	serveA := func(net.Listener) error { return errors.New("a") }
	serveB := func(net.Listener) error { return errors.New("b") }

	open, err := listen([]listener{{addr: "127.0.0.1:0", serve: serveA}, {addr: ""}, {addr: "127.0.0.1:0", serve: serveB}})
	if err != nil {
		t.Fatalf("listen = %v; want two listeners", err)
	}
	if len(open) != 2 || open[0].serve(nil).Error() != "a" || open[1].serve(nil).Error() != "b" {
		t.Fatalf("listen opened %d listeners; want 2, serving a then b", len(open))
	}
	first := open[0].lis.Addr().String()
	for _, l := range open {
		l.lis.Close()
	}

	// The first address is free again: it must be free once more after
	// the busy one fails.
	_, err = listen([]listener{{addr: first}, {addr: busy.Addr().String()}})
	if err == nil || !strings.Contains(err.Error(), "failed to listen") {
		t.Fatalf("listen on a busy port = %v; want a failure to listen", err)
	}
	again, err := net.Listen("tcp", first)
	if err != nil {
		t.Fatalf("%s still taken after listen failed: %v", first, err)
	}
	again.Close()
}
