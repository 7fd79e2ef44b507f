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

	// Extract every token's static features once, as ids in first-seen
	// order. The history features depend on predictions and are added as
	// each sentence is decoded.
	ids := map[uint64]int32{}
	var keys []uint64
	var counts []int32
	id := func(k uint64) int32 {
		i, ok := ids[k]
		if !ok {
			i = int32(len(keys))
			ids[k] = i
			keys = append(keys, k)
			counts = append(counts, 0)
		}
		return i
	}
	for _, v := range []uint64{0, 1, 2, 3, 4, 8} {
		counts[id(ctxKey(tHistory, v))] = 1 << 30 // never pruned
	}
	type sent struct {
		ws    []word
		gold  []uint8
		feats []int32 // features of all tokens
		start []int32 // token i's features are feats[start[i]:start[i+1]]
	}
	var data [][]sent
	var fx extractor
	var doc docInfo
	fx.doc = &doc
	vocab := map[string]bool{}
	nSent := 0
	for _, d := range docs {
		doc.reset()
		for _, s := range d {
			fx.sentence(lx, s.Words)
			doc.observe(fx.ws)
		}
		var dd []sent
		for _, s := range d {
			if len(s.Words) != len(s.Tags) {
				return nil, fmt.Errorf("ner: sentence %d has %d words and %d tags", nSent, len(s.Words), len(s.Tags))
			}
			if len(s.Words) == 0 {
				continue
			}
			nSent++
			var x sent
			x.gold = bilou(nil, s.Tags)
			x.start = make([]int32, 0, len(s.Words)+1)
			fx.sentence(lx, s.Words)
			x.ws = slices.Clone(fx.ws)
			for i := range s.Words {
				vocab[s.Words[i]] = true
				x.start = append(x.start, int32(len(x.feats)))
				for _, k := range fx.features(lx, i) {
					f := id(k)
					counts[f]++
					x.feats = append(x.feats, f)
				}
			}
			x.start = append(x.start, int32(len(x.feats)))
			dd = append(dd, x)
		}
		data = append(data, dd)
	}
	if nSent == 0 {
		return nil, errors.New("ner: no training sentences")
	}
	if minCount := int32(max(opts.MinFeatureCount, 1)); minCount > 1 {
		for _, dd := range data {
			for i := range dd {
				x := &dd[i]
				out := x.feats[:0]
				start := x.start[0]
				for t := range len(x.start) - 1 {
					from, to := start, x.start[t+1]
					start = to
					x.start[t] = int32(len(out))
					for _, f := range x.feats[from:to] {
						if counts[f] >= minCount {
							out = append(out, f)
						}
					}
				}
				x.start[len(x.start)-1] = int32(len(out))
				x.feats = out
			}
		}
	}

	// Weights are kept as integers while training, w the current ones and
	// u the sum of each update times the step it happened at, so that the
	// average over all steps is w - u/c (Daumé 2006, section 2.1.1).
	F := len(keys)
	w := make([]int32, F*nTags)
	u := make([]int64, F*nTags)
	var tw, tu [(nTags + 1) * nTags]int64
	var ew, eu [nTags]int64
	c := int64(1)
	// The runs' averaged weights, summed.
	sumW := make([]float64, F*nTags)
	var sumT [(nTags + 1) * nTags]float64
	var sumE [nTags]float64

	tr := newTransitions()
	var em []int32
	var delta []int32
	var pred []uint8
	var dyn []int32      // history features of all tokens of a sentence
	var dynStart []int32 // token i's are dyn[dynStart[i]:dynStart[i+1]]
	var hk []uint64
	// decode tags d with the current weights and history into pred,
	// leaving its history features in dyn.
	decode := func(d *sent) {
		n := len(d.gold)
		dyn, dynStart = dyn[:0], dynStart[:0]
		for i := range n {
			dynStart = append(dynStart, int32(len(dyn)))
			hk = doc.appendHistory(hk[:0], d.ws, i)
			for _, k := range hk {
				dyn = append(dyn, ids[k])
			}
		}
		dynStart = append(dynStart, int32(len(dyn)))
		em = slices.Grow(em[:0], n*nTags)[:n*nTags]
		delta = slices.Grow(delta[:0], n*nTags)[:n*nTags]
		pred = slices.Grow(pred[:0], n)[:n]
		for i := range n {
			row := em[i*nTags : i*nTags+nTags]
			clear(row)
			for _, fs := range [2][]int32{d.feats[d.start[i]:d.start[i+1]], dyn[dynStart[i]:dynStart[i+1]]} {
				for _, f := range fs {
					for k, v := range w[int(f)*nTags : int(f)*nTags+nTags] {
						row[k] += v
					}
				}
			}
		}
		for p := range nTags + 1 {
			for k := range nTags {
				tr.w[p][k] = int32(tw[p*nTags+k])
			}
		}
		for k := range nTags {
			tr.end[k] = int32(ew[k])
		}
		tr.viterbi(em, delta, pred)
	}
	// learn updates the weights where pred, just decoded for d, is wrong.
	learn := func(d *sent) {
		if !slices.Equal(pred, d.gold) {
			update := func(tags []uint8, delta int32) {
				prev := uint8(nTags)
				for i, g := range tags {
					for _, fs := range [2][]int32{d.feats[d.start[i]:d.start[i+1]], dyn[dynStart[i]:dynStart[i+1]]} {
						for _, f := range fs {
							w[int(f)*nTags+int(g)] += delta
							u[int(f)*nTags+int(g)] += int64(delta) * c
						}
					}
					tw[int(prev)*nTags+int(g)] += int64(delta)
					tu[int(prev)*nTags+int(g)] += int64(delta) * c
					prev = g
				}
				ew[prev] += int64(delta)
				eu[prev] += int64(delta) * c
			}
			update(d.gold, 1)
			update(pred, -1)
		}
		c++
	}
	order := make([]int, len(data))
	// tagger builds a tagger from weights given by a function of the
	// feature and tag index (the transitions follow the features). The
	// weights are quantised to 16 bits, the step being the largest
	// feature weight over 32767: the averaged perceptron's weights span
	// about four decimal orders, and the step changes no decision on the
	// development set. Features whose weights are all under minWeight
	// steps are dropped, which is most of them.
	tagger := func(weight func(i int) float64) *Tagger {
		maxAbs := 0.0
		for i := range F * nTags {
			maxAbs = max(maxAbs, math.Abs(weight(i)))
		}
		scale := maxAbs / math.MaxInt16
		if scale == 0 {
			scale = 1
		}
		q := func(i int) int64 { return int64(math.Round(weight(i) / scale)) }
		t := &Tagger{lx: lx, tr: newTransitions(), index: make(map[uint64]int32), scale: float32(scale)}
		if lx.gaz != nil {
			t.gazDigest = lx.gaz.digest()
		}
		row := make([]int16, nTags)
		for f := range F {
			big := false
			for k := range nTags {
				v := int16(q(f*nTags + k))
				row[k] = v
				big = big || v >= minWeight || v <= -minWeight
			}
			if big {
				t.index[keys[f]] = int32(len(t.w) / nTags)
				t.w = append(t.w, row...)
			}
		}
		for p := range nTags + 1 {
			for k := range nTags {
				t.tr.w[p][k] = int32(max(min(q(F*nTags+p*nTags+k), 1<<24), -1<<24))
			}
		}
		for k := range nTags {
			t.tr.end[k] = int32(max(min(q(F*nTags+(nTags+1)*nTags+k), 1<<24), -1<<24))
		}
		t.vocab = sortedKeys(vocab)
		t.keys = sortedFeatureKeys(t.index)
		t.build()
		return t
	}
	// avg is the current run's averaged weight i, in tagger's numbering.
	avg := func(i int) float64 {
		switch {
		case i < F*nTags:
			return float64(w[i]) - float64(u[i])/float64(c)
		case i < F*nTags+(nTags+1)*nTags:
			i -= F * nTags
			return float64(tw[i]) - float64(tu[i])/float64(c)
		}
		i -= F*nTags + (nTags+1)*nTags
		return float64(ew[i]) - float64(eu[i])/float64(c)
	}
	runs := max(opts.Runs, 1)
	for run := range runs {
		clear(w)
		clear(u)
		tw, tu, ew, eu = [(nTags + 1) * nTags]int64{}, [(nTags + 1) * nTags]int64{}, [nTags]int64{}, [nTags]int64{}
		c = 1
		for i := range order {
			order[i] = i
		}
		rng := rand.New(rand.NewPCG(opts.Seed+uint64(run), 0x4e4552))
		for epoch := 1; epoch <= epochs; epoch++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, di := range order {
				doc.reset()
				for si := range data[di] {
					d := &data[di][si]
					decode(d)
					learn(d)
					doc.record(d.ws, pred, 1)
				}
			}
			if opts.AfterEpoch != nil {
				opts.AfterEpoch(run*epochs+epoch, tagger(avg))
			}
		}
		for i := range sumW {
			sumW[i] += avg(i)
		}
		for i := range sumT {
			sumT[i] += avg(F*nTags + i)
		}
		for i := range sumE {
			sumE[i] += avg(F*nTags + len(sumT) + i)
		}
	}
	return tagger(func(i int) float64 {
		switch {
		case i < F*nTags:
			return sumW[i] / float64(runs)
		case i < F*nTags+len(sumT):
			return sumT[i-F*nTags] / float64(runs)
		}
		return sumE[i-F*nTags-len(sumT)] / float64(runs)
	}), nil
}
