package page

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
)

// AnalyzePath is the JSON API route the served page calls: the gRPC JSON
// mapping of AnalyzeDocument. The page asks for UTF-16 offsets and reads
// protojson field names.
const AnalyzePath = "/v1/documents:analyze"

// Handler returns the handler that serves the interactive page at "/":
// mount it on the mux that serves [AnalyzePath]. It answers GET and HEAD
// for "/" alone, 404 for any other path and 405 for other methods. The
// page is built once; the handler is safe for concurrent use.
func Handler() http.Handler {
	var b bytes.Buffer
	err := pageTemplate.Execute(&b, view{
		Title:       "docanalysis",
		Policy:      servedPolicy,
		Interactive: true,
		CSS:         template.CSS(pageCSS),
		JS:          template.JS(pageJS),
	})
	if err != nil {
		// The template and its data are fixed at build time; the tests
		// execute it, so this cannot happen in a released binary.
		panic("page: " + err.Error())
	}
	body := b.Bytes()
	length := strconv.Itoa(len(body))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Length", length)
		h.Set("Content-Security-Policy", servedPolicy+"; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodHead {
			return
		}
		w.Write(body)
	})
}
