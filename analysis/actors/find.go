package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// candidate is a span a finder proposes as a mention of some actor. The
// finder says what it can see locally (the span, a type hint, a gazetteer
// reading, a title); which actor it belongs to is decided later, by
// resolve, from the whole document.
type candidate struct {
	text.Span       // the mention as reported: name, with a short title or honorific, no possessive
	sent        int // sentence index
	first, end  int // token range [first, end) of the name proper, without honorific or title
	kind        MentionKind
	hint        Type            // what the finder could tell; Unknown when nothing
	entry       gazetteer.Entry // the gazetteer reading; Entity nil when none
	honorific   string          // "Mr", "Lord" (without a dot) when the span starts with one
	title       string          // office written before the name ("President", "French Foreign Minister")
	titleStart  int             // first token of the title phrase, or first
	titleEnd    int             // last token of the title phrase, when there is a title
	initial     bool            // the span starts a sentence or quotation
	acronymOf   int             // index of the candidate a parenthesised acronym follows, or -1
	gov         string          // "Calder" in "the Calder administration"; kind Description
	inst        string          // "KEN security services": a state body named by its country
	bareGov     bool            // "the government" with no name
	group       bool            // a demonym with a collective noun ("African leaders")
	setting     bool            // preceded by a locative preposition ("in Nairobi")
	modifier    bool            // followed by a lower-case noun it modifies ("Paris council")
	dropInitial bool            // an initial single word resolve should keep only with support
	ner         ner.Type        // the tagger's type for the name, 0 when it tags none there
	described   bool            // a definite description linked to an actor ("the prime minister")
	nickname    bool            // a team's nickname merged into the team it names ("the Magpies")
}

// finder proposes candidate mentions. Find uses tagFinder (tagged.go): the
// rule-based finder below, checked and completed by the trained tagger's
// entities; the rules alone serve when the tagger's model cannot be
// loaded. Merging, typing, roles and salience read whatever a finder
// proposes.
type finder interface {
	// find appends the candidates of sentence s of d to dst.
	find(dst []candidate, d *document, s int) []candidate
}

// ruleFinder finds candidates from capitalisation, titles, connectors and
// the gazetteer.
type ruleFinder struct {
	gaz *gazetteer.Gazetteer
}

func (f ruleFinder) find(dst []candidate, d *document, s int) []candidate {
	lo, hi := d.sent[s], d.sent[s+1]
	// Most tokens are not capitalised: the slices cut to the sentence's
	// end spare their loop the bounds checks of capWord and the token.
	class, toks, bends := d.class[:hi], d.toks[:hi], d.bends[:hi]
	for i := datelineEnd(d, lo, hi); i < hi; {
		if !class[i].has(classCapWord) { // !d.capWord(i)
			// lowerPatterns reads "ministers" and a bare "government"
			// or "administration" only: their lengths spare it the call
			// for other words.
			if start := toks[i].Start; toks[i].End-start == len("ministers") || bends[i]-start == len("government") || bends[i]-start == len("administration") {
				dst = f.lowerPatterns(dst, d, s, i)
			}
			i++
			continue
		}
		if w := d.bare(i); (w == "Government" || w == "Administration") && i > lo && !d.capWord(i+1) {
			// "the Government said": British style capitalises the
			// government it means, which is the bare "the government".
			n := len(dst)
			if dst = f.lowerPatterns(dst, d, s, i); len(dst) > n {
				i++
				continue
			}
		}
		if toks[i].End-toks[i].Start == len("Ministers") && d.tok(i) == "Ministers" && !d.capWord(i+1) {
			// "Ministers say ...": the government, as "ministers" is
			// inside a sentence (see lowerPatterns).
			n := len(dst)
			if dst = f.lowerPatterns(dst, d, s, i); len(dst) > n {
				i++
				continue
			}
		}
		j := f.runEnd(d, i, hi)
		n := len(dst)
		dst = f.run(dst, d, s, i, j)
		dst, i = f.after(dst, d, s, n, j, hi)
	}
	return dst
}

// datelineEnd returns where sentence [lo, hi) starts once its wire
// dateline is skipped, or lo when it has none. A dateline opens a story's
// first or second sentence (after a headline): a place in capitals, then
// a date after a comma or an agency in parentheses, then a dash: "DAKAR,
// May 4 (Wirewatch) -", "NEW HAVEN (AP) —". The place says where the
// story was filed, not who acts in it, and the agency wrote it. Between
// the place and the dash stand no lower-case words, and a date (a month,
// a number) or an agency must: "NATO, in a statement -" and "IMF, World
// Bank - both lenders ..." are sentences whose subjects are actors.
func datelineEnd(d *document, lo, hi int) int {
	if len(d.sent) > 2 && lo >= d.sent[2] {
		return lo
	}
	k := lo
	for k < hi && d.toks[k].Kind == text.Word && allCaps(d.tok(k)) {
		k++
	}
	if k == lo || k >= hi || d.tok(k) != "," && d.tok(k) != "(" {
		return lo
	}
	// At most six tokens (a date, a region, an agency) before the dash.
	dated := false
	for j := k; j < hi && j <= k+6; j++ {
		w := d.tok(j)
		switch {
		case isDash(w):
			if dated {
				return j + 1
			}
			return lo
		case w == "(" && j+2 < hi && d.tok(j+2) == ")", calendarWords.has(w), w != "" && w[0] >= '0' && w[0] <= '9':
			dated = true
		case d.toks[j].Kind == text.Word && !startsUpper(w):
			return lo
		}
	}
	return lo
}

