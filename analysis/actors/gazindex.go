package actors

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
	"weak"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
)

// gazStarts is the set of words a gazetteer form can start with, as
// gazetteer.Normalize writes them: the first word of every form, and the
// word after a leading "the" ("the White House"), which the finder also
// looks up without its article. A lookup starting at any other word
// cannot match, and most capitalised words of a text (people's names) are
// such words, so the finder asks the set first and skips the lookups,
// which fold and normalise their text, for them.
type gazStarts map[string]bool

// startsOf returns the gazStarts of g, built on the first call for g and
// kept while g lives: building it normalises every form of the gazetteer,
// which costs more than reading an article. The cache is keyed by a weak
// pointer and holds nothing of g, so that a gazetteer dropped by its
// engine is collected and its entry with it.
func startsOf(g *gazetteer.Gazetteer) gazStarts {
	key := weak.Make(g)
	if s, ok := startsCache.Load(key); ok {
		return s.(gazStarts)
	}
	s, loaded := startsCache.LoadOrStore(key, newGazStarts(g))
	if !loaded {
		runtime.AddCleanup(g, func(k weak.Pointer[gazetteer.Gazetteer]) { startsCache.Delete(k) }, key)
	}
	return s.(gazStarts)
}

// startsCache maps a weak.Pointer to a gazetteer to its gazStarts.
var startsCache sync.Map

// newGazStarts builds the gazStarts of g.
func newGazStarts(g *gazetteer.Gazetteer) gazStarts {
	starts := gazStarts{}
	add := func(form string) {
		f := strings.Fields(gazetteer.Normalize(form))
		if len(f) == 0 {
			return
		}
		if f[0] == "the" && len(f) > 1 {
			starts["the"] = true // "The Hague" read from its article
			f = f[1:]
		}
		starts[f[0]] = true
		// A first word the tokeniser may split ("AT&T") is also known by
		// its leading letters.
		if k := strings.IndexFunc(f[0], func(r rune) bool { return !isAlnum(r) }); k > 0 {
			starts[f[0][:k]] = true
		}
	}
	for _, e := range g.Entities() {
		add(e.Name)
		add(e.Official)
		for _, list := range [][]string{e.Names, e.Abbreviations, e.Demonyms, e.People, e.Capitals, e.Metonyms} {
			for _, form := range list {
				add(form)
			}
		}
	}
	return starts
}

func isAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= utf8.RuneSelf
}

// mayStart reports whether a gazetteer form may start with the word w:
// whether its key, as gazetteer.Normalize would write it, is in starts.
// ASCII words are keyed without allocating.
func (starts gazStarts) mayStart(w string) bool {
	var buf [32]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf || n == len(buf):
			return starts[firstField(gazetteer.Normalize(w))]
		case c == '.':
			continue
		case c == '`':
			c = '\''
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	// Drop a possessive, as Normalize does.
	switch {
	case n > 2 && buf[n-2] == '\'' && buf[n-1] == 's':
		n -= 2
	case n > 2 && buf[n-1] == '\'' && buf[n-2] == 's':
		n--
	}
	return starts[string(buf[:n])]
}

// firstField is s up to its first space.
func firstField(s string) string {
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}
