package actors

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// roleBreaks are words that may follow a role's head inside an apposition
// ("head of the agency", "professor of law at the university").
var roleBreaks = []string{"of", "at", "for", "in", "on", "from", "to", "with"}

// isRoleBreak reports whether w is one of roleBreaks, as written: the rules
// ask it of most words after a name, and eight comparisons cost less than
// a map lookup.
func isRoleBreak(w string) bool { return slices.Contains(roleBreaks, w) }

// determiners open a noun phrase; an apposition role starts after one.
var determiners = []string{"the", "a", "an", "its", "his", "her", "their", "our"}

// isDeterminer reports whether w is one of determiners, as written.
func isDeterminer(w string) bool { return slices.Contains(determiners, w) }

// determinerAt reports whether token k, in lower case, is a determiner.
func determinerAt(d *document, k int) bool { return hasLower(determinerSet, d.tok(k)) }

// determinerSet is determiners as a set, for determinerAt.
var determinerSet = set(determiners...)

// roleInfo is what the text says an actor is, next to one mention.
type roleInfo struct {
	roles  []string
	person bool // a role only people hold ("lawyer", "President")
	org    bool // a role only organisations have ("group", "operator")
}

// roleOf reads the roles around candidate c: its title ("President",
// "French Foreign Minister" with "former" before it), a role phrase right
// before it ("CHF lawyer Tomasz Wrona"), or an apposition before or after it
// ("the director of the agency, Amara Diallo"; "Gwen Rudd, deputy leader
// of the council,").
func roleOf(d *document, c *candidate, start int) roleInfo {
	var ri roleInfo
	if c.title != "" {
		ri.titleBefore(d, c)
	} else {
		ri.phraseBefore(d, c, start)
	}
	if c.title != "" && c.titleStart < start {
		// An apposition before a titled name ends before its title:
		// "the chairman of the committee, Labour MP Tom Brel".
		start = c.titleStart
	}
	ri.appositionBefore(d, c, start)
	ri.kindAfter(d, c)
	// A role after "as": "Gwen Rudd resigned as transport secretary",
	// "Ana Lenz, who served as finance minister".
	if a, b := asRole(d, c.end, d.sent[c.sent+1]); b > a {
		if head, ok := appositionRole(d, a, b, true); ok {
			ri.add(d, a, b, head)
		}
	}
	ri.appositionAfter(d, c)
	ri.copulaAfter(d, c)
	return ri
}

// copulaAfter reads a role given with "is", "was", "becomes" or
// "became" right after c, or after ", who" or an age between commas: "Ana Lenz is the director of
// the trust", "Dr Lenz, who was a GP in Vell,", "Mr Brel, 89, is a keen
// historian". The phrase must end in a role noun or agent noun, as an
// apposition's does (see appositionRole): "is a problem" gives none.
func (ri *roleInfo) copulaAfter(d *document, c *candidate) {
	hi := d.sent[c.sent+1]
	k := c.end
	if k >= hi || d.possessive(k-1) {
		return
	}
	if d.tok(k) == "," {
		switch {
		case d.tok(k+1) == "who":
			k += 2
		case quantity(d.tok(k+1)) && d.tok(k+2) == ",":
			k += 3
		default:
			return
		}
	}
	switch d.tok(k) {
	case "is", "was", "became", "becomes":
	default:
		return
	}
	k++
	switch w := d.word(k); {
	case w == "also" || w == "now" || w == "still" || w == "currently":
		k++
	case strings.HasSuffix(w, "ly") && (d.tok(k+1) == "a" || d.tok(k+1) == "an"):
		k++ // "is obviously a software company"
	}
	a := k
	indefinite := d.tok(a) == "a" || d.tok(a) == "an"
	if determinerAt(d, a) {
		a++
	} else if strings.HasSuffix(d.word(a), "ing") {
		return // a verb's progressive: "is coming closer to ..."
	}
	// The phrase runs to a mark or a function word other than a
	// preposition of its complement: "the director of the trust and
	// ..." ends at "and".
	b := a
	for b < hi && b-a < 10 && d.toks[b].Kind == text.Word && (!d.is(b, classFunction) || b > a && (isRoleBreak(d.tok(b)) || d.tok(b) == "the" && isRoleBreak(d.tok(b-1)))) {
		b++
	}
	for b > a && (isRoleBreak(d.tok(b-1)) || d.tok(b-1) == "the") {
		b--
	}
	if head, ok := appositionRole(d, a, b, true); ok {
		ri.add(d, a, b, head)
		return
	}
	// After "is a" an abbreviation alone says what the name is: "Dr
	// Lenz, who was a GP in Vell,". Other nouns the role lists lack are
	// as often a judgement ("is a problem").
	if indefinite && describable(c) && allCaps(d.word(a)) && (b == a+1 || isRoleBreak(d.tok(a+1))) {
		ri.add(d, a, b, a)
	}
}

