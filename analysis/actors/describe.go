package actors

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// officeHeads are the nouns that make a definite description stand for
// one person, the holder of an office ("the prime minister", "the former
// cabinet secretary", "the Gazette editor"). Nouns for one of many ("the
// spokesman", "the official", "the member") are left out: they seldom
// mean a person the text names.
var officeHeads = set("president", "vice-president", "chancellor", "minister", "secretary",
	"premier", "senator", "governor", "mayor", "king", "queen", "prince", "princess", "pope",
	"chairman", "chairwoman", "chair", "leader", "director", "director-general",
	"secretary-general", "editor", "commissioner", "ambassador", "envoy", "mp", "mep", "msp",
	"founder", "chief", "boss", "treasurer", "head", "manager", "owner", "judge", "coach", "governor-general")

// firmHeads are the nouns that make a definite description stand for one
// organisation named in the text ("the firm", "the UK operator", "the
// party").
var firmHeads = set("company", "firm", "operator", "group", "party", "union", "regulator",
	"watchdog", "charity", "bank", "broadcaster", "retailer", "carrier", "airline", "giant",
	"maker", "manufacturer", "insurer", "network", "newspaper", "paper", "conglomerate",
	"agency", "organisation", "organization", "body", "club", "chain", "supplier", "provider",
	"developer", "publisher")

// description is a definite description found in the text: the span of
// the phrase, its role (the phrase without its determiner) and the kind of
// actor it can stand for.
type description struct {
	span       text.Span
	role       string
	sent       int
	first, end int // tokens of the phrase after its determiner
	typ        Type
	cluster    int // for "the commission": the one organisation it names; else -1
}

// descriptions finds definite descriptions of one office holder or one
// organisation: "the" or a possessive name ("Ruritania's"), up to four
// modifiers (role modifiers, capitalised words, a country), and a
// singular head from officeHeads or firmHeads. A description right before a
// name ("the prime minister Ana Lenz") or an "of" ("the head of the
// agency") is left to the title and apposition rules, which name the
// holder.
func descriptions(d *document, tails map[string]int) []description {
	var out []description
	for s := range len(d.sent) - 1 {
		lo, hi := d.sent[s], d.sent[s+1]
		for i := lo; i < hi; i++ {
			w := d.tok(i)
			a := i + 1 // first token after the determiner
			if (w == "the" || w == "The") && len(tails) > 0 {
				if b, k := tailAt(d, a, hi, tails); k >= 0 {
					out = append(out, description{
						span: text.Span{Start: d.toks[i].Start, End: d.bareEnd(b - 1)},
						sent: s, first: a, end: b, typ: Organization, cluster: k,
					})
					i = b - 1
					continue
				}
			}
			switch {
			case w == "the" || w == "The":
			case d.possessive(i) && d.capWord(i) && (i == lo || !d.capWord(i-1)):
			default:
				continue
			}
			h := a
			for h < hi && h-a < 5 && !d.possessive(h) {
				if d.is(h, classOffice) || d.is(h, classFirm) {
					break
				}
				if d.toks[h].Kind != text.Word || !(d.capWord(h) && !d.has(h, wordTitle) || d.is(h, classModifier)) {
					h = hi
					break
				}
				h++
			}
			if h >= hi || h-a >= 5 {
				continue
			}
			if !d.is(h, classOffice) && !d.is(h, classFirm) {
				continue // the phrase ended at a possessive: "the state's"
			}
			lw := strings.ToLower(d.bare(h))
			if startsUpper(d.bare(h)) && !titles[d.bare(h)] {
				continue // "the European Union": a name, not a description
			}
			next := d.word(h + 1)
			if next != "" && (d.capWord(h+1) || next == "of" || next == "for") || d.tok(h+1) == "," && d.capWord(h+2) {
				continue
			}
			typ := Person
			if firmHeads[lw] {
				typ = Organization
				if h == a {
					// A bare "the group" is too vague to link; a kind with
					// a modifier ("the UK operator") names one.
					if lw == "group" || lw == "body" || lw == "party" || lw == "union" {
						continue
					}
				}
			}
			from := a
			if d.possessive(i) {
				from = i
			}
			out = append(out, description{
				span: text.Span{Start: d.toks[i].Start, End: d.bareEnd(h)},
				role: text.Span{Start: d.toks[from].Start, End: d.bareEnd(h)}.In(d.src),
				sent: s, first: a, end: h + 1, typ: typ, cluster: -1,
			})
			i = h
		}
	}
	return out
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
func linkDescriptions(d *document, cands []candidate, clusters []*cluster, kept []bool, infos []roleInfo, subject []bool) ([]candidate, []roleInfo, []bool) {
	descs := descriptions(d, orgTails(d, cands, clusters, kept))
	if len(descs) == 0 {
		return cands, infos, subject
	}
	// The mentions of kept persons and organisations, in text order.
	type ref struct {
		start   int
		cl      int
		typ     Type
		subject bool
	}
	var refs []ref
	for k, cl := range clusters {
		if !kept[k] || cl.typ != Person && cl.typ != Organization {
			continue
		}
		for _, i := range cl.cands {
			refs = append(refs, ref{cands[i].Start, k, cl.typ, subject[i]})
		}
	}
	slices.SortStableFunc(refs, func(x, y ref) int { return x.start - y.start })
	// The offices each person holds by title or apposition: a
	// description of another office does not stand for them.
	offices := map[int]map[string]bool{}
	for k, cl := range clusters {
		if !kept[k] || cl.typ != Person {
			continue
		}
		for _, i := range cl.cands {
			for _, r := range infos[i].roles {
				if h := roleHead(r); officeHeads[h] && !vagueOffices[h] {
					if offices[k] == nil {
						offices[k] = map[string]bool{}
					}
					offices[k][h] = true
				}
			}
		}
	}
	held := map[string]int{} // a role already linked, to its cluster
	for _, ds := range descs {
		best := -1
		key := roleKey(ds.role)
		head := roleHead(ds.role)
		if ds.cluster >= 0 {
			cands, infos, subject = addDescription(d, cands, infos, subject, clusters[ds.cluster], ds)
			continue
		}
		// Only the mentions before the description are read, the
		// nearest first and at most maxReadings of them, so that a text
		// of any length costs linear time.
		last, _ := slices.BinarySearchFunc(refs, ds.span.Start, func(x ref, at int) int { return cmp.Compare(x.start, at) })
		stop := max(0, last-maxReadings)
		// An actor the text has given this office before is the best
		// reading: "Ana Lenz, the Gazette editor" then "the editor".
		for r := last - 1; r >= stop; r-- {
			if x := refs[r]; offices[x.cl][head] {
				best = r
				break
			}
		}
		found := best >= 0
		for r := last - 1; r >= stop && !found; r-- {
			x := refs[r]
			if x.start >= ds.span.Start || x.typ != ds.typ {
				continue
			}
			if offices[x.cl] != nil && !offices[x.cl][head] {
				continue // "the minister" is not the one called the mayor
			}
			if k, ok := held[key]; ok {
				if x.cl == k {
					best = r
					break
				}
				continue
			}
			if x.subject && x.start >= d.toks[d.sent[ds.sent]].Start {
				// "Ana Lenz said the minister was wrong": the subject
				// of the clause is seldom the one it describes.
				continue
			}
			if best < 0 {
				best = r
			}
			if x.subject {
				best = r
				found = true
			}
		}
		if best < 0 {
			continue
		}
		// A description overlapping a mention of its own actor ("the
		// Gazette editor" for the Gazette) says nothing new.
		held[key] = refs[best].cl

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
		cands, infos, subject = addDescription(d, cands, infos, subject, cl, ds)
	}
	return cands, infos, subject
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
	infos = append(infos, ri)
	subject = append(subject, actVerbs[d.word(ds.end)])
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
func orgTails(d *document, cands []candidate, clusters []*cluster, kept []bool) map[string]int {
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
				if connectors[firstWord(key)] {
					continue
				}
				if tails == nil {
					tails = map[string]int{}
				}
				if old, ok := tails[key]; ok && old != k {
					tails[key] = -1
				} else {
					tails[key] = k
				}
			}
		}
	}
	return tails
}

