package summary

import (
	"context"
	"math"
	"slices"
	"strings"
)

// nearDuplicate is the cosine at or above which two sentences count as
// the same sentence and only the first is ever picked.
const nearDuplicate = 0.6

// design says how the ranker chooses key points: how many come from the
// lead, in document order, when the body model may put another sentence
// in a lead sentence's place, and how much a repeated point costs. The
// lead designs are kept as baselines (BenchmarkStage) and for the tests;
// doc.go says how the one Summarize uses was chosen.
type design struct {
	// lead is how many key points are lead picks; the rest are the body
	// model's best. 0 lets the model pick every key point.
	lead int
	// margin is how much more than the next sentence in document order
	// the body model must score a sentence before a lead pick takes it
	// instead: a difference of scores d means odds of e^d. +Inf keeps the
	// lead in document order.
	margin float64
	// window, when positive, limits such a replacement to the first
	// window body sentences.
	window int
	// redundancy is what a body pick loses per unit of its largest
	// cosine similarity to a sentence already picked (maximal marginal
	// relevance): a point the summary has made is worth less the second
	// time.
	redundancy float64
	// expect, when positive, scores a sentence by the ROUGE it is
	// expected to earn rather than by its own chance of being a reference
	// sentence: its probability under the body model's softmax plus
	// expect times the probability-weighted cosine similarity of the
	// other sentences to it, so that a sentence restating several likely
	// reference sentences counts for the words it shares with them.
	expect float64
	// wordCost is what a sentence's score loses per word past freeWords:
	// the model rates how likely a sentence is to be a reference
	// sentence, whatever its length, but a long one that is not costs a
	// summary judged by ROUGE F-measure more precision than a short one,
	// and earns little more recall against a reader's three sentences.
	wordCost  float64
	freeWords int
	// expectTemp is the temperature of the softmax that weighs the other
	// sentences' similarities in the expected gain (0 means 1): below 1
	// it counts what a sentence shares with the few sentences the model
	// rates best rather than with every plausible one.
	expectTemp float64
}

// chosenDesign is the design Summarize uses: the model picks every key
// point, a candidate losing half its largest similarity to a sentence
// already picked and 0.02 per word past 30, its expected gain weighing
// the others' similarities at temperature 0.5. The lead-first design it
// replaces made the key points Lead-3 by construction; the redundancy and
// the word cost were chosen by cross-validation with the model's gold
// weight (see doc.go).
var chosenDesign = design{lead: 0, margin: math.Inf(1), redundancy: 0.5, expect: 0.08, expectTemp: 0.5, wordCost: 0.02, freeWords: 30}

// ranker scores the body sentences of a document and picks key points.
type ranker struct {
	d    *docTerms
	ms   *Model
	dz   design
	body []float64 // the body model's score of each body sentence
}

// score fills r.body. Only key points the lead does not supply need it.
func (r *ranker) score(ctx context.Context) error {
	n := len(r.d.sents)
	if n == 0 {
		return nil
	}
	cent, err := r.centrality(ctx)
	if err != nil {
		return err
	}
	r.d.findNames()
	r.body = cent // the centralities are read once each: reuse their slice
	for i, c := range cent {
		if i&63 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		f := r.d.features(i, c)
		r.body[i] = r.ms.body.score(&f)
	}
	if r.dz.expect > 0 {
		r.expectedGain()
	}
	if r.dz.wordCost > 0 {
		for i := range r.body {
			if over := r.d.sents[i].words - r.dz.freeWords; over > 0 {
				r.body[i] -= r.dz.wordCost * float64(over)
			}
		}
	}
	return nil
}

// expectedGain replaces each body score s_i by ln(p_i + expect·Σ_j≠i
// w_j·cos(i, j)), with p the softmax of the scores and w the softmax at
// temperature expectTemp: with expect 0 it would be the score less a
// constant. The sum is the dot product of sentence i's unit vector with
// the w-weighted sum of all of them, less its own term, so it costs one
// pass over the words, as centrality does.
func (r *ranker) expectedGain() {
	sents := r.d.sents
	top := slices.Max(r.body)
	temp := r.dz.expectTemp
	if temp <= 0 {
		temp = 1
	}
	p := grow(r.d.own, len(r.body))
	r.d.own = p
	z, zw := 0.0, 0.0
	for i, s := range r.body {
		p[i] = math.Exp(s - top)
		z += p[i]
		r.body[i] = math.Exp((s - top) / temp) // w_i, not yet normalised
		zw += r.body[i]
	}
	sum := r.d.sum
	clear(sum)
	for i := range sents {
		p[i] /= z
		r.body[i] /= zw
		s := &sents[i]
		if s.norm == 0 {
			continue
		}
		for _, tc := range s.bag {
			sum[tc.term] += r.body[i] * float64(tc.n) / s.norm
		}
	}
	for i := range sents {
		s := &sents[i]
		g := 0.0
		if s.norm > 0 {
			for _, tc := range s.bag {
				g += float64(tc.n) * sum[tc.term]
			}
			g = max(0, g/s.norm-r.body[i])
		}
		r.body[i] = math.Log(p[i] + r.dz.expect*g + 1e-300)
	}
}

