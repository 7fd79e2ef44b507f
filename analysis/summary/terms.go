package summary

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
	"github.com/docanalysis/docanalysis/internal/numbering"
)

// Word classes, for telling names from common words by their capitals.
const (
	common  uint8 = iota // starts lower-case
	name                 // capitalised where capitals are not forced: a name or part of one
	unknown              // capitalised at a sentence start or in a headline: could be either
	dropped              // a filler word that turned out not to be part of a name
)

// termCount is one term of a sentence's bag of words.
type termCount struct {
	term int32
	n    int32
}

// sentence is one body sentence (never the headline, never boilerplate)
// as a bag of terms.
type sentence struct {
	index int         // in text.Document.Sentences
	span  text.Span   // its bytes
	bag   []termCount // content terms, sorted by term
	norm  float64     // Euclidean norm of bag
	words int         // word and number tokens, content or not
	rank  int         // position among the body sentences, from 0

	// What the features read beyond the bag (see features.go).
	numbers    int   // number tokens
	names      int   // words capitalised where capitals are not forced
	newNames   int   // of those, the first use of their term in the text
	quotes     int   // quotation marks
	quoteStart bool  // the sentence opens with a quotation mark
	anaphor    bool  // it opens with a word pointing back ("He", "But", "This")
	question   bool  // it ends in a question mark
	cues       uint8 // the cue classes of its words (cueReport, ...)
	// Its place in its paragraph: the paragraph's order among those
	// holding body sentences, and the sentence's within it, from 0.
	para, paraRank int
}

// termStat counts one term (a stemmed content word) over the document.
type termStat struct {
	tf    int32 // occurrences, headline included
	names int32 // capitalised occurrences where capitals are not forced
	lower int32 // lower-case occurrences
	title bool  // the term is in the title or headline
	// nouns and verbs count the occurrences right after a word that
	// announces a noun ("the", "their", "of") or a verb ("to", "will",
	// "has", "they"): without a tagger, the contexts a word keeps say
	// whether it is a thing or an action.
	nouns, verbs int32
	// plurals counts its occurrences written with a plural ending, and
	// nextToName its lower-case occurrences right after or before a
	// name: a word ending in "s" there is more often a verb ("Yahoo
	// thinks", "insists Carlo Cudicini") than a plural.
	plurals, nextToName int32
}

// word is one content word, kept for cutting key phrases after every
// word's class is known.
type word struct {
	span  text.Span // the word, without a possessive ending
	term  int32
	sent  int32 // rank of its body sentence; -1 in the headline
	class uint8
	brk   bool // a phrase boundary comes before the word
	poss  bool // the word was possessive: a phrase ends after it
	// filler marks a filler word kept only because its capital might make
	// it part of a name ("New" in "New Harbour Bank" at a sentence start).
	filler bool
}

// docTerms is a document read into terms: the body sentences as bags, term
// statistics, and the content words in order.
//
// A docTerms is reusable: read starts it afresh but keeps the memory of
// the document before, and so does keywords for its own working memory
// (see scratch.go).
type docTerms struct {
	src   string
	sents []sentence
	stems numbering.Table // term numbers by stem (an acronym is its own stem)
	terms []termStat
	title []int32 // distinct title terms
	paras int     // paragraphs holding body sentences
	names []int32 // the main names, sorted (findNames)
	words []word
	buf   []byte // scratch for lower-casing and stemming
	// seen holds what learn found of each form of the text (numbered by
	// its vocabulary, text.Vocabulary.Forms), once it is first used.
	seen []seenWord
	// lower and classes are the text's vocabulary's Lower and Classes
	// (shared, not to be modified): a form's word, and the word's
	// classes in package lexicon.
	lower   []int32
	classes []lexicon.Class

	// Working memory of read and keywords, kept for the next document.
	toks  []text.Token
	ids   []int32
	bags  []termCount // the sentences' bags, one after another
	kw    keywordScratch
	spare []float64 // the ranker's centralities
	sum   []float64 // the ranker's sum of unit vectors
	out   []bool    // the ranker's sentences picked or ruled out
	near  []float64 // the ranker's largest similarities to a pick
	own   []float64 // the ranker's softmax of the scores (expectedGain)
}