// firstWord is strings.Fields(s)[0], or "" when s has no word, without
// the slice of every word: orgTails asks it of every organisation's name.
func firstWord(s string) string {
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
func tailAt(d *document, a, hi int, tails map[string]int) (int, int) {
	for n := 2; n >= 1; n-- {
		b := a + n
		if b > hi {
			continue
		}
		ok := true
		for k := a; k < b; k++ {
			if w := d.word(k); w == "" || startsUpper(w) || k < b-1 && d.possessive(k) {
				ok = false
			}
		}
		// The words must end the noun phrase ("the rail union" is not
		// "Network Rail") and be an organisation's head ("the executive",
		// "the border services"), not any word of its name.
		if !ok || d.capWord(b) || d.tok(b) == "of" || !phraseEnds(d, b) || !orgHeadWord(d.bare(b-1)) {
			continue
		}
		if k, found := tails[strings.ToLower(d.src[d.toks[a].Start:d.bareEnd(b-1)])]; found && k >= 0 {
			return b, k
		}
	}
	return 0, -1
}

// roleKey is the comparison key of a role: its last two words, lower case,
// so that "Ruritania's first minister" and "the first minister" agree.
func roleKey(role string) string {
	f := strings.Fields(strings.ToLower(role))
	return strings.Join(f[max(0, len(f)-2):], " ")
}

// roleHead is the head noun of a role phrase, lower case: its last word,
// or the word before an "of" ("head of the agency").
func roleHead(role string) string {
	f := strings.Fields(strings.ToLower(role))
	for k, w := range f {
		if k > 0 && roleBreaks[w] {
			return officeHead(stripPossessive(f[k-1]))
		}
	}
	if len(f) == 0 {
		return ""
	}
	return officeHead(stripPossessive(f[len(f)-1]))
}

// officeHead reduces a compound office to its head: "co-chairman" and
// "vice-chairman" to "chairman".
func officeHead(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 && !officeHeads[w] && officeHeads[w[k+1:]] {
		return w[k+1:]
	}
	return w
}

// vagueOffices are office heads that go with other offices ("civil service
// chief" and "cabinet secretary" can be one person), so they rule nobody
// out.
var vagueOffices = set("chief", "head", "boss", "founder", "owner", "manager", "leader")

// phraseEnds reports whether a noun phrase can end before token b: at
// punctuation, the end, a function word or a verb.
func phraseEnds(d *document, b int) bool {
	w := d.word(b)
	return w == "" || functionWord(w) || actVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
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
		title = orgHeads[string(buf[:len(w)])]
	} else {
		title = orgHeads[strings.ToUpper(w[:1])+w[1:]]
	}
	return title || lowerOrgHeads[w] || institutionNouns[w] || w == "services"
}