// add records the role spanning tokens [a, b) whose head noun is token
// head.
func (ri *roleInfo) add(d *document, a, b, head int) {
	ri.roles = append(ri.roles, text.Span{Start: d.toks[a].Start, End: d.bareEnd(b - 1)}.In(d.src))
	w := undot(d.tok(head))
	switch {
	case isPersonRole(w) || titles.has(w):
		ri.person = true
	case isOrgRole(w):
		ri.org = true
	}
}

// titleBefore reads c's title with the modifiers before it ("former
// Labour Chairman").
func (ri *roleInfo) titleBefore(d *document, c *candidate) {
	lo := d.sent[c.sent]
	end := c.first // the title ends before the name, or before its honorific
	if c.honorific != "" {
		end--
	}
	k := c.titleStart - 1
	for k >= lo && c.titleStart-k <= 4 && d.is(k, classPreRole) && !d.capWord(k) {
		k--
	}
	ri.add(d, k+1, end, end-1)
}

// phraseBefore reads a role phrase right before c, which starts at token
// start: "CHF lawyer Tomasz Wrona", "Consumer rights group the ...", "director
// of telecoms research Tomas Brel", "her husband Tomas Brel".
func (ri *roleInfo) phraseBefore(d *document, c *candidate, start int) {
	lo := d.sent[c.sent]
	p := start - 1
	skippedThe := false
	if p > lo && d.tok(p) == "the" {
		p-- // "campaign group the Coastal Heritage Foundation"
		skippedThe = true
	}
	k := p
	// A connector inside a name counts too: "Commission for Racial
	// Equality chief", but not "and", which more often joins two
	// names ("Mr Brel and Liberal Democrat leader Ana Lenz"). So
	// does a lower-case noun of a compound ("luxury goods group",
	// "Norfolk police chief"), trimmed below where it reads as a
	// verb.
	for k >= lo && p-k < 5 && (d.is(k, classPreRole) || compoundWord(d, k) || roleBeforeAnd(d, k) || d.has(k, wordConnector) && d.tok(k) != "and" && d.capWord(k-1) && d.capWord(k+1)) {
		k--
	}
	// An office with its complement: "director of telecoms research
	// Tomas Brel", "chairman of Halden Ana Lenz".
	ofHead := -1
	if o := k; k < p && !skippedThe && !d.lexPluralAt(p).Has(lexicon.PersonRole|lexicon.OrgRole) {
		// (A role noun right before the name is the head:
		// "director of civil rights group Liberty" names a group.)
		if d.tok(o) == "the" && o-1 > lo {
			o--
		}
		if w := d.tok(o); (w == "of" || w == "for") && o-1 >= lo && d.lexPluralAt(o-1).Has(lexicon.PersonRole) && !isActVerb(d.word(o-1)) {
			ofHead = o - 1
			k = ofHead
			for k >= lo && ofHead-k < 4 && (d.is(k, classPreRole) || compoundWord(d, k)) {
				k--
			}
		}
	}
	if k < p && ofHead < 0 {
		k = trimVerbs(d, k, p)
	}
	switch {
	case ofHead >= 0:
		ri.add(d, k+1, p+1, ofHead)
	case k < p && (d.lexPluralAt(p).Has(lexicon.PersonRole|lexicon.OrgRole) || agentAt(d, p) || formerOffice(d.word(p))) && (!skippedThe || d.lexPluralAt(p).Has(lexicon.OrgRole)):
		ri.add(d, k+1, p+1, p)
	case workKinds.has(d.word(p)):
		// A work's title, whatever stands before the noun: "Ada
		// Finch's courtroom drama Long Harbour", "the Tom Hale biopic
		// The Ferryman". The noun is what the name is, but the name is
		// no actor.
	case !skippedThe && k >= lo && determinerAt(d, k) && compoundWord(d, p) && !verbEnding(d.word(p)) && lowerBetween(d, k, p) && c.end-c.first >= 2:
		// After a determiner and lower-case words only, the noun
		// right before a name of two words is what it is,
		// whatever the noun: "her husband Tomas Brel", "the
		// referee Olivier Marteel". A capitalised word before it
		// may be its subject instead ("The Chaplin Collection beat
		// Oasis"), and a single word after it is too often a
		// caption run into the text ("in a box Incredibly, ...").
		ri.add(d, k+1, p+1, p)
	case !skippedThe && k < p && (c.end-c.first >= 2 || c.honorific != "") && phraseOpens(d, k, lo) && !afterModal(d, k+1) && nounBeforeName(d, p) && (k+1 < p || agentAt(d, p)):
		// After a clause boundary the same holds with a modifier in
		// front: "former astronaut John Grunsfeld", "TV star Bear
		// Grylls", "said BBC pundit Jonathan Edwards". A boundary is
		// the sentence's start, a mark, a preposition or conjunction,
		// or a verb of saying; other words before the phrase may make
		// its last noun a verb's object instead, and so may "to" or a
		// pronoun ("to replace David Cameron"). A single noun must be
		// an agent noun ("sculptor Henry Moore"): alone, others are
		// as often a caption's last word or an adjective.
		ri.add(d, k+1, p+1, p)
	}
}

