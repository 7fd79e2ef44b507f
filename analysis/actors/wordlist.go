package actors

// wordList is a fixed set of words, compared as written: one of the
// package's word lists, built when the package is initialised and never
// changed after.
type wordList map[string]bool

// set makes the list of words.
func set(words ...string) wordList {
	l := make(wordList, len(words))
	for _, w := range words {
		l[w] = true
	}
	return l
}

// has reports whether w is in the list.
func (l wordList) has(w string) bool { return l[w] }

// union makes the list of the words of all the lists.
func union(lists ...wordList) wordList {
	l := make(wordList)
	for _, m := range lists {
		for w := range m {
			l[w] = true
		}
	}
	return l
}
