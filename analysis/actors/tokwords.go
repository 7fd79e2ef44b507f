package actors

import (
	"strings"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// The build stage asks the same word lists of many tokens: "is the next
// word a verb such as said", "is this a determiner", "is this a group's
// head". A map lookup hashes the word afresh each time, while classify has
// already hashed every token's lower case (document.hashes). The helpers
// here answer from that hash first: a word of a list always has the hash
// of its lower case in the list's hashes, so a token whose hash is not
// there is not in the list, and only the few that are get the exact test
// of before. Each answers as the lookup it stands for, on any text.

// tokLex returns lex(d.tok(k)) for a token k in range: the word table is
// keyed by the hash classify kept, so the token is not hashed again.
func tokLex(d *document, k int) uint16 { return wordTab.slots[d.slots[k]].lex }

// tokLexPlural returns lexPlural(d.tok(k)) for a token k in range.
func tokLexPlural(d *document, k int) uint16 {
	if t := d.toks[k]; t.End > t.Start && d.src[t.End-1] == '.' {
		return lexPlural(d.src[t.Start:t.End])
	}
	return tokLex(d, k)
}

// actVerbAt reports actVerbs.has(d.word(k)): the table's bit rules out most
// words, and the map has the last word on the rest.
func actVerbAt(d *document, k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].Kind != text.Word {
		return false // d.word(k) is "", no verb
	}
	return tokLex(d, k)&lexActVerb != 0 && actVerbs.has(d.toks[k].In(d.src))
}

// determinerHashes are the foldHash values of the determiners.
var determinerHashes = func() []uint64 {
	var hs []uint64
	for _, w := range determiners {
		hs = append(hs, foldHash(w))
	}
	return hs
}()

// determinerAt reports whether token k, in lower case, is a determiner, for
// a token k in range.
func determinerAt(d *document, k int) bool {
	h := d.hashes[k]
	for _, x := range determinerHashes {
		if x == h {
			return isDeterminer(strings.ToLower(d.toks[k].In(d.src)))
		}
	}
	return false
}

// asHash is foldHash("as"), the hash of "as" and "As".
var asHash = foldHash("as")

// hashAmong reports whether a token of [from, to), a range of tokens,
// has hash h: whether, say, an "as" is among them, without reading a word.
func hashAmong(d *document, from, to int, h uint64) bool {
	for _, x := range d.hashes[from:to] {
		if x == h {
			return true
		}
	}
	return false
}

// bareHash returns foldHash(d.bare(k)) for a token k in range: the hash
// classify kept, unless the token has a possessive ending.
func bareHash(d *document, k int) uint64 {
	if d.bends[k] == d.toks[k].End {
		return d.hashes[k]
	}
	return foldHash(d.bare(k))
}
