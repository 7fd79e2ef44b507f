// Package numbering provides a table that numbers distinct strings in
// order of first use, for working memory kept from one document to the
// next.
//
// A Go map from string to number holds each key's string header beside
// its value, in groups with a control word, so that a document's few
// hundred words spread over tens of kilobytes, cold in the cache by the
// time the next token is read. Table keeps only a hash and a number per
// slot (eight bytes) and the strings once, in the list of keys it
// returns anyway, so that looking a token up touches a few cache lines.
package numbering

import "hash/maphash"

// Table numbers distinct strings 0, 1, 2, ... in order of first use. The
// zero value is ready to use; a Table is for one goroutine at a time.
type Table struct {
	seed  maphash.Seed
	slots []slot   // open addressing, linear probing; a power of two long
	keys  []string // the strings numbered, by number
}

// slot is one place in the table: the low half of a key's hash and its
// number plus one, so that the zero slot is empty.
type slot struct {
	hash uint32
	n    int32
}

// minSlots is the smallest table made: room for eight strings.
const minSlots = 16

// maxKeptSlots is the most slots Reset keeps for a document that needs
// far fewer (128 KiB): room for the distinct words of any article.
const maxKeptSlots = 1 << 14

// Reset empties t, with room for about n strings before it grows. The
// slice Keys returned before is reused: new strings overwrite it.
func (t *Table) Reset(n int) {
	if t.seed == (maphash.Seed{}) {
		t.seed = maphash.MakeSeed()
	}
	size := minSlots
	for size < 2*n {
		size *= 2
	}
	// A short document after a long one uses the start of the long
	// one's slots, cleared to its own size: made afresh, tables were a
	// twentieth of the bytes an article allocated, as articles of a few
	// hundred and a few thousand words took turns. Only a table past
	// maxKeptSlots is let go for a much shorter document.
	if cap(t.slots) < size || cap(t.slots) > max(4*size, maxKeptSlots) {
		t.slots = make([]slot, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.keys = t.keys[:0]
}

// Clear empties t and lets go of the strings it numbered, keeping its
// memory: a table kept for the next document must not keep this one's
// text.
func (t *Table) Clear() {
	clear(t.keys)
	t.keys = t.keys[:0]
	// The slots hold no strings; the next Reset clears them, and until
	// then Number starts one.
	t.slots = t.slots[:0]
}

// Number returns the number of s, numbering it next when it is new
// (added is then true).
func (t *Table) Number(s string) (n int32, added bool) {
	if len(t.slots) == 0 {
		t.Reset(0)
	}
	h := t.hash(s)
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for {
		sl := t.slots[i]
		if sl.n == 0 {
			break
		}
		if sl.hash == h && t.keys[sl.n-1] == s {
			return sl.n - 1, false
		}
		i = (i + 1) & mask
	}
	n = int32(len(t.keys))
	t.keys = append(t.keys, s)
	t.slots[i] = slot{hash: h, n: n + 1}
	// At most half full, so that a miss ends within a slot or two.
	if 2*len(t.keys) > len(t.slots) {
		t.grow()
	}
	return n, true
}

// Find returns the number of s and true, or false when t has not
// numbered s. Unlike Number it keeps nothing of s, which may be a
// temporary string.
func (t *Table) Find(s string) (n int32, ok bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	return t.probe(t.hash(s), func(key string) bool { return key == s })
}

// FindBytes is Find for a string given as bytes, as a word being built in
// a buffer is: it neither copies nor keeps b.
func (t *Table) FindBytes(b []byte) (n int32, ok bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	// maphash.Bytes gives maphash.String's hash of the same string.
	return t.probe(fold(maphash.Bytes(t.seed, b)), func(key string) bool { return key == string(b) })
}

// probe returns the number of the string with hash h for which same
// reports true, and false when t has none.
func (t *Table) probe(h uint32, same func(key string) bool) (n int32, ok bool) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; t.slots[i].n != 0; i = (i + 1) & mask {
		if sl := t.slots[i]; sl.hash == h && same(t.keys[sl.n-1]) {
			return sl.n - 1, true
		}
	}
	return 0, false
}

// Keys returns the strings numbered, by number. The slice is t's until
// the next Reset or Clear: the caller may read it, or copy it out.
func (t *Table) Keys() []string { return t.keys }

// Len returns how many strings t numbers.
func (t *Table) Len() int { return len(t.keys) }

// hash is s's hash in t, the one its slot holds.
func (t *Table) hash(s string) uint32 { return fold(maphash.String(t.seed, s)) }

// fold keeps both halves of a 64-bit hash in the 32 bits a slot holds.
func fold(h uint64) uint32 { return uint32(h ^ h>>32) }

// grow doubles the slots and places every number again.
func (t *Table) grow() {
	old := t.slots
	t.slots = make([]slot, 2*len(old))
	mask := uint32(len(t.slots) - 1)
	for _, sl := range old {
		if sl.n == 0 {
			continue
		}
		i := sl.hash & mask
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = sl
	}
}
