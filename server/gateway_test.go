package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/page"
)

// httpTestServer is a testServer that also serves the HTTP/JSON gateway on
// a loopback port.
type httpTestServer struct {
	*testServer
	base   string // "http://127.0.0.1:port"
	client *http.Client
}

// newHTTPTestServer starts a server with cfg whose gateway listens on
// 127.0.0.1:0; setup runs before serving, as for newTestServer.
func newHTTPTestServer(t *testing.T, cfg Config, setup func(*Server)) *httpTestServer {
	t.Helper()
	ts := newTestServer(t, cfg, setup)
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	served := make(chan error, 1)
	go func() { served <- ts.ServeGateway(lis) }()
	hs := &httpTestServer{testServer: ts, base: "http://" + lis.Addr().String(),
		client: &http.Client{Timeout: defaultTestTimeout, Transport: &http.Transport{}}}
	t.Cleanup(func() {
		hs.client.CloseIdleConnections()
		// Shutdown here, before newTestServer's cleanup does it again
		// (which is harmless): ServeGateway must then return nil.
		ctx, cancel := context.WithTimeout(context.Background(), defaultTestTimeout)
		defer cancel()
		ts.Shutdown(ctx)
		select {
		case err := <-served:
			if err != nil {
				t.Errorf("ServeGateway = %v; want nil after Shutdown", err)
			}
		case <-time.After(defaultTestTimeout):
			t.Error("ServeGateway did not return after Shutdown")
		}
	})
	return hs
}

// do sends one request and returns the status, headers and body.
func (hs *httpTestServer) do(t *testing.T, method, path, body string, header ...string) (int, http.Header, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(testContext(t), method, hs.base+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := hs.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, b
}

// wantHTTPError checks an error response: the HTTP status, a
// google.rpc.Status JSON body with the gRPC code, and, when field is set, a
// BadRequest violation for it.
func wantHTTPError(t *testing.T, what string, gotStatus int, body []byte, wantStatus int, code codes.Code, field string) *spb.Status {
	t.Helper()
	if gotStatus != wantStatus {
		t.Errorf("%s: HTTP %d (%s); want %d", what, gotStatus, body, wantStatus)
	}
	var st spb.Status
	if err := protojson.Unmarshal(body, &st); err != nil {
		t.Fatalf("%s: body %q is not google.rpc.Status JSON: %v", what, body, err)
	}
	if codes.Code(st.GetCode()) != code {
		t.Errorf("%s: code %v (%q); want %v", what, codes.Code(st.GetCode()), st.GetMessage(), code)
	}
	if field == "" {
		return &st
	}
	for _, d := range st.GetDetails() {
		var br errdetails.BadRequest
		if d.UnmarshalTo(&br) == nil {
			for _, v := range br.GetFieldViolations() {
				if v.GetField() == field {
					return &st
				}
			}
		}
	}
	t.Errorf("%s: no BadRequest violation for %q in %s", what, field, body)
	return &st
}

// TestHTTPRoutes calls each route over real HTTP and checks that JSON in
// gives what gRPC gives, in the gRPC JSON mapping's names.
func TestHTTPRoutes(t *testing.T) {
	hs := newHTTPTestServer(t, Config{}, nil)

	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "a1", Text: article}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF16}
	code, hdr, body := hs.do(t, "POST", "/v1/documents:analyze",
		`{"document": {"id": "a1", "text": `+jsonString(article)+`}, "encodingType": "ENCODING_TYPE_UTF16"}`)
	if code != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
		t.Fatalf("POST /v1/documents:analyze = %d %s, %s; want 200 JSON", code, hdr.Get("Content-Type"), body)
	}
	for _, name := range []string{`"documentId"`, `"keyPoints"`, `"readingTime"`, `"sentenceIndex"`} {
		if !bytes.Contains(body, []byte(name)) {
			t.Errorf("response has no %s field: the JSON names are not the gRPC JSON mapping's", name)
		}
	}
	var got pb.AnalyzeDocumentResponse
	if err := protojson.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	want, err := hs.testServer.client.AnalyzeDocument(testContext(t), req)
	if err != nil {
		t.Fatal(err)
	}
	if !proto.Equal(&got, want) {
		t.Errorf("HTTP analysis differs from gRPC's on the same request")
	}

	code, _, body = hs.do(t, "POST", "/v1/documents:analyzeBatch",
		`[{"document": {"id": "x", "text": "Norway said no."}}, {"document": {"id": "y", "text": ""}}, {"document": {"id": "z", "text": `+jsonString(article)+`}}]`)
	if code != http.StatusOK {
		t.Fatalf("POST /v1/documents:analyzeBatch = %d %s; want 200", code, body)
	}
	var batch pb.AnalyzeDocumentBatchResponse
	if err := protojson.Unmarshal(body, &batch); err != nil {
		t.Fatal(err)
	}
	ids := []string{"x", "y", "z"}
	if len(batch.GetResults()) != 3 {
		t.Fatalf("%d batch results; want 3", len(batch.GetResults()))
	}
	for i, r := range batch.GetResults() {
		if r.GetDocumentId() != ids[i] || r.GetIndex() != int64(i) || (i == 1) != (r.GetError() != nil) {
			t.Errorf("results[%d] = id %q index %d error %v; want id %q, an error only for y", i, r.GetDocumentId(), r.GetIndex(), r.GetError(), ids[i])
		}
	}
	if c := codes.Code(batch.GetResults()[1].GetError().GetCode()); c != codes.InvalidArgument {
		t.Errorf("results[1] code %v; want InvalidArgument", c)
	}

	code, _, body = hs.do(t, "GET", "/v1/info", "")
	var info pb.GetServiceInfoResponse
	if code != http.StatusOK || protojson.Unmarshal(body, &info) != nil || info.GetLimits().GetMaxBatchDocuments() != maxBatchDocuments {
		t.Errorf("GET /v1/info = %d %s; want 200 with the limits", code, body)
	}
}