// read tokenises doc once and fills d.
func (d *docTerms) read(ctx context.Context, doc *text.Document) error {
	d.reset(doc)
	pool := slices.Grow(d.bags[:0], len(doc.Text)/10)
	defer func() {
		// Keep the grown buffers for the next document.
		d.toks, d.ids, d.bags = d.toks[:0], d.ids[:0], pool[:0]
	}()
	title := d.readTitle(doc.Title, d.title[:0])
	useHeadline := doc.Title == ""
	lastPara := -1
	for i, s := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		headline := s.Headline
		// Shared with the other stages: read only, and never kept in d.
		stoks := doc.SentenceTokens(i)
		// Page furniture is not part of the story: it neither competes
		// for a place in the summary nor lends words to the keywords.
		if !headline && boilerplate(doc.Text, stoks) {
			continue
		}
		sent := sentence{index: i, span: s.Span, rank: len(d.sents)}
		if headline {
			sent.rank = -1
		} else {
			lastPara = d.placeInParagraph(&sent, s.Paragraph, lastPara)
		}
		ids := d.readWords(stoks, doc.SentenceForms(i), &sent, headline, d.ids[:0])
		d.ids = ids
		if headline {
			if useHeadline {
				title = append(title, ids...)
			}
			continue
		}
		pool = d.addSentence(&sent, ids, pool)
	}
	d.markTitle(title)
	return nil
}

// reset empties d for reading doc, keeping the memory of the document
// before, grown to what doc is likely to need.
func (d *docTerms) reset(doc *text.Document) {
	d.src = doc.Text
	// A news article uses about one distinct term per 17 bytes; room for
	// one per 12 saves most articles growing the map.
	nterms := max(32, len(doc.Text)/12)
	d.stems.Reset(nterms)
	// A news article writes each word about twice and its function words
	// far more often: what a word is, once learnt, is kept by its form
	// number, which the other stages need too, rather than by a map of
	// its text.
	vocab := doc.Vocabulary()
	d.lower, d.classes = vocab.Lower, vocab.Classes
	nforms := len(vocab.Forms)
	d.seen = slices.Grow(d.seen[:0], nforms)[:nforms]
	clear(d.seen)
	d.terms = slices.Grow(d.terms[:0], nterms)
	d.sents = slices.Grow(d.sents[:0], len(doc.Sentences))
	// News text has about one content word per 13 bytes; room for one per
	// 10 saves most articles a reallocation.
	d.words = slices.Grow(d.words[:0], len(doc.Text)/10)
	d.paras = 0
}

// placeInParagraph sets the paragraph of sent, the next body sentence,
// and its place in it, given its paragraph in the text, para, and that of
// the body sentence before, last; it returns para. Paragraphs are counted
// from 0 among those holding body sentences.
func (d *docTerms) placeInParagraph(sent *sentence, para, last int) int {
	if para != last {
		d.paras++
	} else if n := len(d.sents); n > 0 {
		sent.paraRank = d.sents[n-1].paraRank + 1
	}
	sent.para = d.paras - 1
	return para
}

// addSentence appends the body sentence sent to d.sents, its bag made of
// ids, the terms it holds, and appended to pool, which it returns.
func (d *docTerms) addSentence(sent *sentence, ids []int32, pool []termCount) []termCount {
	start := len(pool)
	pool = appendBag(pool, ids)
	sent.bag = pool[start:len(pool):len(pool)]
	sent.norm = bagNorm(sent.bag)
	d.sents = append(d.sents, *sent)
	return pool
}

// bagNorm returns the Euclidean norm of bag, its counts taken as a vector.
func bagNorm(bag []termCount) float64 {
	var sq float64
	for _, tc := range bag {
		sq += float64(tc.n) * float64(tc.n)
	}
	return math.Sqrt(sq)
}

// markTitle sets d.title to the distinct terms of title, which it sorts,
// and marks them as title terms.
func (d *docTerms) markTitle(title []int32) {
	slices.Sort(title)
	d.title = slices.Compact(title)
	for _, id := range d.title {
		d.terms[id].title = true
	}
}

