package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// TestDirRequestsSkipUnreadableFiles: a file that cannot be read is
// reported and counted, and the files after it are still sent, each
// request carrying the shared options; stream positions map to the ids of
// the files sent, not of the files listed.
func TestDirRequestsSkipUnreadableFiles(t *testing.T) {
	in := t.TempDir()
	files := []dirFile{
		{id: "a", path: writeFile(t, in, "a.txt", "Text of a.")},
		{id: "gone", path: filepath.Join(in, "gone.txt")},
		{id: "c", path: writeFile(t, in, "c.txt", "Text of c.")},
	}
	var stderr bytes.Buffer
	template := &docanalysisv1.AnalyzeDocumentRequest{EncodingType: docanalysisv1.EncodingType_ENCODING_TYPE_UTF16}
	d := &dirRun{f: &analyzeFlags{lang: "en"}, template: template, stdout: new(bytes.Buffer), stderr: &stderr}

	var sent []string
	for req := range d.requests(files) {
		doc := req.GetDocument()
		sent = append(sent, doc.GetId()+"="+doc.GetText())
		if req.GetEncodingType() != template.GetEncodingType() || doc.GetLanguage() != "en" {
			t.Errorf("request for %s: encoding %v, language %q; want the template's and the flag's", doc.GetId(), req.GetEncodingType(), doc.GetLanguage())
		}
	}
	if want := []string{"a=Text of a.", "c=Text of c."}; !slices.Equal(sent, want) {
		t.Errorf("sent %q; want %q", sent, want)
	}
	if want := []string{"a", "c"}; !slices.Equal(d.sentIDs, want) {
		t.Errorf("sentIDs = %q; want %q", d.sentIDs, want)
	}
	if d.failed != 1 || !strings.HasPrefix(stderr.String(), "docanalysis: analyze: gone: ") {
		t.Errorf("failed = %d, stderr %q; want 1 and the unreadable file named", d.failed, stderr.String())
	}

	// A consumer that stops early stops the reading.
	d = &dirRun{f: &analyzeFlags{}, template: template, stderr: &stderr}
	for range d.requests(files) {
		break
	}
	if want := []string{"a"}; !slices.Equal(d.sentIDs, want) {
		t.Errorf("after one request, sentIDs = %q; want %q", d.sentIDs, want)
	}
}

// TestDirWriteGoesWhereTheFlagsSay: each response goes to --out, to
// stdout as JSON, or to stdout as a report (analyses only); a refused
// document is also reported on stderr and counted. The name is the id
// sent at the response's position, whatever id the server echoes.
func TestDirWriteGoesWhereTheFlagsSay(t *testing.T) {
	analysis := &docanalysisv1.AnalyzeDocumentsResponse{Index: 1, DocumentId: "echoed",
		Result: &docanalysisv1.AnalyzeDocumentsResponse_Analysis{Analysis: cannedAnalysis("b")}}
	refused := &docanalysisv1.AnalyzeDocumentsResponse{Index: 1, DocumentId: "echoed",
		Result: &docanalysisv1.AnalyzeDocumentsResponse_Error{Error: &docanalysisv1.Status{Code: int32(codes.InvalidArgument), Message: "document.text is empty"}}}
	var report bytes.Buffer
	if err := writeReport(&report, cannedAnalysis("b"), sectionsFor(nil)); err != nil {
		t.Fatal(err)
	}
	const refusal = "docanalysis: analyze: b: InvalidArgument: document.text is empty\n"
	for _, tt := range []struct {
		name       string
		out, json  bool
		resp       *docanalysisv1.AnalyzeDocumentsResponse
		wantStdout string // "json" for the response as JSON
		wantStderr string
		wantFile   proto.Message // b.json under --out
	}{
		{"report", false, false, analysis, "==> b <==\n" + report.String() + "\n", "", nil},
		{"report of a refusal", false, false, refused, "", refusal, nil},
		{"json", false, true, analysis, "json", "", nil},
		{"json of a refusal", false, true, refused, "json", refusal, nil},
		{"out", true, false, analysis, "", "", cannedAnalysis("b")},
		{"out over --json, of a refusal", true, true, refused, "", refusal, refused.GetError()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			f := &analyzeFlags{}
			f.conn.json = tt.json
			if tt.out {
				f.out = t.TempDir()
			}
			d := &dirRun{f: f, show: sectionsFor(nil), stdout: &stdout, stderr: &stderr, sentIDs: []string{"a", "b"}}
			if err := d.write(tt.resp); err != nil {
				t.Fatalf("write = %v", err)
			}
			if tt.wantStdout == "json" {
				var got docanalysisv1.AnalyzeDocumentsResponse
				if err := protojson.Unmarshal(stdout.Bytes(), &got); err != nil || !proto.Equal(&got, tt.resp) {
					t.Errorf("stdout %q (%v); want the response as JSON", stdout.String(), err)
				}
			} else if stdout.String() != tt.wantStdout {
				t.Errorf("stdout = %q; want %q", stdout.String(), tt.wantStdout)
			}
			if wantFailed := min(len(tt.wantStderr), 1); stderr.String() != tt.wantStderr || d.failed != wantFailed {
				t.Errorf("stderr = %q, failed %d; want %q, %d", stderr.String(), d.failed, tt.wantStderr, wantFailed)
			}
			if tt.wantFile == nil {
				return
			}
			if entries, _ := os.ReadDir(f.out); len(entries) != 1 {
				t.Fatalf("--out holds %d files; want b.json alone", len(entries))
			}
			got := tt.wantFile.ProtoReflect().New().Interface()
			readJSON(t, filepath.Join(f.out, "b.json"), got)
			if !proto.Equal(got, tt.wantFile) {
				t.Errorf("b.json = %v; want %v", got, tt.wantFile)
			}
		})
	}
}

func TestAnalyzeEmptyDir(t *testing.T) {
	addr := startServer(t, &fakeServer{})
	in := t.TempDir()
	writeFile(t, in, ".hidden", article)
	r := runCLI("", "analyze", "--addr", addr, in)
	if r.code != exitOK || r.stdout != "" || r.stderr != "docanalysis: analyze: no files in "+in+"\n" {
		t.Errorf("run = %d, stdout %q, stderr %q; want 0 and the empty directory named", r.code, r.stdout, r.stderr)
	}
}
