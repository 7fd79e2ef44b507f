package page

import (
	"strings"
	"testing"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// offsetsText has a character of each UTF-8 length before "Ana" and
// "Bo": ASCII, é (2 bytes), 日 (3 bytes) and 😀 (4 bytes, a surrogate
// pair in UTF-16).
const offsetsText = "é日😀 Ana met Bo."

// The spans of "Ana" and "Bo" in each encoding, and in UTF-16.
var offsetsTests = []struct {
	enc          pb.EncodingType
	ana, bo      [2]int32
	wantAna, wBo [2]int32
}{
	{pb.EncodingType_ENCODING_TYPE_UTF8, [2]int32{10, 13}, [2]int32{18, 20}, [2]int32{5, 8}, [2]int32{13, 15}},
	{pb.EncodingType_ENCODING_TYPE_UNSPECIFIED, [2]int32{10, 13}, [2]int32{18, 20}, [2]int32{5, 8}, [2]int32{13, 15}},
	{pb.EncodingType_ENCODING_TYPE_UTF16, [2]int32{5, 8}, [2]int32{13, 15}, [2]int32{5, 8}, [2]int32{13, 15}},
	{pb.EncodingType_ENCODING_TYPE_UTF32, [2]int32{4, 7}, [2]int32{12, 14}, [2]int32{5, 8}, [2]int32{13, 15}},
}

func span(b [2]int32, content string) *pb.TextSpan {
	return &pb.TextSpan{Begin: b[0], End: b[1], Content: content}
}

func TestToUTF16(t *testing.T) {
	for _, tt := range offsetsTests {
		a := &pb.DocumentAnalysis{
			Actors: []*pb.Actor{
				{Id: "actor-1", Mentions: []*pb.Mention{{Span: span(tt.ana, "Ana")}}},
				{Id: "actor-2", Mentions: []*pb.Mention{{Span: span(tt.bo, "Bo")}}},
			},
			DisputedPoints: []*pb.DisputedPoint{{Evidence: []*pb.TextSpan{span([2]int32{0, tt.bo[1] + 1}, offsetsText)}}},
		}
		if err := toUTF16(offsetsText, a, tt.enc); err != nil {
			t.Errorf("%v: toUTF16 = %v; want nil", tt.enc, err)
			continue
		}
		ana, bo := a.Actors[0].Mentions[0].Span, a.Actors[1].Mentions[0].Span
		if got := [2]int32{ana.Begin, ana.End}; got != tt.wantAna {
			t.Errorf("%v: Ana at %v; want %v", tt.enc, got, tt.wantAna)
		}
		if got := [2]int32{bo.Begin, bo.End}; got != tt.wBo {
			t.Errorf("%v: Bo at %v; want %v", tt.enc, got, tt.wBo)
		}
		if ev := a.DisputedPoints[0].Evidence[0]; ev.Begin != 0 || ev.End != 16 {
			t.Errorf("%v: the whole text at [%d, %d); want [0, 16)", tt.enc, ev.Begin, ev.End)
		}
	}
}

func TestToUTF16Errors(t *testing.T) {
	tests := []struct {
		name string
		enc  pb.EncodingType
		span *pb.TextSpan
		want string
	}{
		{"inside a character", pb.EncodingType_ENCODING_TYPE_UTF8, &pb.TextSpan{Begin: 1, End: 2, Content: "x"}, "inside a character"},
		{"inside a surrogate pair", pb.EncodingType_ENCODING_TYPE_UTF16, &pb.TextSpan{Begin: 3, End: 5, Content: "x"}, "inside a character"},
		{"past the end", pb.EncodingType_ENCODING_TYPE_UTF32, &pb.TextSpan{Begin: 12, End: 99, Content: "x"}, "past the end"},
		{"reversed", pb.EncodingType_ENCODING_TYPE_UTF8, &pb.TextSpan{Begin: 5, End: 4}, "not a span"},
		{"wrong content", pb.EncodingType_ENCODING_TYPE_UTF32, &pb.TextSpan{Begin: 4, End: 7, Content: "Bob"}, `the text there is "Ana"`},
	}
	for _, tt := range tests {
		a := &pb.DocumentAnalysis{Summary: &pb.Summary{KeyPoints: []*pb.SummarySentence{{Span: tt.span}}}}
		err := toUTF16(offsetsText, a, tt.enc)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: toUTF16 = %v; want an error saying %q", tt.name, err, tt.want)
		}
	}
}