// runEnd returns the end of the capitalised run starting at i: capitalised
// words, with connectors inside ("Bank of England"), ending at a possessive
// or at a word such as "US-led" whose part after the hyphen is lower case.
func (f ruleFinder) runEnd(d *document, i, hi int) int {
	j := i + 1
	// A possessive, a hyphenated modifier or an abbreviated company suffix
	// ("Widget Corp." before the next sentence's name) ends a run. A
	// token that is neither capitalised nor a connector ends it too, and
	// is asked first: it ends most runs, and spares the tests of the word
	// before it.
	for j < hi && (d.capWord(j) || d.has(j, wordConnector) || apostropheInName(d, j, hi)) && (!d.possessive(j-1) || possessiveInName(d, j-1, hi)) && !endsRun(d.tok(j-1)) {
		if d.capWord(j) || d.toks[j].Kind != text.Word {
			// A capitalised word, or the apostrophe of a name.
			j++
			continue
		}
		// Up to two connectors followed by a capitalised word: "of the".
		k := j
		for k < hi && k-j < 2 && d.has(k, wordConnector) && d.toks[k].Kind == text.Word {
			k++
		}
		// "the" joins only after another connector: "Organization of the
		// Petroleum Exporting Countries", not "group the Coastal ...".
		if k > j && k < hi && d.capWord(k) && d.tok(j) != "the" {
			j = k + 1
			continue
		}
		break
	}
	return j
}

// possessiveInName reports whether the possessive at token k is inside
// an organisation's name ("National Farmers' Union", "The Prince's
// Trust", "Maricopa County Sheriff's Office"): it is a plural or a common
// noun, not a name ("Britain's", "Blair's"), and one or two capitalised
// words ending in an organisation's head follow it.
func possessiveInName(d *document, k, hi int) bool {
	return commonPossessor(d, k) && orgHeadAfter(d, k, hi) || firmOf(d, k, hi)
}

// firmOf reports whether the possessive at token k names a firm with the
// company word after it ("Foster's Group", "Sainsbury's Bank"): a name the
// gazetteer does not know as a place, then one capitalised word that ends
// firms' names and the run.
func firmOf(d *document, k, hi int) bool {
	if k+1 >= hi || !d.capWord(k+1) || d.possessive(k+1) || k+2 < len(d.toks) && (d.capWord(k+2) || d.has(k+2, wordConnector)) || d.gazStart(k) {
		return false
	}
	switch d.tok(k + 1) {
	case "Group", "Holdings", "Corporation", "Corp", "Company", "Bank", "Ltd", "Plc", "plc", "Inc":
		return true
	}
	return false
}

// commonPossessor reports whether the possessive at token k is a plural
// or a common noun's ("Farmers'", "People's", "Prince's"), which may
// stand inside a body's name, not a name's ("Britain's", "Blair's").
func commonPossessor(d *document, k int) bool {
	w := d.tok(k)
	bare := d.bare(k)
	if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return true
	}
	switch bare {
	case "Women", "Men", "Children", "People":
		return true
	}
	return d.has(k, wordTitle) || d.lexPluralAt(k).Has(lexicon.PersonRole) || lex(bare).Has(lexicon.PersonRole)
}

// apostropheInName reports whether token j is the apostrophe of a plural
// possessive inside an organisation's name, which the tokeniser writes
// apart: "National Farmers' Union", "the TaxPayers’ Alliance".
func apostropheInName(d *document, j, hi int) bool {
	if d.toks[j].Kind != text.Punctuation || j == 0 || d.toks[j].Start != d.toks[j-1].End {
		return false
	}
	w := d.tok(j)
	return (w == "'" || w == "’") && strings.HasSuffix(d.tok(j-1), "s") && d.capWord(j-1) && orgHeadAfter(d, j, hi)
}

// orgHeadAfter reports whether one or two capitalised words after token k
// end in an organisation's head ("Union", "Trust").
func orgHeadAfter(d *document, k, hi int) bool {
	for j := k + 1; j < hi && j <= k+2 && d.capWord(j); j++ {
		if d.has(j, wordOrgHead) && !d.possessive(j) {
			return true
		}
	}
	return false
}

// endsRun reports whether the word w of a run ends it though what follows
// continues it: a hyphenated modifier ("US-led"), or an abbreviated
// company suffix ("Widget Corp." before the next sentence's name).
func endsRun(w string) bool {
	return hyphenModifier(w) || strings.HasSuffix(w, ".") && orgHeads.has(undot(w))
}

// hyphenModifier reports whether w is a capitalised stem with a lower-case
// tail ("US-led", "Labour-run"), which modifies what follows.
func hyphenModifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && !startsUpper(w[k+1:]) && startsUpper(w)
}

// run turns the capitalised run [a, b) of sentence s into candidates. It
// first cuts the run where one name ends and another starts, iterating
// rather than recursing so that a run of any length costs linear time.
func (f ruleFinder) run(dst []candidate, d *document, s, a, b int) []candidate {
	for {
		k, r := splitRun(d, a, b)
		if k < 0 {
			return f.piece(dst, d, s, a, b)
		}
		dst = f.piece(dst, d, s, a, k)
		a = r
	}
}

// splitRun returns where the run [a, b) holds two names: the end k of the
// first and the start r of the rest, or -1, -1.
func splitRun(d *document, a, b int) (k, r int) {
	if opensSentences(d, a) {
		return a, a + 1
	}
	orgBefore := false
	// titled tells whether a title or an honorific stands before k, or
	// a role noun opens the run: without one no person is named before
	// an "and", and personLike, which reads back over the run, is not
	// asked (a run of names joined by "and" costs linear time).
	titled, seen := false, a // titled holds for the tokens [a, seen)
	for k := a + 1; k < b-1; k++ {
		if opensSentences(d, k) {
			return k, k + 1
		}
		orgBefore = orgBefore || d.has(k-1, wordOrgHead)
		if d.tok(k) == "and" {
			// Read on from where the last "and" left off: each token
			// once, however many "and"s the run has.
			for ; seen < k && !titled; seen++ {
				titled = d.has(seen, wordHonorific|wordTitle) || d.possessive(seen) || seen == a && initialRole(d, a)
			}
			seen = k
		}
		if r := splitAt(d, a, b, k, titled, orgBefore); r >= 0 {
			return k, r
		}
	}
	if b-1 > a && opensSentences(d, b-1) {
		return b - 1, b
	}
	return -1, -1
}

// opensSentences reports whether token k is a capitalised word that opens
// sentences. One ends a name that lost its full stop, as captions run
// into a text do: "ESPNcricinfo But Stewart", "John Yesterday". splitRun
// asks it in the same pass as the other splits, so that a run cut many
// times costs linear time.
func opensSentences(d *document, k int) bool {
	return d.capWord(k) && sentenceOpeners.has(d.tok(k))
}

