package actors

import (
	"context"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
	"github.com/docanalysis/docanalysis/internal/reuse"
)

// document is the tokenised text every stage reads: all tokens in one
// slice, each sentence's run of them, and word statistics.
type document struct {
	src        string
	doc        *text.Document
	gaz        *gazetteer.Gazetteer // the gazetteer the rules read
	tagger     *ner.Tagger          // the tagger whose entities were read, for its lexicon; may be nil
	gazFirst   gazStarts            // the words gaz's forms start with
	toks       []text.Token         // the text.Document's, shared (see text.Document.Tokens)
	bends      []int                // bends[i] is the end of token i without a possessive ending
	sent       []int                // sent[i] is the index of sentence i's first token; sent[len] = len(toks)
	lower      map[string]bool      // built by lowerSeen when first asked; see buildLower
	lowers     reuse.Map[string, bool]
	lowerCount int // the number of words not starting with a capital; see classify
	// lowerWords[w] is whether the text writes word w of the vocabulary
	// in lower case, built by lowerSeenAt when first asked.
	lowerWords      []bool
	lowerWordsBuilt bool
	// calSurnames are the calendar words the text writes after an
	// honorific ("Mrs May"), found by calendarSurname when first asked.
	calSurnames      []string
	calSurnamesBuilt bool
	cands            []candidate     // scratch for the finder, kept for reuse
	class            []tokClass      // class[i] holds word classes of token i; see is and classify
	words            []caseClass     // words[i] caches exact-case classes of token i; see wordClass
	lexes            []lexicon.Class // lexes[i] is lex of token i's text; see classify and lexAt
	marks            []int           // possessives, "the" and lower-case words in -s; see classify
	vocab            *text.Vocabulary
	forms            []int32       // forms[i] is token i's number in vocab.Forms
	readings         []formReading // what classify learnt of each form, by number

	// Scratch of resolve and build, kept for the next text: the
	// resolver's cluster arena, key map, cluster and union-find lists,
	// candidates' clusters and working memory (rs), and build's span
	// starts, roles, the filter's features and unsorted actors. None of
	// it reaches an actor. See release.
	arena    []cluster
	byKey    map[string]int
	clusters []*cluster
	parent   []int
	of       []int
	starts   []int
	infos    []roleInfo
	rs       resolveScratch
	feats    []Features // the filter's features of each cluster; see build
	gathered []Actor    // build's actors before rank sorts them
	from     []int      // each gathered actor's cluster

	// Scratch of resolver.nameTokens: the bare texts of every
	// candidate's tokens, and each candidate's run of them.
	nameArena []string
	nameToks  [][]string

	// Scratch of reconcile: the tagger's added candidates, the rule
	// candidates' new indexes, and the merged list.
	added    []candidate
	newIndex []int
	merged   []candidate
}

// wordClass returns token k's exact-case classes (wordConnector, ...): most
// tokens have them from newDocument (see classify); a token with a
// possessive ending, a final dot or capitals of mixed shape has them found
// on the first question, from the lookups of its spelling, its bare and
// its undotted forms; 0 out of range.
func (d *document) wordClass(k int) caseClass {
	if k < 0 || k >= len(d.toks) {
		return 0
	}
	if v := d.words[k]; v.has(wordKnown) {
		return v
	}
	tok, bare := d.tok(k), d.bare(k)
	et := exactClasses(tok)
	eb := et
	if len(bare) != len(tok) {
		eb = exactClasses(bare)
	}
	eub := eb // undot(bare)
	if ub := undot(bare); len(ub) != len(bare) {
		eub = exactClasses(ub)
	}
	eut := et // undot(tok)
	if ut := undot(tok); len(ut) != len(tok) {
		eut = exactClasses(ut)
	}
	v := wordBits(et, eb, eub, eut)
	d.words[k] = v
	return v
}

// wordBits is the exact-case classes of a token whose spelling is in the
// exactLex lists et, its bare form in eb, its bare form undotted in eub
// and its spelling undotted in eut.
func wordBits(et, eb, eub, eut exClass) caseClass {
	v := wordKnown
	if et.has(exConnector) {
		v |= wordConnector
	}
	if eub.has(exTitle | exTitlePlural) {
		v |= wordTitle
	}
	if eb.has(exOrgHead) {
		v |= wordOrgHead
	}
	if eb.has(exPlaceHead) {
		v |= wordPlaceHead
	}
	if eub.has(exCalendar) {
		v |= wordCalendar
	}
	if eut.has(exHonorific) {
		v |= wordHonorific
	}
	return v
}

