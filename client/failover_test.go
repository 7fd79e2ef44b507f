package client_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/resolver"
	"google.golang.org/grpc/resolver/manual"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/servelog"
)

// replicaStartTimeout bounds how long a docanalysisd process may take to
// report its address.
const replicaStartTimeout = 15 * time.Second

// replica is one docanalysisd process started by a test.
type replica struct {
	cmd  *exec.Cmd
	addr string
	// exited is closed once the process has been waited for; err is its
	// exit error then.
	exited chan struct{}
	err    error
}

// buildServer builds cmd/docanalysisd into a temporary directory and
// returns the binary's path.
func buildServer(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "docanalysisd")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/docanalysis/docanalysis/cmd/docanalysisd").CombinedOutput()
	if err != nil {
		t.Fatalf("go build docanalysisd: %v\n%s", err, out)
	}
	return bin
}

// startReplica starts bin on an ephemeral loopback port and waits for its
// "serving" log line, which names the address the kernel chose. The
// process is killed when the test ends, if it is still running.
func startReplica(t *testing.T, bin string, args ...string) *replica {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--addr", "127.0.0.1:0"}, args...)...)
	// The environment could set flags; the test wants only its own.
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting docanalysisd: %v", err)
	}
	r := &replica{cmd: cmd, exited: make(chan struct{})}
	addrc := make(chan string, 1)
	go func() {
		// Read the log to its end so that the process never blocks on
		// a full pipe; only the first "serving" line matters.
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if addr, ok := servelog.Addr(sc.Bytes()); ok {
				select {
				case addrc <- addr:
				default:
				}
			}
		}
		io.Copy(io.Discard, stderr)
		r.err = cmd.Wait()
		close(r.exited)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-r.exited
	})
	select {
	case r.addr = <-addrc:
	case <-r.exited:
		t.Fatalf("docanalysisd exited before serving: %v", r.err)
	case <-time.After(replicaStartTimeout):
		t.Fatalf("docanalysisd did not report its address within %v", replicaStartTimeout)
	}
	return r
}

// wait returns the process's exit error once it has exited, or fails the
// test after timeout.
func (r *replica) wait(t *testing.T, timeout time.Duration) error {
	t.Helper()
	select {
	case <-r.exited:
		return r.err
	case <-time.After(timeout):
		t.Fatalf("docanalysisd at %s still running after %v", r.addr, timeout)
		return nil
	}
}

// newsText returns a short article, different for each i, in the shape
// the engine analyses: named people, a claim and a rebuttal.
func newsText(i int) string {
	people := [][2]string{
		{"Mayor Helen Ortiz", "councillor Raj Patel"},
		{"Minister Sofia Lind", "opposition leader Marcus Webb"},
		{"Chief executive Paul Adeyemi", "union official Grace Kim"},
		{"Professor Ingrid Solberg", "economist David Mensah"},
	}
	p := people[i%len(people)]
	return fmt.Sprintf("%s said on Tuesday that the new tram line would cost %d million euros and open in %d. "+
		"%s disputed the figure, calling it far too low, and said the real cost was closer to %d million. "+
		"The city's audit office will publish its own estimate next month, according to a spokesperson.",
		p[0], 100+i%250, 2027+i%5, p[1], 200+i%400)
}

