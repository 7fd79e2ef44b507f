package client_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"slices"
	"time"

	"google.golang.org/grpc/status"

	"github.com/docanalysis/docanalysis/client"
	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// The examples need a running server, so they are compiled but not run.

func Example() {
	c, err := client.Dial("analysis.example.com:443", client.WithAPIKey(os.Getenv("DOCANALYSIS_API_KEY")))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, err := c.AnalyzeText(ctx, "Iran rejected the US demand on Monday. Washington said talks would go on.")
	if err != nil {
		log.Fatalf("analyze: %v: %s", status.Code(err), status.Convert(err).Message())
	}
	fmt.Println(a.GetSummary().GetGist())
	for _, actor := range a.GetActors() {
		fmt.Printf("%s (%v)\n", actor.GetName(), actor.GetType())
	}
}

func ExampleClient_Analyze() {
	// A local server in plaintext; the key travels in clear text.
	c, err := client.Dial("127.0.0.1:50051", client.WithInsecure(), client.WithAPIKey("dev-key"))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	resp, err := c.Analyze(context.Background(), &docanalysisv1.AnalyzeDocumentRequest{
		Document: &docanalysisv1.Document{Title: "Talks resume", Text: "..."},
		Features: []docanalysisv1.Feature{
			docanalysisv1.Feature_FEATURE_ACTORS,
			docanalysisv1.Feature_FEATURE_DISPUTED_POINTS,
		},
		// Python-style code point offsets.
		EncodingType: docanalysisv1.EncodingType_ENCODING_TYPE_UTF32,
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range resp.GetAnalysis().GetDisputedPoints() {
		fmt.Println(d.GetTopic())
	}
}

func ExampleClient_AnalyzeAll() {
	c, err := client.Dial("127.0.0.1:50051", client.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	reqs := []*docanalysisv1.AnalyzeDocumentsRequest{
		{Document: &docanalysisv1.Document{Id: "a", Text: "First article."}},
		{Document: &docanalysisv1.Document{Id: "b", Text: ""}}, // refused: empty
	}
	err = c.AnalyzeAll(context.Background(), slices.Values(reqs), 8, func(r *docanalysisv1.AnalyzeDocumentsResponse) error {
		if err := client.ResponseError(r); err != nil {
			fmt.Printf("%s: %v\n", r.GetDocumentId(), status.Code(err))
			return nil // one bad document does not stop the others
		}
		fmt.Printf("%s: %s\n", r.GetDocumentId(), r.GetAnalysis().GetSummary().GetGist())
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
}