// splitAt returns where the second name starts when the run [a, b) of
// capitalised words ends its first name at token k, and -1 when it does
// not. titled tells whether a title, an honorific or a role stands
// before k; orgBefore whether an organisation's head word does.
func splitAt(d *document, a, b, k int, titled, orgBefore bool) int {
	// An honorific starts a new name: "in Ontario Ms Keller".
	if d.has(k, wordHonorific) && !titles.has(undot(d.tok(k-1))) {
		return k
	}
	// "and" after a person named with an honorific or a title ends the
	// person: "Culture Secretary Ana Lenz and Deputy Prime Minister Ivo
	// Ratt", "Mr Brel and Liberal Democrat ...". An office shared by two
	// words stays whole: "Trade and Industry Secretary Ana Lenz".
	if d.tok(k) == "and" && titled && (k-a >= 2 && personLike(d, a, k) || k-a == 1 && nameTitles.has(undot(d.tok(a)))) {
		// ... and a title that names a person alone: "the Queen and
		// Prince Philip".
		return k + 1
	}
	// "of" or "for" before an organisation ends a name: "Dr Ines Varga
	// of the Danish Energy Agency", but not "Bank of England" or
	// "Commission for Racial Equality".
	if w := d.tok(k); (w == "of" || w == "for") && d.has(b-1, wordOrgHead) && !orgBefore && !nameHonorifics.has(undot(d.tok(a))) {
		return afterOf(d, k)
	}
	// "of" after a person named with a title or an honorific ends the
	// person, whatever follows: "President Musharraf of Pakistan", "Chief
	// Inspector Paul Johnson of the Flying Squad". A peer's seat stays in
	// the name ("Lord Pembury of Ashcombe"), and so does an office's
	// ("Chief Executive of the Trust": its last word is a role, not a
	// name). A titled name is short, so reading it back keeps a run of
	// any length linear.
	if d.tok(k) == "of" && k-a >= 2 && k-a <= 6 && !peerIn(d, a, k) && !d.has(k-1, wordTitle) && !d.lexPluralAt(k-1).Has(lexicon.PersonRole) && personLike(d, a, k) {
		return afterOf(d, k)
	}
	return -1
}

// afterOf returns the token after the "of" or "for" at k and a "the"
// following it: where the name after it starts.
func afterOf(d *document, k int) int {
	r := k + 1
	if d.tok(r) == "the" {
		r++
	}
	return r
}

// peerIn reports whether a peer's honorific ("Lord", "Baroness") stands
// among the tokens [a, k): the "of" after the name then gives the
// peer's seat ("Ex-Welsh Office Minister Lord Roberts of Conwy").
func peerIn(d *document, a, k int) bool {
	for j := a; j < k; j++ {
		if d.has(j, wordHonorific) && nameHonorifics.has(undot(d.tok(j))) {
			return true
		}
	}
	return false
}

// piece turns one name's run into candidates.
func (f ruleFinder) piece(dst []candidate, d *document, s, a, b int) []candidate {
	if a >= b {
		return dst
	}
	w := d.tok(a)
	if len(w) <= 3 || !strings.HasPrefix(w, "Ex-") && !strings.HasPrefix(w, "ex-") || !startsUpper(w[3:]) {
		return f.runBody(dst, d, s, a, b)
	}
	// "Ex-Scottish Office Minister": the name starts after the prefix.
	n := len(dst)
	dst = f.runBody(dst, d, s, a, b)
	for i := n; i < len(dst); i++ {
		if dst[i].Span.Start == d.toks[a].Start {
			dst[i].Span.Start += 3
		}
	}
	return dst
}

// trimRun returns the run [a, b) of sentence s without the words at its
// ends that are not part of a name, and whether what is left opens the
// sentence or a quotation.
func (f ruleFinder) trimRun(d *document, s, a, b int) (int, int, bool) {
	initial := d.initialIn(s, a)
	// A sentence-initial function word or common word is not part of a
	// name: "The World Bank", "Former Treasury minister".
	for a < b && initial && !allCaps(d.bare(a)) && f.commonInitial(d, a, b) {
		a++
		initial = false
	}
	// A calendar word opens no name, unless the name is a body's:
	// "the Sunday Times", "the Monday Club".
	for a < b && d.has(a, wordCalendar) && !d.has(b-1, wordOrgHead) {
		a++
	}
	// Words in capitals that hold a function word are shouted text, a
	// headline or a caption run into the sentence ("SCROLL DOWN FOR
	// VIDEO"), not a name; the name that may follow them starts after.
	if b-a >= 2 && allCaps(d.bare(a)) {
		k, fn := a, false
		for k < b && allCaps(d.bare(k)) {
			fn = fn || d.is(k, classStop)
			k++
		}
		if fn && k-a >= 2 {
			a = k
			initial = false
		}
	}
	// "I" after a word opening the sentence is the pronoun, not a name's
	// last word ("Somehow I knew"); a regnal number follows a name inside
	// a sentence ("Queen Elizabeth I").
	if b-a == 2 && initial && d.tok(b-1) == "I" {
		b--
	}
	// A name ends in no calendar word, connector, or function word
	// written with a capital: a caption run into the sentence ("Wendy
	// Davis WHERE"), an article that opens the next ("Jack Russell Sam
	// The").
	// A calendar word the text writes after an honorific is a surname
	// ("Theresa May", "Mrs May").
	for b > a && (d.has(b-1, wordCalendar) && !(b-a > 1 && d.calendarSurname(b-1)) || d.has(b-1, wordConnector) || b-a > 1 && trailingStop(d, b-1)) {
		b--
	}
	return a, b, initial
}

