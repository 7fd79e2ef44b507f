package actors

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// wordTable answers two questions about a word from one hash of its
// lower case and one probe: its lexicon classes (lexicon) and the
// exact-case lists its spelling is in (exactLex, for spellings of the
// three common shapes).
// Asked list by list, each question cost a lower-cased copy of the word, a
// prefilter and a map lookup, and the rules ask them of most tokens of a
// text. A slot is found by the word's foldHash and kept only after the
// word, in lower case, is compared with the slot's: hashes alone would let
// a text made for it pass a word off as another.
type wordTable struct {
	slots []wordSlot // open addressing, linear probing; n == 0 is empty
	mask  uint64
	none  uint64 // the index of a slot no word takes, past those probed
	keys  string // the slots' words, in lower case, one after another

	// filter has a bit for each word's hash, indexed by its top bits:
	// most tokens of a text are in no list, and a clear bit answers for
	// them from 4 KiB that stay in the first-level cache, where probing
	// the 128 KiB of slots missed the cache once per token after the
	// tagger had run (a sixth of the stage's time in a profile).
	filter [1 << (filterBits - 6)]uint64

	// The hash and slot of every one-byte ASCII word, looked up when the
	// table is made: a fifth of a text's tokens are punctuation marks
	// and one-letter words, and hashing them cost more than the rest of
	// their classification.
	byteHash [utf8.RuneSelf]uint64
	byteSlot [utf8.RuneSelf]uint64 // an index in slots
}

// wordSlot is one word of a wordTable.
type wordSlot struct {
	h     uint32   // the top half of the word's foldHash, compared before the word
	lex   uint16   // lexicon classes of its lower case
	class uint16   // lexClasses(lex, lex): a token's classes when it has no possessive
	off   uint16   // where the word starts in wordTable.keys
	n     uint8    // the word's length in bytes; 0 for an empty slot
	exact [3]uint8 // exactLex bits of its spelling in each shape but shapeMixed
	flags uint8    // slotMixed; all in 16 bytes
}

// exactLex's bits must fit wordSlot.exact's bytes: exHonorific is the
// last, and a ninth list would not compile here.
const _ = uint8(exHonorific)

// Flags of a wordSlot.
const (
	slotMixed = 1 << iota // a spelling of mixed shape is in exactLex ("MPs")
)

// Shapes of a word's capitals. Given a word's lower case, each shape but
// shapeMixed names one spelling ("party", "Party", "PARTY"), so a table
// keyed by the lower case can answer for the spelling as written.
const (
	shapeLower = iota // no capital
	shapeTitle        // a capital first, no other
	shapeUpper        // two capitals or more, no lower-case letter
	shapeMixed        // anything else: "McKay", "MPs", a letter outside ASCII
)

// shapeOf returns the shape of w.
func shapeOf(w string) int {
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return shapeMixed
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	switch {
	case upper == 0:
		return shapeLower
	case upper == 1 && 'A' <= w[0] && w[0] <= 'Z':
		return shapeTitle
	case upper >= 2 && lower == 0:
		return shapeUpper
	}
	return shapeMixed
}

// filterBits is the log2 of the number of bits of wordTable.filter.
const filterBits = 15

// get returns the slot of the word w, whose foldHash is h, or an empty
// slot. The filter's test is kept small enough to be inlined: most tokens
// end there.
func (t *wordTable) get(h uint64, w string) *wordSlot {
	if !t.pass(h) {
		return &t.slots[t.none]
	}
	return &t.slots[t.find(h, w)]
}

// pass reports whether the filter lets the word with hash h through to
// the slots.
func (t *wordTable) pass(h uint64) bool {
	f := h >> (64 - filterBits)
	return t.filter[f>>6]&(1<<(f&63)) != 0
}

// find returns the index of the slot of the word w, whose foldHash is h,
// or of an empty slot.
func (t *wordTable) find(h uint64, w string) uint64 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch {
		case s.n == 0:
			return i
		case s.h == uint32(h>>32) && int(s.n) == len(w) && lowerEquals(w, t.keys[s.off:int(s.off)+int(s.n)]):
			return i
		case s.h == uint32(h>>32) && !isASCII(w) && strings.ToLower(w) == t.keys[s.off:int(s.off)+int(s.n)]:
			// Lower case may change the length of a word beyond ASCII.
			return i
		}
	}
}

// lowerEquals reports whether w, of key's length, is key with ASCII
// capitals: eight bytes at a time, lowered as hashASCII lowers them. A
// byte beyond ASCII sends w through strings.ToLower.
func lowerEquals(w, key string) bool {
	const high = 0x8080808080808080
	i := 0
	for ; i+8 <= len(w); i += 8 {
		x, y := load64(w, i), load64(key, i)
		if x&high != 0 {
			return strings.ToLower(w) == key
		}
		if lowerASCII(x) != y {
			return false
		}
	}
	for ; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.ToLower(w) == key
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}

// isASCII reports whether every byte of w is ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// put returns the slot of word w, which is in lower case, claiming an
// empty one for a new word.
func (t *wordTable) put(w string) *wordSlot {
	h := foldHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n != 0 && (s.h != uint32(h>>32) || t.keys[s.off:int(s.off)+int(s.n)] != w) {
			continue
		}
		if s.n == 0 {
			if len(w) == 0 || len(w) > 255 || len(t.keys)+len(w) > 1<<16 {
				panic("actors: word table key out of range: " + w)
			}
			s.h, s.off, s.n = uint32(h>>32), uint16(len(t.keys)), uint8(len(w))
			t.keys += w
			f := h >> (64 - filterBits)
			t.filter[f>>6] |= 1 << (f & 63)
		}
		return s
	}
}

// wordTab is the table of the package's word lists, built when the
// package is initialised: the lists are constant data, so the table is
// too, and every engine reads the same one.
var wordTab = newWordTable()

// newWordTable builds wordTab.
func newWordTable() *wordTable {
	n := len(lexicon) + len(exactLex)
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if size >= 1<<16 {
		panic("actors: word table too large for a token's uint16 slot index")
	}
	// One slot more than the mask reaches stays empty: the index of no
	// word (see none).
	t := &wordTable{slots: make([]wordSlot, size+1), mask: uint64(size - 1), none: uint64(size)}
	// Keys go in sorted, so that the table, its keys' order included, is
	// the same in every process.
	for _, w := range slices.Sorted(maps.Keys(lexicon)) {
		t.put(strings.ToLower(w)).lex |= lexicon[w]
	}
	for _, w := range slices.Sorted(maps.Keys(exactLex)) {
		// Spellings of mixed shape are looked up in exactLex itself
		// (see exactClasses).
		if sh := shapeOf(w); sh != shapeMixed {
			t.put(strings.ToLower(w)).exact[sh] |= uint8(exactLex[w])
		} else {
			t.put(strings.ToLower(w)).flags |= slotMixed
		}
	}
	for i := range t.slots {
		t.slots[i].class = lexClasses(t.slots[i].lex, t.slots[i].lex)
	}
	for c := range t.byteHash {
		t.byteHash[c] = foldHash(string(rune(c)))
		t.byteSlot[c] = t.find(t.byteHash[c], string(rune(c)))
	}
	return t
}
