package actors

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/internal/numbering"
)

// cluster is a set of candidates taken to name one actor.
type cluster struct {
	key    string
	entity *gazetteer.Entity // the gazetteer entity, or nil
	place  bool              // a capital or place read as a setting: a Location
	gov    string            // an unresolved "<Name> administration"
	cands  []int             // candidate indexes, in text order
	typ    Type              // decided by build
}

// resolver merges candidates into clusters: one per actor.
type resolver struct {
	d        *document
	s        *resolveScratch
	cands    []candidate
	clusters []*cluster
	of       []int      // of[i] is candidate i's cluster index, or -1 when dropped
	parent   []int      // union-find over clusters
	toks     [][]string // toks[i] is candidate i's name tokens; see nameTokens
	arena    []cluster  // where clusters live; a full one is replaced, never grown, so pointers stay
}

// resolve groups the candidates into clusters, one per actor, and drops
// those that name no actor. Each step reads the whole document, so the
// order matters: gazetteer entities first, then names, acronyms, variants,
// and last the governments, which need to know the countries.
func resolve(d *document, cands []candidate) []*cluster {
	// The tables and lists of every step are the scratch's, kept with
	// the document for the next text (see resolveScratch).
	s := &d.rs
	s.keys.reset(len(cands))
	// The lists start from the document's (see document.release), with
	// room for as many clusters as one arena holds (see cluster), so that
	// they are not regrown cluster by cluster.
	r := &resolver{d: d, s: s, cands: cands, arena: d.arena[:0],
		of:       slices.Grow(d.of[:0], len(cands))[:len(cands)],
		clusters: slices.Grow(d.clusters[:0], max(16, len(cands)/2+2)),
		parent:   slices.Grow(d.parent[:0], max(16, len(cands)/2+2)),
	}
	defer func() {
		d.arena, d.of, d.clusters, d.parent = r.arena, r.of, r.clusters, r.parent
	}()
	for i := range r.of {
		r.of[i] = -1
	}
	r.context()
	r.gazetteer()
	r.names()
	r.knownAs()
	r.acronyms()
	r.variants()
	r.nicknames()
	r.seats()
	r.governments()
	r.keyStrings()

	// Collect the surviving clusters with their candidates in text order,
	// counting first so that all of them share one backing array.
	count := slices.Grow(s.count[:0], 2*len(r.clusters)+1)[:2*len(r.clusters)+1]
	s.count = count
	clear(count)
	count, starts := count[:len(r.clusters)+1], count[len(r.clusters)+1:]
	for i, c := range r.of {
		if c >= 0 {
			r.of[i] = r.find(c)
			count[r.of[i]+1]++
		}
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	all := make([]int, count[len(count)-1])
	next := count[:len(r.clusters)]
	copy(starts, next)
	for i, c := range r.of {
		if c >= 0 {
			all[next[c]] = i
			next[c]++
		}
	}
	out := make([]*cluster, 0, len(r.clusters))
	for k, cl := range r.clusters {
		if r.find(k) != k || next[k] == starts[k] {
			continue
		}
		cl.cands = all[starts[k]:next[k]:next[k]]
		out = append(out, cl)
	}
	return out
}

// find returns the root of cluster k, halving the path as it goes.
func (r *resolver) find(k int) int {
	for r.parent[k] != k {
		r.parent[k] = r.parent[r.parent[k]]
		k = r.parent[k]
	}
	return k
}

// union merges cluster b into cluster a, keeping a's identity (its entity
// wins over b's lack of one).
func (r *resolver) union(a, b int) {
	a, b = r.find(a), r.find(b)
	if a == b {
		return
	}
	if r.clusters[a].entity == nil && r.clusters[b].entity != nil {
		a, b = b, a
	}
	r.parent[b] = a
}

// cluster returns the index of the cluster with key prefix+s, making it if
// needed.
func (r *resolver) cluster(prefix, s string, e *gazetteer.Entity) int {
	keys := &r.s.keys
	keys.buf = append(append(keys.buf, prefix...), s...)
	return r.keyCluster(e)
}

// keyCluster returns the index of the cluster whose key has been built at
// the end of r.s.keys, making it if needed. Key k is cluster k's: both are
// numbered as made. The clusters are given their keys' strings at the end
// (see keyStrings), all in one, rather than an allocation each.
func (r *resolver) keyCluster(e *gazetteer.Entity) int {
	k, added := r.s.keys.intern()
	if !added {
		return r.find(k)
	}
	if len(r.arena) == cap(r.arena) {
		// A cluster gathers the several mentions of one actor, so
		// clusters are fewer than candidates: half as many is room
		// enough most times, and a full arena is only replaced.
		r.arena = make([]cluster, 0, max(16, len(r.cands)/2+2))
	}
	r.arena = append(r.arena, cluster{entity: e})
	r.clusters = append(r.clusters, &r.arena[len(r.arena)-1])
	r.parent = append(r.parent, len(r.parent))
	return len(r.clusters) - 1
}

// keyStrings gives every cluster its key, cut from one string of them all.
func (r *resolver) keyStrings() {
	keys := &r.s.keys
	all := string(keys.buf[:keys.kept()])
	start := 0
	for k, cl := range r.clusters {
		end := int(keys.ends[k])
		cl.key = all[start:end]
		start = end
	}
}

// clusterOf is r.cluster for the key keyOf(prefix, s).
func (r *resolver) clusterOf(prefix, s string) int {
	keys := &r.s.keys
	keys.buf = appendKeyASCII(keys.buf, prefix, s)
	return r.keyCluster(nil)
}

// appendKeyASCII is appendKey, with ASCII text (most names) copied and
// lowered in place, at a quarter of the cost of appendKey's rune by rune;
// text with other runes, or spaces other than one between words, goes
// through appendKey itself.
func appendKeyASCII(b []byte, prefix, s string) []byte {
	start := len(b)
	b = append(b, prefix...)
	n := len(b)
	b = append(b, stripPossessive(s)...)
	for i := n; i < len(b); i++ {
		if k := keyBytes[b[i]]; k != 0 {
			b[i] = k
		} else if b[i] != ' ' || i == n || b[i-1] == ' ' || i+1 == len(b) || b[i+1] <= ' ' {
			return appendKey(b[:start], prefix, s)
		}
	}
	return b
}

// keyBytes maps the ASCII bytes appendKey copies as they are, capitals
// lowered, to what it writes for them, and the others, spaces and runes
// it decodes, to 0.
var keyBytes = func() (t [256]byte) {
	for c := '!'; c < utf8.RuneSelf; c++ {
		t[c] = byte(unicode.ToLower(c))
	}
	return t
}()

// context marks candidates standing as settings ("in Nairobi", "in the
// Highlands").
func (r *resolver) context() {
	d := r.d
	for i := range r.cands {
		c := &r.cands[i]
		k := r.startTok(i) - 1
		if k >= 0 && d.tok(k) == "the" {
			k--
		}
		if k >= d.sent[c.sent] && d.is(k, classSettingPrep) {
			c.setting = true
		}
	}
}

// startTok returns the index of the token where candidate i's span starts.
func (r *resolver) startTok(i int) int { return spanStart(r.d, &r.cands[i]) }

// gazetteer clusters the candidates the gazetteer read, one cluster per
// entity. A capital that is only a setting ("talks in Nairobi") or a
// modifier ("Paris council") joins its country when the text names the
// country otherwise, and is a place of its own when it does not.
func (r *resolver) gazetteer() {
	for i := range r.cands {
		if c := &r.cands[i]; c.inst != "" {
			r.of[i] = r.cluster("inst:", c.inst, nil)
		}
	}
	named := false // whether r.s.words holds the entities named otherwise
	for i := range r.cands {
		c := &r.cands[i]
		e := c.entry.Entity
		if e == nil {
			continue
		}
		if r.placeOnly(i) {
			if !named {
				r.namedEntities()
				named = true
			}
			if _, ok := r.s.words.Find(e.ID); ok {
				c.kind = Name
			} else {
				k := r.clusterOf("place:", c.Span.In(r.d.src))
				r.clusters[k].place = true
				r.of[i] = k
				continue
			}
		}
		r.of[i] = r.gazCluster(e)
	}
}

// namedEntities puts in r.s.words the IDs of the entities the text names
// otherwise than as a place: only some texts ask (see gazetteer).
func (r *resolver) namedEntities() {
	x := &r.s.words
	x.Reset(len(r.cands))
	for i := range r.cands {
		c := &r.cands[i]
		if c.inst == "" && c.entry.Entity != nil && !r.placeOnly(i) {
			x.Number(c.entry.ID)
		}
	}
}

// gazCluster is r.cluster("gaz:", e.ID, e).
func (r *resolver) gazCluster(e *gazetteer.Entity) int { return r.cluster("gaz:", e.ID, e) }

// placeOnly reports whether candidate i is a capital standing as a place,
// not for its government: a capital stands for its government only where
// it acts, as a subject ("Moscow says", "while Tokyo insists") or a
// possessor ("Moscow's position"), and only for a sovereign state.
func (r *resolver) placeOnly(i int) bool {
	c := &r.cands[i]
	if c.entry.Form != gazetteer.Capital {
		return false
	}
	if c.setting || c.modifier || !c.entry.Independent {
		return true
	}
	d := r.d
	if d.possessive(c.end-1) || isActVerb(d.word(c.end)) {
		return false
	}
	k := r.startTok(i) - 1
	if k < d.sent[c.sent] {
		return false // it opens its sentence
	}
	switch w := d.tok(k); {
	case lex(w).Has(lexicon.ClauseOpener):
		return false
	case w == "," || w == ";" || w == "—" || w == "–":
		return false
	}
	return true
}

// nameTokens returns the bare texts of candidate i's name tokens.
// The slices of all candidates are cut from one array, made on first use:
// every step asks for them.
func (r *resolver) nameTokens(i int) []string {
	if r.toks == nil {
		n := 0
		for k := range r.cands {
			n += r.cands[k].end - r.cands[k].first
		}
		// Both arrays are the document's, kept for the next text.
		arena := slices.Grow(r.d.nameArena[:0], n)
		r.toks = slices.Grow(r.d.nameToks[:0], len(r.cands))[:len(r.cands)]
		r.d.nameArena, r.d.nameToks = arena, r.toks
		src, toks, bends := r.d.src, r.d.toks, r.d.bends
		for k := range r.cands {
			c := &r.cands[k]
			a := len(arena)
			w := src[max(c.Span.Start, toks[c.first].Start):bends[c.first]]
			arena = append(arena, w[articlePrefix(w):])
			for t := c.first + 1; t < c.end; t++ {
				w := src[toks[t].Start:bends[t]]
				arena = append(arena, w[articlePrefix(w):])
			}
			r.toks[k] = arena[a:len(arena):len(arena)]
		}
	}
	return r.toks[i]
}

// maxReadings bounds how many names one word is compared with, so that a
// text built to have thousands of namesakes costs linear time. Real news
// text has a handful.
const maxReadings = 64

// capped returns the first maxReadings of ms.
func capped[T any](ms []T) []T { return ms[:min(len(ms), maxReadings)] }

// personal reports whether candidate i, a name of two tokens or more, may
// be a person's name: it ends in no organisation or place head. The heads
// written with a capital are read from its last token's classes (see
// document.wordClass): two lookups of the word per name were a tenth of
// names' cost.
func (r *resolver) personal(i int) bool {
	t := r.cands[i].end - 1
	return !r.d.has(t, wordOrgHead|wordPlaceHead) && !lexicon.Lookup(r.d.bare(t)).Has(lexicon.LowerOrgHead)
}

// surname is the token a person is referred to by: the last one, or the one
// before a territorial "of" ("Pembury" in "Pembury of Ashcombe").
func surname(toks []string) string { return toks[surnameAt(toks)] }

// surnameAt returns the index of surname(toks) in toks.
func surnameAt(toks []string) int {
	for k := 1; k < len(toks); k++ {
		if toks[k] == "of" {
			return k - 1
		}
	}
	return len(toks) - 1
}

// multi is a name of several words, as names reads them.
type multi struct {
	k                   int
	first, last         string // first word and surname
	firstID, lastID     int32  // their numbers in the words of names
	tailID              int32  // the number of the last word after "of" in a name without honorific or title ("Lords" of "House of Lords"), read too; else -1
	endID               int32  // the number of the last word, whose list (wordInfo.lastHead) holds the multi
	toks                []string
	personal            bool         // may be a person's name: no organisation or place head
	honorifics          honorificSet // honorifics its mentions carry (bit 0 for none)
	nextFirst, nextLast int32        // the next multi with its first word, its last word; -1 for none
	pos, npos           int32        // its mentions' start offsets, sorted, in resolveScratch.positions
}

// wordInfo is what names knows of a word, by its number.
type wordInfo struct {
	firstHead, firstTail int32 // the multis with it as first word, in the order added; -1 for none
	lastHead, lastTail   int32 // the multis with it as last word
	start, n, filled     int32 // the multis it may stand for, in resolveScratch.wordMultis; start -1 for none
}

// mention is a multi-word name's mention: the multi and its start offset.
type mention struct {
	m     int32
	start int
}

// names clusters the names the gazetteer does not know. Names of several
// words come first, each distinct one a cluster ("Nadia Ferrante", "Halden
// Group"), merged when they share first word and surname ("Ines Varga",
// "Dr Ines Varga"). A single word then joins a cluster whose surname or
// first word it is ("Ferrante", "Ms Ferrante", "Halden", "Commission"); a
// word several clusters could take goes to the nearest
// one before it, else the nearest after.
//
// The words of names are numbered in one table (see numbering.Table), and
// what names knows of a word is kept by its number, in slices, rather
// than in four maps keyed by the word.
func (r *resolver) names() {
	n := r.newNameReader()
	n.knownOrganisations()
	n.multiWordNames()
	r.s.multis, r.s.mentions = n.multis, n.mentions
	r.nameParts(n.multis)
	n.sortMentions()
	n.indexReadings()
	for i := range r.cands {
		n.singleWordName(i)
	}
}

// nameReader is what names reads one text with: the names of several
// words found so far ("multis") and their mentions, and, by its number in
// the resolver's word index, what is known of each of their words.
type nameReader struct {
	r          *resolver
	s          *resolveScratch
	x          *numbering.Table
	multis     []multi
	mentions   []mention
	positions  []int           // the multis' mentions' offsets, sorted by multi (see sortMentions)
	wordMultis []int32         // the multis each word may stand for (see indexReadings)
	support    map[string]bool // words names support inside sentences (see supported)
}

// newNameReader returns a nameReader for r's candidates, its lists cut
// from r's scratch.
func (r *resolver) newNameReader() *nameReader {
	s := r.s
	nMulti := 0
	for i := range r.cands {
		if r.cands[i].end-r.cands[i].first >= 2 {
			nMulti++
		}
	}
	// The lists by first and last word are linked through the multis, in
	// the order they were added, so that a name costs no slice of its own.
	n := &nameReader{r: r, s: s, x: &s.words, multis: slices.Grow(s.multis[:0], nMulti), mentions: s.mentions[:0]}
	n.x.Reset(2 * len(r.cands))
	s.info = s.info[:0]
	return n
}

// id returns the number of w, numbering it if new.
func (n *nameReader) id(w string) int32 {
	s := n.s
	k, _ := n.x.Number(w)
	if int(k) == len(s.info) {
		s.info = append(s.info, wordInfo{firstHead: -1, firstTail: -1, lastHead: -1, lastTail: -1, start: -1})
	}
	return int32(k)
}

// add adds m, the name of candidate i.
func (n *nameReader) add(m multi, i int) {
	s, multis := n.s, n.multis
	p := int32(len(multis))
	toks := m.toks
	sj, lt := surnameAt(toks), len(toks)-1
	m.firstID = n.id(toks[0])
	m.lastID = n.id(toks[sj])
	lastID := m.lastID
	m.tailID = -1
	if sj != lt {
		lastID = n.id(toks[lt])
		// "House of Lords" is read by "Lords"; "Lord Pembury of
		// Ashcombe", named with an honorific, is not "Ashcombe".
		if c := &n.r.cands[i]; c.honorific == "" && c.title == "" && lastID != m.firstID {
			m.tailID = lastID
		}
	}
	m.nextFirst, m.nextLast = -1, -1
	m.endID = lastID
	multis = append(multis, m)
	if w := &s.info[m.firstID]; w.firstHead < 0 {
		w.firstHead = p
	} else {
		multis[w.firstTail].nextFirst = p
	}
	s.info[m.firstID].firstTail = p
	if w := &s.info[lastID]; w.lastHead < 0 {
		w.lastHead = p
	} else {
		multis[w.lastTail].nextLast = p
	}
	s.info[lastID].lastTail = p
	n.multis = multis
	n.mentions = append(n.mentions, mention{p, n.r.cands[i].Start})
}

// findMulti returns the multi the name toks is, or -1. Names with the
// same first word and surname are one; so are names opening with the same
// acronym ("BBC News", "BBC Radio"). First word and surname identify
// people's names only: "Scottish National Party" and "Scottish Green
// Party" are two. firstID is the number of toks[0], or -1.
func (n *nameReader) findMulti(toks []string, firstID int, personal bool) int32 {
	if firstID < 0 {
		return -1
	}
	first, last := toks[0], surname(toks)
	for m, k := n.s.info[firstID].firstHead, 0; m >= 0 && k < maxReadings; m, k = n.multis[m].nextFirst, k+1 {
		p := &n.multis[m]
		if allCaps(first) || p.last == last && (personal && p.personal || slices.Equal(p.toks, toks)) {
			return m
		}
	}
	return -1
}

// knownOrganisations adds the multi-word names the gazetteer knows as
// organisations, so that they take single words too: "Commission" for
// "European Commission".
func (n *nameReader) knownOrganisations() {
	r := n.r
	for i := range r.cands {
		c := &r.cands[i]
		if c.entry.Entity == nil || c.entry.Kind != gazetteer.Organization || c.end-c.first < 2 || c.kind != Name {
			continue
		}
		toks := r.nameTokens(i)
		if m := n.findMulti(toks, wordID(n.x, toks[0]), r.personal(i)); m >= 0 {
			n.mentions = append(n.mentions, mention{m, c.Start})
			continue
		}
		n.add(multi{k: r.of[i], first: toks[0], last: surname(toks), toks: toks}, i)
	}
}

// multiWordNames clusters the names of several words the gazetteer does
// not know: each distinct one a cluster ("Nadia Ferrante"), joined by
// those with its first word and surname ("Dr Nadia Ferrante") and, after
// an honorific, by the end of a compound surname ("Ms Ní Bhriain" of "Zoë
// Ní Bhriain").
func (n *nameReader) multiWordNames() {
	r, d := n.r, n.r.d
	for i := range r.cands {
		c := &r.cands[i]
		if c.entry.Entity != nil || c.gov != "" || c.bareGov || c.inst != "" || c.acronymOf >= 0 || c.end-c.first < 2 {
			continue
		}
		toks := r.nameTokens(i)
		// A name with "of" is a person's only with an honorific or a
		// title ("Lord Pembury of Ashcombe"); else it is a body's, whose
		// words all count ("House of Lords" is not "House of Commons").
		personal := r.personal(i) && (surnameAt(toks) == len(toks)-1 || c.honorific != "" || c.title != "")
		m := n.findMulti(toks, wordID(n.x, toks[0]), personal)
		if m < 0 && c.honorific != "" {
			m = n.compoundSurname(toks)
		}
		if m >= 0 {
			p := &n.multis[m]
			r.of[i] = p.k
			n.mentions = append(n.mentions, mention{m, c.Start})
			p.honorifics |= honorificBit(c.honorific)
			continue
		}
		k := r.clusterOf("name:", d.src[max(c.Span.Start, d.toks[c.first].Start):d.bareEnd(c.end-1)])
		r.of[i] = k
		n.add(multi{k: k, first: toks[0], last: surname(toks), toks: toks, personal: personal,
			honorifics: honorificBit(c.honorific)}, i)
	}
}

// compoundSurname returns the personal multi whose name ends in all of
// toks, a name written after an honorific ("Ms Ní Bhriain" after "Zoë Ní
// Bhriain"), or -1.
func (n *nameReader) compoundSurname(toks []string) int32 {
	w := wordID(n.x, toks[len(toks)-1])
	if w < 0 {
		return -1
	}
	for m, seen := n.s.info[w].lastHead, 0; m >= 0 && seen < maxReadings; m, seen = n.multis[m].nextLast, seen+1 {
		p := &n.multis[m]
		if p.personal && len(p.toks) > len(toks) && slices.Equal(p.toks[len(p.toks)-len(toks):], toks) {
			return m
		}
	}
	return -1
}

// sortMentions gathers each multi's mentions' offsets, sorted, in one
// array by a counting sort (see positionsOf).
func (n *nameReader) sortMentions() {
	multis := n.multis
	for _, mt := range n.mentions {
		multis[mt.m].npos++
	}
	at := int32(0)
	for m := range multis {
		multis[m].pos, at, multis[m].npos = at, at+multis[m].npos, 0
	}
	positions := slices.Grow(n.s.positions[:0], len(n.mentions))[:len(n.mentions)]
	n.s.positions, n.positions = positions, positions
	for _, mt := range n.mentions {
		p := &multis[mt.m]
		positions[p.pos+p.npos] = mt.start
		p.npos++
	}
	for m := range multis {
		slices.Sort(n.positionsOf(&multis[m]))
	}
}

// positionsOf returns the sorted offsets of p's mentions.
func (n *nameReader) positionsOf(p *multi) []int { return n.positions[p.pos : p.pos+p.npos] }

// supported reports whether w, a single word opening a sentence, is
// supported as a name: it also occurs as a name inside a sentence, or as
// the first word or surname of a longer name. The set is built on the
// first question: many texts ask none.
func (n *nameReader) supported(w string) bool {
	if n.support == nil {
		n.support = make(map[string]bool, 2*len(n.multis))
		put := func(w string) {
			n.support[w] = true
			// "Conservative" opening a sentence is supported by
			// "the Conservatives" inside one.
			n.support[strings.TrimSuffix(w, "s")] = true
			if strings.HasSuffix(w, "ies") {
				n.support[strings.TrimSuffix(w, "ies")+"y"] = true
			}
		}
		for i := range n.r.cands {
			if c := &n.r.cands[i]; c.end-c.first == 1 && !c.initial {
				put(n.r.d.bare(c.first))
			}
		}
		for m := range n.multis {
			put(n.multis[m].first)
			put(n.multis[m].last)
		}
	}
	return n.support[w]
}

// indexReadings lists the multis each word may stand for, by its surname,
// first word or last word after "of", in one array: counted, then filled
// (see readings).
func (n *nameReader) indexReadings() {
	s, multis := n.s, n.multis
	for m := range multis {
		p := &multis[m]
		s.info[p.lastID].n++
		if p.firstID != p.lastID {
			s.info[p.firstID].n++
		}
		if p.tailID >= 0 {
			s.info[p.tailID].n++
		}
	}
	total := int32(0)
	for m := range multis {
		for _, w := range [3]int32{multis[m].lastID, multis[m].firstID, multis[m].tailID} {
			if w < 0 {
				continue
			}
			if g := &s.info[w]; g.start < 0 && g.n > 0 {
				g.start = total
				total += g.n
			}
		}
	}
	wordMultis := slices.Grow(s.wordMultis[:0], int(total))[:total]
	s.wordMultis, n.wordMultis = wordMultis, wordMultis
	for m := range multis {
		p := &multis[m]
		for k, w := range [3]int32{p.lastID, p.firstID, p.tailID} {
			if k == 1 && p.firstID == p.lastID || w < 0 {
				continue
			}
			g := &s.info[w]
			wordMultis[g.start+g.filled] = int32(m)
			g.filled++
		}
	}
}

// readings returns the multis word w, a number or -1, may stand for.
func (n *nameReader) readings(w int) []int32 {
	if w < 0 || n.s.info[w].n == 0 {
		return nil
	}
	g := &n.s.info[w]
	return capped(n.wordMultis[g.start : g.start+g.n])
}

// slipOf returns the one personal multi whose surname w is a slip of
// (see slips), or -1.
func (n *nameReader) slipOf(w string) int32 {
	if len(w) < minSlipLen {
		return -1
	}
	slip := int32(-1)
	n.s.slipBuf = slips(w, n.s.slipBuf[:0], func(v []byte) bool {
		vid := -1
		if k, ok := n.x.FindBytes(v); ok {
			vid = int(k)
		}
		for _, m := range n.readings(vid) {
			p := &n.multis[m]
			if !p.personal || p.lastID != int32(vid) || len(p.toks) < 2 {
				continue
			}
			if slip >= 0 && slip != m {
				slip = -1
				return false // two names: no way to tell which
			}
			slip = m
		}
		return true
	})
	return slip
}

// singleWordName clusters candidate i when it is a single word the
// gazetteer does not know: with the name it is the surname or first word
// of (see bestReading), else with the one personal name it is a slip of,
// else in a cluster of its own. A sentence-initial word without support
// (see supported) and a calendar word without an honorific are no names.
func (n *nameReader) singleWordName(i int) {
	r, d := n.r, n.r.d
	c := &r.cands[i]
	if c.entry.Entity != nil || c.gov != "" || c.bareGov || c.inst != "" || c.acronymOf >= 0 || c.end-c.first != 1 {
		return
	}
	w := d.bare(c.first)
	if c.dropInitial && c.honorific == "" && !n.supported(w) {
		return
	}
	// The token's classes tell calendar words without a final dot
	// (see document.wordClass) with no lookup of the word.
	// One after an honorific is a surname ("Mrs May").
	if (strings.HasSuffix(w, ".") || d.has(c.first, wordCalendar)) && calendarWords.has(w) && c.honorific == "" {
		return
	}
	w = w[articlePrefix(w):] // "Al-Douri" is the Douri of "Izzat Ibrahim al-Douri"
	wid := -1
	if len(n.multis) > 0 {
		wid = wordID(n.x, w)
	}
	hb := honorificBit(c.honorific)
	best := -1
	if bestM := n.bestReading(c, wid, hb); bestM != nil {
		best = bestM.k
		bestM.honorifics |= hb
	}
	if best < 0 && len(n.multis) > 0 {
		// A surname written with one letter doubled or undoubled
		// ("Ms Marrin" after "Petra Marin"), a slip news text makes,
		// goes to the one personal name it then matches.
		if slip := n.slipOf(w); slip >= 0 {
			if p := &n.multis[slip]; !genderClash(hb, p.honorifics) {
				best = p.k
				p.honorifics |= hb
			}
		}
	}
	if best >= 0 {
		r.of[i] = best
		return
	}
	r.of[i] = r.clusterOf("name:", w)
}

// bestReading returns the multi the single word c, number wid, with
// honorifics hb, stands for, or nil. A first word with an honorific, not
// a title, is a reading too: a surname written first ("Mr Xie" for "Xie Lanfen") or a
// knight's first name ("Sir Tobias" for "Sir Tobias Wren"). The best
// reading: surname over first name, then a name whose mentions carry the
// same peerage ("Lord Pembury" is "Lord Pembury of Ashcombe", not "Daniel
// Owain Pembury"), then a name mentioned before this word over one
// mentioned after, then the nearest.
func (n *nameReader) bestReading(c *candidate, wid int, hb honorificSet) *multi {
	var bestM *multi
	var bestRank [4]int
	for _, m := range n.readings(wid) {
		p := &n.multis[m]
		var rank [4]int
		switch {
		case int32(wid) == p.lastID || int32(wid) == p.tailID:
			rank[0] = 2
		case int32(wid) == p.firstID && c.title == "":
			// With a title a single word is a name of its own:
			// titles come before a surname ("President
			// Kumaratunga") or, for royalty and clergy, before a
			// given name that is the whole name ("Prince Charles"
			// is not "Charles Kennedy").
			rank[0] = 1
		default:
			continue
		}
		if genderClash(hb, p.honorifics) {
			continue // "Mr Hale" is not "Sarah Hale", called "Ms Hale"
		}
		if p.honorifics&hb != 0 && c.honorific != "" && nameHonorifics.has(c.honorific) {
			rank[1] = 1
		}
		// The nearest mention before the word, else the nearest
		// after, found by binary search in the sorted positions.
		pos := n.positionsOf(p)
		at, _ := slices.BinarySearch(pos, c.Start)
		if at > 0 {
			rank[2], rank[3] = 1, pos[at-1]-c.Start
		} else {
			rank[3] = c.Start - pos[at]
		}
		// A reading of a name with no cluster yet (k < 0) gives way
		// to any other.
		if bestM == nil || bestM.k < 0 || slices.Compare(rank[:], bestRank[:]) > 0 {
			bestRank, bestM = rank, p
		}
	}
	return bestM
}

// nameParts merges names of several words that are one name written
// shorter or longer: with "The" before it ("The Flash Pack", "Flash
// Pack"); as two words or more at the start or end of one longer name
// ("New Line" of "New Line Cinema", "Red Sox" of "Boston Red Sox", but
// not "Labour Party" of "Scottish Labour Party", a branch); or with an
// initial for the first name ("K Maggs", "Kevin Maggs"). A name that fits
// two longer names joins neither.
func (r *resolver) nameParts(multis []multi) {
	s, x := r.s, &r.s.words
	for m := range multis {
		short := multis[m].toks
		if len(short) > 0 && (short[0] == "The" || short[0] == "the") {
			short = short[1:]
		}
		if len(short) < 2 {
			continue
		}
		// Every reading shares the short name's first word (a longer
		// name it opens) or its last (one it ends, an initial, "The"):
		// only the names on those two lists are read, at most
		// maxReadings of each, so that a text of any length costs
		// linear time.
		into := -1
		try := func(n int32) bool {
			long := multis[n].toks
			if int(n) == m || r.find(multis[n].k) == r.find(multis[m].k) || !namePart(r.d.gaz, short, long) {
				return true
			}
			if into >= 0 && r.find(multis[into].k) != r.find(multis[n].k) {
				into = -2 // two readings: no way to tell which
				return false
			}
			into = int(n)
			return true
		}
		if w := wordID(x, short[0]); w >= 0 {
			for n, seen := s.info[w].firstHead, 0; n >= 0 && seen < maxReadings; n, seen = multis[n].nextFirst, seen+1 {
				if !try(n) {
					break
				}
			}
		}
		for n, seen := s.info[multis[m].endID].lastHead, 0; into != -2 && n >= 0 && seen < maxReadings; n, seen = multis[n].nextLast, seen+1 {
			if !try(n) {
				break
			}
		}
		if into >= 0 {
			r.union(multis[into].k, multis[m].k)
		}
	}
}

// namePart reports whether the name short, of two words or more, is part
// of the name long: its words with "The" before them, at the start or the
// end of long, or its words with an initial for long's first word.
func namePart(g *gazetteer.Gazetteer, short, long []string) bool {
	if len(long) > 0 && (long[0] == "The" || long[0] == "the") && slices.Equal(short, long[1:]) {
		return true
	}
	if len(long) == len(short) && len(long) >= 2 && slices.Equal(short[1:], long[1:]) && doubledSlip(short[0], long[0]) {
		return true // "Mohamed Morsi", "Mohammed Morsi"
	}
	if squashEqual(short, long) {
		return true // "Paris Saint Germain", "Paris Saint-Germain"
	}
	if len(long) == len(short) {
		i := strings.TrimSuffix(short[0], ".")
		return len(i) == 1 && i[0] >= 'A' && i[0] <= 'Z' && len(long[0]) > 1 && long[0][0] == i[0] && slices.Equal(short[1:], long[1:])
	}
	if len(long) < len(short) {
		return false
	}
	// A part that starts or ends with a connector is not a name's
	// ("Department of").
	if connectors.has(short[0]) || connectors.has(short[len(short)-1]) {
		return false
	}
	if slices.Equal(short, long[:len(short)]) {
		return true
	}
	// At the end, unless what comes before the part makes another body
	// of it: an office ("Speaker of the House of Lords"), a branch
	// named by a region's or a nation's adjective ("Scottish Labour
	// Party") or by a word that qualifies roles ("Parliamentary Labour
	// Party"). A place, an acronym or a word opening a sentence before
	// the part add nothing: "Boston Red Sox", "US Department of Justice",
	// "Shocked Terry Cooper".
	extra := long[:len(long)-len(short)]
	if !slices.Equal(short, long[len(extra):]) || connectors.has(extra[len(extra)-1]) {
		return false
	}
	if len(extra) == 1 {
		if lex(extra[0]).Has(lexicon.RoleModifier) {
			return false
		}
		if e, ok := g.Lookup(extra[0]); ok && (e.Form == gazetteer.Demonym || e.Form == gazetteer.People) {
			return false
		}
	}
	return true
}

// doubledSlip reports whether a and b differ only by one letter written
// twice in one and once in the other ("Mohamed", "Mohammed"; "Liana",
// "Lianna"), a slip news text makes in names.
func doubledSlip(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 || len(a) < 3 {
		return false
	}
	for i := 1; i < len(b); i++ {
		if b[i] == b[i-1] && a == b[:i]+b[i+1:] {
			return true
		}
	}
	return false
}

// squashEqual reports whether the names a and b, of different numbers of
// words, are the same letters once spaces and hyphens are left out
// ("Saint-Germain", "Saint Germain").
func squashEqual(a, b []string) bool {
	if len(a) == len(b) {
		return false
	}
	i, j := 0, 0 // word, byte in a
	for _, w := range b {
		for k := 0; k < len(w); k++ {
			if w[k] == '-' {
				continue
			}
			for i < len(a) && (j >= len(a[i]) || a[i][j] == '-') {
				if j >= len(a[i]) {
					i, j = i+1, 0
				} else {
					j++
				}
			}
			if i >= len(a) || a[i][j] != w[k] {
				return false
			}
			j++
		}
	}
	for i < len(a) && (j >= len(a[i]) || a[i][j] == '-') {
		if j >= len(a[i]) {
			i, j = i+1, 0
		} else {
			j++
		}
	}
	return i >= len(a)
}

// minSlipLen is the shortest surname, in bytes, that slips reads a slip
// in: in shorter names one letter more or less is as often another name
// ("Ross", "Ros").
const minSlipLen = 5

// slips calls yield with each spelling of w that has one doubled letter
// written once or one single letter doubled ("Marrin", "Marin"), into buf,
// until yield returns false, and returns buf as grown. Only ASCII
// lower-case letters after the first are varied: that is where such slips
// occur.
func slips(w string, buf []byte, yield func(v []byte) bool) []byte {
	if len(w) < minSlipLen || !startsUpper(w) {
		return buf
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			continue
		}
		if w[i] == w[i-1] && len(w) > minSlipLen {
			buf = append(append(buf[:0], w[:i]...), w[i+1:]...)
			if !yield(buf) {
				return buf
			}
		}
		if w[i] != w[i-1] && (i+1 == len(w) || w[i+1] != w[i]) {
			buf = append(append(append(buf[:0], w[:i+1]...), w[i]), w[i+1:]...)
			if !yield(buf) {
				return buf
			}
		}
	}
	return buf
}

