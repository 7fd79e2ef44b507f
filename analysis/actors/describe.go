package actors

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// description is a definite description found in the text: the span of
// the phrase, its role (the phrase without its determiner) and the kind of
// actor it can stand for.
type description struct {
	span       text.Span
	role       string
	sent       int
	first, end int // tokens of the phrase after its determiner
	typ        Type
	cluster    int  // for "the commission": the one organisation it names; else -1
	indefinite bool // "A senior barrister ..." opening the story: see leadIndefinites
	// roleOnly marks a description that gives its actor a role but is
	// not reported as a mention: the role nouns describedRole and
	// leadIndefinites read are vaguer than an office or a kind of firm,
	// and a mention on the wrong actor would merge it with another.
	roleOnly bool
}

// descriptions finds definite descriptions of one office holder or one
// organisation: "the" or a possessive name ("Ruritania's"), up to four
// modifiers (role modifiers, capitalised words, a country), and a
// singular head of class lexicon.Office or lexicon.Firm. A description
// right before a name ("the prime minister Ana Lenz") or an "of" ("the
// head of the agency") is left to the title and apposition rules, which
// name the holder.
//
// marks are document.marks: every "the" and possessive is among them.
func descriptions(d *document, tails *tailIndex, marks []int) []description {
	var out []description
	s := 0      // the sentence of token i, found only for the tokens that may open one
	resume := 0 // the first token not read as part of a description
	for _, i := range marks {
		the := d.tok(i) == "the" || d.tok(i) == "The"
		if i < resume || !the && !d.possessive(i) {
			continue
		}
		for d.sent[s+1] <= i {
			s++
		}
		lo, hi := d.sent[s], d.sent[s+1]
		if !the && !opensRun(d, i, lo) {
			continue
		}
		if ds, ok := describedAt(d, tails, i, s, lo, hi, the); ok {
			out = append(out, ds)
			resume = ds.end
		}
	}
	return out
}

// opensRun reports whether the possessive token i, in the sentence that
// starts at token lo, is a name opening its run of capitalised words:
// "Ruritania's", "The UK's", not "Banco Santander's".
func opensRun(d *document, i, lo int) bool {
	return d.capWord(i) && (i <= lo || !d.capWord(i-1) || i-1 == lo && d.tok(i-1) == "The")
}

// describedAt reads the description opened at token i, "the" (the) or a
// possessive, in sentence s, which spans tokens lo to hi: an organisation's name after "the", a role
// opening the sentence before its subject, or an office or kind of firm
// with its modifiers.
func describedAt(d *document, tails *tailIndex, i, s, lo, hi int, the bool) (description, bool) {
	a := i + 1 // first token after the determiner
	if the && len(tails.clusters) > 0 {
		if b, k := tailAt(d, a, hi, tails); k >= 0 {
			return description{
				span: text.Span{Start: d.toks[i].Start, End: d.bareEnd(b - 1)},
				sent: s, first: a, end: b, typ: Organization, cluster: k,
			}, true
		}
	}
	if h, typ, ok := describedRole(d, a, hi); ok {
		// Opening its sentence as its subject, the phrase is a mention
		// as subjectHead's are: "The former teacher confirmed ...". A
		// possessive name is part of the role: "Ruritania's biggest
		// coal producer".
		subj := the && i == lo && subjectHead(d, a, hi) == h
		from := a
		if !the {
			from = i
		}
		return description{
			span: text.Span{Start: d.toks[i].Start, End: d.bareEnd(h)},
			role: text.Span{Start: d.toks[from].Start, End: d.bareEnd(h)}.In(d.src),
			sent: s, first: a, end: h + 1, typ: typ, cluster: -1, roleOnly: !subj,
		}, true
	}
	// Most phrases after "the" hold no office or kind of firm in reach:
	// one bit per token rules them out before the dearer tests of their
	// words.
	if !headInReach(d, a, min(hi, a+5)) {
		if i == lo && the {
			if h := subjectHead(d, a, hi); h > a {
				return description{
					span: text.Span{Start: d.toks[i].Start, End: d.bareEnd(h)},
					role: text.Span{Start: d.toks[a].Start, End: d.bareEnd(h)}.In(d.src),
					sent: s, first: a, end: h + 1, typ: Person, cluster: -1,
				}, true
			}
		}
		return description{}, false
	}
	h, typ, ok := describedHead(d, a, hi)
	if !ok && the && i == lo && h+1 < hi && (d.tok(h+1) == "for" || d.tok(h+1) == "of") && d.class[h].has(classOffice) && !d.capWord(h) {
		// Opening the sentence as its subject, an office with its
		// complement names its holder, who comes after: "The new
		// health minister for Wales says ...". The role is the office.
		ok, typ = true, Person
	}
	if !ok {
		return description{}, false
	}
	from := a
	if d.possessive(i) {
		from = i
	}
	return description{
		span: text.Span{Start: d.toks[i].Start, End: d.bareEnd(h)},
		role: text.Span{Start: d.toks[from].Start, End: d.bareEnd(h)}.In(d.src),
		sent: s, first: a, end: h + 1, typ: typ, cluster: -1,
	}, true
}

