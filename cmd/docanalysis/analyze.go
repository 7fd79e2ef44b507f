package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/page"
)

// defaultInFlight is --in-flight's default: a few documents more than a
// small server analyses at once, so it never waits for the next one.
const defaultInFlight = 8

// analyzeFlags holds the analyze command's flags.
type analyzeFlags struct {
	conn         connFlags
	features     string
	encoding     string
	maxSentences int
	title        string
	lang         string
	out          string
	inFlight     int
	html         string
}

// newAnalyzeFlagSet defines the analyze flags on a new flag set whose
// errors the caller reports.
func newAnalyzeFlagSet(f *analyzeFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f.conn.register(fs)
	fs.StringVar(&f.features, "features", "", "comma-separated `LIST` of features")
	fs.StringVar(&f.encoding, "encoding", "utf8", "offset units: utf8, utf16 or utf32")
	fs.IntVar(&f.maxSentences, "max-sentences", 0, "key points in the summary")
	fs.StringVar(&f.title, "title", "", "the document's headline")
	fs.StringVar(&f.lang, "lang", "", "the document's language (BCP-47)")
	fs.StringVar(&f.out, "out", "", "write <id>.json files into `DIR`")
	fs.IntVar(&f.inFlight, "in-flight", defaultInFlight, "documents in flight on a stream")
	fs.StringVar(&f.html, "html", "", "also write the analysis drawn over the article to `FILE`")
	return fs
}

// runAnalyze is the analyze command.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f analyzeFlags
	fs := newAnalyzeFlagSet(&f)
	positional, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, analyzeUsage)
		return exitOK
	}
	if err != nil {
		return fail(stderr, "analyze", err)
	}
	if err := analyze(&f, positional, stdin, stdout, stderr); err != nil {
		return fail(stderr, "analyze", err)
	}
	return exitOK
}

// analyze checks the flags, reads the input and sends it.
func analyze(f *analyzeFlags, positional []string, stdin io.Reader, stdout, stderr io.Writer) error {
	f.conn.applyEnv()
	switch len(positional) {
	case 0:
		return usagef("missing FILE, DIR or - (standard input)")
	case 1:
	default:
		return usagef("want one FILE, DIR or -, got %d arguments", len(positional))
	}
	template, err := f.requestTemplate()
	if err != nil {
		return err
	}
	show := sectionsFor(template.GetFeatures())
	arg := positional[0]
	dir, err := isDir(arg)
	if err != nil {
		return err
	}
	if err := f.checkTarget(dir); err != nil {
		return err
	}
	if dir {
		return analyzeDir(f, arg, template, show, stdout, stderr)
	}
	text, id, err := readDocument(arg, stdin)
	if err != nil {
		return err
	}
	req := proto.CloneOf(template)
	req.Document = &docanalysisv1.Document{Id: id, Text: string(text), Title: f.title, Language: f.lang}
	return analyzeOne(f, req, show, stdout, stderr)
}

// requestTemplate checks the flags that shape requests and returns the
// request every document shares; only the document differs.
func (f *analyzeFlags) requestTemplate() (*docanalysisv1.AnalyzeDocumentRequest, error) {
	features, err := parseFeatures(f.features)
	if err != nil {
		return nil, err
	}
	encoding, err := parseEncoding(f.encoding)
	if err != nil {
		return nil, err
	}
	if f.maxSentences < 0 || f.maxSentences > 50 {
		return nil, usagef("--max-sentences must be from 1 to 50")
	}
	if f.inFlight < 1 {
		return nil, usagef("--in-flight must be at least 1")
	}
	template := &docanalysisv1.AnalyzeDocumentRequest{
		Features:     features,
		EncodingType: encoding,
	}
	if f.maxSentences > 0 {
		template.SummaryOptions = &docanalysisv1.SummaryOptions{MaxSentences: int32(f.maxSentences)}
	}
	return template, nil
}