// seats gives an organisation's metonym ("Brussels" for the European
// Union) to another body of the same family (the gazetteer's Family, "EU
// institutions and bodies") when the text names exactly one such body and
// names it more often than the organisation itself: a story about the
// European Commission that says "Brussels" means the Commission, as a
// reader takes it. Mentions are counted after names and acronyms have
// merged, so "the Commission" and "EC" count for the body.
func (r *resolver) seats() {
	var count []int
	for i := range r.cands {
		c := &r.cands[i]
		e := c.entry.Entity
		if e == nil || c.entry.Form != gazetteer.Metonym || e.Kind != gazetteer.Organization || e.Family == "" || r.of[i] < 0 {
			continue
		}
		if count == nil {
			// Rare enough to count only when needed: metonyms count
			// for neither side.
			count = make([]int, len(r.clusters))
			for j, k := range r.of {
				if k >= 0 && r.cands[j].entry.Form != gazetteer.Metonym {
					count[r.find(k)]++
				}
			}
		}
		own, body := r.find(r.of[i]), -1
		for k := range r.clusters {
			b := r.clusters[k].entity
			if r.find(k) != k || k == own || b == nil || b == e || b.Family != e.Family || count[k] == 0 {
				continue
			}
			if body >= 0 {
				body = -2 // two bodies: no telling which
				break
			}
			body = k
		}
		if body >= 0 && count[body] > count[own] {
			r.of[i] = body
			c.entry.Entity = r.clusters[body].entity
		}
	}
	r.unions()
}

