package main

// The usage texts. The package doc says the same at more length; a test
// checks that every flag appears here.

const connUsage = `Connection flags:
  --addr HOST:PORT   server address (default $DOCANALYSIS_ADDR, else 127.0.0.1:50051)
  --key KEY          API key, sent as a bearer token (default $DOCANALYSIS_API_KEY)
  --tls              use TLS, verifying the server against the system's roots
  --ca FILE          use TLS, verifying the server against the PEM certificates in FILE
  --timeout D        give up after D (30s, 5m) for the whole command; 0 never (default 1m)
  --json             print the response as protojson instead of a report
`

const analyzeFlagsUsage = `Analyze flags:
  --features LIST    comma-separated: summary, actors, disputes, agreements,
                     sentences, or all (default: all but sentences)
  --encoding E       offset units in --json output: utf8, utf16, utf32 (default utf8)
  --max-sentences N  key points in the summary, 1 to 50 (default: the server's, 3)
  --title T          the document's headline (FILE or - only)
  --lang TAG         the document's language, BCP-47 (default: detected)
  --out OUT          with a DIR, write OUT/<id>.json per document (analysis or error)
  --in-flight N      with a DIR, most documents sent and not yet answered (default 8)
  --html FILE        also write FILE: one self-contained HTML page drawing the
                     analysis over the article (FILE or - only)
`

const exitUsageText = `Exit status: 0 success; 1 an RPC, server or file failure (the message names
the gRPC code), or any document of a DIR that failed; 2 a usage error.
`

const usage = `Docanalysis analyzes news articles with a docanalysis server.

Usage:
  docanalysis analyze [flags] FILE|DIR|-   analyze a file, each file of a directory, or stdin
  docanalysis info [flags]                 describe the server: engine, models, limits
  docanalysis help [COMMAND]               print this help, or a command's

A DIR streams its files in name order; each file's name without extension is
its document id. Flags may follow the argument.

` + connUsage + "\n" + analyzeFlagsUsage + "\n" + exitUsageText

const analyzeUsage = `Usage: docanalysis analyze [flags] FILE|DIR|-

Analyze FILE, standard input (-), or every regular file of DIR in name order
(ids are the file names without extension), and print a report: summary,
actors, disputed points, agreements. A document the server refuses is
reported on stderr and the others go on.

` + analyzeFlagsUsage + "\n" + connUsage + "\n" + exitUsageText

const infoUsage = `Usage: docanalysis info [flags]

Print the server's engine and model versions, limits, languages, features
and encodings.

` + connUsage + "\n" + exitUsageText
