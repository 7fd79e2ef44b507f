package codec

import (
	"bytes"
	"strings"
	"testing"

	"google.golang.org/grpc/encoding"
	grpcproto "google.golang.org/grpc/encoding/proto"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// request is a request using every field, with the given document strings.
func request(id, text, title, lang string) *pb.AnalyzeDocumentRequest {
	return &pb.AnalyzeDocumentRequest{
		Document:       &pb.Document{Id: id, Text: text, Title: title, Language: lang},
		Features:       []pb.Feature{pb.Feature_FEATURE_ACTORS, pb.Feature_FEATURE_SUMMARY},
		EncodingType:   pb.EncodingType_ENCODING_TYPE_UTF16,
		SummaryOptions: &pb.SummaryOptions{MaxSentences: 4, MaxKeywords: 7},
	}
}

func roundTrip(t *testing.T, in, out proto.Message) {
	t.Helper()
	c := New()
	data, err := c.Marshal(in)
	if err != nil {
		t.Fatalf("Marshal(%v) = _, %v; want _, nil", in, err)
	}
	if err := c.Unmarshal(data, out); err != nil {
		t.Fatalf("Unmarshal = %v; want nil", err)
	}
	if !proto.Equal(in, out) {
		t.Errorf("round trip gave %v; want %v", out, in)
	}
}

// TestValidIsTheRuntimes: a valid message is written exactly as the
// runtime writes it.
func TestValidIsTheRuntimes(t *testing.T) {
	req := request("a", "Norway rejected the offer. 日本 🙂", "Title", "en")
	data, err := New().Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	want, err := proto.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	if got := data.Materialize(); !bytes.Equal(got, want) {
		t.Errorf("Marshal = %x; want the runtime's %x", got, want)
	}
	roundTrip(t, req, &pb.AnalyzeDocumentRequest{})
}

// TestInvalidTextRoundTrips: each Document string that is not UTF-8 is
// written and read back byte for byte, with every other field intact,
// where the runtime alone refuses both ways.
func TestInvalidTextRoundTrips(t *testing.T) {
	bad := "caf\xe9 \xff\xfe society \xe6\x9d"
	for _, req := range []*pb.AnalyzeDocumentRequest{
		request("", bad, "", ""),
		request(bad, "fine", "", ""),
		request("id", "fine", bad, ""),
		request("id", "fine", "", bad),
		request(bad, bad, bad, bad),
	} {
		if _, err := proto.Marshal(req); err == nil {
			t.Fatalf("the runtime wrote %v: the fallback is not needed any more", req)
		}
		roundTrip(t, req, &pb.AnalyzeDocumentRequest{})
		s := &pb.AnalyzeDocumentsRequest{Document: req.Document, Features: req.Features, EncodingType: req.EncodingType}
		roundTrip(t, s, &pb.AnalyzeDocumentsRequest{})
	}
}

// TestInvalidBatchRoundTrips: a batch whose documents are not all UTF-8 is
// written and read back exactly, valid and invalid elements alike, in
// order, with the batch's other fields intact.
func TestInvalidBatchRoundTrips(t *testing.T) {
	bad := "caf\xe9 \xff"
	elem := func(id, text string) *pb.AnalyzeDocumentsRequest {
		r := request(id, text, "", "")
		return &pb.AnalyzeDocumentsRequest{Document: r.Document, Features: r.Features, SummaryOptions: r.SummaryOptions}
	}
	batch := &pb.AnalyzeDocumentBatchRequest{Requests: []*pb.AnalyzeDocumentsRequest{
		elem("0", "fine text"), elem("1", bad), {}, elem(bad, "fine"), elem("4", "日本 🙂"),
	}}
	if _, err := proto.Marshal(batch); err == nil {
		t.Fatal("the runtime wrote the batch: the fallback is not needed any more")
	}
	roundTrip(t, batch, &pb.AnalyzeDocumentBatchRequest{})
	roundTrip(t, &pb.AnalyzeDocumentBatchRequest{Requests: batch.Requests[:1]}, &pb.AnalyzeDocumentBatchRequest{})
}

// TestRawBatchAgreesWithRuntime: on valid bytes, elements and unknown
// fields included, the hand reading of a batch gives what the runtime gives.
func TestRawBatchAgreesWithRuntime(t *testing.T) {
	valid := &pb.AnalyzeDocumentBatchRequest{Requests: []*pb.AnalyzeDocumentsRequest{
		{Document: &pb.Document{Id: "a", Text: "one"}}, {}, {Document: &pb.Document{Text: "two"}, EncodingType: pb.EncodingType_ENCODING_TYPE_UTF32},
	}}
	in, err := proto.Marshal(valid)
	if err != nil {
		t.Fatal(err)
	}
	in = protowire.AppendVarint(protowire.AppendTag(in, 99, protowire.VarintType), 5)
	var want, got pb.AnalyzeDocumentBatchRequest
	if err := proto.Unmarshal(in, &want); err != nil {
		t.Fatal(err)
	}
	if err := unmarshalRawBatch(in, &got); err != nil {
		t.Fatalf("unmarshalRawBatch = %v; want nil", err)
	}
	if !proto.Equal(&got, &want) {
		t.Errorf("unmarshalRawBatch = %v; the runtime reads %v", &got, &want)
	}
}

// TestRawAgreesWithRuntime: on valid bytes the hand reading gives what the
// runtime gives, including for a document field sent in several parts and
// unknown fields, so the fallback changes nothing but the UTF-8 check.
func TestRawAgreesWithRuntime(t *testing.T) {
	part := func(num protowire.Number, s string) []byte {
		b := protowire.AppendTag(nil, num, protowire.BytesType)
		return protowire.AppendString(b, s)
	}
	doc := func(fields ...[]byte) []byte {
		d := bytes.Join(fields, nil)
		b := protowire.AppendTag(nil, 1, protowire.BytesType)
		return protowire.AppendBytes(b, d)
	}
	unknown := protowire.AppendVarint(protowire.AppendTag(nil, 99, protowire.VarintType), 5)
	inputs := [][]byte{
		nil,
		doc(part(2, "first text"), part(1, "id")),
		bytes.Join([][]byte{doc(part(2, "first")), doc(part(3, "title"), part(2, "second"))}, nil),
		bytes.Join([][]byte{doc(part(2, "t"), unknown), unknown, protowire.AppendVarint(protowire.AppendTag(nil, 3, protowire.VarintType), 2)}, nil),
	}
	for _, in := range inputs {
		var want, got pb.AnalyzeDocumentRequest
		if err := proto.Unmarshal(in, &want); err != nil {
			t.Fatalf("bad test input %x: %v", in, err)
		}
		if err := unmarshalRawText(in, &got); err != nil {
			t.Fatalf("unmarshalRawText(%x) = %v; want nil", in, err)
		}
		if !proto.Equal(&got, &want) {
			t.Errorf("unmarshalRawText(%x) = %v; the runtime reads %v", in, &got, &want)
		}
		if !bytes.Equal(got.GetDocument().ProtoReflect().GetUnknown(), want.GetDocument().ProtoReflect().GetUnknown()) {
			t.Errorf("unknown document fields %x; want %x", got.GetDocument().ProtoReflect().GetUnknown(), want.GetDocument().ProtoReflect().GetUnknown())
		}
	}
}

// TestOtherErrorsStay: the fallback applies only to a Document's strings;
// malformed bytes, and invalid strings elsewhere, keep the runtime's error.
func TestOtherErrorsStay(t *testing.T) {
	c := New()
	truncated := []byte{0x0a, 0x05, 0x12, 0x01}
	if err := c.Unmarshal(mem.BufferSlice{mem.SliceBuffer(truncated)}, &pb.AnalyzeDocumentRequest{}); err == nil {
		t.Errorf("Unmarshal(truncated) = nil; want an error")
	}
	span := &pb.TextSpan{Content: "\xff"}
	if _, err := c.Marshal(span); err == nil {
		t.Errorf("Marshal(%v) = nil error; want the runtime's UTF-8 error", span)
	}
	raw := protowire.AppendString(protowire.AppendTag(nil, 3, protowire.BytesType), "\xff")
	if err := c.Unmarshal(mem.BufferSlice{mem.SliceBuffer(raw)}, &pb.TextSpan{}); err == nil {
		t.Errorf("Unmarshal(TextSpan with invalid content) = nil; want the runtime's UTF-8 error")
	}
}

// BenchmarkUnmarshal compares reading a valid 8 KiB request through the
// codec with gRPC's own proto codec, and an invalid one through the
// fallback, which only the codec can read.
func BenchmarkUnmarshal(b *testing.B) {
	text := strings.Repeat("Norway rejected the offer from Acme. ", 8<<10/37)
	valid, err := proto.Marshal(request("id", text, "Title", "en"))
	if err != nil {
		b.Fatal(err)
	}
	invalid, err := New().Marshal(request("id", text+"\xff", "Title", "en"))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		codec encoding.CodecV2
		data  []byte
	}{
		{"grpc/valid", encoding.GetCodecV2(grpcproto.Name), valid},
		{"codec/valid", New(), valid},
		{"codec/invalid", New(), invalid.Materialize()},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			b.ReportAllocs()
			for b.Loop() {
				var req pb.AnalyzeDocumentRequest
				if err := bc.codec.Unmarshal(mem.BufferSlice{mem.SliceBuffer(bc.data)}, &req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
