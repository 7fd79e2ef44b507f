package lexicon

import "slices"

// Class is a set of word classes: one bit per class, as the constants
// name them. A word's classes are the lists it is in.
type Class uint64

// Has reports whether c holds any class of x.
func (c Class) Has(x Class) bool { return c&x != 0 }

// Lookup returns the classes of the lower-case word w: 0 for a word in no
// list, or one not in lower case, since every key is.
func Lookup(w string) Class { return words[w] }

// list is one word list and the class it gives its words.
type list struct {
	class  Class
	plural bool // the word with "s" added carries the class too
	words  []string
}

// lists are every list of the package, one per class.
var lists = slices.Concat(nameLists, roleLists, groupLists, summaryLists)

// words maps a lower-case word to its classes: built once from the
// lists, which stay the one place a word is added.
var words = func() map[string]Class {
	m := map[string]Class{}
	for _, l := range lists {
		for _, w := range l.words {
			m[w] |= l.class
			if l.plural {
				// A noun is asked in either number ("ministers"): its
				// plural carries the class, so one lookup answers for
				// both.
				m[w+"s"] |= l.class
			}
		}
	}
	return m
}()
