package ner

import "math"

// transitions holds the tag bigram weights and, for each tag, the tags
// allowed before it, so that Viterbi visits only the 97 of 289 tag pairs
// that BILOU allows.
type transitions struct {
	w     [nTags + 1][nTags]int32 // [prev][cur]; prev == nTags is the start
	end   [nTags]int32            // weight of ending on a tag
	prevs [nTags][]uint8          // tags allowed before each tag (the start excluded)
}

func newTransitions() *transitions {
	tr := &transitions{}
	for cur := range uint8(nTags) {
		for prev := range uint8(nTags) {
			if allowed(prev, cur) {
				tr.prevs[cur] = append(tr.prevs[cur], prev)
			}
		}
	}
	return tr
}

// negInf scores an impossible tag: far below any real score, and far
// enough above the int32 minimum that adding weights cannot wrap it.
const negInf = math.MinInt32 / 2

// BILOU splits the tags in two sets of nine: the closed tags (O, L-x,
// U-x), after which a new entity or O may start, and the opening tags (O,
// B-y, U-y), which may only follow a closed tag. The remaining tags, I-y
// and L-y, may only follow B-y or I-y. Viterbi exploits this: 81 pairs
// from closed to opening tags in one dense 9x9 block, and 16 pairs inside
// entities.
var closedTags, openingTags = func() (c, o [9]uint8) {
	for t := PER; t <= MISC; t++ {
		c[t] = makeTag(t, posL)
		c[4+t] = makeTag(t, posU)
		o[t] = makeTag(t, posB)
		o[4+t] = makeTag(t, posU)
	}
	return c, o
}()

// viterbi returns in out the best tag sequence for the emission scores em
// (len(out) rows of nTags), using delta (the same size) for the best
// score of each tag at each position. Scores are integers (weights in
// units of the model's quantisation step), so sums are exact. The forward
// pass keeps only maxima, which compile without branches; the backward
// pass recomputes, along the best path only, which predecessor gave each
// maximum.
func (tr *transitions) viterbi(em []int32, delta []int32, out []uint8) {
	n := len(out)
	if n == 0 {
		return
	}
	block := tr.closedToOpening()
	tr.forward(em, delta, n, &block)
	arg := tr.bestLast((*[nTags]int32)(delta[(n-1)*nTags:]))
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = tr.bestBefore((*[nTags]int32)(delta[(i-1)*nTags:]), arg, &block)
		out[i-1] = arg
	}
}

// closedToOpening gathers the closed-to-opening block of the weights once
// per call (it is 81 weights), so that the inner loop reads one dense
// array: block[c][p] is the weight of opening tag c after closed tag p,
// so the nine weights into one opening tag lie side by side.
func (tr *transitions) closedToOpening() (block [9][9]int32) {
	for p, pt := range closedTags {
		for c, ct := range openingTags {
			block[c][p] = tr.w[pt][ct]
		}
	}
	return block
}

// forward fills delta's n rows with the best score of each tag at each
// position, given the emission scores em.
func (tr *transitions) forward(em []int32, delta []int32, n int, block *[9][9]int32) {
	prev := (*[nTags]int32)(delta)
	for t := range uint8(nTags) {
		if allowed(nTags, t) {
			prev[t] = em[t] + tr.w[nTags][t]
		} else {
			prev[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		row := (*[nTags]int32)(em[i*nTags:])
		cur := (*[nTags]int32)(delta[i*nTags:])
		var closed [9]int32
		for p, pt := range closedTags {
			closed[p] = prev[pt]
		}
		// The maximum over the nine closed tags is written out, not
		// looped: Go does not unroll loops, and a loop here spills its
		// counters and takes over twice the instructions, in what is a
		// fifth of the whole analysis.
		for c, ct := range openingTags {
			w := &block[c]
			cur[ct] = row[ct] + max(closed[0]+w[0], closed[1]+w[1], closed[2]+w[2],
				closed[3]+w[3], closed[4]+w[4], closed[5]+w[5],
				closed[6]+w[6], closed[7]+w[7], closed[8]+w[8])
		}
		for t := PER; t <= MISC; t++ {
			b, in, l := makeTag(t, posB), makeTag(t, posI), makeTag(t, posL)
			cur[in] = max(prev[b]+tr.w[b][in], prev[in]+tr.w[in][in]) + row[in]
			cur[l] = max(prev[b]+tr.w[b][l], prev[in]+tr.w[in][l]) + row[l]
		}
		prev = cur
	}
}

// bestLast is the tag the best sequence ends on, given the last row of
// scores; the first on ties.
func (tr *transitions) bestLast(last *[nTags]int32) uint8 {
	best, arg := int32(negInf), uint8(0)
	for t := range uint8(nTags) {
		if !allowedEnd(t) {
			continue
		}
		if s := last[t] + tr.end[t]; s > best {
			best, arg = s, t
		}
	}
	return arg
}

// bestBefore is the tag before tag t on the best path, given the previous
// position's scores p: among the closed tags when t opens an entity or
// is O, else B or I of t's type.
func (tr *transitions) bestBefore(p *[nTags]int32, t uint8, block *[9][9]int32) uint8 {
	if t == 0 || tagPos(t) == posB || tagPos(t) == posU {
		c := 0
		for c = range openingTags {
			if openingTags[c] == t {
				break
			}
		}
		best := p[closedTags[0]] + block[c][0]
		arg := closedTags[0]
		for q := 1; q < 9; q++ {
			if s := p[closedTags[q]] + block[c][q]; s > best {
				best, arg = s, closedTags[q]
			}
		}
		return arg
	}
	b, in := makeTag(tagType(t), posB), makeTag(tagType(t), posI)
	if p[b]+tr.w[b][t] >= p[in]+tr.w[in][t] {
		return b
	}
	return in
}
