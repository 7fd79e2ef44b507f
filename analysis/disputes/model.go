package disputes

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Model holds the learned weights of the stage: which sentences are
// evidence of a disputed point or an agreement, which sentences belong to
// one point, and which actors are its sides. Train makes one from
// annotated articles; the package embeds one trained on gold/train.
// A Model is read-only once made and safe for concurrent use.
type Model struct {
	vocab map[string]int // word -> index among the word features
	words []string       // the vocabulary in index order

	// Sentence weights: the named features, then one per word.
	dispute, agree []float64
	// Side weights, one set per kind of point.
	disputeSide, agreeSide []float64
	// Link weights, shared by both kinds.
	link []float64
	// Point weights, one set per kind.
	disputePoint, agreePoint []float64
	// Topic word weights, shared by both kinds.
	topic []float64
	// Thresholds on a point's probability, chosen in training.
	disputeThreshold, agreeThreshold float64
	// Thresholds on a sentence's probability from which it is a
	// candidate, chosen in training: low, so that the point model, which
	// sees the whole point and its article, decides.
	disputeCandidate, agreeCandidate float64
}

// modelHeader opens every model file; the number is the format's version.
const modelHeader = "docanalysis-disputes-model 1"

//go:embed model.txt
var embedded []byte

// Default returns the embedded model, parsed on first use.
var Default = sync.OnceValues(func() (*Model, error) {
	return ReadModel(bytes.NewReader(embedded))
})

// linkThreshold is the probability above which two evidence sentences are
// read as one point. It is the decision a calibrated model makes by
// itself; only the sentence thresholds are chosen in training, because
// they trade precision for recall.
const linkThreshold = 0.5

// sideThreshold is the probability above which an actor beyond the two
// likeliest is also a side.
const sideThreshold = 0.5

// maxEvidence is the most sentences one point holds: readers give a point
// at most five.
const maxEvidence = 5

// candidateThresholds are the sentence thresholds training chooses
// among, for each kind of point. Agreements, rarer than disputes, get
// sentence probabilities to match: training chose the lowest of 0.05,
// 0.1 and 0.2 for them, and 0.02 lets the point model see more of them.
var candidateThresholds = []float64{0.02, 0.05, 0.1, 0.2}

// point is a point before it is written out: its sentences in text order,
// its sides (actor indices, likeliest first) with their probabilities,
// and its probability.
type point struct {
	sents     []int
	sides     []int
	sideProbs []float64
	conf      float64
	// ranked holds every candidate side, likeliest first, with its
	// probability, for when a chosen side has no statement of its own.
	ranked      []int
	rankedProbs []float64
}

// kind selects the dispute or the agreement half of a model.
type kind bool

const (
	disputeKind   kind = false
	agreementKind kind = true
)

// weights returns the sentence, side and point weights and the threshold
// of k.
func (m *Model) weights(k kind) (sent, side, pt []float64, threshold float64) {
	if k == agreementKind {
		return m.agree, m.agreeSide, m.agreePoint, m.agreeThreshold
	}
	return m.dispute, m.disputeSide, m.disputePoint, m.disputeThreshold
}

// candidate returns the sentence threshold of candidates of kind k.
func (m *Model) candidate(k kind) float64 {
	if k == agreementKind {
		return m.agreeCandidate
	}
	return m.disputeCandidate
}

// word returns the index of w among the word features, or -1.
func (m *Model) word(w string) int {
	if i, ok := m.vocab[w]; ok {
		return i
	}
	return -1
}

// score is the probability the logistic model with weights w gives x.
func score(w []float64, x []feat) float64 {
	z := 0.0
	for _, f := range x {
		if int(f.id) < len(w) {
			z += w[f.id] * float64(f.v)
		}
	}
	return sigmoid(z)
}

