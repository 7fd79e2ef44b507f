package actors

import (
	"github.com/docanalysis/docanalysis/internal/numbering"
	"github.com/docanalysis/docanalysis/internal/reuse"
)

// resolveScratch is the resolver's working memory: the tables and lists
// each step builds and drops. It lives in the document and is recycled
// with it (see document.release): made afresh for every text, its maps
// and lists were about 40 of the 300 allocations and a tenth of the bytes
// an article cost the whole pipeline. Nothing in it reaches a cluster or
// an actor.
type resolveScratch struct {
	keys     keyIndex        // cluster keys; key k is cluster k's (see resolver.cluster)
	words    numbering.Table // words of names (see names), entity IDs (see gazetteer)
	initials keyIndex        // initials of multi-word names (see acronyms)
	seen     numbering.Table // names already listed (see variants)
	buckets  bucketIndex     // variants' buckets by prefixKey

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

// keyIndex numbers distinct byte strings, kept one after another in one
// buffer: a key is built at the end of the buffer, looked up there, and
// kept only when new, so that a key already known costs no string.
type keyIndex struct {
	buf   []byte         // the keys, one after another, then the one being built
	ends  []int32        // ends[k] is where key k ends in buf
	index map[string]int // key to its number, from maps
	maps  reuse.Map[string, int]
}

// reset empties x for a text of about n keys. Its map is kept at the size
// texts need (see reuse.Map): cleared, a map kept as large as the longest
// text made it would cost every text after it that size.
func (x *keyIndex) reset(n int) {
	x.buf, x.ends = x.buf[:0], x.ends[:0]
	x.index = x.maps.Get(n)
}

// release empties x's map and drops it, for the next text.
func (x *keyIndex) release() {
	x.maps.Put()
	x.index = nil
}

// kept returns where the keys kept end in buf: a key being built starts
// there.
func (x *keyIndex) kept() int {
	if len(x.ends) == 0 {
		return 0
	}
	return int(x.ends[len(x.ends)-1])
}

// intern looks up the key built at the end of buf. A known key is dropped
// from buf and its number returned; a new one is kept, numbered len of the
// keys before it, and added reports so.
func (x *keyIndex) intern() (k int, added bool) {
	start := x.kept()
	if k, ok := x.index[string(x.buf[start:])]; ok {
		x.buf = x.buf[:start]
		return k, false
	}
	k = len(x.ends)
	x.index[string(x.buf[start:])] = k
	x.ends = append(x.ends, int32(len(x.buf)))
	return k, true
}

// find returns the number of key, or -1 when it is not kept.
func (x *keyIndex) find(key string) int {
	if k, ok := x.index[key]; ok {
		return k
	}
	return -1
}

// bucketIndex numbers distinct 64-bit keys in the order they are added.
type bucketIndex struct {
	keys  []uint64       // keys[k] is key k
	index map[uint64]int // key to its number, from maps
	maps  reuse.Map[uint64, int]
}

// reset empties x for a text of about n keys, its map kept as keyIndex
// keeps its own.
func (x *bucketIndex) reset(n int) {
	x.keys = x.keys[:0]
	x.index = x.maps.Get(n)
}

// release empties x for the next text.
func (x *bucketIndex) release() {
	x.keys = x.keys[:0]
	x.maps.Put()
	x.index = nil
}

// add returns the number of key, numbering it if new.
func (x *bucketIndex) add(key uint64) int {
	if k, ok := x.index[key]; ok {
		return k
	}
	k := len(x.keys)
	x.keys = append(x.keys, key)
	x.index[key] = k
	return k
}

// wordID returns the number of w in x, or -1 when it has none.
func wordID(x *numbering.Table, w string) int {
	if n, ok := x.Find(w); ok {
		return int(n)
	}
	return -1
}

// release drops the text's strings and slices s holds, so that a pooled
// document does not keep its last text alive; the memory stays.
func (s *resolveScratch) release() {
	s.words.Clear()
	s.seen.Clear()
	s.buckets.release()
	s.keys.release()
	s.initials.release()
	clear(s.multis[:cap(s.multis)])
	clear(s.named[:cap(s.named)])
	clear(s.sortedName[:cap(s.sortedName)])
}