// runBody turns one name's run, its prefix settled, into candidates: it
// trims words that are not part of the name (see trimRun), then reads the
// rest as an office, a person with an honorific or title, or gazetteer
// names and other names.
func (f ruleFinder) runBody(dst []candidate, d *document, s, a, b int) []candidate {
	a, b, initial := f.trimRun(d, s, a, b)
	if a >= b {
		return dst
	}
	if codes(d, a, b) {
		// "PV14", "D2 L1": codes of things, scores, not names.
		return dst
	}
	if b-a == 1 {
		w := d.tok(a)
		if hyphenModifier(w) {
			return f.stem(dst, d, s, a)
		}
		if bw := d.bare(a); d.is(a, classStop) && !allCaps(bw) || nonActors.has(bw) || curlyStop(bw) { // bw is stripPossessive(w)
			return dst
		}
	}
	// A run that is an office without a name ("First Secretary", "MP for
	// Market Harwell", "Foreign Minister") is a role, not an actor, though
	// a country in it is a mention ("French Foreign Minister"). What comes
	// before the office names who holds it: "Green Party" in "Green Party
	// MP", "French" in "French Foreign Minister".
	if !d.has(a, wordHonorific) && d.has(b-1, wordTitle) && !membersOf(d, a, b) {
		return f.segment(dst, d, s, a, titlePhraseStart(d, a, b-1), initial, false)
	}
	if d.has(a, wordTitle) && b-a > 1 && d.has(a+1, wordConnector) || nonActorHeads.has(d.bare(b-1)) || innerFunctionWord(d, a, b) {
		return f.segment(dst, d, s, a, b, false, true)
	}
	if k := seatAt(d, a, b); k > a {
		// "Tory MP for Sleaford and North Hykeham": what comes before
		// the office may name its holder's party; the seat after it
		// is a place.
		dst = f.segment(dst, d, s, a, k, initial, false)
		return f.segment(dst, d, s, k, b, false, true)
	}
	// An office written with capitals whose head is a person's role
	// noun, with no name after it ("Deputy CEO", "Senior Vice President
	// of Halden", "Marketing Officer"), is no actor; the body after its
	// "of" may be.
	if k := officeEnd(d, a, b); k > a {
		if k < b && d.tok(k) == "of" {
			return f.segment(dst, d, s, k+1, b, false, false)
		}
		return f.segment(dst, d, s, a, b, false, true)
	}

	// Honorific or title plus name: "Mr Ferrante", "Lord Pembury of
	// Ashcombe", "President Okafor", "French Foreign Minister Lise Darrieux".
	if !personLike(d, a, b) {
		// person would find neither an honorific nor a title: the
		// check spares most runs its candidate, which is large to
		// return.
		return f.segment(dst, d, s, a, b, initial, false)
	}
	if c, ok := f.person(d, s, a, b); ok {
		if c.title != "" {
			dst = f.segment(dst, d, s, c.titleStart, titlePhraseStart(d, c.titleStart, c.titleEnd), initial, false)
		}
		c.initial = initial
		return append(dst, c)
	}
	return f.segment(dst, d, s, a, b, initial, false)
}

// sentenceOpeners are conjunctions and sentence adverbs, capitalised:
// inside a capitalised run they open a new sentence, never a name's next
// word.
var sentenceOpeners = set("But", "Although", "Though", "However", "Meanwhile", "Yesterday",
	"Today", "Tomorrow", "Tonight", "Because", "Whilst", "While", "Unless", "Despite",
	"Instead", "Moreover", "Nevertheless", "Indeed", "Perhaps", "Furthermore", "Earlier",
	"Later", "Finally", "Overall", "Whereas", "Since", "If", "When")

// seatAt returns the title of the run [a, b) followed by "for" ("MP for
// Sleaford"), which names a seat, or a when there is none.
func seatAt(d *document, a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if d.tok(k+1) == "for" && d.has(k, wordTitle) && titles.has(undot(d.tok(k))) {
			return k
		}
	}
	return a
}

// membersOf reports whether the run [a, b) ends in the plural of a title
// after a connector: a body named for its members ("Institute of
// Directors", "Council of Scottish Colonels"), not an office.
func membersOf(d *document, a, b int) bool {
	w := undot(d.bare(b - 1))
	if titles.has(w) {
		return false // singular: an office ("Secretary of State")
	}
	for k := b - 2; k > a; k-- {
		if d.has(k, wordConnector) {
			return true
		}
	}
	return false
}

// titlePhraseStart returns where the office ending with the title at h
// starts, going back over modifiers ("Foreign Minister", "Deputy Leader",
// "Shadow Health Secretary"), but not before a.
func titlePhraseStart(d *document, a, h int) int {
	t := h
	for t > a && d.is(t-1, classModifier) && !d.possessive(t-1) {
		t--
	}
	return t
}

// codes reports whether every token of [a, b) is one or two letters
// followed by digits: a code of a thing or a score ("PV14", "Q3", "D2
// L1"), not a name. Names with digits inside ("S4C") or that the
// gazetteer knows ("G8") are not codes.
func codes(d *document, a, b int) bool {
	for k := a; k < b; k++ {
		w := d.tok(k)
		i := 0
		for i < len(w) && i < 2 && ('A' <= w[i] && w[i] <= 'Z' || 'a' <= w[i] && w[i] <= 'z') {
			i++
		}
		if i == 0 || i == len(w) {
			return false
		}
		for ; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
	}
	_, known := d.gaz.Lookup(d.span(a, b).In(d.src))
	return !known
}

// trailingStop reports whether token k, the last of a run, is a function
// word that ends no name: an article ("The") or a stop word in capitals
// ("WHERE"), but not a number ("BBC Radio Four") or "I" ("Elizabeth I").
func trailingStop(d *document, k int) bool {
	if !d.is(k, classStop) {
		return false
	}
	switch w := d.tok(k); w {
	case "The", "A", "An":
		return true
	default:
		return allCaps(w) && len(w) > 2
	}
}

// officeEnd returns where the office that opens the run [a, b) ends: at
// its "of", or at the run's end, when the word before is a capitalised
// noun for a person's role ("Officer", "President", "CEO"), not for a
// body's ("Regulator", "Executive"), after words that qualify offices
// only; else a.
func officeEnd(d *document, a, b int) int {
	k := a
	for k < b && d.tok(k) != "of" {
		k++
	}
	if k-a < 2 && !allCaps(d.bare(a)) {
		// A single capitalised word is an office only in capitals:
		// "Manager" alone may be a name.
		return a
	}
	h := k - 1
	if d.possessive(h) || !d.capWord(h) || d.has(h, wordOrgHead) {
		return a // "Scottish Executive": a body's head
	}
	if lb := d.lexPluralAt(h); !lb.Has(lexicon.PersonRole) || lb.Has(lexicon.OrgRole) {
		return a
	}
	// The words before the head qualify the office ("Deputy", "Senior
	// Vice"); a first name makes a person of it ("Christopher Dean",
	// "Philip Head").
	for j := a; j < h; j++ {
		if w := d.tok(j); !d.is(j, classModifier) && !d.lexPluralAt(j).Has(lexicon.PersonRole) && !allCaps(w) && w != "&" && w != "and" {
			return a
		}
	}
	return k
}

