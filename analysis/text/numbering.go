package text

import (
	"hash/maphash"
	"math/bits"
)

// numbering finds the number of a string among the distinct strings of a
// list, by open addressing over a seeded hash. Indexing a document asks it
// once per token: a Go map took twice the instructions for each question
// and far more to clear for the next document, as clearing a map costs
// its size.
type numbering struct {
	seed  maphash.Seed
	slots []numberSlot
	mask  uint32
}

// numberSlot holds one string's number plus one, 0 when the slot is
// empty, and its hash.
type numberSlot struct {
	hash uint32
	n    int32
}

// reset empties the numbering and makes room for n strings, the table
// at most half full so that probes stay short.
func (t *numbering) reset(n int) {
	size := max(16, 1<<bits.Len(uint(2*n)))
	if cap(t.slots) < size {
		t.slots = make([]numberSlot, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.mask = uint32(size - 1)
}

// slot returns the slot of s given the strings numbered so far, strs: it
// holds s's number plus one when strs has s, and is otherwise the empty
// slot for s, which the caller fills with the number s gets.
func (t *numbering) slot(s string, strs []string) *numberSlot {
	h := uint32(maphash.String(t.seed, s))
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == 0 {
			sl.hash = h
			return sl
		}
		if sl.hash == h && strs[sl.n-1] == s {
			return sl
		}
	}
}
