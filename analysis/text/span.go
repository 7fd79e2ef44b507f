package text

// Span is a half-open run [Start, End) of byte offsets into the original
// UTF-8 document text.
type Span struct {
	Start int // first byte, from 0
	End   int // one past the last byte
}

// Len reports the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers in src.
func (s Span) In(src string) string { return src[s.Start:s.End] }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }
