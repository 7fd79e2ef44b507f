// Load measures docanalysisd's capacity on this machine with ghz.
//
// It builds cmd/docanalysisd, starts it on 127.0.0.1 (never any other
// address), and drives it with ghz (go tool ghz, pinned in go.mod) on real
// articles from <shared>/corpora/bbc, unary (AnalyzeDocument) and
// bidirectional streaming (AnalyzeDocuments), at rising concurrency until
// throughput stops growing. Each step is one ghz run; its JSON report gives
// the throughput, the latency distribution and the status codes, and the
// server's peak RSS is VmHWM from /proc/<pid>/status, reset before the step.
// One more ghz run sends 64 concurrent 1 MiB documents and reports peak RSS.
// Last, it runs the in-process engine benchmark (go test -bench EngineBBC
// -cpu 1 ./server) for the engine's articles/s on one core, at the
// server's GOGC and at Go's default, so the ratio shows what the transport
// costs.
//
// ghz reads the service from the server's reflection
// and its messages from JSON data files written to <out>: unary.json, an
// array of AnalyzeDocumentRequest that ghz sends round-robin; stream.json,
// an array of AnalyzeDocumentsRequest that each stream sends in full, then
// closes (--stream-call-count); big.json, one 1 MiB request.
//
// What ghz cannot see, and how the table copes:
//
//   - On a stream ghz times and counts whole streams, not documents: its
//     latency is that of a stream of -stream-docs documents, and
//     articles/s is streams/s × -stream-docs.
//   - A document refused on a stream gets its status inside an
//     AnalyzeDocumentsResponse, and the stream goes on: ghz, which sees
//     only the stream's status, counts it as analysed. So the stream steps
//     stop at (max-concurrent + max-queue) / stream-in-flight streams,
//     where the admission queue cannot fill (streams wait for a free
//     in-flight slot before a document enters admission), and the articles
//     are checked on the unary steps, which see every document's code.
//
// Usage:
//
//	go run ./internal/cmd/load [-shared ../shared] [-out out/load] [-steps 1,2,4,8,16,32] [-step 5s]
//
// It skips with a message, and exit code 0, when <shared>/corpora/bbc is
// absent. Output goes to standard output and to <out>/capacity.txt; each
// ghz report is kept as <out>/ghz-<mode>-c<N>.json.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/internal/servelog"
)

const service = "docanalysis.v1.DocumentAnalysisService"

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder, holding corpora/bbc")
	out := flag.String("out", "out/load", "folder for the server binary, its log, ghz's data files and reports, and the results")
	stepsFlag := flag.String("steps", "1,2,4,8,16,32", "concurrency of each step, rising")
	step := flag.Duration("step", 5*time.Second, "how long each step runs (ghz --duration)")
	articles := flag.Int("articles", 400, "most articles to load from the corpus")
	streamDocs := flag.Int("stream-docs", 20, "documents each stream sends before it closes (ghz --stream-call-count)")
	big := flag.Bool("big", true, "also send 64 concurrent 1 MiB documents and report peak RSS")
	bench := flag.Bool("bench", true, "also run the in-process engine benchmark")
	timeout := flag.Duration("timeout", 10*time.Minute, "the whole run's limit; whatever still runs then is stopped")
	flag.Parse()
	cfg := config{shared: *shared, out: *out, step: *step, articles: *articles, streamDocs: *streamDocs, big: *big, bench: *bench}
	if err := run(cfg, *stepsFlag, *timeout); err != nil {
		fmt.Fprintf(os.Stderr, "load: %v\n", err)
		os.Exit(1)
	}
}

type config struct {
	shared, out string
	step        time.Duration
	articles    int
	streamDocs  int
	big, bench  bool
	steps       []int
}

// limits are the server's admission limits. They are passed to the server
// explicitly, at its defaults for this machine, so that the driver knows
// them (and an inherited DOCANALYSIS_* variable cannot change them).
type limits struct{ concurrent, queue, inFlight int }

