package text

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word        Kind = iota + 1 // letters, possibly with inner apostrophes, hyphens or dots ("U.S.", "Shi'ite")
	Number                      // digits, possibly with separators and a currency or unit ("$1.5bn", "3,000")
	Punctuation                 // one punctuation mark or symbol
)

// Token is one token of a document: a byte span and its kind. The token's
// text is never copied; slice it from the source with Span.In.
type Token struct {
	Span
	Kind Kind
}

// AppendTokens appends the tokens of src[span.Start:span.End] to dst, with
// offsets into src, and returns the extended slice.
func AppendTokens(dst []Token, src string, span Span) []Token {
	panic("not implemented")
}
