package ner_test

import (
	"fmt"
	"log"

	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

func Example() {
	tagger, err := ner.Default()
	if err != nil {
		log.Fatal(err)
	}
	src := "Tony Blair met Jacques Chirac in Paris on Monday."
	for _, e := range tagger.Tag(src) {
		fmt.Printf("%-4s %-14q bytes %d-%d\n", e.Type, e.Span.In(src), e.Span.Start, e.Span.End)
	}
	// Output:
	// PER  "Tony Blair"   bytes 0-10
	// PER  "Jacques Chirac" bytes 15-29
	// LOC  "Paris"        bytes 33-38
}

// One sentence at a time, reusing the token and entity slices across
// sentences: the way a pipeline stage that already has tokens calls it.
func ExampleTagger_AppendEntities() {
	tagger, err := ner.Default()
	if err != nil {
		log.Fatal(err)
	}
	src := "Mr Brown's speech in Edinburgh. The Tories said Labour had failed."
	var toks []text.Token
	var ents []ner.Entity
	for _, s := range text.Sentences(src) {
		toks = text.AppendTokens(toks[:0], src, s.Span)
		ents = tagger.AppendEntities(ents[:0], src, toks)
		for _, e := range ents {
			fmt.Println(e.Type, e.Span.In(src))
		}
	}
	// Output:
	// PER Brown
	// LOC Edinburgh
	// ORG Tories
	// ORG Labour
}
