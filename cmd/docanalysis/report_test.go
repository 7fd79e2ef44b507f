package main

import (
	"slices"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

func TestWriteReportSections(t *testing.T) {
	all := []string{"SUMMARY", "ACTORS", "DISPUTED POINTS", "AGREEMENTS", "SENTENCES"}
	tests := []struct {
		features string
		want     []string
	}{
		{"", []string{"SUMMARY", "ACTORS", "DISPUTED POINTS", "AGREEMENTS"}},
		{"summary", []string{"SUMMARY"}},
		{"disputes,agreements", []string{"DISPUTED POINTS", "AGREEMENTS"}},
		{"all", all},
	}
	for _, tt := range tests {
		fs, err := parseFeatures(tt.features)
		if err != nil {
			t.Fatalf("parseFeatures(%q) = _, %v", tt.features, err)
		}
		var b strings.Builder
		if err := writeReport(&b, cannedAnalysis("x"), sectionsFor(fs)); err != nil {
			t.Fatal(err)
		}
		for _, s := range all {
			if got, want := strings.Contains(b.String(), "\n"+s+"\n"), slices.Contains(tt.want, s); got != want {
				t.Errorf("--features %q: report has %s = %v; want %v", tt.features, s, got, want)
			}
		}
	}
}

func TestWriteReportEmpty(t *testing.T) {
	var b strings.Builder
	if err := writeReport(&b, &docanalysisv1.DocumentAnalysis{}, sectionsFor(nil)); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(b.String(), "(none found)"); got != 4 {
		t.Errorf("empty analysis report has %d \"(none found)\"; want 4:\n%s", got, b.String())
	}
	if !strings.HasPrefix(b.String(), "Document: language unknown, 0 words") {
		t.Errorf("empty analysis header = %q", strings.SplitN(b.String(), "\n", 2)[0])
	}
}

func TestWriteReportDisputes(t *testing.T) {
	a := cannedAnalysis("x")
	d := a.DisputedPoints[0]
	// A dangling actor id, evidence repeated in a position, and spare
	// capacity in the evidence slice that the report must not write into.
	d.Positions[1].ActorId = "actor-9"
	d.Positions[0].Evidence = []*docanalysisv1.TextSpan{{Content: "Iran rejected the US demand."}, {Content: "Tehran says\nno."}}
	d.Evidence = slices.Grow(d.Evidence, 4)
	before := proto.Clone(a)

	var b strings.Builder
	if err := writeReport(&b, a, sections{disputes: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- actor-9: enrichment must stop", "> Tehran says no."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report does not contain %q:\n%s", want, b.String())
		}
	}
	if got := strings.Count(b.String(), "> Iran rejected the US demand."); got != 1 {
		t.Errorf("repeated evidence shown %d times; want once:\n%s", got, b.String())
	}
	if spare := d.Evidence[:cap(d.Evidence)]; !proto.Equal(a, before) || spare[1] != nil {
		t.Error("writeReport modified the analysis")
	}
}

func TestParseFeatures(t *testing.T) {
	tests := []struct {
		in      string
		want    []docanalysisv1.Feature
		wantErr bool
	}{
		{"", nil, false},
		{"summary", []docanalysisv1.Feature{docanalysisv1.Feature_FEATURE_SUMMARY}, false},
		{" Actors , DISPUTES,", []docanalysisv1.Feature{docanalysisv1.Feature_FEATURE_ACTORS, docanalysisv1.Feature_FEATURE_DISPUTED_POINTS}, false},
		{"agreements,sentences", []docanalysisv1.Feature{docanalysisv1.Feature_FEATURE_AGREEMENTS, docanalysisv1.Feature_FEATURE_SENTENCES}, false},
		{"summary,gossip", nil, true},
		{"disputed_points", nil, true},
	}
	for _, tt := range tests {
		got, err := parseFeatures(tt.in)
		if (err != nil) != tt.wantErr || !slices.Equal(got, tt.want) {
			t.Errorf("parseFeatures(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestParseEncoding(t *testing.T) {
	tests := []struct {
		in      string
		want    docanalysisv1.EncodingType
		wantErr bool
	}{
		{"utf8", docanalysisv1.EncodingType_ENCODING_TYPE_UTF8, false},
		{"UTF-16", docanalysisv1.EncodingType_ENCODING_TYPE_UTF16, false},
		{"utf32", docanalysisv1.EncodingType_ENCODING_TYPE_UTF32, false},
		{"utf7", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		got, err := parseEncoding(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseEncoding(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err == nil && encodingName(got) != strings.ReplaceAll(strings.ToLower(tt.in), "-", "") {
			t.Errorf("encodingName(%v) = %q; want %q", got, encodingName(got), tt.in)
		}
	}
}