// unions gives a region's name ("Europe", "Africa") to the union of its
// states when the text names that union: an organisation called the
// region's demonym and "Union" ("European Union", "African Union"). In
// such a text "a signal from Europe" is the union's; the region's people
// and demonym ("Europeans", "European leaders") stay a group, and a
// setting ("talks in Europe") stays a place.
func (r *resolver) unions() {
	for i := range r.cands {
		c := &r.cands[i]
		e := c.entry.Entity
		if e == nil || e.Kind != gazetteer.Region || c.entry.Form != gazetteer.Name || c.setting || c.group || r.of[i] < 0 {
			continue
		}
		for k, cl := range r.clusters {
			u := cl.entity
			if r.find(k) != k || u == nil || u.Kind != gazetteer.Organization || !strings.HasSuffix(u.Name, " Union") ||
				!slices.Contains(e.Demonyms, strings.TrimSuffix(u.Name, " Union")) {
				continue
			}
			r.of[i] = k
			c.entry = gazetteer.Entry{Entity: u, Form: gazetteer.Metonym}
			c.kind = Metonym
			break
		}
	}
}

// acronyms joins acronyms to the names they abbreviate: one given in
// parentheses after a name ("Coastal Heritage Foundation (CHF)"), or
// whose letters are the initials of a name in the text ("Ferry Pilots
// Union" and "FPU").
func (r *resolver) acronyms() {
	r.givenAcronyms()
	// Only initials as long as an acronym of the text may be asked for,
	// so only those are kept, and none when the text has no acronym to
	// read: most texts.
	lengths := r.acronymLengths()
	if lengths == 0 {
		return
	}
	initialOf := r.nameInitials(lengths)
	if len(initialOf) == 0 {
		return
	}
	for i := range r.cands {
		c := &r.cands[i]
		if r.of[i] < 0 || !r.acronymLike(i) {
			continue
		}
		if k := r.s.initials.find(strings.ToUpper(strings.ReplaceAll(r.d.bare(c.first), ".", ""))); k >= 0 {
			r.union(initialOf[k], r.of[i])
		}
	}
}

