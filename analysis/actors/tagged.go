package actors

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// tagFinder proposes candidates from the trained tagger's entities and the
// rule finder together. The rules still find what the tagger does not
// mark or type the way actors need: gazetteer readings (capitals as
// metonyms, demonyms, acronyms), titles and honorifics, parenthesised
// acronyms, "the Kenyan government" and "the government". The tagger
// decides what is a name: a rule candidate the tagger calls an event, a
// work or a product (MISC) is dropped unless the gazetteer knows it, and a
// name the tagger finds where the rules found none becomes a candidate of
// its own.
type tagFinder struct {
	rules ruleFinder
	ents  []ner.Entity // in text order
	next  int          // the first entity not yet before the current sentence
}

func (f *tagFinder) find(dst []candidate, d *document, s int) []candidate {
	n := len(dst)
	dst = f.rules.find(dst, d, s)
	lo, hi := d.sent[s], d.sent[s+1]
	if lo == hi {
		return dst
	}
	start, end := d.toks[lo].Start, d.toks[hi-1].End
	for f.next < len(f.ents) && f.ents[f.next].Span.End <= start {
		f.next++
	}
	k := f.next
	for k < len(f.ents) && f.ents[k].Span.Start < end {
		k++
	}
	ents := f.ents[f.next:k]
	f.next = k
	if de := datelineEnd(d, lo, hi); de > lo {
		// The dateline's place and agency are no actors (see
		// datelineEnd), whatever the tagger makes of them.
		for len(ents) > 0 && ents[0].Span.Start < d.toks[de-1].End {
			ents = ents[1:]
		}
	}
	return parenAcronyms(d, reconcile(dst, n, d, s, ents), n)
}

// parenAcronyms joins to its name each acronym in parentheses right
// after a name that reconcile left without one: the rules give a name's
// acronym to the name they found, and where the tagger's organisation
// replaced that name ("Department for Roads and Harbours (DRH)", cut by
// the rules at its "and") or the rules did not read the word as one
// ("(Cast)", see initialsOf), the link is made here, over the
// candidates dst[n:] of one sentence.
func parenAcronyms(d *document, dst []candidate, n int) []candidate {
	for i := n + 1; i < len(dst); i++ {
		c, p := &dst[i], &dst[i-1]
		if c.acronymOf >= 0 || c.end-c.first != 1 || p.end+1 != c.first || c.end >= len(d.toks) ||
			d.tok(c.first-1) != "(" || d.tok(c.end) != ")" || p.kind != Name || p.end-p.first < 2 ||
			p.entry.Entity != nil && p.entry.Kind != gazetteer.Organization ||
			c.entry.Entity != nil && (c.entry.Form != gazetteer.Abbreviation || c.entry.Kind != gazetteer.Organization) {
			continue
		}
		if w := d.tok(c.first); allCaps(w) || initialsOf(d, p, w) {
			c.kind, c.hint, c.acronymOf = Acronym, Organization, i-1
		}
	}
	return dst
}

