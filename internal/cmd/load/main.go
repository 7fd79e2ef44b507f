// Load measures docanalysisd's capacity on this machine.
//
// It builds cmd/docanalysisd, starts it on 127.0.0.1 (never any other
// address), and drives it with real articles from <shared>/corpora/bbc,
// unary (AnalyzeDocument) and streaming (AnalyzeDocuments), at rising
// concurrency until throughput stops growing. Each step reports articles/s,
// MB/s, p50/p95/p99 latency, the error rate and the server's peak RSS
// (VmHWM from /proc/<pid>/status, reset before each step). One more step
// sends 64 concurrent 1 MiB documents and reports peak RSS. Last, it runs
// the in-process engine benchmark (go test -bench EngineBBC -cpu 1 ./server)
// for the engine's articles/s on one core, so the ratio shows what the
// transport costs.
//
// The issue asked for ghz (go tool ghz); ghz v0.93.0 as pinned in go.mod
// does not build against grpc v1.85 (it calls grpc.WithBalancerName, which
// grpc removed), so this program drives the server with the project's own
// gRPC client instead, the same way ghz would: a fixed number of workers,
// each sending as fast as it is answered, for a fixed time.
//
// Usage:
//
//	go run ./internal/cmd/load [-shared ../shared] [-out out/load] [-steps 1,2,4,8,16,32,64] [-step 5s]
//
// It skips with a message, and exit code 0, when <shared>/corpora/bbc is
// absent. Output goes to standard output and to <out>/capacity.txt.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder, holding corpora/bbc")
	out := flag.String("out", "out/load", "folder for the server binary, its log and the results")
	stepsFlag := flag.String("steps", "1,2,4,8,16,32,64", "concurrency of each step, rising")
	step := flag.Duration("step", 5*time.Second, "how long each step runs")
	articles := flag.Int("articles", 400, "most articles to load from the corpus")
	window := flag.Int("window", 4, "documents each stream keeps unanswered")
	big := flag.Bool("big", true, "also send 64 concurrent 1 MiB documents and report peak RSS")
	bench := flag.Bool("bench", true, "also run the in-process engine benchmark")
	flag.Parse()
	if err := run(*shared, *out, *stepsFlag, *step, *articles, *window, *big, *bench); err != nil {
		fmt.Fprintf(os.Stderr, "load: %v\n", err)
		os.Exit(1)
	}
}

func run(shared, out, stepsFlag string, step time.Duration, maxArticles, window int, big, bench bool) error {
	bbc := filepath.Join(shared, "corpora", "bbc")
	if _, err := os.Stat(bbc); err != nil {
		fmt.Printf("load: skipped: %s not found (set -shared, or SHARED= for make)\n", bbc)
		return nil
	}
	var steps []int
	for f := range strings.SplitSeq(stepsFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return fmt.Errorf("-steps: %q is not a positive count", f)
		}
		steps = append(steps, n)
	}
	texts, err := loadArticles(bbc, maxArticles)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var report strings.Builder
	w := io.MultiWriter(os.Stdout, &report)
	meanBytes := 0
	for _, t := range texts {
		meanBytes += len(t)
	}
	meanBytes /= len(texts)
	fmt.Fprintf(w, "docanalysis capacity, %s; %d BBC articles, mean %d bytes; %v per step; GOMAXPROCS of the server = its default (CPUs: %d)\n",
		time.Now().Format("2006-01-02 15:04 MST"), len(texts), meanBytes, step, numCPU())

	srv, err := startServer(out)
	if err != nil {
		return err
	}
	defer srv.stop()

	conns, err := dial(srv.addr, 4)
	if err != nil {
		return err
	}
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()

	for _, mode := range []string{"unary", "stream"} {
		fmt.Fprintf(w, "\n%s\n%6s %10s %8s %9s %9s %9s %8s %9s  %s\n", mode, "conc", "articles/s", "MB/s", "p50", "p95", "p99", "errors", "peak RSS", "codes")
		best, flat := 0.0, 0
		for _, c := range steps {
			srv.resetPeak()
			r := drive(conns, mode, c, step, window, texts)
			rss := srv.peakRSS()
			aps := float64(r.ok) / r.elapsed.Seconds()
			fmt.Fprintf(w, "%6d %10.1f %8.2f %9v %9v %9v %7.2f%% %7d MB  %s\n", c, aps, aps*float64(meanBytes)/1e6,
				r.quantile(0.50), r.quantile(0.95), r.quantile(0.99), 100*r.errorRate(), rss>>20, r.codes())
			// Throughput has stopped growing when two steps in a row add
			// less than 5% over the best so far.
			if aps > best*1.05 {
				best, flat = max(best, aps), 0
			} else if flat++; flat >= 2 {
				fmt.Fprintf(w, "(throughput stopped growing; best %.1f articles/s)\n", best)
				break
			}
			best = max(best, aps)
		}
	}

	if big {
		doc := oneMiB(texts)
		srv.resetPeak()
		r := driveFixed(conns, 64, 2, doc)
		fmt.Fprintf(w, "\n64 concurrent 1 MiB documents (%d bytes each, 2 rounds): peak RSS %d MB; %d analysed, %s; p50 %v, p99 %v\n",
			len(doc), srv.peakRSS()>>20, r.ok, r.codes(), r.quantile(0.5), r.quantile(0.99))
	}
	srv.stop()

	if bench {
		fmt.Fprintf(w, "\nin-process engine, one core (go test -run '^$' -bench EngineBBC -cpu 1 ./server):\n")
		cmd := exec.Command("go", "test", "-run", "^$", "-bench", "EngineBBC", "-benchtime", "3s", "-cpu", "1", "./server")
		cmd.Env = append(os.Environ(), "DOCANALYSIS_SHARED="+shared)
		b, err := cmd.CombinedOutput()
		for line := range strings.SplitSeq(string(b), "\n") {
			if strings.HasPrefix(line, "Benchmark") {
				fmt.Fprintln(w, "  "+line)
			}
		}
		if err != nil {
			fmt.Fprintf(w, "  benchmark failed: %v\n%s\n", err, b)
		}
	}
	return os.WriteFile(filepath.Join(out, "capacity.txt"), []byte(report.String()), 0o644)
}