// innerFunctionWord reports whether a capitalised function word stands
// inside the run ("Songs From The Valley", "Gone With The Wind"): the title
// of a work, not the name of an actor.
func innerFunctionWord(d *document, a, b int) bool {
	for k := a + 1; k < b; k++ {
		// The class, one bit, is asked first: few words have it.
		if d.is(k, classTitleFn) {
			if w := d.bare(k); startsUpper(w) && !allCaps(w) {
				return true
			}
		}
	}
	return false
}

// commonInitial reports whether the word at a, opening a sentence or
// quotation, is an ordinary word rather than the start of the name [a, b):
// a function word, a word such as "Former" that only qualifies a role, or a
// word the text writes in lower case elsewhere, unless the gazetteer knows a
// name starting with it or the run ends like an organisation's name
// ("International Monetary Fund", "Forest Rights Watch").
func (f ruleFinder) commonInitial(d *document, a, b int) bool {
	switch {
	case d.is(a, classStop):
		return true
	case b-a < 2:
		return false
	case d.is(a, classInitialMod):
		return true
	case d.has(b-1, wordOrgHead) || d.has(a, wordHonorific) || !d.lowerSeenAt(a):
		// An honorific opening a name stays, though the text also
		// writes it in lower case ("the lord chancellor ... Lord
		// Pembury said").
		// The class, one bit, is asked first: it spares a lookup in
		// the set of lower-case words, which is built for the text on
		// its first question.
		return false
	}
	for k := min(b, a+f.gaz.MaxWords()); k > a+1; k-- {
		if _, _, ok := f.lookup(d, a, k); ok {
			return false
		}
	}
	return !addressedName(d, a, b)
}

// addressedName reports whether the run [a, b), opening a sentence, is a
// title of address and a name: "President Kumaratunga said", though the
// text also writes "president" in lower case ("the country's
// president"). The words after the title must be words the text never
// writes in lower case, so that "General Electric" is not General
// Electric's title.
func addressedName(d *document, a, b int) bool {
	if b-a > 4 || !nameTitles.has(undot(d.bare(a))) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !d.capWord(k) || d.lowerSeenAt(k) {
			return false
		}
	}
	return true
}

// titleWord reports whether w is a title or its plural ("MPs").
func titleWord(w string) bool {
	w = undot(w)
	return titles.has(w) || strings.HasSuffix(w, "s") && titles.has(w[:len(w)-1])
}

// personLike reports whether person may read [a, b) as a person's name:
// whether it starts with an honorific, or has a title before its last
// word that no connector follows. person reads no other run as one.
func personLike(d *document, a, b int) bool {
	return d.has(a, wordHonorific) && b-a >= 2 || lastTitle(d, a, b) >= a
}

// lastTitle returns the last title in the run [a, b) that a name follows
// without a connector ("French Foreign Minister Lise Darrieux"), or -1. A
// role noun opening the sentence before a name of two words or more is a
// title too: "Striker Andy Carroll", "Photographer Jo Lee".
func lastTitle(d *document, a, b int) int {
	for k := b - 2; k >= a; k-- {
		// A word without a possessive that is a title has the class
		// wordTitle, one bit, which spares the others the list.
		if (d.possessive(k) || d.has(k, wordTitle)) && titles.has(undot(d.tok(k))) && !d.has(k+1, wordConnector) && !membersAfter(d, a, k) {
			return k
		}
	}
	if b-a >= 3 && initialRole(d, a) && !d.has(a+1, wordConnector) {
		return a
	}
	return -1
}

// membersAfter reports whether the title at token k follows a body's head
// and its "of" or "for" inside the run [a, k): the body is named for its
// members ("Association of Chief Police Officers"), who are no one
// person.
func membersAfter(d *document, a, k int) bool {
	return k-2 >= a && (d.tok(k-1) == "of" || d.tok(k-1) == "for") && d.has(k-2, wordOrgHead)
}

// initialRole reports whether token k, capitalised, is a person's role
// noun opening its sentence ("Pensioner", "Striker"): written with a
// capital only because it comes first.
func initialRole(d *document, k int) bool {
	if !d.capWord(k) || d.possessive(k) {
		return false
	}
	w := d.tok(k)
	if allCaps(w) {
		return false
	}
	// The lexicon has the role bits of the word in lower case; an
	// agent noun's ending is asked of the word as written before it is
	// lowered, which most words spare.
	if !d.lexPluralAt(k).Has(lexicon.PersonRole) && !(agentEnding(w) && agentNoun(strings.ToLower(w))) {
		return false
	}
	return d.initial(k)
}

// curlyStop reports whether w, written with a typographic apostrophe, is
// a stop word ("I’m", "I’d"): the lists spell them with a straight one.
func curlyStop(w string) bool {
	if !strings.Contains(w, "’") {
		return false
	}
	return lexicon.Lookup(strings.ToLower(strings.ReplaceAll(w, "’", "'"))).Has(lexicon.Stop)
}