// lexAt returns lex(d.tok(k)), kept by classify: the rules ask it of
// the same tokens many times. It is 0 out of range, as lex("") is.
func (d *document) lexAt(k int) lexicon.Class {
	if k < 0 || k >= len(d.lexes) {
		return 0
	}
	return d.lexes[k]
}

// lexPluralAt returns lexPlural(d.tok(k)): lexAt unless the token ends
// in a dot.
func (d *document) lexPluralAt(k int) lexicon.Class {
	if t := d.tok(k); strings.HasSuffix(t, ".") {
		return lexPlural(t)
	}
	return d.lexAt(k)
}

// has reports whether token k has exact-case class c.
func (d *document) has(k int, c caseClass) bool { return d.wordClass(k).has(c) }

// newDocument reads doc's tokens, shared with the document, and classifies
// them, after checking ctx; the rules read it with the gazetteer g.
func newDocument(ctx context.Context, doc *text.Document, g *gazetteer.Gazetteer) (*document, error) {
	d, _ := documents.Get().(*document)
	if d == nil {
		d = &document{}
	}
	d.src, d.doc, d.vocab = doc.Text, doc, doc.Vocabulary()
	d.gaz, d.gazFirst = g, startsOf(g)
	if err := ctx.Err(); err != nil {
		d.release()
		return nil, err
	}
	// The document's own lists, not copies: nothing here writes to them.
	d.toks, d.sent = doc.Tokens()
	d.forms = doc.Forms()
	d.cands = d.cands[:0]
	// The possessive ending of every token is found once (see classify):
	// the rules ask for bare words many times per token.
	d.bends = slices.Grow(d.bends[:0], len(d.toks))[:len(d.toks)]
	d.class = slices.Grow(d.class[:0], len(d.toks))[:len(d.toks)]
	d.words = slices.Grow(d.words[:0], len(d.toks))[:len(d.toks)]
	d.lexes = slices.Grow(d.lexes[:0], len(d.toks))[:len(d.toks)]
	d.classify()
	d.lower = nil // built when first asked (lowerSeen)
	d.lowerWordsBuilt = false
	return d, nil
}

// classify finds every token's bare end, its word classes (see is), and
// for most tokens its exact-case classes (see wordClass), once for each
// distinct token text: from the lexicon classes the vocabulary holds for
// its word, and one lookup of the text as written in the exact-case
// lists. Done for every token at once, as nearly every token is asked one
// of these.
func (d *document) classify() {
	d.marks, d.lowerCount = d.marks[:0], 0
	n := len(d.vocab.Forms)
	d.readings = slices.Grow(d.readings[:0], n)[:n]
	clear(d.readings)
	// The slices cut to the tokens' length spare the loop its bounds
	// checks.
	toks, forms := d.toks, d.forms[:len(d.toks)]
	bends := d.bends[:len(toks)]
	classes, exact, lexes := d.class[:len(toks)], d.words[:len(toks)], d.lexes[:len(toks)]
	for k := range toks {
		tk := &toks[k]
		fr := &d.readings[forms[k]]
		if !fr.known {
			*fr = readForm(tk.In(d.src), tk.Kind, d.vocab.Classes[d.vocab.Lower[forms[k]]])
		}
		bends[k] = tk.Start + int(fr.bare)
		lexes[k], classes[k], exact[k] = fr.lex, fr.class, fr.exact
		if fr.lowerWord {
			d.lowerCount++
		}
		if fr.mark {
			d.marks = append(d.marks, k)
		}
	}
}

