// Package reuse provides working memory kept from one document to the
// next at the size the documents need.
package reuse

// Map is a map kept for reuse from one document to the next. A map made
// for every document is new memory, cold in the cache, and work for the
// collector; a map kept and cleared costs its capacity, which only grows,
// so after one long text every short one would pay what the long one
// needed. Map keeps one map, emptied as soon as a document is done with
// it (its memory is then still in the cache), and makes a new one, sized
// for the document, when the one kept has room for more than four times
// what the document needs.
//
// The zero value is ready to use. A Map is for one goroutine at a time.
type Map[K comparable, V any] struct {
	m    map[K]V
	room int // the most entries m has had room for: its hint or its largest count
}

// Get returns an empty map with room for at least about n entries. It
// stays valid until Put or the next Get, which empties it too.
func (x *Map[K, V]) Get(n int) map[K]V {
	x.room = max(x.room, len(x.m))
	switch {
	case x.m == nil || x.room > 4*max(n, 8):
		x.m, x.room = make(map[K]V, n), n
	case len(x.m) > 0:
		clear(x.m)
	}
	return x.m
}

// Put empties the map Get returned, for the next Get, so that it holds
// none of the document's keys or values.
func (x *Map[K, V]) Put() {
	x.room = max(x.room, len(x.m))
	clear(x.m)
}