// reconcile matches the candidates dst[n:] of sentence s with the tagger's
// entities of that sentence, in text order:
//
//   - a name only the rules found, with no gazetteer reading, honorific,
//     title or acronym to back it, is dropped when the tagger sees no name
//     there and it opens the sentence ("Critics", "Officials"), or when the
//     tagger calls it an event, work or product (MISC); a single word
//     opening a sentence that the tagger calls a person, organisation or
//     place is kept, where the rules alone keep it only when the text
//     also writes it as a name inside a sentence;
//   - a person or organisation the tagger finds where the rules found
//     nothing becomes a candidate of the tagger's type, unless it is part of an office
//     ("Cabinet Secretary", "MP for Ashworth") or names a thing that does
//     not act ("the Green Paper").
//
// Candidate indexes in acronymOf are renumbered for the drops and
// insertions.
func reconcile(dst []candidate, n int, d *document, s int, ents []ner.Entity) []candidate {
	if len(ents) == 0 && n == len(dst) {
		return dst
	}
	var coveredBuf [32]bool
	var covered []bool
	if len(ents) <= len(coveredBuf) {
		covered = coveredBuf[:len(ents)]
	} else {
		covered = make([]bool, len(ents))
	}
	rest := dst[n:]
	var keepBuf [32]bool
	var keep []bool
	if len(rest) <= len(keepBuf) {
		keep = keepBuf[:len(rest)]
	} else {
		keep = make([]bool, len(rest))
	}
	dropped := 0
	for i := range rest {
		c := &rest[i]
		k0, k := entitiesOver(ents, d.toks[c.first].Start, d.bareEnd(c.end-1))
		per := false
		for j := k0; j < k; j++ {
			covered[j] = true
			per = per || ents[j].Type == ner.PER
			if c.ner == 0 {
				c.ner = ents[j].Type
			}
		}
		keep[i] = true
		if c.entry.Entity != nil || c.honorific != "" || c.title != "" || c.acronymOf >= 0 || c.kind != Name || c.gov != "" || c.inst != "" {
			continue
		}
		if k-k0 == 1 {
			openerOutside(d, c, ents[k0])
		}
		if per && !judgeRuleName(d, c, ents[k0:k]) || !per && k-k0 >= 2 && joinedBodies(d, ents[k0:k], d.toks[c.first].Start, d.bareEnd(c.end-1)) {
			// The tagger's entities replace the candidate.
			clear(covered[k0:k])
			keep[i] = false
			dropped++
			continue
		}
		if !keepUnbacked(d, c) {
			keep[i] = false
			dropped++
		}
	}
	dropped += orgsOverNames(d, s, rest, keep, ents, covered)
	// added is the document's scratch (see document.release): a new array
	// per sentence was most of what the tagger's half of the finder
	// allocated.
	added := d.added[:0]
	for k, e := range ents {
		if !covered[k] && (e.Type == ner.PER || e.Type == ner.ORG) {
			if c, ok := entityCandidate(d, s, e); ok || e.Type == ner.PER && titleSurname(d, s, dst[:n], e, &c) {
				added = append(added, c)
			}
		}
	}
	d.added = added
	if dropped == 0 && len(added) == 0 {
		return dst
	}
	return mergeCandidates(dst, n, d, keep, added)
}

// entitiesOver returns the run ents[k0:k] of the entities that overlap
// the text [ns, ne). Entities are in text order and do not overlap, so
// their ends are in order too: the first that ends after ns is found by
// binary search, which keeps a sentence of any length linear. Written
// out, it costs no call of a comparison per step.
func entitiesOver(ents []ner.Entity, ns, ne int) (k0, k int) {
	k, hi := 0, len(ents)
	for k < hi {
		if m := int(uint(k+hi) >> 1); ents[m].Span.End <= ns {
			k = m + 1
		} else {
			hi = m
		}
	}
	k0 = k
	for k < len(ents) && ents[k].Span.Start < ne && ns < ents[k].Span.End {
		k++
	}
	return k0, k
}

// judgeRuleName weighs a name only the rules found against the tagger's
// entities over it, among them a person, and reports whether the name
// stays. A person the tagger finds at the end of the name, after a party,
// a body or an acronym the gazetteer knows ("Liberal Democrat Ana Lenz",
// "CEO Ana Lenz"), is the name: c is cut to it. The rules read one name
// where the tagger reads a person and another name ("Ana Lenz of Halden
// Foods", "BBC correspondent Ana Lenz" in capitals): the name goes.
func judgeRuleName(d *document, c *candidate, over []ner.Entity) bool {
	ns, ne := d.toks[c.first].Start, d.bareEnd(c.end-1)
	if len(over) == 1 && over[0].Span.Start > ns && over[0].Span.End == ne {
		if t := tokenAt(d, c.first, c.end, over[0].Span.Start); t > c.first && knownPrefix(d, c.first, t, c.end) {
			c.first, c.titleStart = t, t
			c.Span.Start = d.toks[t].Start
			c.initial = false
		}
	}
	// A firm named with a possessive ("Foster's Group") is the rules'
	// one name, though the tagger reads two people in it.
	return len(over) < 2 || !personWithin(over, ns, ne) || onePersonSplit(d, over, ns, ne) ||
		c.end-c.first == 2 && d.possessive(c.first) && firmOf(d, c.first, c.end)
}

// listsBodies reports whether the tokens [a, b) hold an "and" before a
// hyphenated modifier, which lists two bodies ("Atticus Capital and
// UK-based TCI Fund Management"): no one name holds the modifier inside.
func listsBodies(d *document, a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if d.tok(k) == "and" && hyphenModifier(d.tok(k+1)) {
			return true
		}
	}
	return false
}