func defaultLimits() limits {
	p := runtime.GOMAXPROCS(0) // the server's default, started from the same environment
	return limits{concurrent: p, queue: 4 * p, inFlight: p}
}

// run measures capacity as the package comment says, unless the corpus is
// absent, and writes the table to standard output and <out>/capacity.txt.
func run(cfg config, stepsFlag string, timeout time.Duration) error {
	bbc := filepath.Join(cfg.shared, "corpora", "bbc")
	if _, err := os.Stat(bbc); err != nil {
		fmt.Printf("load: skipped: %s not found (set -shared, or SHARED= for make)\n", bbc)
		return nil
	}
	steps, err := parseSteps(stepsFlag)
	if err != nil {
		return err
	}
	cfg.steps = steps
	if err := cfg.check(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()

	texts, err := loadArticles(bbc, cfg.articles)
	if err != nil {
		return err
	}
	cfg.streamDocs = min(cfg.streamDocs, len(texts))
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	data, err := writeData(cfg.out, texts, cfg.streamDocs)
	if err != nil {
		return err
	}
	ghz, err := ghzPath(ctx)
	if err != nil {
		return err
	}

	var report strings.Builder
	w := io.MultiWriter(os.Stdout, &report)
	lim := defaultLimits()
	fmt.Fprintf(w, "docanalysis capacity, %s; %d BBC articles, mean %d bytes; %v per step; server limits --max-concurrent %d --max-queue %d --stream-in-flight %d (the defaults for GOMAXPROCS %d); ghz and the server share this machine's %d CPUs\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), len(texts), data.meanBytes, cfg.step,
		lim.concurrent, lim.queue, lim.inFlight, runtime.GOMAXPROCS(0), runtime.NumCPU())

	srv, err := startServer(ctx, cfg.out, lim)
	if err != nil {
		return err
	}
	defer srv.stop()
	d := &driver{ctx: ctx, w: w, ghz: ghz, srv: srv, cfg: cfg, data: data}
	for _, m := range modes(cfg, data, lim) {
		if err := d.steps(m, lim); err != nil {
			return err
		}
	}
	if cfg.big {
		if err := d.big(); err != nil {
			return err
		}
	}
	srv.stop()
	if cfg.bench {
		benchEngine(ctx, w, cfg.shared)
	}
	return os.WriteFile(filepath.Join(cfg.out, "capacity.txt"), []byte(report.String()), 0o644)
}

// parseSteps reads -steps: concurrencies from 1 to 1024, separated by
// commas.
func parseSteps(s string) ([]int, error) {
	var steps []int
	for f := range strings.SplitSeq(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 1024 {
			return nil, fmt.Errorf("-steps: %q is not a count from 1 to 1024", f)
		}
		steps = append(steps, n)
	}
	return steps, nil
}

// check rejects a step duration or stream length that cannot work.
func (cfg config) check() error {
	if cfg.step <= 0 || cfg.step > 5*time.Minute {
		return fmt.Errorf("-step %v: give a duration up to 5m", cfg.step)
	}
	if cfg.streamDocs < 1 {
		return errors.New("-stream-docs must be at least 1")
	}
	return nil
}

// mode is one way of calling the server, measured at rising concurrency.
type mode struct {
	name, method, file, unit string
	docs                     int     // documents per call
	bytes                    float64 // text bytes per call
	steps                    []int
	extra                    []string // ghz flags of this mode only
}

// modes are unary calls at every step, and streams at the steps where
// no document can be refused unseen (see streamSteps).
func modes(cfg config, data dataFiles, lim limits) []mode {
	return []mode{
		{"unary", "AnalyzeDocument", data.unary, "concurrency", 1, float64(data.meanBytes), cfg.steps, nil},
		{"stream", "AnalyzeDocuments", data.stream, "streams", cfg.streamDocs, float64(data.streamBytes),
			streamSteps(cfg.steps, lim), []string{"--stream-call-count", strconv.Itoa(cfg.streamDocs)}},
	}
}

// commonArgs are the ghz flags of every run.
var commonArgs = []string{"--insecure", "--disable-template-data", "--disable-template-functions", "--format", "json"}

// driver runs ghz against the server and writes the table to w.
type driver struct {
	ctx  context.Context
	w    io.Writer
	ghz  string
	srv  *server
	cfg  config
	data dataFiles
}

// steps runs mode m at each of its concurrencies, a row each, until
// throughput stops growing.
func (d *driver) steps(m mode, lim limits) error {
	args := slices.Concat([]string{"--call", service + "/" + m.method, "--data-file", m.file,
		"--duration", d.cfg.step.String(), "--duration-stop", "ignore", "--timeout", "20s"}, m.extra, commonArgs)
	fmt.Fprintf(d.w, "\n%s: go tool ghz %s --concurrency N --connections min(N,4) %s\n", m.name, strings.Join(args, " "), d.srv.addr)
	if m.name == "stream" {
		fmt.Fprintf(d.w, "each stream sends the same %d articles (mean %d bytes) and closes; latency is that of a whole stream; at most %d streams, so that documents cannot be refused unseen\n",
			d.cfg.streamDocs, d.data.streamBytes/d.cfg.streamDocs, maxStreams(lim))
	}
	fmt.Fprintf(d.w, "%11s %10s %8s %9s %9s %9s %8s %9s  %s\n", m.unit, "articles/s", "MB/s", "p50", "p95", "p99", "errors", "peak RSS", "codes")
	var g growth
	for i, c := range m.steps {
		d.srv.resetPeak()
		stepArgs := slices.Concat(args, []string{"--concurrency", strconv.Itoa(c), "--connections", strconv.Itoa(min(c, 4)), d.srv.addr})
		r, err := runGhz(d.ctx, d.ghz, stepArgs, d.cfg.step+2*time.Minute, filepath.Join(d.cfg.out, fmt.Sprintf("ghz-%s-c%d.json", m.name, c)))
		if err != nil {
			return fmt.Errorf("%s, %d: %w", m.name, c, err)
		}
		rss := d.srv.peakRSS()
		calls := float64(r.ok()) / r.seconds()
		aps := calls * float64(m.docs)
		fmt.Fprintf(d.w, "%11d %10.1f %8.2f %9v %9v %9v %7.2f%% %6d MB  %s\n", c, aps, calls*m.bytes/1e6,
			r.latency(50), r.latency(95), r.latency(99), 100*r.errorRate(), rss>>20, r.codes())
		if g.add(aps) {
			fmt.Fprintf(d.w, "(throughput stopped growing; best %.1f articles/s)\n", g.best)
			break
		}
		if i == len(m.steps)-1 {
			fmt.Fprintf(d.w, "(steps ended before throughput stopped growing; best %.1f articles/s)\n", g.best)
		}
	}
	return nil
}

// growth follows the throughput of rising steps.
type growth struct {
	best float64 // the best throughput so far
	flat int     // steps in a row that added less than 5% over best
}

// add records a step's throughput and reports whether throughput has
// stopped growing: whether two steps in a row have added less than 5%
// over the best before them. The best then leaves out the last step.
func (g *growth) add(aps float64) (stopped bool) {
	if aps > g.best*1.05 {
		g.best, g.flat = aps, 0
		return false
	}
	if g.flat++; g.flat >= 2 {
		return true
	}
	g.best = max(g.best, aps)
	return false
}

// big sends 64 concurrent 1 MiB documents and reports the peak RSS.
func (d *driver) big() error {
	d.srv.resetPeak()
	args := slices.Concat([]string{"--call", service + "/AnalyzeDocument", "--data-file", d.data.big,
		"--concurrency", "64", "--connections", "4", "--total", "64", "--timeout", "60s"}, commonArgs, []string{d.srv.addr})
	r, err := runGhz(d.ctx, d.ghz, args, 3*time.Minute, filepath.Join(d.cfg.out, "ghz-big.json"))
	if err != nil {
		return fmt.Errorf("64 × 1 MiB: %w", err)
	}
	fmt.Fprintf(d.w, "\n64 concurrent 1 MiB documents (%d bytes each): go tool ghz %s\npeak RSS %d MB; %d analysed, %s; p50 %v, p99 %v (of those analysed)\n",
		d.data.bigBytes, strings.Join(args, " "), d.srv.peakRSS()>>20, r.ok(), r.codes(), r.latency(50), r.latency(99))
	return nil
}

// benchEngine runs the in-process engine benchmark on one core and
// writes its lines to w; a failure is written too, not returned. It runs
// twice: at the collector setting docanalysisd uses, which is the fair
// comparison with the gRPC figures, and at Go's default, which is what a
// library user of the engine gets.
func benchEngine(ctx context.Context, w io.Writer, shared string) {
	for _, gogc := range []string{"400", "100"} {
		fmt.Fprintf(w, "\nin-process engine, one core, GOGC=%s (go test -run '^$' -bench EngineBBC -benchtime 3s -cpu 1 ./server):\n", gogc)
		cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", "EngineBBC", "-benchtime", "3s", "-cpu", "1", "-timeout", "5m", "./server")
		cmd.Env = append(os.Environ(), "DOCANALYSIS_SHARED="+shared, "GOGC="+gogc)
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
}

// maxStreams is how many streams can be open without the admission queue
// filling: each holds at most inFlight documents in admission.
func maxStreams(l limits) int { return max(1, (l.concurrent+l.queue)/l.inFlight) }

// streamSteps is steps without those past maxStreams.
func streamSteps(steps []int, l limits) []int {
	var s []int
	for _, c := range steps {
		if c <= maxStreams(l) {
			s = append(s, c)
		}
	}
	return s
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

// The JSON forms of the requests, as ghz reads them (protobuf JSON names).
type (
	document struct {
		ID   string `json:"id,omitempty"`
		Text string `json:"text"`
	}
	request struct {
		Document document `json:"document"`
	}
)

// dataFiles names ghz's data files and what they hold.
type dataFiles struct {
	unary, stream, big string
	meanBytes          int // mean text bytes of unary.json's requests
	streamBytes        int // text bytes of one stream
	bigBytes           int
}

// writeData writes ghz's data files to out: every article as an
// AnalyzeDocumentRequest, the first streamDocs as AnalyzeDocumentsRequest
// (the articles are in category round-robin order, so every category is
// in a stream), and one text just under 1 MiB made of articles joined.
func writeData(out string, texts []string, streamDocs int) (dataFiles, error) {
	d := dataFiles{
		unary:  filepath.Join(out, "unary.json"),
		stream: filepath.Join(out, "stream.json"),
		big:    filepath.Join(out, "big.json"),
	}
	var unary, stream []request
	for i, t := range texts {
		unary = append(unary, request{Document: document{Text: t}})
		d.meanBytes += len(t)
		if i < streamDocs {
			stream = append(stream, request{Document: document{ID: fmt.Sprintf("bbc-%d", i), Text: t}})
			d.streamBytes += len(t)
		}
	}
	d.meanBytes /= len(texts)
	big := oneMiB(texts)
	d.bigBytes = len(big)
	for _, f := range []struct {
		path string
		v    any
	}{{d.unary, unary}, {d.stream, stream}, {d.big, request{Document: document{Text: big}}}} {
		// ghz takes a file that starts with '[' as an array of messages.
		b, err := json.Marshal(f.v)
		if err != nil {
			return d, err
		}
		if err := os.WriteFile(f.path, b, 0o644); err != nil {
			return d, err
		}
	}
	return d, nil
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

// ghzPath builds ghz, the version go.mod pins, and returns its binary:
// running that directly is `go tool ghz` without the go command's start-up
// in every step, and lets a step's time limit stop ghz itself.
func ghzPath(ctx context.Context) (string, error) {
	if b, err := exec.CommandContext(ctx, "go", "tool", "ghz", "--version").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go tool ghz: %v\n%s", err, b)
	}
	b, err := exec.CommandContext(ctx, "go", "tool", "-n", "ghz").Output()
	if err != nil {
		return "", fmt.Errorf("go tool -n ghz: %v", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// ghzReport is the part of ghz's JSON report the table uses. Durations are
// in nanoseconds. Latencies are of successful calls only (no
// --count-errors); calls still running when a step's time is up are left
// out (--duration-stop ignore).
type ghzReport struct {
	Count          uint64         `json:"count"`
	Total          time.Duration  `json:"total"`
	StatusCodeDist map[string]int `json:"statusCodeDistribution"`
	ErrorDist      map[string]int `json:"errorDistribution"`
	Latencies      []struct {
		Percentage int           `json:"percentage"`
		Latency    time.Duration `json:"latency"`
	} `json:"latencyDistribution"`
}

// runGhz runs ghz with args, at most for limit, keeps its report in keep
// and returns it.
func runGhz(ctx context.Context, ghz string, args []string, limit time.Duration, keep string) (*ghzReport, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, ghz, args...)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("ghz: %v\n%s", err, stderr.Bytes())
	}
	if err := os.WriteFile(keep, stdout.Bytes(), 0o644); err != nil {
		return nil, err
	}
	var r ghzReport
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return nil, fmt.Errorf("ghz's report %s: %v", keep, err)
	}
	return &r, nil
}

func (r *ghzReport) ok() int { return r.StatusCodeDist["OK"] }

func (r *ghzReport) seconds() float64 { return max(r.Total.Seconds(), 1e-9) }

// latency is the p-th percentile of successful calls' latency, 0 if none.
func (r *ghzReport) latency(p int) time.Duration {
	for _, l := range r.Latencies {
		if l.Percentage == p {
			return l.Latency.Round(100 * time.Microsecond)
		}
	}
	return 0
}

func (r *ghzReport) errorRate() float64 {
	if r.Count == 0 {
		return 0
	}
	return float64(int(r.Count)-r.ok()) / float64(r.Count)
}

func (r *ghzReport) codes() string {
	var parts []string
	for c, n := range r.StatusCodeDist {
		parts = append(parts, fmt.Sprintf("%s:%d", c, n))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// server is a running docanalysisd.
type server struct {
	cmd  *exec.Cmd
	addr string
	once sync.Once
}

// startServer builds docanalysisd into out and starts it on a free port of
// 127.0.0.1 with limits, its log in out/server.log.
func startServer(ctx context.Context, out string, l limits) (*server, error) {
	bin := filepath.Join(out, "docanalysisd")
	if b, err := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/docanalysisd").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build: %v\n%s", err, b)
	}
	logf, err := os.Create(filepath.Join(out, "server.log"))
	if err != nil {
		return nil, err
	}
	// Loopback only, and no keys: the server itself refuses any other
	// address without keys, a second guard. No DOCANALYSIS_* variable is
	// passed on, so only these flags configure it. The log stays at info,
	// with its line per call, as in production; it goes to server.log.
	cmd := exec.Command(bin, "--addr", "127.0.0.1:0", "--log-level", "info",
		"--max-concurrent", strconv.Itoa(l.concurrent), "--max-queue", strconv.Itoa(l.queue), "--stream-in-flight", strconv.Itoa(l.inFlight))
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DOCANALYSIS_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
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
			if addr, ok := servelog.Addr(sc.Bytes()); ok {
				select {
				case found <- addr:
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
