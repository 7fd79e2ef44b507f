package client_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/codec"
	"github.com/docanalysis/docanalysis/internal/grpctest"
)

// textEcho refuses every document, quoting its text, so that a test can see
// the bytes that arrived.
type textEcho struct {
	docanalysisv1.UnimplementedDocumentAnalysisServiceServer
}

func (textEcho) AnalyzeDocument(_ context.Context, req *docanalysisv1.AnalyzeDocumentRequest) (*docanalysisv1.AnalyzeDocumentResponse, error) {
	return nil, status.Errorf(codes.InvalidArgument, "valid=%v text=%q", utf8.ValidString(req.GetDocument().GetText()), req.GetDocument().GetText())
}

// TestInvalidUTF8IsSent: the client sends text that is not UTF-8 byte for
// byte, for the server to refuse, instead of failing in proto3's check.
func TestInvalidUTF8IsSent(t *testing.T) {
	srv := grpc.NewServer(grpc.ForceServerCodecV2(codec.New()))
	docanalysisv1.RegisterDocumentAnalysisServiceServer(srv, textEcho{})
	lis := grpctest.Serve(t, srv.Serve, srv.Stop)
	c, err := client.Dial("passthrough:///bufnet", client.WithInsecure(), client.WithDialOptions(grpctest.Dialer(lis)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })

	_, err = c.AnalyzeText(testContext(t), "caf\xe9 society")
	st := status.Convert(err)
	if st.Code() != codes.InvalidArgument || !strings.Contains(st.Message(), `valid=false text="caf\xe9 society"`) {
		t.Errorf("AnalyzeText(Latin-1 text) = %v; want the server to receive the bytes as sent", err)
	}
}
