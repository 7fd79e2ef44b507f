package summary

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/docanalysis/docanalysis/internal/rouge"
)

// Round seven (issue 17), an experiment: refine the softmax model for the
// set of three it picks, LambdaRank-style. Each pair of a sentence the
// model puts in its top three and one it leaves out is weighted by how
// much swapping them would change the set's ROUGE (the mean of R1 and R2
// F-measures against the reference), and a logistic loss on their score
// difference, so weighted, is minimised by damped Newton steps from the
// softmax model's weights, with a ridge pulling back towards them. The
// sets and weights are recomputed at every step.
var (
	lambdaFlag     = flag.Int("lambda", 0, "LambdaRank refinement steps after the softmax fit (0: none)")
	lambdaL2Flag   = flag.Float64("lambda-l2", 0.1, "ridge towards the softmax weights, per unit of document weight")
	lambdaBBCFlag  = flag.Bool("lambda-bbc", false, "refine on the BBC extracts too, not only on gold/train")
	lambdaGoldFlag = flag.Float64("lambda-gold", 0, "a gold article's weight in the refinement (0: -gold-weight)")
	lambdaDesign   = flag.Bool("lambda-design", true, "apply the word cost when choosing the training sets")
	lambdaStepFlag = flag.Float64("lambda-step", 1, "the largest change to one weight per step")
	lambdaReal     = flag.Bool("lambda-real", false, "choose the training sets by the design's own decoding")
	lambdaLaplace  = flag.Bool("lambda-laplace", false, "pull towards the softmax weights by the softmax loss's Hessian there, not a ridge")
	lambdaVerbose  = flag.Bool("lambda-v", false, "print the training sets' mean gain at each step")
)

// lambdaDoc is one article as the refinement reads it: its sentences'
// unigram and bigram ids (a bigram not in the reference is -1) and the
// reference's counts.
type lambdaDoc struct {
	ex         *example
	uni, bi    [][]int32
	refUni     []int32
	refBi      []int32
	nRef1      int
	nRef2      int
	cnt1, cnt2 []int32 // scratch
}

func newLambdaDoc(sc *rouge.Scorer, ex *example) *lambdaDoc {
	ld := &lambdaDoc{ex: ex}
	ids := map[string]int32{}
	id := func(t string) int32 {
		v, ok := ids[t]
		if !ok {
			v = int32(len(ids))
			ids[t] = v
		}
		return v
	}
	refToks := sc.Tokens(ex.ref)
	ru := make([]int32, 0, len(refToks))
	for _, t := range refToks {
		ru = append(ru, id(t))
	}
	bis := map[[2]int32]int32{}
	var refBi []int32
	for i := 0; i+1 < len(ru); i++ {
		k := [2]int32{ru[i], ru[i+1]}
		v, ok := bis[k]
		if !ok {
			v = int32(len(bis))
			bis[k] = v
			refBi = append(refBi, 0)
		}
		refBi[v]++
	}
	ld.nRef1, ld.nRef2 = len(ru), max(0, len(ru)-1)
	for _, s := range ex.sents {
		var u, b []int32
		for _, t := range sc.Tokens(s) {
			u = append(u, id(t))
		}
		for i := 0; i+1 < len(u); i++ {
			v, ok := bis[[2]int32{u[i], u[i+1]}]
			if !ok {
				v = -1
			}
			b = append(b, v)
		}
		ld.uni, ld.bi = append(ld.uni, u), append(ld.bi, b)
	}
	ld.refUni = make([]int32, len(ids))
	for _, v := range ru {
		ld.refUni[v]++
	}
	ld.refBi = refBi
	ld.cnt1 = make([]int32, len(ids))
	ld.cnt2 = make([]int32, len(refBi))
	return ld
}