// formerOffice reports whether w is a role noun after "ex-", in any case:
// "ex-President", "ex-chairman".
func formerOffice(w string) bool {
	if len(w) < 4 || !strings.EqualFold(w[:3], "ex-") {
		return false
	}
	return isRoleNoun(strings.ToLower(w[3:]))
}

// phraseOpens reports whether a role phrase may start right after token
// k, at a clause boundary: k is before the sentence (k < lo), a mark, a
// determiner, a preposition, "and", "by" or a verb of saying.
func phraseOpens(d *document, k, lo int) bool {
	if k < lo {
		return true
	}
	if d.toks[k].Kind != text.Word {
		// Not an apostrophe or a dot inside a word ("didn't", "U.S.").
		switch d.tok(k) {
		case ",", ";", ":", "(", "-", "–", "—", "\"", "“", "”":
			return true
		}
		return false
	}
	w := d.tok(k)
	return determinerAt(d, k) || isRoleBreak(w) || w == "and" || w == "by" || d.lexAt(k).Has(lexicon.ActVerb)
}

// nounBeforeName reports whether token p, right before a name, reads as
// the noun a role phrase ends in: a lower-case word that is no function
// word, verb of saying or adverb and has no verb's ending ("legend",
// "astronaut", "pundit"; not "met", "backed", "visiting").
func nounBeforeName(d *document, p int) bool {
	w := d.word(p)
	return w != "" && !d.capWord(p) && !d.possessive(p) && !d.is(p, classFunction) &&
		!d.lexAt(p).Has(lexicon.ActVerb) && !verbEnding(w) || agentAt(d, p)
}

// appositionBefore reads an apposition before c, which starts at token
// start: "the director of the World Health Organization, Amara Diallo,",
// "the Greens' former President, Ilka Berg", "a little-known group known
// as Black Harrow", "As head of the agency, Amara Diallo has ...". The
// apposition must close after the name, or the comma is a clause
// boundary: "... to a local farmer, Labour MP Owen Tate has said".
func (ri *roleInfo) appositionBefore(d *document, c *candidate, start int) {
	lo, hi := d.sent[c.sent], d.sent[c.sent+1]
	closed := c.end >= hi || d.toks[c.end].Kind == text.Punctuation && !d.possessive(c.end-1)
	if !closed && isActVerb(d.word(c.end)) && d.tok(lo) == "The" {
		// Opening the sentence, the phrase is no clause's object, and
		// its name may act at once: "The charity's head of policy,
		// Ana Lenz said".
		closed = true
	}
	p := start - 1
	if p > lo && d.tok(p) == "," {
		// "As head of the agency, Amara Diallo has ...", "her
		// predecessor as editor, Ilka Berg": a phrase of office opened
		// by "as" describes the name after it.
		if a := fronted(d, lo, p); a >= 0 {
			if head, ok := appositionRole(d, a, p, true); ok {
				ri.add(d, a, p, head)
				return
			}
		}
		// "A distinguished IBM engineer, Dr Carpenter spent ...": an
		// indefinite role phrase opening the sentence describes the
		// subject after its comma, closed or not.
		if w := d.tok(lo); (w == "A" || w == "An") && p-lo <= 6 {
			if head, ok := appositionRole(d, lo+1, p, true); ok && c.hint != Location {
				ri.add(d, lo+1, p, head)
				return
			}
		}
	}
	switch {
	case p > lo && d.tok(p) == "," && closed:
	case p-1 > lo && d.tok(p) == "as" && d.tok(p-1) == "known", p > lo && (d.tok(p) == "called" || d.tok(p) == "named"):
		if d.tok(p) == "as" {
			p--
		}
	default:
		return
	}
	if p <= lo {
		return
	}
	// Try the nearest phrase start first: a determiner, or a possessive
	// name whose run opens the phrase.
	for k := p - 1; k >= lo && p-k <= 12; k-- {
		w := d.tok(k)
		from := -1
		switch {
		case determinerAt(d, k) && !bodyOfRole(d, c, k, p):
			from = k + 1
		case d.possessive(k) && d.capWord(k):
			from = k
			for from-1 >= lo && d.capWord(from-1) && !d.initial(from) {
				from--
			}
		}
		if from >= 0 && from < p {
			if head, ok := appositionRole(d, from, p, true); ok {
				ri.add(d, from, p, head)
				return
			}
			if head, ok := nounApposition(d, from, p); ok && describable(c) && d.tok(c.end) == "," {
				// "the Russian artistic impresario, Sergei
				// Diaghilev, who ...": closed after the name,
				// the phrase describes it whatever its noun.
				ri.add(d, from, p, head)
				return
			}
		}
		if d.toks[k].Kind != text.Word || isActVerb(d.word(k)) || d.is(k, classFunction) && !isRoleBreak(w) && w != "and" && !determinerAt(d, k) {
			// A role modifier that is also a common word stays in
			// reach: "the new director, Ana Lenz".
			if describable(c) {
				ri.bareBefore(d, lo, k+1, p)
			}
			return
		}
		if k == lo && describable(c) {
			ri.bareBefore(d, lo, lo, p)
		}
	}
}