// TestAnalyzeSpreadSurvivesLostReplicas runs three real servers, spreads
// 3,000 documents over them through one client, and takes two replicas
// away mid-run: one shuts down on SIGTERM (it finishes what it is
// analysing and refuses the rest with UNAVAILABLE), the other dies on
// SIGKILL (its streams break with documents in flight). Every document
// must still be answered exactly once, with an analysis.
//
// The client reaches the replicas through gRPC's manual resolver: a DNS
// name gives addresses, not ports, and three processes on loopback differ
// only in port. The manual resolver publishes no service config, so the
// client's default one (round_robin, health checks, retries) is what
// applies, as it is for a dns:/// name of a headless Service.
func TestAnalyzeSpreadSurvivesLostReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three docanalysisd processes; skipped in -short")
	}
	bin := buildServer(t)
	var replicas []*replica
	var addrs []resolver.Address
	for range 3 {
		r := startReplica(t, bin, "--shutdown-grace", "5s")
		replicas = append(replicas, r)
		addrs = append(addrs, resolver.Address{Addr: r.addr})
	}
	res := manual.NewBuilderWithScheme("replicas")
	res.InitialState(resolver.State{Addresses: addrs})
	var streamsOpened atomic.Int64
	countStreams := grpc.WithChainStreamInterceptor(func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		streamsOpened.Add(1)
		return streamer(ctx, desc, cc, method, opts...)
	})
	c, err := client.Dial(res.Scheme()+":///docanalysis", client.WithInsecure(),
		client.WithDialOptions(grpc.WithResolvers(res), countStreams))
	if err != nil {
		t.Fatalf("Dial = _, %v; want _, nil", err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()

	// Unary calls go round-robin: once every replica's connection is up,
	// each is reached. Connections come up at their own pace, so call
	// until all three have answered, within a bound.
	seen := map[string]bool{}
	for deadline := time.Now().Add(defaultTestTimeout); len(seen) < len(replicas); {
		if time.Now().After(deadline) {
			t.Fatalf("unary calls reached %v; want all of %v", seen, addrs)
		}
		var p peer.Peer
		if _, err := c.AnalyzeText(ctx, newsText(0), grpc.Peer(&p)); err != nil {
			t.Fatalf("AnalyzeText = _, %v; want _, nil", err)
		}
		seen[p.Addr.String()] = true
	}

	const n = 3000
	reqs := func(yield func(*docanalysisv1.AnalyzeDocumentsRequest) bool) {
		for i := range n {
			doc := &docanalysisv1.Document{Id: fmt.Sprintf("doc-%d", i), Text: newsText(i)}
			if !yield(&docanalysisv1.AnalyzeDocumentsRequest{Document: doc}) {
				return
			}
		}
	}
	answers := make([]int, n)
	received := 0
	handle := func(r *docanalysisv1.AnalyzeDocumentsResponse) error {
		i := r.GetIndex()
		if i < 0 || i >= n {
			return fmt.Errorf("response for position %d, outside 0..%d", i, n-1)
		}
		answers[i]++
		if want := fmt.Sprintf("doc-%d", i); r.GetDocumentId() != want {
			t.Errorf("position %d: document_id = %q; want %q", i, r.GetDocumentId(), want)
		}
		if err := client.ResponseError(r); err != nil {
			t.Errorf("document %d: %v; want an analysis", i, err)
		} else if len(r.GetAnalysis().GetActors()) == 0 {
			t.Errorf("document %d: analysis names no actor", i)
		}
		received++
		switch received {
		case n / 5:
			if err := replicas[0].cmd.Process.Signal(syscall.SIGTERM); err != nil {
				return fmt.Errorf("SIGTERM: %w", err)
			}
		case n / 2:
			if err := replicas[1].cmd.Process.Signal(syscall.SIGKILL); err != nil {
				return fmt.Errorf("SIGKILL: %w", err)
			}
		}
		return nil
	}
	start := time.Now()
	if err := c.AnalyzeSpread(ctx, reqs, 3, 8, handle); err != nil {
		t.Fatalf("AnalyzeSpread = %v; want nil", err)
	}
	t.Logf("%d documents in %v over 3 replicas, two lost mid-run; %d streams opened", n, time.Since(start).Round(time.Millisecond), streamsOpened.Load())

	for i, k := range answers {
		if k != 1 {
			t.Errorf("document %d answered %d times; want exactly once", i, k)
		}
	}
	// The replicas really went away, the way the test meant.
	if err := replicas[0].wait(t, 10*time.Second); err != nil {
		t.Errorf("replica 0 after SIGTERM exited with %v; want a clean exit", err)
	}
	var exit *exec.ExitError
	if err := replicas[1].wait(t, 10*time.Second); !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Errorf("replica 1 exited with %v; want killed by SIGKILL", err)
	}
	// Three streams at first, normally one per replica, and a replacement
	// for each stream a lost replica held: 5 or more. Only 4 are certain,
	// as round_robin may place two of the first three on one replica if
	// its picker is rebuilt between them.
	if got := streamsOpened.Load(); got < 4 {
		t.Errorf("%d streams opened; want at least 4 (3, and replacements for those the lost replicas held)", got)
	}
}
