package lexicon

import (
	"iter"
	"maps"
)

// All yields every word of the lists, plurals included, with its
// classes, in no particular order. A stage that keeps its own table of
// other lists can fold the lexicon into it, so that one lookup of a token
// answers both.
func All() iter.Seq2[string, Class] { return maps.All(classes) }