// bodyOfRole reports whether the phrase opened by the determiner at
// token k and ending at p is the body after a role's "of" or "for"
// rather than an apposition of c: a kind of organisation before a
// person's name ("the new chair of the group, Ana Lenz" is a chair). A
// person's role there is the apposition ("the resignation of its
// chairman, Tomas Brel"), and so is a kind of body before a name that
// may be one ("to dance for his company, Halden Ballet").
func bodyOfRole(d *document, c *candidate, k, p int) bool {
	if k == d.sent[c.sent] || !isRoleBreak(d.tok(k-1)) || c.hint != Person && c.ner != ner.PER {
		return false
	}
	head, ok := appositionRole(d, k+1, p, true)
	return ok && !isPersonRole(d.bare(head)) && isOrgRole(d.bare(head))
}

// bareBefore reads a role phrase with no determiner that opens a clause
// and ends at the comma before a name, from token from to p: "said Opera
// spokeswoman, Berit Hanson.", "Edinburgh-based developer, Rockstar,
// which ...". It opens the sentence (lo) or follows a verb of saying,
// not a mark: after a comma it is more often another apposition, of a
// place ("Mr Johnson, MP for Henley, Oxfordshire, said"). Its head must
// be a role noun and its first word one a role may start with (see
// appositionRole).
func (ri *roleInfo) bareBefore(d *document, lo, from, p int) {
	if from >= p || d.toks[from].Kind != text.Word {
		return
	}
	if from > lo && !d.lexAt(from-1).Has(lexicon.ActVerb) {
		return
	}
	if head, ok := appositionRole(d, from, p, false); ok {
		ri.add(d, from, p, head)
	}
}

// kindAfter reads a kind right after an organisation's name: "its Halden
// Foods subsidiary".
func (ri *roleInfo) kindAfter(d *document, c *candidate) {
	if c.hint != Person && !d.possessive(c.end-1) && d.word(c.end) != "" && !d.capWord(c.end) && d.lexPluralAt(c.end).Has(lexicon.OrgRole) {
		ri.add(d, c.end, c.end+1, c.end)
	}
}

