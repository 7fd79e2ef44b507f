package text

import (
	"strconv"
	"unicode/utf8"
)

// Encoding names the unit offsets are counted in.
type Encoding uint8

// Offset encodings.
const (
	UTF8  Encoding = iota // bytes
	UTF16                 // UTF-16 code units
	UTF32                 // Unicode code points
)

// String returns the encoding's usual name.
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case UTF16:
		return "UTF-16"
	case UTF32:
		return "UTF-32"
	}
	return "Encoding(" + strconv.Itoa(int(e)) + ")"
}

// checkpoint is the distance, in bytes, between the entries of the table
// Offsets keeps for non-ASCII text: a conversion decodes at most this many
// bytes (plus one rune), and the table costs an eighth of the text's size.
const checkpoint = 64

// Offsets converts byte offsets into one document to another encoding.
// Build it once per document with NewOffsets; converting is then cheap.
//
// Offsets keeps a reference to the document, not a copy. It is safe for
// concurrent use once built.
type Offsets struct {
	src   string
	enc   Encoding
	ascii int // offsets up to here are the same in every encoding
	total int // len(src) in enc
	// marks[k] describes the rune boundary at or before byte
	// ascii+k*checkpoint: the units before it, shifted left by two, and in
	// the low two bits how many bytes before the checkpoint it lies.
	marks []int
}

// NewOffsets prepares conversions of byte offsets into src to enc. For UTF8
// (and any value that is not a known Encoding), and for text that is pure
// ASCII, conversion is the identity and needs no table. Otherwise NewOffsets
// walks src once and records the count at every 64th byte after the ASCII
// prefix: a full table would cost eight bytes per byte of text, and counting
// from the start on every call would make a response quadratic.
func NewOffsets(src string, enc Encoding) *Offsets {
	o := &Offsets{src: src, enc: enc}
	if enc != UTF16 && enc != UTF32 {
		o.ascii, o.total = len(src), len(src)
		return o
	}
	o.ascii = asciiPrefix(src)
	if o.ascii == len(src) {
		o.total = len(src)
		return o
	}
	o.marks = make([]int, 0, (len(src)-o.ascii)/checkpoint+1)
	units, next := o.ascii, o.ascii
	for i := o.ascii; i < len(src); {
		// Whole ASCII blocks are the common case even in non-ASCII text.
		if i == next && i+checkpoint <= len(src) && asciiPrefix(src[i:i+checkpoint]) == checkpoint {
			o.marks = append(o.marks, units<<2)
			i += checkpoint
			units += checkpoint
			next += checkpoint
			continue
		}
		size, u := 1, 1
		if src[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(src[i:])
			if enc == UTF16 && r > 0xFFFF {
				u = 2
			}
		}
		for next < i+size {
			o.marks = append(o.marks, units<<2|(next-i))
			next += checkpoint
		}
		units += u
		i += size
	}
	if next == len(src) {
		o.marks = append(o.marks, units<<2)
	}
	o.total = units
	return o
}

// asciiPrefix returns the length of the ASCII prefix of s, eight bytes at a
// time where it can.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			break
		}
	}
	return i
}

// Encoding returns the encoding o converts to.
func (o *Offsets) Encoding() Encoding { return o.enc }

// Convert returns the byte offset b (0 <= b <= len(src), on a rune
// boundary) in the converter's encoding. An offset inside a multi-byte rune
// converts as the start of that rune, so a span cut mid-rune never grows;
// offsets below 0 or past the end are clamped to the text. For UTF8 the
// offset is returned unchanged (after clamping). Invalid bytes count as
// U+FFFD each, as []rune and utf16.Encode count them.
func (o *Offsets) Convert(b int) int {
	if b <= o.ascii {
		return max(b, 0)
	}
	if b >= len(o.src) {
		return o.total
	}
	k := (b - o.ascii) / checkpoint
	m := o.marks[k]
	i, units := o.ascii+k*checkpoint-(m&3), m>>2
	src := o.src
	for i < b {
		if src[i] < utf8.RuneSelf {
			i++
			units++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if i+size > b {
			break
		}
		i += size
		units++
		if o.enc == UTF16 && r > 0xFFFF {
			units++
		}
	}
	return units
}

// ConvertSpan converts both ends of s, as Convert does.
func (o *Offsets) ConvertSpan(s Span) (start, end int) {
	return o.Convert(s.Start), o.Convert(s.End)
}
