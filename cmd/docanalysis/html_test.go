package main

import (
	"encoding/json"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/internal/enginetest"
	"github.com/docanalysis/docanalysis/server"
)

// startEngine serves the real engine on a loopback socket, as
// docanalysisd does, and returns the address.
func startEngine(t *testing.T) string {
	t.Helper()
	t.Setenv(envAddr, "")
	t.Setenv(envAPIKey, "")
	srv, err := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)}, enginetest.New(t, analysis.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("failed to listen: %v", err)
	}
	go srv.Serve(lis)
	t.Cleanup(func() { srv.Shutdown(t.Context()) })
	return lis.Addr().String()
}

// htmlArticle has emoji and curly quotes before its names, so that the
// page's UTF-16 offsets differ from the bytes and code points asked for.
const htmlArticle = "🌍 “Talks will go on,” said Angela Merkel in Berlin on Monday.\n\n" +
	"France rejected the German plan 🙅, and Emmanuel Macron said Paris would not sign it.\n"

// embedded is the JSON the page embeds.
type embedded struct {
	Text     string `json:"text"`
	Analysis struct {
		Actors []struct {
			Name     string `json:"name"`
			Mentions []struct {
				Span struct {
					Begin, End int
					Content    string
				} `json:"span"`
			} `json:"mentions"`
		} `json:"actors"`
	} `json:"analysis"`
}

func TestAnalyzeHTML(t *testing.T) {
	addr := startEngine(t)
	dir := t.TempDir()
	file := writeFile(t, dir, "merkel.txt", htmlArticle)
	for _, enc := range []string{"utf8", "utf32"} {
		out := filepath.Join(dir, enc+".html")
		r := runCLI("", "analyze", "--addr", addr, "--encoding", enc, "--json", "--html", out, file)
		if r.code != exitOK {
			t.Fatalf("--encoding %s: exit %d, stderr %q", enc, r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, `"analysis"`) {
			t.Errorf("--encoding %s: --html should not replace the JSON on stdout; got %.100q", enc, r.stdout)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`(?s)<script id="analysis-data" type="application/json">(.*?)</script>`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("--encoding %s: no embedded analysis in %s", enc, out)
		}
		var e embedded
		if err := json.Unmarshal(m[1], &e); err != nil {
			t.Fatalf("--encoding %s: embedded JSON: %v", enc, err)
		}
		if e.Text != htmlArticle {
			t.Errorf("--encoding %s: embedded text differs from the file", enc)
		}
		// The page reads UTF-16 offsets whatever the request asked for.
		units := utf16.Encode([]rune(htmlArticle))
		mentions := 0
		for _, a := range e.Analysis.Actors {
			for _, mn := range a.Mentions {
				mentions++
				s := mn.Span
				if s.End > len(units) || string(utf16.Decode(units[s.Begin:s.End])) != s.Content {
					t.Errorf("--encoding %s: %s's mention [%d, %d) %q is not the text's UTF-16 span", enc, a.Name, s.Begin, s.End, s.Content)
				}
			}
		}
		if mentions < 3 {
			t.Errorf("--encoding %s: %d mentions embedded; the article names at least Merkel, Berlin, France, Macron, Paris", enc, mentions)
		}
	}
}

func TestAnalyzeHTMLRefusesBadSpans(t *testing.T) {
	// The fake's canned spans all start at 0, so they do not name the
	// text they carry: the page must not be written.
	addr := startServer(t, &fakeServer{})
	dir := t.TempDir()
	out := filepath.Join(dir, "a.html")
	r := runCLI("", "analyze", "--addr", addr, "--html", out, writeFile(t, dir, "a.txt", article))
	if r.code != exitFailure || !strings.Contains(r.stderr, "--html: page: span") {
		t.Errorf("exit %d, stderr %q; want 1 and the span the page refused", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s exists after a failure (%v)", out, err)
	}
}

func TestAnalyzeHTMLWithDir(t *testing.T) {
	r := runCLI("", "analyze", "--html", filepath.Join(t.TempDir(), "a.html"), t.TempDir())
	if r.code != exitUsage || !strings.Contains(r.stderr, "--html applies to one document") {
		t.Errorf("exit %d, stderr %q; want a usage error", r.code, r.stderr)
	}
}
