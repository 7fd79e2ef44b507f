package ner

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/internal/reuse"
)

// Features are 64-bit hashes of a template and its values, never strings:
// extraction allocates nothing and the model stores 8 bytes a feature. At
// 64 bits the chance that two of the model's features collide is about
// 10^-8.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix combines two hashes (the finaliser of MurmurHash3 over their sum).
func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + a<<6 + a>>2)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Feature templates. The numbers are part of the model format: append,
// never renumber.
const (
	// Lexical templates: properties of one word, fired for the word at
	// the offsets of the template's mask.
	tWord        = iota + 1 // the word as written
	tLower                  // the word in lower case
	tShape                  // character classes, runs collapsed ("Xx", "X.X.", "d-d")
	tLong                   // character classes, runs up to 3 ("Xxxx", "dddd")
	tPrefix                 // first 1-4 characters
	tSuffix                 // last 1-4 characters
	tCluster                // Brown cluster bit-string prefixes (4, 6, 10, 20)
	tNoCluster              // the word has no cluster
	tTrueWord               // an all-caps word's usual casing ("JAPAN" -> "Japan")
	tTrueCluster            // the clusters of that casing
	tGaz                    // a gazetteer label of the word alone, case as written
	tGazFold                // a gazetteer label of the capitalised word, case folded
	tPad                    // the padding before and after a sentence

	// Context templates: fired once per token, at offset 0.
	tBias        // a constant, the prior of each tag
	tFirstShape  // sentence-initial x shape
	tFirstLower  // sentence-initial x lower case
	tCapsShape   // all-caps sentence (a headline or table) x shape
	tCapsLower   // all-caps sentence x lower case
	tBigramLeft  // lower case of the previous and this word
	tBigramRight // lower case of this and the next word
	tShape3      // shapes of previous, this and next word
	tShapeLeft   // shapes of previous and this word
	tShapeRight  // shapes of this and next word
	tGazSpan     // a multi-word gazetteer match: label x position (B, I, L)
	tDocCase     // how the document writes a capitalised word elsewhere x position
	tHistory     // the types the word was given earlier in the document
	tCaseRatio   // how often unlabelled text writes a capitalised word in lower case
	tAggLeft     // the word before another occurrence of the word in the document
	tAggRight    // the word after another occurrence of the word in the document
)

// Offsets of the window: a lexical template fires for the words from two
// before to two after the current one.
const (
	window  = 2
	nOffset = 2*window + 1
)

// Masks of the offsets (bit k+window for offset k) each lexical template
// fires at.
const (
	mAll    = 0b11111
	mNear   = 0b01110
	mCenter = 0b00100
)

func templateMask(t uint8) uint8 {
	switch t {
	case tLower, tShape, tPad:
		return mAll
	case tCluster, tGaz, tGazFold:
		return mNear
	}
	return mCenter
}

// atom is one lexical property of a word: its template and value.
type atom struct {
	tmpl uint8
	h    uint64
}

// key is the feature of an atom seen at offset k from the current word.
func (a atom) key(k int) uint64 {
	return mix(a.h, uint64(a.tmpl)<<8|uint64(k+window))
}

// ctxKey is the feature of a context template with value h.
func ctxKey(tmpl uint8, h uint64) uint64 {
	return mix(h, uint64(tmpl)<<8|0xff)
}

// word is what feature extraction needs of one token, computed once.
type word struct {
	text    string
	lower   uint64 // hash of the lower-case form
	shape   uint64 // hash of the collapsed shape
	caps    bool   // all letters upper case, at least one letter
	initCap bool   // first letter upper case
	alpha   bool   // has a letter
}

// lexicon is what the tagger knows about words beyond its weights:
// clusters, usual casings and gazetteer entries.
type lexicon struct {
	words     []clusterWord     // the clusters, in file order, bit strings cut to maxBits
	clusters  map[string]string // word -> bit string
	counts    map[string]int    // word -> occurrences in the clustered text
	truecase  map[string]string // lower case -> most frequent casing
	gaz       *gazIndex
	padBefore []atom
	padAfter  []atom
}

