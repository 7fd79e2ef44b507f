package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// testKey is the API key the fake accepts when it requires one.
const testKey = "test-key-7f3a"

// fakeServer answers every document with the same canned analysis (its id
// echoed), refuses empty text with INVALID_ARGUMENT, and records requests.
type fakeServer struct {
	docanalysisv1.UnimplementedDocumentAnalysisServiceServer

	// requireKey makes calls without "Bearer testKey" fail with
	// UNAUTHENTICATED.
	requireKey bool

	mu   sync.Mutex
	reqs []*docanalysisv1.AnalyzeDocumentRequest // unary requests, in order
	docs []*docanalysisv1.Document               // documents received on streams
}

func (f *fakeServer) authorize(ctx context.Context) error {
	if !f.requireKey {
		return nil
	}
	md, _ := metadata.FromIncomingContext(ctx)
	if got := md.Get("authorization"); len(got) != 1 || got[0] != "Bearer "+testKey {
		return status.Error(codes.Unauthenticated, "unknown API key")
	}
	return nil
}

func (f *fakeServer) AnalyzeDocument(ctx context.Context, req *docanalysisv1.AnalyzeDocumentRequest) (*docanalysisv1.AnalyzeDocumentResponse, error) {
	if err := f.authorize(ctx); err != nil {
		return nil, err
	}
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	f.mu.Unlock()
	if req.GetDocument().GetText() == "" {
		return nil, status.Error(codes.InvalidArgument, "document.text is empty")
	}
	return &docanalysisv1.AnalyzeDocumentResponse{Analysis: cannedAnalysis(req.GetDocument().GetId())}, nil
}

func (f *fakeServer) AnalyzeDocuments(s grpc.BidiStreamingServer[docanalysisv1.AnalyzeDocumentsRequest, docanalysisv1.AnalyzeDocumentsResponse]) error {
	if err := f.authorize(s.Context()); err != nil {
		return err
	}
	for i := int64(0); ; i++ {
		req, err := s.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		f.mu.Lock()
		f.docs = append(f.docs, req.GetDocument())
		f.mu.Unlock()
		resp := &docanalysisv1.AnalyzeDocumentsResponse{DocumentId: req.GetDocument().GetId(), Index: i}
		if req.GetDocument().GetText() == "" {
			resp.Result = &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: &docanalysisv1.Status{
				Code: int32(codes.InvalidArgument), Message: "document.text is empty",
			}}
		} else {
			resp.Result = &docanalysisv1.AnalyzeDocumentsResponse_Analysis{Analysis: cannedAnalysis(req.GetDocument().GetId())}
		}
		if err := s.Send(resp); err != nil {
			return err
		}
	}
}

func (f *fakeServer) GetServiceInfo(ctx context.Context, _ *docanalysisv1.GetServiceInfoRequest) (*docanalysisv1.GetServiceInfoResponse, error) {
	if err := f.authorize(ctx); err != nil {
		return nil, err
	}
	return &docanalysisv1.GetServiceInfoResponse{
		Engine: &docanalysisv1.EngineInfo{Name: "docanalysis", Version: "0.9.0",
			Models: []*docanalysisv1.ModelInfo{{Name: "ner", Version: "abc123"}}},
		Limits:    &docanalysisv1.Limits{MaxTextBytes: 1 << 20, MaxSummarySentences: 50, MaxStreamInFlight: 4, MaxBatchDocuments: 77},
		Languages: []string{"en"},
		Features: []docanalysisv1.Feature{docanalysisv1.Feature_FEATURE_SUMMARY,
			docanalysisv1.Feature_FEATURE_DISPUTED_POINTS},
		Encodings: []docanalysisv1.EncodingType{docanalysisv1.EncodingType_ENCODING_TYPE_UTF16},
	}, nil
}

func (f *fakeServer) lastRequest(t *testing.T) *docanalysisv1.AnalyzeDocumentRequest {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.reqs) == 0 {
		t.Fatal("server received no AnalyzeDocument request")
	}
	return f.reqs[len(f.reqs)-1]
}