// appositionAfter reads an apposition after c: "Gwen Rudd, deputy leader
// of the council, said".
func (ri *roleInfo) appositionAfter(d *document, c *candidate) {
	hi := d.sent[c.sent+1]
	q := c.end
	if q+1 >= hi || d.possessive(q-1) {
		return
	}
	dash := isDash(d.tok(q))
	if d.tok(q) != "," && !dash {
		return
	}
	a := q + 1
	if dash {
		// "Mr Bez - himself a former executive at Halden - said".
		switch d.tok(a) {
		case "himself", "herself", "itself":
			a++
		}
	}
	oneOf := d.tok(a) == "one" && d.tok(a+1) == "of" && (determinerAt(d, a+2) || d.possessive(a+2))
	if oneOf {
		// "Ana Lenz, one of the game developers sacked by Halden,":
		// the plural says what the name is.
		a += 2
		if d.possessive(a) && !d.capWord(a) {
			return
		}
	}
	if determinerAt(d, a) {
		a++
	}
	b := a
	for b < hi && b-a < 14 && d.toks[b].Kind == text.Word && !isActVerb(d.word(b)) && !relativeAt(d, b) {
		b++
	}
	if dash && (b >= hi || d.tok(b) != d.tok(q)) {
		// A dash opens an apposition only when a second one closes
		// it; else what follows is a clause ("Ana Lenz - the
		// plan is ...").
		return
	}
	// The apposition ends at a mark, at the verb its name is the
	// subject of when the writer left out the closing comma ("Ana
	// Lenz, a Halden spokeswoman told the paper"), or at a relative
	// clause ("Ana Lenz, a lawyer who ...").
	if b > a && b < hi && (d.toks[b].Kind == text.Punctuation || isActVerb(d.word(b)) || relativeAt(d, b)) {
		if oneOf {
			// The plural ends at its role noun: "one of the game
			// developers sacked by Halden".
			for k := a; k < b; k++ {
				if d.lexPluralAt(k).Has(lexicon.PersonRole | lexicon.OrgRole) {
					b = k + 1
					break
				}
			}
		}
		// Without a determiner the phrase may open with any noun
		// when its head is a role: "Ana Lenz, investment director
		// of Halden Funds".
		determined := a > q+1 || compoundWord(d, a) && !verbEnding(d.word(a))
		if head, ok := appositionRole(d, a, b, determined); ok {
			ri.add(d, a, b, head)
			return
		}
		// Two roles joined by "and" and an article: "Helena Lenz, a
		// Labour peer and a human rights lawyer,".
		for k := a + 1; k+2 < b; k++ {
			if d.tok(k) != "and" || d.tok(k+1) != "a" && d.tok(k+1) != "an" {
				continue
			}
			first, ok1 := appositionRole(d, a, k, determined)
			second, ok2 := appositionRole(d, k+2, b, true)
			if ok1 && ok2 {
				ri.add(d, a, k, first)
				ri.add(d, k+2, b, second)
				return
			}
		}
		// Opened by a determiner or a name's possessive and closed
		// by a mark or a relative clause, the phrase describes the
		// name whatever its noun: "Marc Anthony, a Latin pop star,",
		// "Cebit, the world's largest hi-tech fair,", "Ana Lenz,
		// Halden's principal consultant on RFID,". Closed by a verb it
		// may be a clause's subject instead ("In a letter to Ana Lenz,
		// the council said ..."), which only a role noun rules out.
		opened := a > q+1 || d.possessive(a) && d.capWord(a)
		if opened && describable(c) && (d.toks[b].Kind == text.Punctuation || relativeAt(d, b)) {
			if head, ok := nounApposition(d, a, b); ok {
				ri.add(d, a, b, head)
			}
		}
	}
}

// describable reports whether an apposition with a noun the role lists
// lack may describe c: not a place, which such a phrase more often
// locates ("Bromsgrove, Worcestershire, a town ...", "in Maryland, a
// suburb of Washington") than describes.
func describable(c *candidate) bool {
	return c.entry.Entity == nil && c.hint != Location && !c.setting && c.ner != ner.LOC
}

// isDash reports whether w is a dash that may set off an apposition.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// nounApposition reports whether tokens [a, b) of an apposition read as a
// noun phrase, and which token is its head: short, with no function word
// or verb of saying before any preposition, and ending there in a
// lower-case noun (see nounBeforeName). The callers ask it only of a
// phrase a determiner or possessive opens and a mark closes, where the
// role lists need not know the noun.
func nounApposition(d *document, a, b int) (head int, ok bool) {
	end := b
	for k := a; k < b; k++ {
		if isRoleBreak(d.tok(k)) {
			end = k
			break
		}
		if d.toks[k].Kind != text.Word || d.is(k, classFunction) || d.lexAt(k).Has(lexicon.ActVerb) {
			return 0, false
		}
		// A modifier with a verb's "-s" or "-ed" makes a clause of
		// the phrase ("the solution comes out of ..."), unless a
		// possessive or a role modifier.
		if w := d.word(k); !d.capWord(k) && !d.possessive(k) && !d.is(k, classModifier) && hasAnySuffix(w, "s", "ed") && k+1 < b && !isRoleBreak(d.tok(k+1)) {
			return 0, false
		}
	}
	if end == a || end-a > 5 || d.possessive(end-1) {
		return 0, false
	}
	return end - 1, nounBeforeName(d, end-1)
}