// formReading is what classify learns of one distinct token text, once
// for all the tokens that write it.
type formReading struct {
	bare      int32         // its length without a possessive ending
	lex       lexicon.Class // lex of the text
	class     tokClass      // its word classes (see is)
	exact     caseClass     // its exact-case classes, or 0 to be found when asked (see wordClass)
	mark      bool          // a token descriptions and groups start from
	groupHead bool          // a plural that may head a group, in lower case (see isGroupHead)
	lowerWord bool          // a word not starting with a capital
	ascii     bool          // written in ASCII only
	known     bool

	// What the tagger's lexicon says of the bare form, asked on the
	// first question (see usuallyLower and headClassAt): the filter asks
	// it of every mention, and a name's words recur.
	usual     lazyBool // Tagger.UsuallyLower
	gazStart  lazyBool // gazStarts.mayStart of the text as written (see gazStart)
	headClass int16    // headClass's answer plus one, -1 for none, 0 not asked yet
}

// usuallyLower reports d.tagger.UsuallyLower(d.bare(k)), asking the
// tagger once per distinct token text. d.tagger must not be nil.
func (d *document) usuallyLower(k int) bool {
	return d.readings[d.forms[k]].usual.get(func() bool { return d.tagger.UsuallyLower(d.bare(k)) })
}

// lazyBool is an answer found on the first question: 0 before, then 1
// for true or -1 for false.
type lazyBool int8

// get returns the answer, finding it with ask on the first call.
func (b *lazyBool) get(ask func() bool) bool {
	if *b == 0 {
		*b = -1
		if ask() {
			*b = 1
		}
	}
	return *b > 0
}

// headClassAt returns the class of token k's bare form in the tagger's
// tree of word classes, cut to headClassBits bits, and false when the
// clusters lack the word or hold it too high in the tree; the tagger is
// asked once per distinct token text. d.tagger must not be nil.
func (d *document) headClassAt(k int) (int, bool) {
	fr := &d.readings[d.forms[k]]
	if fr.headClass == 0 {
		fr.headClass = -1
		if bits := d.tagger.Cluster(d.bare(k)); len(bits) >= headClassBits {
			n := 0
			for _, b := range bits[:headClassBits] {
				n = n<<1 | int(b-'0')
			}
			fr.headClass = int16(n + 1)
		}
	}
	if fr.headClass < 0 {
		return 0, false
	}
	return int(fr.headClass) - 1, true
}

// articlePrefix returns the length of the Arabic article that opens the
// name w ("al-" of "al-Sisi", "El-" of "El-Erian"), or 0 when w opens
// with none or no capital follows it. Names are matched without it: a
// text writes "Abdel Fattah al-Sisi" and then "Sisi".
func articlePrefix(w string) int {
	if len(w) < 4 || w[2] != '-' || w[0]|0x20 != 'a' && w[0]|0x20 != 'e' || w[1]|0x20 != 'l' || !startsUpper(w[3:]) {
		return 0
	}
	return 3
}

// readForm reads the token text w of kind kind, given lx, the lexicon's
// classes of w in lower case (the vocabulary's, looked up once for every
// stage).
func readForm(w string, kind text.Kind, lx lexicon.Class) formReading {
	fr := formReading{bare: int32(len(w)), known: true}
	if n := len(w); n > 1 && (w[n-1] == 's' || w[n-1] == 'S' || w[n-1] == '\'' || w[n-1] == 0x99) {
		// Only these last bytes can end a possessive (see
		// stripPossessive): most texts are spared the call.
		fr.bare = int32(len(stripPossessive(w)))
	}
	ascii := isASCII(w)
	fr.ascii = ascii
	ex := exactClasses(w)
	fr.lex = lx
	v := lexClasses(lx, lx)
	possessive := int(fr.bare) != len(w)
	if possessive {
		v = lexClasses(lx, lex(w[:fr.bare]))
	}
	if kind == text.Word && w != "" {
		if ascii && 'A' <= w[0] && w[0] <= 'Z' || !ascii && startsUpper(w) || articlePrefix(w) > 0 {
			// A name after an Arabic article in lower case
			// ("al-Sisi") is a name's word too.
			v |= classCapWord
		} else {
			fr.lowerWord = true
		}
	}
	// The tokens the descriptions and groups start from (see
	// descriptions and findGroups): every possessive, every "the" and
	// "The", and every word not starting with a capital that ends in
	// "s". Listed here, they cost those no pass of their own over the
	// text.
	fr.mark = possessive || w == "the" || w == "The" || kind == text.Word && w != "" && w[len(w)-1] == 's' && !v.has(classCapWord)
	if kind == text.Word && w != "" && w[len(w)-1] == 's' && !possessive {
		// Asked here, once per distinct word: findGroups asks it of
		// every plural. A capitalised plural may open a sentence
		// ("Gamers say ..."), so it is a mark too.
		fr.groupHead = isGroupHead(lx)
		fr.mark = fr.mark || fr.groupHead
	}
	fr.class = v
	// Without a possessive or a dot, a word's spelling, bare form and
	// undotted forms are one; other tokens are looked up when asked (see
	// wordClass).
	if ascii && !possessive && (w == "" || w[len(w)-1] != '.') {
		fr.exact = wordBits(ex, ex, ex, ex)
	}
	return fr
}

