package page_test

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/page"
)

// The analysis here is written by hand; docanalysis analyze --html passes
// the server's answer and the encoding it asked for.
func ExampleRender() {
	text := "🇫🇷 Paris said no."
	analysis := &pb.DocumentAnalysis{Actors: []*pb.Actor{{
		Id: "actor-1", Name: "France", Type: pb.ActorType_ACTOR_TYPE_COUNTRY,
		// Code points: the flag is two of them.
		Mentions: []*pb.Mention{{Span: &pb.TextSpan{Begin: 3, End: 8, Content: "Paris"}}},
	}}}
	var b bytes.Buffer
	err := page.Render(&b, page.Document{Text: text, Analysis: analysis, Encoding: pb.EncodingType_ENCODING_TYPE_UTF32})
	if err != nil {
		log.Fatal(err)
	}
	html := b.String()
	fmt.Println(html[:strings.IndexByte(html, '\n')])
	// The page reads UTF-16 offsets: the flag is four units.
	// (protojson varies its spacing on purpose, hence the pattern.)
	fmt.Println(regexp.MustCompile(`"begin":\s*5,\s*"end":\s*10,`).MatchString(html))
	// Output:
	// <!doctype html>
	// true
}

// The handler serves the page at "/"; mount it on the mux that serves the
// JSON API it calls, page.AnalyzePath.
func ExampleHandler() {
	mux := http.NewServeMux()
	mux.Handle("/", page.Handler())
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/", nil))
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	// Output:
	// 200 text/html; charset=utf-8
}