// lowerBetween reports whether the tokens strictly between k and p are
// all words in lower case.
func lowerBetween(d *document, k, p int) bool {
	for j := k + 1; j < p; j++ {
		if d.word(j) == "" || d.capWord(j) {
			return false
		}
	}
	return true
}

// relativeAt reports whether token k opens a relative clause: "who",
// "which" or "whose".
func relativeAt(d *document, k int) bool {
	switch d.tok(k) {
	case "who", "which", "whose":
		return true
	}
	return false
}

// preRoleWord reports whether token k can stand in a role phrase before a
// name: a capitalised word that is not a function word, a possessive name
// ("the Gazette's editor"), a role noun or a role modifier.
func preRoleWord(d *document, k int) bool {
	w := d.word(k)
	if w == "" {
		return false
	}
	// The classes of w and of w without its possessive ending, from the
	// hash classify kept: only a possessive's bare form is hashed here.
	b := d.lexAt(k)
	bb := b
	if d.possessive(k) {
		bb = lex(d.bare(k))
	}
	return preRoleClasses(w, b, bb)
}

// preRoleClasses is preRoleWord for word w with classes b, and bb without
// its possessive ending.
func preRoleClasses(w string, b, bb lexicon.Class) bool {
	if isFunction(b) || bb.Has(lexicon.ActVerb) || calendarWords.has(w) {
		return false
	}
	if startsUpper(w) {
		return true
	}
	if bb.Has(lexicon.RoleModifier) {
		return true
	}
	if bw := stripPossessive(w); len(bw) > 3 && strings.EqualFold(bw[:3], "ex-") && lex(bw[3:]).Has(lexicon.RoleModifier) {
		return true
	}
	if !strings.HasSuffix(w, ".") {
		return b.Has(lexicon.PersonRole | lexicon.OrgRole) // lexPlural(w) is b
	}
	return isRoleNoun(w)
}

// isRoleNoun reports whether w heads a role: a person's office or an
// organisation's kind, in the singular or plural.
func isRoleNoun(w string) bool { return lexPlural(w).Has(lexicon.PersonRole | lexicon.OrgRole) }

func isPersonRole(w string) bool { return lexPlural(w).Has(lexicon.PersonRole) }

func isOrgRole(w string) bool { return lexPlural(w).Has(lexicon.OrgRole) }

// appositionRole reports whether tokens [a, b) read as a role, and which
// token is its head: the words before any "of"/"at"/"for" must end in a role
// noun or title. After a determiner any content word may open the phrase
// ("a little-known group"); without one it must be a word a role can start
// with.
func appositionRole(d *document, a, b int, determined bool) (head int, ok bool) {
	if a >= b {
		return 0, false
	}
	if w := d.word(a); w == "" || d.is(a, classFunction) || isActVerb(d.word(a)) || !determined && !d.is(a, classPreRole) {
		return 0, false
	}
	end := b
	for k := a; k < b; k++ {
		if isRoleBreak(d.tok(k)) {
			end = k
			break
		}
		if d.is(k, classFunction) && !coordinatedRole(d, a, k, b) {
			return 0, false
		}
	}
	if end == a {
		return 0, false
	}
	// A role's head is a common noun ("head", "group") or a title
	// ("Cabinet Secretary"); a capitalised noun ends a name instead
	// ("the World Health Organization").
	w := d.tok(end - 1)
	if startsUpper(w) {
		// A capitalised office is a role too: "Chief Executive of the
		// trust"; a capitalised kind of body is a name.
		return end - 1, titles.has(undot(w)) || d.lexPluralAt(end-1)&(lexicon.PersonRole|lexicon.OrgRole) == lexicon.PersonRole
	}
	return end - 1, d.lexPluralAt(end-1).Has(lexicon.PersonRole|lexicon.OrgRole) || agentAt(d, end-1)
}

// coordinatedRole reports whether token k, inside the role phrase [a, b),
// is an "and" joining two roles of one person: "personal technology and
// broadband analyst", "General Manager and Senior Vice President",
// "lawyer and legal commenter". Words must stand on both sides; the
// phrase's head is still asked of its last word.
func coordinatedRole(d *document, a, k, b int) bool {
	return k > a && k+1 < b && d.tok(k) == "and" && d.word(k+1) != "" && !d.is(k+1, classFunction)
}