// isDir reports whether arg names a directory; "-", standard input, does
// not.
func isDir(arg string) (bool, error) {
	if arg == "-" {
		return false, nil
	}
	st, err := os.Stat(arg)
	if err != nil {
		return false, err
	}
	return st.IsDir(), nil
}

// checkTarget refuses the flags that do not apply to the argument:
// --title and --html need one document, --out a directory.
func (f *analyzeFlags) checkTarget(dir bool) error {
	switch {
	case dir && f.title != "":
		return usagef("--title applies to one document, not a directory")
	case dir && f.html != "":
		return usagef("--html applies to one document, not a directory")
	case !dir && f.out != "":
		return usagef("--out applies to a directory argument")
	}
	return nil
}

// readDocument reads the text of a file, whose id is its name (see
// docID), or of standard input for "-", which has no id.
func readDocument(arg string, stdin io.Reader) (text []byte, id string, err error) {
	if arg == "-" {
		text, err = io.ReadAll(stdin)
		return text, "", err
	}
	text, err = os.ReadFile(arg)
	return text, docID(arg), err
}

// analyzeOne sends req and writes the answer: as JSON or a report on
// stdout, and as a page when --html is given.
func analyzeOne(f *analyzeFlags, req *docanalysisv1.AnalyzeDocumentRequest, show sections, stdout, stderr io.Writer) error {
	c, err := f.conn.dial(stderr)
	if err != nil {
		return err
	}
	defer c.Close()
	ctx, cancel := withTimeout(f.conn.timeout)
	defer cancel()
	resp, err := c.Analyze(ctx, req)
	if err != nil {
		return err
	}
	if f.html != "" {
		if err := writeHTML(f.html, req, resp.GetAnalysis()); err != nil {
			return err
		}
	}
	if f.conn.json {
		return writeJSON(stdout, resp)
	}
	return writeReport(stdout, resp.GetAnalysis(), show)
}

// writeHTML writes the page that draws analysis over the text req sent.
// The page is rendered in memory first, so a span the page refuses leaves
// no half-written file.
func writeHTML(path string, req *docanalysisv1.AnalyzeDocumentRequest, analysis *docanalysisv1.DocumentAnalysis) error {
	var b bytes.Buffer
	doc := page.Document{
		Text:     req.GetDocument().GetText(),
		Title:    cmp.Or(req.GetDocument().GetTitle(), req.GetDocument().GetId()),
		Analysis: analysis,
		Encoding: req.GetEncodingType(),
	}
	if err := page.Render(&b, doc); err != nil {
		return fmt.Errorf("--html: %w", err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("--html: %w", err)
	}
	return nil
}

// withTimeout returns a context ending after d, or never for 0.
func withTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	if d == 0 {
		return context.WithCancel(context.Background())
	}
	return context.WithTimeout(context.Background(), d)
}

// docID is a file's document id: its base name without extension.
func docID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// dirFile is one file of a DIR argument.
type dirFile struct {
	id, path string
}

// listDir returns the regular files of dir (following symbolic links) in
// name order, skipping hidden ones, and refuses two files with one id.
func listDir(dir string) ([]dirFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []dirFile
	byID := make(map[string]string)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		st, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		if !st.Mode().IsRegular() {
			continue
		}
		id := docID(path)
		if prev, ok := byID[id]; ok {
			return nil, fmt.Errorf("%s and %s would both have document id %q; rename one", prev, e.Name(), id)
		}
		byID[id] = e.Name()
		files = append(files, dirFile{id: id, path: path})
	}
	return files, nil
}