// person reads [a, b) as a person's name after an honorific or title.
func (f ruleFinder) person(d *document, s, a, b int) (candidate, bool) {
	// A head of a body's or a place's name ends no person's name ("Lord
	// Chancellor's Department", "President Street"), except as the one
	// word after an honorific: a surname ("Mr Park", "Ms Hill").
	if (d.has(b-1, wordOrgHead) || d.has(b-1, wordPlaceHead)) && !(b-a == 2 && d.has(a, wordHonorific)) {
		return candidate{}, false
	}
	// The last title in the run followed by a name: everything up to it
	// is the office ("French Foreign Minister", "Prime Minister").
	h := lastTitle(d, a, b)
	c := candidate{sent: s, kind: Name, hint: Person, acronymOf: -1}
	first := a
	switch {
	case h > a && d.has(h+1, wordHonorific) && b-h >= 3:
		// An honorific that opens a title ("Lord Chancellor Lord
		// Pembury"): the title is all before the second honorific.
		first = h + 1
		c.titleStart, c.titleEnd = a, h
		c.title = text.Span{Start: d.toks[a].Start, End: d.toks[h].End}.In(d.src)
		c.honorific = undot(d.tok(first))
		first++
	case d.has(a, wordHonorific) && b-a >= 2:
		c.honorific = undot(d.tok(a))
		first = a + 1
		c.titleStart = a
	case h >= a:
		first = h + 1
		c.titleStart, c.titleEnd = a, h
		c.title = text.Span{Start: d.toks[a].Start, End: d.toks[h].End}.In(d.src)
		if d.has(first, wordHonorific) && b-first >= 2 {
			c.honorific = undot(d.tok(first))
			first++
		}
	default:
		return candidate{}, false
	}
	if e, _, ok := f.lookup(d, first, b); ok && e.Kind != gazetteer.Organization && b-first == 1 {
		// A title before a lone country or place name is not a person
		// ("Minister Iran"): leave the name to the gazetteer.
		return candidate{}, false
	}
	c.first, c.end = first, b
	start := first
	switch {
	case c.honorific != "":
		start = first - 1
	case h == a && nameTitles.has(undot(d.tok(h))):
		start = h // "President Okafor": a title used as a form of address
	}
	c.Span = d.span(start, b)
	return c, true
}

// lookup reads tokens [a, b) in the gazetteer, exactly first, then with
// the article before them ("the States"), then folded (case, diacritics,
// spacing) for runs of several words or acronyms ("Nato"). withThe reports
// that the match includes the article.
func (f ruleFinder) lookup(d *document, a, b int) (e gazetteer.Entry, withThe, ok bool) {
	if !d.gazStart(a) {
		return gazetteer.Entry{}, false, false
	}
	s := d.span(a, b).In(d.src)
	if e, ok := f.gaz.Lookup(s); ok {
		return e, false, true
	}
	if a > 0 && d.tok(a-1) == "the" {
		if e, ok := f.gaz.Lookup(d.src[d.toks[a-1].Start:d.bareEnd(b-1)]); ok {
			return e, true, true
		}
	}
	// One mixed-case word folds only to an abbreviation, only inside a
	// sentence, and not as the first name of a longer one: "Nato" is
	// NATO, but "Who" opening a sentence is not WHO, nor "Eric" of "Eric
	// Miller" ERIC.
	if b-a > 1 || allCaps(s) || !d.initial(a) && !d.capWord(b) {
		if e, ok := f.gaz.LookupFold(s); ok && (e.Form == gazetteer.Abbreviation || b-a > 1) {
			return e, false, true
		}
	}
	return gazetteer.Entry{}, false, false
}

// segment splits the run [a, b) into gazetteer matches and names. With
// gazOnly it keeps the gazetteer matches only.
func (f ruleFinder) segment(dst []candidate, d *document, s, a, b int, initial, gazOnly bool) []candidate {
	for p := a; p < b; {
		if d.has(p, wordConnector) {
			p++
			continue
		}
		q, e, withThe := p, gazetteer.Entry{}, false
		// Most words start no gazetteer form: asking once here spares
		// the tries of every length.
		for k := min(b, p+f.gaz.MaxWords()); k > p && d.gazStart(p); k-- {
			if d.has(k-1, wordConnector) {
				continue
			}
			if m, the, ok := f.lookup(d, p, k); ok {
				q, e, withThe = k, m, the
				break
			}
		}
		if q == p {
			if gazOnly {
				p++
				continue
			}
			// No gazetteer name starts here: the rest is one name,
			// unless it joins two names with "and".
			dst, p = f.name(dst, d, s, p, b, initial && p == a)
			continue
		}
		if q < b && !d.has(q, wordConnector) && !gazOnly {
			rest := d.bare(b - 1)
			switch {
			case b-q == 1 && govNouns.has(rest) && e.Kind == gazetteer.Country:
				// "British Government", "US Administration".
				c := f.gazCandidate(d, s, p, b, e)
				c.kind = Description
				return append(dst, c)
			case orgHeads.has(rest):
				// "Danish Energy Agency", "Scottish National Party",
				// "British Airways": the country names the body.
				dst, p = f.name(dst, d, s, p, b, initial && p == a)
				continue
			}
		}
		c := f.gazCandidate(d, s, p, q, e)
		if withThe {
			c.Span.Start = d.toks[p-1].Start
		}
		c.initial = initial && p == a
		dst = append(dst, c)
		p = q
	}
	return dst
}

// gazCandidate is the candidate for tokens [a, b) read as entry e.
func (f ruleFinder) gazCandidate(d *document, s, a, b int, e gazetteer.Entry) candidate {
	c := candidate{Span: d.span(a, b), sent: s, first: a, end: b, entry: e, acronymOf: -1, titleStart: a}
	switch e.Form {
	case gazetteer.Abbreviation:
		c.kind = Acronym
	case gazetteer.Demonym, gazetteer.People:
		c.kind = Demonym
	case gazetteer.Capital, gazetteer.Metonym:
		c.kind = Metonym
	default:
		c.kind = Name
	}
	return c
}

// name makes tokens [a, b) one name candidate, or, when "and" joins two
// names, makes the first one and returns where the rest starts. The whole
// stays one when it reads as one organisation: it ends in an organisation's
// head ("Allied Harbour and Ferry Workers Union"), or one follows it in
// lower case ("the Allied Harbour and Ferry Workers union").
func (f ruleFinder) name(dst []candidate, d *document, s, a, b int, initial bool) ([]candidate, int) {
	orgBefore := false
	// orgName is found at the first "and": most names have none, and
	// it asks a list of the word after the name.
	orgName, orgKnown := false, false
	for k := a + 1; k < b-1; k++ {
		orgBefore = orgBefore || d.has(k-1, wordOrgHead)
		if w := d.tok(k); w == "and" || w == "&" {
			if !orgKnown {
				orgName = d.has(b-1, wordOrgHead) || !d.possessive(b-1) && lexicon.Lookup(d.word(b)).Has(lexicon.LowerOrgHead)
				orgKnown = true
			}
			if !orgName || orgBefore {
				return f.oneName(dst, d, s, a, k, initial), k + 1
			}
		}
	}
	return f.oneName(dst, d, s, a, b, initial), b
}

