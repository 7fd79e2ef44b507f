package disputes

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Example is one annotated article to train on: the document, the actors
// the actors stage found in it, and the points a reader marked, in terms
// of those.
type Example struct {
	Doc        *text.Document
	Actors     []actors.Actor
	Disputes   []Labeled
	Agreements []Labeled
}

// Labeled is one point a reader marked.
type Labeled struct {
	Sentences []int  // indices into Doc.Sentences of its evidence
	Parties   []int  // indices into Actors of its sides that the stage found
	Required  bool   // a point any good answer has; optional ones neither count for nor against
	Topic     string // the reader's short noun phrase for it
}

// TrainConfig sets how Train fits a model. The zero value means the
// defaults.
type TrainConfig struct {
	// MinDocs is how many training articles a word must occur in to get a
	// weight of its own: rarer words would let the model learn articles,
	// not the phenomena. 0 means 5.
	MinDocs int
	// L2 is the weight of the squared-weights penalty on the mean log
	// loss. 0 means 1e-3.
	L2 float64
	// Epochs is how many full passes the optimiser makes. 0 means 1000:
	// on gold/train the sentence weights then sit within 8% (relative L2)
	// of where 2,000 passes take them, against 17% after 300.
	Epochs int
	// Folds is how many parts the articles are cut into to choose the
	// thresholds on probabilities of articles the sentence model did not
	// see. 0 means 3.
	Folds int
	// Tagger is the tagger whose word classes the articles are read with
	// (see Options.Tagger): the one the model will be used with. nil
	// means the embedded one.
	Tagger *ner.Tagger
}

func (c *TrainConfig) defaults() {
	if c.MinDocs == 0 {
		c.MinDocs = 5
	}
	if c.L2 == 0 {
		c.L2 = 1e-3
	}
	if c.Epochs == 0 {
		c.Epochs = 1000
	}
	if c.Folds == 0 {
		c.Folds = 3
	}
	c.Tagger = taggerOr(c.Tagger)
}

// trainDoc is an example read for training.
type trainDoc struct {
	r  *reader
	c  *candidates
	ex *Example
}

// Train fits a model to the examples. It is deterministic: the same
// examples in the same order give the same model, byte for byte.
func Train(ctx context.Context, examples []Example, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	docs := make([]trainDoc, 0, len(examples))
	for i := range examples {
		ex := &examples[i]
		if len(ex.Doc.Sentences) == 0 {
			continue
		}
		r, err := read(ctx, ex.Doc, ex.Actors, cfg.Tagger)
		if err != nil {
			return nil, err
		}
		docs = append(docs, trainDoc{r: r, c: r.readings(), ex: ex})
	}
	m := &Model{}
	m.setWords(vocabulary(docs, cfg.MinDocs))
	m.fit(docs, cfg)

	// The thresholds are chosen on sentence probabilities from models
	// that did not see the article, so that they are set for articles
	// the final model has not seen either.
	oof := [2][][]float64{make([][]float64, len(docs)), make([][]float64, len(docs))}
	for f := 0; f < cfg.Folds; f++ {
		var in []trainDoc
		for i := range docs {
			if i%cfg.Folds != f {
				in = append(in, docs[i])
			}
		}
		sub := &Model{vocab: m.vocab, words: m.words}
		sub.fit(in, cfg)
		for i := range docs {
			if i%cfg.Folds == f {
				oof[0][i], oof[1][i] = sub.sentenceProbs(docs[i].r, docs[i].c)
			}
		}
	}
	for ki, k := range []kind{disputeKind, agreementKind} {
		var bestW []float64
		bestT, bestC, bestF := 0.0, 0.0, -1.0
		for _, c := range candidateThresholds {
			if w, t, f := m.fitPoints(docs, oof[ki], k, c, cfg); f > bestF+1e-9 {
				bestW, bestT, bestC, bestF = w, t, c, f
			}
		}
		if k == agreementKind {
			m.agreePoint, m.agreeThreshold, m.agreeCandidate = bestW, bestT, bestC
		} else {
			m.disputePoint, m.disputeThreshold, m.disputeCandidate = bestW, bestT, bestC
		}
	}

	// What is used is what is written: the model as a file reads it.
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		return nil, err
	}
	return ReadModel(&b)
}

