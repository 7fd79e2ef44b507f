package lexicon

import "slices"

// list is one word list of the actor and summary stages and the class it
// gives its words.
type list struct {
	class  Class
	plural bool // the word with "s" added carries the class too
	words  []string
}

// lists are every list of bits 32 to 63, one per class.
var lists = slices.Concat(nameLists, roleLists, groupLists, summaryLists)

// addLists adds the classes of lists to m, the map Lookup reads.
func addLists(m map[string]Class) {
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
}
