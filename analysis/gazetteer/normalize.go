package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// Normalize returns the form of s that LookupFold compares: lower case,
// Latin diacritics removed ("Élysée" -> "elysee"), dots dropped ("U.S." ->
// "us"), curly and modifier apostrophes made straight, Unicode hyphens made
// '-', runs of white space made one space and trimmed, and a final
// possessive "'s" or "'" removed. A leading "the" is kept: it is part of
// some names ("the States", "The Hague") and callers try with and without
// it.
func Normalize(s string) string {
	return string(appendNormalized(make([]byte, 0, len(s)), s))
}

// appendNormalized appends Normalize(s) to dst. Callers pass a stack buffer
// so that a lookup does not allocate.
func appendNormalized(dst []byte, s string) []byte {
	start := len(dst)
	space := false // a space is pending, written only before the next character
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		switch {
		case r == '.':
			continue
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			space = len(dst) > start
			continue
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u02bb' || r == '`' || r == '\u00b4':
			r = '\''
		case r == '\u2010' || r == '\u2011':
			r = '-'
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(fold(r)))
	}
	// Drop a possessive: "Iran's", "the Americans'".
	out := dst[start:]
	switch n := len(out); {
	case n > 2 && out[n-2] == '\'' && out[n-1] == 's':
		dst = dst[:start+n-2]
	case n > 2 && out[n-1] == '\'' && out[n-2] == 's':
		dst = dst[:start+n-1]
	}
	return dst
}

// latinFold maps U+00C0..U+017F to the base letter, or to 0 where there is
// none (×, ÷, Þ, þ, ß keep their rune).
const latinFold = "" +
	"AAAAAAACEEEEIIII" + // U+00C0
	"DNOOOOO\x00OUUUUY\x00\x00" + // U+00D0
	"aaaaaaaceeeeiiii" + // U+00E0
	"dnooooo\x00ouuuuy\x00y" + // U+00F0
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs" // U+0100

// fold removes the diacritic from a Latin letter.
func fold(r rune) rune {
	if r >= 0xc0 && r < 0xc0+rune(len(latinFold)) {
		if b := latinFold[r-0xc0]; b != 0 {
			return rune(b)
		}
	}
	return r
}
