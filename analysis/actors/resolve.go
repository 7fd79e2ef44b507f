package actors

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
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
	cands    []candidate
	clusters []*cluster
	of       []int // of[i] is candidate i's cluster index, or -1 when dropped
	byKey    map[string]int
	parent   []int      // union-find over clusters
	toks     [][]string // toks[i] is candidate i's name tokens; see nameTokens
	arena    []cluster  // where clusters live; a full one is replaced, never grown, so pointers stay
}

// resolve groups the candidates into clusters, one per actor, and drops
// those that name no actor. Each step reads the whole document, so the
// order matters: gazetteer entities first, then names, acronyms, variants,
// and last the governments, which need to know the countries.
func resolve(d *document, cands []candidate) []*cluster {
	// The lists start from the document's (see document.release), with
	// room for as many clusters as one arena holds (see cluster), so that
	// they are not regrown cluster by cluster.
	if d.byKey == nil {
		d.byKey = make(map[string]int, len(cands))
	}
	r := &resolver{d: d, cands: cands, byKey: d.byKey, arena: d.arena[:0],
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
	r.acronyms()
	r.variants()
	r.seats()
	r.governments()

	// Collect the surviving clusters with their candidates in text order,
	// counting first so that all of them share one backing array.
	count := make([]int, len(r.clusters)+1)
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
	starts := slices.Clone(next)
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

// cluster returns the index of the cluster with key, making it if needed.
func (r *resolver) cluster(key string, e *gazetteer.Entity) int {
	if k, ok := r.byKey[key]; ok {
		return r.find(k)
	}
	if len(r.arena) == cap(r.arena) {
		// A cluster gathers the several mentions of one actor, so
		// clusters are fewer than candidates: half as many is room
		// enough most times, and a full arena is only replaced.
		r.arena = make([]cluster, 0, max(16, len(r.cands)/2+2))
	}
	r.arena = append(r.arena, cluster{key: key, entity: e})
	r.clusters = append(r.clusters, &r.arena[len(r.arena)-1])
	r.parent = append(r.parent, len(r.parent))
	r.byKey[key] = len(r.clusters) - 1
	return len(r.clusters) - 1
}

// clusterOf is r.cluster(keyOf(prefix, s), nil), making the key's string
// only for a new cluster: most names are met again.
func (r *resolver) clusterOf(prefix, s string) int {
	var buf [64]byte
	key := appendKey(buf[:0], prefix, s)
	if k, ok := r.byKey[string(key)]; ok {
		return r.find(k)
	}
	return r.cluster(string(key), nil)
}

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
	named := map[string]bool{}
	for i := range r.cands {
		c := &r.cands[i]
		if c.inst != "" {
			r.of[i] = r.cluster("inst:"+c.inst, nil)
			continue
		}
		if c.entry.Entity != nil && !r.placeOnly(i) {
			named[c.entry.ID] = true
		}
	}
	for i := range r.cands {
		c := &r.cands[i]
		e := c.entry.Entity
		if e == nil {
			continue
		}
		if r.placeOnly(i) {
			if named[e.ID] {
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

// gazCluster is r.cluster("gaz:"+e.ID, e), making the key's string only
// for a new cluster: an entity is mostly named several times.
func (r *resolver) gazCluster(e *gazetteer.Entity) int {
	var buf [64]byte
	key := append(append(buf[:0], "gaz:"...), e.ID...)
	if k, ok := r.byKey[string(key)]; ok {
		return r.find(k)
	}
	return r.cluster(string(key), e)
}

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
	if d.possessive(c.end-1) || actVerbs[d.word(c.end)] {
		return false
	}
	k := r.startTok(i) - 1
	if k < d.sent[c.sent] {
		return false // it opens its sentence
	}
	switch w := d.tok(k); {
	case inLower(clauseOpeners, w):
		return false
	case w == "," || w == ";" || w == "—" || w == "–":
		return false
	}
	return true
}

// clauseOpeners are words after which a name starts a clause, as its
// subject.
var clauseOpeners = set("while", "whereas", "but", "and", "as", "that", "since", "because",
	"although", "though", "if", "when", "so", "yet", "meanwhile")

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
		for k := range r.cands {
			c := &r.cands[k]
			a := len(arena)
			for t := c.first; t < c.end; t++ {
				arena = append(arena, r.d.bare(t))
			}
			arena[a] = r.d.src[max(c.Span.Start, r.d.toks[c.first].Start):r.d.bareEnd(c.first)]
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

// personalName reports whether toks may be a person's name: it ends in no
// organisation or place head.
func personalName(toks []string) bool {
	last := toks[len(toks)-1]
	return !orgHeads[last] && !placeHeads[last] && !lowerOrgHeads[last]
}

// surname is the token a person is referred to by: the last one, or the one
// before a territorial "of" ("Pembury" in "Pembury of Ashcombe").
func surname(toks []string) string {
	for k := 1; k < len(toks); k++ {
		if toks[k] == "of" {
			return toks[k-1]
		}
	}
	return toks[len(toks)-1]
}

// names clusters the names the gazetteer does not know. Names of several
// words come first, each distinct one a cluster ("Nadia Ferrante", "Halden
// Group"), merged when they share first word and surname ("Ines Varga",
// "Dr Ines Varga"). A single word then joins a cluster whose surname or
// first word it is ("Ferrante", "Ms Ferrante", "Halden", "Commission"); a
// word several clusters could take goes to the nearest
// one before it, else the nearest after.
func (r *resolver) names() {
	type multi struct {
		k           int
		first, last string
		toks        []string
		personal    bool         // may be a person's name: no organisation or place head
		positions   []int        // start offsets of its mentions
		honorifics  honorificSet // honorifics its mentions carry (bit 0 for none)

		nextFirst, nextLast *multi // the next multi in byFirst and byLast
	}
	// Multis live in one array, sized so that it never moves: each has a
	// candidate of its own, of two words or more, and most candidates are
	// single words. The lists by first and last word are linked through
	// the multis, in the order they were added, so that a name costs no
	// slice of its own.
	type list struct{ head, tail *multi }
	nMulti := 0
	for i := range r.cands {
		if r.cands[i].end-r.cands[i].first >= 2 {
			nMulti++
		}
	}
	arena := make([]multi, 0, nMulti)
	var multis []*multi
	byFirst := map[string]list{} // multis by first word
	byLast := map[string]list{}  // multis by last word
	add := func(m multi) {
		arena = append(arena, m)
		p := &arena[len(arena)-1]
		multis = append(multis, p)
		if l := byFirst[p.first]; l.head == nil {
			byFirst[p.first] = list{p, p}
		} else {
			l.tail.nextFirst = p
			byFirst[p.first] = list{l.head, p}
		}
		w := p.toks[len(p.toks)-1]
		if l := byLast[w]; l.head == nil {
			byLast[w] = list{p, p}
		} else {
			l.tail.nextLast = p
			byLast[w] = list{l.head, p}
		}
	}
	// Names with the same first word and surname are one; so are names
	// opening with the same acronym ("BBC News", "BBC Radio"). First word
	// and surname identify people's names only: "Scottish National Party"
	// and "Scottish Green Party" are two.
	findMulti := func(toks []string) *multi {
		first, last := toks[0], surname(toks)
		personal := personalName(toks)
		for m, n := byFirst[first].head, 0; m != nil && n < maxReadings; m, n = m.nextFirst, n+1 {
			if allCaps(first) || m.last == last && (personal && m.personal || slices.Equal(m.toks, toks)) {
				return m
			}
		}
		return nil
	}
	// Multi-word names the gazetteer knows as organisations also take
	// single words: "Commission" for "European Commission".
	for i := range r.cands {
		c := &r.cands[i]
		if c.entry.Entity == nil || c.entry.Kind != gazetteer.Organization || c.end-c.first < 2 || c.kind != Name {
			continue
		}
		toks := r.nameTokens(i)
		if m := findMulti(toks); m != nil {
			m.positions = append(m.positions, c.Start)
			continue
		}
		add(multi{k: r.of[i], first: toks[0], last: surname(toks), toks: toks, positions: []int{c.Start}})
	}
	for i := range r.cands {
		c := &r.cands[i]
		if c.entry.Entity != nil || c.gov != "" || c.bareGov || c.inst != "" || c.acronymOf >= 0 || c.end-c.first < 2 {
			continue
		}
		toks := r.nameTokens(i)
		m := findMulti(toks)
		if m == nil && c.honorific != "" {
			// "Ms Ní Bhriain" after "Zoë Ní Bhriain": a compound surname.
			for n, seen := byLast[toks[len(toks)-1]].head, 0; n != nil && seen < maxReadings; n, seen = n.nextLast, seen+1 {
				if n.personal && len(n.toks) > len(toks) && slices.Equal(n.toks[len(n.toks)-len(toks):], toks) {
					m = n
					break
				}
			}
		}
		if m != nil {
			r.of[i] = m.k
			m.positions = append(m.positions, c.Start)
			m.honorifics |= honorificBit(c.honorific)
			continue
		}
		k := r.clusterOf("name:", r.d.src[max(c.Span.Start, r.d.toks[c.first].Start):r.d.bareEnd(c.end-1)])
		r.of[i] = k
		add(multi{k: k, first: toks[0], last: surname(toks), toks: toks, personal: personalName(toks),
			positions: []int{c.Start}, honorifics: honorificBit(c.honorific)})
	}

	// Support for sentence-initial single words: a word that also occurs
	// as a name inside a sentence, or as part of a longer name, is a name.
	var words []string
	for i := range r.cands {
		c := &r.cands[i]
		if c.end-c.first == 1 && !c.initial {
			words = append(words, r.d.bare(c.first))
		}
	}
	for _, m := range multis {
		words = append(words, m.first, m.last)
	}
	// The set is built on the first question: many texts ask none.
	var support map[string]bool
	supported := func(w string) bool {
		if support == nil {
			support = make(map[string]bool, 2*len(words))
			for _, w := range words {
				support[w] = true
				// "Conservative" opening a sentence is supported by
				// "the Conservatives" inside one.
				support[strings.TrimSuffix(w, "s")] = true
				if strings.HasSuffix(w, "ies") {
					support[strings.TrimSuffix(w, "ies")+"y"] = true
				}
			}
		}
		return support[w]
	}

	// The multis each word may stand for, by its surname or first word,
	// in one array: counted, then filled.
	type group struct{ start, n, filled int }
	byWord := make(map[string]group, 2*len(multis))
	for _, m := range multis {
		g := byWord[m.last]
		g.n++
		byWord[m.last] = g
		if m.first != m.last {
			g := byWord[m.first]
			g.n++
			byWord[m.first] = g
		}
	}
	total := 0
	for _, m := range multis {
		for _, w := range [2]string{m.last, m.first} {
			if g := byWord[w]; g.start == 0 && g.n > 0 {
				byWord[w] = group{start: total + 1, n: g.n} // 1-based: 0 is not yet placed
				total += g.n
			}
		}
	}
	wordMultis := make([]*multi, total)
	for _, m := range multis {
		for k, w := range [2]string{m.last, m.first} {
			if k == 1 && m.first == m.last {
				break
			}
			g := byWord[w]
			wordMultis[g.start-1+g.filled] = m
			g.filled++
			byWord[w] = g
		}
	}
	for _, m := range multis {
		slices.Sort(m.positions)
	}
	readings := func(w string) []*multi {
		g, ok := byWord[w]
		if !ok {
			return nil
		}
		return capped(wordMultis[g.start-1 : g.start-1+g.n])
	}
	var slipBuf []byte // for slips, made on first use
	for i := range r.cands {
		c := &r.cands[i]
		if c.entry.Entity != nil || c.gov != "" || c.bareGov || c.inst != "" || c.acronymOf >= 0 || c.end-c.first != 1 {
			continue
		}
		w := r.d.bare(c.first)
		if c.dropInitial && c.honorific == "" && !supported(w) {
			continue
		}
		if calendarWords[w] {
			continue
		}
		// The best reading: surname over first name, then a name whose
		// mentions carry the same peerage ("Lord Pembury" is "Lord Pembury
		// of Ashcombe", not "Daniel Owain Pembury"), then a name mentioned
		// before this word over one mentioned after, then the nearest.
		var bestM *multi
		best, bestRank := -1, [4]int{}
		for _, m := range readings(w) {
			var rank [4]int
			switch {
			case w == m.last:
				rank[0] = 2
			case w == m.first && c.honorific == "":
				rank[0] = 1
			default:
				continue
			}
			if genderClash(c.honorific, m.honorifics) {
				continue // "Mr Hale" is not "Sarah Hale", called "Ms Hale"
			}
			if nameHonorifics[c.honorific] && m.honorifics&honorificBit(c.honorific) != 0 {
				rank[1] = 1
			}
			// The nearest mention before the word, else the nearest
			// after, found by binary search in the sorted positions.
			at, _ := slices.BinarySearch(m.positions, c.Start)
			if at > 0 {
				rank[2], rank[3] = 1, m.positions[at-1]-c.Start
			} else {
				rank[3] = c.Start - m.positions[at]
			}
			if best < 0 || slices.Compare(rank[:], bestRank[:]) > 0 {
				best, bestRank, bestM = m.k, rank, m
			}
		}
		if bestM != nil {
			bestM.honorifics |= honorificBit(c.honorific)
		}
		if best < 0 {
			// A surname written with one letter doubled or undoubled
			// ("Ms Marrin" after "Petra Marin"), a slip news text makes,
			// goes to the one personal name it then matches.
			var slip *multi
			if slipBuf == nil {
				slipBuf = make([]byte, 0, 64)
			}
			slips(w, slipBuf[:0], func(v []byte) bool {
				g, ok := byWord[string(v)] // no copy of v: a map index
				if !ok {
					return true
				}
				for _, m := range capped(wordMultis[g.start-1 : g.start-1+g.n]) {
					if !m.personal || m.last != string(v) || len(m.toks) < 2 {
						continue
					}
					if slip != nil && slip != m {
						slip = nil
						return false // two names: no way to tell which
					}
					slip = m
				}
				return true
			})
			if slip != nil && !genderClash(c.honorific, slip.honorifics) {
				best = slip.k
				slip.honorifics |= honorificBit(c.honorific)
			}
		}
		if best >= 0 {
			r.of[i] = best
			continue
		}
		r.of[i] = r.clusterOf("name:", w)
	}
}

// minSlipLen is the shortest surname, in bytes, that slips reads a slip
// in: in shorter names one letter more or less is as often another name
// ("Ross", "Ros").
const minSlipLen = 5

// slips calls yield with each spelling of w that has one doubled letter
// written once or one single letter doubled ("Marrin", "Marin"), into buf,
// until yield returns false. Only ASCII lower-case letters after the
// first are varied: that is where such slips occur.
func slips(w string, buf []byte, yield func(v []byte) bool) {
	if len(w) < minSlipLen || !startsUpper(w) {
		return
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			continue
		}
		if w[i] == w[i-1] && len(w) > minSlipLen {
			if !yield(append(append(buf[:0], w[:i]...), w[i+1:]...)) {
				return
			}
		}
		if w[i] != w[i-1] && (i+1 == len(w) || w[i+1] != w[i]) {
			if !yield(append(append(append(buf[:0], w[:i+1]...), w[i]), w[i+1:]...)) {
				return
			}
		}
	}
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
	// Initials of multi-word names.
	initials := map[string]int{}
	var buf [64]byte // most names' initials fit; append grows past it
	for i := range r.cands {
		c := &r.cands[i]
		if r.of[i] < 0 || c.end-c.first < 2 || c.entry.Entity != nil || c.honorific != "" || c.title != "" {
			continue
		}
		b := buf[:0]
		for _, t := range r.nameTokens(i) {
			if !startsUpper(t) {
				continue // connectors, and a head in lower case ("union")
			}
			b = appendInitials(b, t)
		}
		if len(b) >= 2 {
			if _, seen := initials[string(b)]; !seen {
				initials[string(b)] = r.of[i]
			}
		}
	}
	for i := range r.cands {
		c := &r.cands[i]
		if r.of[i] < 0 || c.kind != Acronym || c.entry.Entity != nil {
			continue
		}
		if k, ok := initials[strings.ReplaceAll(r.d.bare(c.first), ".", "")]; ok {
			r.union(k, r.of[i])
		}
	}
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
	type named struct {
		k    int
		toks []string
	}
	var ns []named
	seen := map[string]bool{}
	for i := range r.cands {
		c := &r.cands[i]
		k := r.of[i]
		if k < 0 || c.entry.Entity != nil || c.honorific != "" || c.title != "" || c.kind != Name {
			continue
		}
		key := r.d.src[max(c.Span.Start, r.d.toks[c.first].Start):r.d.bareEnd(c.end-1)]
		if seen[key] {
			continue
		}
		seen[key] = true
		ns = append(ns, named{k, r.nameTokens(i)})
	}
	// Variants share their first three letters, so only names in the
	// same bucket are compared. Buckets are numbered in first-seen order
	// and their names gathered by a counting sort.
	bucketOf := make(map[uint64]int, len(ns))
	ids := make([]int, len(ns))
	for x, n := range ns {
		key := prefixKey(n.toks[0])
		id, ok := bucketOf[key]
		if !ok {
			id = len(bucketOf)
			bucketOf[key] = id
		}
		ids[x] = id
	}
	ends := make([]int, len(bucketOf)+1)
	for _, id := range ids {
		ends[id+1]++
	}
	for k := 1; k < len(ends); k++ {
		ends[k] += ends[k-1]
	}
	sorted := make([]named, len(ns))
	fill := slices.Clone(ends[:len(bucketOf)])
	for x, id := range ids {
		sorted[fill[id]] = ns[x]
		fill[id]++
	}
	person := r.personClusters()
	for id := range len(bucketOf) {
		b := capped(sorted[ends[id]:ends[id+1]])
		for x := range b {
			for y := range b {
				a, c := b[x], b[y]
				if x == y || len(a.toks) != len(c.toks) || r.find(a.k) == r.find(c.k) || person[r.find(a.k)] || person[r.find(c.k)] {
					continue
				}
				if variantOf(a.toks, c.toks) {
					r.union(a.k, c.k)
				}
			}
		}
	}
}

// prefixKey packs the first three letters of w, in lower case, into one
// number: the bucket of names variants compares.
func prefixKey(w string) uint64 {
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
	out := make([]bool, len(r.clusters))
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
	switch {
	case y == x+"s", y == x+"es":
		return true
	case strings.HasSuffix(x, "y") && y == x[:len(x)-1]+"ies":
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
	acting := map[int]int{}
	for i := range r.cands {
		c := &r.cands[i]
		k := r.of[i]
		if k < 0 || c.entry.Entity == nil || c.entry.Kind != gazetteer.Country || c.setting || c.modifier {
			continue
		}
		if k = r.find(k); !r.clusters[k].place {
			acting[k]++
		}
	}
	counts := make([][2]int, 0, len(acting))
	for k, n := range acting {
		counts = append(counts, [2]int{n, k})
	}
	slices.SortFunc(counts, func(x, y [2]int) int {
		if x[0] != y[0] {
			return y[0] - x[0]
		}
		return x[1] - y[1]
	})
	top := -1
	if len(counts) == 1 || len(counts) > 1 && counts[0][0] > counts[1][0] {
		top = counts[0][1]
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
		case len(acting) == 0:
			r.of[i] = r.cluster("gov:the government", nil)
		}
	}
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

// genderClash reports whether honorific h tells a different sex from one of
// the honorifics a name has been given.
func genderClash(h string, given honorificSet) bool {
	b := honorificBit(h)
	return b&maleMask != 0 && given&femaleMask != 0 || b&femaleMask != 0 && given&maleMask != 0
}
