package lexicon

// keyFilter is a Bloom filter over the words of classes: two bits of a
// bit array per word. Most words of a text are in no list, and their
// look-up in the map reads a control word of its own in a table of some
// sixty kilobytes, cold by the time the next article asks; the filter
// answers most of them from two kilobytes, and lets no listed word
// through unasked (at 2,000 words, about one unlisted word in twenty
// still reaches the map).
type keyFilter [filterBits / 64]uint64

// filterBits is the filter's size in bits, a power of two.
const filterBits = 1 << 14

// filter holds the words of classes.
var filter = func() *keyFilter {
	f := new(keyFilter)
	for w := range classes {
		f.add(w)
	}
	return f
}()

// filterHash is the 32-bit FNV-1a hash of w: words are short, and a
// byte loop costs less than a call to a general hash.
func filterHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// filterBitsOf returns w's two bits: the hash's low bits, and its high
// half spread by a multiplication.
func filterBitsOf(w string) (a, b uint32) {
	h := filterHash(w)
	return h & (filterBits - 1), ((h >> 16) * 0x9e3779b1) & (filterBits - 1)
}

// add sets w's two bits.
func (f *keyFilter) add(w string) {
	a, b := filterBitsOf(w)
	f[a/64] |= 1 << (a % 64)
	f[b/64] |= 1 << (b % 64)
}

// mayHave reports whether w may be a word of classes: false only for a
// word that is not.
func (f *keyFilter) mayHave(w string) bool {
	a, b := filterBitsOf(w)
	return f[a/64]&(1<<(a%64)) != 0 && f[b/64]&(1<<(b%64)) != 0
}