// describedHead finds the head of a description whose words start at
// token a, before hi: an office or a kind of firm after at most four
// modifiers, with no name after it. typ is what it describes.
func describedHead(d *document, a, hi int) (h int, typ Type, ok bool) {
	h, lowered := modifiersEnd(d, a, hi)
	if h >= hi || h-a >= 5 {
		return h, Person, false
	}
	if !d.class[h].has(classOffice | classFirm) {
		return h, Person, false // the phrase ended at a possessive: "the state's"
	}
	from := a // a capitalised word or possessive name before the nouns
	if a > 0 && d.possessive(a-1) {
		from = a - 1 // "the UK's public spending watchdog"
	}
	if lowered && !d.class[h].has(classOffice) && !capitalBetween(d, from, h) {
		// Lower-case nouns qualify an office ("the work and pensions
		// minister"); before a kind of firm they more often name
		// something else ("the football club", "the neck and upper
		// body").
		return h, Person, false
	}
	if startsUpper(d.bare(h)) && !titles.has(d.bare(h)) && !(allCaps(d.bare(h)) && d.class[h].has(classOffice)) {
		return h, Person, false // "the European Union": a name, not a description
	}
	next := d.word(h + 1)
	if next != "" && (d.capWord(h+1) || next == "of" || next == "for") || d.tok(h+1) == "," && d.capWord(h+2) {
		return h, Person, false
	}
	if !lex(d.bare(h)).Has(lexicon.Firm) {
		return h, Person, true
	}
	if h == a {
		// A bare "the group" is too vague to link; a kind with a
		// modifier ("the UK operator") names one.
		if lw := strings.ToLower(d.bare(h)); lw == "group" || lw == "body" || lw == "party" || lw == "union" {
			return h, Organization, false
		}
	}
	return h, Organization, true
}

// modifiersEnd reads the modifiers of a description from token a, before
// hi, and returns the token after them: the first office or kind of firm,
// a possessive, or hi when a word cannot modify one. lowered reports a
// lower-case noun outside the modifier list among them. The classes are
// read as d.is reads them, h being in range.
func modifiersEnd(d *document, a, hi int) (h int, lowered bool) {
	for h = a; h < hi && h-a < 5 && !d.possessive(h); h++ {
		if d.class[h].has(classOffice | classFirm) {
			break
		}
		if d.toks[h].Kind != text.Word || !(d.capWord(h) && !d.has(h, wordTitle) || d.class[h].has(classModifier) || compoundWord(d, h) || h > a && d.tok(h) == "and") {
			return hi, lowered
		}
		lowered = lowered || !d.capWord(h) && !d.class[h].has(classModifier)
	}
	return h, lowered
}

// leadIndefinites finds the indefinite descriptions that open a story,
// in its title or first two sentences, before the story names whom they
// describe: "A senior barrister who has resigned ... says", "An English
// hospital has suspended ...". The phrase after "A" or "An" holds up to
// four modifiers and ends in a role noun, an office, a kind of firm or a
// hyphenated agent noun ("A 22-year-old gamer has spent ..."). Readers
// list such a phrase as a role of the actor named next.
func leadIndefinites(d *document) []description {
	var out []description
	for s := 0; s < 3 && s+1 < len(d.sent); s++ {
		lo, hi := d.sent[s], d.sent[s+1]
		if w := d.tok(lo); w != "A" && w != "An" {
			continue
		}
		a := lo + 1
		h := a
		for ; h < hi && h-a < 5; h++ {
			if d.possessive(h) || d.toks[h].Kind != text.Word && d.toks[h].Kind != text.Number {
				h = hi
				break
			}
			if (!d.capWord(h) || allCaps(d.word(h))) && (d.class[h].has(classRole|classOffice|classFirm) || agentAt(d, h)) && leadEnd(d, h+1, hi) {
				break
			}
			if d.toks[h].Kind == text.Word && !(d.capWord(h) && !d.has(h, wordTitle) || d.class[h].has(classModifier) || compoundWord(d, h)) {
				h = hi
				break
			}
		}
		if h >= hi || h-a >= 5 {
			continue
		}
		w := strings.ToLower(d.bare(h))
		c := lexPlural(w)
		typ := Person
		switch {
		case strings.HasSuffix(w, "s") && !lex(w).Has(lexicon.PersonRole|lexicon.OrgRole):
			continue // a plural: many
		case c.Has(lexicon.PersonRole) && c.Has(lexicon.OrgRole):
			typ = Unknown
		case c.Has(lexicon.OrgRole) || c.Has(lexicon.Firm) && !c.Has(lexicon.Office):
			typ = Organization
		}
		out = append(out, description{
			span: text.Span{Start: d.toks[lo].Start, End: d.bareEnd(h)},
			role: text.Span{Start: d.toks[a].Start, End: d.bareEnd(h)}.In(d.src),
			sent: s, first: a, end: h + 1, typ: typ, cluster: -1, indefinite: true, roleOnly: true,
		})
	}
	return out
}