// loadArticles reads up to n articles, round-robin over the corpus's
// categories so every kind of story is in the mix; it keeps only valid
// UTF-8, as a client would have to send.
func loadArticles(bbc string, n int) ([]string, error) {
	cats, err := os.ReadDir(bbc)
	if err != nil {
		return nil, err
	}
	var lists [][]string
	for _, c := range cats {
		if !c.IsDir() {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(bbc, c.Name(), "*.txt"))
		slices.Sort(files)
		lists = append(lists, files)
	}
	var texts []string
	for i := 0; len(texts) < n; i++ {
		added := false
		for _, l := range lists {
			if i < len(l) && len(texts) < n {
				added = true
				b, err := os.ReadFile(l[i])
				if err == nil && utf8.Valid(b) && len(strings.TrimSpace(string(b))) > 0 {
					texts = append(texts, string(b))
				}
			}
		}
		if !added {
			break
		}
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no articles under %s", bbc)
	}
	return texts, nil
}

// oneMiB joins articles into one text just under 1 MiB.
func oneMiB(texts []string) string {
	var b strings.Builder
	for i := 0; ; i++ {
		t := texts[i%len(texts)] + "\n\n"
		if b.Len()+len(t) > 1<<20 {
			return b.String()
		}
		b.WriteString(t)
	}
}

// server is a running docanalysisd.
type server struct {
	cmd  *exec.Cmd
	addr string
	once sync.Once
}

// startServer builds docanalysisd into out and starts it on a free port of
// 127.0.0.1, with its log in out/server.log.
func startServer(out string) (*server, error) {
	bin := filepath.Join(out, "docanalysisd")
	if b, err := exec.Command("go", "build", "-o", bin, "./cmd/docanalysisd").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build: %v\n%s", err, b)
	}
	logf, err := os.Create(filepath.Join(out, "server.log"))
	if err != nil {
		return nil, err
	}
	// Loopback only, and no keys: the server itself refuses any other
	// address without keys, a second guard. The log stays at info, with
	// its line per call, as in production; it goes to server.log.
	cmd := exec.Command(bin, "--addr", "127.0.0.1:0", "--log-level", "info")
	cmd.Env = append(os.Environ(), "DOCANALYSIS_ADDR=", "DOCANALYSIS_KEYS=", "DOCANALYSIS_KEYS_FILE=", "DOCANALYSIS_LOG_LEVEL=")
	pr, pw := io.Pipe()
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			logf.Write(append(sc.Bytes(), '\n'))
			var line struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "serving" {
				select {
				case found <- line.Addr:
				default:
				}
			}
		}
	}()
	s := &server{cmd: cmd}
	select {
	case s.addr = <-found:
	case <-time.After(30 * time.Second):
		s.stop()
		return nil, errors.New("the server did not say where it serves; see server.log")
	}
	if !strings.HasPrefix(s.addr, "127.0.0.1:") {
		s.stop()
		return nil, fmt.Errorf("the server listens on %s, not on 127.0.0.1; refusing to load it", s.addr)
	}
	return s, nil
}

func (s *server) stop() {
	s.once.Do(func() {
		s.cmd.Process.Kill()
		s.cmd.Wait()
	})
}

// resetPeak resets the process's peak RSS (Linux: clear_refs 5), so the
// next peakRSS reads the peak of one step only. Where that is not allowed
// the peak is since the start.
func (s *server) resetPeak() {
	os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", s.cmd.Process.Pid), []byte("5"), 0)
}