// oneName makes tokens [a, b) one name candidate.
func (f ruleFinder) oneName(dst []candidate, d *document, s, a, b int, initial bool) []candidate {
	if b-a == 1 && adjectiveLike(d, a) {
		return dst
	}
	c := candidate{Span: d.span(a, b), sent: s, first: a, end: b, kind: Name, acronymOf: -1, titleStart: a, initial: initial}
	last := d.bare(b - 1)
	switch {
	case d.has(b-1, wordOrgHead): // orgHeads.has(last)
		c.hint = Organization
	case d.has(b-1, wordPlaceHead): // placeHeads.has(last)
		c.hint = Location
	case b-a == 1 && allCaps(last):
		c.kind, c.hint = Acronym, Organization
	}
	if b-a == 1 && initial && !allCaps(last) {
		c.dropInitial = true
	}
	return append(dst, c)
}

// stem makes a candidate of the capitalised stem of a hyphenated modifier
// ("US" in "US-led"), when the gazetteer knows it.
func (f ruleFinder) stem(dst []candidate, d *document, s, i int) []candidate {
	w := d.tok(i)
	stem := w[:strings.LastIndexByte(w, '-')]
	e, ok := f.gaz.Lookup(stem)
	if !ok {
		return dst
	}
	t := d.toks[i]
	c := candidate{Span: text.Span{Start: t.Start, End: t.Start + len(stem)}, sent: s, first: i, end: i + 1, entry: e, acronymOf: -1, titleStart: i}
	c.kind = f.gazCandidate(d, s, i, i+1, e).kind
	return append(dst, c)
}

// after looks at what follows the candidates dst[n:] of the run ending at
// token j: a parenthesised acronym ("(CHF)"), a government noun ("the
// Kenyan government", "the Calder administration"), a collective noun
// ("African leaders"). It returns the token to go on from.
func (f ruleFinder) after(dst []candidate, d *document, s, n, j, hi int) ([]candidate, int) {
	if len(dst) == n {
		return dst, j
	}
	last := &dst[len(dst)-1]
	if last.end != j || d.possessive(j-1) {
		return dst, j
	}
	// A gazetteer organisation takes the acronym too: the gazetteer may
	// lack it ("East African Community (EAC)"). A country's or region's
	// form in parentheses says where the body is ("Halden Rowing Club
	// (UK)"): it is not the body's acronym, and the body is not the
	// country.
	if j+2 < hi && d.tok(j) == "(" && d.tok(j+2) == ")" && (allCaps(d.tok(j+1)) || initialsOf(d, last, d.tok(j+1))) && (last.entry.Entity == nil || last.entry.Kind == gazetteer.Organization) {
		e, ok := f.gaz.Lookup(d.bare(j + 1))
		if !ok || e.Kind == gazetteer.Organization {
			acr := candidate{Span: d.span(j+1, j+2), sent: s, first: j + 1, end: j + 2, kind: Acronym, hint: Organization, acronymOf: len(dst) - 1, titleStart: j + 1}
			if ok && e.Form == gazetteer.Abbreviation {
				acr.entry = e
			}
			return append(dst, acr), j + 3
		}
	}
	next := d.word(j)
	// For a word, startsUpper is capWord.
	if next == "" || d.capWord(j) {
		return dst, j
	}
	e := last.entry
	// "the US government's", "the Sri Lankan authorities'": the noun's
	// possessive ending is not part of the description.
	noun := d.bare(j)
	switch {
	case e.Entity != nil && e.Kind == gazetteer.Country && last.kind != Metonym && institution(d, j) > j:
		// "Kenyan security services", "British police": a body of the
		// state, an organisation of its own.
		k := institution(d, j)
		last.inst = e.ID + " " + strings.ToLower(text.Span{Start: d.toks[j].Start, End: d.bareEnd(k - 1)}.In(d.src))
		last.entry = gazetteer.Entry{}
		last.kind, last.hint = Name, Organization
		last.Span.End = d.bareEnd(k - 1)
		last.end = k
	case e.Entity != nil && govNouns.has(noun) && e.Kind == gazetteer.Country && last.kind != Metonym:
		last.kind = Description
		last.Span.End = d.bareEnd(j)
		last.end = j + 1
	case e.Entity != nil && lexicon.Lookup(noun).Has(lexicon.Collective) && e.Kind == gazetteer.Region && last.kind == Demonym:
		last.group = true
		last.Span.End = d.bareEnd(j)
		last.end = j + 1
	case e.Entity == nil && (noun == "administration" || noun == "government") && last.hint != Location:
		last.gov = last.Span.In(d.src)
		last.kind = Description
		last.Span.End = d.bareEnd(j)
		last.end = j + 1
	case e.Entity == nil && last.kind == Name && lexicon.Lookup(next).Has(lexicon.LowerOrgHead) && !d.capWord(j+1):
		// "Allied Harbour and Ferry Workers union", "the Labour party":
		// the head of the name written in lower case. Before a name it
		// is a role instead: "Consumer group Fair Deal said ...".
		last.hint = Organization
		last.Span.End = d.bareEnd(j)
		last.end = j + 1
		return dst, j + 1
	case nounLike(d.word(j)) || strings.HasSuffix(next, "ing") && nounLike(d.word(j+1)) && !d.capWord(j+1):
		// "Paris council", "UK firm", "American constitution", "UK
		// export figures", "Treasury minister": a name modifying a noun,
		// not acting.
		last.modifier = true
	}
	return dst, j
}

// initialsOf reports whether w, a capitalised word of three letters or
// more, spells the initials of every word of candidate c: an acronym
// written as a word, as house styles write those that are said as one
// ("Residents Opposing Airport Roads (Roar)", "North Atlantic Treaty
// Organization (Nato)").
func initialsOf(d *document, c *candidate, w string) bool {
	if len(w) < 3 || !startsUpper(w) || c.end-c.first != len(w) {
		return false
	}
	for k := c.first; k < c.end; k++ {
		t := d.tok(k)
		if t == "" || !strings.EqualFold(t[:1], w[k-c.first:k-c.first+1]) {
			return false
		}
	}
	return true
}

