package page_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	stdhtml "html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/page"
)

// hostile is an article that tries to end the script element holding it.
const hostile = "Eve said </script><script>alert(1)</script> & <b>Bob</b> left."

func hostileAnalysis() *pb.DocumentAnalysis {
	return &pb.DocumentAnalysis{
		DocumentId: "x</title><script>",
		Actors: []*pb.Actor{{Id: "actor-1", Name: "Eve <img>", Type: pb.ActorType_ACTOR_TYPE_PERSON,
			Mentions: []*pb.Mention{{Span: &pb.TextSpan{Begin: 0, End: 3, Content: "Eve"}}}}},
	}
}

// inline returns the text of every element named tag in html.
func inline(html, tag string) []string {
	re := regexp.MustCompile(`(?s)<` + tag + `(?: [^>]*)?>(.*?)</` + tag + `>`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(html, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestRenderSelfContained(t *testing.T) {
	var b bytes.Buffer
	if err := page.Render(&b, page.Document{Text: hostile, Analysis: hostileAnalysis()}); err != nil {
		t.Fatalf("Render = %v", err)
	}
	html := b.String()

	// Two script elements, the data and the drawing code: the text's
	// "</script>" must not have closed the first.
	scripts := inline(html, "script")
	if len(scripts) != 2 {
		t.Fatalf("the page has %d script elements; want 2 (data, code)", len(scripts))
	}
	if !strings.Contains(scripts[0], `\u003c/script\u003e`) || strings.Contains(scripts[0], "<") {
		t.Errorf("the embedded JSON does not escape <: %.200s", scripts[0])
	}
	if strings.Contains(html, "<title>x</title><script>") {
		t.Error("the document id was not escaped in the title")
	}

	// Nothing to fetch: no external resource and a policy that forbids
	// any, allowing the inline script and style by their hashes.
	for _, bad := range []string{"http:", "https:", "<link", " src=", "@import", "url("} {
		if strings.Contains(html, bad) {
			t.Errorf("the page contains %q: it must load nothing", bad)
		}
	}
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindStringSubmatch(html)
	if csp == nil {
		t.Fatal("no Content-Security-Policy meta element")
	}
	policy := stdhtml.UnescapeString(csp[1])
	for _, want := range []string{"default-src 'none'", "connect-src 'none'", "script-src " + sha(scripts[1]), "style-src " + sha(inline(html, "style")[0])} {
		if !strings.Contains(policy, want) {
			t.Errorf("policy %q lacks %q", policy, want)
		}
	}
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func TestRenderLeavesAnalysis(t *testing.T) {
	// Code points: the page's UTF-16 offsets would be 3 and 6.
	a := &pb.DocumentAnalysis{Actors: []*pb.Actor{{Id: "actor-1", Mentions: []*pb.Mention{
		{Span: &pb.TextSpan{Begin: 2, End: 5, Content: "Ana"}}}}}}
	before := proto.Clone(a)
	var b bytes.Buffer
	if err := page.Render(&b, page.Document{Text: "😀 Ana", Analysis: a, Encoding: pb.EncodingType_ENCODING_TYPE_UTF32}); err != nil {
		t.Fatalf("Render = %v", err)
	}
	if !proto.Equal(a, before) {
		t.Error("Render changed the caller's analysis")
	}
}

func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  page.Document
	}{
		{"no analysis", page.Document{Text: "Hi."}},
		{"invalid UTF-8", page.Document{Text: "Hi \xff.", Analysis: &pb.DocumentAnalysis{}}},
		{"span off the text", page.Document{Text: "Hi.", Analysis: hostileAnalysis()}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := page.Render(&b, tt.doc); err == nil {
			t.Errorf("%s: Render = nil; want an error", tt.name)
		}
		if b.Len() != 0 {
			t.Errorf("%s: Render wrote %d bytes before failing", tt.name, b.Len())
		}
	}
}

func TestHandler(t *testing.T) {
	h := page.Handler()
	tests := []struct {
		method, path string
		code         int
	}{
		{http.MethodGet, "/", http.StatusOK},
		{http.MethodHead, "/", http.StatusOK},
		{http.MethodPost, "/", http.StatusMethodNotAllowed},
		{http.MethodGet, "/index.html", http.StatusNotFound},
		{http.MethodGet, "/v1/documents:analyze", http.StatusNotFound},
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(tt.method, tt.path, nil))
		if w.Code != tt.code {
			t.Errorf("%s %s = %d; want %d", tt.method, tt.path, w.Code, tt.code)
		}
	}

	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/", nil))
	body := w.Body.String()
	if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	csp := w.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'", "script-src " + sha(inline(body, "script")[0])} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if !strings.Contains(body, `<form id="ask"`) || strings.Contains(body, `id="analysis-data"`) {
		t.Error("the served page should have the form and no embedded result")
	}
}
