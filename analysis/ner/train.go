package ner

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Sentence is one tokenised sentence of training data: its words and
// their tags in IOB1 or IOB2 ("B-PER", "I-PER", "O"), as CoNLL files give
// them.
type Sentence struct {
	Words []string
	Tags  []string
}

// TrainOptions configure Train. The zero value trains without clusters for
// the default number of epochs.
type TrainOptions struct {
	// Epochs is the number of passes over the training sentences; zero
	// means 10.
	Epochs int
	// Seed seeds the order in which documents are visited in each epoch;
	// the same data, options and seed give the same model, byte for byte.
	Seed uint64
	// Clusters is the content of a clusters file as gen_clusters.go
	// writes it (bit string, word, count per line, # comments); empty
	// means no cluster features.
	Clusters string
	// MinFeatureCount drops features seen fewer times in the training
	// data; zero means 1 (keep all).
	MinFeatureCount int
	// Runs is the number of perceptrons trained, with seeds Seed,
	// Seed+1, ..., whose averaged weights are averaged again into the
	// model; zero means 1. A perceptron depends on the order it saw the
	// data in, by some tenths of a point of F1 on CoNLL-2003; the mean of a
	// few is steadier and slightly better than any one of them.
	Runs int
	// AfterEpoch, if not nil, is called after each epoch of each run with
	// the number of epochs done over all runs, from 1, and that run's
	// averaged model so far, so that a caller can score it on development
	// data to choose Epochs.
	AfterEpoch func(epoch int, t *Tagger)
	// NoGazetteer turns the gazetteer features off, for ablations.
	NoGazetteer bool
}

// minWeight is the smallest weight, in quantisation steps (1/32767 of the
// largest weight), that keeps a feature in the model. Features whose
// weights are all smaller (most of those seen in training, and a third of
// those whose weights do not round to zero) change scores by too little
// to matter: dropping them lost nothing on the development set (93.52
// F1 with them, 93.54 without), and the smaller tables tag faster.
const minWeight = 256

// Train trains a tagger on documents of sentences with the averaged
// structured perceptron (Collins 2002): each sentence is decoded with the
// current weights and, where the best sequence is wrong, the weights of
// the gold sequence's features go up by one and those of the predicted
// sequence's down by one. The model returned averages the weights over
// every step, which is what makes the perceptron generalise. Documents are
// visited in a shuffled order and their sentences in text order, so that
// the history features see the tagger's own earlier predictions, as they
// will when tagging.
func Train(docs [][]Sentence, opts TrainOptions) (*Tagger, error) {
	epochs := opts.Epochs
	if epochs <= 0 {
		epochs = 10
	}
	lx, err := newLexicon(opts.Clusters, !opts.NoGazetteer)
	if err != nil {
		return nil, err
	}
	set, err := newTrainingSet(lx, docs)
	if err != nil {
		return nil, err
	}
	set.dropRare(int32(max(opts.MinFeatureCount, 1)))

	p := newPerceptron(set)
	runs := max(opts.Runs, 1)
	sum := make([]float64, p.size()) // the runs' averaged weights, summed
	order := make([]int, len(set.docs))
	for run := range runs {
		p.reset()
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(opts.Seed+uint64(run), 0x4e4552))
		for epoch := 1; epoch <= epochs; epoch++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			p.epoch(order)
			if opts.AfterEpoch != nil {
				opts.AfterEpoch(run*epochs+epoch, set.tagger(lx, p.average))
			}
		}
		for i := range sum {
			sum[i] += p.average(i)
		}
	}
	return set.tagger(lx, func(i int) float64 { return sum[i] / float64(runs) }), nil
}

// trainingSet is the training data with every token's static features
// extracted once, as ids in first-seen order. The history features depend
// on predictions and are added as each sentence is decoded.
type trainingSet struct {
	docs   [][]trainingSentence
	ids    map[uint64]int32 // feature key -> id
	keys   []uint64         // id -> feature key
	counts []int32          // id -> times seen
	vocab  map[string]bool  // every training word
}

// trainingSentence is one sentence of training data, its features as ids.
type trainingSentence struct {
	ws    []word
	gold  []uint8
	feats []int32 // features of all tokens
	start []int32 // token i's features are feats[start[i]:start[i+1]]
}

// historyValues are the values the history features take; they are given
// ids first, and never pruned, as they are only seen once decoding starts.
var historyValues = [...]uint64{0, 1, 2, 3, 4, 8}