// leadEnd reports whether the noun phrase of an indefinite lead may end
// before token b, before hi: at a mark, a function word, a verb or a
// relative clause ("A senior barrister who ..."), or a complement
// ("A prospective candidate for the party ..."), not at a name or
// another noun.
func leadEnd(d *document, b, hi int) bool {
	if b >= hi || d.toks[b].Kind != text.Word {
		return true
	}
	w := d.word(b)
	if d.capWord(b) || d.class[b].has(classRole) {
		return false
	}
	return d.is(b, classFunction) || isActVerb(w) || verbEnding(w) || relativeAt(d, b) || isRoleBreak(w)
}

// describedRole finds the head of a description whose words start at
// token a, before hi, that the Office and Firm nouns leave out: a
// person's or organisation's role noun, or an agent noun, after one to
// four modifiers, ending the phrase ("the Brazilian midfielder", "the
// retired charity worker", "the Welsh club"). Heads that are offices or
// kinds of firm are describedHead's. A plural head stands for one
// organisation, a team, only after a capitalised word ("the Spanish
// giants", "the Serie A champions"). typ is Unknown when the noun may
// be either's ("the champion").
func describedRole(d *document, a, hi int) (h int, typ Type, ok bool) {
	nouns := 0 // lower-case modifiers outside the modifier list
	for h = a; h < hi && h-a < 5; h++ {
		if d.toks[h].Kind != text.Word {
			return h, Unknown, false
		}
		if !d.capWord(h) && (d.class[h].has(classRole) || strings.Contains(d.word(h), "-") && agentAt(d, h)) && describedEnd(d, h+1, hi) {
			break
		}
		if d.possessive(h) || !(d.capWord(h) && !d.has(h, wordTitle) || d.class[h].has(classModifier) || compoundWord(d, h) || h > a && d.tok(h) == "and") {
			return h, Unknown, false
		}
		if !d.capWord(h) && !d.class[h].has(classModifier) {
			nouns++
		}
	}
	// Two lower-case nouns at most: more are a clause ("the London
	// telephone numbers got longer").
	if h >= hi || h-a >= 5 || nouns > 2 || d.class[h].has(classOffice|classFirm) {
		return h, Unknown, false
	}
	w := strings.ToLower(d.bare(h))
	c := lex(w)
	if one, ok := strings.CutSuffix(w, "s"); ok && lex(one).Has(lexicon.PersonRole|lexicon.OrgRole) {
		// A plural stands for a team, after a capitalised word.
		c = lex(one)
		return h, Organization, capitalBetween(d, a, h) && c.Has(lexicon.OrgRole) && !c.Has(lexicon.ManyRole)
	}
	switch {
	case c.Has(lexicon.ManyRole) || strings.HasSuffix(w, "s") && !c.Has(lexicon.PersonRole|lexicon.OrgRole):
		return h, Unknown, false
	case c.Has(lexicon.PersonRole) && c.Has(lexicon.OrgRole):
		return h, Unknown, true
	case c.Has(lexicon.OrgRole):
		return h, Organization, true
	}
	return h, Person, true
}

// describedEnd reports whether a description's noun phrase ends before
// token b, before hi: at a mark, a function word, "and" or a verb, not at
// a name ("the midfielder Juninho"), an "of" ("the captain of ...") or
// another noun.
func describedEnd(d *document, b, hi int) bool {
	if b >= hi {
		return true
	}
	if d.toks[b].Kind != text.Word {
		return d.tok(b) != "," || !d.capWord(b+1)
	}
	w := d.word(b)
	if d.capWord(b) || w == "of" || w == "for" || d.class[b].has(classRole) {
		return false
	}
	// A restrictive clause makes a new referent of the phrase: "the
	// sixth player to win", "the lawyer who ...".
	switch w {
	case "to", "who", "that", "which", "whose":
		return false
	}
	return d.is(b, classFunction) || isActVerb(w) || verbEnding(w)
}

// capitalBetween reports whether a token of [a, h) is a capitalised word.
func capitalBetween(d *document, a, h int) bool {
	for k := a; k < h; k++ {
		if d.capWord(k) {
			return true
		}
	}
	return false
}

// subjectHead returns the head of a description of a person that opens
// a sentence as its subject, with a modifier at least, though its noun is
// no office: "The former teacher confirmed ...", "The World Cup winner
// has ...", "The attacking midfielder also claims ...". The phrase after
// "The", from token a, holds up to three modifiers (role modifiers,
// capitalised words, lower-case nouns) and ends in a person's role or an
// agent noun followed by a lower-case word, its verb. It returns -1 when
// there is none. A bare noun ("The spokesman said") names one of many
// and is left out, as the Office nouns leave it out.
func subjectHead(d *document, a, hi int) int {
	for h := a + 1; h < hi && h-a < 4; h++ {
		if d.toks[h-1].Kind != text.Word || d.possessive(h-1) || d.is(h-1, classFunction) || d.lexAt(h-1).Has(lexicon.ActVerb) {
			return -1
		}
		w := d.word(h)
		if w == "" || d.capWord(h) || d.possessive(h) {
			continue
		}
		next := d.word(h + 1)
		if next == "" || d.capWord(h+1) || isRoleBreak(next) || next == "and" {
			continue
		}
		if (d.lexPluralAt(h).Has(lexicon.PersonRole) && !strings.HasSuffix(w, "s") || agentAt(d, h) && !strings.HasSuffix(w, "s")) && !d.is(h+1, classPreRole) {
			return h
		}
	}
	return -1
}

