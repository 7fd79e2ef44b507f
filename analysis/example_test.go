package analysis_test

import (
	"context"
	"fmt"

	"github.com/docanalysis/docanalysis/analysis"
)

// Analyse one short article and print who is in it and what they dispute.
func Example() {
	eng, err := analysis.New(analysis.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := &analysis.Document{Text: "Tehran rejected the proposal. Washington insists on sanctions, while Iran wants talks."}
	res, err := eng.Analyze(context.Background(), doc, &analysis.Options{Features: analysis.Actors | analysis.Disputes})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range res.Actors {
		fmt.Println(a.Name, a.Aliases)
	}
	for _, d := range res.Disputes {
		fmt.Println(len(d.Positions), "sides, read from:")
		for _, ev := range d.Evidence {
			fmt.Println(" ", ev.In(doc.Text))
		}
	}
	// Output:
	// Iran [Tehran Iran]
	// United States [Washington]
	// 2 sides, read from:
	//   Tehran rejected the proposal.
	//   Washington insists on sanctions, while Iran wants talks.
}