// givenAcronyms joins each acronym given in parentheses after a name
// ("Coastal Heritage Foundation (CHF)") to the name.
func (r *resolver) givenAcronyms() {
	for i := range r.cands {
		c := &r.cands[i]
		if c.acronymOf < 0 {
			continue
		}
		host := r.of[c.acronymOf]
		if c.entry.Entity != nil {
			r.of[i] = r.gazCluster(c.entry.Entity)
		} else {
			r.of[i] = r.clusterOf("name:", r.d.bare(c.first))
		}
		if host >= 0 {
			r.union(host, r.of[i])
		}
	}
}

// acronymLengths returns the lengths of the text's acronyms, without
// dots, as bits: bit min(n, 63) for length n.
func (r *resolver) acronymLengths() uint64 {
	var lengths uint64
	for i := range r.cands {
		if c := &r.cands[i]; r.of[i] >= 0 && r.acronymLike(i) {
			w := r.d.bare(c.first)
			lengths |= 1 << min(len(w)-strings.Count(w, "."), 63)
		}
	}
	return lengths
}

// nameInitials puts in r.s.initials the initials of the multi-word names
// whose length is among lengths (see acronymLengths), and returns, for
// each initials k, the cluster of the first name with them. A name's
// initials are read three ways: of its capitalised words ("Coastal
// Heritage Foundation", CHF), of all its words ("Top of the Pops", TOTP),
// and without a last word that heads bodies' names ("Albanian Macedonian
// Bulgarian Oil Corporation", AMBO). "The" opening it is left out ("The
// Government Accountability Office", GAO).
func (r *resolver) nameInitials(lengths uint64) []int {
	x := &r.s.initials
	x.reset(len(r.cands))
	initialOf := r.s.initialOf[:0]
	for i := range r.cands {
		c := &r.cands[i]
		if r.of[i] < 0 || c.end-c.first < 2 || c.entry.Entity != nil || c.honorific != "" || c.title != "" {
			continue
		}
		toks := r.nameTokens(i)
		if toks[0] == "The" && len(toks) > 2 {
			toks = toks[1:]
		}
		lower := false // a word in lower case: every word's initials differ then
		for _, t := range toks {
			lower = lower || !startsUpper(t)
		}
		for v := range 3 {
			start := len(x.buf)
			n := len(toks)
			switch {
			case v == 1 && !lower:
				continue
			case v == 2:
				if !r.d.has(c.end-1, wordOrgHead) {
					continue
				}
				n--
			}
			for _, t := range toks[:n] {
				if v != 1 && !startsUpper(t) {
					continue // connectors, and a head in lower case ("union")
				}
				x.buf = appendInitials(x.buf, t)
			}
			if n := len(x.buf) - start; n < 2 || lengths&(1<<min(n, 63)) == 0 {
				x.buf = x.buf[:start]
				continue
			}
			if _, added := x.intern(); added {
				initialOf = append(initialOf, r.of[i])
			}
		}
	}
	r.s.initialOf = initialOf
	return initialOf
}