func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestHTTPErrors: every way a request can be refused gets its HTTP status
// and a google.rpc.Status body with the gRPC code.
func TestHTTPErrors(t *testing.T) {
	hs := newHTTPTestServer(t, Config{MaxTextBytes: 1 << 10}, nil)
	limit := int(hs.svc.limits.GetMaxReceiveMessageBytes())
	for _, tc := range []struct {
		name, method, path, body string
		status                   int
		code                     codes.Code
		field                    string
	}{
		{"invalid JSON", "POST", "/v1/documents:analyze", `{"document": {"text": "Hi."`, 400, codes.InvalidArgument, ""},
		{"unknown field", "POST", "/v1/documents:analyze", `{"document": {"text": "Hi."}, "feature": ["FEATURE_SUMMARY"]}`, 400, codes.InvalidArgument, ""},
		{"unknown enum name", "POST", "/v1/documents:analyze", `{"document": {"text": "Hi."}, "features": ["SUMMARY"]}`, 400, codes.InvalidArgument, ""},
		{"empty text", "POST", "/v1/documents:analyze", `{"document": {"text": ""}}`, 400, codes.InvalidArgument, "document.text"},
		{"no document", "POST", "/v1/documents:analyze", `{}`, 400, codes.InvalidArgument, "document"},
		{"text over the limit", "POST", "/v1/documents:analyze", `{"document": {"text": "` + strings.Repeat("a", 2<<10) + `"}}`, 400, codes.InvalidArgument, "document.text"},
		{"bad option", "POST", "/v1/documents:analyze", `{"document": {"text": "Hi."}, "summaryOptions": {"maxSentences": -1}}`, 400, codes.InvalidArgument, "summary_options.max_sentences"},
		{"text not UTF-8", "POST", "/v1/documents:analyze", "{\"document\": {\"text\": \"caf\xe9\"}}", 400, codes.InvalidArgument, "document.text"},
		{"title not UTF-8", "POST", "/v1/documents:analyze", "{\"document\": {\"text\": \"Hi.\", \"title\": \"\xff\"}}", 400, codes.InvalidArgument, "document.title"},
		{"id not UTF-8, escapes around", "POST", "/v1/documents:analyze", "{\"document\": {\"text\": \"Hi.\", \"id\": \"\\u00e9\\n\xff\\\"\"}}", 400, codes.InvalidArgument, "document.id"},
		{"not UTF-8 outside a string", "POST", "/v1/documents:analyze", "{\"document\": \xff}", 400, codes.InvalidArgument, ""},
		{"member name not UTF-8", "POST", "/v1/documents:analyze", "{\"document\": {\"te\xffxt\": \"Hi.\"}}", 400, codes.InvalidArgument, ""},
		{"enum name not UTF-8", "POST", "/v1/documents:analyze", "{\"document\": {\"text\": \"Hi.\"}, \"features\": [\"\xff\"]}", 400, codes.InvalidArgument, ""},
		{"batch not an array", "POST", "/v1/documents:analyzeBatch", `{"requests": []}`, 400, codes.InvalidArgument, ""},
		{"body over the limit", "POST", "/v1/documents:analyze", `{"document": {"text": "` + strings.Repeat("a", limit) + `"}}`, 413, codes.ResourceExhausted, ""},
		{"wrong method", "GET", "/v1/documents:analyze", "", 405, codes.Unimplemented, ""},
		{"no such route", "POST", "/v1/documents:summarize", `{}`, 404, codes.NotFound, ""},
		{"no such path", "GET", "/v2/info", "", 404, codes.NotFound, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, body := hs.do(t, tc.method, tc.path, tc.body)
			wantHTTPError(t, tc.name, code, body, tc.status, tc.code, tc.field)
		})
	}
}