// cannedAnalysis is a small but complete analysis of a two-sided story.
func cannedAnalysis(id string) *docanalysisv1.DocumentAnalysis {
	span := func(s string) *docanalysisv1.TextSpan { return &docanalysisv1.TextSpan{Content: s} }
	return &docanalysisv1.DocumentAnalysis{
		DocumentId: id,
		Language:   "en",
		Summary: &docanalysisv1.Summary{
			Gist: "Iran rejected the US demand.",
			KeyPoints: []*docanalysisv1.SummarySentence{
				{Span: span("Iran rejected the US demand."), SentenceIndex: 0, Score: 0.9},
				{Span: span("Both sides back\nfurther talks."), SentenceIndex: 2, Score: 0.7},
			},
			Keywords: []string{"enrichment", "talks"},
		},
		Actors: []*docanalysisv1.Actor{
			{Id: "actor-1", Name: "Iran", Type: docanalysisv1.ActorType_ACTOR_TYPE_COUNTRY,
				Aliases: []string{"Tehran", "Iranian"}, Salience: 0.5},
			{Id: "actor-2", Name: "United States", Type: docanalysisv1.ActorType_ACTOR_TYPE_COUNTRY,
				Aliases: []string{"US", "Washington"}, Salience: 0.4, Roles: []string{"the demanding side"}},
		},
		DisputedPoints: []*docanalysisv1.DisputedPoint{{
			Id: "dispute-1", Topic: "uranium enrichment", Description: "Iran and the US disagree on enrichment.",
			Positions: []*docanalysisv1.Position{
				{ActorId: "actor-1", Statement: "enrichment is its right"},
				{ActorId: "actor-2", Statement: "enrichment must stop"},
			},
			Evidence:   []*docanalysisv1.TextSpan{span("Iran rejected the US demand.")},
			Confidence: 0.8,
		}},
		Agreements: []*docanalysisv1.AgreedPoint{{
			Id: "agreement-1", Topic: "further talks", ActorIds: []string{"actor-1", "actor-2"},
			Evidence: []*docanalysisv1.TextSpan{span("Both sides back further talks.")}, Confidence: 0.6,
		}},
		Stats: &docanalysisv1.DocumentStats{Characters: 80, Words: 14, Sentences: 3, Paragraphs: 1,
			ReadingTime: durationpb.New(4 * time.Second)},
		Engine: &docanalysisv1.EngineInfo{Name: "docanalysis", Version: "0.9.0"},
	}
}

// startServer serves fake on a real loopback socket, clears the
// DOCANALYSIS_* variables so the environment of the test run cannot leak
// in, and returns the address.
func startServer(t *testing.T, fake *fakeServer) string {
	t.Helper()
	t.Setenv(envAddr, "")
	t.Setenv(envAPIKey, "")
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	srv := grpc.NewServer()
	docanalysisv1.RegisterDocumentAnalysisServiceServer(srv, fake)
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	return lis.Addr().String()
}

