package server

import (
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/mem"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/analysis/text"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
)

// FuzzValidate feeds arbitrary bytes, as a client could put on the wire,
// to the request validator: whatever the server's codec reads into an
// AnalyzeDocumentRequest (text that is not UTF-8 included) is either accepted as a job the engine can take,
// or refused with INVALID_ARGUMENT whose status can be sent (its details
// marshal); never another code, never a panic. Seeds are in
// testdata/fuzz/FuzzValidate; run longer with `make fuzz`.
func FuzzValidate(f *testing.F) {
	for _, req := range []*pb.AnalyzeDocumentRequest{
		{Document: &pb.Document{Id: "a", Text: article, Title: "Talks", Language: "en-GB"}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF16},
		{Document: &pb.Document{Text: "caf\xe9", Id: "\xff", Language: "x_y"}, Features: []pb.Feature{0, 42}, EncodingType: 9},
		{Document: &pb.Document{Text: "Fine."}, SummaryOptions: &pb.SummaryOptions{MaxSentences: -1, MaxKeywords: 1 << 30}},
	} {
		b, err := wireCodec.Marshal(req)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b.Materialize())
	}
	eng := enginetest.New(f, analysis.Config{MaxTextBytes: 4096})
	logger := discardLogger()
	f.Fuzz(func(t *testing.T, wire []byte) {
		var req pb.AnalyzeDocumentRequest
		if err := wireCodec.Unmarshal(mem.BufferSlice{mem.SliceBuffer(wire)}, &req); err != nil {
			return // the transport would refuse it before a handler runs
		}
		j, err := validate(&req, eng)
		if err != nil {
			st := toStatus(t.Context(), logger, err)
			if st.Code() != codes.InvalidArgument {
				t.Fatalf("validate(%v) = %v; want InvalidArgument", &req, st.Err())
			}
			if len(st.Details()) == 0 {
				t.Errorf("validate(%v): INVALID_ARGUMENT without BadRequest details", &req)
			}
			if _, err := proto.Marshal(st.Proto()); err != nil {
				t.Fatalf("the status for %v cannot be sent: %v", &req, err)
			}
			return
		}
		if err := eng.Check(&j.doc); err != nil {
			t.Fatalf("validate accepted a document the engine refuses: %v", err)
		}
		if !utf8.ValidString(j.doc.ID) || len(j.doc.ID) > maxIDBytes {
			t.Fatalf("validate accepted id %q", j.doc.ID)
		}
		if j.encoding != text.UTF8 && j.encoding != text.UTF16 && j.encoding != text.UTF32 {
			t.Fatalf("validate accepted encoding %v", j.encoding)
		}
	})
}

// pathological builds texts that stress one part of the engine each.
func pathological(limit int) []struct {
	name string
	text string
} {
	fill := func(unit string) string { return strings.Repeat(unit, limit/len(unit)) }
	var nested strings.Builder
	for nested.Len() < limit/2-64 {
		nested.WriteString(`He said “she said ‘they said "`)
	}
	nested.WriteString("nothing")
	for nested.Len() < limit-64 {
		nested.WriteString(`"’”`)
	}
	var mixed strings.Builder
	for mixed.Len() < limit-128 {
		mixed.WriteString("Norway said 東京 rejected ولكن Москва, שלום 🚀 e\u0301t\u00e9 ΑΘΗΝΑ हिन्दी. ")
	}
	return []struct {
		name string
		text string
	}{
		{"one word repeated", fill("Norway ")},
		{"no spaces", fill("x")},
		{"one huge word of letters and digits", fill("Ab1")},
		{"only punctuation", fill(".,;:!?—()[]\"'")},
		{"only dots", fill(".")},
		{"100k tiny sentences", strings.Repeat("Go. ", min(100_000, limit/4))},
		{"capitalised words, no sentence end", fill("Acme Norway Ltd Mr ")},
		{"deeply nested quotes", nested.String()},
		{"mixed scripts", mixed.String()},
		{"NUL bytes", fill("Norway\x00rejected\x00it. ")},
		{"BOM then text", "\uFEFF" + fill("Norway rejected the offer. ")[3:]},
		{"BOMs everywhere", fill("\uFEFFNorway\uFEFF. ")},
		{"newlines only, with one word", strings.Repeat("\n", limit-8) + "Norway."},
		{"combining marks", fill("a\u0301\u0302\u0303 ")},
		{"emoji only", fill("🚀")},
	}
}

