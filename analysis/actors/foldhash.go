package actors

import (
	"math/rand/v2"
	"unicode"
	"unicode/utf8"
)

// foldHash hashes the lower case of w: ASCII words eight bytes at a
// time, lowered in the word (see lowerASCII); other words through
// unicode.ToLower, rune by rune, into a buffer of their lower case's
// UTF-8 that is then hashed as an ASCII word is. Words equal but for
// case hash alike either way, as the lower case of each is what is
// hashed. The resolver's indexes are keyed by it.
func foldHash(w string) uint64 {
	if h, ascii := hashASCII(w); ascii {
		return h
	}
	return foldHashSlow(w)
}

// foldHashSlow is foldHash of a word with a letter outside ASCII.
func foldHashSlow(w string) uint64 {
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return hashLower(string(b))
}

// hashSeed is mixed into every word hash (hashASCII, and so foldHash), a
// new one for each process, so that a text cannot be made of words that
// all share a hash and cost quadratic time in the tables keyed by it.
// Those tables compare words in full, so the seed reaches no answer, and
// no hash outlives the process.
var hashSeed = rand.Uint64()

// hashLower hashes w with its ASCII capitals lowered: a 64-bit
// multiply-xorshift over little-endian words of eight bytes and one of the
// bytes left, the length mixed in first and last.
func hashLower[T string | []byte](w T) uint64 {
	h, _ := hashASCII(w)
	return h
}

// hashASCII is hashLower(w), and whether w is ASCII, which the same loads
// tell: foldHash(w) is h when it is.
func hashASCII[T string | []byte](w T) (h uint64, ascii bool) {
	const (
		m    = 0x9e3779b97f4a7c15
		high = 0x8080808080808080
	)
	h = (uint64(len(w)) ^ hashSeed) * m
	var seen uint64 // every byte read, ored: its high bits tell ASCII
	i := 0
	for ; i+8 <= len(w); i += 8 {
		x := load64(w, i)
		seen |= x
		h = (h ^ lowerASCII(x)) * m
		h ^= h >> 29
	}
	if t := w[i:]; len(t) > 0 {
		// The last one to seven bytes in two overlapping loads, as
		// wyhash reads them: with the length, they give every byte.
		var x uint64
		if len(t) >= 4 {
			x = uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				(uint64(t[len(t)-4])|uint64(t[len(t)-3])<<8|uint64(t[len(t)-2])<<16|uint64(t[len(t)-1])<<24)<<32
		} else {
			x = uint64(t[0]) | uint64(t[len(t)/2])<<8 | uint64(t[len(t)-1])<<16
		}
		seen |= x
		h = (h ^ lowerASCII(x)) * m
		h ^= h >> 29
	}
	h ^= uint64(len(w))
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	return h | 1, seen&high == 0
}

// load64 is the eight bytes of s from i, little-endian, read in one load.
func load64[T string | []byte](s T, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// lowerASCII lowers the capitals among the eight bytes of x; bytes of 0x80
// and above (a lower case's UTF-8) are left as they are.
func lowerASCII(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	low := x &^ high              // the seven low bits of every byte
	ge := low + (0x80-'A')*ones   // bit 7 set where low >= 'A'
	gt := low + (0x80-'Z'-1)*ones // bit 7 set where low > 'Z'
	upper := ge &^ gt & high &^ x // ...and the byte itself is ASCII
	return x | upper>>2
}
