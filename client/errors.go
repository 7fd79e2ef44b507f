package client

import (
	// Registered so that status.Convert(err).Details() decodes the
	// BadRequest and RetryInfo details the service sends.
	_ "google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// ResponseError returns the error an AnalyzeDocuments response carries for
// its document, as a gRPC status error with the code, message and details
// AnalyzeDocument would have returned (read them with status.Code and
// status.Convert(err).Details()). It returns nil when the response carries
// an analysis, and an INTERNAL error when it carries neither.
func ResponseError(resp *docanalysisv1.AnalyzeDocumentsResponse) error {
	switch r := resp.GetResult().(type) {
	case *docanalysisv1.AnalyzeDocumentsResponse_Analysis:
		return nil
	case *docanalysisv1.AnalyzeDocumentsResponse_Error:
		if codes.Code(r.Error.GetCode()) == codes.OK {
			// status.ErrorProto would make this nil and hide a server bug.
			return status.Errorf(codes.Unknown, "client: document %q failed with code OK: %s", resp.GetDocumentId(), r.Error.GetMessage())
		}
		// docanalysis.v1.Status mirrors google.rpc.Status field for field.
		return status.ErrorProto(&spb.Status{
			Code:    r.Error.GetCode(),
			Message: r.Error.GetMessage(),
			Details: r.Error.GetDetails(),
		})
	default:
		return status.Errorf(codes.Internal, "client: response for document %q carries neither an analysis nor an error", resp.GetDocumentId())
	}
}