// TestHTTPBatchInvalidUTF8: as over gRPC, a batch document whose text is
// not UTF-8 gets its own error naming the field, and the others their
// analyses.
func TestHTTPBatchInvalidUTF8(t *testing.T) {
	hs := newHTTPTestServer(t, Config{}, nil)
	code, _, body := hs.do(t, "POST", "/v1/documents:analyzeBatch",
		"[{\"document\": {\"text\": \"Norway said no.\"}}, {\"document\": {\"text\": \"caf\xe9\"}}, {\"document\": {\"text\": \"Acme agreed.\"}}]")
	if code != http.StatusOK {
		t.Fatalf("batch = %d %s; want 200 with per-document results", code, body)
	}
	var batch pb.AnalyzeDocumentBatchResponse
	if err := protojson.Unmarshal(body, &batch); err != nil {
		t.Fatal(err)
	}
	if len(batch.GetResults()) != 3 || batch.GetResults()[0].GetAnalysis() == nil || batch.GetResults()[2].GetAnalysis() == nil {
		t.Fatalf("results %s; want analyses for documents 0 and 2", body)
	}
	st, err := protojson.Marshal(batch.GetResults()[1].GetError())
	if err != nil {
		t.Fatal(err)
	}
	wantHTTPError(t, "results[1]", 400, st, 400, codes.InvalidArgument, "document.text")
}

