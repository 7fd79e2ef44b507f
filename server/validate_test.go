package server

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/analysis/summary"
	"github.com/docanalysis/docanalysis/analysis/text"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
)

// violationFields lists the fields v names, in order.
func violationFields(v violations) []string {
	var fields []string
	for _, fv := range v {
		fields = append(fields, fv.GetField())
	}
	return fields
}

func TestLanguageTagShape(t *testing.T) {
	for _, tt := range []struct {
		tag  string
		want bool
	}{
		{"", true},
		{"en", true},
		{"en-GB", true},
		{"zh-Hant-TW", true},
		{"de-1996", true},
		{"x-abcdefgh", true},
		{"x-abcdefghi", false}, // a subtag of 9
		{"en_GB", false},
		{"en-", false},
		{"-en", false},
		{"en--GB", false},
		{"fr!", false},
		{"é", false},
	} {
		if got := validTag(tt.tag); got != tt.want {
			t.Errorf("validTag(%q) = %v; want %v", tt.tag, got, tt.want)
		}
	}
}

// failingCheck is an engine whose Check fails for a reason that is not
// about the input.
type failingCheck struct {
	engine
	err error
}

func (f failingCheck) Check(*analysis.Document) error { return f.err }

func TestDocumentRules(t *testing.T) {
	eng := enginetest.New(t, analysis.Config{MaxTextBytes: 1000})
	longTag := strings.Repeat("abcdefgh-", 7) + "abcdefgh" // 71 bytes, BCP-47 in shape
	for _, tt := range []struct {
		name     string
		doc      *pb.Document
		fields   []string
		wantLang string
	}{
		{"fine", &pb.Document{Id: "a", Title: "T", Text: "Fine.", Language: "en"}, nil, "en"},
		{"id at the limit", &pb.Document{Id: strings.Repeat("x", maxIDBytes), Text: "Fine."}, nil, ""},
		{"id over the limit", &pb.Document{Id: strings.Repeat("x", maxIDBytes+1), Text: "Fine."}, []string{"document.id"}, ""},
		{"id not UTF-8", &pb.Document{Id: "\xff", Text: "Fine."}, []string{"document.id"}, ""},
		{"title at the limit", &pb.Document{Title: strings.Repeat("t", maxTitleBytes), Text: "Fine."}, nil, ""},
		{"title over the limit", &pb.Document{Title: strings.Repeat("t", maxTitleBytes+1), Text: "Fine."}, []string{"document.title"}, ""},
		{"title not UTF-8", &pb.Document{Title: "\xfe", Text: "Fine."}, []string{"document.title"}, ""},
		// A malformed tag is emptied, so the engine does not report it again.
		{"language malformed", &pb.Document{Text: "Fine.", Language: "en_GB"}, []string{"document.language"}, ""},
		{"language too long", &pb.Document{Text: "Fine.", Language: longTag}, []string{"document.language"}, ""},
		{"language unsupported", &pb.Document{Text: "Bonjour.", Language: "fr"}, []string{"document.language"}, "fr"},
		{"text empty", &pb.Document{Id: "\xff", Text: ""}, []string{"document.id", "document.text"}, ""},
		{"text over the limit", &pb.Document{Text: strings.Repeat("word ", 201)}, []string{"document.text"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v violations
			doc, err := checkDocument(tt.doc, eng, &v)
			if err != nil {
				t.Fatalf("checkDocument = _, %v; want violations only", err)
			}
			if got := violationFields(v); !slices.Equal(got, tt.fields) {
				t.Errorf("violations on %v; want %v", got, tt.fields)
			}
			want := analysis.Document{ID: tt.doc.GetId(), Title: tt.doc.GetTitle(), Text: tt.doc.GetText(), Language: tt.wantLang}
			if doc != want {
				t.Errorf("document %+v; want %+v", doc, want)
			}
		})
	}
	t.Run("engine fault", func(t *testing.T) {
		fault := errors.New("model not loaded")
		var v violations
		if _, err := checkDocument(&pb.Document{Text: "Fine."}, failingCheck{eng, fault}, &v); !errors.Is(err, fault) || len(v) != 0 {
			t.Errorf("checkDocument = _, %v with %d violations; want the engine's error and none", err, len(v))
		}
	})
}