// roleBeforeAnd reports whether token k is an "and" that joins two roles
// before one name rather than two names: the word before it heads a role
// ("record holder and BBC pundit Ana Lenz", "president and CEO Ana
// Lenz"). After a name "and" more often joins a second name ("Mr Brel and
// Liberal Democrat leader Ana Lenz"), which is left out.
func roleBeforeAnd(d *document, k int) bool {
	if d.tok(k) != "and" || d.capWord(k-1) {
		return false
	}
	return d.lexPluralAt(k-1).Has(lexicon.PersonRole) || agentAt(d, k-1)
}

// agentAt reports whether token k is a lower-case agent noun the role
// lists lack ("sculptor", "strategist", "goalkeeper", "vice-chairman"),
// and not a verb: a modal or pronoun before it makes it one ("we
// consider", "will insist").
func agentAt(d *document, k int) bool {
	w := d.word(k)
	if w == "" || !agentNoun(w) {
		return false
	}
	return !afterModal(d, k)
}

// agentNoun reports whether w, in lower case, names what a person does
// by the endings English gives agent nouns ("-er", "-or", "-ist",
// "-ian", "-eer", "-man"), singular or plural, or is a hyphenated
// compound whose last part is a role noun ("vice-chairman", "co-owner").
// Words of five letters or fewer are left out: most with these endings
// ("other", "order", "never", "human") are not agents; common longer
// ones that are not agents are listed (lexicon.NonAgent).
func agentNoun(w string) bool {
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		// "vice-chairman", "film-maker", and an agent noun after a
		// prefix: "co-ordinator".
		return isLowerWord(w) && (isRoleNoun(w[k+1:]) || agentNoun(w[k+1:]))
	}
	w = strings.TrimSuffix(w, "s")
	if len(w) < 6 {
		return false
	}
	// The endings are asked first: they cost no lookup.
	for _, e := range agentEndings {
		if strings.HasSuffix(w, e) {
			return isLowerWord(w) && !lex(w).Has(lexicon.NonAgent|lexicon.Stop|lexicon.ActVerb|lexicon.RoleModifier)
		}
	}
	return false
}