// result is what one run produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command in-process with stdin as its standard input.
func runCLI(stdin string, args ...string) result {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

// writeFile writes text to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const article = "Iran rejected the US demand. Washington said enrichment must stop. Both sides back further talks.\n"

func TestUsageErrors(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	dir := t.TempDir()
	file := writeFile(t, dir, "a.txt", article)
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no arguments", nil, "Usage:"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"help for unknown command", []string{"help", "frobnicate"}, `unknown command "frobnicate"`},
		{"missing argument", []string{"analyze", "--addr", addr}, "missing FILE"},
		{"two arguments", []string{"analyze", file, file}, "want one FILE"},
		{"unknown flag", []string{"analyze", "--bogus", file}, "flag provided but not defined: -bogus"},
		{"flag without value", []string{"analyze", file, "--encoding"}, "flag needs an argument"},
		{"bad encoding", []string{"analyze", "--encoding", "utf7", file}, `unknown encoding "utf7"`},
		{"bad feature", []string{"analyze", "--features", "summary,gossip", file}, `unknown feature "gossip"`},
		{"bad max-sentences", []string{"analyze", "--max-sentences", "-1", file}, "--max-sentences"},
		{"bad in-flight", []string{"analyze", "--in-flight", "0", dir}, "--in-flight"},
		{"bad timeout", []string{"analyze", "--timeout", "-1s", file}, "--timeout"},
		{"title with a directory", []string{"analyze", "--title", "T", dir}, "--title"},
		{"html with a directory", []string{"analyze", "--html", filepath.Join(t.TempDir(), "a.html"), dir}, "--html"},
		{"out with a file", []string{"analyze", "--out", t.TempDir(), file}, "--out"},
		{"out with standard input", []string{"analyze", "--out", t.TempDir(), "-"}, "--out"},
		{"info with an argument", []string{"info", "extra"}, "takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI("", tt.args...)
			if r.code != exitUsage {
				t.Errorf("run(%q) = %d; want %d (stderr %q)", tt.args, r.code, exitUsage, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.wantErr) {
				t.Errorf("run(%q) stderr = %q; want it to mention %q", tt.args, r.stderr, tt.wantErr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"help"}, "docanalysis analyze [flags] FILE|DIR|-"},
		{[]string{"-h"}, "docanalysis info [flags]"},
		{[]string{"--help"}, "Exit status"},
		{[]string{"help", "analyze"}, "Usage: docanalysis analyze"},
		{[]string{"analyze", "-h"}, "Usage: docanalysis analyze"},
		{[]string{"analyze", "some-file", "--help"}, "Usage: docanalysis analyze"},
		{[]string{"help", "info"}, "Usage: docanalysis info"},
		{[]string{"info", "-h"}, "Usage: docanalysis info"},
	}
	for _, tt := range tests {
		r := runCLI("", tt.args...)
		if r.code != exitOK || !strings.Contains(r.stdout, tt.want) || r.stderr != "" {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 0 and usage mentioning %q", tt.args, r.code, r.stdout, r.stderr, tt.want)
		}
	}
}

func TestUsageListsEveryFlag(t *testing.T) {
	var af analyzeFlags
	var cf connFlags
	for _, tc := range []struct {
		fs    *flag.FlagSet
		texts []string
	}{
		{newAnalyzeFlagSet(&af), []string{analyzeUsage, usage}},
		{newInfoFlagSet(&cf), []string{infoUsage, usage}},
	} {
		tc.fs.VisitAll(func(f *flag.Flag) {
			for _, text := range tc.texts {
				if !strings.Contains(text, "--"+f.Name+" ") {
					t.Errorf("usage text of %s does not list --%s", tc.fs.Name(), f.Name)
				}
			}
		})
	}
}

func TestAnalyzeReport(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	file := writeFile(t, t.TempDir(), "story.txt", article)

	r := runCLI("", "analyze", "--addr", addr, file)
	if r.code != exitOK {
		t.Fatalf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
	}
	for _, want := range []string{
		"Document story: language en, 14 words, 3 sentences, 1 paragraph, 4s to read",
		"SUMMARY", "Gist: Iran rejected the US demand.",
		"1. Iran rejected the US demand.", "2. Both sides back further talks.",
		"Keywords: enrichment, talks",
		"ACTORS", "NAME", "SALIENCE", "ALIASES", "ROLES",
		"DISPUTED POINTS", "1. uranium enrichment (confidence 0.80)",
		"- Iran: enrichment is its right", "- United States: enrichment must stop",
		"Evidence:", "> Iran rejected the US demand.",
		"AGREEMENTS", "Agreed by: Iran, United States",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report does not contain %q:\n%s", want, r.stdout)
		}
	}
	// The actors table: one row per actor, cells aligned by tabwriter.
	var row string
	for line := range strings.Lines(r.stdout) {
		if strings.HasPrefix(line, "  United States ") {
			row = line
		}
	}
	if got, want := strings.Split(strings.TrimSpace(row), "  "), []string{"United States", "country", "0.40", "US, Washington", "the demanding side"}; !slices.Equal(deleteEmpty(got), want) {
		t.Errorf("actors row = %q; want cells %q", row, want)
	}
	if strings.Contains(r.stdout, "SENTENCES") {
		t.Errorf("report shows SENTENCES, which were not asked for:\n%s", r.stdout)
	}
}

func TestAnalyzeJSON(t *testing.T) {
	fake := &fakeServer{}
	addr := startServer(t, fake)
	file := writeFile(t, t.TempDir(), "story.v2.txt", article)

	// Flags after the argument work too.
	r := runCLI("", "analyze", "--addr", addr, file, "--json", "--encoding", "utf16",
		"--features", "actors, disputes", "--max-sentences", "5", "--title", "Talks", "--lang", "en")
	if r.code != exitOK {
		t.Fatalf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
	}
	var got docanalysisv1.AnalyzeDocumentResponse
	if err := protojson.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, r.stdout)
	}
	if want := cannedAnalysis("story.v2"); !proto.Equal(got.GetAnalysis(), want) {
		t.Errorf("--json analysis = %v; want %v", got.GetAnalysis(), want)
	}

	want := &docanalysisv1.AnalyzeDocumentRequest{
		Document: &docanalysisv1.Document{Id: "story.v2", Text: article, Title: "Talks", Language: "en"},
		Features: []docanalysisv1.Feature{
			docanalysisv1.Feature_FEATURE_ACTORS, docanalysisv1.Feature_FEATURE_DISPUTED_POINTS,
		},
		EncodingType:   docanalysisv1.EncodingType_ENCODING_TYPE_UTF16,
		SummaryOptions: &docanalysisv1.SummaryOptions{MaxSentences: 5},
	}
	if got := fake.lastRequest(t); !proto.Equal(got, want) {
		t.Errorf("server received %v; want %v", got, want)
	}
}