// acronymLike reports whether candidate i may be an acronym of a longer
// name: an acronym the gazetteer does not know, or one word of five
// letters or fewer written in mixed case, as some acronyms are ("Alva",
// "IoD", "Nato").
func (r *resolver) acronymLike(i int) bool {
	c := &r.cands[i]
	if c.entry.Entity != nil {
		return false
	}
	if c.kind == Acronym {
		return true
	}
	if c.kind != Name || c.end-c.first != 1 || c.honorific != "" || c.title != "" {
		return false
	}
	w := r.d.bare(c.first)
	return len(w) >= 3 && len(w) <= 5 && startsUpper(w)
}

// appendInitials appends the initial of every hyphen-separated part of t,
// in upper case: the first byte of the part, upper-cased as
// strings.ToUpper(part[:1]) would. It splits t in place, as names are
// read for every candidate and a slice per word was most of the
// resolver's allocations.
func appendInitials(b []byte, t string) []byte {
	for start := 0; start <= len(t); {
		end := strings.IndexByte(t[start:], '-')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		if end > start {
			switch c := t[start]; {
			case c >= utf8.RuneSelf:
				b = append(b, strings.ToUpper(t[start:start+1])...)
			case 'a' <= c && c <= 'z':
				b = append(b, c-('a'-'A'))
			default:
				b = append(b, c)
			}
		}
		start = end + 1
	}
	return b
}

