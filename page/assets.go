package page

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
)

// The page's parts. The script is the same for the file and the served
// page: it draws embedded JSON when there is some, and wires the form when
// there is one.
var (
	//go:embed assets/page.html
	pageHTML string
	//go:embed assets/page.css
	pageCSS string
	//go:embed assets/page.js
	pageJS string
)

// pageTemplate is assets/page.html, parsed once.
var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// The policies the pages carry. Both allow the inline script and style by
// their hashes only; style attributes are not needed because the script
// sets sizes through the DOM. filePolicy forbids every fetch, so the file
// works offline and leaks nothing; servedPolicy lets the page call its own
// origin's API.
var (
	filePolicy   = policy("connect-src 'none'")
	servedPolicy = policy("connect-src 'self'")
)

// policy returns the Content-Security-Policy with the given connect-src.
func policy(connect string) string {
	return "default-src 'none'; " + connect + "; script-src " + hash(pageJS) +
		"; style-src " + hash(pageCSS) + "; img-src data:; base-uri 'none'; form-action 'none'"
}

// hash returns the CSP source expression for an inline element's text.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// view is what assets/page.html is executed with.
type view struct {
	// Title is the page's title.
	Title string
	// Policy is the Content-Security-Policy, also set as a header by the
	// handler (a meta element cannot say frame-ancestors).
	Policy string
	// Interactive adds the form that sends text to the API.
	Interactive bool
	// Data is the embedded result ({"text", "analysis"}) as JSON
	// whose <, > and & are escaped, or empty.
	Data template.JS
	// CSS and JS are the inline style and script, verbatim, so that their
	// hashes match the policy.
	CSS template.CSS
	JS  template.JS
}