// joinedBodies reports whether the entities over, which cover the rules'
// name [ns, ne) exactly, are bodies the text lists with "and": "Ukip and
// the Green Party", "Atticus Capital and UK-based TCI Fund Management".
// Without "the" both bodies must have two words or more, since a firm
// named for two people has one "and" inside ("Marks and Spencer"). A
// hyphenated modifier the tagger tags on its own ("UK-based") is part
// of the gap.
func joinedBodies(d *document, over []ner.Entity, ns, ne int) bool {
	if over[0].Span.Start != ns || over[len(over)-1].Span.End != ne || over[0].Type != ner.ORG || over[len(over)-1].Type != ner.ORG {
		return false
	}
	prev := over[0]
	for _, e := range over[1:] {
		t := d.src[e.Span.Start:e.Span.End]
		if e.Type == ner.MISC && hyphenModifier(t) {
			continue
		}
		if e.Type != ner.ORG {
			return false
		}
		gap := d.src[prev.Span.End:e.Span.Start]
		gap, the := strings.CutSuffix(gap, "the ")
		if m := strings.IndexByte(gap, '-'); m >= 0 {
			// a hyphenated modifier between: " and UK-based "
			gap = gap[:strings.LastIndexByte(gap[:m], ' ')+1]
		}
		if gap != " and " || !the && (!strings.Contains(t, " ") || !strings.Contains(d.src[prev.Span.Start:prev.Span.End], " ")) {
			return false
		}
		prev = e
	}
	return true
}

// onePersonSplit reports whether the entities over, which cover the
// rules' name [ns, ne) exactly, are people that follow one another with
// only a space between: one person the tagger split ("George W" and
// "Bush" after the text has named "Bush" alone). Two people named one
// after the other are written with a mark or a word between them. A
// surname after an Arabic article ("Hassan Farid al-Tikriti") is the
// person's, whatever the tagger calls it.
func onePersonSplit(d *document, over []ner.Entity, ns, ne int) bool {
	if over[0].Span.Start != ns || over[len(over)-1].Span.End != ne {
		return false
	}
	for k, e := range over {
		if e.Type != ner.PER && (k == 0 || articlePrefix(d.src[e.Span.Start:e.Span.End]) == 0 || strings.Contains(d.src[e.Span.Start:e.Span.End], " ")) {
			return false
		}
		if k > 0 && d.src[over[k-1].Span.End:e.Span.Start] != " " {
			return false
		}
	}
	return true
}

// openerOutside cuts from c, a name only the rules found that opens its
// sentence, its first word when the tagger's one person or organisation
// e over it starts at the next word and ends with it: capitalised only
// because it opens the sentence, the word is an adjective, participle or
// noun the tagger reads outside the name ("Defiant Matt Williams said",
// "Combining SMFG and ...", "Several Opec members"). Words of three
// letters or fewer ("St John Ambulance", "Ard Jan Vetham") are more
// often a name's own.
func openerOutside(d *document, c *candidate, e ner.Entity) {
	if !c.initial || c.end-c.first < 2 || e.Type != ner.PER && e.Type != ner.ORG {
		return
	}
	if e.Span.Start != d.toks[c.first+1].Start || e.Span.End != d.bareEnd(c.end-1) {
		return
	}
	if utf8.RuneCountInString(d.bare(c.first)) <= 3 || !d.capWord(c.first+1) {
		return
	}
	c.first, c.titleStart = c.first+1, c.first+1
	c.Span.Start = d.toks[c.first].Start
	c.initial = false
}

// keepUnbacked reports whether a name only the rules found, with the
// tagger's type c.ner, stays: not a single word opening a sentence where
// the tagger sees no name ("Critics"), nor what the tagger calls an event,
// work or product. A word opening a sentence that the tagger calls a name
// is one, though the text never writes it elsewhere.
func keepUnbacked(d *document, c *candidate) bool {
	if c.ner == ner.PER || c.ner == ner.ORG || c.ner == ner.LOC {
		c.dropInitial = false
	}
	switch {
	case c.ner == 0 && c.initial && c.end-c.first == 1 && !allCaps(d.bare(c.first)):
		return false
	case c.ner == ner.MISC && c.hint == Unknown:
		return false
	}
	return true
}

