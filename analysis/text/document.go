package text

// Document is the text every analysis stage reads: the raw text, an
// optional headline, and the sentences found in the text. Stages never
// modify it.
type Document struct {
	Text      string     // raw UTF-8 text; every Span is a byte offset into it
	Title     string     // optional headline given apart from Text; no Span points into it
	Sentences []Sentence // Sentences(Text), computed once by the caller
}
