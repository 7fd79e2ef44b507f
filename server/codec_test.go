package server

import (
	"fmt"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/codec"
)

// wireCodec reads and writes messages as the server does.
var wireCodec = codec.New()

// rawCodec sends and receives bytes as they are, so that a test can put on
// the wire what another language's client, or a hostile one, would.
type rawCodec struct{}

func (rawCodec) Name() string { return "proto" }

func (rawCodec) Marshal(v any) (mem.BufferSlice, error) {
	return mem.BufferSlice{mem.SliceBuffer(*v.(*[]byte))}, nil
}

func (rawCodec) Unmarshal(data mem.BufferSlice, v any) error {
	*v.(*[]byte) = data.Materialize()
	return nil
}

// rawDocument is an AnalyzeDocumentRequest on the wire whose document has
// the given text and id, written byte for byte.
func rawDocument(id, text string) []byte {
	var d []byte
	if id != "" {
		d = protowire.AppendString(protowire.AppendTag(d, 1, protowire.BytesType), id)
	}
	d = protowire.AppendString(protowire.AppendTag(d, 2, protowire.BytesType), text)
	return protowire.AppendBytes(protowire.AppendTag(nil, 1, protowire.BytesType), d)
}

// TestRawInvalidUTF8 sends text that is not UTF-8 from a client that does
// not use the server's codec: the server still names the field at fault.
func TestRawInvalidUTF8(t *testing.T) {
	ts := newTestServer(t, Config{}, nil)
	if err := proto.Unmarshal(rawDocument("", "caf\xe9 society"), &pb.AnalyzeDocumentRequest{}); err == nil {
		t.Fatal("the runtime reads text that is not UTF-8: this test proves nothing")
	}
	req := rawDocument("", "caf\xe9 society")
	var resp []byte
	err := ts.conn.Invoke(testContext(t), "/docanalysis.v1.DocumentAnalysisService/AnalyzeDocument", &req, &resp, grpc.ForceCodecV2(rawCodec{}))
	wantViolation(t, err, "document.text", "UTF-8")

	// On a stream, the same document gets its own error and the others
	// their analyses.
	stream, err := ts.conn.NewStream(testContext(t), &pb.DocumentAnalysisService_ServiceDesc.Streams[0],
		"/docanalysis.v1.DocumentAnalysisService/AnalyzeDocuments", grpc.ForceCodecV2(rawCodec{}))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Norway rejected the offer.", "bad \xff byte", "Acme agreed."}
	for i, text := range texts {
		b := rawDocument(fmt.Sprint(i), text)
		if err := stream.SendMsg(&b); err != nil {
			t.Fatalf("SendMsg(%d) = %v", i, err)
		}
	}
	if err := stream.CloseSend(); err != nil {
		t.Fatal(err)
	}
	for range texts {
		var b []byte
		if err := stream.RecvMsg(&b); err != nil {
			t.Fatalf("RecvMsg = %v; want a response per document", err)
		}
		var r pb.AnalyzeDocumentsResponse
		if err := proto.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		bad := r.GetIndex() == 1
		if got := r.GetError().GetCode(); bad != (codes.Code(got) == codes.InvalidArgument) || bad == (r.GetAnalysis() != nil) {
			t.Errorf("document %d: error %v, analysis %v; want an error only for document 1", r.GetIndex(), r.GetError(), r.GetAnalysis() != nil)
		}
	}
}
