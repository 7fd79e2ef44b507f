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
	// joint, when positive, picks every key point after the first by the
	// ROUGE-1 F-measure the set is expected to earn: each sentence j is a
	// reference sentence with probability q_j = min(1, joint·p_j), p the
	// softmax of the model's scores; the set's expected matches are the
	// q-weighted content terms of the reference sentences it holds, and
	// its F-measure divides twice that by the expected reference length
	// plus the set's words. Length and redundancy are then costs of the
	// set rather than constants of the design.
	joint float64
	// jointFirst lets the joint objective pick the first key point too.
	jointFirst bool
	// jointMix, when positive, adds jointMix times the logarithm of the
	// expected F-measure to bestNovel's score instead of ranking by the
	// F-measure alone.
	jointMix float64
	// setTop, when positive, chooses three key points as the best set of
	// three among the setTop best-scored sentences: the most of the sum
	// of their scores less redundancy times each one's largest similarity
	// to one scored above it, the greedy pick's objective taken over the
	// whole set.
	setTop int
}

// chosenDesign is the design Summarize uses: the model picks every key
// point, a candidate losing half its largest similarity to a sentence
// already picked and 0.02 per word past 30. The lead-first design it
// replaces made the key points Lead-3 by construction; the redundancy and
// the word cost were chosen by cross-validation with the model's gold
// weight (see doc.go).
var chosenDesign = design{lead: 0, margin: math.Inf(1), redundancy: 0.5, expect: 0.08, wordCost: 0.02, freeWords: 30}

// ranker scores the body sentences of a document and picks key points.
type ranker struct {
	d    *docTerms
	ms   *Model
	dz   design
	body []float64 // the body model's score of each body sentence
	// For design.joint: the expected reference length, the words picked
	// and their expected matches.
	refLen, setLen, held float64
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
	if r.dz.joint > 0 {
		r.jointPrepare()
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
// p_j·cos(i, j)), with p the softmax of the scores: with expect 0 it
// would be the score less a constant. The sum is the dot product of
// sentence i's unit vector with the p-weighted sum of all of them, less
// its own term, so it costs one pass over the words, as centrality does.
func (r *ranker) expectedGain() {
	sents := r.d.sents
	top := slices.Max(r.body)
	z := 0.0
	for i, s := range r.body {
		r.body[i] = math.Exp(s - top)
		z += r.body[i]
	}
	sum := r.d.sum
	clear(sum)
	for i := range sents {
		r.body[i] /= z
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
		p := r.body[i]
		g := 0.0
		if s.norm > 0 {
			for _, tc := range s.bag {
				g += float64(tc.n) * sum[tc.term]
			}
			g = max(0, g/s.norm-p)
		}
		r.body[i] = math.Log(p + r.dz.expect*g + 1e-300)
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
	if r.dz.setTop > 0 && k == 3 && r.dz.lead == 0 {
		return r.pickSet(ctx)
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
			if r.dz.joint > 0 && (len(picked) > 0 || r.dz.jointFirst) {
				best = r.bestJoint(out, near)
			} else {
				best = r.bestNovel(out, near)
			}
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
		if r.dz.joint > 0 {
			// The set now holds best's terms: another sentence matches
			// nothing more with them.
			for _, tc := range r.d.sents[best].bag {
				r.held += r.d.qterm[tc.term]
				r.d.qterm[tc.term] = 0
			}
			r.setLen += float64(r.d.sents[best].words)
		}
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

// jointPrepare sets, from the model's raw scores in r.body, each term's
// expected matches: Σ_j q_j over the sentences j holding it, with q_j =
// min(1, joint·p_j), and the expected reference length Σ_j q_j·words_j.
func (r *ranker) jointPrepare() {
	sents := r.d.sents
	top := slices.Max(r.body)
	z := 0.0
	for _, s := range r.body {
		z += math.Exp(s - top)
	}
	qt := grow(r.d.qterm, len(r.d.terms))
	clear(qt)
	r.d.qterm = qt
	r.refLen, r.setLen, r.held = 0, 0, 0
	for i, s := range r.body {
		q := math.Min(1, r.dz.joint*math.Exp(s-top)/z)
		r.refLen += q * float64(sents[i].words)
		for _, tc := range sents[i].bag {
			qt[tc.term] += q
		}
	}
}

// bestJoint returns the sentence not out whose addition to the key
// points picked gives the set the highest expected F-measure (see
// design.joint), the first on a tie, or -1.
func (r *ranker) bestJoint(out []bool, near []float64) int {
	sents := r.d.sents
	best, bestF := -1, 0.0
	for i := range out {
		if out[i] {
			continue
		}
		g := 0.0
		for _, tc := range sents[i].bag {
			g += r.d.qterm[tc.term]
		}
		f := (r.held + g) / (r.refLen + r.setLen + float64(sents[i].words))
		if r.dz.jointMix > 0 {
			f = r.body[i] - r.dz.redundancy*near[i] + r.dz.jointMix*math.Log(f+1e-12)
		}
		if best < 0 || f > bestF {
			best, bestF = i, f
		}
	}
	return best
}

// pickSet is pick for three key points under design.setTop.
func (r *ranker) pickSet(ctx context.Context) (picked []int, scores []float64, err error) {
	top, err := r.scoreTop(ctx)
	if err != nil {
		return nil, nil, err
	}
	var cand []int
	for i := range r.d.sents {
		if r.d.sents[i].words > 0 {
			cand = append(cand, i)
		}
	}
	slices.SortStableFunc(cand, func(a, b int) int {
		switch {
		case r.body[a] > r.body[b]:
			return -1
		case r.body[a] < r.body[b]:
			return 1
		}
		return 0
	})
	cand = cand[:min(len(cand), r.dz.setTop)]
	ok := func(i, j int) (float64, bool) {
		sim := r.similarity(i, j)
		return sim, !r.duplicate(i, j, sim)
	}
	best, bestScore := []int(nil), math.Inf(-1)
	// Candidates are in score order, so in a set a < b < c the one scored
	// above another comes first.
	for a := range cand {
		i := cand[a]
		if len(cand) == 1 {
			best = []int{i}
		}
		for b := a + 1; b < len(cand); b++ {
			j := cand[b]
			sij, okij := ok(i, j)
			if !okij {
				continue
			}
			if len(best) < 2 && bestScore == math.Inf(-1) && len(cand) == 2 {
				best = []int{i, j}
			}
			for c := b + 1; c < len(cand); c++ {
				l := cand[c]
				sil, okil := ok(i, l)
				sjl, okjl := ok(j, l)
				if !okil || !okjl {
					continue
				}
				sc := r.body[i] + r.body[j] - r.dz.redundancy*sij + r.body[l] - r.dz.redundancy*max(sil, sjl)
				if sc > bestScore {
					best, bestScore = []int{i, j, l}, sc
				}
			}
		}
	}
	if len(best) < 3 {
		// Too few sentences for a set of three: the greedy pick.
		dz := r.dz
		r.dz.setTop = 0
		defer func() { r.dz = dz }()
		return r.pick(ctx, 3)
	}
	last := 1.0
	for _, p := range best {
		last = math.Min(last, math.Exp(r.body[p]-top))
		picked = append(picked, p)
		scores = append(scores, last)
	}
	return picked, scores, nil
}
