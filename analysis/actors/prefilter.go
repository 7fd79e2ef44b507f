package actors

// prefilter is a bit per signature (length, first, second and last byte)
// of the keys of a word table: a word whose bit is clear is in no table,
// and the lookup, a string hash and a probe, is skipped. Most words of a
// text are in none of the lists, so most lookups end here; a set bit only
// sends the word on to the table, which alone answers, so the filter
// changes no answer.
type prefilter [1 << 10]uint64

// sigOf is the bit of s in a prefilter.
func sigOf[T string | []byte](s T) uint32 {
	var b0, b1, bl byte
	if n := len(s); n > 0 {
		b0, bl = s[0], s[n-1]
		if n > 1 {
			b1 = s[1]
		}
	}
	h := uint32(len(s))*0x9e3779b1 ^ uint32(b0)*0x85ebca77 ^ uint32(b1)*0xc2b2ae3d ^ uint32(bl)*0x27d4eb2f
	return h >> 16
}

// newPrefilter is the filter of the keys of m.
func newPrefilter[V any](m map[string]V) *prefilter {
	var p prefilter
	for k := range m {
		i := sigOf(k)
		p[i>>6] |= 1 << (i & 63)
	}
	return &p
}

// mayHave reports whether s may be a key; false is certain.
func mayHave[T string | []byte](p *prefilter, s T) bool {
	i := sigOf(s)
	return p[i>>6]&(1<<(i&63)) != 0
}