// buildLower fills d.lower, the set of words the text writes in lower
// case. It is built on the first question (see lowerSeen), not with the
// document: hashing every word was a third of reading a document, and
// only some texts ever ask.
func (d *document) buildLower() {
	// Sized for the lower-case words classify counted (see reuse.Map).
	d.lower = d.lowers.Get(d.lowerCount)
	// Each form once: its lower-case word is in the vocabulary already.
	for f, fr := range d.readings {
		if fr.lowerWord {
			d.lower[d.vocab.Words[d.vocab.Lower[f]]] = true
		}
	}
}

// documents recycles documents, with their token and candidate slices,
// between calls: growing them afresh for every text cost more than the
// rules that read them. A pool keeps no state that reaches an answer.
var documents sync.Pool

// release returns d to the pool. Nothing may use d, its tokens or its
// candidates after it; actors hold only strings of the text itself.
func (d *document) release() {
	clear(d.cands) // drop the gazetteer pointers and strings they hold
	clear(d.arena[:cap(d.arena)])
	clear(d.clusters[:cap(d.clusters)])
	clear(d.infos[:cap(d.infos)])
	clear(d.byKey)
	d.lowers.Put()
	d.lower = nil
	clear(d.calSurnames[:cap(d.calSurnames)])
	d.calSurnames, d.calSurnamesBuilt = d.calSurnames[:0], false
	clear(d.nameArena[:cap(d.nameArena)])
	clear(d.nameToks[:cap(d.nameToks)])
	clear(d.added[:cap(d.added)])
	clear(d.merged[:cap(d.merged)])
	d.rs.release()
	d.src, d.doc, d.gaz, d.gazFirst, d.vocab, d.tagger = "", nil, nil, nil, nil, nil
	d.toks, d.sent, d.forms = nil, nil, nil // the text's, not scratch
	documents.Put(d)
}

// sentenceOf returns the index of the sentence holding token i.
func (d *document) sentenceOf(i int) int {
	lo, hi := 0, len(d.sent)-1
	for lo < hi-1 {
		m := (lo + hi) / 2
		if d.sent[m] <= i {
			lo = m
		} else {
			hi = m
		}
	}
	return lo
}

// tok returns token i's text, or "" out of range.
func (d *document) tok(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].In(d.src)
}

// word returns token i's text if it is a word, else "".
func (d *document) word(i int) string {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != text.Word {
		return ""
	}
	return d.toks[i].In(d.src)
}

// bareEnd returns the end of token i without a possessive ending: "Iran’s"
// ends before the apostrophe.
func (d *document) bareEnd(i int) int { return d.bends[i] }

// bare returns token i's text without a possessive ending, or "" out of
// range.
func (d *document) bare(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.src[d.toks[i].Start:d.bends[i]]
}

// possessive reports whether token i ends in a possessive.
func (d *document) possessive(i int) bool {
	return i >= 0 && i < len(d.toks) && d.bends[i] != d.toks[i].End
}

// capWord reports whether token i is a word starting with a capital.
func (d *document) capWord(i int) bool {
	return i >= 0 && i < len(d.toks) && d.class[i].has(classCapWord)
}

// initial reports whether token i opens its sentence or a quotation, where
// ordinary words are capitalised too.
func (d *document) initial(i int) bool { return d.initialIn(d.sentenceOf(i), i) }