// analyzeDir streams every file of dir through AnalyzeDocuments. A file
// that cannot be read and a document the server refuses are reported on
// stderr and the rest go on; the returned error then says how many failed.
func analyzeDir(f *analyzeFlags, dir string, template *docanalysisv1.AnalyzeDocumentRequest, show sections, stdout, stderr io.Writer) error {
	files, err := listDir(dir)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "docanalysis: analyze: no files in %s\n", dir)
		return nil
	}
	if f.out != "" {
		if err := os.MkdirAll(f.out, 0o755); err != nil {
			return err
		}
	}

	c, err := f.conn.dial(stderr)
	if err != nil {
		return err
	}
	defer c.Close()
	ctx, cancel := withTimeout(f.conn.timeout)
	defer cancel()

	run := &dirRun{f: f, template: template, show: show, stdout: stdout, stderr: stderr}
	if err := c.AnalyzeAll(ctx, run.requests(files), f.inFlight, run.write); err != nil {
		return err
	}
	if run.failed > 0 {
		return fmt.Errorf("%d of %d documents failed", run.failed, len(files))
	}
	return nil
}

// dirRun is what analyzeDir's request source and response handler share.
// AnalyzeAll calls them one at a time, so it needs no lock.
type dirRun struct {
	f              *analyzeFlags
	template       *docanalysisv1.AnalyzeDocumentRequest
	show           sections
	stdout, stderr io.Writer

	// sentIDs[i] is the id of the document at stream position i: the
	// client has checked each response's position, so this names the
	// output file whatever id the server echoes.
	sentIDs []string
	// failed counts the files not read and the documents refused.
	failed int
}

// requests reads files in order and yields a request for each; a file
// that cannot be read is reported and counted as failed, and skipped.
func (d *dirRun) requests(files []dirFile) iter.Seq[*docanalysisv1.AnalyzeDocumentsRequest] {
	return func(yield func(*docanalysisv1.AnalyzeDocumentsRequest) bool) {
		for _, file := range files {
			text, err := os.ReadFile(file.path)
			if err != nil {
				fmt.Fprintf(d.stderr, "docanalysis: analyze: %s: %v\n", file.id, err)
				d.failed++
				continue
			}
			d.sentIDs = append(d.sentIDs, file.id)
			if !yield(streamRequest(d.template, &docanalysisv1.Document{Id: file.id, Text: string(text), Language: d.f.lang})) {
				return
			}
		}
	}
}

// write reports a refused document on stderr, then writes the response
// where the flags say: a file under --out, JSON on stdout with --json, or
// a report on stdout, for an analysis only.
func (d *dirRun) write(resp *docanalysisv1.AnalyzeDocumentsResponse) error {
	id := d.sentIDs[resp.GetIndex()]
	docErr := client.ResponseError(resp)
	if docErr != nil {
		d.failed++
		fmt.Fprintf(d.stderr, "docanalysis: analyze: %s: %s\n", id, describe(docErr))
	}
	switch {
	case d.f.out != "":
		return writeOutFile(d.f.out, id, resp)
	case d.f.conn.json:
		return writeJSON(d.stdout, resp)
	case docErr == nil:
		fmt.Fprintf(d.stdout, "==> %s <==\n", id)
		if err := writeReport(d.stdout, resp.GetAnalysis(), d.show); err != nil {
			return err
		}
		_, err := fmt.Fprintln(d.stdout)
		return err
	}
	return nil
}

// streamRequest returns the stream request for doc with template's
// options.
func streamRequest(template *docanalysisv1.AnalyzeDocumentRequest, doc *docanalysisv1.Document) *docanalysisv1.AnalyzeDocumentsRequest {
	return &docanalysisv1.AnalyzeDocumentsRequest{
		Document:       doc,
		Features:       template.GetFeatures(),
		EncodingType:   template.GetEncodingType(),
		SummaryOptions: template.GetSummaryOptions(),
	}
}

// writeOutFile writes dir/<id>.json: the document's analysis, or the
// error the server gave for it.
func writeOutFile(dir, id string, resp *docanalysisv1.AnalyzeDocumentsResponse) error {
	var m proto.Message = resp.GetAnalysis()
	if e := resp.GetError(); e != nil {
		m = e
	}
	b, err := marshalJSON(m)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, id+".json"), b, 0o644)
}
