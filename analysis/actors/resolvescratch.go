package actors

import (
	"math/rand/v2"
	"sync"
)

// resolveScratch is the resolver's working memory: the tables and lists
// each step builds and drops. It is kept between texts in
// resolveScratches, as building Go maps keyed by strings afresh for every
// text, and growing the lists, was most of what resolve cost. Nothing in
// it reaches a cluster or an actor.
type resolveScratch struct {
	keys     keyIndex  // cluster keys; key k is cluster k's (see resolver.cluster)
	words    wordIndex // words of names (see names), entity IDs (see gazetteer)
	initials keyIndex  // initials of multi-word names (see acronyms)
	seen     wordIndex // names already listed (see variants)
	buckets  u64Index  // variants' buckets by prefixKey

	// Scratch of names.
	info       []wordInfo
	multis     []multi
	wordMultis []int32
	mentions   []mention
	positions  []int
	slipBuf    []byte

	// Scratch of variants.
	named      []named
	sortedName []named
	ids        []int32
	ends       []int
	person     []bool

	// Scratch of acronyms, governments and resolve.
	initialOf []int
	acting    []int
	count     []int
}

// resolveScratches recycles resolveScratch between texts, as documents
// recycles documents.
var resolveScratches sync.Pool

// getResolveScratch returns a scratch from the pool, or a new one.
func getResolveScratch() *resolveScratch {
	if s, ok := resolveScratches.Get().(*resolveScratch); ok {
		return s
	}
	return &resolveScratch{}
}

// release returns s to the pool, dropping the strings and slices of the
// text it holds so that the pool does not keep the text alive.
func (s *resolveScratch) release() {
	clear(s.words.words)
	clear(s.seen.words)
	clear(s.multis)
	clear(s.named)
	clear(s.sortedName)
	resolveScratches.Put(s)
}

// slotSeed scrambles the hashes of the tables below into slots, so that a
// text cannot be made of words that all fall in one slot and cost
// quadratic time: with it, their hashes would have to be equal in all 64
// bits, and the hashes themselves are seeded (hashSeed). Keys are
// compared in full, so no seed reaches an answer.
var slotSeed = rand.Uint64() | 1

// slots is the open-addressed array of a table: slot i holds 0 when
// empty, else k+1 for the table's entry k, whose hash led there. Entries
// are numbered in the order added; the table holds their hashes or keys.
type slots struct {
	s     []int32
	shift uint // 64 - log2(len(s))
}

// reset empties t and sizes it for n entries, at most half full.
func (t *slots) reset(n int) {
	size, shift := 16, uint(64-4)
	for size < 2*n {
		size, shift = size<<1, shift-1
	}
	if cap(t.s) >= size {
		t.s = t.s[:size]
		clear(t.s)
	} else {
		t.s = make([]int32, size)
	}
	t.shift = shift
}

// home returns the first slot to probe for hash h.
func (t *slots) home(h uint64) int { return int(h * slotSeed >> t.shift) }

// next returns the slot to probe after slot i.
func (t *slots) next(i int) int { return (i + 1) & (len(t.s) - 1) }

// put fills the first empty slot for entry k with hash h, and reports
// whether the table, n entries with k, is now more than half full: it is
// then to be rebuilt (see rebuild).
func (t *slots) put(k int, h uint64, n int) (full bool) {
	i := t.home(h)
	for t.s[i] != 0 {
		i = t.next(i)
	}
	t.s[i] = int32(k + 1)
	return 2*n > len(t.s)
}

// rebuild doubles t for its n entries, hash(k) being entry k's hash.
func (t *slots) rebuild(n int, hash func(k int) uint64) {
	t.reset(len(t.s))
	for k := range n {
		t.put(k, hash(k), 0)
	}
}

// keyIndex numbers distinct byte strings, kept one after another in one
// buffer. It replaces maps keyed by strings made for the purpose: a key is
// built at the end of the buffer, looked up there, and kept only when new,
// with no string made for it.
type keyIndex struct {
	slots
	buf    []byte   // the keys, one after another, then the one being built
	ends   []int32  // ends[k] is where key k ends in buf
	hashes []uint64 // hashes[k] is hashLower of key k
}