// headInReach reports whether a token of [a, b) is an office or a kind
// of firm.
func headInReach(d *document, a, b int) bool {
	for _, c := range d.class[a:b] {
		if c.has(classOffice | classFirm) {
			return true
		}
	}
	return false
}

// linkDescriptions adds each definite description as a Description mention
// of the actor it most likely stands for, and its words as that actor's
// role: the actor of the right kind (a person for an office, an
// organisation for a firm) last mentioned as a subject before it, or, when
// none was, last mentioned at all. A description with no such actor
// before it is not reported: which actor it means is unknown.
//
// It returns the candidates and their role and subject readings extended
// with the new mentions; new candidates are appended, and each joins its
// cluster's candidates in text order.
func linkDescriptions(d *document, marks []int, cands []candidate, clusters []*cluster, kept []bool, infos []roleInfo, subject []bool) ([]candidate, []roleInfo, []bool) {
	tails := orgTails(d, cands, clusters, kept)
	descs := descriptions(d, &tails, marks)
	if lead := leadIndefinites(d); len(lead) > 0 {
		descs = append(lead, descs...) // the lead's come first in the text
	}
	refs := actorRefs(cands, clusters, kept, subject)
	if len(descs) == 0 {
		pronounRoles(d, refs, cands, clusters, infos)
		return cands, infos, subject
	}
	ls := newLinks(clusters, kept, infos)
	for _, ds := range descs {
		if ds.cluster >= 0 {
			cands, infos, subject = addDescription(d, cands, infos, subject, clusters[ds.cluster], ds)
			continue
		}
		key, head := roleKey(ds.role), roleHead(ds.role)
		// Only the mentions before the description are read, the
		// nearest first and at most maxReadings of them, so that a text
		// of any length costs linear time.
		last, _ := slices.BinarySearchFunc(refs, ds.span.Start, func(x actorRef, at int) int { return cmp.Compare(x.start, at) })
		best := -1
		switch {
		case ds.indefinite:
			best = leadReading(refs, last, ds, ls.offices, head)
		default:
			best = readingBefore(d, refs, last, ds, &ls, key, head)
			if best < 0 && ds.sent <= 2 {
				best = leadReading(refs, last, ds, ls.offices, head)
			}
		}
		if best < 0 {
			continue
		}
		ls.held[key] = refs[best].cl
		if ds.typ == Unknown {
			ds.typ = refs[best].typ
		}
		// A description overlapping a mention of its own actor ("the
		// Gazette editor" for the Gazette) says nothing new.
		cl := clusters[refs[best].cl]
		overlaps := false
		for _, i := range cl.cands {
			if cands[i].Start < ds.span.End && ds.span.Start < cands[i].End {
				overlaps = true
			}
		}
		if overlaps {
			continue
		}
		// The office is the person's from now on: a description of
		// another office does not stand for them ("the prime minister",
		// then "the chancellor").
		ls.add(refs[best].cl, ds.role, head, ds.typ)
		if ds.roleOnly {
			i := clusterMention(cands, cl, refs[best].start)
			infos[i].roles = append(infos[i].roles, ds.role)
			infos[i].roles = append(infos[i].roles, saidOf(d, ds)...)
			continue
		}
		cands, infos, subject = addDescription(d, cands, infos, subject, cl, ds)
	}
	pronounRoles(d, refs, cands, clusters, infos)
	return cands, infos, subject
}

// readingBefore returns the mention in refs[:last], before description
// ds, that ds most likely stands for, or -1: an actor the text has given
// this office before ("Ana Lenz, the Gazette editor" then "the editor");
// else the actor a description with the same key (see roleKey) went to;
// else of the right type and holding no other office, the nearest
// mention as a subject outside ds's sentence, or the nearest at all.
func readingBefore(d *document, refs []actorRef, last int, ds description, ls *links, key, head string) int {
	stop := max(0, last-maxReadings)
	for r := last - 1; r >= stop; r-- {
		if ls.offices[refs[r].cl][head] {
			return r
		}
	}
	if r := topicReading(d, refs, last, stop, ds, ls, key); r >= 0 {
		return r
	}
	// First without the actors whose roles rule ds out, then with them:
	// a leader may be the prime minister too.
	if r := nearestReading(d, refs, last, stop, ds, ls, key, head, true); r >= 0 {
		return r
	}
	return nearestReading(d, refs, last, stop, ds, ls, key, head, false)
}

