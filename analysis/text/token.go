package text

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word        Kind = iota + 1 // letters, possibly with inner apostrophes, hyphens or dots ("U.S.", "Shi'ite")
	Number                      // digits, possibly with separators and a currency or unit ("$1.5bn", "3,000")
	Punctuation                 // one punctuation mark or symbol
)

// String returns the kind's name, for test failures and debugging output.
func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punctuation:
		return "Punctuation"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Token is one token of a document: a byte span and its kind. The token's
// text is never copied; slice it from the source with Span.In.
type Token struct {
	Span
	Kind Kind
}

// AppendTokens appends the tokens of src[span.Start:span.End] to dst, with
// offsets into src, and returns the extended slice. A span reaching outside
// src is clipped to it. AppendTokens allocates only to grow dst.
func AppendTokens(dst []Token, src string, span Span) []Token {
	start, end := max(span.Start, 0), min(span.End, len(src))
	for i := start; i < end; {
		c := src[i]
		if c < utf8.RuneSelf {
			switch class := byteClass[c]; {
			case class&cSpace != 0:
				i++
				continue
			case class&cLetter != 0:
				j := scanWord(src, i, end)
				dst = append(dst, Token{Span{i, j}, Word})
				i = j
				continue
			case class&cDigit != 0:
				j := scanNumber(src, i, end)
				dst = append(dst, Token{Span{i, j}, Number})
				i = j
				continue
			case (c == '$' || c == '.') && i+1 < end && isASCIIDigit(src[i+1]):
				j := scanNumber(src, i+1, end)
				dst = append(dst, Token{Span{i, j}, Number})
				i = j
				continue
			}
			dst = append(dst, Token{Span{i, i + 1}, Punctuation})
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:end])
		switch {
		case r == utf8.RuneError && size == 1:
			// A byte that is not UTF-8 is kept as a symbol of its own, so
			// that no part of the text silently disappears.
			dst = append(dst, Token{Span{i, i + 1}, Punctuation})
			i++
			continue
		case isSpace(r):
			i += size
			continue
		case unicode.IsLetter(r):
			j := scanWord(src, i, end)
			dst = append(dst, Token{Span{i, j}, Word})
			i = j
			continue
		case unicode.IsDigit(r):
			j := scanNumber(src, i, end)
			dst = append(dst, Token{Span{i, j}, Number})
			i = j
			continue
		case unicode.Is(unicode.Sc, r) && i+size < end && isDigitAt(src, i+size, end):
			j := scanNumber(src, i+size, end)
			dst = append(dst, Token{Span{i, j}, Number})
			i = j
			continue
		}
		j := scanSymbol(src, i+size, end, r)
		dst = append(dst, Token{Span{i, j}, Punctuation})
		i = j
	}
	return dst
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitAt(src string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[i:end])
	return isDigit(r)
}

func isLetterAt(src string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[i:end])
	return isLetter(r)
}

func isAlnumAt(src string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[i:end])
	return isAlnum(r)
}

// isJoiner reports characters that join the parts of a word or emoji
// without being seen: combining marks, variation selectors and the
// zero-width (non-)joiner.
func isJoiner(r rune) bool {
	return r >= utf8.RuneSelf && (unicode.Is(unicode.M, r) || r == '\u200C' || r == '\u200D')
}

// scanWord returns the end of the word starting at i.
func scanWord(src string, i, end int) int {
	start := i
	// The letters and digits of the word are most of the work: they are
	// read from s, which ends where the span does, so that the comparison
	// with its length both ends the run and spares the bounds check.
	s := src[:end]
	for i < end {
		for uint(i) < uint(len(s)) && byteClass[s[i]]&(cLetter|cDigit) != 0 {
			i++
		}
		if i >= end {
			break
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\'' || c == '-':
				// Only step over the mark: the letter after it may be
				// longer than a byte.
				if c == '-' && isAlnumAt(src, i+1, end) || c == '\'' && isLetterAt(src, i+1, end) {
					i++
					continue
				}
			case c == '.':
				if isLetterAt(src, i+1, end) {
					i++
					continue
				}
			case c == '&':
				// "AT&T", "P&O": an ampersand between capitals is part of
				// the name.
				if i+1 < end && 'A' <= src[i+1] && src[i+1] <= 'Z' && 'A' <= src[i-1] && src[i-1] <= 'Z' {
					i += 2
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(src[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || isJoiner(r) {
			i += size
			continue
		}
		if (r == '’' || r == '‐' || r == '‑') && isLetterAt(src, i+size, end) {
			i += size
			continue
		}
		break
	}
	// A final dot belongs to the word when the word is an abbreviation.
	if i < end && src[i] == '.' {
		w := src[start:i]
		switch abbrevClass(w) {
		case title, joiner:
			return i + 1
		case ambiguous:
			// Ending the span, the dot of "I." or "Inc." is the full
			// stop; "U.S" is no way to write "U.S.", so it keeps its dot.
			if next, _ := skipSpace(src, i+1); next < end || isDotted(w) {
				return i + 1
			}
		case numeral:
			if next, _ := skipSpace(src, i+1); isDigitAt(src, next, end) {
				return i + 1
			}
		}
	}
	return i
}

// scanNumber returns the end of the number whose first digit is at i:
// digits with inner separators ("1,000.50", "10:30", "2004-05") and
// attached units ("bn", "m", "%", "th", "s").
func scanNumber(src string, i, end int) int {
	for i < end {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				i++
				continue
			case c == ',' || c == '.' || c == ':' || c == '-' || c == '/':
				if i+1 < end && isASCIIDigit(src[i+1]) && isASCIIDigit(src[i-1]) {
					i += 2
					continue
				}
			case c == '%':
				i++
				continue
			case c == '\'':
				// "1990's", as "Blair's" is one word.
				if isLetterAt(src, i+1, end) {
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(src[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || isJoiner(r) || r == '‰' || unicode.Is(unicode.Sc, r) ||
			r == '’' && isLetterAt(src, i+size, end) {
			i += size
			continue
		}
		break
	}
	return i
}

// scanSymbol returns the end of the symbol r that ends at i, taking in
// what draws as one character with it: combining marks, variation
// selectors, skin tones, zero-width-joined emoji and the second half of a
// flag.
func scanSymbol(src string, i, end int, r rune) int {
	if isRegional(r) && i < end {
		if r2, size := utf8.DecodeRuneInString(src[i:end]); isRegional(r2) {
			i += size
		}
	}
	for i < end {
		r, size := utf8.DecodeRuneInString(src[i:end])
		switch {
		case r == '\u200D':
			i += size
			// Emoji join emoji; a joiner before anything else just ends
			// the sequence.
			if i < end {
				if r, size := utf8.DecodeRuneInString(src[i:end]); unicode.Is(unicode.So, r) {
					i += size
				}
			}
			continue
		case isJoiner(r), 0x1F3FB <= r && r <= 0x1F3FF, 0xE0020 <= r && r <= 0xE007F:
			i += size
			continue
		}
		break
	}
	return i
}

func isRegional(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }
