package text_test

import (
	"fmt"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// The server reports spans in the encoding a client asks for. The emoji
// takes four bytes, two UTF-16 code units and one code point, so the
// second sentence starts at a different offset in each.
func ExampleOffsets() {
	src := "We won 🎉! Mr. Ruiz thanked the fans."
	sents := text.Sentences(src)
	for _, enc := range []text.Encoding{text.UTF8, text.UTF16, text.UTF32} {
		o := text.NewOffsets(src, enc)
		for _, s := range sents {
			start, end := o.ConvertSpan(s.Span)
			fmt.Printf("%-6s [%2d, %2d) %s\n", enc, start, end, s.In(src))
		}
	}
	// Output:
	// UTF-8  [ 0, 12) We won 🎉!
	// UTF-8  [13, 39) Mr. Ruiz thanked the fans.
	// UTF-16 [ 0, 10) We won 🎉!
	// UTF-16 [11, 37) Mr. Ruiz thanked the fans.
	// UTF-32 [ 0,  9) We won 🎉!
	// UTF-32 [10, 36) Mr. Ruiz thanked the fans.
}

// A Segmenter is reused across documents and allocates nothing; tokens are
// appended to a slice kept across sentences.
func ExampleSegmenter() {
	src := "Sales rose 3.5% to $1.5bn in the U.S. The firm’s shares fell."
	var seg text.Segmenter
	var toks []text.Token
	seg.Init(src)
	for {
		s, ok := seg.Next()
		if !ok {
			break
		}
		fmt.Println(s.In(src))
		toks = text.AppendTokens(toks[:0], src, s.Span)
		for _, t := range toks {
			fmt.Printf("  %-11v %s\n", t.Kind, t.In(src))
		}
	}
	// Output:
	// Sales rose 3.5% to $1.5bn in the U.S.
	//   Word        Sales
	//   Word        rose
	//   Number      3.5%
	//   Word        to
	//   Number      $1.5bn
	//   Word        in
	//   Word        the
	//   Word        U.S.
	// The firm’s shares fell.
	//   Word        The
	//   Word        firm’s
	//   Word        shares
	//   Word        fell
	//   Punctuation .
}