// peakRSS reads VmHWM, in bytes.
func (s *server) peakRSS() int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return -1
}

func numCPU() int {
	b, _ := os.ReadFile("/proc/cpuinfo")
	return max(1, strings.Count(string(b), "processor\t:"))
}

// maxResponse is the client's receive limit, as in the project's client.
const maxResponse = 64 << 20

func dial(addr string, n int) ([]*grpc.ClientConn, error) {
	var conns []*grpc.ClientConn
	for range n {
		c, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()),
			grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxResponse)))
		if err != nil {
			return nil, err
		}
		conns = append(conns, c)
	}
	return conns, nil
}

// result is what one step measured.
type result struct {
	mu        sync.Mutex
	latencies []time.Duration // of answered documents, analysed or not
	byCode    map[codes.Code]int
	ok        int
	elapsed   time.Duration
}

func (r *result) add(d time.Duration, c codes.Code) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byCode == nil {
		r.byCode = map[codes.Code]int{}
	}
	r.byCode[c]++
	if c == codes.OK {
		r.ok++
		r.latencies = append(r.latencies, d)
	}
}

// quantile is the latency of analysed documents at q.
func (r *result) quantile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	slices.Sort(r.latencies)
	return r.latencies[int(q*float64(len(r.latencies)-1))].Round(100 * time.Microsecond)
}

func (r *result) errorRate() float64 {
	n := 0
	for _, v := range r.byCode {
		n += v
	}
	if n == 0 {
		return 0
	}
	return float64(n-r.ok) / float64(n)
}

func (r *result) codes() string {
	var parts []string
	for c, n := range r.byCode {
		parts = append(parts, fmt.Sprintf("%v:%d", c, n))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// drive runs c workers for d: unary workers each call AnalyzeDocument as
// fast as they are answered; stream workers each keep one stream with
// window documents unanswered.
func drive(conns []*grpc.ClientConn, mode string, c int, d time.Duration, window int, texts []string) *result {
	r := &result{}
	start := time.Now()
	ctx, cancel := context.WithDeadline(context.Background(), start.Add(d))
	defer cancel()
	var wg sync.WaitGroup
	for i := range c {
		client := pb.NewDocumentAnalysisServiceClient(conns[i%len(conns)])
		wg.Go(func() {
			if mode == "unary" {
				for k := i; ctx.Err() == nil; k += c {
					t0 := time.Now()
					_, err := client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: texts[k%len(texts)]}})
					if over(ctx) {
						return // cut off by the end of the step: not counted
					}
					r.add(time.Since(t0), status.Code(err))
				}
				return
			}
			streamWorker(ctx, client, i, c, window, texts, r)
		})
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	return r
}

func streamWorker(ctx context.Context, client pb.DocumentAnalysisServiceClient, i, c, window int, texts []string, r *result) {
	sctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stream, err := client.AnalyzeDocuments(sctx)
	if err != nil {
		r.add(0, status.Code(err))
		return
	}
	var mu sync.Mutex
	sent := map[int64]time.Time{}
	slots := make(chan struct{}, window)
	go func() {
		defer stream.CloseSend()
		for n, k := int64(0), i; ; n, k = n+1, k+c {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			mu.Lock()
			sent[n] = time.Now()
			mu.Unlock()
			if stream.Send(&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: strconv.FormatInt(n, 10), Text: texts[k%len(texts)]}}) != nil {
				return
			}
		}
	}()
	for {
		resp, err := stream.Recv()
		if err != nil {
			if !errors.Is(err, io.EOF) && !over(ctx) {
				r.add(0, status.Code(err))
			}
			return
		}
		mu.Lock()
		t0 := sent[resp.GetIndex()]
		delete(sent, resp.GetIndex())
		mu.Unlock()
		<-slots
		if over(ctx) {
			continue // answers to the step's last documents are drained, not counted
		}
		code := codes.OK
		if e := resp.GetError(); e != nil {
			code = codes.Code(e.GetCode())
		}
		r.add(time.Since(t0), code)
	}
}

// over reports whether the step's time is up. ctx.Err() alone lags: gRPC
// refuses a call whose deadline has passed before the context's timer has
// fired, and a worker would count those refusals by the hundred.
func over(ctx context.Context) bool {
	d, _ := ctx.Deadline()
	return ctx.Err() != nil || !time.Now().Before(d)
}

// driveFixed sends rounds × c copies of doc from c concurrent unary
// callers, each with a generous deadline.
func driveFixed(conns []*grpc.ClientConn, c, rounds int, doc string) *result {
	r := &result{}
	start := time.Now()
	var wg sync.WaitGroup
	for i := range c {
		client := pb.NewDocumentAnalysisServiceClient(conns[i%len(conns)])
		wg.Go(func() {
			for range rounds {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				t0 := time.Now()
				_, err := client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: doc}})
				cancel()
				r.add(time.Since(t0), status.Code(err))
			}
		})
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	return r
}