// scratch holds buffers reused across words.
type scratch struct {
	buf   []byte
	lower []byte
}

// describe fills w for the token s.
func describe(w *word, s string, sc *scratch) {
	w.text = s
	sc.lower = appendLower(sc.lower[:0], s)
	w.lower = hashBytes(fnvOffset, sc.lower)
	sc.buf = appendShape(sc.buf[:0], s, 1)
	w.shape = hashBytes(fnvOffset, sc.buf)
	w.caps, w.initCap, w.alpha = caseOf(s)
}

// caseOf reports whether s is all capitals (with at least one letter),
// whether its first letter is a capital, and whether it has a letter.
func caseOf(s string) (caps, first, alpha bool) {
	caps = true
	seen := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			if !seen {
				first = true
			}
			seen = true
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z', r >= utf8.RuneSelf && unicode.IsLetter(r):
			seen = true
			caps = false
		}
	}
	return caps && seen, first, seen
}

// appendLower appends s in lower case.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// appendShape appends the shape of s: X for a capital, x for a small
// letter, d for a digit, the character itself for ASCII punctuation and ?
// for other characters; runs longer than maxRun are cut to maxRun.
func appendShape(dst []byte, s string, maxRun int) []byte {
	var last byte
	run := 0
	for _, r := range s {
		var c byte
		switch {
		case r < utf8.RuneSelf:
			switch b := byte(r); {
			case 'A' <= b && b <= 'Z':
				c = 'X'
			case 'a' <= b && b <= 'z':
				c = 'x'
			case '0' <= b && b <= '9':
				c = 'd'
			default:
				c = b
			}
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '?'
		}
		if c == last {
			run++
			if run >= maxRun {
				continue
			}
		} else {
			run = 0
		}
		last = c
		dst = append(dst, c)
	}
	return dst
}

// clusterPrefixes are the bit-string lengths used as features, as in
// Ratinov and Roth (2009): coarse to nearly whole.
var clusterPrefixes = [...]int{4, 6, 10, 20}

// appendAtoms appends the lexical atoms of w.
func (lx *lexicon) appendAtoms(dst []atom, w *word, sc *scratch) []atom {
	s := w.text
	dst = append(dst,
		atom{tWord, hashString(fnvOffset, s)},
		atom{tLower, w.lower},
		atom{tShape, w.shape},
	)
	sc.buf = appendShape(sc.buf[:0], s, 3)
	dst = append(dst, atom{tLong, hashBytes(fnvOffset, sc.buf)})
	dst = appendAffixAtoms(dst, s)

	sc.lower = appendLower(sc.lower[:0], s)
	lower := sc.lower // valid until sc.lower is next written
	tc, hasTC := lx.truecase[string(lower)]
	dst = lx.appendWordClusterAtoms(dst, w, lower, tc, hasTC)

	// An all-caps word in a headline or table is read as its usual casing
	// too, so that "JAPAN" gets the evidence "Japan" has.
	if w.caps && len(s) > 1 && hasTC && tc != s {
		dst = append(dst, atom{tTrueWord, hashString(fnvOffset, tc)})
		if cb, ok := lx.clusters[tc]; ok {
			dst = appendClusterAtoms(dst, tTrueCluster, cb)
		}
	}

	// A capitalised word that unlabelled text mostly writes in lower case
	// is capitalised by position ("Police said"), not as a name.
	if w.initCap {
		lc := lx.counts[string(lower)]
		cc := lx.counts[s]
		if w.caps && hasTC && tc != string(lower) {
			cc = max(cc, lx.counts[tc])
		}
		dst = append(dst, atom{tCaseRatio, caseRatio(lc, cc)})
	}

	// Gazetteer entries of the word alone.
	if lx.gaz != nil {
		if l := lx.gaz.exact[s]; l != 0 {
			dst = appendLabelAtoms(dst, tGaz, l)
		}
		if w.initCap {
			if l := lx.gaz.fold[string(lower)]; l != 0 {
				dst = appendLabelAtoms(dst, tGazFold, l)
			}
		}
	}
	return dst
}