// TestRawTextDecoder: a string that is not UTF-8 reaches the request byte
// for byte, JSON escapes around it undone, in either field naming and in
// a batch; elsewhere it is refused, naming the place.
func TestRawTextDecoder(t *testing.T) {
	decode := func(body string, v any) error {
		return gatewayMarshaler.NewDecoder(strings.NewReader(body)).Decode(v)
	}
	var req pb.AnalyzeDocumentRequest
	if err := decode("{\"document\": {\"text\": \"caf\xe9 \\\"q\\\" \\u00e9\\ud83d\\ude80\\n\", \"title\": \"ok\"}, \"encoding_type\": \"ENCODING_TYPE_UTF16\"}", &req); err != nil {
		t.Fatalf("Decode = %v", err)
	}
	if want := "caf\xe9 \"q\" é🚀\n"; req.GetDocument().GetText() != want || req.GetDocument().GetTitle() != "ok" || req.GetEncodingType() != pb.EncodingType_ENCODING_TYPE_UTF16 {
		t.Errorf("decoded %q, title %q, encoding %v; want %q, \"ok\", UTF16", req.GetDocument().GetText(), req.GetDocument().GetTitle(), req.GetEncodingType(), want)
	}
	var reqs []*pb.AnalyzeDocumentsRequest
	if err := decode("[{\"document\": {\"text\": \"fine\"}}, {\"document\": {\"id\": \"\xff\", \"text\": \"x\xfey\"}}]", &reqs); err != nil {
		t.Fatalf("Decode(batch) = %v", err)
	}
	if len(reqs) != 2 || reqs[0].GetDocument().GetText() != "fine" || reqs[1].GetDocument().GetId() != "\xff" || reqs[1].GetDocument().GetText() != "x\xfey" {
		t.Errorf("decoded batch %v", reqs)
	}
	err := decode("[{\"document\": {\"text\": \"fine\"}, \"features\": [\"\xff\"]}]", &reqs)
	if err == nil || !strings.Contains(err.Error(), "features") {
		t.Errorf("Decode(bad enum name) = %v; want an error naming features", err)
	}
	// A string field the API does not have cannot be carried.
	if err := setRawString(&reqs, jsonPath{{index: 0}, {key: "nope"}}, "\xff"); err == nil || !strings.Contains(err.Error(), "requests[0].nope") {
		t.Errorf("setRawString(unknown field) = %v; want an error naming requests[0].nope", err)
	}
}

// TestHTTPBodyLimitStreamed: a body of unknown length is cut off at the
// limit, not read whole first.
func TestHTTPBodyLimitStreamed(t *testing.T) {
	hs := newHTTPTestServer(t, Config{MaxTextBytes: 1 << 10}, nil)
	limit := hs.svc.limits.GetMaxReceiveMessageBytes()
	// The transport reads the body on its own goroutine, which may still
	// be running when the response has come back.
	var sent atomic.Int64
	body := io.MultiReader(strings.NewReader(`{"document": {"text": "`), readerFunc(func(p []byte) (int, error) {
		if sent.Load() > 64<<20 {
			return 0, io.EOF // the server read far past its limit
		}
		for i := range p {
			p[i] = 'a'
		}
		sent.Add(int64(len(p)))
		return len(p), nil
	}))
	req, err := http.NewRequestWithContext(testContext(t), "POST", hs.base+"/v1/documents:analyze", body)
	if err != nil {
		t.Fatal(err)
	}
	req.ContentLength = -1 // chunked: the server cannot refuse it up front
	resp, err := hs.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	wantHTTPError(t, "chunked body over the limit", resp.StatusCode, b, 413, codes.ResourceExhausted, "")
	if n := sent.Load(); n > 64<<20 {
		t.Errorf("the client sent %d bytes before the server refused a body over %d", n, limit)
	}
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// TestHTTPAuth: the gRPC auth rules over HTTP, with the key in an
// "Authorization: Bearer" header.
func TestHTTPAuth(t *testing.T) {
	hs := newHTTPTestServer(t, Config{Keys: keyLine("all", "key-all", "*") + ";" + keyLine("info", "key-info", "GetServiceInfo")}, nil)
	doc := `{"document": {"text": "Norway said no."}}`
	for _, tc := range []struct {
		name   string
		header []string
		status int
		code   codes.Code
	}{
		{"no key", nil, 401, codes.Unauthenticated},
		{"unknown key", []string{"Authorization", "Bearer nope"}, 401, codes.Unauthenticated},
		{"not bearer", []string{"Authorization", "Basic a2V5LWFsbA=="}, 401, codes.Unauthenticated},
		{"key in a metadata header", []string{"Grpc-Metadata-Authorization", "Bearer key-all"}, 401, codes.Unauthenticated},
		{"method not allowed", []string{"Authorization", "Bearer key-info"}, 403, codes.PermissionDenied},
	} {
		code, hdr, body := hs.do(t, "POST", "/v1/documents:analyze", doc, tc.header...)
		wantHTTPError(t, tc.name, code, body, tc.status, tc.code, "")
		if tc.status == 401 && !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("%s: WWW-Authenticate %q; want a Bearer challenge", tc.name, hdr.Get("WWW-Authenticate"))
		}
	}
	// Auth comes before validation, as over gRPC, even for text that is
	// not UTF-8.
	code, _, body := hs.do(t, "POST", "/v1/documents:analyze", "{\"document\": {\"text\": \"caf\xe9\"}}")
	wantHTTPError(t, "no key, text not UTF-8", code, body, 401, codes.Unauthenticated, "")
	if code, _, body := hs.do(t, "POST", "/v1/documents:analyze", doc, "Authorization", "Bearer key-all"); code != 200 {
		t.Errorf("with a valid key: %d %s; want 200", code, body)
	}
	if code, _, body := hs.do(t, "GET", "/v1/info", "", "Authorization", "bearer key-info"); code != 200 {
		t.Errorf("GET /v1/info with a key for it: %d %s; want 200", code, body)
	}
	// Health, metrics and the OpenAPI document need no key.
	for _, path := range []string{"/healthz", "/readyz", "/metrics", "/openapi.json"} {
		if code, _, _ := hs.do(t, "GET", path, ""); code != 200 {
			t.Errorf("GET %s without a key = %d; want 200", path, code)
		}
	}
	checkNoSecrets(t, hs.logs.String())
}