// mergeCandidates returns dst[:n] followed by the kept candidates of
// dst[n:] and the added ones, in text order. Acronyms point at the
// candidate they follow; a dropped host leaves the acronym on its own.
// The lists are the document's scratch, kept for the next sentence.
func mergeCandidates(dst []candidate, n int, d *document, keep []bool, added []candidate) []candidate {
	rest := dst[n:]
	newIndex := slices.Grow(d.newIndex[:0], len(rest))[:len(rest)]
	out := slices.Grow(d.merged[:0], len(rest)+len(added))
	a := 0
	for i := range rest {
		for a < len(added) && added[a].Start < rest[i].Start {
			out = append(out, added[a])
			a++
		}
		newIndex[i] = -1
		if keep[i] {
			newIndex[i] = n + len(out)
			out = append(out, rest[i])
		}
	}
	out = append(out, added[a:]...)
	for i := range out {
		if c := &out[i]; c.acronymOf >= n {
			c.acronymOf = newIndex[c.acronymOf-n]
		}
	}
	d.newIndex, d.merged = newIndex, out
	return append(dst[:n], out...)
}

// orgsOverNames lets an organisation the tagger reads over several of the
// rules' names, or over one name and more words, replace them (and a
// person whose surname is a title's word, "Edmund King"): the rules
// cut "Department for Education and Skills" at its "and", "Scottish
// National Party" after the nation's adjective, "BBC Radio 4" before its
// number. Names with an honorific, a title or an acronym's host are left
// alone, as is any candidate that crosses the entity's edge, and an
// entity that opens with a function word or is an office. It marks the
// replaced candidates of rest not kept, the entity not covered, and
// returns how many it dropped.
func orgsOverNames(d *document, s int, rest []candidate, keep []bool, ents []ner.Entity, covered []bool) int {
	dropped := 0
	i := 0
	for k, e := range ents {
		switch e.Type {
		case ner.ORG:
		case ner.PER:
			// Only a person whose last word is a title's, or who has
			// two words or more, is read (see below): the test of the
			// entity's text spares the others the rest.
			t := d.src[e.Span.Start:e.Span.End]
			if !titleWord(stripPossessive(t[strings.LastIndexByte(t, ' ')+1:])) && !strings.Contains(t, " ") {
				continue
			}
		default:
			continue
		}
		for i < len(rest) && rest[i].Start < e.Span.Start && rest[i].End <= e.Span.Start {
			i++
		}
		j, plain, ok := i, true, true
		for ; j < len(rest) && rest[j].Start < e.Span.End; j++ {
			c := &rest[j]
			if !keep[j] {
				continue
			}
			if c.Start < e.Span.Start || c.End > e.Span.End || c.honorific != "" || c.title != "" || c.acronymOf >= 0 || c.kind == Description || c.gov != "" || c.inst != "" ||
				d.possessive(c.end-1) && c.End < e.Span.End && !commonPossessor(d, c.end-1) {
				// A name's possessive inside the entity joins two
				// names, not one: "Fatboy Slim's Palookaville" (but
				// "the People's Daily").
				ok = false
				break
			}
			plain = plain && c.entry.Entity == nil
		}
		n := 0
		for m := i; m < j; m++ {
			if keep[m] {
				n++
			}
		}
		if !ok || n == 0 {
			continue
		}
		cut := e.Type == ner.PER && firstNameCut(d, rest[i:j], keep[i:j], e)
		if !cut && n == 1 && (!plain || rest[i].Start == e.Span.Start && rest[i].End == e.Span.End) {
			continue
		}
		// The entity must make a name of its own: not one opening with
		// a function word ("The Commission", "Meanwhile Lib Dem") nor
		// an office ("Plaid MP").
		c, ok := entityCandidate(d, s, e)
		if !ok || d.is(c.first, classStop) || listsBodies(d, c.first, c.end) || e.Type == ner.PER && !cut && !(titleWord(d.bare(c.end-1)) && surnameTitle(d, e, c.first, c.end)) {
			// A person replaces the rules' names only when they
			// took its surname for an office ("Edmund King") or cut
			// its first name off (firstNameCut).
			continue
		}
		for m := i; m < j; m++ {
			if keep[m] {
				keep[m] = false
				dropped++
			}
		}
		covered[k] = false
	}
	return dropped
}

