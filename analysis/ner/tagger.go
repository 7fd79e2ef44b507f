package ner

import (
	"cmp"
	"slices"
	"sync"

	"github.com/docanalysis/docanalysis/analysis/ner/internal/conll"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Tagger finds named entities in sentences. It is read-only once built
// and safe for concurrent use; each call borrows its scratch buffers from
// a pool, so tagging allocates nothing beyond the slice it appends to.
type Tagger struct {
	lx    *lexicon
	tr    *transitions
	index map[uint64]int32 // feature -> row of w
	table featTable        // the same, for lookups on the hot path
	w     []int16          // nTags weights per feature, in units of scale
	scale float32          // the value of one unit of weight
	keys  []uint64         // the features, sorted, for writing the model
	vocab []string         // training words, whose scores are precomputed

	// gazDigest identifies the gazetteer tables the model was trained
	// with (gazIndex.digest): the gazetteer features of a model read
	// with other tables are not the ones its weights were learnt for.
	gazDigest string

	// Precomputed lexical scores: for each known word, the sum of its
	// lexical features' weights at each offset of the window, so that a
	// known word costs one lookup instead of a hundred. Words are found by
	// a 64-bit hash of their text, which, like the features, is taken for
	// the word itself.
	known   featTable // wordHash -> index in words
	words   []word    // describe()d known words
	pre     []int32   // nOffset*nTags per known word
	padPre  [2][]int32
	biasRow []int32
	pool    sync.Pool
}

const lexWidth = nOffset * nTags

// wordHash is the key of a known word.
func wordHash(s string) uint64 { return mix(hashString(fnvOffset, s), 0x776f7264) }

// build precomputes the lexical scores of every word the model has a
// reason to know: the training words and the clustered words.
func (t *Tagger) build() {
	t.table = newFeatTable(t.index)
	knownM := make(map[uint64]int32, len(t.vocab)+len(t.lx.clusters))
	var sc scratch
	var atoms []atom
	add := func(s string) {
		h := wordHash(s)
		if _, ok := knownM[h]; ok {
			return
		}
		var w word
		describe(&w, s, &sc)
		atoms = t.lx.appendAtoms(atoms[:0], &w, &sc)
		knownM[h] = int32(len(t.words))
		t.words = append(t.words, w)
		t.pre = slices.Grow(t.pre, lexWidth)
		t.pre = t.pre[:len(t.pre)+lexWidth]
		t.lexScores(t.pre[len(t.pre)-lexWidth:], atoms)
	}
	// Most frequent first: the few thousand words that make up most of
	// any text then share a few hundred kilobytes of pre, which stay in
	// the cache.
	all := make([]string, 0, len(t.vocab)+len(t.lx.clusters))
	all = append(all, t.vocab...)
	for w := range t.lx.clusters {
		all = append(all, w)
	}
	slices.SortFunc(all, func(a, b string) int {
		if c := cmp.Compare(t.lx.counts[b], t.lx.counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for _, s := range all {
		add(s)
	}
	t.known = newFeatTable(knownM)
	t.padPre[0] = make([]int32, lexWidth)
	t.padPre[1] = make([]int32, lexWidth)
	t.lexScores(t.padPre[0], t.lx.padBefore)
	t.lexScores(t.padPre[1], t.lx.padAfter)
	t.biasRow = make([]int32, nTags)
	if r, ok := t.index[ctxKey(tBias, 0)]; ok {
		for x, v := range t.w[int(r)*nTags : int(r+1)*nTags] {
			t.biasRow[x] = int32(v)
		}
	}
}

// lexScores sets dst (nOffset rows of nTags) to the weights of atoms at
// each offset.
func (t *Tagger) lexScores(dst []int32, atoms []atom) {
	clear(dst)
	for _, a := range atoms {
		m := templateMask(a.tmpl)
		for k := -window; k <= window; k++ {
			if m&(1<<(k+window)) == 0 {
				continue
			}
			if r := t.table.get(a.key(k)); r >= 0 {
				addWeights((*[nTags]int32)(dst[(k+window)*nTags:]), (*[nTags]int16)(t.w[int(r)*nTags:]))
			}
		}
	}
}

// state is the scratch of one call.
type state struct {
	sc    scratch
	toks  []text.Token
	strs  []string
	ws    []word
	lex   []int32            // per token: offset of its lexical scores in pre (>= 0) or ^offset in unk
	blks  []*[lexWidth]int32 // per word of a sentence and its padding: its lexical scores
	unk   []int32            // lexical scores of unknown words
	atoms []atom
	em    []int32
	delta []int32
	tags  []uint8
	ctx   []uint64
	hits  []gazHit
	doc   docInfo

	// A document's words, described once in the first pass and read
	// again, sentence by sentence, in the second: dws, dlex and dtoks hold
	// every sentence in turn, ends[i] is where sentence i ends in them.
	dws   []word
	dlex  []int32
	dtoks []text.Token
	ends  []int
}

func (t *Tagger) getState() *state {
	if st, ok := t.pool.Get().(*state); ok {
		return st
	}
	return new(state)
}

// describe fills st.ws and st.lex for the words in st.strs.
func (t *Tagger) describe(st *state) {
	st.unk = st.unk[:0]
	st.ws, st.lex = t.appendDescribed(st, st.ws[:0], st.lex[:0])
}

// appendDescribed appends to ws and lex the descriptions of the words in
// st.strs, adding the lexical scores of unknown words to st.unk.
func (t *Tagger) appendDescribed(st *state, ws []word, lex []int32) ([]word, []int32) {
	base, n := len(ws), len(st.strs)
	ws = slices.Grow(ws, n)[:base+n]
	lex = slices.Grow(lex, n)[:base+n]
	for i, s := range st.strs {
		w := &ws[base+i]
		if k := t.known.get(wordHash(s)); k >= 0 {
			*w = t.words[k]
			w.text = s
			lex[base+i] = k * lexWidth
			continue
		}
		describe(w, s, &st.sc)
		st.atoms = t.lx.appendAtoms(st.atoms[:0], w, &st.sc)
		off := len(st.unk)
		st.unk = slices.Grow(st.unk, lexWidth)[:off+lexWidth]
		// atoms[0] is the word itself (tWord), which the model cannot
		// have for a word outside its vocabulary: every training word
		// is in it.
		t.lexScores(st.unk[off:], st.atoms[1:])
		lex[base+i] = ^int32(off)
	}
	return ws, lex
}

// tag tags the words described in st, leaving BILOU tags in st.tags, with
// the features of document doc.
func (t *Tagger) tag(st *state, doc *docInfo) {
	n := len(st.ws)
	lexOf := func(j int) []int32 {
		switch {
		case j < 0:
			return t.padPre[0]
		case j >= n:
			return t.padPre[1]
		case st.lex[j] >= 0:
			return t.pre[st.lex[j] : st.lex[j]+lexWidth]
		}
		off := ^st.lex[j]
		return st.unk[off : off+lexWidth]
	}
	si := describeSentence(st.ws)
	st.em = slices.Grow(st.em[:0], n*nTags)[:n*nTags]
	// blks[j+window] is the precomputed block of word j, padding
	// included; token i reads row k+window of word i+k's block, for each
	// offset k, and starts from the bias and those five rows in one sum.
	blks := st.blks[:0]
	for j := -window; j < n+window; j++ {
		blks = append(blks, (*[lexWidth]int32)(lexOf(j)))
	}
	bias := (*[nTags]int32)(t.biasRow)
	for i := range n {
		b := blks[i : i+nOffset : i+nOffset]
		sumRows((*[nTags]int32)(st.em[i*nTags:]), bias, (*[nTags]int32)(b[0][0:]), (*[nTags]int32)(b[1][nTags:]),
			(*[nTags]int32)(b[2][2*nTags:]), (*[nTags]int32)(b[3][3*nTags:]), (*[nTags]int32)(b[4][4*nTags:]))
	}
	clear(blks) // they point into st.unk, which a later call may replace
	st.blks = blks
	for i := range n {
		row := (*[nTags]int32)(st.em[i*nTags:])
		st.ctx = appendContext(st.ctx[:0], st.ws, i, si)
		st.ctx = doc.appendCase(st.ctx, st.ws, i, si)
		st.ctx = doc.appendHistory(st.ctx, st.ws, i)
		for _, key := range st.ctx[1:] { // the bias is in biasRow
			if r := t.table.get(key); r >= 0 {
				addWeights(row, (*[nTags]int16)(t.w[int(r)*nTags:]))
			}
		}
	}
	if t.lx.gaz != nil {
		st.hits = t.lx.gaz.appendSpans(st.hits[:0], st.ws, &st.sc)
		for _, h := range st.hits {
			if r := t.table.get(h.key); r >= 0 {
				addWeights((*[nTags]int32)(st.em[h.i*nTags:]), (*[nTags]int16)(t.w[int(r)*nTags:]))
			}
		}
	}
	st.delta = slices.Grow(st.delta[:0], n*nTags)[:n*nTags]
	st.tags = slices.Grow(st.tags[:0], n)[:n]
	t.tr.viterbi(st.em, st.delta, st.tags)
	dropTitles(st.ws, st.tags)
}

// dropTitles takes a title off the front of a person's name. CoNLL-2003
// leaves titles out of names ("Mr. Blair" is PER "Blair"), but Reuters
// seldom writes them, so the model has hardly seen a title before a name,
// and in British news, where titles are everywhere and undotted ("Mr
// Blair", "Ms Hewitt"), it takes the capitalised title for part of the
// name. The fix is a rule, not a feature, because the training data has
// nothing to learn it from.
func dropTitles(ws []word, tags []uint8) {
	for i := 0; i+1 < len(tags); i++ {
		if tags[i] != makeTag(PER, posB) || !isTitle(ws[i].text) {
			continue
		}
		tags[i] = 0
		if tagPos(tags[i+1]) == posL {
			tags[i+1] = makeTag(PER, posU)
		} else {
			tags[i+1] = makeTag(PER, posB)
		}
	}
}

func isTitle(s string) bool {
	switch s {
	case "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Mme", "Mme.", "Mlle", "Herr", "Messrs", "Messrs.":
		return true
	}
	return false
}

// tagSentence tags the words in st.strs as a document of one sentence.
func (t *Tagger) tagSentence(st *state) {
	t.describe(st)
	st.doc.reset()
	st.doc.observe(st.ws)
	t.tag(st, &st.doc)
}

// AppendTags appends to dst the IOB2 tags ("B-PER", "I-PER", "O") of one
// sentence of already tokenised words, such as a line of a CoNLL file,
// and returns the extended slice. The tag strings are shared constants;
// AppendTags allocates only to grow dst.
func (t *Tagger) AppendTags(dst []string, words []string) []string {
	if len(words) == 0 {
		return dst
	}
	st := t.getState()
	st.strs = append(st.strs[:0], words...)
	t.tagSentence(st)
	for _, g := range st.tags {
		dst = append(dst, iob2[g])
	}
	clear(st.strs)
	t.pool.Put(st)
	return dst
}

// AppendEntities appends to dst the entities of one sentence of src,
// given as its tokens from text.AppendTokens (offsets into src), and
// returns the extended slice. Entities come in text order with byte spans
// into src.
//
// Tokens are first split the way CoNLL-2003 is tokenised ("Blair's" as
// "Blair" and "'s"), so an entity can end inside a token of text: the
// span of "Blair" in "Blair's" ends before the apostrophe. Tagging one
// sentence at a time is what the model was trained for; a whole
// paragraph passed as one sentence works but loses the sentence-initial
// features. AppendEntities allocates only to grow dst.
func (t *Tagger) AppendEntities(dst []Entity, src string, tokens []text.Token) []Entity {
	if len(tokens) == 0 {
		return dst
	}
	st := t.getState()
	st.toks = conll.SplitTokens(st.toks[:0], src, tokens)
	st.strs = st.strs[:0]
	for _, tk := range st.toks {
		st.strs = append(st.strs, tk.In(src))
	}
	t.tagSentence(st)
	dst = st.appendEntities(dst)
	clear(st.strs)
	t.pool.Put(st)
	return dst
}

// appendEntities appends the entities of st.tags over st.toks.
func (st *state) appendEntities(dst []Entity) []Entity {
	start := 0
	for i, g := range st.tags {
		if g == 0 {
			continue
		}
		switch tagPos(g) {
		case posB:
			start = i
		case posU:
			start = i
			fallthrough
		case posL:
			dst = append(dst, Entity{
				Span: text.Span{Start: st.toks[start].Start, End: st.toks[i].End},
				Type: tagType(g),
			})
		}
	}
	return dst
}

// AppendDocumentTags is AppendTags for the sentences of one document, in
// order: the tags of all sentences are appended, one per word. Tagging a
// document as a whole lets each sentence use what the others say about a
// word (its case, its neighbours, the types it was given); on CoNLL-2003
// this is worth about two points of F1 over tagging the sentences alone.
func (t *Tagger) AppendDocumentTags(dst []string, sentences [][]string) []string {
	st := t.getState()
	t.tagDocument(st, len(sentences), false,
		func(i int) { st.strs = append(st.strs[:0], sentences[i]...) },
		func(int) {
			for _, g := range st.tags {
				dst = append(dst, iob2[g])
			}
		})
	clear(st.strs)
	t.pool.Put(st)
	return dst
}

// AppendDocument appends to dst the entities of the text src, split into
// the given sentences (from text.Sentences or a Segmenter), tagged as one
// document, and returns the extended slice. Entities come in text order
// with byte spans into src. It allocates only to grow dst.
func (t *Tagger) AppendDocument(dst []Entity, src string, sentences []text.Sentence) []Entity {
	st := t.getState()
	t.tagDocument(st, len(sentences), true,
		func(i int) { t.sentenceWords(st, src, sentences[i].Span) },
		func(int) { dst = st.appendEntities(dst) })
	clear(st.strs)
	t.pool.Put(st)
	return dst
}

// AppendText is AppendDocument for a text.Document: it reads the tokens
// doc's sentences already have (see text.NewDocument) instead of finding
// them again, and gives the same entities.
func (t *Tagger) AppendText(dst []Entity, doc *text.Document) []Entity {
	st := t.getState()
	t.tagDocument(st, len(doc.Sentences), true,
		func(i int) { t.splitWords(st, doc.Text, doc.SentenceTokens(i)) },
		func(int) { dst = st.appendEntities(dst) })
	clear(st.strs)
	t.pool.Put(st)
	return dst
}

// tagDocument tags n sentences as one document: load(i) puts sentence i's
// words in st.strs (and, when toks is set, its tokens in st.toks), emit(i)
// takes its tags from st.tags (and its tokens from st.toks). The first
// pass describes every word once and records the case and neighbours of
// each; the second tags each sentence in turn from those descriptions,
// with the history of the sentences before it.
func (t *Tagger) tagDocument(st *state, n int, toks bool, load, emit func(i int)) {
	ws, lex := st.ws, st.lex // sentence buffers, restored below
	st.doc.reset()
	st.unk = st.unk[:0]
	st.dws, st.dlex, st.dtoks, st.ends = st.dws[:0], st.dlex[:0], st.dtoks[:0], st.ends[:0]
	for i := range n {
		load(i)
		start := len(st.dws)
		st.dws, st.dlex = t.appendDescribed(st, st.dws, st.dlex)
		if toks {
			st.dtoks = append(st.dtoks, st.toks...)
		}
		st.ends = append(st.ends, len(st.dws))
		st.doc.observe(st.dws[start:])
	}
	tk := st.toks // grown by load, restored below
	start := 0
	for i, end := range st.ends {
		if end == start {
			continue
		}
		st.ws, st.lex = st.dws[start:end], st.dlex[start:end]
		if toks {
			st.toks = st.dtoks[start:end]
		}
		start = end
		t.tag(st, &st.doc)
		st.doc.record(st.ws, st.tags, 1)
		emit(i)
	}
	// st.ws, st.lex and st.toks alias the document's arrays; a later
	// call appending through them would overwrite those. The words hold
	// the caller's text, which a pooled state must not keep alive.
	st.ws, st.lex, st.toks = ws, lex, tk
	clear(st.dws)
}

// Tag returns the entities of the text src: its sentences as
// text.Sentences finds them, tagged as one document. It is a convenience
// for AppendDocument(nil, src, text.Sentences(src)).
func (t *Tagger) Tag(src string) []Entity {
	return t.AppendDocument(nil, src, text.Sentences(src))
}

// splitWords sets st.toks and st.strs to the CoNLL-style tokens of the
// text tokens toks of src.
func (t *Tagger) splitWords(st *state, src string, toks []text.Token) {
	st.toks = conll.SplitTokens(st.toks[:0], src, toks)
	st.strs = st.strs[:0]
	for _, tk := range st.toks {
		st.strs = append(st.strs, tk.In(src))
	}
}

// sentenceWords sets st.toks and st.strs to the CoNLL-style tokens of
// src[span].
func (t *Tagger) sentenceWords(st *state, src string, span text.Span) {
	st.toks = conll.AppendTokens(st.toks[:0], src, span)
	st.strs = st.strs[:0]
	for _, tk := range st.toks {
		st.strs = append(st.strs, tk.In(src))
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func sortedFeatureKeys(m map[uint64]int32) []uint64 {
	out := make([]uint64, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, cmp.Compare)
	return out
}
