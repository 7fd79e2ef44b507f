package summary

import (
	"sync"

	"github.com/docanalysis/docanalysis/internal/reuse"
)

// Summarize's working memory (the document's terms, words and bags, the
// keyword candidates, the ranker's vectors) is kept between calls in
// docTermsPool rather than allocated afresh: allocating and clearing it
// was about a third of the time a news article took. The terms' table
// (see numbering.Table) and the keyword candidates' map (see reuse.Map)
// are kept at the size texts need. Only what the Summary returns is
// allocated per call, and it shares no memory with the pool.

// maxPooledText is the longest document text whose working memory is
// kept for the next call, in bytes: a rare huge document should not pin
// its memory in every processor's pool for good.
const maxPooledText = 256 << 10

// docTermsPool holds *docTerms ready for reuse.
var docTermsPool = sync.Pool{New: func() any { return new(docTerms) }}

// getDocTerms returns a docTerms to read a document into.
func getDocTerms() *docTerms {
	return docTermsPool.Get().(*docTerms)
}

// putDocTerms gives d back for reuse once nothing refers to it, unless
// it read a document too long to be worth keeping.
func putDocTerms(d *docTerms) {
	if len(d.src) > maxPooledText {
		return
	}
	// Hold no reference to the caller's text.
	d.src, d.kw.index, d.lower, d.classes = "", nil, nil, nil
	d.stems.Clear()
	d.kw.indexes.Put()
	docTermsPool.Put(d)
}

// keywordScratch is the working memory of docTerms.keywords.
type keywordScratch struct {
	class   []uint8
	index   map[phraseKey]int // from indexes
	indexes reuse.Map[phraseKey, int]
	cands   []phrase
	order   []rankKey
	kept    []phraseKey
}

// rankKey is what keywords sorts candidates by: small keys move faster
// than the phrases themselves, which are large.
type rankKey struct {
	score     float64
	first, at int32
	i         int32
}

// grow returns buf resized to n elements, reusing its memory when it has
// room. The elements are not cleared: callers set every one.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}