// TestHTTPRateLimit: a caller over its rate gets 429 with Retry-After, and
// callers are told apart by their own address, not the gateway's.
func TestHTTPRateLimit(t *testing.T) {
	hs := newHTTPTestServer(t, Config{RateLimit: 0.001, RateBurst: 1}, nil)
	if code, _, body := hs.do(t, "GET", "/v1/info", ""); code != 200 {
		t.Fatalf("first call = %d %s; want 200", code, body)
	}
	code, hdr, body := hs.do(t, "GET", "/v1/info", "")
	wantHTTPError(t, "over the rate", code, body, 429, codes.ResourceExhausted, "")
	if ra := hdr.Get("Retry-After"); ra == "" || ra == "0" {
		t.Errorf("Retry-After = %q; want whole seconds to wait", ra)
	}
	// The log names the HTTP client's address as the peer, and the
	// transport.
	if !strings.Contains(hs.logs.String(), `"peer.address":"127.0.0.1:`) || !strings.Contains(hs.logs.String(), `"transport":"http"`) {
		t.Errorf("log lines do not name the HTTP client as the peer:\n%s", hs.logs.String())
	}
}

// TestHTTPDeadlineAndShutdown: a Grpc-Timeout that passes is 504; during a
// shutdown /readyz is 503 and new calls are 503, while the call in flight
// finishes.
func TestHTTPDeadlineAndShutdown(t *testing.T) {
	var blk *blockingEngine
	hs := newHTTPTestServer(t, Config{}, func(s *Server) {
		blk = &blockingEngine{engine: s.svc.eng, started: make(chan struct{}, 4), release: make(chan struct{})}
		s.svc.eng = blk
	})
	doc := `{"document": {"text": "Norway said no."}}`
	code, _, body := hs.do(t, "POST", "/v1/documents:analyze", doc, "Grpc-Timeout", "50m")
	wantHTTPError(t, "deadline", code, body, 504, codes.DeadlineExceeded, "")
	<-blk.started

	if code, _, body := hs.do(t, "GET", "/readyz", ""); code != 200 || !bytes.Contains(body, []byte("SERVING")) {
		t.Errorf("GET /readyz before shutdown = %d %s; want 200 SERVING", code, body)
	}
	inFlight := make(chan int, 1)
	go func() {
		code, _, _ := hs.do(t, "POST", "/v1/documents:analyze", doc)
		inFlight <- code
	}()
	waitStarted(t, blk, 1)
	stopped := make(chan struct{})
	go func() {
		hs.Shutdown(testContext(t))
		close(stopped)
	}()
	deadline := time.Now().Add(defaultTestTimeout)
	for {
		code, _, body := hs.do(t, "GET", "/readyz", "")
		if code == http.StatusServiceUnavailable && bytes.Contains(body, []byte("NOT_SERVING")) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /readyz during shutdown = %d %s; want 503 NOT_SERVING", code, body)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if code, _, _ := hs.do(t, "GET", "/healthz", ""); code != 200 {
		t.Errorf("GET /healthz during shutdown = %d; want 200 (alive)", code)
	}
	code, _, body = hs.do(t, "GET", "/v1/info", "")
	wantHTTPError(t, "call during shutdown", code, body, 503, codes.Unavailable, "")
	close(blk.release)
	if code := <-inFlight; code != 200 {
		t.Errorf("call in flight at shutdown = %d; want 200", code)
	}
	<-stopped
}

