package server

import (
	"strconv"
	"strings"
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

// maxViolations bounds how many violations one request reports, so that a
// request built to break a rule many times over costs little to refuse.
const maxViolations = 20

// validate checks every rule of the API contract and returns all the
// violations at once (up to maxViolations), or the job to run. The text and
// language rules are the engine's own (eng.Check), so that the server and
// the engine cannot disagree about what a valid document is.
func validate(req requestFields, eng engine) (job, error) {
	var v violations
	var j job
	if doc := req.GetDocument(); doc == nil {
		v.add("document", "document is required")
	} else {
		var err error
		if j.doc, err = checkDocument(doc, eng, &v); err != nil {
			return job{}, err
		}
	}
	j.opts.Features = checkFeatures(req.GetFeatures(), &v)
	j.encoding = checkEncoding(req.GetEncodingType(), &v)
	if so := req.GetSummaryOptions(); so != nil {
		j.opts.Summary = checkSummaryOptions(so, &v)
	}
	if len(v) > 0 {
		return job{}, v
	}
	return j, nil
}

// checkDocument adds to v the rules doc breaks and returns the document
// for the engine, its language emptied when malformed. The error is one
// from eng.Check that is not about the input, which ends validation.
func checkDocument(doc *pb.Document, eng engine, v *violations) (analysis.Document, error) {
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
		v.add("document.language", "language must be a BCP-47 tag such as \"en\", or empty for English")
		lang = ""
	}
	d := analysis.Document{ID: doc.GetId(), Text: doc.GetText(), Title: doc.GetTitle(), Language: lang}
	// The title was checked above; the engine checks text and language.
	if err := eng.Check(&analysis.Document{Text: d.Text, Language: lang}); err != nil {
		fv := inputViolation(err)
		if fv == nil {
			return analysis.Document{}, err
		}
		*v = append(*v, fv)
	}
	return d, nil
}

// checkFeatures adds to v the entries of feats that name no feature, or
// one violation for a list too long to read, and returns the engine's
// features for the rest.
func checkFeatures(feats []pb.Feature, v *violations) analysis.Features {
	if len(feats) > maxFeatures {
		v.add("features", "%d features listed; at most %d may be", len(feats), maxFeatures)
		return 0
	}
	var bits analysis.Features
	for i, f := range feats {
		bit, ok := featureBits[f]
		switch {
		case f == pb.Feature_FEATURE_UNSPECIFIED:
			v.add(indexed("features", i), "FEATURE_UNSPECIFIED is not a feature; list the features wanted, or none for the default set")
		case !ok:
			v.add(indexed("features", i), "unknown feature %d; use FEATURE_SUMMARY, FEATURE_ACTORS, FEATURE_DISPUTED_POINTS, FEATURE_AGREEMENTS or FEATURE_SENTENCES", int32(f))
		default:
			bits |= bit
		}
	}
	return bits
}

// checkEncoding returns the offset units e asks for, unspecified meaning
// UTF-8, or adds to v that e is unknown.
func checkEncoding(e pb.EncodingType, v *violations) text.Encoding {
	switch e {
	case pb.EncodingType_ENCODING_TYPE_UNSPECIFIED, pb.EncodingType_ENCODING_TYPE_UTF8:
		return text.UTF8
	case pb.EncodingType_ENCODING_TYPE_UTF16:
		return text.UTF16
	case pb.EncodingType_ENCODING_TYPE_UTF32:
		return text.UTF32
	}
	v.add("encoding_type", "unknown encoding type %d; use ENCODING_TYPE_UTF8, ENCODING_TYPE_UTF16 or ENCODING_TYPE_UTF32", int32(e))
	return 0
}

// checkSummaryOptions adds to v the counts of so out of range and returns
// the engine's options as given; 0 means the engine's default.
func checkSummaryOptions(so *pb.SummaryOptions, v *violations) summary.Options {
	if n := so.GetMaxSentences(); n < 0 || n > maxSummarySentences {
		v.add("summary_options.max_sentences", "max_sentences is %d; it must be between 0 (default 3) and %d", n, maxSummarySentences)
	}
	if n := so.GetMaxKeywords(); n < 0 || n > maxSummaryKeywords {
		v.add("summary_options.max_keywords", "max_keywords is %d; it must be between 0 (default 10) and %d", n, maxSummaryKeywords)
	}
	return summary.Options{MaxSentences: int(so.GetMaxSentences()), MaxKeywords: int(so.GetMaxKeywords())}
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

func indexed(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}