// gain is the mean of ROUGE-1 and ROUGE-2 F of the sentences set.
func (ld *lambdaDoc) gain(set []int) float64 {
	h1, n1, h2, n2 := 0, 0, 0, 0
	for _, s := range set {
		for _, v := range ld.uni[s] {
			ld.cnt1[v]++
			if ld.cnt1[v] <= ld.refUni[v] {
				h1++
			}
			n1++
		}
		for _, v := range ld.bi[s] {
			n2++
			if v < 0 {
				continue
			}
			ld.cnt2[v]++
			if ld.cnt2[v] <= ld.refBi[v] {
				h2++
			}
		}
	}
	for _, s := range set {
		for _, v := range ld.uni[s] {
			ld.cnt1[v] = 0
		}
		for _, v := range ld.bi[s] {
			if v >= 0 {
				ld.cnt2[v] = 0
			}
		}
	}
	f := func(h, np, nr int) float64 {
		if h == 0 {
			return 0
		}
		p, r := float64(h)/float64(np), float64(h)/float64(nr)
		return 2 * p * r / (p + r)
	}
	return (f(h1, n1, ld.nRef1) + f(h2, n2, ld.nRef2)) / 2
}

// lambdaRefine returns m refined for the sets of three it picks on exs.
func lambdaRefine(exs []*example, m0 model) model {
	sc := rouge.New(true)
	var docs []*lambdaDoc
	for _, ex := range exs {
		if ex.gold || *lambdaBBCFlag {
			docs = append(docs, newLambdaDoc(sc, ex))
		}
	}
	const k = nFeatures
	w := m0.w
	total := 0.0
	docWeight := func(ex *example) float64 {
		if ex.gold && *lambdaGoldFlag > 0 {
			return *lambdaGoldFlag
		}
		return ex.weight
	}
	for _, d := range docs {
		total += docWeight(d.ex)
	}
	dz := chosenDesign
	var h0 []float64
	if *lambdaLaplace {
		h0 = softmaxHessian(exs, m0.w)
	}
	for step := range *lambdaFlag {
		sumGain, nGain := 0.0, 0
		grad := make([]float64, k)
		hess := make([]float64, k*k)
		var diff [k]float64
		for _, d := range docs {
			ex := d.ex
			n := len(ex.feats)
			s := make([]float64, n)
			order := make([]int, 0, n)
			for i := range n {
				f := ex.feats[i]
				for a := range k {
					s[i] += w[a] * f[a]
				}
				if ex.words[i] > 0 {
					order = append(order, i)
				}
			}
			if len(order) <= 3 {
				continue
			}
			key := func(i int) float64 {
				v := s[i]
				if *lambdaDesign {
					if over := ex.words[i] - dz.freeWords; over > 0 {
						v -= dz.wordCost * float64(over)
					}
				}
				return v
			}
			slices.SortStableFunc(order, func(a, b int) int {
				ka, kb := key(a), key(b)
				switch {
				case ka > kb:
					return -1
				case ka < kb:
					return 1
				}
				return a - b
			})
			set := slices.Clone(order[:3])
			if *lambdaReal {
				var dt docTerms
				if err := dt.read(context.Background(), ex.doc); err != nil {
					panic(err)
				}
				var cur model
				cur.w = w
				r := ranker{d: &dt, ms: &Model{body: cur}, dz: dz}
				picked, _, err := r.pick(context.Background(), 3)
				if err != nil {
					panic(err)
				}
				if len(picked) < 3 {
					continue
				}
				set = picked
				order = order[:0]
				for i := range n {
					if ex.words[i] > 0 && !slices.Contains(set, i) {
						order = append(order, i)
					}
				}
				order = append(set[:3:3], order...)
			}
			base := d.gain(set)
			sumGain += base
			nGain++
			dw := docWeight(ex)
			swap := make([]int, 3)
			for si, i := range set {
				for _, j := range order[3:] {
					copy(swap, set)
					swap[si] = j
					delta := d.gain(swap) - base
					if delta == 0 {
						continue
					}
					hi, lo := i, j
					if delta > 0 {
						hi, lo = j, i
					}
					c := dw * math.Abs(delta)
					// loss c·ln(1+e^{-(s_hi - s_lo)})
					z := s[hi] - s[lo]
					sig := 1 / (1 + math.Exp(z)) // -dloss/dz / c
					for a := range k {
						diff[a] = ex.feats[hi][a] - ex.feats[lo][a]
					}
					h := c * sig * (1 - sig)
					for a := range k {
						if diff[a] == 0 {
							continue
						}
						grad[a] -= c * sig * diff[a]
						row := hess[a*k : a*k+k]
						da := h * diff[a]
						for b := range k {
							row[b] += da * diff[b]
						}
					}
				}
			}
		}
		if *lambdaVerbose {
			fmt.Fprintf(os.Stderr, "lambda step %d: mean gain %.4f over %d\n", step, sumGain/float64(nGain), nGain)
		}
		mu := *lambdaL2Flag * total
		if h0 != nil {
			mu = *lambdaL2Flag
			for a := range k {
				for b := range k {
					grad[a] += mu * h0[a*k+b] * (w[b] - m0.w[b])
					hess[a*k+b] += mu * h0[a*k+b]
				}
				hess[a*k+a] += 1e-6 * total
			}
		} else {
			for a := range k {
				grad[a] += mu * (w[a] - m0.w[a])
				hess[a*k+a] += mu
			}
		}
		step := solve(hess, grad, k)
		size := 0.0
		for a := range k {
			size = math.Max(size, math.Abs(step[a]))
		}
		damp := *lambdaStepFlag / math.Max(*lambdaStepFlag, size)
		for a := range k {
			w[a] -= damp * step[a]
		}
		if size < 1e-9 {
			break
		}
	}
	var out model
	for f, v := range w {
		out.w[f], _ = strconv.ParseFloat(strconv.FormatFloat(v, 'f', 6, 64), 64)
	}
	return out
}