// readTitle appends to ids the content terms of the headline given apart
// from the text.
func (d *docTerms) readTitle(title string, ids []int32) []int32 {
	if title == "" {
		return ids
	}
	d.toks = text.AppendTokens(d.toks[:0], title, text.Span{Start: 0, End: len(title)})
	first := true
	for _, t := range d.toks {
		if t.Kind != text.Word {
			continue
		}
		w, _ := trimPossessive(t.In(title))
		id, _, ok, _, _ := d.intern(d.learn(w, 0, false), isCapitalized(w) && !first)
		first = false
		if ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// readWords reads the tokens of one sentence, stoks with their form
// numbers forms, into sent's counts, the terms' statistics and d.words,
// and appends to ids the terms the sentence's bag holds (for a headline,
// the terms it lends the title).
func (d *docTerms) readWords(stoks []text.Token, forms []int32, sent *sentence, headline bool, ids []int32) []int32 {
	first, brk := true, true
	prev := noCue // what the word before announces
	for k, t := range stoks {
		if t.Kind != text.Word {
			prev = noCue
			d.readMark(stoks, k, sent)
			brk = true
			continue
		}
		sent.words++
		if t.Start > 0 && d.src[t.Start-1] == '*' {
			// The tail of a word masked with asterisks ("f***ing"): no
			// word of its own.
			brk = true
			continue
		}
		w, poss := trimPossessive(t.In(d.src))
		class := wordClass(w, headline || first)
		if first {
			sent.anaphor = anaphoric(w)
		}
		if class == name {
			sent.names++
		}
		first = false
		announced := prev
		sw := &d.seen[forms[k]]
		if !sw.known {
			// Every token of a form trims to the same word. A form
			// with nothing trimmed and no curly apostrophe is, in
			// lower case, the vocabulary's word: its classes are
			// there, looked up once for every stage.
			lexes, known := lexicon.Class(0), !poss && !strings.Contains(w, "’")
			if known {
				lexes = d.classes[d.lower[forms[k]]]
			}
			*sw = d.learn(w, lexes, known)
		}
		id, filler, ok, cue, flags := d.intern(*sw, class != common)
		prev = cue
		if class == common || class == unknown {
			sent.cues |= flags
		}
		if !ok {
			brk = true
			continue
		}
		filler = filler && class == unknown
		if d.tally(id, w, class, announced, brk, sent) {
			prev = nameCue
		}
		if headline || !filler {
			ids = append(ids, id)
		}
		d.words = append(d.words, word{
			span:   text.Span{Start: t.Start, End: t.Start + len(w)},
			term:   id,
			sent:   int32(sent.rank),
			class:  class,
			brk:    brk,
			poss:   poss,
			filler: filler,
		})
		brk = poss
	}
	return ids
}

// readMark counts what the number or punctuation token k of a sentence
// says of it: numbers, quotation marks, a closing question mark.
func (d *docTerms) readMark(stoks []text.Token, k int, sent *sentence) {
	t := stoks[k]
	switch t.Kind {
	case text.Number:
		sent.words++
		sent.numbers++
	case text.Punctuation:
		if isQuoteMark(t.In(d.src)) {
			sent.quotes++
			sent.quoteStart = sent.quoteStart || k == 0
		} else if k >= len(stoks)-2 && t.In(d.src) == "?" {
			sent.question = true
		}
	}
}

// wordClass says whether the word w is a name, a common word, or unknown:
// capitalised where any word may be (a sentence's first word, a
// headline's words).
func wordClass(w string, anyCapital bool) uint8 {
	switch {
	case isAcronym(w):
		return name
	case !isCapitalized(w):
		return common
	case anyCapital:
		return unknown
	}
	return name
}

// tally adds one use of the word w, of class class, as term id to the
// term's statistics and the sentence's, given what the word before
// announced and whether a phrase boundary came before it; it reports
// whether the word is a name.
func (d *docTerms) tally(id int32, w string, class uint8, announced int, brk bool, sent *sentence) bool {
	st := &d.terms[id]
	st.tf++
	switch announced {
	case nounCue:
		st.nouns++
	case verbCue:
		st.verbs++
	case nameCue:
		if class == common {
			st.nextToName++
		}
	}
	if plural(w) {
		st.plurals++
	}
	switch class {
	case name:
		st.names++
		if st.tf == 1 {
			sent.newNames++
		}
		if n := len(d.words); !brk && n > 0 && d.words[n-1].class == common {
			d.terms[d.words[n-1].term].nextToName++
		}
		return true
	case common:
		st.lower++
	}
	return false
}

// intern returns the term id of a word of which learn said sw, or false
// when it is not a content word; then cue says what it announces of the
// word after it. maybeName says a capital might make the word part of a
// name; a filler word is then kept, and reported as such.
//
// flags are the cue classes of the word (see cueFlags).
func (d *docTerms) intern(sw seenWord, maybeName bool) (id int32, filler, ok bool, cue int, flags uint8) {
	if sw.id < 0 {
		return 0, false, false, int(sw.cue), sw.flags
	}
	if sw.filler && !maybeName {
		// Not content, but counted: a filler seen in lower case is no
		// name where a capital starts a sentence ("Former Veridian chief").
		d.terms[sw.id].lower++
		return 0, false, false, noCue, sw.flags
	}
	return sw.id, sw.filler, true, noCue, sw.flags
}

// seenWord is what learn finds of a word as written.
type seenWord struct {
	id     int32 // its term; -1 for a function word
	cue    int8  // for a function word, what it announces
	filler bool  // a filler word, content only as part of a name
	flags  uint8 // its cue classes (cueFlags)
	known  bool  // set by learn: the zero seenWord is not yet learnt
}

// learn works out what the word w is, giving it a new term id when its
// stem is new; asked again about w, it gives the same answer. When known
// is true, lexes are the lexicon's classes of w in lower case; otherwise
// learn looks them up.
func (d *docTerms) learn(w string, lexes lexicon.Class, known bool) seenWord {
	acr := isAcronym(w)
	d.buf = appendLower(d.buf[:0], w)
	var filler bool
	var flags uint8
	if !acr {
		lw := string(d.buf) // one copy, on the stack, for the lists
		if strings.Contains(lw, "’") {
			// The lists spell contractions with a straight apostrophe.
			lw = strings.ReplaceAll(lw, "’", "'")
		}
		c := lexes
		if !known {
			c = lexicon.Lookup(lw)
		}
		flags = cueFlags(c)
		if len(lw) < 2 || c.Has(lexicon.Closed) {
			return seenWord{id: -1, cue: int8(cueOf(c)), flags: flags, known: true}
		}
		filler = c.Has(lexicon.Filler)
	}
	key := d.buf
	if !acr {
		key = stem(d.buf)
	}
	id, ok := d.stems.Find(string(key))
	if !ok {
		// Most stems are a prefix of the word as written ("profits" ->
		// "profit"); keying the table with that part of the text saves
		// copying the stem. Terms are numbered as the table numbers
		// their stems, in order of first use.
		if len(key) <= len(w) && w[:len(key)] == string(key) {
			id, _ = d.stems.Number(w[:len(key)])
		} else {
			id, _ = d.stems.Number(string(key))
		}
		d.terms = append(d.terms, termStat{})
	}
	return seenWord{id: id, filler: filler, flags: flags, known: true}
}

// appendBag appends the bag of words of ids (which it sorts) to dst.
func appendBag(dst []termCount, ids []int32) []termCount {
	slices.Sort(ids)
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[i] {
			j++
		}
		dst = append(dst, termCount{term: ids[i], n: int32(j - i)})
		i = j
	}
	return dst
}

// cosine returns the cosine similarity of two sentences' bags.
func cosine(a, b *sentence) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot int64
	x, y := a.bag, b.bag
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0].term < y[0].term:
			x = x[1:]
		case x[0].term > y[0].term:
			y = y[1:]
		default:
			dot += int64(x[0].n) * int64(y[0].n)
			x, y = x[1:], y[1:]
		}
	}
	return float64(dot) / (a.norm * b.norm)
}
