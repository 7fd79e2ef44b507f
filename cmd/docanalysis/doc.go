// Docanalysis analyzes news articles with a docanalysis server: it sends a
// file, every file of a directory, or standard input, and prints a report of
// the summary, the actors and the points they dispute or agree on, or the
// service's JSON.
//
// Usage:
//
//	docanalysis analyze [flags] FILE|DIR|-
//	docanalysis info [flags]
//	docanalysis help [COMMAND]
//
// analyze sends FILE, or standard input for "-", and prints a report. Given a
// DIR it streams every regular file in it, in name order and skipping names
// that begin with ".", through one AnalyzeDocuments call; each file's name
// without its extension is its document id. Reports (or JSON) are printed as
// documents finish, each under a "==> id <==" line, or, with --out, written
// to OUT/<id>.json. A document the server refuses is reported on standard
// error and the others go on.
//
// info prints the server's engine and model versions, limits, languages,
// features and encodings.
//
// Flags may come before or after the argument. Connection flags, both
// commands:
//
//	--addr HOST:PORT   server address (default $DOCANALYSIS_ADDR, else 127.0.0.1:50051)
//	--key KEY          API key, sent as a bearer token (default $DOCANALYSIS_API_KEY); never printed
//	--tls              use TLS, verifying the server against the system's roots
//	--ca FILE          use TLS, verifying the server against the PEM certificates in FILE
//	--timeout D        give up after D, such as 30s or 5m, for the whole command; 0 never (default 1m)
//	--json             print the response as protojson instead of a report
//
// Without --tls or --ca the connection is plaintext, as a local server
// expects; the API key then travels in clear text, and docanalysis warns
// when that happens to a server that is not on loopback.
//
// Analyze flags:
//
//	--features LIST    comma-separated: summary, actors, disputes, agreements, sentences, or all
//	                   (default: all but sentences)
//	--encoding E       units of the offsets in --json output: utf8, utf16 or utf32 (default utf8)
//	--max-sentences N  key points in the summary, 1 to 50 (default: the server's, 3)
//	--title T          the document's headline (FILE or - only)
//	--lang TAG         the document's language as a BCP-47 tag (default: detected)
//	--out OUT          with a DIR, write OUT/<id>.json per document: the analysis, or the error
//	--in-flight N      with a DIR, the most documents sent and not yet answered (default 8)
//	--html FILE        also write FILE, a self-contained HTML page (no network, nothing external)
//	                   with the analysis drawn over the article: actors' mentions in their colours,
//	                   key points, and each disputed point and agreement as a card linked to its
//	                   evidence; FILE or - only
//
// --json prints an AnalyzeDocumentResponse; for a DIR, one
// AnalyzeDocumentsResponse per document, each naming its document id first.
//
// Exit codes:
//
//	0  success
//	1  an RPC failed, the server refused a document, or a file could not be read or written;
//	   the message names the gRPC code, as in "docanalysis: analyze: InvalidArgument: ..."
//	2  a usage error: an unknown command or flag, a bad flag value, a missing argument
package main
