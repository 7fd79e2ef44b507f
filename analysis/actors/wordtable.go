package actors

import (
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// wordTable answers three questions about a word from one hash of its
// lower case and one probe: its lexicon classes (lexicon), the exact-case
// lists its spelling is in (exactLex, for spellings of the three common
// shapes), and whether a gazetteer form may start with it (gazStarts).
// Asked list by list, each question cost a lower-cased copy of the word, a
// prefilter and a map lookup, and the rules ask them of most tokens of a
// text. Keys are foldHash values, as in wordSet: two words with one hash
// would be confused, which at 64 bits is out of reach.
type wordTable struct {
	slots []wordSlot // open addressing, linear probing; h == 0 is empty
	mask  uint64

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
	byteSlot [utf8.RuneSelf]*wordSlot
}

// wordSlot is one word of a wordTable.
type wordSlot struct {
	h     uint64   // foldHash of the word
	lex   uint16   // lexicon classes of its lower case
	class uint16   // lexClasses(lex, lex): a token's classes when it has no possessive
	exact [3]uint8 // exactLex bits of its spelling in each shape but shapeMixed
	flags uint8    // slotGaz, slotMixed; one byte, so that a slot is 16
}

// Flags of a wordSlot.
const (
	slotGaz   = 1 << iota // the word is in gazStarts
	slotMixed             // a spelling of mixed shape is in exactLex ("MPs")
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

// noSlot is the empty slot get returns for a word the filter turns away.
var noSlot wordSlot

// get returns the slot of the word with hash h, or an empty slot.
func (t *wordTable) get(h uint64) *wordSlot {
	if f := h >> (64 - filterBits); t.filter[f>>6]&(1<<(f&63)) == 0 {
		return &noSlot
	}
	return t.probe(h)
}

// probe returns the slot of the word with hash h, or the empty slot where
// it would go.
func (t *wordTable) probe(h uint64) *wordSlot {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == h || s.h == 0 {
			return s
		}
	}
}

// put returns the slot for hash h, claiming an empty one.
func (t *wordTable) put(h uint64) *wordSlot {
	s := t.probe(h)
	s.h = h
	f := h >> (64 - filterBits)
	t.filter[f>>6] |= 1 << (f & 63)
	return s
}

// words returns the table of the package's word lists and the gazetteer's
// first words, made on first use: the gazetteer is read then. After that
// it is one atomic load: lex asks for the table on every call, and
// sync.OnceValue's closure cost more than the lookup it guarded.
func words() *wordTable {
	if t := wordTab.Load(); t != nil {
		return t
	}
	wordTabOnce.Do(func() { wordTab.Store(newWordTable()) })
	return wordTab.Load()
}

var (
	wordTab     atomic.Pointer[wordTable]
	wordTabOnce sync.Once
)

// newWordTable builds the table words returns.
func newWordTable() *wordTable {
	starts := gazStarts()
	n := len(lexicon) + len(exactLex) + len(starts)
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t := &wordTable{slots: make([]wordSlot, size), mask: uint64(size - 1)}
	for w, b := range lexicon {
		t.put(foldHash(w)).lex |= b
	}
	for w, b := range exactLex {
		// Spellings of mixed shape are looked up in exactLex itself
		// (see exactClasses).
		if sh := shapeOf(w); sh != shapeMixed {
			t.put(foldHash(w)).exact[sh] |= uint8(b)
		} else {
			t.put(foldHash(w)).flags |= slotMixed
		}
	}
	for w := range starts {
		t.put(foldHash(w)).flags |= slotGaz
	}
	for i := range t.slots {
		t.slots[i].class = lexClasses(t.slots[i].lex, t.slots[i].lex)
	}
	for c := range t.byteHash {
		t.byteHash[c] = foldHash(string(rune(c)))
		t.byteSlot[c] = t.get(t.byteHash[c])
	}
	return t
}