// topicReading returns, for description ds, the last mention in
// refs[stop:last] of the story's topic of ds's type, or -1: the first
// actor of that type the story names (in its title, or its lead when it
// has none), when named again in the three sentences before ds and
// neither ruled out by its roles nor the subject of ds's own clause. A
// description of the story's subject stands for them more often than
// for whoever was named last: "Howard backs stem cell research ... where
// George Bush opposed it. But the Tory leader argued ...".
func topicReading(d *document, refs []actorRef, last, stop int, ds description, ls *links, key string) int {
	if _, ok := ls.held[key]; ok {
		return -1
	}
	topic := -1
	for _, x := range refs {
		if typeFits(x.typ, ds.typ) {
			topic = x.cl
			break
		}
	}
	if topic < 0 {
		return -1
	}
	// A sentence before ds that opens with a subject of ds's type keeps
	// it: "The OFT has blocked Orbital's bid. The regulator said ...".
	prev := -1
	for r := last - 1; r >= stop; r-- {
		x := refs[r]
		if x.sent == ds.sent || !typeFits(x.typ, ds.typ) {
			continue
		}
		if prev >= 0 && x.sent != refs[prev].sent {
			break
		}
		prev = r
	}
	if prev >= 0 && refs[prev].subject && refs[prev].cl != topic && opensSentence(d, refs[prev]) {
		return -1
	}
	for r := last - 1; r >= stop && refs[r].sent >= ds.sent-3; r-- {
		x := refs[r]
		if x.cl != topic {
			continue
		}
		if x.sent == ds.sent && x.subject || ls.disagree(x.cl, ds, roleHead(ds.role)) || ls.offices[x.cl] != nil && !ls.offices[x.cl][roleHead(ds.role)] {
			return -1
		}
		return r
	}
	return -1
}

// opensSentence reports whether mention x starts its sentence, after
// two words at most ("The", "Earlier the").
func opensSentence(d *document, x actorRef) bool {
	return strings.Count(d.src[d.toks[d.sent[x.sent]].Start:x.start], " ") <= 2
}

// nearestReading is readingBefore's search once no actor holds ds's
// office. When strict, it skips the actors whose roles disagree with ds
// (see links.disagree).
func nearestReading(d *document, refs []actorRef, last, stop int, ds description, ls *links, key, head string, strict bool) int {
	best := -1
	for r := last - 1; r >= stop; r-- {
		x := refs[r]
		if x.start >= ds.span.Start || !typeFits(x.typ, ds.typ) {
			continue
		}
		if ls.offices[x.cl] != nil && !ls.offices[x.cl][head] {
			continue // "the minister" is not the one called the mayor
		}
		if strict && ls.disagree(x.cl, ds, head) {
			continue
		}
		if k, ok := ls.held[key]; ok {
			if x.cl == k {
				return r
			}
			continue
		}
		if x.subject && x.start >= d.toks[d.sent[ds.sent]].Start {
			// "Ana Lenz said the minister was wrong": the subject
			// of the clause is seldom the one it describes.
			continue
		}
		if best < 0 || x.sent == refs[best].sent && x.sent != ds.sent {
			// In an earlier sentence, its first mention: "Ana Lenz and
			// Tom Brel met. The minister said ..." means Ana Lenz.
			best = r
		}
		if x.subject {
			return r
		}
	}
	return best
}

// leadReading returns, for description ds of a person or organisation
// in a story's lead, the first of its kind named in the next sentence
// (a person holding no other office), or -1: "The lord chancellor has
// announced ... Lord Pembury wants ...", "the UK's financial watchdog
// has announced ... The Financial Services Authority said ...". last is
// where the mentions after ds start in refs.
func leadReading(refs []actorRef, last int, ds description, offices officeSet, head string) int {
	for r := last; r < len(refs) && r < last+maxReadings; r++ {
		x := refs[r]
		if x.start < ds.span.End || !typeFits(x.typ, ds.typ) {
			continue
		}
		if ds.indefinite {
			return indefiniteReading(refs, r, ds)
		}
		if x.sent <= ds.sent+1 && (offices[x.cl] == nil || offices[x.cl][head]) {
			return r
		}
		return -1
	}
	return -1
}

// pronounRoles gives a person the roles a sentence states of "he" or
// "she" standing for them, as copulaAfter and asRole read them after a
// name: "Tods Murray, where he is a partner", "She became director of
// ballet for ...", "where he works as an ER doctor". The pronoun stands
// for the subject before it in its sentence, else the last person named
// as a subject in the two sentences before, else the last person named
// there; the role joins that mention's.
func pronounRoles(d *document, refs []actorRef, cands []candidate, clusters []*cluster, infos []roleInfo) {
	s := 0
	for k := range d.toks {
		for d.sent[s+1] <= k {
			s++
		}
		if w := d.tok(k); w != "he" && w != "He" && w != "she" && w != "She" {
			continue
		}
		var ri roleInfo
		pro := candidate{sent: s, first: k, end: k + 1}
		ri.copulaAfter(d, &pro)
		if a, b := asRole(d, k+1, d.sent[s+1]); b > a {
			if head, ok := appositionRole(d, a, b, true); ok {
				ri.add(d, a, b, head)
			}
		}
		// One person holds no plural role: "he was certain MPs ...".
		ri.roles = slices.DeleteFunc(ri.roles, func(r string) bool {
			h := roleHead(r)
			one, ok := strings.CutSuffix(h, "s")
			return ok && lex(one).Has(lexicon.PersonRole|lexicon.OrgRole)
		})
		if len(ri.roles) == 0 {
			continue
		}
		if r := pronounReading(d, refs, k, s); r >= 0 {
			i := clusterMention(cands, clusters[refs[r].cl], refs[r].start)
			infos[i].roles = append(infos[i].roles, ri.roles...)
		}
	}
}