func TestFeatureRules(t *testing.T) {
	for _, tt := range []struct {
		name   string
		feats  []pb.Feature
		want   analysis.Features
		fields []string
	}{
		{"none", nil, 0, nil},
		{"each", []pb.Feature{pb.Feature_FEATURE_SUMMARY, pb.Feature_FEATURE_ACTORS, pb.Feature_FEATURE_DISPUTED_POINTS, pb.Feature_FEATURE_SENTENCES, pb.Feature_FEATURE_AGREEMENTS},
			analysis.Summary | analysis.Actors | analysis.Disputes | analysis.Sentences | analysis.Agreements, nil},
		{"repeated", []pb.Feature{pb.Feature_FEATURE_ACTORS, pb.Feature_FEATURE_ACTORS}, analysis.Actors, nil},
		{"unspecified", []pb.Feature{pb.Feature_FEATURE_SUMMARY, pb.Feature_FEATURE_UNSPECIFIED}, analysis.Summary, []string{"features[1]"}},
		{"unknown", []pb.Feature{42, pb.Feature_FEATURE_SENTENCES, -1}, analysis.Sentences, []string{"features[0]", "features[2]"}},
		{"at the limit", slices.Repeat([]pb.Feature{pb.Feature_FEATURE_SUMMARY}, maxFeatures), analysis.Summary, nil},
		{"over the limit", slices.Repeat([]pb.Feature{42}, maxFeatures+1), 0, []string{"features"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v violations
			got := checkFeatures(tt.feats, &v)
			if fields := violationFields(v); got != tt.want || !slices.Equal(fields, tt.fields) {
				t.Errorf("checkFeatures(%v) = %b with violations on %v; want %b with %v", tt.feats, got, fields, tt.want, tt.fields)
			}
		})
	}
}

func TestEncodingRules(t *testing.T) {
	for _, tt := range []struct {
		in      pb.EncodingType
		want    text.Encoding
		refused bool
	}{
		{pb.EncodingType_ENCODING_TYPE_UNSPECIFIED, text.UTF8, false},
		{pb.EncodingType_ENCODING_TYPE_UTF8, text.UTF8, false},
		{pb.EncodingType_ENCODING_TYPE_UTF16, text.UTF16, false},
		{pb.EncodingType_ENCODING_TYPE_UTF32, text.UTF32, false},
		{9, text.UTF8, true},
		{-1, text.UTF8, true},
	} {
		var v violations
		got := checkEncoding(tt.in, &v)
		if refused := slices.Equal(violationFields(v), []string{"encoding_type"}); got != tt.want || refused != tt.refused || !refused && len(v) > 0 {
			t.Errorf("checkEncoding(%v) = %v with violations on %v; want %v, refused %v", tt.in, got, violationFields(v), tt.want, tt.refused)
		}
	}
}

func TestSummaryOptionRules(t *testing.T) {
	for _, tt := range []struct {
		name   string
		in     *pb.SummaryOptions
		fields []string
	}{
		{"defaults", &pb.SummaryOptions{}, nil},
		{"at the limits", &pb.SummaryOptions{MaxSentences: maxSummarySentences, MaxKeywords: maxSummaryKeywords}, nil},
		{"sentences over", &pb.SummaryOptions{MaxSentences: maxSummarySentences + 1, MaxKeywords: 5}, []string{"summary_options.max_sentences"}},
		{"both negative", &pb.SummaryOptions{MaxSentences: -1, MaxKeywords: -1}, []string{"summary_options.max_sentences", "summary_options.max_keywords"}},
		{"keywords over", &pb.SummaryOptions{MaxSentences: 2, MaxKeywords: maxSummaryKeywords + 1}, []string{"summary_options.max_keywords"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v violations
			got := checkSummaryOptions(tt.in, &v)
			want := summary.Options{MaxSentences: int(tt.in.GetMaxSentences()), MaxKeywords: int(tt.in.GetMaxKeywords())}
			if fields := violationFields(v); got != want || !slices.Equal(fields, tt.fields) {
				t.Errorf("checkSummaryOptions(%v) = %+v with violations on %v; want %+v with %v", tt.in, got, fields, want, tt.fields)
			}
		})
	}
}
