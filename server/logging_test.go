package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Planted values that must never reach a log.
const (
	plantedText    = "PLANTED-DOCUMENT-TEXT Tehran rejected the proposal, the envoy said."
	plantedTitle   = "PLANTED-TITLE"
	plantedUnknown = "PLANTED-UNKNOWN-KEY-0123456789abcdef"
)

// logLines parses the JSON lines of logs.
func logLines(t *testing.T, logs string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for l := range strings.SplitSeq(strings.TrimSpace(logs), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line is not JSON: %v\n%s", err, l)
		}
		lines = append(lines, m)
	}
	return lines
}

// finishedLine returns the one "finished call" line in logs.
func finishedLine(t *testing.T, logs string) map[string]any {
	t.Helper()
	var found []map[string]any
	for _, l := range logLines(t, logs) {
		if l["msg"] == "finished call" {
			found = append(found, l)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d finished-call lines; want 1:\n%s", len(found), logs)
	}
	return found[0]
}

// TestLoggingNeverLogsSecrets runs calls carrying a planted document and
// planted keys through the whole chain and checks that the log names the
// method, code and key id but holds neither the text nor any key.
func TestLoggingNeverLogsSecrets(t *testing.T) {
	keys := testKeys(t)
	req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "doc-1", Title: plantedTitle, Text: plantedText}}
	respond := func(context.Context, any) (any, error) {
		// Responses quote the text too, in spans.
		return &pb.AnalyzeDocumentResponse{Analysis: &pb.DocumentAnalysis{Sentences: []*pb.Sentence{{Span: &pb.TextSpan{Content: plantedText}}}}}, nil
	}
	tests := []struct {
		name    string
		md      metadata.MD
		handler grpc.UnaryHandler
		want    []string
	}{
		{
			name:    "success",
			md:      bearer(testKeyAlice),
			handler: respond,
			want:    []string{`"grpc.method":"AnalyzeDocument"`, `"grpc.code":"OK"`, `"key_id":"alice"`, `"level":"INFO"`},
		},
		{
			name:    "unknown key",
			md:      bearer(plantedUnknown),
			handler: respond,
			want:    []string{`"grpc.code":"Unauthenticated"`, `"key_id":""`},
		},
		{
			name:    "key in a non-Bearer scheme and other metadata",
			md:      metadata.Pairs("authorization", "Basic "+testKeyAlice, "x-api-key", testKeyAlice, "cookie", plantedText),
			handler: respond,
			want:    []string{`"grpc.code":"Unauthenticated"`},
		},
		{
			name:    "refused method",
			md:      bearer(testKeyReader),
			handler: respond,
			want:    []string{`"grpc.code":"PermissionDenied"`, `"key_id":"reader"`, `"level":"WARN"`},
		},
		{
			name: "handler error",
			md:   bearer(testKeyAlice),
			handler: func(context.Context, any) (any, error) {
				return nil, status.Error(codes.InvalidArgument, "docanalysis: invalid request: document.language: unsupported")
			},
			want: []string{`"grpc.code":"InvalidArgument"`, `"key_id":"alice"`},
		},
		{
			name: "panic quoting the text",
			md:   bearer(testKeyAlice),
			handler: func(_ context.Context, req any) (any, error) {
				panic("bad document: " + req.(*pb.AnalyzeDocumentRequest).GetDocument().GetText())
			},
			want: []string{`"grpc.code":"Internal"`, `"msg":"panic recovered"`, `"key_id":"alice"`, `"level":"ERROR"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs, logger := newLogBuffer()
			unary, _ := interceptors(&Config{KeysFile: testKeysFile}, keys, newLimiter(100, 100), logger)
			chainUnary(unary, callContext(t, methodAnalyze, tt.md), req, unaryInfo(methodAnalyze), tt.handler)
			out := logs.String()
			finishedLine(t, out)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("log lacks %s:\n%s", w, out)
				}
			}
			checkNoSecrets(t, out)
		})
	}

	t.Run("stream", func(t *testing.T) {
		logs, logger := newLogBuffer()
		_, stream := interceptors(&Config{KeysFile: testKeysFile}, keys, newLimiter(100, 100), logger)
		ss := &chainTestStream{
			ctx: callContext(t, methodStream, bearer(testKeyBatch)),
			recv: []proto.Message{
				&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "a", Text: plantedText}},
				&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "b", Text: plantedText}},
			},
		}
		err := chainStream(stream, ss, streamInfo(methodStream), echoStream)
		if err != nil {
			t.Fatalf("stream = %v; want nil", err)
		}
		out := logs.String()
		for _, w := range []string{`"grpc.method":"AnalyzeDocuments"`, `"grpc.code":"OK"`, `"key_id":"batch"`, `"grpc.request.messages":2`} {
			if !strings.Contains(out, w) {
				t.Errorf("log lacks %s:\n%s", w, out)
			}
		}
		checkNoSecrets(t, out)
	})
}

func checkNoSecrets(t *testing.T, logs string) {
	t.Helper()
	for _, secret := range []string{"PLANTED", testKeyAlice, testKeyReader, testKeyBatch, testHashAlice} {
		if strings.Contains(logs, secret) {
			t.Errorf("log contains %q:\n%s", secret, logs)
		}
	}
}

// echoStream is a stream handler answering each request with its document.
func echoStream(_ any, ss grpc.ServerStream) error {
	for {
		req := new(pb.AnalyzeDocumentsRequest)
		if err := ss.RecvMsg(req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		resp := &pb.AnalyzeDocumentsResponse{DocumentId: req.GetDocument().GetId(), Result: &pb.AnalyzeDocumentsResponse_Analysis{
			Analysis: &pb.DocumentAnalysis{Sentences: []*pb.Sentence{{Span: &pb.TextSpan{Content: req.GetDocument().GetText()}}}},
		}}
		if err := ss.SendMsg(resp); err != nil {
			return err
		}
	}
}

// chainStream runs a stream through the chain the way grpc does.
func chainStream(chain []grpc.StreamServerInterceptor, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	h := handler
	for i := len(chain) - 1; i >= 0; i-- {
		next, icpt := h, chain[i]
		h = func(srv any, ss grpc.ServerStream) error { return icpt(srv, ss, info, next) }
	}
	return h(nil, ss)
}

func TestLoggingFields(t *testing.T) {
	t.Run("unary", func(t *testing.T) {
		logs, logger := newLogBuffer()
		req := &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: "Some text."}}
		resp := &pb.AnalyzeDocumentResponse{Analysis: &pb.DocumentAnalysis{DocumentId: "d", Language: "en"}}
		handler := func(context.Context, any) (any, error) { return resp, nil }
		ctx := callContext(t, methodAnalyze, nil)
		if _, err := unaryLogging(logger)(ctx, req, unaryInfo(methodAnalyze), handler); err != nil {
			t.Fatal(err)
		}
		l := finishedLine(t, logs.String())
		want := map[string]any{
			"level":               "INFO",
			"grpc.service":        "docanalysis.v1.DocumentAnalysisService",
			"grpc.method":         "AnalyzeDocument",
			"grpc.method_type":    "unary",
			"grpc.code":           "OK",
			"peer.address":        chainTestPeer.String(),
			"key_id":              "", // auth off
			"transport":           "grpc",
			"grpc.request.bytes":  float64(proto.Size(req)),
			"grpc.response.bytes": float64(proto.Size(resp)),
		}
		for k, v := range want {
			if l[k] != v {
				t.Errorf("log field %s = %#v; want %#v", k, l[k], v)
			}
		}
		if ms, ok := l["grpc.time_ms"].(float64); !ok || ms < 0 {
			t.Errorf("log field grpc.time_ms = %#v; want a number of milliseconds", l["grpc.time_ms"])
		}
		for _, k := range []string{"grpc.request.messages", "grpc.response.messages", "grpc.error"} {
			if _, ok := l[k]; ok {
				t.Errorf("unary OK call logs %s; want it left out", k)
			}
		}
	})

	t.Run("stream", func(t *testing.T) {
		logs, logger := newLogBuffer()
		reqs := []proto.Message{
			&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "a", Text: "One."}},
			&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "b", Text: "Two, longer."}},
			&pb.AnalyzeDocumentsRequest{Document: &pb.Document{Id: "c", Text: "Three, the longest one."}},
		}
		var reqBytes int
		for _, r := range reqs {
			reqBytes += proto.Size(r)
		}
		ss := &chainTestStream{ctx: callContext(t, methodStream, nil), recv: reqs}
		if err := streamLogging(logger)(nil, ss, streamInfo(methodStream), echoStream); err != nil {
			t.Fatal(err)
		}
		var respBytes int
		for _, m := range ss.sent {
			respBytes += proto.Size(m)
		}
		l := finishedLine(t, logs.String())
		want := map[string]any{
			"grpc.method":            "AnalyzeDocuments",
			"grpc.method_type":       "bidi_stream",
			"grpc.code":              "OK",
			"grpc.request.messages":  float64(3),
			"grpc.response.messages": float64(3),
			"grpc.request.bytes":     float64(reqBytes),
			"grpc.response.bytes":    float64(respBytes),
		}
		for k, v := range want {
			if l[k] != v {
				t.Errorf("log field %s = %#v; want %#v", k, l[k], v)
			}
		}
	})
}

func TestLoggingLevels(t *testing.T) {
	tests := []struct {
		code      codes.Code
		wantLevel string
	}{
		{codes.OK, "INFO"},
		{codes.Canceled, "INFO"},
		{codes.InvalidArgument, "INFO"},
		{codes.Unauthenticated, "INFO"},
		{codes.PermissionDenied, "WARN"},
		{codes.ResourceExhausted, "WARN"},
		{codes.DeadlineExceeded, "WARN"},
		{codes.Unavailable, "WARN"},
		{codes.Internal, "ERROR"},
		{codes.Unknown, "ERROR"},
		{codes.Unimplemented, "ERROR"},
	}
	for _, tt := range tests {
		logs, logger := newLogBuffer()
		handler := func(context.Context, any) (any, error) {
			if tt.code == codes.OK {
				return &pb.GetServiceInfoResponse{}, nil
			}
			return nil, status.Error(tt.code, "failed")
		}
		unaryLogging(logger)(callContext(t, methodInfo, nil), &pb.GetServiceInfoRequest{}, unaryInfo(methodInfo), handler)
		l := finishedLine(t, logs.String())
		if l["level"] != tt.wantLevel || l["grpc.code"] != tt.code.String() {
			t.Errorf("call ending %v logged at %v with code %v; want %s", tt.code, l["level"], l["grpc.code"], tt.wantLevel)
		}
	}
}