// reset empties x and sizes it for n keys; it grows past n when needed.
func (x *keyIndex) reset(n int) {
	x.buf, x.ends, x.hashes = x.buf[:0], x.ends[:0], x.hashes[:0]
	x.slots.reset(n)
}

// kept returns where the keys kept end in buf: a key being built starts
// there.
func (x *keyIndex) kept() int {
	if len(x.ends) == 0 {
		return 0
	}
	return int(x.ends[len(x.ends)-1])
}

// key returns key k.
func (x *keyIndex) key(k int) []byte {
	start := 0
	if k > 0 {
		start = int(x.ends[k-1])
	}
	return x.buf[start:x.ends[k]]
}

// intern looks up the key built at the end of buf. A known key is dropped
// from buf and its number returned; a new one is kept, numbered len of the
// keys before it, and added reports so.
func (x *keyIndex) intern() (k int, added bool) {
	start := x.kept()
	h := hashLower(x.buf[start:])
	if k := x.lookup(start, h); k >= 0 {
		x.buf = x.buf[:start]
		return k, false
	}
	k = len(x.ends)
	x.ends = append(x.ends, int32(len(x.buf)))
	x.hashes = append(x.hashes, h)
	if x.put(k, h, len(x.ends)) {
		x.rebuild(len(x.ends), func(k int) uint64 { return x.hashes[k] })
	}
	return k, true
}

// find returns the number of key, or -1 when it is not kept.
func (x *keyIndex) find(key string) int {
	start := len(x.buf)
	x.buf = append(x.buf, key...)
	k := x.lookup(start, hashLower(x.buf[start:]))
	x.buf = x.buf[:start]
	return k
}

// lookup returns the number of the key at the end of buf, from start,
// whose hash is h, or -1 when it is not kept.
func (x *keyIndex) lookup(start int, h uint64) int {
	key := x.buf[start:]
	for i := x.home(h); x.s[i] != 0; i = x.next(i) {
		k := int(x.s[i] - 1)
		if x.hashes[k] == h && string(x.key(k)) == string(key) {
			return k
		}
	}
	return -1
}

// wordIndex numbers distinct strings, words of the text mostly, by a hash
// the caller gives: for a token, the document's (see document.hashes), so
// that a word costs no hashing of its own. Equal strings must be given
// equal hashes; strings with one hash are told apart by comparing them.
type wordIndex struct {
	slots
	words  []string
	hashes []uint64
}

// reset empties x and sizes it for n words; it grows past n when needed.
func (x *wordIndex) reset(n int) {
	clear(x.words)
	x.words, x.hashes = x.words[:0], x.hashes[:0]
	x.slots.reset(n)
}

// add returns the number of w, whose hash is h, numbering it if new.
func (x *wordIndex) add(h uint64, w string) int {
	if k := findWord(x, h, w); k >= 0 {
		return k
	}
	k := len(x.words)
	x.words = append(x.words, w)
	x.hashes = append(x.hashes, h)
	if x.put(k, h, len(x.words)) {
		x.rebuild(len(x.words), func(k int) uint64 { return x.hashes[k] })
	}
	return k
}

// findWord returns the number of w, whose hash is h, in x, or -1 when it
// has none. It takes the bytes of a word as well as a string.
func findWord[W string | []byte](x *wordIndex, h uint64, w W) int {
	for i := x.home(h); x.s[i] != 0; i = x.next(i) {
		if k := int(x.s[i] - 1); x.hashes[k] == h && x.words[k] == string(w) {
			return k
		}
	}
	return -1
}

// u64Index numbers distinct 64-bit keys.
type u64Index struct {
	slots
	keys []uint64
}

// reset empties x and sizes it for n keys; it grows past n when needed.
func (x *u64Index) reset(n int) {
	x.keys = x.keys[:0]
	x.slots.reset(n)
}

// add returns the number of key, numbering it if new.
func (x *u64Index) add(key uint64) int {
	for i := x.home(key); x.s[i] != 0; i = x.next(i) {
		if k := int(x.s[i] - 1); x.keys[k] == key {
			return k
		}
	}
	k := len(x.keys)
	x.keys = append(x.keys, key)
	if x.put(k, key, len(x.keys)) {
		x.rebuild(len(x.keys), func(k int) uint64 { return x.keys[k] })
	}
	return k
}
