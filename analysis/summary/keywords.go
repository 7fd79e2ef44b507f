package summary

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
)

const (
	// maxPhrase is the longest key phrase, in words, and maxCommonPhrase
	// the longest made of common words. Longer runs of content words are
	// piles of modifiers; their head, the last words in English, is kept.
	// Names run longer than common noun phrases ("Transit Workers
	// Union").
	maxPhrase       = 4
	maxCommonPhrase = 3
	// minKeywords are returned whenever the text has them; past that a
	// phrase must have a word that recurs or is in the title, so that a
	// short text is not padded with words said once in passing.
	minKeywords = 5
)

// phraseKey identifies a key phrase by its terms, so that "Sanctions",
// "sanctions" and "sanction" are one phrase.
type phraseKey struct {
	n uint8
	t [maxPhrase]int32
}

// form is one way of writing a phrase: an occurrence and how often the
// body writes it so.
type form struct {
	at, n int32
}

// phrase is one candidate key phrase with its occurrences counted.
type phrase struct {
	key     phraseKey
	count   int32
	first   int32 // rank of the first body sentence holding it; 0 for the headline
	at      int32 // index into docTerms.words of the occurrence to print
	quality int8  // how well that occurrence shows the phrase's usual case
	// forms counts the first few distinct ways the body writes the
	// phrase ("sanctions", "sanction"), so that the usual one is printed.
	forms   [3]form
	score   float64
	salient bool // a word of it recurs or is in the title
	whole   bool // seen as a whole run, not only inside longer ones
}

// keywords returns up to k key phrases of the document, best first.
//
// Candidates are runs of content words between stop words, punctuation,
// possessives, and changes from names to common words; they are scored by
// how often their words and they themselves occur, how early they first
// occur, and whether they share words with the title.
func (d *docTerms) keywords(ctx context.Context, k int) ([]string, error) {
	if len(d.words) == 0 {
		return nil, nil
	}
	kw := &d.kw
	class := d.resolveClasses()
	// Runs are short and phrases recur: a BBC article has at most about
	// 0.8 candidates per content word, 0.6 on average.
	kw.index = kw.indexes.Get(len(d.words) * 2 / 3)
	pc := phraseCounter{d: d, class: class, index: kw.index, cands: slices.Grow(kw.cands[:0], len(d.words)*2/3)}
	defer func() { kw.cands = pc.cands[:0] }()
	if err := pc.countRuns(ctx); err != nil {
		return nil, err
	}
	// A part of a run is a candidate only where it recurs; a phrase that
	// repeats a word is a slip of the text ("Sunderland Sunderland"); and
	// key phrases name things: a lone common word must read as a noun.
	cands := slices.DeleteFunc(pc.cands, func(p phrase) bool {
		return !p.whole && p.count < 2 || repeats(p.key) ||
			p.key.n == 1 && class[p.at] != name && !d.loneNoun(&p)
	})
	pc.cands = cands
	d.scorePhrases(cands)
	return d.choose(cands, class, k), nil
}

// resolveClasses returns the class of every word of d.words, with the
// words capitalised only by position resolved: right to left, so that
// each word's successor is already resolved, a word is a name when it is
// capitalised mid-sentence elsewhere, or when it runs straight into a name
// and is never written in lower case ("Time Warner" at the start of every
// sentence that names it).
func (d *docTerms) resolveClasses() []uint8 {
	class := grow(d.kw.class, len(d.words))
	d.kw.class = class
	for i := len(d.words) - 1; i >= 0; i-- {
		w := &d.words[i]
		class[i] = w.class
		if w.class != unknown {
			continue
		}
		st := d.terms[w.term]
		nextName := i+1 < len(d.words) && !d.words[i+1].brk && !w.poss && class[i+1] == name
		switch {
		case st.names > 0, nextName && st.lower == 0:
			class[i] = name
		case w.filler:
			class[i] = dropped
		case st.lower > 0:
			class[i] = common
		}
	}
	return class
}

// phraseCounter counts the candidate phrases of a document's runs of
// words: each phrase once in cands, found by its key in index.
type phraseCounter struct {
	d     *docTerms
	class []uint8 // resolved classes of d.words
	index map[phraseKey]int
	cands []phrase
}

