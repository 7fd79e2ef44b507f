// Package brown learns Brown clusters (Brown et al. 1992) from unlabelled
// text: a binary hierarchy over the vocabulary that greedily keeps as much
// of the mutual information between adjacent word classes as it can. A
// word's cluster is its path from the root, a bit string; prefixes of the
// path are coarser clusters, which is what makes the bit strings useful as
// features at several granularities.
//
// The algorithm is Liang's windowed variant (Liang 2005, "Semi-supervised
// learning for natural language", section 3): words are taken by falling
// frequency; the first C start C clusters; each further word joins as a
// cluster of its own and the pair of clusters whose merge loses the least
// mutual information is merged, so that C clusters remain. When every word
// is in, the last C clusters are merged down to one to complete the tree.
// The loss of every pair is kept in a table and updated in O(1) per pair
// after a merge, so a merge costs O(C²) and the whole run O(V·C²).
//
// Output is deterministic: ties in frequency are broken by the word, ties
// in loss by the lower pair of slots.
package brown

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"sync"
)

// Options configure Cluster.
type Options struct {
	// Clusters is the number of clusters kept while words are added (C);
	// zero means 256. Larger is finer and slower (quadratically).
	Clusters int
	// MinCount drops words seen fewer times; zero means 1 (keep all).
	MinCount int
	// Progress, if not nil, is called every 1,000 words with the number
	// of words added and the vocabulary size.
	Progress func(done, total int)
}

// Word is one clustered word.
type Word struct {
	Word  string
	Bits  string // path from the root, '0' left and '1' right
	Count int    // occurrences in the input
}

// Cluster clusters the words of seqs (sentences or documents; no bigram
// crosses two sequences) and returns every word seen at least
// opts.MinCount times, sorted by bit string and then by falling count.
func Cluster(seqs [][]string, opts Options) []Word {
	C := opts.Clusters
	if C <= 0 {
		C = 256
	}
	vocab, counts := vocabulary(seqs, max(opts.MinCount, 1))
	V := len(vocab)
	if V == 0 {
		return nil
	}
	right, left, total := bigrams(seqs, vocab)
	tr := newTree(V, C, total)
	for w := range V {
		tr.add(int32(w), float64(counts[vocab[w]]), right[w], left[w])
		if opts.Progress != nil && w >= C && (w+1)%1000 == 0 {
			opts.Progress(w+1, V)
		}
	}
	tr.complete()

	out := make([]Word, V)
	for w := range V {
		out[w] = Word{vocab[w], tr.bits(int32(w)), counts[vocab[w]]}
	}
	slices.SortFunc(out, func(a, b Word) int {
		if c := cmp.Compare(a.Bits, b.Bits); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Word, b.Word)
	})
	return out
}

// vocabulary returns the words of seqs seen at least minCount times, by
// falling count and then by the word, and the count of every word.
func vocabulary(seqs [][]string, minCount int) ([]string, map[string]int) {
	counts := map[string]int{}
	for _, s := range seqs {
		for _, w := range s {
			counts[w]++
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return vocab, counts
}

// edge is a bigram count from or to another word, by its index.
type edge struct {
	to int32
	n  float64
}

// bigrams counts the bigrams of seqs whose two words are both in vocab:
// for each word, by its index, the words after it (right) and before it
// (left), sorted by index; total is the number of bigrams counted.
func bigrams(seqs [][]string, vocab []string) (right, left [][]edge, total float64) {
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	rightM := make([]map[int32]float64, len(vocab))
	leftM := make([]map[int32]float64, len(vocab))
	for _, s := range seqs {
		prev := int32(-1)
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				cur = -1
			}
			if prev >= 0 && cur >= 0 {
				if rightM[prev] == nil {
					rightM[prev] = map[int32]float64{}
				}
				if leftM[cur] == nil {
					leftM[cur] = map[int32]float64{}
				}
				rightM[prev][cur]++
				leftM[cur][prev]++
				total++
			}
			prev = cur
		}
	}
	right, left = make([][]edge, len(vocab)), make([][]edge, len(vocab))
	for i := range vocab {
		right[i], left[i] = sortedEdges(rightM[i]), sortedEdges(leftM[i])
	}
	return right, left, total
}

