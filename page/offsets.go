package page

import (
	"fmt"
	"slices"
	"unicode/utf16"
	"unicode/utf8"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// spans returns every TextSpan of a: the ones the page draws (key points,
// mentions, evidence) and the sentences, so that all are in one encoding.
func spans(a *pb.DocumentAnalysis) []*pb.TextSpan {
	var out []*pb.TextSpan
	for _, k := range a.GetSummary().GetKeyPoints() {
		out = append(out, k.GetSpan())
	}
	for _, ac := range a.GetActors() {
		for _, m := range ac.GetMentions() {
			out = append(out, m.GetSpan())
		}
	}
	for _, d := range a.GetDisputedPoints() {
		out = append(out, d.GetEvidence()...)
		for _, p := range d.GetPositions() {
			out = append(out, p.GetEvidence()...)
		}
	}
	for _, g := range a.GetAgreements() {
		out = append(out, g.GetEvidence()...)
	}
	for _, s := range a.GetSentences() {
		out = append(out, s.GetSpan())
	}
	return slices.DeleteFunc(out, func(s *pb.TextSpan) bool { return s == nil })
}

// toUTF16 rewrites every span of a, whose offsets count enc's units in
// text, to count UTF-16 code units, and checks that each span names the
// text its content carries. It walks text once, visiting the offsets in
// order, so a response with many mentions costs one pass.
func toUTF16(text string, a *pb.DocumentAnalysis, enc pb.EncodingType) error {
	all := spans(a)
	type point struct {
		units     int32 // the offset in enc's units
		u16, byte int   // the same place in UTF-16 units and bytes
	}
	points := make([]point, 0, 2*len(all))
	for _, s := range all {
		if s.GetBegin() < 0 || s.GetEnd() < s.GetBegin() {
			return fmt.Errorf("page: span [%d, %d) is not a span", s.GetBegin(), s.GetEnd())
		}
		points = append(points, point{units: s.GetBegin()}, point{units: s.GetEnd()})
	}
	slices.SortFunc(points, func(x, y point) int { return int(x.units) - int(y.units) })
	points = slices.CompactFunc(points, func(x, y point) bool { return x.units == y.units })

	// Walk the text rune by rune, counting all three units.
	units, u16, i := 0, 0, 0
	for k := range points {
		want := int(points[k].units)
		for units < want && i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch enc {
			case pb.EncodingType_ENCODING_TYPE_UTF16:
				units += utf16.RuneLen(r)
			case pb.EncodingType_ENCODING_TYPE_UTF32:
				units++
			default:
				units += size
			}
			u16 += utf16.RuneLen(r)
			i += size
		}
		if units != want {
			if units < want {
				return fmt.Errorf("page: offset %d is past the end of the text", want)
			}
			return fmt.Errorf("page: offset %d falls inside a character", want)
		}
		points[k].u16, points[k].byte = u16, i
	}

	find := func(units int32) point {
		k, _ := slices.BinarySearchFunc(points, units, func(p point, u int32) int { return int(p.units) - int(u) })
		return points[k]
	}
	for _, s := range all {
		b, e := find(s.GetBegin()), find(s.GetEnd())
		if got := text[b.byte:e.byte]; got != s.GetContent() {
			return fmt.Errorf("page: span [%d, %d) carries %q but the text there is %q", s.GetBegin(), s.GetEnd(), s.GetContent(), got)
		}
		s.Begin, s.End = int32(b.u16), int32(e.u16)
	}
	return nil
}