// appendAffixAtoms appends the prefixes and suffixes of s of up to 4
// characters, cut on rune boundaries; s itself counts among both when it
// is that short.
func appendAffixAtoms(dst []atom, s string) []atom {
	n := 0
	for i := range s {
		if n > 0 {
			dst = append(dst, atom{tPrefix, hashString(fnvOffset, s[:i])})
		}
		if n++; n > 4 {
			break
		}
	}
	if n <= 4 {
		dst = append(dst, atom{tPrefix, hashString(fnvOffset, s)})
	}
	n = 0
	for i := len(s); i > 0 && n < 4; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
		dst = append(dst, atom{tSuffix, hashString(fnvOffset^uint64(n), s[i:])})
	}
	return dst
}

// appendWordClusterAtoms appends the cluster atoms of w: those of the
// word as written, else of its usual casing tc (when hasTC and the word
// is capitalised), else of its lower case; without a cluster, an alphabetic
// word gets tNoCluster.
func (lx *lexicon) appendWordClusterAtoms(dst []atom, w *word, lower []byte, tc string, hasTC bool) []atom {
	cb, ok := lx.clusters[w.text]
	if !ok && w.initCap && hasTC {
		cb, ok = lx.clusters[tc]
	}
	if !ok {
		cb, ok = lx.clusters[string(lower)]
	}
	if ok {
		return appendClusterAtoms(dst, tCluster, cb)
	}
	if w.alpha {
		return append(dst, atom{tNoCluster, 0})
	}
	return dst
}

// caseRatio is the tCaseRatio value of a word seen lc times in lower case
// and cc times capitalised in unlabelled text: about log2((lc+1)/(cc+1)),
// bounded to ±5 and shifted to 0..10.
func caseRatio(lc, cc int) uint64 {
	r := bits.Len(uint(lc+1)) - bits.Len(uint(cc+1))
	return uint64(min(max(r, -5), 5) + 5)
}

func appendClusterAtoms(dst []atom, tmpl uint8, bits string) []atom {
	for _, p := range clusterPrefixes {
		dst = append(dst, atom{tmpl, hashString(fnvOffset, bits[:min(p, len(bits))])})
		if p >= len(bits) {
			break
		}
	}
	return dst
}

func appendLabelAtoms(dst []atom, tmpl uint8, labels uint16) []atom {
	for l := range uint64(16) {
		if labels&(1<<l) != 0 {
			dst = append(dst, atom{tmpl, l + 1})
		}
	}
	return dst
}

// padAtoms are the atoms of the positions before and after a sentence.
func padAtoms(after bool) []atom {
	v := uint64(1)
	if after {
		v = 2
	}
	return []atom{{tPad, v}, {tLower, v}, {tShape, v}}
}

// sentenceInfo holds what context features need of a whole sentence.
type sentenceInfo struct {
	caps bool // every word with letters is all caps: a headline or a table
}

func describeSentence(ws []word) sentenceInfo {
	letters, caps := 0, 0
	for i := range ws {
		if ws[i].alpha {
			letters++
			if ws[i].caps {
				caps++
			}
		}
	}
	return sentenceInfo{caps: letters > 0 && caps == letters}
}

// appendContext appends the context features of word i of ws.
func appendContext(dst []uint64, ws []word, i int, si sentenceInfo) []uint64 {
	w := &ws[i]
	dst = append(dst, ctxKey(tBias, 0))
	prevL, prevS := uint64(1), uint64(1)
	nextL, nextS := uint64(2), uint64(2)
	if i > 0 {
		prevL, prevS = ws[i-1].lower, ws[i-1].shape
	}
	if i+1 < len(ws) {
		nextL, nextS = ws[i+1].lower, ws[i+1].shape
	}
	if i == 0 {
		dst = append(dst, ctxKey(tFirstShape, w.shape), ctxKey(tFirstLower, w.lower))
	}
	if si.caps {
		dst = append(dst, ctxKey(tCapsShape, w.shape), ctxKey(tCapsLower, w.lower))
	}
	dst = append(dst,
		ctxKey(tBigramLeft, mix(prevL, w.lower)),
		ctxKey(tBigramRight, mix(w.lower, nextL)),
		ctxKey(tShape3, mix(mix(prevS, w.shape), nextS)),
		ctxKey(tShapeLeft, mix(prevS, w.shape)),
		ctxKey(tShapeRight, mix(w.shape, nextS)),
	)
	return dst
}

