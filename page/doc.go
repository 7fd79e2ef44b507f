// Package page draws an analysis over the article it was read from, as a
// web page a person can explore: every actor mention highlighted in that
// actor's colour, a legend of actors with their type and salience, the key
// points marked in the text, and each disputed point and agreement as a card
// whose evidence is highlighted in the text, linked both ways.
//
// There are two ways to get the page, and they share one drawing script:
//
//   - [Render] writes a self-contained HTML file (no network, no external
//     fonts or scripts) with the analysis embedded as JSON; the script
//     draws it when the file is opened. cmd/docanalysis uses it for
//     "analyze --html".
//   - [Handler] serves the interactive page: a person pastes or uploads
//     text, the script sends it to the JSON API (POST
//     /v1/documents:analyze, the gRPC JSON mapping of AnalyzeDocument) and
//     draws the answer.
//
// # Offsets
//
// JavaScript strings index UTF-16 code units, so the script reads every
// span in UTF-16 units: the served page asks the API for
// ENCODING_TYPE_UTF16, and [Render] converts spans given in any encoding
// before embedding them, refusing a span that does not name the text it
// carries.
//
// # Security
//
// Every page carries a Content-Security-Policy that allows only its own
// inline script and style, by hash, so the file cannot load anything and
// text in an article cannot run as script; the served page may also call
// its own origin. The script builds markup only from escaped text.
package page