// sortedEdges lists m's counts by word index.
func sortedEdges(m map[int32]float64) []edge {
	e := make([]edge, 0, len(m))
	for k, v := range m {
		e = append(e, edge{k, v})
	}
	slices.SortFunc(e, func(a, b edge) int { return cmp.Compare(a.to, b.to) })
	return e
}

// tree is the hierarchy being built: the C+1 slots of clusters whose
// statistics c keeps, and the tree of merges, whose nodes [0,V) are words
// and later ones merges.
type tree struct {
	C       int
	c       *state
	slotOf  []int32   // each word's slot, or -1 while it has not been added
	parent  []int32   // each node's parent, or -1 for a root
	side    []byte    // '0' or '1': which child of its parent a node is
	node    []int32   // the node each slot holds
	members [][]int32 // words in each slot's cluster, to relabel them on a merge
}

func newTree(V, C int, total float64) *tree {
	t := &tree{
		C:       C,
		c:       newState(C+1, total),
		slotOf:  make([]int32, V),
		parent:  make([]int32, V, 2*V),
		side:    make([]byte, V, 2*V),
		node:    make([]int32, C+1),
		members: make([][]int32, C+1),
	}
	for i := range V {
		t.slotOf[i] = -1
		t.parent[i] = -1
	}
	return t
}

// add adds word w, seen count times with the bigrams right and left, as
// a cluster of its own. The first C words fill the C slots; from then on
// the word takes slot C and the pair of clusters whose merge loses the
// least mutual information is merged, so that slot C is free again.
func (t *tree) add(w int32, count float64, right, left []edge) {
	if int(w) < t.C {
		t.addWord(w, int(w), count, right, left)
		return
	}
	C := t.C
	t.addWord(w, C, count, right, left)
	s, u := t.c.best()
	t.merge(s, u)
	if u != C {
		// Keep slot C free for the next word: move the cluster left in
		// slot C into the slot u just emptied.
		t.c.move(C, u)
		t.node[u] = t.node[C]
		t.members[u], t.members[C] = t.members[C], t.members[u][:0]
		for _, m := range t.members[u] {
			t.slotOf[m] = int32(u)
		}
	}
}

// addWord puts word w in slot as a cluster of its own, with its bigram
// counts to and from the clusters already in.
func (t *tree) addWord(w int32, slot int, count float64, right, left []edge) {
	t.slotOf[w] = int32(slot)
	t.node[slot] = w
	t.members[slot] = append(t.members[slot][:0], w)
	row := make([]float64, t.c.K)
	col := make([]float64, t.c.K)
	self := 0.0
	for _, e := range right {
		switch s := t.slotOf[e.to]; {
		case e.to == w:
			self += e.n
		case s >= 0:
			row[s] += e.n
		}
	}
	for _, e := range left {
		if s := t.slotOf[e.to]; e.to != w && s >= 0 {
			col[s] += e.n
		}
	}
	t.c.add(slot, count, row, col, self)
}

// merge merges the cluster in slot u into that in slot s under a new
// node, s's the left child.
func (t *tree) merge(s, u int) {
	n := int32(len(t.parent))
	t.parent = append(t.parent, -1)
	t.side = append(t.side, 0)
	t.parent[t.node[s]], t.side[t.node[s]] = n, '0'
	t.parent[t.node[u]], t.side[t.node[u]] = n, '1'
	t.node[s] = n
	for _, m := range t.members[u] {
		t.slotOf[m] = int32(s)
	}
	t.members[s] = append(t.members[s], t.members[u]...)
	t.members[u] = t.members[u][:0]
	t.c.merge(s, u)
}

// complete merges the clusters left down to one tree.
func (t *tree) complete() {
	for t.c.active() > 1 {
		s, u := t.c.best()
		t.merge(s, u)
	}
}

// bits is word w's path from the root; "0" for the one word of a
// vocabulary of one.
func (t *tree) bits(w int32) string {
	var buf []byte
	for n := w; t.parent[n] >= 0; n = t.parent[n] {
		buf = append(buf, t.side[n])
	}
	slices.Reverse(buf)
	if len(buf) == 0 {
		return "0"
	}
	return string(buf)
}