func TestAnalyzeStdin(t *testing.T) {
	fake := &fakeServer{}
	addr := startServer(t, fake)

	r := runCLI(article, "analyze", "--addr", addr, "--features", "summary", "-")
	if r.code != exitOK {
		t.Fatalf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
	}
	if got := fake.lastRequest(t).GetDocument(); got.GetText() != article || got.GetId() != "" {
		t.Errorf("server received document %v; want the text of stdin and no id", got)
	}
	if !strings.Contains(r.stdout, "SUMMARY") || strings.Contains(r.stdout, "ACTORS") {
		t.Errorf("report with --features summary:\n%s\nwant SUMMARY only", r.stdout)
	}
}

func TestAnalyzeServerError(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	r := runCLI("", "analyze", "--addr", addr, "-")
	if r.code != exitFailure {
		t.Errorf("run = %d; want %d", r.code, exitFailure)
	}
	if want := "docanalysis: analyze: InvalidArgument: document.text is empty\n"; r.stderr != want {
		t.Errorf("stderr = %q; want %q", r.stderr, want)
	}
}

func TestAnalyzeMissingFile(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	r := runCLI("", "analyze", "--addr", addr, filepath.Join(t.TempDir(), "nope.txt"))
	if r.code != exitFailure || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("run = %d, stderr %q; want %d and the file error", r.code, r.stderr, exitFailure)
	}
}

func TestServerUnreachable(t *testing.T) {
	t.Setenv(envAPIKey, "")
	// A port that was free a moment ago: nothing listens there.
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	addr := lis.Addr().String()
	lis.Close()

	r := runCLI("", "info", "--addr", addr, "--timeout", "10s")
	if r.code != exitFailure || !strings.HasPrefix(r.stderr, "docanalysis: info: Unavailable: ") {
		t.Errorf("run = %d, stderr %q; want %d and an Unavailable error", r.code, r.stderr, exitFailure)
	}
}

func TestAPIKey(t *testing.T) {
	fake := &fakeServer{requireKey: true}
	addr := startServer(t, fake)
	file := writeFile(t, t.TempDir(), "a.txt", article)

	t.Run("from the environment", func(t *testing.T) {
		t.Setenv(envAPIKey, testKey)
		r := runCLI("", "analyze", "--addr", addr, file)
		if r.code != exitOK {
			t.Errorf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
		}
	})
	t.Run("flag wins", func(t *testing.T) {
		t.Setenv(envAPIKey, "wrong-key")
		r := runCLI("", "info", "--addr", addr, "--key", testKey)
		if r.code != exitOK {
			t.Errorf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
		}
	})
	t.Run("wrong key is never printed", func(t *testing.T) {
		t.Setenv(envAPIKey, "wrong-key-b51c")
		for _, args := range [][]string{
			{"analyze", "--addr", addr, file},
			{"analyze", "-h"},
			{"analyze", "--nonsense"},
		} {
			r := runCLI("", args...)
			if strings.Contains(r.stdout+r.stderr, "wrong-key-b51c") {
				t.Errorf("run(%q) printed the API key: stdout %q, stderr %q", args, r.stdout, r.stderr)
			}
		}
		r := runCLI("", "analyze", "--addr", addr, file)
		if r.code != exitFailure || !strings.Contains(r.stderr, "docanalysis: analyze: Unauthenticated: unknown API key") {
			t.Errorf("run = %d, stderr %q; want %d and Unauthenticated", r.code, r.stderr, exitFailure)
		}
	})
}

