package ner

import "slices"

// perceptron is the state of one averaged perceptron run over a training
// set. Weights are kept as integers while training, w the current ones
// and u the sum of each update times the step it happened at, so that the
// average over all steps is w - u/c (Daumé 2006, section 2.1.1).
type perceptron struct {
	set *trainingSet

	w      []int32                    // feature weights, nTags per feature
	u      []int64                    // their updates times the step
	tw, tu [(nTags + 1) * nTags]int64 // transitions, [prev][cur], prev == nTags the start
	ew, eu [nTags]int64               // weights of ending on a tag
	c      int64                      // the step, from 1

	// Decoding scratch, reused from sentence to sentence.
	doc      docInfo // the current document's history
	tr       *transitions
	em       []int32
	delta    []int32
	pred     []uint8 // the tags just decoded
	dyn      []int32 // history features of all tokens of a sentence
	dynStart []int32 // token i's are dyn[dynStart[i]:dynStart[i+1]]
	hk       []uint64
}

func newPerceptron(set *trainingSet) *perceptron {
	F := len(set.keys)
	return &perceptron{
		set: set,
		w:   make([]int32, F*nTags),
		u:   make([]int64, F*nTags),
		c:   1,
		tr:  newTransitions(),
	}
}

// size is the number of weights, as average numbers them.
func (p *perceptron) size() int {
	return len(p.w) + len(p.tw) + len(p.ew)
}

// reset sets every weight to zero and the step to 1, for a new run.
func (p *perceptron) reset() {
	clear(p.w)
	clear(p.u)
	p.tw, p.tu, p.ew, p.eu = [(nTags + 1) * nTags]int64{}, [(nTags + 1) * nTags]int64{}, [nTags]int64{}, [nTags]int64{}
	p.c = 1
}

// epoch makes one pass over the training documents, in the given order,
// and over each document's sentences in text order.
func (p *perceptron) epoch(order []int) {
	for _, di := range order {
		p.doc.reset()
		for si := range p.set.docs[di] {
			d := &p.set.docs[di][si]
			p.decode(d)
			p.learn(d)
			p.doc.record(d.ws, p.pred, 1)
		}
	}
}

// decode tags d with the current weights and history into p.pred, leaving
// its history features in p.dyn.
func (p *perceptron) decode(d *trainingSentence) {
	n := len(d.gold)
	p.history(d)
	p.em = slices.Grow(p.em[:0], n*nTags)[:n*nTags]
	p.delta = slices.Grow(p.delta[:0], n*nTags)[:n*nTags]
	p.pred = slices.Grow(p.pred[:0], n)[:n]
	for i := range n {
		row := p.em[i*nTags : i*nTags+nTags]
		clear(row)
		for _, fs := range p.features(d, i) {
			for _, f := range fs {
				for k, v := range p.w[int(f)*nTags : int(f)*nTags+nTags] {
					row[k] += v
				}
			}
		}
	}
	for prev := range nTags + 1 {
		for k := range nTags {
			p.tr.w[prev][k] = int32(p.tw[prev*nTags+k])
		}
	}
	for k := range nTags {
		p.tr.end[k] = int32(p.ew[k])
	}
	p.tr.viterbi(p.em, p.delta, p.pred)
}

// history puts the history features of d's tokens, given the document's
// tags so far, in p.dyn.
func (p *perceptron) history(d *trainingSentence) {
	p.dyn, p.dynStart = p.dyn[:0], p.dynStart[:0]
	for i := range len(d.gold) {
		p.dynStart = append(p.dynStart, int32(len(p.dyn)))
		p.hk = p.doc.appendHistory(p.hk[:0], d.ws, i)
		for _, k := range p.hk {
			p.dyn = append(p.dyn, p.set.ids[k])
		}
	}
	p.dynStart = append(p.dynStart, int32(len(p.dyn)))
}

// features returns token i's static and history features, once d has
// been decoded.
func (p *perceptron) features(d *trainingSentence, i int) [2][]int32 {
	return [2][]int32{d.feats[d.start[i]:d.start[i+1]], p.dyn[p.dynStart[i]:p.dynStart[i+1]]}
}

// learn updates the weights where p.pred, just decoded for d, is wrong,
// and counts the step.
func (p *perceptron) learn(d *trainingSentence) {
	if !slices.Equal(p.pred, d.gold) {
		p.update(d, d.gold, 1)
		p.update(d, p.pred, -1)
	}
	p.c++
}

// update adds delta to the weights of the features and transitions of d
// tagged with tags.
func (p *perceptron) update(d *trainingSentence, tags []uint8, delta int32) {
	prev := uint8(nTags)
	for i, g := range tags {
		for _, fs := range p.features(d, i) {
			for _, f := range fs {
				p.w[int(f)*nTags+int(g)] += delta
				p.u[int(f)*nTags+int(g)] += int64(delta) * p.c
			}
		}
		p.tw[int(prev)*nTags+int(g)] += int64(delta)
		p.tu[int(prev)*nTags+int(g)] += int64(delta) * p.c
		prev = g
	}
	p.ew[prev] += int64(delta)
	p.eu[prev] += int64(delta) * p.c
}

// average is the averaged weight i over the steps so far: the feature
// weights first, nTags per feature, then the transitions, then the ending
// weights.
func (p *perceptron) average(i int) float64 {
	F := len(p.w)
	switch {
	case i < F:
		return float64(p.w[i]) - float64(p.u[i])/float64(p.c)
	case i < F+len(p.tw):
		i -= F
		return float64(p.tw[i]) - float64(p.tu[i])/float64(p.c)
	}
	i -= F + len(p.tw)
	return float64(p.ew[i]) - float64(p.eu[i])/float64(p.c)
}
