package actors

import (
	"math"
	"strconv"
)

// FilterExample is one proposed actor labelled by a reader's list of the
// article's actors.
type FilterExample struct {
	Features Features // what the filter reads of the actor
	Listed   bool     // the reader lists it, required or not
	Required bool     // the reader requires it in any good answer
}

// filterL2 is the weight of the L2 penalty on the features' weights (not
// the bias): a few hundred articles propose a few thousand actors, enough
// for nearly forty weights, but some features fire on a handful.
const filterL2 = 1.0

// TrainFilter fits a filter to examples: logistic regression by Newton's
// method, a fixed number of steps from zero, so that the same examples give
// the same bytes. The threshold is the one that makes the best F1 of the
// training examples' kept actors: precision over the listed ones, recall
// over the required ones, of which unproposed were never proposed (the
// rules missed them), so that recall is the reader's and not the rules'.
func TrainFilter(examples []FilterExample, unproposed int) *Filter {
	f := &Filter{}
	for range 30 {
		var grad Features
		var hess [nFeatures][nFeatures]float64
		for i := range examples {
			ex := &examples[i]
			p := f.Prob(&ex.Features)
			y := 0.0
			if ex.Listed {
				y = 1
			}
			for a, xa := range ex.Features {
				if xa == 0 {
					continue
				}
				grad[a] += (p - y) * xa
				for b, xb := range ex.Features {
					hess[a][b] += p * (1 - p) * xa * xb
				}
			}
		}
		for a := 1; a < nFeatures; a++ {
			grad[a] += filterL2 * f.w[a]
			hess[a][a] += filterL2
		}
		hess[0][0] += 1e-6
		step := solve(hess, grad)
		for a := range f.w {
			f.w[a] -= step[a]
		}
	}
	// What is used is what is written: the weights as WriteTo rounds
	// them, so that a filter trained in memory (cross-validation) and the
	// one read from its file decide alike.
	for a, v := range f.w {
		f.w[a], _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 6, 64), 64)
	}
	f.threshold = bestThreshold(f, examples, unproposed)
	return f
}

// bestThreshold returns the probability from which kept actors make the
// best F1 on examples, among steps of 0.025.
func bestThreshold(f *Filter, examples []FilterExample, unproposed int) float64 {
	required := unproposed
	for i := range examples {
		if examples[i].Required {
			required++
		}
	}
	best, bestF1 := 0.5, -1.0
	for t := 0.025; t < 0.99; t += 0.025 {
		t = math.Round(t*1000) / 1000
		kept, listed, req := 0, 0, 0
		for i := range examples {
			ex := &examples[i]
			if f.Prob(&ex.Features) < t {
				continue
			}
			kept++
			if ex.Listed {
				listed++
			}
			if ex.Required {
				req++
			}
		}
		if kept == 0 || required == 0 {
			continue
		}
		p, r := float64(listed)/float64(kept), float64(req)/float64(required)
		if f1 := 2 * p * r / (p + r + 1e-12); f1 > bestF1+1e-12 {
			best, bestF1 = t, f1
		}
	}
	return best
}

// solve returns x with a x = b, by Gaussian elimination with partial
// pivoting; a is positive definite here, so a pivot is never zero.
func solve(a [nFeatures][nFeatures]float64, b Features) Features {
	n := nFeatures
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			k := a[r][c] / a[c][c]
			for j := c; j < n; j++ {
				a[r][j] -= k * a[c][j]
			}
			b[r] -= k * b[c]
		}
	}
	var x Features
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for j := r + 1; j < n; j++ {
			s -= a[r][j] * x[j]
		}
		x[r] = s / a[r][r]
	}
	return x
}