func TestAddrFromEnvironment(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	t.Setenv(envAddr, addr)
	r := runCLI("", "info")
	if r.code != exitOK {
		t.Errorf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
	}
}

func TestInfo(t *testing.T) {
	addr := startServer(t, &fakeServer{})

	r := runCLI("", "info", "--addr", addr)
	if r.code != exitOK {
		t.Fatalf("run = %d; want 0 (stderr %q)", r.code, r.stderr)
	}
	for _, want := range []string{"docanalysis 0.9.0", "ner abc123", "Languages", "en", "summary, disputes", "utf16", "Max text bytes", "1048576", "Max batch documents", "77"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("info does not contain %q:\n%s", want, r.stdout)
		}
	}

	r = runCLI("", "info", "--json", "--addr", addr)
	var got docanalysisv1.GetServiceInfoResponse
	if err := protojson.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != exitOK {
		t.Fatalf("info --json = %d, %v; want 0 and protojson\n%s", r.code, err, r.stdout)
	}
	if got.GetEngine().GetVersion() != "0.9.0" {
		t.Errorf("info --json engine = %v; want version 0.9.0", got.GetEngine())
	}
}

// articleDir returns a directory with three articles (b.md empty, which
// the fake refuses), a hidden file and a subdirectory.
func articleDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", article)
	writeFile(t, dir, "b.md", "")
	writeFile(t, dir, "c.txt", article)
	writeFile(t, dir, ".hidden", article)
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAnalyzeDirOut(t *testing.T) {
	fake := &fakeServer{}
	addr := startServer(t, fake)
	in := articleDir(t)
	out := filepath.Join(t.TempDir(), "results")

	r := runCLI("", "analyze", "--addr", addr, "--in-flight", "2", "--out", out, in)
	if r.code != exitFailure {
		t.Errorf("run = %d; want %d, as b failed", r.code, exitFailure)
	}
	for _, want := range []string{
		"docanalysis: analyze: b: InvalidArgument: document.text is empty\n",
		"docanalysis: analyze: 1 of 3 documents failed\n",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr = %q; want it to contain %q", r.stderr, want)
		}
	}
	if r.stdout != "" {
		t.Errorf("stdout = %q; want nothing with --out", r.stdout)
	}

	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"a.json", "b.json", "c.json"}; !slices.Equal(names, want) {
		t.Fatalf("--out wrote %q; want %q", names, want)
	}
	for _, id := range []string{"a", "c"} {
		var a docanalysisv1.DocumentAnalysis
		readJSON(t, filepath.Join(out, id+".json"), &a)
		if !proto.Equal(&a, cannedAnalysis(id)) {
			t.Errorf("%s.json = %v; want the analysis", id, &a)
		}
	}
	var st docanalysisv1.Status
	readJSON(t, filepath.Join(out, "b.json"), &st)
	if codes.Code(st.GetCode()) != codes.InvalidArgument || st.GetMessage() != "document.text is empty" {
		t.Errorf("b.json = %v; want the INVALID_ARGUMENT status", &st)
	}

	var ids []string
	fake.mu.Lock()
	for _, d := range fake.docs {
		ids = append(ids, d.GetId())
	}
	fake.mu.Unlock()
	if want := []string{"a", "b", "c"}; !slices.Equal(ids, want) {
		t.Errorf("server received ids %q; want %q in name order", ids, want)
	}
}

