package page

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Document is what [Render] draws: an article and its analysis.
type Document struct {
	// Text is the article, exactly as it was sent for analysis (UTF-8).
	Text string
	// Title names the page; empty uses the document id, else "Analysis".
	Title string
	// Analysis is the analysis of Text. Render does not change it.
	Analysis *pb.DocumentAnalysis
	// Encoding is the unit Analysis's offsets count, as the request asked
	// for; unspecified means UTF-8 bytes, as in the API.
	Encoding pb.EncodingType
}

// Render writes the self-contained page for doc to w. It fails without
// writing when Text is not UTF-8, Analysis is nil, or a span of Analysis
// does not name the text it carries: a page drawn from such offsets would
// mark the wrong words.
func Render(w io.Writer, doc Document) error {
	if doc.Analysis == nil {
		return errors.New("page: no analysis to draw")
	}
	if !utf8.ValidString(doc.Text) {
		return errors.New("page: the text is not valid UTF-8")
	}
	a := proto.CloneOf(doc.Analysis)
	if err := toUTF16(doc.Text, a, doc.Encoding); err != nil {
		return err
	}
	data, err := embedJSON(doc.Text, a)
	if err != nil {
		return err
	}
	title := doc.Title
	if title == "" {
		title = a.GetDocumentId()
	}
	if title == "" {
		title = "Analysis"
	}
	var b bytes.Buffer
	b.Grow(len(data) + len(pageJS) + len(pageCSS) + len(pageHTML))
	err = pageTemplate.Execute(&b, view{
		Title:  title + " — docanalysis",
		Policy: filePolicy,
		Data:   template.JS(data),
		CSS:    template.CSS(pageCSS),
		JS:     template.JS(pageJS),
	})
	if err != nil {
		return fmt.Errorf("page: %w", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// embedJSON returns {"text":…,"analysis":…} with the analysis in
// protojson's field names, as the JSON API sends it, and every <, > and &
// escaped so that no text can close the script element holding it.
func embedJSON(text string, a *pb.DocumentAnalysis) ([]byte, error) {
	analysis, err := protojson.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("page: encoding the analysis: %w", err)
	}
	t, err := json.Marshal(text)
	if err != nil {
		return nil, err
	}
	var raw bytes.Buffer
	raw.Grow(len(t) + len(analysis) + 32)
	raw.WriteString(`{"text":`)
	raw.Write(t)
	raw.WriteString(`,"analysis":`)
	raw.Write(analysis)
	raw.WriteString("}")
	var out bytes.Buffer
	out.Grow(raw.Len() + raw.Len()/16)
	json.HTMLEscape(&out, raw.Bytes())
	return out.Bytes(), nil
}
