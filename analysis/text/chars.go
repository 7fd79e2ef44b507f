package text

import (
	"unicode"
	"unicode/utf8"
)

// IsCapitalized reports whether word reads as capitalised: its first letter
// is upper or title case, or it is written like "eBay" or "iPhone", a
// lower-case letter followed by an upper-case one. Sentence segmentation and
// name finding both need to tell "the Bank" from "the bank" and must not
// take such brand names for ordinary lower-case words.
func IsCapitalized(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		return true
	}
	if !unicode.IsLower(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(word[size:])
	return unicode.IsUpper(r2)
}

// isSpaceByte reports ASCII white space; the only kind most text holds, so
// callers test it before decoding a rune.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// isSpace reports white space, including the Unicode separators that
// unicode.IsSpace knows and the byte-order mark, which editors leave at the
// start of files and which no reader sees.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return isSpaceByte(byte(r))
	}
	return unicode.IsSpace(r) || r == '\uFEFF'
}

// isTerminal reports the marks that can end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '‽', '⁇', '⁈', '⁉', '。', '！', '？', '｡':
		return true
	}
	return false
}

// isWideTerminal reports the full-width stops of Chinese and Japanese text,
// which is written without spaces, so a stop ends a sentence even when the
// next character follows at once.
func isWideTerminal(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '｡'
}

// isCloser reports the marks that may follow a sentence's final stop and
// still belong to the sentence: closing quotes and brackets. Straight quotes
// count because, right after a stop and before a space, they can only close.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '】', '〉', '》':
		return true
	}
	return false
}

// isOpener reports the marks that may come before the first word of a
// sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '„', '‚', '«', '‹', '「', '『', '（', '【', '〈', '《':
		return true
	}
	return false
}

// isAlnum reports letters and digits, with an ASCII fast path.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// decode returns the rune at s[i:] with an ASCII fast path.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the rune that ends at s[:i].
func decodeLast(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isLower reports lower-case letters. Scripts without case (Chinese,
// Arabic) have none, so a sentence can start with any of their letters.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// Byte classes, for the scanners' fast paths.
const (
	cLetter   uint8 = 1 << iota // ASCII letter
	cDigit                      // ASCII digit
	cSpace                      // ASCII white space
	cBreak                      // ASCII line break
	cStop                       // ASCII final stop: . ! ?
	cNonASCII                   // any byte of a multi-byte rune
	// cMaybe marks the first bytes of every rune the segmenter must look
	// at: U+0085 (C2), the ellipsis, "‼", "‽", "⁇", "⁈", "⁉" and the line
	// and paragraph separators (E2), "。" (E3) and the full-width stops
	// (EF). Other multi-byte runes are skipped undecoded.
	cMaybe
	cClose // ")", which may end a photo caption run into the text
)

// byteClass holds the classes of every byte. It is never written.
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= cLetter
		t[c-'a'+'A'] |= cLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= cDigit
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] |= cSpace
	}
	for _, c := range "\n\r\v\f" {
		t[c] |= cBreak
	}
	for _, c := range ".!?" {
		t[c] |= cStop
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] |= cNonASCII
	}
	for _, c := range []byte{0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] |= cMaybe
	}
	t[')'] |= cClose
	return t
}()