// newTrainingSet extracts the features of docs, sentences with no words
// left out.
func newTrainingSet(lx *lexicon, docs [][]Sentence) (*trainingSet, error) {
	set := &trainingSet{ids: map[uint64]int32{}, vocab: map[string]bool{}}
	for _, v := range historyValues {
		f := set.id(ctxKey(tHistory, v))
		set.counts[f] = 1 << 30
	}
	var fx extractor
	var doc docInfo
	fx.doc = &doc
	nSent := 0
	for _, d := range docs {
		doc.reset()
		for _, s := range d {
			fx.sentence(lx, s.Words)
			doc.observe(fx.ws)
		}
		var dd []trainingSentence
		for _, s := range d {
			if len(s.Words) != len(s.Tags) {
				return nil, fmt.Errorf("ner: sentence %d has %d words and %d tags", nSent, len(s.Words), len(s.Tags))
			}
			if len(s.Words) == 0 {
				continue
			}
			nSent++
			dd = append(dd, set.sentence(lx, &fx, s))
		}
		set.docs = append(set.docs, dd)
	}
	if nSent == 0 {
		return nil, errors.New("ner: no training sentences")
	}
	return set, nil
}

// id returns the id of feature key k, giving it the next one if it has
// none.
func (set *trainingSet) id(k uint64) int32 {
	i, ok := set.ids[k]
	if !ok {
		i = int32(len(set.keys))
		set.ids[k] = i
		set.keys = append(set.keys, k)
		set.counts = append(set.counts, 0)
	}
	return i
}

// sentence extracts the static features of s with fx, whose document
// features are already those of s's document, and counts them.
func (set *trainingSet) sentence(lx *lexicon, fx *extractor, s Sentence) trainingSentence {
	var x trainingSentence
	x.gold = bilou(nil, s.Tags)
	x.start = make([]int32, 0, len(s.Words)+1)
	fx.sentence(lx, s.Words)
	x.ws = slices.Clone(fx.ws)
	for i := range s.Words {
		set.vocab[s.Words[i]] = true
		x.start = append(x.start, int32(len(x.feats)))
		for _, k := range fx.features(lx, i) {
			f := set.id(k)
			set.counts[f]++
			x.feats = append(x.feats, f)
		}
	}
	x.start = append(x.start, int32(len(x.feats)))
	return x
}

// dropRare removes from every sentence the features seen fewer than
// minCount times.
func (set *trainingSet) dropRare(minCount int32) {
	if minCount <= 1 {
		return
	}
	for _, dd := range set.docs {
		for i := range dd {
			dd[i].keep(func(f int32) bool { return set.counts[f] >= minCount })
		}
	}
}

// keep removes the features for which ok is false, in place, keeping
// each token's remaining features in order.
func (x *trainingSentence) keep(ok func(f int32) bool) {
	out := x.feats[:0]
	start := x.start[0]
	for t := range len(x.start) - 1 {
		from, to := start, x.start[t+1]
		start = to
		x.start[t] = int32(len(out))
		for _, f := range x.feats[from:to] {
			if ok(f) {
				out = append(out, f)
			}
		}
	}
	x.start[len(x.start)-1] = int32(len(out))
	x.feats = out
}

// tagger builds a tagger from weights given by a function of the weight
// index in the perceptron's numbering (see perceptron.average). The
// weights are quantised to 16 bits, the step being the largest feature
// weight over 32767: the averaged perceptron's weights span about four
// decimal orders, and the step changes no decision on the development
// set. Features whose weights are all under minWeight steps are dropped,
// which is most of them.
func (set *trainingSet) tagger(lx *lexicon, weight func(i int) float64) *Tagger {
	F := len(set.keys)
	scale := quantStep(weight, F*nTags)
	q := func(i int) int64 { return int64(math.Round(weight(i) / scale)) }
	t := &Tagger{lx: lx, tr: newTransitions(), index: make(map[uint64]int32), scale: float32(scale)}
	if lx.gaz != nil {
		t.gazDigest = lx.gaz.digest()
	}
	row := make([]int16, nTags)
	for f := range F {
		for k := range nTags {
			row[k] = int16(q(f*nTags + k))
		}
		if anyLarge(row) {
			t.index[set.keys[f]] = int32(len(t.w) / nTags)
			t.w = append(t.w, row...)
		}
	}
	for p := range nTags + 1 {
		for k := range nTags {
			t.tr.w[p][k] = clampTransition(q(F*nTags + p*nTags + k))
		}
	}
	for k := range nTags {
		t.tr.end[k] = clampTransition(q(F*nTags + (nTags+1)*nTags + k))
	}
	t.vocab = sortedKeys(set.vocab)
	t.keys = sortedFeatureKeys(t.index)
	t.build()
	return t
}

// quantStep is the quantisation step of the first n weights: the largest
// magnitude among them over math.MaxInt16, or 1 when that is zero.
func quantStep(weight func(i int) float64, n int) float64 {
	maxAbs := 0.0
	for i := range n {
		maxAbs = max(maxAbs, math.Abs(weight(i)))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	return scale
}

// anyLarge reports whether a feature's quantised weights are worth
// keeping: whether any of them is at least minWeight steps from zero.
func anyLarge(row []int16) bool {
	for _, v := range row {
		if v >= minWeight || v <= -minWeight {
			return true
		}
	}
	return false
}

// clampTransition bounds a quantised transition weight to ±2^24 steps,
// so that adding a few of them to negInf cannot wrap.
func clampTransition(v int64) int32 {
	return int32(max(min(v, 1<<24), -1<<24))
}