// lowerPatterns finds mentions written in lower case: "the government",
// "the government's", "accused the government of lying", "the
// administration" (and "the Government", as British style writes it), but
// not "the government of Chile", which names its country.
func (f ruleFinder) lowerPatterns(dst []candidate, d *document, s, i int) []candidate {
	if w := d.tok(i); w == "ministers" && i > d.sent[s] || w == "Ministers" && d.initialIn(s, i) && !isRoleBreak(d.tok(i+1)) {
		// "if ministers scrap the scheme": ministers with no country,
		// body or portfolio before them ("EU ministers", "health
		// ministers") and none after ("ministers from Chile") are the
		// government, as "the government" is.
		// "Ministers" opening a sentence has nothing before it.
		prev, next := d.tok(i-1), d.tok(i+1)
		if i > d.sent[s] && d.toks[i-1].Kind == text.Word && (startsUpper(prev) || d.possessive(i-1) || d.is(i-1, classModifier)) || isRoleBreak(next) {
			return dst
		}
		return append(dst, candidate{
			Span: text.Span{Start: d.toks[i].Start, End: d.toks[i].End}, sent: s,
			first: i, end: i + 1, kind: Description, hint: Country, acronymOf: -1, titleStart: i, bareGov: true,
		})
	}
	w := d.bare(i)
	if !strings.EqualFold(w, "government") && !strings.EqualFold(w, "administration") || i == d.sent[s] {
		return dst
	}
	if prev := d.tok(i - 1); prev != "the" && prev != "The" {
		return f.plainGovernment(dst, d, s, i)
	}
	if d.tok(i+1) == "of" && !d.possessive(i) && (d.capWord(i+2) && !d.has(i+2, wordTitle) || d.tok(i+2) == "the" && d.capWord(i+3)) {
		// "the government of Chile" names its country; "the
		// government of Chancellor Ana Lenz" is the bare one.
		return dst
	}
	return append(dst, candidate{
		Span: text.Span{Start: d.toks[i-1].Start, End: d.bareEnd(i)}, sent: s,
		first: i, end: i + 1, kind: Description, hint: Country, acronymOf: -1, titleStart: i - 1, bareGov: true,
	})
}

// plainGovernment reads "government" in lower case with no "the" before
// it, at token i, as the bare government: after "this" ("this
// government has shown ..."), or modifying the noun after it
// ("government plans", "a government spokesman"), where it does not act.
// Readers count both as mentions of the country the text is about. A
// word that qualifies it ("local government", "Labour government",
// "coalition government") names another body or a kind, and is left
// alone; so is a plural or a possessive after it.
func (f ruleFinder) plainGovernment(dst []candidate, d *document, s, i int) []candidate {
	if d.possessive(i) || !strings.EqualFold(d.tok(i), "government") || d.toks[i-1].Kind != text.Word {
		return dst
	}
	c := candidate{
		Span: text.Span{Start: d.toks[i].Start, End: d.toks[i].End}, sent: s,
		first: i, end: i + 1, kind: Description, hint: Country, acronymOf: -1, titleStart: i, bareGov: true,
	}
	next := d.word(i + 1)
	switch prev := d.tok(i - 1); {
	case prev == "this" || prev == "This":
	case !d.is(i-1, classFunction):
		return dst // "Labour government", "local government", "said government was"
	case next != "" && !d.capWord(i+1) && !d.is(i+1, classFunction):
		// After a determiner or a preposition ("a government
		// spokesman", "on government plans", "government funding")
		// it mostly modifies the word after; read as a verb's
		// subject ("that government plans to") it is still the
		// government, only not said to act.
		c.modifier = true
	default:
		return dst
	}
	return append(dst, c)
}

// nounLike guesses whether a lower-case word after a name is a noun the name
// modifies ("mayor", "war") rather than a verb or adverb of which the name
// is the subject ("wants", "reportedly", "continues"). Without a tagger the
// guess is morphological: a known role noun is a noun; a function word, a
// listed verb, or a word ending like a verb or adverb is not.
func nounLike(w string) bool {
	b := lexPlural(w)
	if b.Has(lexicon.PersonRole | lexicon.OrgRole) { // isRoleNoun(w)
		return true
	}
	if verbEnding(w) {
		return false
	}
	if isLowerWord(w) {
		// The Stop words and ActVerbs are all in lower case
		// (TestListsLowerCase): for such a word its classes
		// answer as a lookup of the word does, with no second one.
		return !b.Has(lexicon.Stop | lexicon.ActVerb)
	}
	return !lexicon.Lookup(w).Has(lexicon.Stop | lexicon.ActVerb)
}

// isLowerWord reports whether w is ASCII without capitals or a final dot:
// a word the lexicon's classes answer for as written (see nounLike).
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return w == "" || w[len(w)-1] != '.'
}

// adjectiveLike reports whether the single capitalised word at i is an
// adjective of religion, ethnicity or doctrine the gazetteer does not know
// ("a Catholic charity", "the Maronite community", "a Buddhist temple"):
// an adjective ending followed by a lower-case word it modifies.
func adjectiveLike(d *document, i int) bool {
	w := d.bare(i)
	if !adjectiveEnding(w) {
		return false
	}
	next := d.word(i + 1)
	return next != "" && !startsUpper(next) && !isActVerb(next) && !d.possessive(i)
}

// adjectiveEnding reports whether w ends like an adjective of religion,
// ethnicity or doctrine (see adjectiveLike).
func adjectiveEnding(w string) bool { return hasAnySuffix(w, "ic", "ish", "ite", "ese", "ian", "ist") }

// verbEnding reports whether w ends like a verb or an adverb (see
// nounLike).
func verbEnding(w string) bool { return hasAnySuffix(w, "ly", "ed", "ing", "s") }

// hasAnySuffix reports whether w ends in one of suffixes.
func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// institution returns the end of a state body's name starting at token j
// ("security services", "police"), or j when there is none.
func institution(d *document, j int) int {
	switch w := d.word(j); {
	case lexicon.Lookup(w).Has(lexicon.Institution):
		return j + 1
	case (w == "security" || w == "intelligence" || w == "secret") && (d.word(j+1) == "services" || d.word(j+1) == "service"):
		return j + 2
	}
	return j
}