// extractor computes the features of a sentence token by token, in the
// plain way training needs: every feature as a key. The tagger computes
// the same sums faster (see Tagger.build), and a test holds the two equal.
type extractor struct {
	sc    scratch
	ws    []word
	atoms [][]atom
	si    sentenceInfo
	hits  []gazHit
	out   []uint64
	doc   *docInfo // the document's features, or nil
}

// sentence prepares the features of words.
func (fx *extractor) sentence(lx *lexicon, words []string) {
	n := len(words)
	fx.ws = slices.Grow(fx.ws[:0], n)[:n]
	for len(fx.atoms) < n {
		fx.atoms = append(fx.atoms, nil)
	}
	for i, s := range words {
		describe(&fx.ws[i], s, &fx.sc)
	}
	for i := range words {
		fx.atoms[i] = lx.appendAtoms(fx.atoms[i][:0], &fx.ws[i], &fx.sc)
	}
	fx.si = describeSentence(fx.ws)
	fx.hits = fx.hits[:0]
	if lx.gaz != nil {
		fx.hits = lx.gaz.appendSpans(fx.hits, fx.ws, &fx.sc)
	}
}

// features returns the features of word i; the slice is reused by the
// next call.
func (fx *extractor) features(lx *lexicon, i int) []uint64 {
	out := fx.out[:0]
	for k := -window; k <= window; k++ {
		var as []atom
		switch j := i + k; {
		case j < 0:
			as = lx.padBefore
		case j >= len(fx.ws):
			as = lx.padAfter
		default:
			as = fx.atoms[j]
		}
		bit := uint8(1) << (k + window)
		for _, a := range as {
			if templateMask(a.tmpl)&bit != 0 {
				out = append(out, a.key(k))
			}
		}
	}
	out = appendContext(out, fx.ws, i, fx.si)
	if fx.doc != nil {
		out = fx.doc.appendCase(out, fx.ws, i, fx.si)
	}
	for _, h := range fx.hits {
		if h.i == i {
			out = append(out, h.key)
		}
	}
	fx.out = out
	return out
}

// docInfo is what the tagger learns of a document beyond the sentence at
// hand (Ratinov and Roth 2009, section 6). A capitalised word at the start
// of a sentence or in an all-caps headline says little by its case; the
// same word in the middle of another sentence says more ("JAPAN" and
// "Japan", "Tuesday" and "tuesday"). The words around the word's other
// occurrences say what it is ("Mr Blair" makes a later "Blair" a person).
// And a name tends to keep its type within a document: the types the
// tagger gave a word in earlier sentences are a feature of its later
// occurrences.
//
// Words are keyed by the hash of their lower-case form. A short document
// is searched linearly, a longer one through a map; both are reused, so a
// docInfo allocates nothing once grown.
type docInfo struct {
	keys    []uint64 // lower-case hash of each entry
	entries []docWord
	index   map[uint64]int32 // keys -> entries, once there are more than linearMax; from indexes
	indexes reuse.Map[uint64, int32]
}

// docWord is what a document says about one word.
type docWord struct {
	cases  uint8              // dc* flags
	nctx   uint8              // used entries of ctx
	ctx    [2 * maxAgg]uint64 // features of the neighbours of its first occurrences
	counts [nTypes + 1]int32  // types given to it so far, 0 for O
}

// maxAgg bounds the occurrences of a word whose neighbours are features.
const maxAgg = 6

// linearMax is the number of words up to which a linear search beats a
// map.
const linearMax = 32

