package server

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/analysis/summary"
	"github.com/docanalysis/docanalysis/analysis/text"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Request limits besides the text size, which is configurable.
const (
	maxIDBytes          = 256
	maxTitleBytes       = 4 << 10
	maxLanguageBytes    = 64
	maxSummarySentences = 50
	maxSummaryKeywords  = 50
	maxFeatures         = 16
)

// job is a validated request: what the engine needs, and how to convert
// its answer.
type job struct {
	doc      analysis.Document
	opts     analysis.Options
	encoding text.Encoding
}

// requestFields is what AnalyzeDocumentRequest and AnalyzeDocumentsRequest
// share, so that one validator serves both RPCs.
type requestFields interface {
	GetDocument() *pb.Document
	GetFeatures() []pb.Feature
	GetEncodingType() pb.EncodingType
	GetSummaryOptions() *pb.SummaryOptions
}

// validate checks every rule of the API contract and returns all the
// violations at once, or the job to run.
func validate(req requestFields, maxText int) (job, error) {
	var v violations
	var j job
	doc := req.GetDocument()
	if doc == nil {
		v.add("document", "document is required")
	} else {
		t := doc.GetText()
		switch {
		case len(t) > maxText:
			v.add("document.text", "text is %d bytes; the limit is %d bytes (%s)", len(t), maxText, sizeString(maxText))
		case !utf8.ValidString(t):
			v.add("document.text", "text is not valid UTF-8 (first bad byte at offset %d)", firstInvalid(t))
		case strings.TrimFunc(t, unicode.IsSpace) == "":
			v.add("document.text", "text is empty; send the article's text")
		}
		if id := doc.GetId(); len(id) > maxIDBytes {
			v.add("document.id", "id is %d bytes; the limit is %d bytes", len(id), maxIDBytes)
		} else if !utf8.ValidString(id) {
			v.add("document.id", "id is not valid UTF-8")
		}
		if title := doc.GetTitle(); len(title) > maxTitleBytes {
			v.add("document.title", "title is %d bytes; the limit is %d bytes", len(title), maxTitleBytes)
		} else if !utf8.ValidString(title) {
			v.add("document.title", "title is not valid UTF-8")
		}
		lang := doc.GetLanguage()
		if len(lang) > maxLanguageBytes || !validTag(lang) {
			v.add("document.language", "language must be a BCP-47 tag such as \"en\", or empty to detect")
		} else if err := (&analysis.Engine{}).CheckLanguage(lang); err != nil {
			v.add("document.language", "%s", strings.TrimPrefix(err.Error(), "analysis: "))
		}
		j.doc = analysis.Document{ID: doc.GetId(), Text: t, Title: doc.GetTitle(), Language: lang}
	}

	if len(req.GetFeatures()) > maxFeatures {
		v.add("features", "at most %d features may be listed", maxFeatures)
	}
	for i, f := range req.GetFeatures() {
		bit, ok := featureBits[f]
		if !ok {
			v.add(indexed("features", i), "unknown feature %d; use one of FEATURE_SUMMARY, FEATURE_ACTORS, FEATURE_DISPUTED_POINTS, FEATURE_AGREEMENTS, FEATURE_SENTENCES", int32(f))
			continue
		}
		j.opts.Features |= bit
	}

	switch e := req.GetEncodingType(); e {
	case pb.EncodingType_ENCODING_TYPE_UNSPECIFIED, pb.EncodingType_ENCODING_TYPE_UTF8:
		j.encoding = text.UTF8
	case pb.EncodingType_ENCODING_TYPE_UTF16:
		j.encoding = text.UTF16
	case pb.EncodingType_ENCODING_TYPE_UTF32:
		j.encoding = text.UTF32
	default:
		v.add("encoding_type", "unknown encoding type %d; use ENCODING_TYPE_UTF8, ENCODING_TYPE_UTF16 or ENCODING_TYPE_UTF32", int32(e))
	}

	if so := req.GetSummaryOptions(); so != nil {
		if n := so.GetMaxSentences(); n < 0 || n > maxSummarySentences {
			v.add("summary_options.max_sentences", "max_sentences is %d; it must be between 0 (default 3) and %d", n, maxSummarySentences)
		}
		if n := so.GetMaxKeywords(); n < 0 || n > maxSummaryKeywords {
			v.add("summary_options.max_keywords", "max_keywords is %d; it must be between 0 (default 10) and %d", n, maxSummaryKeywords)
		}
		j.opts.Summary = summary.Options{MaxSentences: int(so.GetMaxSentences()), MaxKeywords: int(so.GetMaxKeywords())}
	}
	if len(v) > 0 {
		return job{}, v
	}
	return j, nil
}

// featureBits maps the API's features to the engine's. FEATURE_UNSPECIFIED
// is absent on purpose: asking for it is a mistake worth reporting.
var featureBits = map[pb.Feature]analysis.Features{
	pb.Feature_FEATURE_SUMMARY:         analysis.Summary,
	pb.Feature_FEATURE_ACTORS:          analysis.Actors,
	pb.Feature_FEATURE_DISPUTED_POINTS: analysis.Disputes,
	pb.Feature_FEATURE_SENTENCES:       analysis.Sentences,
	pb.Feature_FEATURE_AGREEMENTS:      analysis.Agreements,
}

// validTag accepts the shape of a BCP-47 tag: subtags of 1 to 8 ASCII
// letters or digits separated by '-'. Which languages are supported is the
// engine's business.
func validTag(tag string) bool {
	if tag == "" {
		return true
	}
	for sub := range strings.SplitSeq(tag, "-") {
		if len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for i := 0; i < len(sub); i++ {
			c := sub[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return false
			}
		}
	}
	return true
}

func firstInvalid(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

func indexed(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}