// maxTestResponse is the receive limit the pathological test's client
// sets, as the Go client does (client.MaxResponseBytes): the answer for a
// 1 MiB text naming one actor on every line runs to several MiB, over
// gRPC's 4 MiB default.
const maxTestResponse = 64 << 20

// TestPathologicalTexts sends texts built to be slow or confusing, each
// near the default 1 MiB size limit (1/8 of it under the race detector), through the real service path (transport,
// validation, engine, conversion to UTF-16 offsets). Each must be analysed
// or refused with INVALID_ARGUMENT; never INTERNAL, never a hang. Times are
// logged, not asserted: the budget is a few seconds per MiB on one core
// (see docs/operations.md), and a text far over it is a finding to report,
// not a test to make flaky. Invalid UTF-8 and an over-size text must be
// refused.
func TestPathologicalTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses about 15 MiB of text; skipped in -short")
	}
	limit := analysis.DefaultMaxTextBytes
	if raceEnabled {
		// The race detector is about goroutines, not sizes, and slows
		// the engine several times over: keep CI fast with 1/8 the size.
		limit /= 8
	}
	ts := newTestServer(t, Config{MaxTextBytes: limit}, nil)
	type tcase struct {
		name string
		text string
		want codes.Code
	}
	var tests []tcase
	for _, p := range pathological(limit) {
		tests = append(tests, tcase{p.name, p.text, codes.OK})
	}
	tests = append(tests,
		tcase{"invalid UTF-8", strings.Repeat("Norway \xff\xfe rejected it. ", limit/24), codes.InvalidArgument},
		tcase{"truncated rune at the end", strings.Repeat("Norway. ", limit/8-1) + "\xe6\x9d", codes.InvalidArgument},
		tcase{"one byte over the limit", strings.Repeat("x", limit+1), codes.InvalidArgument},
		tcase{"whitespace only", strings.Repeat(" \n\t", limit/3), codes.InvalidArgument},
	)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want == codes.OK && (len(tt.text) > limit || !utf8.ValidString(tt.text)) {
				t.Fatalf("bad test text: %d bytes, valid UTF-8 %v", len(tt.text), utf8.ValidString(tt.text))
			}
			ctx := testContext(t)
			start := time.Now()
			resp, err := ts.client.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{
				Document:     &pb.Document{Text: tt.text},
				EncodingType: pb.EncodingType_ENCODING_TYPE_UTF16,
				Features: []pb.Feature{pb.Feature_FEATURE_SUMMARY, pb.Feature_FEATURE_ACTORS,
					pb.Feature_FEATURE_DISPUTED_POINTS, pb.Feature_FEATURE_AGREEMENTS},
			}, grpc.MaxCallRecvMsgSize(maxTestResponse))
			took := time.Since(start)
			if got := status.Code(err); got != tt.want {
				t.Fatalf("AnalyzeDocument(%s, %d bytes) = %v after %v; want %v", tt.name, len(tt.text), err, took, tt.want)
			}
			a := resp.GetAnalysis()
			t.Logf("%-40s %8d bytes  %-16v %10v  %d sentences, %d actors, %d disputes",
				tt.name, len(tt.text), status.Code(err), took.Round(time.Millisecond),
				a.GetStats().GetSentences(), len(a.GetActors()), len(a.GetDisputedPoints()))
			if err != nil {
				return
			}
			// Check a sample of spans slice back to their content.
			u := utf16.Encode([]rune(tt.text))
			for i, sp := range spansOf(a) {
				if i >= 200 {
					break
				}
				if sp.GetBegin() < 0 || int(sp.GetEnd()) > len(u) || sp.GetBegin() > sp.GetEnd() {
					t.Fatalf("span [%d,%d) out of range 0..%d", sp.GetBegin(), sp.GetEnd(), len(u))
				}
				if got := string(utf16.Decode(u[sp.GetBegin():sp.GetEnd()])); got != sp.GetContent() {
					t.Fatalf("text[%d:%d] = %q; content %q", sp.GetBegin(), sp.GetEnd(), got, sp.GetContent())
				}
			}
		})
	}
}

// TestPathologicalTextsSmall runs the same shapes at 8 KiB, in -short too,
// so that CI always sees each one go through.
func TestPathologicalTextsSmall(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	for _, p := range pathological(8 << 10) {
		_, err := ts.client.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Text: p.text}})
		if err != nil {
			t.Errorf("AnalyzeDocument(%s, %d bytes) = %v; want an analysis", p.name, len(p.text), err)
		}
	}
}