// pronounReading returns the mention in refs a pronoun at token k, in
// sentence s, stands for (see pronounRoles), or -1.
func pronounReading(d *document, refs []actorRef, k, s int) int {
	at := d.toks[k].Start
	last, _ := slices.BinarySearchFunc(refs, at, func(x actorRef, at int) int { return cmp.Compare(x.start, at) })
	nearest := -1
	for r := last - 1; r >= 0 && r >= last-maxReadings && refs[r].sent >= s-2; r-- {
		x := refs[r]
		if x.typ != Person {
			continue
		}
		if x.subject {
			return r
		}
		if nearest < 0 {
			nearest = r
		}
	}
	return nearest
}

// clusterMention returns the candidate of cl that starts at byte start.
func clusterMention(cands []candidate, cl *cluster, start int) int {
	for _, i := range cl.cands {
		if cands[i].Start == start {
			return i
		}
	}
	return cl.cands[0]
}

// typeFits reports whether a description of type want may stand for an
// actor of type typ: Unknown fits a person or an organisation.
func typeFits(typ, want Type) bool { return typ == want || want == Unknown }

// indefiniteReading returns the actor an indefinite lead ds describes,
// reading refs from from on, or -1: of those of its type in the next two
// sentences and not named in ds's own ("A US firm is in talks with
// Halden"), the first as a subject, else the first, whatever other
// office it holds ("A senior Tory MP ... Committee chairman Ana Lenz").
func indefiniteReading(refs []actorRef, from int, ds description) int {
	first := -1
	for r := from; r < len(refs) && r < from+maxReadings && refs[r].sent <= ds.sent+2; r++ {
		x := refs[r]
		if !typeFits(x.typ, ds.typ) || sameSentence(refs, from, ds.sent, x.cl) {
			continue
		}
		if x.subject {
			return r
		}
		if first < 0 {
			first = r
		}
	}
	return first
}

// sameSentence reports whether cluster cl has a mention in sentence
// sent among refs from index from on, which are in text order.
func sameSentence(refs []actorRef, from, sent, cl int) bool {
	for r := from; r < len(refs) && refs[r].sent <= sent; r++ {
		if refs[r].sent == sent && refs[r].cl == cl {
			return true
		}
	}
	return false
}

// actorRef is a mention of a kept person or organisation, as
// linkDescriptions reads it.
type actorRef struct {
	start   int  // byte offset of the mention
	sent    int  // its sentence
	cl      int  // its cluster
	typ     Type // its cluster's type
	subject bool // whether it is the subject of its clause
}

// actorRefs returns the mentions of kept persons and organisations, in
// text order.
func actorRefs(cands []candidate, clusters []*cluster, kept, subject []bool) []actorRef {
	refs := make([]actorRef, 0, len(cands)) // clusters share no candidate: room for all
	for k, cl := range clusters {
		if !kept[k] || cl.typ != Person && cl.typ != Organization {
			continue
		}
		for _, i := range cl.cands {
			refs = append(refs, actorRef{cands[i].Start, cands[i].sent, k, cl.typ, subject[i]})
		}
	}
	slices.SortStableFunc(refs, func(x, y actorRef) int { return x.start - y.start })
	return refs
}

// officeSet holds the offices each person holds, by cluster: a
// description of another office does not stand for them.
type officeSet map[int]map[string]bool

// links is what linkDescriptions knows of the kept actors' roles as it
// links descriptions to them, by cluster.
type links struct {
	offices officeSet      // the offices each person holds (see officeSet.add)
	titled  officeSet      // the same with the vague ones ("leader", "boss")
	proper  officeSet      // each actor's role heads with proper words, alone and with each ("leader", "leader tory")
	held    map[string]int // a role already linked, by roleKey, to its cluster
}

// newLinks reads the roles the kept actors hold by title or apposition.
func newLinks(clusters []*cluster, kept []bool, infos []roleInfo) links {
	ls := links{offices: officeSet{}, titled: officeSet{}, proper: officeSet{}, held: map[string]int{}}
	for k, cl := range clusters {
		if !kept[k] || cl.typ != Person && cl.typ != Organization {
			continue
		}
		for _, i := range cl.cands {
			for _, r := range infos[i].roles {
				ls.add(k, r, roleHead(r), cl.typ)
			}
		}
	}
	return ls
}