// agentEnding reports whether w, or w without a plural "s", ends like an
// agent noun (see agentEndings).
func agentEnding(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, e := range agentEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// agentEndings end English agent nouns.
var agentEndings = []string{"er", "or", "ist", "ian", "eer", "man"}

// compoundWord reports whether token k can stand inside a role phrase as
// a lower-case noun the lists lack ("luxury goods group", "net monitoring
// firm"): a word that is no function word, verb of saying or adverb, and
// no past participle, which more often ends a clause than qualifies a
// role ("praised sculptor ...").
func compoundWord(d *document, k int) bool {
	w := d.word(k)
	if w == "" || d.capWord(k) || d.possessive(k) || d.is(k, classFunction) || isActVerb(d.word(k)) {
		return false
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed")
}

// trimVerbs returns where the role phrase (k, p] starts once the words
// that read as verbs are dropped with what comes before them: a word the
// role lists do not know with a verb's ending, opening the phrase or after
// a capitalised word ("Ana Lenz meets foreign minister ..."), or opening
// the phrase after a modal, a pronoun or "to" ("will meet Kenyan
// counterpart ..."). Inside a compound such a word stays ("luxury goods
// group", "net monitoring firm").
func trimVerbs(d *document, k, p int) int {
	start := k + 1
	for j := start; j < p; j++ {
		if d.is(j, classPreRole) {
			continue
		}
		// A capitalised word after a role modifier modifies the role
		// too, and so does the word after it: "former Olympic swimming
		// champion".
		afterName := d.capWord(j-1) && !(j-2 >= start && d.is(j-2, classModifier))
		if verbEnding(d.word(j)) && !agentAt(d, j) && (j == start || afterName) || j == start && afterModal(d, j) {
			k = j
		}
	}
	return k
}

// afterModal reports whether the word before token k is a modal, a
// pronoun or "to": what follows is a verb more often than a noun.
func afterModal(d *document, k int) bool {
	if k == 0 {
		return false
	}
	switch strings.ToLower(d.tok(k - 1)) {
	case "will", "would", "can", "could", "shall", "should", "may", "might", "must",
		"do", "does", "did", "not", "i", "you", "we", "they", "to":
		return true
	}
	return false
}

// functionWord reports whether w is a function word that ends a role
// phrase; "first" and "new" are function words but also role modifiers
// ("the First Secretary").
func functionWord(w string) bool { return isFunction(lex(w)) }

// asAmong reports whether a token of [from, to), a range of tokens, is
// "as" in any case: the phrase readers that start at an "as" ask it
// first, as most texts have none near a name.
func asAmong(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if strings.EqualFold(d.tok(k), "as") {
			return true
		}
	}
	return false
}

// fronted returns where a phrase of office opened by "as" starts, when
// the tokens [lo, p) end in one: "as" (after the start of the sentence, a
// clause opener or a word such as "now" or "predecessor") followed only by
// words a role may hold. It returns -1 otherwise.
func fronted(d *document, lo, p int) int {
	// Only at an "as" is there a phrase: most texts have none so near.
	if from := max(lo, p-12); from >= p || !asAmong(d, from, p) {
		return -1
	}
	for k := p - 1; k >= lo && p-k <= 12; k-- {
		w := d.tok(k)
		if w == "as" || w == "As" {
			if k+1 < p {
				return k + 1
			}
			return -1
		}
		if d.toks[k].Kind != text.Word || isActVerb(d.word(k)) || d.is(k, classFunction) && !isRoleBreak(w) && w != "and" && !determinerAt(d, k) {
			return -1
		}
	}
	return -1
}

// asRole returns the role phrase [a, b) after "as" that follows a name
// ending at token j, with at most six lower-case words between ("resigned
// as", "who served as", "faces his first real test as", "- who has
// resigned as"), or a == b when there is none.
func asRole(d *document, j, hi int) (a, b int) {
	// The "as" can be no further than j+8: after a comma or dash and six
	// words. Most names have none so near.
	if to := min(j+9, hi); j >= to || !asAmong(d, j, to) {
		return 0, 0
	}
	k := j
	if d.tok(k) == "," && k+2 < hi && d.toks[k+1].Kind == text.Number && d.tok(k+2) == "," {
		// An age between commas: "Ana Lenz, 45, has stepped down
		// as ...".
		k += 3
	}
	switch d.tok(k) {
	case ",", "-", "–", "—":
		k++
	}
	// Each token is read once: "as" ends the search, and up to six
	// lower-case words may come before it, none of them a preposition
	// (which would make the role another noun's: "the bid for Halden as
	// ..."). A word token's capWord is startsUpper of its text.
	for n := 0; ; n++ {
		if k >= hi {
			return 0, 0
		}
		w := d.tok(k)
		if w == "as" {
			break
		}
		if n == 6 || d.capWord(k) || w == "and" || w == "but" {
			return 0, 0
		}
		switch {
		case isRoleBreak(w) && (d.tok(k+1) == "his" || d.tok(k+1) == "her"):
			// A preposition before the name's own possessive keeps
			// the role the name's: "in his 14 years as", "in her
			// first job as".
		case d.toks[k].Kind == text.Number && k > j && (d.tok(k-1) == "his" || d.tok(k-1) == "her"):
		case d.toks[k].Kind != text.Word || w == "" || isRoleBreak(w):
			return 0, 0
		}
		k++
	}
	a = k + 1
	// A determiner opens the phrase, or a name's possessive does
	// ("as UKIP's branch chairman"), which stays out of the role.
	if isDeterminer(d.tok(a)) || d.possessive(a) && d.capWord(a) {
		a++
	}
	// Before its first preposition the phrase may hold nouns the lists
	// lack ("as a HGV driver", "as an award-winning photojournalist").
	b = a
	broken := false
	for b < hi && b-a < 8 && (d.is(b, classPreRole) || !broken && compoundWord(d, b) || isRoleBreak(d.tok(b)) && b > a || d.tok(b) == "the" && b > a && isRoleBreak(d.tok(b-1)) ||
		!broken && b > a && d.tok(b) == "and" && b+1 < hi && d.is(b+1, classPreRole) && d.is(b-1, classPreRole)) {
		// Two offices joined by "and" are one phrase: "as director and
		// vice-chairman of Halden Foods".
		broken = broken || isRoleBreak(d.tok(b))
		b++
	}
	for b > a && (isRoleBreak(d.tok(b-1)) || d.tok(b-1) == "the") {
		b--
	}
	// "as" that opens a clause is a conjunction: "figures come as
	// China's tax chief confirmed ...".
	if w := d.word(b); isActVerb(d.word(b)) || strings.HasSuffix(w, "ed") && !d.capWord(b) {
		return 0, 0
	}
	return a, b
}