// scoreSentence is score under two sets of weights, w and v, of a
// sentence's features as sentenceValues gives them: the named features'
// values, then the ids of the word features, each of value 1 (a weight
// times 1 is the weight). Each sum runs over the same terms in the same
// order as score's over the listed features, so it gives the same
// probabilities without the list being built.
func scoreSentence(w, v []float64, on []float32, words []int) (float64, float64) {
	zw, zv := 0.0, 0.0
	for id, x := range on {
		if x == 0 {
			continue
		}
		if id < len(w) {
			zw += w[id] * float64(x)
		}
		if id < len(v) {
			zv += v[id] * float64(x)
		}
	}
	for _, id := range words {
		if id < len(w) {
			zw += w[id]
		}
		if id < len(v) {
			zv += v[id]
		}
	}
	return sigmoid(zw), sigmoid(zv)
}

// scoreValues is score for features given as one value per feature, 0
// for those absent: the sum runs in the same order over the same terms,
// so it gives the same probability without the list being built.
func scoreValues(w []float64, on []float32) float64 {
	z := 0.0
	for k, v := range on[:min(len(on), len(w))] {
		if v != 0 {
			z += w[k] * float64(v)
		}
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// sentenceProbs returns, for every sentence of r, the probability that it
// is evidence of a disputed point and that it is evidence of an
// agreement, from one reading of its features; headlines get 0.
func (m *Model) sentenceProbs(r *reader, c *candidates) (dispute, agree []float64) {
	dispute = make([]float64, 2*len(r.sents))
	dispute, agree = dispute[:len(r.sents)], dispute[len(r.sents):]
	vocab := c.vocabulary(m)
	body := 0
	for i := range r.sents {
		if r.sents[i].Headline {
			continue
		}
		on, words := r.sentenceValues(c, i, body, vocab)
		dispute[i], agree[i] = scoreSentence(m.dispute, m.agree, on[:], words)
		body++
	}
	return dispute, agree
}

// decode turns sentence probabilities into points of kind k: sentences at
// or above threshold are evidence; neighbouring evidence the link model
// joins is one point; each point's sides are its likeliest two actors,
// and any other the side model is sure of. A point with fewer than two
// sides is none; disputes with the same two sides are one.
func (m *Model) decode(r *reader, c *candidates, k kind, probs []float64, threshold float64) []point {
	_, sideW, _, _ := m.weights(k)
	// Most candidate points are dropped by rescore, so the points of a
	// document share their arrays rather than allocate their own: the
	// sentences, which come in text order, one array; the ranked sides
	// and their probabilities one each. Every point's part is capped, so
	// that mergeSameSides, appending to one, copies it rather than
	// writing over the next.
	evidence := 0
	for _, p := range probs {
		if p >= threshold && p != 0 {
			evidence++
		}
	}
	sents := make([]int, 0, evidence)
	out := make([]point, 0, evidence) // a point for each evidence sentence at most
	var cur *point
	last, first := -1, 0
	buf := make([]feat, 0, numLinkFeats)
	for i, p := range probs {
		if p < threshold || p == 0 {
			continue
		}
		joined := false
		if cur != nil && i-last <= maxLinkGap && len(cur.sents) < maxEvidence {
			buf = r.linkFeatures(buf[:0], c, last, i)
			joined = score(m.link, buf) >= linkThreshold
		}
		if !joined {
			out = append(out, point{})
			cur = &out[len(out)-1]
			first = len(sents)
		}
		sents = append(sents, i)
		cur.sents = sents[first:len(sents):len(sents)]
		cur.conf = max(cur.conf, p)
		last = i
	}
	kept := out[:0]
	// Each point weighs at most maxSideCandidates actors: sized for that,
	// the shared arrays are allocated once.
	cands := make([]int, 0, 4*maxSideCandidates)
	ranked := make([]int, 0, len(out)*maxSideCandidates)
	rankedProbs := make([]float64, 0, len(out)*maxSideCandidates)
	for _, pt := range out {
		cands = r.sideCandidates(cands[:0], pt.sents)
		if len(cands) < 2 {
			continue
		}
		// Sides are the first entries of ranked, the likeliest.
		from := len(ranked)
		for _, a := range cands {
			on := r.sideValues(c, pt.sents, a)
			ranked, rankedProbs = append(ranked, a), append(rankedProbs, scoreValues(sideW, on[:]))
		}
		to := len(ranked)
		pt.ranked, pt.rankedProbs = ranked[from:to:to], rankedProbs[from:to:to]
		sortByProb(pt.ranked, pt.rankedProbs)
		n := 2
		for n < len(pt.ranked) && pt.rankedProbs[n] >= sideThreshold {
			n++
		}
		pt.sides, pt.sideProbs = pt.ranked[:n:n], pt.rankedProbs[:n:n]
		kept = append(kept, pt)
	}
	if k == agreementKind {
		// Agreements are not merged by their sides: two actors who
		// agree in two places of a story mostly agree on two things,
		// and readers mark each. Merged, 21 of the 128 agreements
		// predicted in cross-validation on gold/train held the
		// evidence of more than one of the readers'.
		return kept
	}
	return mergeSameSides(kept)
}

// sortByProb sorts actors by their probabilities, likeliest first, ties
// in the order given; probs is sorted alongside. The lists are a handful
// long, so an insertion sort allocates nothing and is quick.
func sortByProb(actors []int, probs []float64) {
	for i := 1; i < len(actors); i++ {
		for j := i; j > 0 && probs[j] > probs[j-1]; j-- {
			actors[j], actors[j-1] = actors[j-1], actors[j]
			probs[j], probs[j-1] = probs[j-1], probs[j]
		}
	}
}

// rescore sets each candidate point's probability by the point model of k
// and returns those at or above threshold, likeliest first.
func (m *Model) rescore(r *reader, c *candidates, k kind, pts []point, probs []float64, threshold float64) []point {
	_, _, w, _ := m.weights(k)
	slices.SortStableFunc(pts, func(a, b point) int { return cmp.Compare(b.conf, a.conf) })
	buf := make([]feat, 0, numPointFeats)
	scores := make([]float64, len(pts))
	for i := range pts {
		buf = r.pointFeatures(buf[:0], c, k, &pts[i], probs, i, len(pts))
		scores[i] = score(w, buf)
	}
	out := pts[:0]
	for i := range pts {
		if scores[i] >= threshold {
			pts[i].conf = scores[i]
			out = append(out, pts[i])
		}
	}
	return out
}

// find returns the points of kind k in r, given its sentences'
// probabilities of being evidence of one.
func (m *Model) find(r *reader, c *candidates, k kind, probs []float64) []point {
	_, _, _, threshold := m.weights(k)
	return m.rescore(r, c, k, m.decode(r, c, k, probs, m.candidate(k)), probs, threshold)
}

// mergeSameSides joins points whose two likeliest sides are the same two
// actors: a story comes back to its quarrel, and a reader marks it once.
func mergeSameSides(pts []point) []point {
	out := pts[:0]
	for _, p := range pts {
		merged := false
		for i := range out {
			q := &out[i]
			if p.sides[0] == q.sides[0] && p.sides[1] == q.sides[1] || p.sides[0] == q.sides[1] && p.sides[1] == q.sides[0] {
				if len(q.sents) < maxEvidence {
					q.sents = append(q.sents, p.sents[:min(len(p.sents), maxEvidence-len(q.sents))]...)
				}
				q.conf = max(q.conf, p.conf)
				for j := range min(len(q.sideProbs), len(p.sideProbs)) {
					q.sideProbs[j] = max(q.sideProbs[j], p.sideProbs[j])
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, p)
		}
	}
	return out
}

// table is one set of weights of a model, as a file names it: the
// weights and the names of their features (words follow the named
// features of the sentence tables).
type table struct {
	name  string
	w     *[]float64
	names []string
	words bool // one weight per word of the vocabulary follows
}

// tables lists m's weights in the order a file holds them.
func (m *Model) tables() []table {
	return []table{
		{"dispute", &m.dispute, sentFeatNames[:], true},
		{"agreement", &m.agree, sentFeatNames[:], true},
		{"dispute-side", &m.disputeSide, sideFeatNames[:], false},
		{"agreement-side", &m.agreeSide, sideFeatNames[:], false},
		{"link", &m.link, linkFeatNames[:], false},
		{"dispute-point", &m.disputePoint, pointFeatNames[:], false},
		{"agreement-point", &m.agreePoint, pointFeatNames[:], false},
		{"topic", &m.topic, topicFeatNames[:], false},
	}
}

// ReadModel parses a model file: the header line, then lines of table,
// feature and weight separated by tabs; "threshold" lines give a table's
// threshold. Words are features named "w:" and the word.
func ReadModel(rd io.Reader) (*Model, error) {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	if !sc.Scan() || sc.Text() != modelHeader {
		return nil, fmt.Errorf("disputes: model: the first line is not %q", modelHeader)
	}
	type entry struct {
		table, name string
		w           float64
	}
	var entries []entry
	m := &Model{vocab: make(map[string]int)}
	for line := 2; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("disputes: model: line %d: want 3 fields, have %d", line, len(f))
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("disputes: model: line %d: bad weight %q", line, f[2])
		}
		if f[0] == "threshold" {
			switch f[1] {
			case "dispute":
				m.disputeThreshold = w
			case "agreement":
				m.agreeThreshold = w
			case "dispute-candidate":
				m.disputeCandidate = w
			case "agreement-candidate":
				m.agreeCandidate = w
			default:
				return nil, fmt.Errorf("disputes: model: line %d: no threshold %q", line, f[1])
			}
			continue
		}
		if word, ok := strings.CutPrefix(f[1], "w:"); ok {
			if _, seen := m.vocab[word]; !seen {
				m.vocab[word] = len(m.words)
				m.words = append(m.words, word)
			}
		}
		entries = append(entries, entry{f[0], f[1], w})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("disputes: model: %w", err)
	}
	for _, t := range m.tables() {
		n := len(t.names)
		if t.words {
			n += len(m.words)
		}
		*t.w = make([]float64, n)
	}
	tables := m.tables()
	for _, e := range entries {
		t := slices.IndexFunc(tables, func(t table) bool { return t.name == e.table })
		if t < 0 {
			return nil, fmt.Errorf("disputes: model: no table %q", e.table)
		}
		w, names := *tables[t].w, tables[t].names
		i := slices.Index(names, e.name)
		if word, ok := strings.CutPrefix(e.name, "w:"); ok && tables[t].words {
			i = len(names) + m.vocab[word]
		}
		if i < 0 {
			return nil, fmt.Errorf("disputes: model: table %s has no feature %q", e.table, e.name)
		}
		w[i] = e.w
	}
	m.setWords(m.words)
	return m, nil
}

// setWords makes words m's vocabulary, word i the index of the i-th word
// feature. Their bytes are copied into one string: read from a file, each
// word was a piece of its own line, and the look-up of every word of an
// article (see candidates.vocabulary) compared keys spread over all the
// lines read, most of them out of the cache; packed, the keys take a
// twentieth of the memory.
func (m *Model) setWords(words []string) {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
	}
	packed := b.String()
	m.words = make([]string, len(words))
	m.vocab = make(map[string]int, len(words))
	for i, w := range words {
		m.words[i], packed = packed[:len(w)], packed[len(w):]
		m.vocab[m.words[i]] = i
	}
}

// WriteTo writes the model in the form ReadModel reads. Zero weights are
// left out; the same model always gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(modelHeader + "\n")
	put := func(table, name string, v float64) {
		if v != 0 {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", table, name, strconv.FormatFloat(v, 'g', 6, 64))
		}
	}
	put("threshold", "dispute", m.disputeThreshold)
	put("threshold", "agreement", m.agreeThreshold)
	put("threshold", "dispute-candidate", m.disputeCandidate)
	put("threshold", "agreement-candidate", m.agreeCandidate)
	for _, t := range m.tables() {
		w := *t.w
		for i, v := range w {
			if i < len(t.names) {
				put(t.name, t.names[i], v)
			} else {
				put(t.name, "w:"+m.words[i-len(t.names)], v)
			}
		}
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// DefaultVersion names the embedded model by its content: "model-" and
// the first twelve hex digits of its SHA-256.
func DefaultVersion() string {
	sum := sha256.Sum256(embedded)
	return "model-" + hex.EncodeToString(sum[:6])
}