// add records that cluster k, of type typ, holds role, whose head is
// head: from now on a description of another office does not stand for
// a person ("the prime minister", then "the chancellor").
func (ls *links) add(k int, role, head string, typ Type) {
	if typ == Person {
		ls.offices.add(k, head)
		ls.titled.addAny(k, head)
	}
	for w := range properWords(role) {
		if ls.proper[k] == nil {
			ls.proper[k] = map[string]bool{}
		}
		ls.proper[k][head+" "+w] = true
		ls.proper[k][head] = true
	}
}

// disagree reports whether cluster k's roles rule description ds, with
// head noun head, out: a person given another office, vague or not
// ("Tory leader Ana Lenz" is seldom "the prime minister"), when ds names
// one that is not vague; or an actor holding ds's head with proper words,
// none of them ds's ("Liberal leader Tom Brel" is not "the Conservative
// leader", but may be "the former Cabinet minister").
func (ls *links) disagree(k int, ds description, head string) bool {
	if ds.typ == Person && ls.titled[k] != nil && !ls.titled[k][head] && !lexicon.Lookup(head).Has(lexicon.VagueOffice) {
		return true
	}
	if !ls.proper[k][head] {
		return false
	}
	some := false
	for w := range properWords(ds.role) {
		if ls.proper[k][head+" "+w] {
			return false
		}
		some = true
	}
	return some
}

// properWords yields, in lower case, the capitalised words of a role that
// name what the role belongs to ("Tory", "Liberal", "Democrat" in
// "Liberal Democrat leader"), not role words written with a capital
// ("Prime Minister", "Chief Executive") nor the role's first word when it
// opens a sentence ("The").
func properWords(role string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range strings.FieldsSeq(role) {
			w = stripPossessive(w)
			if !startsUpper(w) || w == "The" {
				continue
			}
			lw := strings.ToLower(w)
			if lexPlural(lw).Has(lexicon.PersonRole|lexicon.OrgRole|lexicon.RoleModifier|lexicon.Office|lexicon.Firm) || titles.has(w) || isFunction(lex(lw)) {
				continue
			}
			if !yield(lw) {
				return
			}
		}
	}
}

// addAny records that cluster k holds the office head, vague or not.
func (o officeSet) addAny(k int, head string) {
	if !lexicon.Lookup(head).Has(lexicon.Office) {
		return
	}
	if o[k] == nil {
		o[k] = map[string]bool{}
	}
	o[k][head] = true
}

// add records that cluster k holds the office head, when head is an
// office and not a vague one ("chief", "head").
func (o officeSet) add(k int, head string) {
	if c := lexicon.Lookup(head); !c.Has(lexicon.Office) || c.Has(lexicon.VagueOffice) {
		return
	}
	if o[k] == nil {
		o[k] = map[string]bool{}
	}
	o[k][head] = true
}

// saidOf returns the roles an apposition or a copula right after
// description ds gives it, which are its actor's: "The firm, a market
// leader in broadband, had ...", "The performer, who was also an
// accomplished guitarist,".
func saidOf(d *document, ds description) []string {
	var ri roleInfo
	after := candidate{Span: ds.span, sent: ds.sent, first: ds.first, end: ds.end, hint: ds.typ}
	ri.appositionAfter(d, &after)
	ri.copulaAfter(d, &after)
	return ri.roles
}

// addDescription adds ds as a Description mention of cl, with its role.
func addDescription(d *document, cands []candidate, infos []roleInfo, subject []bool, cl *cluster, ds description) ([]candidate, []roleInfo, []bool) {
	c := candidate{Span: ds.span, sent: ds.sent, first: ds.first, end: ds.end, kind: Description,
		hint: ds.typ, acronymOf: -1, titleStart: ds.first, described: true}
	cands = append(cands, c)
	var ri roleInfo
	if ds.role != "" {
		ri = roleInfo{roles: []string{ds.role}, person: ds.typ == Person, org: ds.typ == Organization}
	}
	ri.roles = append(ri.roles, saidOf(d, ds)...)
	infos = append(infos, ri)
	subject = append(subject, isActVerb(d.word(ds.end)))
	n := len(cands) - 1
	at, _ := slices.BinarySearchFunc(cl.cands, ds.span.Start, func(i, start int) int { return cands[i].Start - start })
	cl.cands = slices.Insert(cl.cands, at, n)
	return cands, infos, subject
}

// orgTails maps the last word, and the last two words, of each kept
// organisation's names of several words, in lower case, to its cluster,
// so that "the executive" and "the border services" can be read as the
// "Highland Executive" or the "Northland border services" of the text. A
// tail two organisations share maps to -1: which one is meant is unknown.
func orgTails(d *document, cands []candidate, clusters []*cluster, kept []bool) tailIndex {
	var tails map[string]int
	for k, cl := range clusters {
		if !kept[k] || cl.typ != Organization {
			continue
		}
		for _, i := range cl.cands {
			c := &cands[i]
			if c.end-c.first < 2 || c.kind != Name || c.described {
				continue
			}
			for n := 1; n <= 2 && n < c.end-c.first; n++ {
				key := strings.ToLower(d.src[d.toks[c.end-n].Start:d.bareEnd(c.end-1)])
				if connectors.has(firstWord(key)) {
					continue
				}
				if tails == nil {
					tails = map[string]int{}
				}
				old, ok := tails[key]
				switch {
				case !ok:
					tails[key] = k
				case old != k:
					tails[key] = -1
				}
			}
		}
	}
	return tailIndex{clusters: tails}
}