// initialIn is initial for a token i of sentence s, for callers that know
// the sentence: finding it again is a binary search.
func (d *document) initialIn(s, i int) bool {
	// Sixteen marks in a row start something new as surely as a sentence
	// does; the bound keeps a text of nothing but marks linear.
	for j := i - 1; j >= d.sent[s] && j >= i-16; j-- {
		switch d.toks[j].Kind {
		case text.Word, text.Number:
			return false
		}
		switch d.tok(j) {
		case "\"", "“", "‘", "'", "(", ":", "—", "–", "-", "[", ";":
			return true
		}
	}
	return true
}

// span returns the text from the start of token i to the bare end of token
// j-1.
func (d *document) span(i, j int) text.Span {
	return text.Span{Start: d.toks[i].Start, End: d.bareEnd(j - 1)}
}

// calendarSurname reports whether the calendar word at token k is a
// surname in this text: one the text writes after an honorific ("Mrs
// May"), which no one writes of a month. The words are gathered in one
// pass over the tokens, on the first question.
func (d *document) calendarSurname(k int) bool {
	if !d.calSurnamesBuilt {
		d.calSurnamesBuilt = true
		for j := 0; j+1 < len(d.toks); j++ {
			if d.has(j, wordHonorific) && d.has(j+1, wordCalendar) && !slices.Contains(d.calSurnames, d.bare(j+1)) {
				d.calSurnames = append(d.calSurnames, d.bare(j+1))
			}
		}
	}
	return len(d.calSurnames) > 0 && slices.Contains(d.calSurnames, d.bare(k))
}

// lowerSeenAt reports lowerSeen(d.bare(k)). A token written in ASCII
// without a possessive ending is answered from its word's number in the
// vocabulary, which spares the map lowerSeen builds and the hashing of
// each question; other tokens ask lowerSeen.
func (d *document) lowerSeenAt(k int) bool {
	f := d.forms[k]
	if fr := &d.readings[f]; !fr.ascii || d.bends[k] != d.toks[k].End {
		return d.lowerSeen(d.bare(k))
	}
	if !d.lowerWordsBuilt {
		d.lowerWordsBuilt = true
		n := len(d.vocab.Words)
		d.lowerWords = slices.Grow(d.lowerWords[:0], n)[:n]
		clear(d.lowerWords)
		for f, fr := range d.readings {
			if fr.lowerWord {
				d.lowerWords[d.vocab.Lower[f]] = true
			}
		}
	}
	return d.lowerWords[d.vocab.Lower[f]]
}

// lowerSeen reports whether w occurs somewhere in the document in lower
// case: a capitalised "Former" at a sentence start is the word "former".
func (d *document) lowerSeen(w string) bool {
	if d.lower == nil {
		d.buildLower()
	}
	return hasLower(d.lower, w)
}

// isASCII reports whether every byte of w is ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func startsUpper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// allCaps reports whether w is an acronym: at least two letters, every
// letter a capital ("EFF", "G7", "U.S.").
func allCaps(w string) bool {
	letters := 0
	// ASCII is read byte by byte, and most words tested are names whose
	// second letter answers; a word with a byte beyond ASCII before a
	// lower-case letter is read rune by rune.
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return allCapsRunes(w)
		case 'A' <= c && c <= 'Z':
			letters++
		case 'a' <= c && c <= 'z':
			return false
		}
	}
	return letters >= 2
}

