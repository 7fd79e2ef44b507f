package summary

import (
	"flag"
	"math"
	"slices"
	"strconv"
)

// Gradient boosting of shallow regression trees on the same listwise
// loss as trainListwise: each document's reference sentences under a
// softmax of its sentences' scores. Each round fits one tree to the
// loss's gradient with Newton leaf values (the diagonal of the softmax
// Hessian, p(1-p)), as LambdaMART and XGBoost do for softmax losses.
var (
	treesFlag   = flag.Int("trees", 0, "boosting rounds; 0 trains the linear model alone")
	depthFlag   = flag.Int("depth", 2, "the boosted trees' depth")
	rateFlag    = flag.Float64("rate", 0.1, "the boosting learning rate")
	leafL2Flag  = flag.Float64("leaf-l2", 1, "the ridge penalty on a leaf's value, in units of Hessian")
	minHessFlag = flag.Float64("min-hess", 5, "the least Hessian a leaf may hold")
	baseFlag    = flag.String("base", "linear", "what the trees start from: linear (the linear model without the crosses), full (with them) or none")
	binsFlag    = flag.Int("bins", 32, "the most thresholds a feature offers a split")
	lossFlag    = flag.String("loss", "softmax", "the trees' loss: softmax (listwise, by document) or logistic (by sentence, each document weighing its weight)")
	boostOnFlag = flag.String("boost-on", "all", "the articles the trees fit: all, or gold (gold/train only)")
)

// boostSet is the training sentences laid out for boosting: all
// documents' sentences in one run, with each document's range.
type boostSet struct {
	exs    []*example
	starts []int       // document e's sentences are starts[e]..starts[e+1]
	x      []*features // each sentence's features
	cuts   [][]float64 // by feature: the thresholds a split may use
	bin    [][]uint8   // by feature, by sentence: how many cuts lie at or below its value
}

// newBoostSet lays out the examples that have both reference and other
// sentences, and finds up to bins thresholds for each feature in use:
// midpoints between distinct values, at quantiles where there are more.
func newBoostSet(exs []*example, use []int, bins int) *boostSet {
	s := &boostSet{cuts: make([][]float64, nFeatures), bin: make([][]uint8, nFeatures)}
	for _, ex := range exs {
		nref := 0.0
		for _, y := range ex.inRef {
			nref += y
		}
		if nref == 0 || nref == float64(len(ex.inRef)) {
			continue
		}
		s.exs = append(s.exs, ex)
		s.starts = append(s.starts, len(s.x))
		for i := range ex.feats {
			s.x = append(s.x, &ex.feats[i])
		}
	}
	s.starts = append(s.starts, len(s.x))
	vals := make([]float64, len(s.x))
	for _, f := range use {
		for i, x := range s.x {
			vals[i] = x[f]
		}
		slices.Sort(vals)
		uniq := slices.Compact(slices.Clone(vals))
		var cuts []float64
		if len(uniq) <= bins+1 {
			for i := 1; i < len(uniq); i++ {
				cuts = append(cuts, (uniq[i-1]+uniq[i])/2)
			}
		} else {
			for q := 1; q <= bins; q++ {
				v := vals[q*len(vals)/(bins+1)]
				j, _ := slices.BinarySearch(uniq, v)
				if j > 0 {
					c := (uniq[j-1] + uniq[j]) / 2
					if len(cuts) == 0 || c > cuts[len(cuts)-1] {
						cuts = append(cuts, c)
					}
				}
			}
		}
		s.cuts[f] = cuts
		b := make([]uint8, len(s.x))
		for i, x := range s.x {
			k, _ := slices.BinarySearch(cuts, x[f])
			// BinarySearch finds the first cut >= x; a value equal to a
			// cut goes right of it, as tree.eval sends it.
			if k < len(cuts) && cuts[k] == x[f] {
				k++
			}
			b[i] = uint8(k)
		}
		s.bin[f] = b
	}
	return s
}