// countRuns cuts d.words into runs of one class and counts each run's
// phrases.
func (pc *phraseCounter) countRuns(ctx context.Context) error {
	d, class := pc.d, pc.class
	start := 0
	for i := range d.words {
		if i&255 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		// An unresolved capitalised word stands alone: joined to its
		// neighbours it might glue a name to a common noun. A participle
		// after a common word is a verb, not a modifier ("figures
		// showed", "sales boosted profits"): it ends the phrase before it.
		if i > start && (d.words[i].brk || d.words[i-1].poss || class[i] == unknown || class[i] != class[start] ||
			class[i] == common && d.participle(i)) {
			pc.add(start, i)
			start = i
		}
		if class[i] == dropped {
			start = i + 1
		}
	}
	if start < len(d.words) {
		pc.add(start, len(d.words))
	}
	return nil
}

// add counts the run d.words[from:to]: a name run whole (its last
// maxPhrase words), a common run trimmed of verbs, whole and in parts.
func (pc *phraseCounter) add(from, to int) {
	d := pc.d
	if pc.class[from] != common {
		if to-from > maxPhrase {
			from = to - (maxPhrase - 1)
		}
		pc.note(from, to, true)
		return
	}
	from, to = d.trimVerbal(from, to)
	head := max(from, to-maxCommonPhrase)
	pc.note(head, to, true)
	// Without a tagger a run may glue a verb to a noun phrase ("lifts
	// bread prices"); the phrase itself shows by recurring in other
	// runs, so every part of a run is counted too. Single words are not:
	// their frequency already weighs in every phrase holding them, and
	// counted again they would crowd out the phrases.
	for i := from; i < to; i++ {
		for j := i + 2; j <= min(to, i+maxCommonPhrase); j++ {
			if (i != head || j != to) && !verbal(d.words[i].span.In(d.src)) && !verbal(d.words[j-1].span.In(d.src)) {
				pc.note(i, j, false)
			}
		}
	}
}

// note counts the occurrence d.words[from:to]; whole says it is a
// complete run rather than a part of one.
func (pc *phraseCounter) note(from, to int, whole bool) {
	d := pc.d
	var key phraseKey
	for i := from; i < to; i++ {
		key.t[key.n] = d.words[i].term
		key.n++
	}
	first := max(d.words[from].sent, 0)
	quality := int8(2)
	switch {
	case d.words[from].sent < 0:
		quality = 0
	case d.words[from].class == unknown:
		quality = 1
	}
	j, ok := pc.index[key]
	if !ok {
		pc.index[key] = len(pc.cands)
		pc.cands = append(pc.cands, phrase{key: key, first: first, at: int32(from), quality: quality})
		j = len(pc.cands) - 1
	}
	p := &pc.cands[j]
	p.count++
	p.whole = p.whole || whole
	p.first = min(p.first, first)
	if quality > p.quality {
		p.at, p.quality = int32(from), quality
	}
	if quality > 0 {
		d.countForm(p, int32(from))
	}
}

// scorePhrases scores each candidate by its words' frequency, its length,
// how often it recurs, how early it comes and how much of it the title
// holds.
func (d *docTerms) scorePhrases(cands []phrase) {
	for i := range cands {
		p := &cands[i]
		var tf float64
		inTitle := 0
		for _, t := range p.key.t[:p.key.n] {
			st := d.terms[t]
			tf += float64(st.tf)
			if st.title {
				inTitle++
			}
			p.salient = p.salient || st.tf > 1 || st.title
		}
		n := float64(p.key.n)
		p.score = tf / n * (1 + 0.5*(n-1)) *
			(1 + math.Log(float64(p.count))) *
			(1 + 0.5/float64(1+p.first)) *
			(1 + float64(inTitle)/n)
	}
}

