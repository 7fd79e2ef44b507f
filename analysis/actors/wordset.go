package actors

import (
	"unicode"
	"unicode/utf8"
)

// wordSet is a set of words compared case-insensitively, kept as 64-bit
// hashes of their lower case in an open-addressed table. It replaces a
// map of lower-cased strings: building that map allocated a string per
// word and was the largest cost of reading a document. Two words with
// one hash would be confused; at 64 bits that is out of reach for any
// text the engine accepts.
type wordSet struct {
	slots []uint64 // 0 is empty; hashes are forced non-zero
	mask  uint64
}

// init empties the set and sizes it for n words.
func (s *wordSet) init(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.mask = uint64(size - 1)
}

// foldHash is FNV-1a over the lower case of w, ASCII without a table
// lookup, other letters through unicode.ToLower.
func foldHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * 1099511628211
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		r = unicode.ToLower(r)
		for k := 0; k < 4 && r != 0; k++ {
			h = (h ^ uint64(r&0xff)) * 1099511628211
			r >>= 8
		}
		i += n
	}
	return h | 1
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	h := foldHash(w)
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			return
		}
	}
}

// has reports whether w, in any case, is in the set.
func (s *wordSet) has(w string) bool {
	if len(s.slots) == 0 {
		return false
	}
	h := foldHash(w)
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}