// variants merges clusters whose names differ only by a plural ("Lib Dems",
// "Lib Dem"; "Tories", "Tory") or by clipping every word ("Lib Dem",
// "Liberal Democrat"). People are left alone: "Adams" is not "Adam".
func (r *resolver) variants() {
	s := r.s
	ns := s.named[:0]
	seen := &s.seen
	seen.Reset(len(r.cands))
	for i := range r.cands {
		c := &r.cands[i]
		k := r.of[i]
		if k < 0 || c.entry.Entity != nil || c.honorific != "" || c.title != "" || c.kind != Name {
			continue
		}
		key := r.d.src[max(c.Span.Start, r.d.toks[c.first].Start):r.d.bareEnd(c.end-1)]
		if _, added := seen.Number(key); !added {
			continue
		}
		ns = append(ns, named{k, r.nameTokens(i), c.ner == ner.PER})
	}
	s.named = ns
	// Variants share their first three letters, so only names in the
	// same bucket are compared. Buckets are numbered in first-seen order
	// and their names gathered by a counting sort.
	buckets := &s.buckets
	buckets.reset(len(r.cands))
	ids := slices.Grow(s.ids[:0], len(ns))[:len(ns)]
	s.ids = ids
	for x, n := range ns {
		ids[x] = int32(buckets.add(prefixKey(n.toks[0])))
	}
	nb := len(buckets.keys)
	ends := slices.Grow(s.ends[:0], 2*nb+1)[:2*nb+1]
	s.ends = ends
	clear(ends)
	ends, fill := ends[:nb+1], ends[nb+1:]
	for _, id := range ids {
		ends[id+1]++
	}
	for k := 1; k < len(ends); k++ {
		ends[k] += ends[k-1]
	}
	sorted := slices.Grow(s.sortedName[:0], len(ns))[:len(ns)]
	s.sortedName = sorted
	copy(fill, ends[:nb])
	for x, id := range ids {
		sorted[fill[id]] = ns[x]
		fill[id]++
	}
	// The person clusters are found on the first comparison, which comes
	// before any union here, as it always did: most texts have no two
	// names to compare.
	var person []bool
	for id := range nb {
		b := capped(sorted[ends[id]:ends[id+1]])
		for x := range b {
			for y := range b {
				a, c := b[x], b[y]
				if x == y || len(a.toks) != len(c.toks) || r.find(a.k) == r.find(c.k) {
					continue
				}
				if person == nil {
					person = r.personClusters()
				}
				if person[r.find(a.k)] || person[r.find(c.k)] {
					continue
				}
				if variantOf(a.toks, c.toks) {
					r.union(a.k, c.k)
				}
			}
		}
		for _, a := range b {
			if len(a.toks) != 1 || a.per {
				continue
			}
			// A short form joins the one body it may be short for.
			to := -1
			for _, c := range b {
				if !shortFormOf(a.toks[0], c.toks) || to >= 0 && r.find(c.k) == r.find(to) {
					continue
				}
				if to >= 0 {
					to = -2
					break
				}
				to = c.k
			}
			if to >= 0 && r.find(a.k) != r.find(to) {
				if person == nil {
					person = r.personClusters()
				}
				if !person[r.find(a.k)] && !person[r.find(to)] {
					r.union(a.k, to)
				}
			}
		}
	}
}