// firstNameCut reports whether the rules cut the first name off the
// person e, whose overlapping candidates are cands (those kept are
// inside e): a first name that is also a month ("Jan Blachowicz") or a
// country's name in some language ("Jordan Henderson", "Dominique
// Bussereau") is read as the month, dropped, or as the country. The
// surname, a plain name, ends the entity; every word before it is a
// calendar word the rules dropped or a one-word gazetteer name.
func firstNameCut(d *document, cands []candidate, keep []bool, e ner.Entity) bool {
	last := -1
	for m := range cands {
		if keep[m] {
			last = m
		}
	}
	if last < 0 {
		return false
	}
	sur := &cands[last]
	if sur.End != e.Span.End && d.bareEnd(sur.end-1) != e.Span.End || sur.entry.Entity != nil || sur.kind != Name || sur.Start <= e.Span.Start {
		return false
	}
	k := tokenAt(d, sur.first-min(sur.first, 8), sur.first, e.Span.Start)
	if k < 0 {
		return false
	}
	m := 0
	for ; k < sur.first; k++ {
		for m < last && (!keep[m] || cands[m].End <= d.toks[k].Start) {
			m++
		}
		if m < last && cands[m].first == k {
			if c := &cands[m]; c.end != k+1 || c.entry.Entity == nil || c.kind != Name {
				return false
			}
			continue
		}
		if !d.has(k, wordCalendar) {
			return false
		}
	}
	return true
}

// surnameTitle reports whether the entity e, of tokens [first, end),
// ending in a title's word, is a person whose surname that word is
// ("Edmund King", "James Sultan"): the tagger calls it a person, and the
// word before is a first name, not a rank, a body or a place ("Cabinet
// Secretary", "Deputy Chief").
func surnameTitle(d *document, e ner.Entity, first, end int) bool {
	if e.Type != ner.PER || end-first < 2 {
		return false
	}
	for k := first; k < end-1; k++ {
		if !d.capWord(k) || d.has(k, wordTitle|wordHonorific|wordOrgHead|wordPlaceHead) || d.is(k, classModifier) || d.gazStart(k) {
			return false
		}
	}
	return true
}

// personWithin reports whether a person among the entities ents lies
// inside the byte range [start, end).
func personWithin(ents []ner.Entity, start, end int) bool {
	for _, e := range ents {
		if e.Type == ner.PER && e.Span.Start >= start && e.Span.End <= end {
			return true
		}
	}
	return false
}

// tokenAt returns the token of [first, end) starting at byte off, or -1.
func tokenAt(d *document, first, end, off int) int {
	for t := first; t < end; t++ {
		if d.toks[t].Start == off {
			return t
		}
	}
	return -1
}

// knownPrefix reports whether tokens [a, b) before a person's name, the
// name ending at token end, are something else: an acronym ("CEO",
// "BT"), an ordinary word ("Families"), a gazetteer form ("Labour"), or two words or more the text also
// writes without the name after them ("Liberal Democrat Ana Lenz" in a
// text that says "the Liberal Democrats"). First names the tagger left
// out of the person ("Jose Manuel" of "Jose Manuel Barroso") come with
// the rest of the name wherever the text writes them; a single first name
// may name another person too ("Ken Livingstone" and "Ken Bigley").
func knownPrefix(d *document, a, b, end int) bool {
	if b-a == 1 && (allCaps(d.bare(a)) || roleWordOpening(d, a) || ordinaryBefore(d, a, end)) {
		return true
	}
	prefix := d.span(a, b).In(d.src)
	if _, ok := d.gaz.Lookup(prefix); ok {
		return true
	}
	if b-a < 2 {
		return false
	}
	// The text is read within a window around the name, so that a text
	// of any length costs no more per name than an article does.
	lo, hi := max(0, d.toks[a].Start-prefixWindow), min(len(d.src), d.toks[a].Start+prefixWindow)
	w := d.src[lo:hi]
	return strings.Count(w, prefix) > strings.Count(w, d.span(a, end).In(d.src))
}

// ordinaryBefore reports whether token a, before a person of two words or
// more that ends at token end, is a word news text writes mostly in lower
// case ("Families" of a portfolio's list before "Margaret Hodge"), not a
// first name. An initial ("A Masi") is a first name, whatever the tagger's
// text writes.
func ordinaryBefore(d *document, a, end int) bool {
	return end-a >= 3 && d.tagger != nil && utf8.RuneCountInString(d.bare(a)) > 1 && d.usuallyLower(a)
}