// boostParams are boosting's settings.
type boostParams struct {
	rounds, depth int
	rate, leafL2  float64
	minHess       float64
	use           []int // the features the trees may split on
	bins          int
	base          model // the model the trees add to
}

// trainBoosted adds p.rounds trees to p.base.
func trainBoosted(exs []*example, p boostParams) model {
	s := newBoostSet(exs, p.use, p.bins)
	m := p.base
	m.trees = nil
	score := make([]float64, len(s.x))
	for i, x := range s.x {
		score[i] = m.score(x)
	}
	g := make([]float64, len(s.x))
	h := make([]float64, len(s.x))
	for range p.rounds {
		for e, ex := range s.exs {
			lo, hi := s.starts[e], s.starts[e+1]
			top := slices.Max(score[lo:hi])
			z := 0.0
			for i := lo; i < hi; i++ {
				g[i] = math.Exp(score[i] - top)
				z += g[i]
			}
			nref := 0.0
			for _, y := range ex.inRef {
				nref += y
			}
			if *lossFlag == "logistic" {
				// Each sentence on its own: in the reference or not.
				for i := lo; i < hi; i++ {
					pr := 1 / (1 + math.Exp(-score[i]))
					g[i] = ex.weight / float64(hi-lo) * (pr - ex.inRef[i-lo])
					h[i] = ex.weight / float64(hi-lo) * pr * (1 - pr)
				}
				continue
			}
			for i := lo; i < hi; i++ {
				pr := g[i] / z
				g[i] = ex.weight * (pr - ex.inRef[i-lo]/nref)
				h[i] = ex.weight * pr * (1 - pr)
			}
		}
		all := make([]int32, len(s.x))
		for i := range all {
			all[i] = int32(i)
		}
		var t tree
		t = s.grow(t, all, g, h, p, 0)
		for i, x := range s.x {
			score[i] += t.eval(x)
		}
		m.trees = append(m.trees, t)
	}
	return m
}

// grow appends to t the pre-order nodes of the subtree fitted to the
// sentences idx at depth d.
func (s *boostSet) grow(t tree, idx []int32, g, h []float64, p boostParams, d int) tree {
	var gs, hs float64
	for _, i := range idx {
		gs += g[i]
		hs += h[i]
	}
	leaf := func() tree {
		v := -p.rate * gs / (hs + p.leafL2)
		v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'f', 6, 64), 64)
		return append(t, node{feature: -1, value: v})
	}
	if d == p.depth {
		return leaf()
	}
	parent := gs * gs / (hs + p.leafL2)
	bestGain, bestF, bestK := 0.0, -1, 0
	var gh, hh [256]float64
	for _, f := range p.use {
		cuts := s.cuts[f]
		if len(cuts) == 0 {
			continue
		}
		clear(gh[:len(cuts)+1])
		clear(hh[:len(cuts)+1])
		b := s.bin[f]
		for _, i := range idx {
			gh[b[i]] += g[i]
			hh[b[i]] += h[i]
		}
		var gl, hl float64
		for k := range cuts {
			gl += gh[k]
			hl += hh[k]
			gr, hr := gs-gl, hs-hl
			if hl < p.minHess || hr < p.minHess {
				continue
			}
			gain := gl*gl/(hl+p.leafL2) + gr*gr/(hr+p.leafL2) - parent
			if gain > bestGain+1e-12 {
				bestGain, bestF, bestK = gain, f, k
			}
		}
	}
	if bestF < 0 {
		return leaf()
	}
	var left, right []int32
	for _, i := range idx {
		if int(s.bin[bestF][i]) <= bestK {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	at := len(t)
	t = append(t, node{feature: bestF, threshold: s.cuts[bestF][bestK]})
	t = s.grow(t, left, g, h, p, d+1)
	t[at].right = len(t)
	return s.grow(t, right, g, h, p, d+1)
}