const (
	dcCapMid   = 1 << iota // written capitalised inside a sentence of mixed case
	dcLowerMid             // written in lower case inside a sentence of mixed case
)

// reset empties d for a new document. Its map is kept at the size
// documents need (see reuse.Map): cleared, a map kept as large as the
// longest document made it would cost every document after it that size.
func (d *docInfo) reset() {
	d.indexes.Put()
	d.index = nil
	d.keys = d.keys[:0]
	d.entries = d.entries[:0]
}

// find returns the entry of key k, or nil.
func (d *docInfo) find(k uint64) *docWord {
	if len(d.keys) <= linearMax {
		for i, x := range d.keys {
			if x == k {
				return &d.entries[i]
			}
		}
		return nil
	}
	if i, ok := d.index[k]; ok {
		return &d.entries[i]
	}
	return nil
}

// add returns the entry of key k, adding an empty one if there is none.
func (d *docInfo) add(k uint64) *docWord {
	if e := d.find(k); e != nil {
		return e
	}
	d.keys = append(d.keys, k)
	d.entries = append(d.entries, docWord{})
	switch n := len(d.keys); {
	case n == linearMax+1:
		// Room for four times the words so far, which most articles
		// stay within.
		d.index = d.indexes.Get(4 * n)
		for i, x := range d.keys {
			d.index[x] = int32(i)
		}
	case n > linearMax+1:
		d.index[k] = int32(n - 1)
	}
	return &d.entries[len(d.entries)-1]
}

// observe records the case and the neighbours of the words of one
// sentence.
func (d *docInfo) observe(ws []word) {
	caps := describeSentence(ws).caps
	for i := range ws {
		w := &ws[i]
		if !w.alpha || !w.initCap && (caps || i == 0) {
			continue
		}
		e := d.add(w.lower)
		if w.initCap && int(e.nctx) < len(e.ctx) {
			l, r := uint64(1), uint64(2)
			if i > 0 {
				l = ws[i-1].lower
			}
			if i+1 < len(ws) {
				r = ws[i+1].lower
			}
			e.ctx[e.nctx], e.ctx[e.nctx+1] = ctxKey(tAggLeft, l), ctxKey(tAggRight, r)
			e.nctx += 2
		}
		if caps || i == 0 {
			continue
		}
		if w.initCap {
			e.cases |= dcCapMid
		} else {
			e.cases |= dcLowerMid
		}
	}
}

// record adds the types tagged in one sentence to the history, n times
// (-1 takes them out again).
func (d *docInfo) record(ws []word, tags []uint8, n int32) {
	for i := range ws {
		if ws[i].initCap {
			d.add(ws[i].lower).counts[tagType(tags[i])] += n
		}
	}
}

// appendCase appends the document case and neighbour features of word i.
func (d *docInfo) appendCase(dst []uint64, ws []word, i int, si sentenceInfo) []uint64 {
	w := &ws[i]
	if !w.initCap {
		return dst
	}
	pos := uint64(0)
	switch {
	case si.caps:
		pos = 2
	case i == 0:
		pos = 1
	}
	e := d.find(w.lower)
	if e == nil {
		return append(dst, ctxKey(tDocCase, pos))
	}
	dst = append(dst, ctxKey(tDocCase, uint64(e.cases)<<2|pos))
	return append(dst, e.ctx[:e.nctx]...)
}

// appendHistory appends the history features of word i.
func (d *docInfo) appendHistory(dst []uint64, ws []word, i int) []uint64 {
	w := &ws[i]
	if !w.initCap {
		return dst
	}
	e := d.find(w.lower)
	if e == nil {
		return dst
	}
	h := &e.counts
	best, kinds := 0, 0
	for t, n := range h {
		if n > 0 {
			kinds++
			if n > h[best] {
				best = t
			}
		}
	}
	if kinds == 0 {
		return dst
	}
	dst = append(dst, ctxKey(tHistory, uint64(best)))
	if kinds > 1 {
		dst = append(dst, ctxKey(tHistory, 8))
	}
	return dst
}