// TestOpenAPIMatchesRoutes: the served document is the embedded one, it
// lists exactly the routes of the gateway config, and each answers.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	hs := newHTTPTestServer(t, Config{}, nil)
	code, hdr, body := hs.do(t, "GET", "/openapi.json", "")
	if code != 200 || !bytes.Equal(body, openAPIDocument) || hdr.Get("Content-Type") != "application/json" {
		t.Fatalf("GET /openapi.json = %d %s; want 200 with the embedded document", code, hdr.Get("Content-Type"))
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	slices.Sort(documented)

	// The routes as the gateway config declares them.
	cfg, err := os.ReadFile("../proto/docanalysis/v1/analysis_http.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var declared []string
	for line := range strings.Lines(string(cfg)) {
		line = strings.TrimSpace(line)
		for _, m := range []string{"get", "post", "put", "patch", "delete"} {
			if p, ok := strings.CutPrefix(line, m+": "); ok {
				declared = append(declared, strings.ToUpper(m)+" "+p)
			}
		}
	}
	slices.Sort(declared)
	if !slices.Equal(documented, declared) || len(declared) != 3 {
		t.Errorf("OpenAPI documents %v; the gateway config declares %v", documented, declared)
	}
	for _, r := range documented {
		method, path, _ := strings.Cut(r, " ")
		body := ""
		if method == "POST" {
			body = `{}`
			if strings.HasSuffix(path, "Batch") {
				body = `[]`
			}
		}
		if code, _, b := hs.do(t, method, path, body); code == http.StatusNotFound || code == http.StatusMethodNotAllowed {
			t.Errorf("%s documented but not served: %d %s", r, code, b)
		}
	}
}

// TestMetrics scrapes /metrics, parses the text format, and checks that
// the counters move with calls over both transports.
func TestMetrics(t *testing.T) {
	hs := newHTTPTestServer(t, Config{RateLimit: 0.001, RateBurst: 4}, nil)
	before := scrape(t, hs)
	doc := `{"document": {"text": ` + jsonString(article) + `}}`
	if code, _, body := hs.do(t, "POST", "/v1/documents:analyze", doc); code != 200 {
		t.Fatalf("analyze = %d %s", code, body)
	}
	if _, err := hs.testServer.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: article}}); err != nil {
		t.Fatal(err)
	}
	// Refused before the service: not counted as a call, but as a request.
	hs.do(t, "POST", "/v1/documents:analyze", `{"document": `)
	hs.do(t, "GET", "/nowhere", "")
	// Spend the burst (the scrape does not count, the gRPC call is another
	// caller's) so that one call is shed.
	for range 4 {
		hs.do(t, "GET", "/v1/info", "")
	}
	after := scrape(t, hs)

	for _, c := range []struct {
		name string
		want float64
	}{
		{`grpc_server_handled_total{grpc_code="OK",grpc_method="AnalyzeDocument",grpc_service="docanalysis.v1.DocumentAnalysisService",grpc_type="unary",transport="http"}`, 1},
		{`grpc_server_handled_total{grpc_code="OK",grpc_method="AnalyzeDocument",grpc_service="docanalysis.v1.DocumentAnalysisService",grpc_type="unary",transport="grpc"}`, 1},
		{`grpc_server_handling_seconds_count{grpc_method="AnalyzeDocument",grpc_service="docanalysis.v1.DocumentAnalysisService",grpc_type="unary",transport="http"}`, 1},
		{`docanalysis_documents_analyzed_total`, 2},
		{`docanalysis_document_bytes_analyzed_total`, float64(2 * len(article))},
		{`docanalysis_analysis_seconds_count`, 2},
		{`docanalysis_stage_seconds_count{stage="text"}`, 2},
		{`docanalysis_stage_seconds_count{stage="summary"}`, 2},
		{`docanalysis_stage_seconds_count{stage="actors"}`, 2},
		{`docanalysis_stage_seconds_count{stage="disputes"}`, 2},
		{`docanalysis_shed_total{reason="rate_limited"}`, 1},
		{`docanalysis_http_requests_total{code="200",route="/v1/documents:analyze"}`, 1},
		{`docanalysis_http_requests_total{code="400",route="/v1/documents:analyze"}`, 1},
		{`docanalysis_http_requests_total{code="404",route="other"}`, 1},
		{`docanalysis_http_requests_total{code="429",route="/v1/info"}`, 1},
		{`docanalysis_http_requests_total{code="200",route="/metrics"}`, 1},
	} {
		if got := after[c.name] - before[c.name]; got != c.want {
			t.Errorf("%s moved by %v; want %v", c.name, got, c.want)
		}
	}
	for _, g := range []string{"docanalysis_admission_queue_depth", "docanalysis_analyses_running", "docanalysis_streams_open"} {
		if v, ok := after[g]; !ok || v != 0 {
			t.Errorf("gauge %s = %v (present %v); want 0 when idle", g, v, ok)
		}
	}
}

