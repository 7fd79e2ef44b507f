package server

import (
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/analysis"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/enginetest"
)

func TestLocal(t *testing.T) {
	l := NewLocal(enginetest.New(t, analysis.Config{}), discardLogger())
	resp, err := l.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "a", Text: article}})
	if err != nil || len(resp.GetAnalysis().GetActors()) == 0 || resp.GetAnalysis().GetEngine().GetVersion() == "" {
		t.Fatalf("AnalyzeDocument = %v, %v; want an analysis naming actors and the engine", resp, err)
	}
	_, err = l.AnalyzeDocument(testContext(t), &pb.AnalyzeDocumentRequest{Document: &pb.Document{Id: "b"}})
	if st := status.Convert(err); st.Code() != codes.InvalidArgument || len(st.Details()) == 0 {
		t.Errorf("AnalyzeDocument(empty text) = %v; want INVALID_ARGUMENT with a BadRequest", err)
	}
}