// softmaxHessian is the Hessian of trainListwise's loss at w, ridge
// included.
func softmaxHessian(exs []*example, w features) []float64 {
	const k = nFeatures
	hess := make([]float64, k*k)
	var mean [k]float64
	total := 0.0
	for _, ex := range exs {
		nref := 0.0
		for _, y := range ex.inRef {
			nref += y
		}
		if nref == 0 || nref == float64(len(ex.inRef)) {
			continue
		}
		total += ex.weight
		sc := make([]float64, len(ex.feats))
		top := math.Inf(-1)
		for i, f := range ex.feats {
			for a := range k {
				sc[i] += w[a] * f[a]
			}
			top = math.Max(top, sc[i])
		}
		z := 0.0
		for i := range sc {
			sc[i] = math.Exp(sc[i] - top)
			z += sc[i]
		}
		clear(mean[:])
		for i, f := range ex.feats {
			sc[i] /= z
			for a := range k {
				mean[a] += sc[i] * f[a]
			}
		}
		for i, f := range ex.feats {
			for a := range k {
				da := ex.weight * sc[i] * (f[a] - mean[a])
				if da == 0 {
					continue
				}
				for b := range k {
					hess[a*k+b] += da * (f[b] - mean[b])
				}
			}
		}
	}
	for a := range k {
		hess[a*k+a] += *l2Flag * total
	}
	return hess
}

var tuneFlag = flag.Bool("tune-design", false, "with -cv, choose redundancy, word cost and expected-gain weight on each fold's training gold articles")

// tuneDesign returns the design whose three key points score best (mean
// of the R1, R2 and RLsum ratios to Lead-3) on the gold articles of tr,
// summarised by ms: a choice made on the training folds only.
func tuneDesign(t *testing.T, sc *rouge.Scorer, tr []*example, ms *Model) design {
	var gold []*example
	for _, ex := range tr {
		if ex.gold {
			gold = append(gold, ex)
		}
	}
	best, bestV := flagDesign(), math.Inf(-1)
	for _, red := range []float64{0.3, 0.5, 0.7} {
		for _, wc := range []float64{0.01, 0.02, 0.03} {
			for _, ex := range []float64{0.04, 0.08, 0.12} {
				dz := flagDesign()
				dz.redundancy, dz.wordCost, dz.expect = red, wc, ex
				var r cvRun
				for _, e := range gold {
					r.addWith(t, sc, e, ms, dz)
				}
				q := rouge.Ratio(rouge.Totals(r.sys), rouge.Totals(r.lead))
				if v := q.Rouge1 + q.Rouge2 + q.RougeLsum; v > bestV {
					best, bestV = dz, v
				}
			}
		}
	}
	fmt.Fprintf(os.Stderr, "tuned design: redundancy %g word cost %g expect %g (in-sample %.4f)\n", best.redundancy, best.wordCost, best.expect, bestV/3)
	return best
}
