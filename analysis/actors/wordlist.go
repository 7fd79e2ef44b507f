package actors

// wordList is a fixed set of words, compared as written. Most words the
// rules look up are in none of the lists, and after the tagger has run a
// Go map's groups and keys are out of cache: each lookup of a word that is
// not there cost two or three cache misses. A list keeps, besides its
// map, one bit per signature of its words (length, first and last byte) in
// 128 bytes that stay in cache, and asks the map only when the bit is set;
// the map alone answers, so the filter changes no answer.
type wordList struct {
	words  map[string]bool
	filter [listFilterBits / 64]uint64
}

// listFilterBits is the number of signature bits of a wordList: at most a
// few hundred words per list set a quarter of them or less.
const listFilterBits = 1024

// set makes the list of words.
func set(words ...string) *wordList {
	l := &wordList{words: make(map[string]bool, len(words))}
	for _, w := range words {
		l.add(w)
	}
	return l
}

// add puts w in the list; lists are built at start-up only.
func (l *wordList) add(w string) {
	l.words[w] = true
	s := listSig(w)
	l.filter[s/64] |= 1 << (s % 64)
}

// has reports whether w is in the list.
func (l *wordList) has(w string) bool {
	s := listSig(w)
	return l.filter[s/64]&(1<<(s%64)) != 0 && l.words[w]
}

// hasBytes reports whether the word w is in l, without making a string of
// it.
func hasBytes(l *wordList, w []byte) bool {
	s := listSig(w)
	return l.filter[s/64]&(1<<(s%64)) != 0 && l.words[string(w)]
}

// listSig is w's bit in a wordList's filter.
func listSig[T string | []byte](w T) uint32 {
	if len(w) == 0 {
		return 0
	}
	h := uint32(len(w))*0x9e3779b1 ^ uint32(w[0])*0x85ebca77 ^ uint32(w[len(w)-1])*0xc2b2ae3d
	return (h >> 16) % listFilterBits
}