// roleWordOpening reports whether token a, a capitalised word the tagger
// leaves out of the person after it, reads as a role or a modifier of
// one rather than a first name: in lower case an office, a role modifier
// or an agent noun ("Attorney Andrew Luger", "Former Joe Arpaio",
// "Pensioner Terry Cooper").
func roleWordOpening(d *document, a int) bool {
	if d.lexPluralAt(a).Has(lexicon.PersonRole|lexicon.RoleModifier) || d.is(a, classModifier) {
		return true
	}
	w := d.bare(a)
	return len(w) > 1 && agentNoun(strings.ToLower(w[:1])+w[1:])
}

// prefixWindow is how far, in bytes, knownPrefix reads the text on each
// side of a name: more than a news article.
const prefixWindow = 16 << 10

// hintOf is the actor type a tagger type suggests.
func hintOf(t ner.Type) Type {
	switch t {
	case ner.PER:
		return Person
	case ner.ORG:
		return Organization
	case ner.LOC:
		return Location
	}
	return Unknown
}

// titleSurname reports whether the person e, one word that is a title's
// ("King", "Sultan") in sentence s, is the surname of a person named
// before it, among the candidates prev ("Andy King", "James Sultan"), and makes c its
// candidate. Only the last candidates are read, so that a text of any
// length costs linear time.
func titleSurname(d *document, s int, prev []candidate, e ner.Entity, c *candidate) bool {
	w := d.src[e.Span.Start:e.Span.End]
	if strings.IndexByte(w, ' ') >= 0 || !titleWord(w) {
		return false
	}
	for i := len(prev) - 1; i >= max(0, len(prev)-4*maxReadings); i-- {
		p := &prev[i]
		if p.kind == Name && p.title == "" && p.honorific == "" && p.end-p.first >= 2 && d.bare(p.end-1) == w {
			lo, hi := d.sent[s], d.sent[s+1]
			k := lo + sort.Search(hi-lo, func(j int) bool { return d.toks[lo+j].Start >= e.Span.Start })
			if k >= hi || d.toks[k].Start != e.Span.Start || d.toks[k].End != e.Span.End {
				return false
			}
			*c = candidate{Span: e.Span, sent: s, first: k, end: k + 1, kind: Name,
				hint: Person, ner: e.Type, acronymOf: -1, titleStart: k, initial: d.initial(k)}
			return true
		}
	}
	return false
}

// entityCandidate makes a candidate of an entity of sentence s that no
// rule candidate covers, or reports that it names no actor.
func entityCandidate(d *document, s int, e ner.Entity) (candidate, bool) {
	lo, hi := d.sent[s], d.sent[s+1]
	first := lo + sort.Search(hi-lo, func(k int) bool { return d.toks[lo+k].End > e.Span.Start })
	end := first
	for end < hi && d.toks[end].Start < e.Span.End {
		end++
	}
	if first >= end || d.toks[first].Start != e.Span.Start || d.toks[first].Kind != text.Word {
		return candidate{}, false
	}
	last := d.bare(end - 1)
	switch {
	case end-first == 1 && (d.is(first, classStop) && !allCaps(last) || curlyStop(last)):
		return candidate{}, false // "I", "Meanwhile": the tagger's slip
	case nonActorHeads.has(last) || nonActors.has(last) || calendarWords.has(last):
		return candidate{}, false
	case titleWord(last) && !surnameTitle(d, e, first, end):
		return candidate{}, false
	case d.has(end, wordTitle) && !d.possessive(end-1), officeEnd(d, first, end) > first:
		return candidate{}, false // "Cabinet Secretary", "General Manager": an office
	case first-2 >= lo && d.tok(first-1) == "for" && d.has(first-2, wordTitle):
		return candidate{}, false // "MP for Ashworth": a seat
	}
	c := candidate{Span: d.span(first, end), sent: s, first: first, end: end, kind: Name,
		hint: hintOf(e.Type), ner: e.Type, acronymOf: -1, titleStart: first, initial: d.initial(first)}
	if end-first == 1 && allCaps(last) {
		c.kind = Acronym
	}
	return c, true
}
