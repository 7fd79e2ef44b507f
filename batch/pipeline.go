// Package batch analyses corpora on Apache Beam: a pipeline that reads
// documents from any Beam filesystem, analyses each with the embedded
// engine inside a DoFn, and writes one AnalyzeDocumentResponse a line, in
// protojson, with the documents that fail validation written to a
// dead-letter output instead. Beam's runners (Prism locally, Dataflow,
// Flink, Spark) spread the work; the pipeline holds no state of its own.
//
// # Input
//
// Each file the input glob matches is read whole. A file whose name ends
// in ".jsonl" holds one document a line, {"id": ..., "text": ...}; any
// other file is one document, its text the file's bytes and its id the
// file's name without directory or extension.
//
// # Output
//
// The output file gets one AnalyzeDocumentResponse a line, exactly what
// the service's AnalyzeDocument returns for the document with the
// default features. The dead-letter file gets one [Failure] a line: a
// document the service would refuse (empty text, not UTF-8, over the size
// limit) or a JSONL line that does not parse.
//
// # Counters
//
// In the namespace "docanalysis": "documents" (analysed), "bytes" (their
// text, in bytes) and "failures" (dead-lettered).
package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/server"
)

// Document is one document read from the input.
type Document struct {
	// ID is the document's id: the JSONL line's "id", or the file's name
	// without its extension.
	ID string
	// Text is the document's text, as read.
	Text string
	// Source names where it came from: the file, and for JSONL the line
	// number from 1 ("in.jsonl:3").
	Source string
}

// Failure is one line of the dead-letter output.
type Failure struct {
	// ID is the document's id; empty for a JSONL line that did not parse.
	ID string `json:"id"`
	// Source is as in Document.
	Source string `json:"source"`
	// Code is the gRPC code name the service would have answered with,
	// such as "InvalidArgument".
	Code string `json:"code"`
	// Message says what is wrong, naming the field; never the text.
	Message string `json:"message"`
}

// Paths are where a pipeline reads and writes, in any filesystem Beam
// has registered (local paths, gs://, s3://).
type Paths struct {
	// Input is a glob of the files to read.
	Input string
	// Output is the file the analyses are written to.
	Output string
	// DeadLetter is the file the failures are written to.
	DeadLetter string
}

// MaxLineBytes bounds one JSONL line: the service's default text limit
// (1 MiB) with room for JSON escaping, which can make a text up to six
// times longer.
const MaxLineBytes = 6*analysis.DefaultMaxTextBytes + 4096

var (
	documentsCounter = beam.NewCounter("docanalysis", "documents")
	bytesCounter     = beam.NewCounter("docanalysis", "bytes")
	failuresCounter  = beam.NewCounter("docanalysis", "failures")
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Document), func(string), error](&readFn{})
	register.DoFn4x0[context.Context, Document, func(string), func(string)](&analyzeFn{})
	register.Emitter1[Document]()
	register.Emitter1[string]()
	beam.RegisterType(reflect.TypeOf((*Document)(nil)).Elem())
}

// Build adds the pipeline to s: read the files p.Input matches, analyse
// every document, write the analyses to p.Output and the failures to
// p.DeadLetter.
func Build(s beam.Scope, p Paths) {
	s = s.Scope("docanalysis")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, p.Input), fileio.ReadUncompressed())
	docs, badLines := beam.ParDo2(s, &readFn{}, files)
	analyses, failures := beam.ParDo2(s, &analyzeFn{}, docs)
	textio.Write(s, p.Output, analyses)
	textio.Write(s, p.DeadLetter, beam.Flatten(s, badLines, failures))
}

// readFn turns a file into documents, and JSONL lines that do not parse
// into failures.
type readFn struct{}

// ProcessElement reads one file.
func (readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Document), dead func(string)) error {
	data, err := f.Read(ctx)
	if err != nil {
		return fmt.Errorf("batch: reading %s: %w", f.Metadata.Path, err)
	}
	name := path.Base(f.Metadata.Path)
	if !strings.HasSuffix(name, ".jsonl") {
		emit(Document{ID: strings.TrimSuffix(name, path.Ext(name)), Text: string(data), Source: f.Metadata.Path})
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		source := fmt.Sprintf("%s:%d", f.Metadata.Path, n)
		var d struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			failuresCounter.Inc(ctx, 1)
			dead(failureLine(Failure{Source: source, Code: codes.InvalidArgument.String(), Message: "not a JSON object with id and text: " + err.Error()}))
			continue
		}
		emit(Document{ID: d.ID, Text: d.Text, Source: source})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("batch: reading %s: %w", f.Metadata.Path, err)
	}
	return nil
}

// local is the engine, built once per worker process and shared by every
// analyzeFn in it: the models take tens of megabytes and a moment to load.
var (
	localOnce sync.Once
	local     *server.Local
	localErr  error
)

// analyzeFn analyses documents.
type analyzeFn struct {
	local *server.Local
}

// Setup takes the worker's engine, building it on first use; an engine
// whose models do not load fails the worker.
func (fn *analyzeFn) Setup() error {
	localOnce.Do(func() {
		var eng *analysis.Engine
		if eng, localErr = analysis.New(analysis.Config{}); localErr == nil {
			local = server.NewLocal(eng, nil)
		}
	})
	fn.local = local
	return localErr
}

// ProcessElement analyses one document and emits its response as one
// protojson line, or its failure to dead.
func (fn *analyzeFn) ProcessElement(ctx context.Context, d Document, emit, dead func(string)) {
	resp, err := fn.local.AnalyzeDocument(ctx, &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: d.ID, Text: d.Text}})
	if err != nil {
		st := status.Convert(err)
		failuresCounter.Inc(ctx, 1)
		dead(failureLine(Failure{ID: d.ID, Source: d.Source, Code: st.Code().String(), Message: st.Message()}))
		return
	}
	line, err := protojson.Marshal(resp)
	if err != nil {
		failuresCounter.Inc(ctx, 1)
		dead(failureLine(Failure{ID: d.ID, Source: d.Source, Code: codes.Internal.String(), Message: "encoding the response: " + err.Error()}))
		return
	}
	documentsCounter.Inc(ctx, 1)
	bytesCounter.Inc(ctx, int64(len(d.Text)))
	emit(string(line))
}

// failureLine encodes f as one JSON line.
func failureLine(f Failure) string {
	b, _ := json.Marshal(f) // strings only: cannot fail
	return string(b)
}