// allCapsRunes is allCaps for a word beyond ASCII.
func allCapsRunes(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// stripPossessive removes a final "'s", "’s" or, after an s, a lone
// apostrophe ("the Americans'").
func stripPossessive(w string) string {
	n := len(w)
	if n < 2 {
		return w
	}
	switch last := w[n-1]; {
	case last == 's' || last == 'S':
		switch {
		case w[n-2] == '\'' && n > 2:
			return w[:n-2] // "Iran's"
		case n > 4 && w[n-4:n-1] == "’":
			return w[:n-4] // "Iran’s"
		}
	case last == '\'' && w[n-2] == 's' && n > 2:
		return w[:n-1] // "the Americans'"
	case n > 4 && last == 0x99 && w[n-3:] == "’" && w[n-4] == 's':
		return w[:n-3] // "the Americans’"
	}
	return w
}

// undot drops the dot of an abbreviated title ("Mr." -> "Mr").
func undot(w string) string { return strings.TrimSuffix(w, ".") }

// normKey is the comparison key of a name: lower case, curly quotes
// straightened, no possessive.
func normKey(s string) string { return keyOf("", s) }

// keyOf is prefix followed by normKey(s), built in one allocation: the
// resolver makes a key for every name it clusters.
func keyOf(prefix, s string) string {
	var buf [64]byte
	return string(appendKey(buf[:0], prefix, s))
}

// appendKey appends keyOf(prefix, s) to b. The resolver looks most keys
// up in a buffer (see resolver.clusterOf) and makes a string only of a
// new one.
func appendKey(b []byte, prefix, s string) []byte {
	s = stripPossessive(s)
	b = append(b, prefix...)
	n := len(b)
	space := false
	for i := 0; i < len(s); {
		// ASCII, most of every name, is lowered here byte by byte, as
		// unicode.IsSpace and unicode.ToLower would; other runes go
		// through them.
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf && r != ' ' && (r < '\t' || r > '\r'):
		case unicode.IsSpace(r):
			space = len(b) > n
			continue
		case r == '’':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// hasLower reports whether w in lower case is a key of m.
func hasLower[V any](m map[string]V, w string) bool {
	_, ok := lookupLower(m, w)
	return ok
}

// lookupLower returns m's value for w in lower case, without allocating
// for ASCII words of up to 32 bytes: the rules ask this of most tokens.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// tokClass is a set of a token's word classes, kept in document.class:
// the role rules ask them of the same tokens many times. classify finds
// all but classPreRole for every token.
type tokClass uint16

// has reports whether c holds any class of x.
func (c tokClass) has(x tokClass) bool { return c&x != 0 }

// The word classes.
const (
	classPreRole  tokClass = 1 << iota // preRoleWord
	classFunction                      // functionWord
	classOffice                        // a lexicon.Office noun, any case
	classFirm                          // a lexicon.Firm noun, any case
	classModifier                      // a lexicon.RoleModifier word, any case

	classStop        // a lexicon.Stop word without its possessive, any case
	classTitleFn     // a lexicon.TitleFunction word without its possessive, any case
	classInitialMod  // a lexicon.InitialModifier word without its possessive, any case
	classSettingPrep // a lexicon.SettingPrep word, any case

	classPreRoleKnown // classPreRole is set
	classCapWord      // a word starting with a capital (see capWord)
	classRole         // a lexicon.PersonRole or OrgRole noun without its possessive, any case
)

// gazStart reports whether a gazetteer form may start at token k
// (gazStarts.mayStart), asking once per distinct token text: the finder
// tries every length of match from a token, and each try began with this
// test.
func (d *document) gazStart(k int) bool {
	return d.readings[d.forms[k]].gazStart.get(func() bool { return d.gazFirst.mayStart(d.tok(k)) })
}

// bareClasses are the classes read off a token's bare form (its
// possessive ending taken off), each from one bit of lex.
var bareClasses = [...]struct {
	lex   lexicon.Class
	class tokClass
}{
	{lexicon.Office, classOffice},
	{lexicon.Firm, classFirm},
	{lexicon.RoleModifier, classModifier},
	{lexicon.Stop, classStop},
	{lexicon.TitleFunction, classTitleFn},
	{lexicon.InitialModifier, classInitialMod},
	{lexicon.PersonRole | lexicon.OrgRole, classRole},
}

// lexClasses is the classes of a token with lexicon classes b, and bb
// without its possessive ending.
func lexClasses(b, bb lexicon.Class) tokClass {
	var v tokClass
	if isFunction(b) {
		v |= classFunction
	}
	for _, m := range bareClasses {
		if bb&m.lex != 0 {
			v |= m.class
		}
	}
	if b.Has(lexicon.SettingPrep) {
		v |= classSettingPrep
	}
	return v
}

// is reports whether token k has every class in c.
func (d *document) is(k int, c tokClass) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	v := d.class[k]
	if c.has(classPreRole) && !v.has(classPreRoleKnown) {
		// Dearer, and asked of fewer tokens: found on its own.
		v |= classPreRoleKnown
		if preRoleWord(d, k) {
			v |= classPreRole
		}
		d.class[k] = v
	}
	return v&c == c // every class of c, not any
}