// shortFormOf reports whether the one word w is a short form news text
// gives a body named toks, of two words or more: its first word clipped
// to three letters or more ("the Fed" for the Federal Reserve), or, for a
// party, that word's plural ("the Greens" for the Green Party).
func shortFormOf(w string, toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	f := toks[0]
	return len(w) >= 3 && len(w) < len(f) && strings.HasPrefix(f, w) ||
		toks[len(toks)-1] == "Party" && len(w) == len(f)+1 && strings.HasPrefix(w, f) && w[len(f)] == 's'
}

// named is a name variants compares: its cluster, its tokens, and whether
// the tagger reads it as a person's.
type named struct {
	k    int
	toks []string
	per  bool
}

// prefixKey packs the first three letters of w, in lower case, into one
// number: the bucket of names variants compares.
func prefixKey(w string) uint64 {
	if len(w) >= 3 && w[0]|w[1]|w[2] < utf8.RuneSelf {
		// unicode.ToLower of ASCII, without its call per letter.
		lower := func(c byte) uint64 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			return uint64(c)
		}
		return lower(w[0])<<42 | lower(w[1])<<21 | lower(w[2])
	}
	var key uint64
	n := 0
	for _, c := range w {
		if n == 3 {
			break
		}
		key = key<<21 | uint64(unicode.ToLower(c))
		n++
	}
	return key
}

// personClusters returns the clusters, by root, with a mention that has an
// honorific or a title.
func (r *resolver) personClusters() []bool {
	out := slices.Grow(r.s.person[:0], len(r.clusters))[:len(r.clusters)]
	r.s.person = out
	clear(out)
	for i := range r.cands {
		if r.of[i] >= 0 && (r.cands[i].honorific != "" || r.cands[i].hint == Person) {
			out[r.find(r.of[i])] = true
		}
	}
	return out
}