// choose returns the surfaces of the k best candidates, each expanded to
// its fullest form, skipping those a phrase already kept covers.
func (d *docTerms) choose(cands []phrase, class []uint8, k int) []string {
	kw := &d.kw
	// Sort small keys rather than the phrases themselves, which are
	// large to move.
	order := grow(kw.order, len(cands))
	kw.order = order
	for i, p := range cands {
		order[i] = rankKey{p.score, p.first, p.at, int32(i)}
	}
	slices.SortFunc(order, func(a, b rankKey) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.first, b.first); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})

	var out []string
	kept := kw.kept[:0]
	defer func() { kw.kept = kept[:0] }()
	for _, o := range order {
		p := cands[o.i]
		if len(out) == k {
			break
		}
		if len(out) >= minKeywords && !p.salient {
			continue
		}
		p = d.expand(p, cands, class)
		if slices.ContainsFunc(kept, func(q phraseKey) bool { return redundant(p.key, q) }) || overused(p.key, kept) {
			continue
		}
		kept = append(kept, p.key)
		out = append(out, d.surface(p, class))
	}
	return out
}

// redundant reports whether phrases a and b say the same thing twice:
// the terms of one are all among the other's ("water rights" and
// "river water rights"), or one holds the other's head, its last
// word ("ticket prices" and "price rises").
func redundant(a, b phraseKey) bool {
	return subset(a, b) || subset(b, a) ||
		slices.Contains(b.t[:b.n], a.t[a.n-1]) || slices.Contains(a.t[:a.n], b.t[b.n-1])
}

// maxShare is how many key phrases may share one word: past two,
// variations on one word ("security patches", "security fixes",
// "security updates") crowd out the rest of the story.
const maxShare = 2

// overused reports whether a word of p is in maxShare of the kept phrases
// already.
func overused(p phraseKey, kept []phraseKey) bool {
	for _, t := range p.t[:p.n] {
		n := 0
		for _, q := range kept {
			if slices.Contains(q.t[:q.n], t) {
				n++
			}
		}
		if n >= maxShare {
			return true
		}
	}
	return false
}

func subset(a, b phraseKey) bool {
	for _, t := range a.t[:a.n] {
		if !slices.Contains(b.t[:b.n], t) {
			return false
		}
	}
	return true
}

// surface prints phrase p as the body most often writes it, lower-casing
// words that are capitalised only because they start a sentence or a
// headline.
func (d *docTerms) surface(p phrase, class []uint8) string {
	best := form{at: p.at}
	for _, f := range p.forms {
		if f.n > best.n {
			best = f
		}
	}
	p.at = best.at
	var b strings.Builder
	at := int(p.at)
	// One allocation for the phrase, not one per word.
	size := int(p.key.n) - 1
	for i := at; i < at+int(p.key.n); i++ {
		size += d.words[i].span.End - d.words[i].span.Start
	}
	b.Grow(size)
	for i := at; i < at+int(p.key.n); i++ {
		w := d.words[i].span.In(d.src)
		if i > at {
			b.WriteByte(' ')
		}
		if class[i] == common && isCapitalized(w) {
			w = strings.ToLower(w)
		}
		b.WriteString(w)
	}
	return b.String()
}

// allNames reports whether every word of p's printed occurrence is a name.
func (d *docTerms) allNames(p *phrase, class []uint8) bool {
	for _, c := range class[p.at : int(p.at)+int(p.key.n)] {
		if c != name {
			return false
		}
	}
	return true
}

// expand returns a longer phrase among cands that ends with p and says
// the same in more words, or p itself. News names a person or body in full
// once and by a short form afterwards, so the short form scores best but
// the full form is the better keyword: "Ruth Okonkwo" over "Okonkwo". A common
// word is expanded only to a phrase that recurs: "swing bridge" over
// "bridge" when the text says "swing bridge" more than once.
func (d *docTerms) expand(p phrase, cands []phrase, class []uint8) phrase {
	names := d.allNames(&p, class)
	best := p
	// By pointer: a phrase is large, and nearly every one is passed over.
	for i := range cands {
		q := &cands[i]
		if q.key.n <= p.key.n || !endsWith(q.key, p.key) || d.allNames(q, class) != names {
			continue
		}
		if names {
			if q.key.n > best.key.n {
				best = *q
			}
			continue
		}
		if q.count >= 2 && class[q.at] == common && (best.key.n == p.key.n || q.count > best.count) {
			best = *q
		}
	}
	best.score = p.score
	return best
}