// state holds the cluster statistics of the K slots: counts n, bigram
// counts p (row before column), their mutual-information terms q and the
// merge losses L of every pair of live slots.
type state struct {
	K     int
	N     float64 // bigram total
	lnN   float64
	live  []bool
	n     []float64
	ln    []float64 // log n
	p     []float64 // K*K
	q     []float64 // K*K
	L     []float64 // K*K, only [i*K+j] with i < j used
	slots []int     // live slots, scratch
}

func newState(K int, total float64) *state {
	return &state{
		K: K, N: max(total, 1), lnN: math.Log(max(total, 1)),
		live: make([]bool, K), n: make([]float64, K), ln: make([]float64, K),
		p: make([]float64, K*K), q: make([]float64, K*K), L: make([]float64, K*K),
	}
}

// qf is the mutual-information term of a bigram count pab between classes
// of counts na and nb, given as logarithms.
func (c *state) qf(pab, lna, lnb float64) float64 {
	if pab <= 0 {
		return 0
	}
	return pab / c.N * (lg(pab) + c.lnN - lna - lnb)
}

// logTable holds the logarithms of small integers: counts are integers,
// and the logarithm is most of the cost of a merge.
var logTable = func() []float64 {
	t := make([]float64, 1<<16)
	for i := 1; i < len(t); i++ {
		t[i] = math.Log(float64(i))
	}
	return t
}()

func lg(x float64) float64 {
	if i := int(x); i >= 0 && i < len(logTable) && float64(i) == x {
		return logTable[i]
	}
	return math.Log(x)
}

// pairs runs f over every pair i < j of the live slots, split between two
// goroutines by rows; f must only write state of its own pair.
func (c *state) pairs(f func(i, j int)) {
	slots := c.slots
	n := len(slots)
	// Rows x < split hold about half of the n(n-1)/2 pairs.
	split := int(float64(n) * (1 - math.Sqrt(0.5)))
	var wg sync.WaitGroup
	run := func(lo, hi int) {
		for x := lo; x < hi; x++ {
			i := slots[x]
			for _, j := range slots[x+1:] {
				f(i, j)
			}
		}
	}
	if n < 64 {
		run(0, n)
		return
	}
	wg.Go(func() { run(0, split) })
	run(split, n)
	wg.Wait()
}

func (c *state) active() int {
	k := 0
	for _, l := range c.live {
		if l {
			k++
		}
	}
	return k
}

func (c *state) liveSlots() []int {
	c.slots = c.slots[:0]
	for i, l := range c.live {
		if l {
			c.slots = append(c.slots, i)
		}
	}
	return c.slots
}

// term is what cluster a adds to the loss of merging i and j: the
// information i and j each share with a, less what their union would.
// lnij is log(n[i]+n[j]).
func (c *state) term(i, j, a int, lnij float64) float64 {
	K := c.K
	pia, pai := c.p[i*K+a], c.p[a*K+i]
	pja, paj := c.p[j*K+a], c.p[a*K+j]
	if pia == 0 && pai == 0 && pja == 0 && paj == 0 {
		return 0
	}
	return c.q[i*K+a] + c.q[a*K+i] + c.q[j*K+a] + c.q[a*K+j] -
		c.qf(pia+pja, lnij, c.ln[a]) - c.qf(pai+paj, c.ln[a], lnij)
}

// selfTerm is the loss within the pair i, j.
func (c *state) selfTerm(i, j int) float64 {
	K := c.K
	lnij := lg(c.n[i] + c.n[j])
	pm := c.p[i*K+i] + c.p[i*K+j] + c.p[j*K+i] + c.p[j*K+j]
	return c.q[i*K+i] + c.q[i*K+j] + c.q[j*K+i] + c.q[j*K+j] - c.qf(pm, lnij, lnij)
}

// loss computes L(i, j) from scratch, in O(K).
func (c *state) loss(i, j int) float64 {
	l := c.selfTerm(i, j)
	lnij := lg(c.n[i] + c.n[j])
	for _, a := range c.slots {
		if a != i && a != j {
			l += c.term(i, j, a, lnij)
		}
	}
	return l
}

func (c *state) setQ(a, b int) {
	K := c.K
	c.q[a*K+b] = c.qf(c.p[a*K+b], c.ln[a], c.ln[b])
}