// tailIndex is what orgTails finds: each tail, the lower case of the
// words after a "the", to its organisation's cluster.
type tailIndex struct {
	clusters map[string]int
}

// firstWord is strings.Fields(s)[0], or "" when s has no word, without
// the slice of every word: orgTails asks it of every organisation's name.
func firstWord(s string) string {
	// ASCII, most names, byte by byte: below utf8.RuneSelf unicode.IsSpace
	// is these six bytes. Other text from its first rune outside ASCII on.
	i := 0
	for i < len(s) && (s[i] == ' ' || '\t' <= s[i] && s[i] <= '\r') {
		i++
	}
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case c >= utf8.RuneSelf:
			return firstWordSlow(s)
		case c == ' ' || '\t' <= c && c <= '\r':
			return s[i:j]
		}
	}
	if i == len(s) {
		return ""
	}
	return s[i:]
}

// firstWordSlow is firstWord of a text with a rune outside ASCII.
func firstWordSlow(s string) string {
	start := -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			return s[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// tailAt reports whether the lower-case words from token a (after "the")
// are an organisation's tail, ending the noun phrase: it returns the end
// of the words and the organisation's cluster, or -1.
func tailAt(d *document, a, hi int, tails *tailIndex) (int, int) {
	// Both readings, of two words and of one, start with a lower-case
	// word at a (a word token's capWord is startsUpper of its text).
	if a >= hi || d.word(a) == "" || d.capWord(a) {
		return 0, -1
	}
	for n := 2; n >= 1; n-- {
		b := a + n
		if b > hi || n == 2 && (d.possessive(a) || d.word(a+1) == "" || d.capWord(a+1)) {
			continue
		}
		if d.capWord(b) || d.tok(b) == "of" {
			continue
		}
		phrase := d.src[d.toks[a].Start:d.bareEnd(b-1)]
		k, found := tails.clusters[strings.ToLower(phrase)]
		if !found || k < 0 {
			continue
		}
		// The words must end the noun phrase ("the rail union" is not
		// "Network Rail") and be an organisation's head ("the executive",
		// "the border services"), not any word of its name.
		if phraseEnds(d, b) && orgHeadWord(d.bare(b-1)) {
			return b, k
		}
	}
	return 0, -1
}

// roleKey is the comparison key of a role: its last two words, lower case,
// so that "Ruritania's first minister" and "the first minister" agree.
func roleKey(role string) string {
	// The last two of strings.Fields, joined, without the slice of all.
	var prev, last string
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(role)) {
		prev, last = last, w
		n++
	}
	switch n {
	case 0:
		return ""
	case 1:
		return last
	}
	return prev + " " + last
}

// roleHead is the head noun of a role phrase, lower case: its last word,
// or the word before an "of" ("head of the agency").
func roleHead(role string) string {
	// The words are strings.Fields', read without the slice of all.
	prev := ""
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(role)) {
		if n > 0 && isRoleBreak(w) {
			return officeHead(stripPossessive(prev))
		}
		prev = w
		n++
	}
	if n == 0 {
		return ""
	}
	return officeHead(stripPossessive(prev))
}

// officeHead reduces a compound office to its head: "co-chairman" and
// "vice-chairman" to "chairman", "PM" to the "minister" of "prime
// minister".
func officeHead(w string) string {
	switch w {
	case "pm", "premier":
		// The prime minister's other names: "the PM", "the UK premier".
		return "minister"
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 && !lexicon.Lookup(w).Has(lexicon.Office) && lexicon.Lookup(w[k+1:]).Has(lexicon.Office) {
		return w[k+1:]
	}
	return w
}

// phraseEnds reports whether a noun phrase can end before token b: at
// punctuation, the end, a function word or a verb.
func phraseEnds(d *document, b int) bool {
	w := d.word(b)
	return w == "" || functionWord(w) || isActVerb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// orgHeadWord reports whether w, in lower case, heads organisation names:
// "executive", "commission", "services".
func orgHeadWord(w string) bool {
	if w == "" {
		return false
	}
	var title bool
	if c := w[0]; c < utf8.RuneSelf && len(w) <= 32 {
		// The capitalised word is put together on the stack: this is
		// asked of most lower-case words after a name.
		var buf [32]byte
		copy(buf[:], w)
		if 'a' <= c && c <= 'z' {
			buf[0] = c - ('a' - 'A')
		}
		title = orgHeads.has(string(buf[:len(w)]))
	} else {
		title = orgHeads.has(strings.ToUpper(w[:1]) + w[1:])
	}
	return title || lexicon.Lookup(w).Has(lexicon.LowerOrgHead|lexicon.Institution) || w == "services"
}