// endsWith reports whether the terms of a end with those of b.
func endsWith(a, b phraseKey) bool {
	return a.n >= b.n && slices.Equal(a.t[a.n-b.n:a.n], b.t[:b.n])
}

// trimVerbal trims from the ends of the common-word run words[from:to]
// the words that read as verbs or adverbs, keeping at least one word:
// without a tagger, a content-word run often glues a verb to its object
// ("drafted proposals").
func (d *docTerms) trimVerbal(from, to int) (int, int) {
	for to-from > 1 && d.verbLike(from) {
		from++
	}
	for to-from > 1 && d.verbLike(to-1) {
		to--
	}
	return from, to
}

// loneNoun reports whether p, a lone common word or one capitalised
// only where capitals are forced, can stand alone as a key phrase: it
// does not read as a verb, and the text uses it as a noun somewhere
// (after "the", "its", "of" and the like) or writes it in a plural form
// ("sanctions") more than once and never right after or before a name
// ("Yahoo thinks", "insists Carlo Cudicini"). An adjective or a verb the
// text never puts after a determiner ("believes", "interested",
// "Crucial") is no key phrase on its own.
func (d *docTerms) loneNoun(p *phrase) bool {
	i := int(p.at)
	st := &d.terms[d.words[i].term]
	if d.loneVerb(i) {
		return false
	}
	return st.nouns > 0 || st.plurals > 1 && st.nextToName == 0
}

// plural reports whether w has the ending of an English plural noun: a
// final "s" that does not end "ss", "us", "is" or "ous".
func plural(w string) bool {
	if !strings.HasSuffix(w, "s") || len(w) < 4 {
		return false
	}
	for _, not := range [...]string{"ss", "us", "is"} {
		if strings.HasSuffix(w, not) {
			return false
		}
	}
	return true
}

// participle reports whether words[i] has the "-ed" ending of a past
// participle or tense.
func (d *docTerms) participle(i int) bool {
	w := d.words[i].span.In(d.src)
	return strings.HasSuffix(w, "ed") && verbal(w)
}

// repeats reports whether a phrase holds one term twice.
func repeats(k phraseKey) bool {
	for i := 1; i < int(k.n); i++ {
		if slices.Contains(k.t[:i], k.t[i]) {
			return true
		}
	}
	return false
}

// loneVerb reports whether the common word words[i], standing alone,
// reads as a verb: verbLike, or a participle in "-ed" whatever it
// follows, since its stem may be shared with a noun ("the rule", "ruled").
func (d *docTerms) loneVerb(i int) bool {
	return d.verbLike(i) || d.participle(i)
}

// verbLike reports whether the common word words[i] reads as a verb or an
// adverb: the text puts it after "to", "will", "has" or a pronoun more
// often than after "the", "its" or "of", or, when it never follows a
// determiner, it has the ending of a participle or an adverb ("-ed",
// "-ing", "-ly").
func (d *docTerms) verbLike(i int) bool {
	st := &d.terms[d.words[i].term]
	return st.verbs > st.nouns || st.nouns == 0 && verbal(d.words[i].span.In(d.src))
}

// verbal reports whether w has the ending of a participle or an adverb
// after a stem that could be a word ("leaked", "saying", "rarely"; not
// "swing", "speed" or "ugly").
func verbal(w string) bool {
	var stem string
	switch {
	case strings.HasSuffix(w, "ing"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "ly"):
		stem = w[:len(w)-2]
	default:
		return false
	}
	return len(stem) >= 3 && strings.ContainsAny(stem, "aeiouy")
}

// countForm counts the occurrence of p at words[at] among p's forms.
func (d *docTerms) countForm(p *phrase, at int32) {
	n := int32(p.key.n)
	for i := range p.forms {
		f := &p.forms[i]
		if f.n == 0 {
			*f = form{at: at, n: 1}
			return
		}
		same := true
		for k := range n {
			if !strings.EqualFold(d.words[f.at+k].span.In(d.src), d.words[at+k].span.In(d.src)) {
				same = false
				break
			}
		}
		if same {
			f.n++
			return
		}
	}
}