// variantOf reports whether a is b's plural or singular in its last word,
// or a clipping of b word by word ("Lib Dem", "Liberal Democrat"). Words
// clip to at least three letters.
func variantOf(a, b []string) bool {
	n := len(a)
	if !slices.Equal(a[:n-1], b[:n-1]) {
		clipped := true
		for k := range n {
			x, y := strings.TrimSuffix(a[k], "s"), strings.TrimSuffix(b[k], "s")
			if len(x) < 3 || !strings.HasPrefix(y, x) {
				clipped = false
			}
		}
		return clipped
	}
	x, y := a[n-1], b[n-1]
	if len(x) < 3 || len(y) < 3 {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	// y is x+"s", x+"es", or x ending in "y" with "ies" for it, compared
	// in place: a string made for each comparison was most of the cost.
	switch {
	case len(y) == len(x)+1 && strings.HasPrefix(y, x) && y[len(x)] == 's',
		len(y) == len(x)+2 && strings.HasPrefix(y, x) && y[len(x):] == "es":
		return true
	case strings.HasSuffix(x, "y") && len(y) == len(x)+2 && strings.HasPrefix(y, x[:len(x)-1]) && y[len(x)-1:] == "ies":
		return true
	}
	// A clipped last word, plural or not: "Dem"/"Democrats".
	return len(a[n-1]) >= 3 && strings.HasPrefix(strings.TrimSuffix(b[n-1], "s"), strings.TrimSuffix(a[n-1], "s")) && n > 1
}

// governments places "the government" and "the Calder administration". They
// are descriptions of the country the text is mostly about: the one with
// the most mentions that act (not settings or modifiers), when it has
// strictly more than any other. With no such country, "<Name>
// administration" stays an organisation of its own; a bare "the
// government" is a country actor of its own when the text names no acting
// country, and is dropped when several compete, since which one it means
// is beyond these rules.
func (r *resolver) governments() {
	// acting[k] counts cluster k's acting mentions.
	// A seat of government or a capital that acts ("Downing Street
	// said", "Moscow says") speaks for the government itself and counts
	// twice; mentions as a setting or a modifier ("in Iraq", "UK firms")
	// count only to break a tie.
	acting := slices.Grow(r.s.acting[:0], 2*len(r.clusters))[:2*len(r.clusters)]
	r.s.acting = acting
	clear(acting)
	acting, all := acting[:len(r.clusters)], acting[len(r.clusters):]
	nActing := 0
	for i := range r.cands {
		c := &r.cands[i]
		k := r.of[i]
		if k < 0 || c.entry.Entity == nil || c.entry.Kind != gazetteer.Country {
			continue
		}
		if k = r.find(k); r.clusters[k].place {
			continue
		}
		all[k]++
		if c.setting || c.modifier {
			continue
		}
		if acting[k] == 0 {
			nActing++
		}
		acting[k]++
		if c.kind == Metonym {
			acting[k]++
		}
	}
	counts := make([][3]int, 0, nActing)
	for k, n := range acting {
		if n > 0 {
			counts = append(counts, [3]int{n, all[k], k})
		}
	}
	slices.SortFunc(counts, func(x, y [3]int) int {
		if x[0] != y[0] {
			return y[0] - x[0]
		}
		if x[1] != y[1] {
			return y[1] - x[1]
		}
		return x[2] - y[2]
	})
	top := -1
	if len(counts) == 1 || len(counts) > 1 && (counts[0][0] > counts[1][0] || counts[0][0] == counts[1][0] && counts[0][1] > counts[1][1]) {
		top = counts[0][2]
	}
	if top < 0 {
		top = settingCountry(all)
	}
	for i := range r.cands {
		c := &r.cands[i]
		switch {
		case c.gov == "" && !c.bareGov:
			continue
		case top >= 0:
			r.of[i] = top
		case c.gov != "":
			k := r.clusterOf("gov:", c.Span.In(r.d.src))
			r.clusters[k].gov = c.gov
			r.of[i] = k
		case nActing == 0:
			r.of[i] = r.cluster("gov:", "the government", nil)
		}
	}
}

// settingCountry returns the cluster a government means when no country
// acts in the text, from counts of every country's mentions by cluster:
// the country the story happens in ("protests in Ukraine ... the
// government said"), named at least twice and more than twice as often as
// any other; or -1.
func settingCountry(all []int) int {
	best, first, second := -1, 0, 0
	for k, n := range all {
		switch {
		case n > first:
			best, first, second = k, n, first
		case n > second:
			second = n
		}
	}
	if first < 2 || first <= 2*second {
		return -1
	}
	return best
}

// Honorifics that tell a person's sex, so that "Mr Hale" and "Ms Hale" are
// kept apart.
var (
	maleHonorifics   = set("Mr", "Lord", "Sir", "Baron")
	femaleHonorifics = set("Ms", "Mrs", "Miss", "Lady", "Dame", "Baroness")
)

// honorificSet is a set of honorifics as bits: bit 0 for none, then one
// bit per word of honorifics, so that the set a name has been given costs
// no allocation.
type honorificSet uint32

// honorificBits numbers the honorifics, sorted, from bit 1.
var honorificBits = func() map[string]honorificSet {
	words := slices.Sorted(maps.Keys(honorifics))
	m := make(map[string]honorificSet, len(words))
	for k, w := range words {
		m[w] = 1 << (k + 1)
	}
	return m
}()

// honorificBit is h's bit; "" (none) is bit 0.
func honorificBit(h string) honorificSet {
	if h == "" {
		return 1
	}
	return honorificBits[h]
}

// Masks of the honorifics that tell a sex.
var maleMask, femaleMask = func() (m, f honorificSet) {
	for h := range maleHonorifics {
		m |= honorificBit(h)
	}
	for h := range femaleHonorifics {
		f |= honorificBit(h)
	}
	return m, f
}()

// genderClash reports whether honorific bit b tells a different sex from one of
// the honorifics a name has been given.
func genderClash(b, given honorificSet) bool {
	return b&maleMask != 0 && given&femaleMask != 0 || b&femaleMask != 0 && given&maleMask != 0
}

// knownAs merges two names the text gives for one actor, the second
// right after the first with only a mark and "also known as", "aka" or
// the like between them: "Omar Rashid, also known as Abu Karim", a
// singer "- aka" her stage name. A place the gazetteer reads is
// left alone, so that a person is never merged with a country or its
// government.
func (r *resolver) knownAs() {
	for i := 1; i < len(r.cands); i++ {
		a, b := &r.cands[i-1], &r.cands[i]
		if a.sent != b.sent || a.Span.End >= b.Span.Start || r.of[i-1] < 0 || r.of[i] < 0 ||
			a.kind != Name || b.kind != Name || a.entry.Entity != nil || b.entry.Entity != nil {
			continue
		}
		// The words are set off from the first name by a mark ("X, also
		// called Y"), else they are the verb of a clause ("X also
		// called Y a liar"); and the second name is no owner ("X, aka
		// Y's fiercest critic").
		between := r.d.src[a.Span.End:b.Span.Start]
		if strings.IndexAny(strings.TrimLeft(between, " "), ",-(–—") != 0 || r.d.possessive(b.end-1) {
			continue
		}
		if knownAsWords[strings.Trim(strings.ToLower(between), " ,-–—(")] {
			r.union(r.of[i-1], r.of[i])
		}
	}
}

// knownAsWords are what stands between two names of one actor (see
// knownAs), lower case, without the marks around them.
var knownAsWords = map[string]bool{
	"also known as": true, "better known as": true, "otherwise known as": true,
	"aka": true, "a.k.a.": true, "a.k.a": true, "also called": true,
}