func readJSON(t *testing.T, path string, m proto.Message) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := protojson.Unmarshal(b, m); err != nil {
		t.Fatalf("%s does not parse: %v\n%s", path, err, b)
	}
}

func TestAnalyzeDirPrints(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	in := articleDir(t)

	r := runCLI("", "analyze", "--addr", addr, in)
	if r.code != exitFailure {
		t.Errorf("run = %d; want %d, as b failed", r.code, exitFailure)
	}
	for _, want := range []string{"==> a <==\nDocument a:", "==> c <==\nDocument c:", "DISPUTED POINTS"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout does not contain %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "==> b <==") || !strings.Contains(r.stderr, "b: InvalidArgument") {
		t.Errorf("b: stdout %q, stderr %q; want its error on stderr only", r.stdout, r.stderr)
	}

	r = runCLI("", "analyze", "--json", "--addr", addr, in)
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	got := make(map[string]*docanalysisv1.AnalyzeDocumentsResponse)
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			t.Fatalf("--json output is not a sequence of JSON values: %v\n%s", err, r.stdout)
		}
		resp := new(docanalysisv1.AnalyzeDocumentsResponse)
		if err := protojson.Unmarshal(raw, resp); err != nil {
			t.Fatalf("--json value does not parse: %v\n%s", err, raw)
		}
		got[resp.GetDocumentId()] = resp
	}
	if len(got) != 3 || got["a"].GetAnalysis() == nil || got["b"].GetError() == nil || got["c"].GetAnalysis() == nil {
		t.Errorf("--json responses = %v; want analyses for a and c, an error for b", got)
	}
}

func TestAnalyzeDirAllGood(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	in := t.TempDir()
	for _, name := range []string{"x.txt", "y.txt", "z"} {
		writeFile(t, in, name, article)
	}
	r := runCLI("", "analyze", "--addr", addr, "--out", filepath.Join(t.TempDir(), "o"), in)
	if r.code != exitOK || r.stderr != "" {
		t.Errorf("run = %d, stderr %q; want 0 and nothing", r.code, r.stderr)
	}
}

func TestAnalyzeDirDuplicateIDs(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	in := t.TempDir()
	writeFile(t, in, "a.md", article)
	writeFile(t, in, "a.txt", article)
	r := runCLI("", "analyze", "--addr", addr, in)
	if r.code != exitFailure || !strings.Contains(r.stderr, `both have document id "a"`) {
		t.Errorf("run = %d, stderr %q; want %d and the clash named", r.code, r.stderr, exitFailure)
	}
}

func TestIsLocal(t *testing.T) {
	tests := []struct {
		target string
		want   bool
	}{
		{"127.0.0.1:50051", true},
		{"localhost:50051", true},
		{"[::1]:50051", true},
		{"dns:///localhost:50051", true},
		{"unix:///run/docanalysis.sock", true},
		{"10.0.0.5:50051", false},
		{"analysis.example.com:443", false},
		{"dns:///analysis.example.com:443", false},
	}
	for _, tt := range tests {
		if got := isLocal(tt.target); got != tt.want {
			t.Errorf("isLocal(%q) = %v; want %v", tt.target, got, tt.want)
		}
	}
}

func TestPlaintextKeyWarning(t *testing.T) {
	// dial only builds the client (grpc.NewClient connects lazily), so no
	// packet leaves the machine: tests talk to loopback only.
	for _, tt := range []struct {
		addr string
		warn bool
	}{
		{"192.0.2.1:50051", true},
		{"analysis.example.com:443", true},
		{"127.0.0.1:50051", false},
		{"localhost:50051", false},
	} {
		var stderr strings.Builder
		c := &connFlags{addr: tt.addr, key: "k"}
		cl, err := c.dial(&stderr)
		if err != nil {
			t.Fatalf("dial(%s) = %v", tt.addr, err)
		}
		cl.Close()
		if got := strings.Contains(stderr.String(), "warning: sending the API key in clear text to "+tt.addr); got != tt.warn {
			t.Errorf("dial(%s) warned %v (%q); want %v", tt.addr, got, stderr.String(), tt.warn)
		}
	}
}

// deleteEmpty drops the empty strings splitting padded cells leaves, and
// trims the rest.
func deleteEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
