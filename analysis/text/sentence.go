package text

// Sentence is one sentence of a document.
type Sentence struct {
	Span          // the sentence, trimmed of surrounding space
	Paragraph int // index, from 0, of the blank-line separated block holding it
	// Headline is true for a first line that reads as a headline: a short
	// line with no final punctuation followed by a line break.
	Headline bool
}

// Sentences splits src into sentences, in order. TODO(text): implement.
func Sentences(src string) []Sentence {
	return AppendSentences(nil, src)
}

// AppendSentences appends the sentences of src to dst and returns the
// extended slice, so that callers can reuse a buffer across documents.
func AppendSentences(dst []Sentence, src string) []Sentence {
	panic("not implemented")
}
