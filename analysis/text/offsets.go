package text

// Encoding names the unit offsets are counted in.
type Encoding uint8

// Offset encodings.
const (
	UTF8  Encoding = iota // bytes
	UTF16                 // UTF-16 code units
	UTF32                 // Unicode code points
)

// Offsets converts byte offsets into one document to another encoding.
// Build it once per document with NewOffsets; converting is then cheap.
type Offsets struct {
	// TODO(text): implement.
}

// NewOffsets prepares conversions of byte offsets into src to enc.
func NewOffsets(src string, enc Encoding) *Offsets { panic("not implemented") }

// Convert returns the byte offset b (0 <= b <= len(src), on a rune
// boundary) in the converter's encoding.
func (o *Offsets) Convert(b int) int { panic("not implemented") }