// add puts a new cluster into the free slot s with count n, bigram counts
// row (s before each slot), col (each slot before s) and self (s before s).
func (c *state) add(s int, n float64, row, col []float64, self float64) {
	K := c.K
	c.live[s] = true
	c.n[s], c.ln[s] = n, lg(n)
	for a := range K {
		c.p[s*K+a], c.p[a*K+s] = 0, 0
		c.q[s*K+a], c.q[a*K+s] = 0, 0
	}
	for a := range K {
		if c.live[a] && a != s {
			c.p[s*K+a], c.p[a*K+s] = row[a], col[a]
			c.setQ(s, a)
			c.setQ(a, s)
		}
	}
	c.p[s*K+s] = self
	c.setQ(s, s)
	c.liveSlots()
	// The new cluster is one more a in every old pair's sum; the pairs
	// that hold it are computed afresh.
	c.pairs(func(i, j int) {
		if i == s || j == s {
			c.L[i*K+j] = c.loss(i, j)
			return
		}
		c.L[i*K+j] += c.term(i, j, s, lg(c.n[i]+c.n[j]))
	})
}

// best returns the live pair s < t of least loss.
func (c *state) best() (int, int) {
	K := c.K
	slots := c.liveSlots()
	bs, bt, bl := -1, -1, math.Inf(1)
	for x, i := range slots {
		for _, j := range slots[x+1:] {
			if l := c.L[i*K+j]; l < bl {
				bs, bt, bl = i, j, l
			}
		}
	}
	return bs, bt
}

// merge merges slot t into slot s, leaving t free.
func (c *state) merge(s, t int) {
	K := c.K
	slots := c.liveSlots()
	// Take the old s and t out of every other pair's sum.
	c.pairs(func(i, j int) {
		if i != s && i != t && j != s && j != t {
			lnij := lg(c.n[i] + c.n[j])
			c.L[i*K+j] -= c.term(i, j, s, lnij) + c.term(i, j, t, lnij)
		}
	})
	// Merge the statistics.
	c.n[s] += c.n[t]
	c.ln[s] = lg(c.n[s])
	pss := c.p[s*K+s] + c.p[s*K+t] + c.p[t*K+s] + c.p[t*K+t]
	for _, a := range slots {
		if a == s || a == t {
			continue
		}
		c.p[s*K+a] += c.p[t*K+a]
		c.p[a*K+s] += c.p[a*K+t]
	}
	c.p[s*K+s] = pss
	c.live[t] = false
	for a := range K {
		c.p[t*K+a], c.p[a*K+t] = 0, 0
		c.q[t*K+a], c.q[a*K+t] = 0, 0
	}
	slots = c.liveSlots()
	for _, a := range slots {
		c.setQ(s, a)
		if a != s {
			c.setQ(a, s)
		}
	}
	// Put the merged s back into every other pair's sum, and recompute
	// the pairs that hold s.
	c.pairs(func(i, j int) {
		if i == s || j == s {
			c.L[i*K+j] = c.loss(i, j)
			return
		}
		c.L[i*K+j] += c.term(i, j, s, lg(c.n[i]+c.n[j]))
	})
}

// move relabels live slot from as the free slot to.
func (c *state) move(from, to int) {
	K := c.K
	c.live[to], c.live[from] = true, false
	c.n[to], c.ln[to] = c.n[from], c.ln[from]
	for a := range K {
		c.p[to*K+a], c.p[a*K+to] = 0, 0
		c.q[to*K+a], c.q[a*K+to] = 0, 0
	}
	for a := range K {
		if a == from || !c.live[a] {
			continue
		}
		c.p[to*K+a], c.p[a*K+to] = c.p[from*K+a], c.p[a*K+from]
		c.q[to*K+a], c.q[a*K+to] = c.q[from*K+a], c.q[a*K+from]
	}
	c.p[to*K+to], c.q[to*K+to] = c.p[from*K+from], c.q[from*K+from]
	for a := range K {
		if a == to || !c.live[a] {
			continue
		}
		fi, fj := min(a, from), max(a, from)
		ti, tj := min(a, to), max(a, to)
		c.L[ti*K+tj] = c.L[fi*K+fj]
	}
	for a := range K {
		c.p[from*K+a], c.p[a*K+from] = 0, 0
		c.q[from*K+a], c.q[a*K+from] = 0, 0
	}
}

// String formats a word as the clusters file writes it: bits, word, count.
func (w Word) String() string {
	return w.Bits + "\t" + w.Word + "\t" + strconv.Itoa(w.Count)
}