// scrape reads /metrics, parses it with Prometheus's own text parser, and
// returns each sample by name and labels as the text format writes them
// (histograms by their _count).
func scrape(t *testing.T, hs *httpTestServer) map[string]float64 {
	t.Helper()
	code, hdr, body := hs.do(t, "GET", "/metrics", "")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/plain") {
		t.Fatalf("GET /metrics = %d %s", code, hdr.Get("Content-Type"))
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("/metrics is not Prometheus text: %v", err)
	}
	samples := map[string]float64{}
	for name, f := range families {
		for _, m := range f.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, fmt.Sprintf("%s=%q", l.GetName(), l.GetValue()))
			}
			slices.Sort(labels)
			key := name
			if len(labels) > 0 {
				key += "{" + strings.Join(labels, ",") + "}"
			}
			switch f.GetType() {
			case dto.MetricType_COUNTER:
				samples[key] = m.GetCounter().GetValue()
			case dto.MetricType_GAUGE:
				samples[key] = m.GetGauge().GetValue()
			case dto.MetricType_HISTOGRAM:
				samples[strings.Replace(key, name, name+"_count", 1)] = float64(m.GetHistogram().GetSampleCount())
			}
		}
	}
	return samples
}

// TestGatewayServesPage: the page that draws an analysis is served at /
// alone, next to the route it calls; any other unknown path is still the
// JSON 404.
func TestGatewayServesPage(t *testing.T) {
	hs := newHTTPTestServer(t, Config{}, nil)
	code, hdr, body := hs.do(t, "GET", "/", "")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") || !bytes.Contains(body, []byte(page.AnalyzePath)) {
		t.Fatalf("GET / = %d %s (%d bytes); want 200, the HTML page that calls %s", code, hdr.Get("Content-Type"), len(body), page.AnalyzePath)
	}
	if code, _, _ := hs.do(t, "GET", "/nowhere", ""); code != 404 {
		t.Errorf("GET /nowhere = %d; want 404", code)
	}
}