// vocabulary lists, sorted, the words that occur outside actor mentions
// in the body of at least minDocs articles.
func vocabulary(docs []trainDoc, minDocs int) []string {
	df := make(map[string]int)
	for _, d := range docs {
		seen := make(map[string]bool)
		for i := range d.r.sents {
			s := &d.r.sents[i]
			if s.Headline {
				continue
			}
			for _, t := range s.Tokens {
				if t.Kind == text.Word && t.Mention < 0 && !seen[t.Word] {
					seen[t.Word] = true
					df[t.Word]++
				}
			}
		}
	}
	var out []string
	for w, n := range df {
		if n >= minDocs {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// fit learns every weight of m but the thresholds from docs: for each
// kind, the sentence and side models, then the link and topic models
// over both kinds.
func (m *Model) fit(docs []trainDoc, cfg TrainConfig) {
	dim := numSentFeats + len(m.words)
	for _, k := range []kind{disputeKind, agreementKind} {
		var sents, sides trainSet
		for _, d := range docs {
			labels := d.ex.labels(k)
			m.addSentenceExamples(&sents, d, labels)
			addSideExamples(&sides, d, labels)
		}
		w := fitLogistic(sents.xs, sents.ys, dim, cfg)
		sw := fitLogistic(sides.xs, sides.ys, numSideFeats, cfg)
		if k == agreementKind {
			m.agree, m.agreeSide = w, sw
		} else {
			m.dispute, m.disputeSide = w, sw
		}
	}
	var links, topics trainSet
	for _, d := range docs {
		for _, k := range []kind{disputeKind, agreementKind} {
			addLinkExamples(&links, d, d.ex.labels(k))
		}
	}
	m.link = fitLogistic(links.xs, links.ys, numLinkFeats, cfg)
	for _, d := range docs {
		for _, k := range []kind{disputeKind, agreementKind} {
			addTopicExamples(&topics, d, d.ex.labels(k))
		}
	}
	m.topic = fitLogistic(topics.xs, topics.ys, numTopicFeats, cfg)
}

// trainSet is one model's training examples, in the order they were
// read: feature lists and their labels, 1 or 0.
type trainSet struct {
	xs [][]feat
	ys []float64
}

// add appends the example x with label y.
func (e *trainSet) add(x []feat, y bool) {
	e.xs = append(e.xs, x)
	e.ys = append(e.ys, b64(y))
}

// addSentenceExamples adds every body sentence of d, positive when it is
// evidence of one of labels.
func (m *Model) addSentenceExamples(e *trainSet, d trainDoc, labels []Labeled) {
	vocab := d.c.vocabulary(m)
	evidence := make(map[int]bool)
	markEvidence(evidence, labels)
	body := 0
	for i := range d.r.sents {
		if d.r.sents[i].Headline {
			continue
		}
		e.add(d.r.sentenceFeatures(nil, d.c, i, body, vocab), evidence[i])
		body++
	}
}

// markEvidence adds to evidence the sentences that are evidence of one of
// labels. The caller makes the set, so that it can stay on its stack.
func markEvidence(evidence map[int]bool, labels []Labeled) {
	for _, l := range labels {
		for _, s := range l.Sentences {
			evidence[s] = true
		}
	}
}

// addSideExamples adds, for each of labels with body sentences, every
// actor that could be one of its sides, positive when the reader named it
// a party.
func addSideExamples(e *trainSet, d trainDoc, labels []Labeled) {
	for _, l := range labels {
		sents := d.r.bodySentences(l.Sentences)
		if len(sents) == 0 {
			continue
		}
		for _, a := range d.r.sideCandidates(nil, sents) {
			e.add(d.r.sideFeatures(nil, d.c, sents, a), slices.Contains(l.Parties, a))
		}
	}
}

// addLinkExamples adds each pair of consecutive evidence sentences of
// labels near enough to be joined, positive when they are one point.
func addLinkExamples(e *trainSet, d trainDoc, labels []Labeled) {
	var ev []int
	for _, l := range labels {
		ev = append(ev, d.r.bodySentences(l.Sentences)...)
	}
	slices.Sort(ev)
	ev = slices.Compact(ev)
	for n := 1; n < len(ev); n++ {
		i, j := ev[n-1], ev[n]
		if j-i > maxLinkGap {
			continue
		}
		e.add(d.r.linkFeatures(nil, d.c, i, j), samePoint(labels, i, j))
	}
}

// samePoint reports whether sentences i and j are one point: one of
// labels holds both.
func samePoint(labels []Labeled, i, j int) bool {
	same := false
	for _, l := range labels {
		same = same || slices.Contains(l.Sentences, i) && slices.Contains(l.Sentences, j)
	}
	return same
}

// addTopicExamples adds each word and number of the body sentences of
// each of labels with a topic, positive when it is a content word of the
// reader's topic for it.
func addTopicExamples(e *trainSet, d trainDoc, labels []Labeled) {
	for _, l := range labels {
		sents := d.r.bodySentences(l.Sentences)
		if l.Topic == "" || len(sents) == 0 {
			continue
		}
		pt := &point{sents: sents}
		want := wordsOfTopic(l.Topic)
		tc := d.r.topicContextOf(d.c, pt)
		read := d.r.readingTopics(d.c, pt)
		for _, i := range sents {
			for k, t := range d.r.sents[i].Tokens {
				if t.Kind != text.Word && t.Kind != text.Number {
					continue
				}
				e.add(d.r.topicFeatures(nil, tc, i, k, read), inTopic(want, t))
			}
		}
	}
}

// inTopic reports whether t is a content word of a topic whose words, as
// wordsOfTopic gives them, are want.
func inTopic(want map[string]bool, t token) bool {
	return want[topicStem(t.Word)] && !t.Class.Has(lexicon.Function)
}

// labels returns the example's points of kind k.
func (ex *Example) labels(k kind) []Labeled {
	if k == agreementKind {
		return ex.Agreements
	}
	return ex.Disputes
}

// bodySentences returns the sentences of ss that are in range and not a
// headline, sorted.
func (r *reader) bodySentences(ss []int) []int {
	var out []int
	for _, i := range ss {
		if i >= 0 && i < len(r.sents) && !r.sents[i].Headline {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// thresholdReach is how many steps of 0.025 on either side of a point
// threshold fitPoints averages its F1 over. Counted over a hundred or so
// labeled points (agreements) or a few hundred (disputes), the F1 jumps
// from one step to the next, and its highest step is often luck: over
// six splits of cross-validation on gold/train the averaged choice raised
// agreement F1 from 0.417 to 0.427 and dispute F1 from 0.610 to 0.615,
// five splits of six better for each.
const thresholdReach = 2

// smoothed returns fs, values at evenly spaced thresholds, each averaged
// with the reach values on either side of it (fewer at the ends).
func smoothed(fs []float64, reach int) []float64 {
	out := make([]float64, len(fs))
	for n := range fs {
		lo, hi := max(0, n-reach), min(len(fs)-1, n+reach)
		sum := 0.0
		for _, f := range fs[lo : hi+1] {
			sum += f
		}
		out[n] = sum / float64(hi-lo+1)
	}
	return out
}

// fitPoints fits the point model of kind k on the candidate points
// decoded from probs (sentence probabilities of models that did not see
// the article) from sentence threshold from, and returns its weights, the
// threshold on a point's probability at which the points kept best match
// the labels by the F1 the scorer computes, averaged over the thresholds
// beside it (thresholdReach), and that average. A candidate is a
// positive example when it matches a labeled point strictly.
func (m *Model) fitPoints(docs []trainDoc, probs [][]float64, k kind, from float64, cfg TrainConfig) ([]float64, float64, float64) {
	type cand struct {
		doc int
		pts []point
		xs  [][]feat
	}
	var all []cand
	var xs [][]feat
	var ys []float64
	for i, d := range docs {
		pts := m.decode(d.r, d.c, k, probs[i], from)
		slices.SortStableFunc(pts, func(a, b point) int { return cmp.Compare(b.conf, a.conf) })
		c := cand{doc: i, pts: pts}
		hits, _, _, _ := matchLabeled(pts, d.ex.labels(k))
		for j := range pts {
			x := d.r.pointFeatures(nil, d.c, k, &pts[j], probs[i], j, len(pts))
			c.xs = append(c.xs, x)
			xs = append(xs, x)
			ys = append(ys, b64(hits[j]))
		}
		all = append(all, c)
	}
	w := fitLogistic(xs, ys, numPointFeats, cfg)
	var ts, fs []float64
	for t := 0.05; t < 0.951; t += 0.025 {
		var tp, pred, found, req int
		for _, c := range all {
			var kept []point
			for j := range c.pts {
				if score(w, c.xs[j]) >= t {
					kept = append(kept, c.pts[j])
				}
			}
			_, a, f, e := matchLabeled(kept, docs[c.doc].ex.labels(k))
			tp, pred, found, req = tp+a, pred+len(kept), found+f, req+e
		}
		ts, fs = append(ts, math.Round(t*1000)/1000), append(fs, f1(tp, pred, found, req))
	}
	best, bestF := 0.5, -1.0
	for n, f := range smoothed(fs, thresholdReach) {
		if f > bestF+1e-9 {
			best, bestF = ts[n], f
		}
	}
	return w, best, bestF
}

// matchLabeled matches points to labeled ones in order, as the scorer
// does: each takes the unused labeled point that holds one of its
// sentences, preferring one it names two parties of (a strict match),
// then a required one. It returns which points match strictly, the strict
// matches, the required labeled points matched strictly and the required
// labeled points.
func matchLabeled(pts []point, labels []Labeled) (hits []bool, tp, found, req int) {
	hits = make([]bool, len(pts))
	for i, k := range matchIndex(pts, labels) {
		if k < 0 || shared(pts[i].sides, labels[k].Parties) < min(2, len(labels[k].Parties)) {
			continue
		}
		hits[i] = true
		tp++
		if labels[k].Required {
			found++
		}
	}
	for _, l := range labels {
		if l.Required {
			req++
		}
	}
	return hits, tp, found, req
}

// matchIndex matches points to labeled ones in order, as the scorer does,
// and returns for each point the labeled point it takes, or -1.
func matchIndex(pts []point, labels []Labeled) []int {
	out := make([]int, len(pts))
	used := make([]bool, len(labels))
	for i, p := range pts {
		out[i] = -1
		best, bestStrict, bestReq := -1, false, false
		for k, l := range labels {
			if used[k] || !overlaps(p.sents, l.Sentences) {
				continue
			}
			strict := shared(p.sides, l.Parties) >= min(2, len(l.Parties))
			if best < 0 || !bestStrict && strict || bestStrict == strict && !bestReq && l.Required {
				best, bestStrict, bestReq = k, strict, l.Required
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		out[i] = best
	}
	return out
}

// overlaps reports whether a and b share an element.
func overlaps(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// f1 is the harmonic mean of tp/pred and found/req, 0 when undefined.
func f1(tp, pred, found, req int) float64 {
	if pred == 0 || req == 0 || tp == 0 || found == 0 {
		return 0
	}
	p, r := float64(tp)/float64(pred), float64(found)/float64(req)
	return 2 * p * r / (p + r)
}

// fitLogistic fits logistic regression weights of dimension dim to
// examples xs with labels ys, minimising the mean log loss plus cfg.L2
// times half the squared weights (the bias, weight 0, is not penalised),
// by full-batch gradient descent with AdaGrad steps. Examples are summed
// in order, so the result is deterministic.
func fitLogistic(xs [][]feat, ys []float64, dim int, cfg TrainConfig) []float64 {
	w := make([]float64, dim)
	if len(xs) == 0 {
		return w
	}
	const rate = 0.5
	g2 := make([]float64, dim)
	grad := make([]float64, dim)
	n := float64(len(xs))
	for e := 0; e < cfg.Epochs; e++ {
		clear(grad)
		for i, x := range xs {
			d := score(w, x) - ys[i]
			for _, f := range x {
				grad[f.id] += d * float64(f.v)
			}
		}
		for k := range w {
			g := grad[k] / n
			if k != 0 {
				g += cfg.L2 * w[k]
			}
			if g == 0 {
				continue
			}
			g2[k] += g * g
			w[k] -= rate * g / math.Sqrt(g2[k])
		}
	}
	return w
}

// b64 is 1 for true, 0 for false.
func b64(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// String describes the model's size, for logs.
func (m *Model) String() string {
	return fmt.Sprintf("disputes model: %d words, thresholds %.3f/%.3f, candidates from %.2f/%.2f", len(m.words), m.disputeThreshold, m.agreeThreshold, m.disputeCandidate, m.agreeCandidate)
}