// centrality returns each sentence's centrality in 0..1: its weighted
// degree in the graph of cosine similarities between sentences, the sum of
// its similarities to all the others, scaled by the largest.
//
// This is what TextRank computes, without its iterations: on an
// undirected graph, PageRank's stationary distribution without damping is
// proportional to weighted degree, and damping mostly pulls it towards
// uniform. Nor does it need the n² similarities: the sum of the cosines
// of sentence i with all sentences is the dot product of its unit vector
// with the sum of all the unit vectors, so one pass builds that sum and
// one more reads every sentence's degree, at any length.
func (r *ranker) centrality(ctx context.Context) ([]float64, error) {
	sents := r.d.sents
	sum := grow(r.d.sum, len(r.d.terms)) // the sum of the sentences' unit vectors, by term
	clear(sum)
	r.d.sum = sum
	for i := range sents {
		if i&63 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := &sents[i]
		if s.norm == 0 {
			continue
		}
		for _, tc := range s.bag {
			sum[tc.term] += float64(tc.n) / s.norm
		}
	}
	out := grow(r.d.spare, len(sents))
	clear(out)
	r.d.spare = out
	for i := range sents {
		if i&63 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		s := &sents[i]
		if s.norm == 0 {
			continue
		}
		var dot float64
		for _, tc := range s.bag {
			dot += float64(tc.n) * sum[tc.term]
		}
		// Less the sentence's similarity to itself, 1; rounding can leave
		// a sentence sharing no word with another a hair below 0.
		out[i] = max(0, dot/s.norm-1)
	}
	return normalizeMax(out), nil
}

// normalizeMax scales v into 0..1 by its largest value.
func normalizeMax(v []float64) []float64 {
	m := 0.0
	for _, x := range v {
		m = math.Max(m, x)
	}
	if m > 0 {
		for i := range v {
			v[i] /= m
		}
	}
	return v
}

// similarity returns the cosine similarity of body sentences i and j.
func (r *ranker) similarity(i, j int) float64 {
	return cosine(&r.d.sents[i], &r.d.sents[j])
}

// pick returns up to k body sentence positions, in the order they were
// chosen, with a score each in 0..1 that never increases along that order.
//
// The first r.dz.lead are the lead: the first sentences in document
// order, unless the design lets the body model replace one. The rest are
// the body model's best. A near-duplicate of a picked sentence, or a
// sentence without words, is never picked.
func (r *ranker) pick(ctx context.Context, k int) (picked []int, scores []float64, err error) {
	n := len(r.d.sents)
	if n == 0 {
		return nil, nil, nil
	}
	picked = make([]int, 0, min(k, n))
	scores = make([]float64, 0, min(k, n))
	out := grow(r.d.out, n) // picked, or ruled out as a duplicate
	r.d.out = out
	near := grow(r.d.near, n) // each sentence's largest similarity to a pick
	r.d.near = near
	clear(near)
	for i := range r.d.sents {
		out[i] = r.d.sents[i].words == 0
	}
	top := 0.0
	last := 1.0
	for len(picked) < k {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		best := -1
		var own float64
		if len(picked) < r.dz.lead {
			// The lead: the first sentence left, scored by its place.
			best = slices.Index(out, false)
			if best >= 0 {
				own = 1 / math.Sqrt(float64(1+r.d.sents[best].rank))
			}
			if best >= 0 && !math.IsInf(r.dz.margin, 1) {
				if r.body == nil {
					if top, err = r.scoreTop(ctx); err != nil {
						return nil, nil, err
					}
				}
				// A replacement takes the lead sentence's place and
				// its score.
				if alt := r.bestBody(out, r.dz.window); alt >= 0 && r.body[alt]-r.body[best] >= r.dz.margin {
					best = alt
				}
			}
		} else {
			if r.body == nil {
				if top, err = r.scoreTop(ctx); err != nil {
					return nil, nil, err
				}
			}
			best = r.bestNovel(out, near)
			if best >= 0 {
				own = math.Exp(r.body[best] - top)
			}
		}
		if best < 0 {
			break
		}
		last = math.Min(last, own)
		picked = append(picked, best)
		scores = append(scores, last)
		out[best] = true
		for i := range n {
			if out[i] {
				continue
			}
			sim := r.similarity(i, best)
			if r.duplicate(i, best, sim) {
				out[i] = true
			}
			near[i] = math.Max(near[i], sim)
		}
	}
	return picked, scores, nil
}

// scoreTop fills r.body and returns its largest score.
func (r *ranker) scoreTop(ctx context.Context) (float64, error) {
	if err := r.score(ctx); err != nil {
		return 0, err
	}
	return slices.Max(r.body), nil
}

// bestBody returns the body sentence the model scores best among those
// not out, the first on a tie, or -1; with window > 0, only among the
// first window body sentences.
func (r *ranker) bestBody(out []bool, window int) int {
	n := len(out)
	if window > 0 {
		n = min(n, window)
	}
	best := -1
	for i := range n {
		if !out[i] && (best < 0 || r.body[i] > r.body[best]) {
			best = i
		}
	}
	return best
}

// bestNovel is bestBody's choice with each sentence's score less
// r.dz.redundancy times near, its largest similarity to a sentence
// picked; ties go to the first.
func (r *ranker) bestNovel(out []bool, near []float64) int {
	if r.dz.redundancy == 0 {
		return r.bestBody(out, 0)
	}
	best, bestScore := -1, 0.0
	for i := range out {
		if out[i] {
			continue
		}
		if sc := r.body[i] - r.dz.redundancy*near[i]; best < 0 || sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return best
}

// duplicate reports whether body sentences i and j, whose similarity is
// sim, are near-duplicates: similar at nearDuplicate or more, or the same
// text but for case (sentences made only of stop words have no terms to
// compare).
func (r *ranker) duplicate(i, j int, sim float64) bool {
	return sim >= nearDuplicate ||
		strings.EqualFold(r.d.sents[i].span.In(r.d.src), r.d.sents[j].span.In(r.d.src))
}
