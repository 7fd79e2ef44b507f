// Docanalysis-batch analyses a corpus with Apache Beam: every document the
// input glob matches is analysed with the embedded engine, and the
// analyses and the failures are written as JSON lines (see package batch).
//
// Usage:
//
//	docanalysis-batch --input GLOB --output FILE --dead_letter FILE [beam flags]
//
// Without --runner the pipeline runs in process on Prism, Beam's local
// runner. --runner dataflow or --runner flink (with their own flags, see
// batch/README.md) runs it on a cluster. Paths may be local, gs:// or
// s3://.
//
// Exit codes: 0 when the pipeline finished, 1 when it failed, 2 for a
// missing flag.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/docanalysis/docanalysis/batch"
)

var (
	input      = flag.String("input", "", "glob of the files to analyse: text files (one document each) or .jsonl (id, text a line)")
	output     = flag.String("output", "", "file for the analyses, one AnalyzeDocumentResponse a line (protojson)")
	deadLetter = flag.String("dead_letter", "", "file for the documents that failed, one JSON object a line")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *deadLetter == "" {
		fmt.Fprintln(os.Stderr, "docanalysis-batch: --input, --output and --dead_letter are required")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	batch.Build(s, batch.Paths{Input: *input, Output: *output, DeadLetter: *deadLetter})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "docanalysis-batch: pipeline failed: %v\n", err)
		os.Exit(1)
	}
}
