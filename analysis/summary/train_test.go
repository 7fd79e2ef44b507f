package summary

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// The models in model.txt are trained here rather than by a
// //go:build ignore program because the features are the package's own
// unexported code: training reads sentences exactly as Summarize does.
//
//	go test -run '^TestTrain$' ./analysis/summary -train [-shared DIR] [-cv]
//
// (make train-summary). It reads only the training split of the BBC
// summary corpus, the articles whose number is not divisible by 5, and
// writes model.txt; the same corpus always gives the same file. With -cv
// it first prints four-fold cross-validated figures (folds by article
// number mod 5): ROUGE of the key points, of the body model's own choice
// and of the first sentences, at the references' lengths.
var (
	trainFlag  = flag.Bool("train", false, "train the scoring models on the BBC training split and rewrite model.txt")
	cvFlag     = flag.Bool("cv", false, "with -train, print cross-validated figures first")
	sharedFlag = flag.String("shared", "../../../shared", "the shared folder holding corpora/bbc-summary")
)

// l2 is the ridge penalty of training, relative to the total pair weight
// (one per document): small, as 1,781 articles fix eighteen weights well;
// it only keeps rare features (questions) from running off.
const l2 = 1e-3

// example is one training article read as Summarize reads it.
type example struct {
	id    string
	fold  int // article number mod 5: 1 to 4 in the training split
	doc   *text.Document
	ref   string // reference sentences, one a line
	nref  int    // how many
	feats []features
	inRef []float64 // 1 for a sentence of the reference
}

// refRow is a row of bbc-summary.jsonl.
type refRow struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Article    string `json:"article"`
	Highlights string `json:"highlights"`
}

// loadTraining reads the BBC training split with its features and labels.
func loadTraining(t *testing.T, path string) []*example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("BBC summary corpus not available: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	var exs []*example
	for sc.Scan() {
		var row refRow
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatal(err)
		}
		num, err := strconv.Atoi(row.ID[strings.LastIndexByte(row.ID, '-')+1:])
		if err != nil {
			t.Fatalf("id %q: %v", row.ID, err)
		}
		if num%5 == 0 {
			continue // the test split: never read here
		}
		doc := &text.Document{Text: row.Article, Title: row.Title, Sentences: text.Sentences(row.Article)}
		ex := &example{id: row.ID, fold: num % 5, doc: doc, ref: row.Highlights}
		for l := range strings.SplitSeq(row.Highlights, "\n") {
			if strings.TrimSpace(l) != "" {
				ex.nref++
			}
		}
		var d docTerms
		if err := d.read(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		r := ranker{d: &d}
		cent, err := r.centrality(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ex.feats = d.appendFeatures(nil, cent)
		for i := range d.sents {
			s := &d.sents[i]
			in := 0.0
			if strings.Contains(row.Highlights, s.span.In(doc.Text)) {
				in = 1
			}
			ex.inRef = append(ex.inRef, in)
		}
		exs = append(exs, ex)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return exs
}

// trainPairwise fits a linear model to rank each document's sentences by
// label, by L2-regularised logistic regression on the differences of
// feature vectors of pairs of sentences whose labels differ. A pair
// weighs its label difference; each document's pairs weigh 1 in all, so
// long articles do not outvote short ones. Only the features in use are
// fitted; Newton's method makes the result exact and deterministic.
func trainPairwise(exs []*example, label func(*example) []float64, use []int) model {
	k := len(use)
	w := make([]float64, k)
	diff := make([]float64, k)
	for range 50 {
		grad := make([]float64, k)
		hess := make([]float64, k*k)
		total := 0.0
		for _, ex := range exs {
			y := label(ex)
			sum := 0.0
			for i := range y {
				for j := range y {
					if y[i] > y[j] {
						sum += y[i] - y[j]
					}
				}
			}
			if sum == 0 {
				continue
			}
			total++
			for i := range y {
				for j := range y {
					if !(y[i] > y[j]) {
						continue
					}
					c := (y[i] - y[j]) / sum
					m := 0.0
					for a, f := range use {
						diff[a] = ex.feats[i][f] - ex.feats[j][f]
						m += w[a] * diff[a]
					}
					p := 1 / (1 + math.Exp(-m)) // chance the model orders the pair right
					for a := range k {
						grad[a] -= c * (1 - p) * diff[a]
						for b := range k {
							hess[a*k+b] += c * p * (1 - p) * diff[a] * diff[b]
						}
					}
				}
			}
		}
		for a := range k {
			grad[a] += l2 * total * w[a]
			hess[a*k+a] += l2 * total
		}
		step := solve(hess, grad, k)
		size := 0.0
		for a := range k {
			w[a] -= step[a]
			size = math.Max(size, math.Abs(step[a]))
		}
		if size < 1e-9 {
			break
		}
	}
	var m model
	for a, f := range use {
		// Rounded as written to model.txt, so that the figures printed
		// here are those of the file.
		m.w[f], _ = strconv.ParseFloat(strconv.FormatFloat(w[a], 'f', 6, 64), 64)
	}
	return m
}

// solve returns x with a·x = b for the k×k symmetric positive definite
// matrix a, by Gaussian elimination with partial pivoting.
func solve(a, b []float64, k int) []float64 {
	m := slices.Clone(a)
	x := slices.Clone(b)
	for c := range k {
		p := c
		for r := c + 1; r < k; r++ {
			if math.Abs(m[r*k+c]) > math.Abs(m[p*k+c]) {
				p = r
			}
		}
		for j := range k {
			m[c*k+j], m[p*k+j] = m[p*k+j], m[c*k+j]
		}
		x[c], x[p] = x[p], x[c]
		for r := c + 1; r < k; r++ {
			f := m[r*k+c] / m[c*k+c]
			for j := c; j < k; j++ {
				m[r*k+j] -= f * m[c*k+j]
			}
			x[r] -= f * x[c]
		}
	}
	for c := k - 1; c >= 0; c-- {
		for j := c + 1; j < k; j++ {
			x[c] -= m[c*k+j] * x[j]
		}
		x[c] /= m[c*k+c]
	}
	return x
}

// bodyFeatures are the features the body model reads: all of them. It
// reads no paragraph structure, which many texts arrive without.
var bodyFeatures = []int{fFirst, fSecond, fThird, fPosition, fRelative, fCentrality, fLeadSim, fTitle,
	fTermFreq, fLength, fShort, fLong, fQuote, fQuoteOpen, fNumbers, fNames, fAnaphor, fQuestion}

// fit trains the models on exs.
func fit(exs []*example) *models {
	return &models{
		body: trainPairwise(exs, func(ex *example) []float64 { return ex.inRef }, bodyFeatures),
	}
}

// TestTrain retrains model.txt when run with -train; see the comment on
// the flags above.
func TestTrain(t *testing.T) {
	if !*trainFlag {
		t.Skip("run with -train (make train-summary) to retrain model.txt")
	}
	exs := loadTraining(t, filepath.Join(*sharedFlag, "corpora", "bbc-summary", "bbc-summary.jsonl"))
	t.Logf("%d training articles", len(exs))
	if *cvFlag {
		crossValidate(t, exs)
	}
	ms := fit(exs)
	header := fmt.Sprintf(`Sentence-scoring models of package summary. Code generated by TestTrain
(make train-summary) from the %d articles of the BBC summary training split; DO NOT EDIT.
Lines are MODEL FEATURE WEIGHT; see features.go for the features, model.go for the models.`, len(exs))
	if err := os.WriteFile("model.txt", []byte(formatModels(ms, header)), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote model.txt:\n%s", formatModels(ms, "trained"))
}

// crossValidate trains on three folds and measures on the fourth, four
// times, and prints the totals.
func crossValidate(t *testing.T, exs []*example) {
	var tot evalTotals
	for fold := 1; fold <= 4; fold++ {
		var tr, te []*example
		for _, ex := range exs {
			if ex.fold == fold {
				te = append(te, ex)
			} else {
				tr = append(tr, ex)
			}
		}
		ms := fit(tr)
		for _, ex := range te {
			tot.add(t, ex, ms)
		}
	}
	t.Log(tot.String())
}

// evalTotals sums held-out figures over documents: ROUGE-1 and -2 F1
// (of this file's approximation) against the reference, at the
// reference's length with the title given, for the package's key points
// (sys) and for the body model's picks alone (body); and the first-K
// baseline.
type evalTotals struct {
	docs            float64
	sys, body, lead [2]float64
}

func (e *evalTotals) add(t *testing.T, ex *example, ms *models) {
	t.Helper()
	ctx := context.Background()
	e.docs++
	ref := tokenize(ex.ref)
	score := func(acc *[2]float64, pred string) {
		r1, r2 := rougeN(ref, tokenize(pred))
		acc[0] += r1
		acc[1] += r2
	}
	s, err := summarizeWith(ctx, ex.doc, Options{MaxSentences: ex.nref}, ms, chosenDesign)
	if err != nil {
		t.Fatal(err)
	}
	score(&e.sys, keyPointText(ex.doc, s))

	// The body model's own choice: its best sentences, near-duplicates
	// aside, as the key points past the lead are chosen.
	order := make([]int, len(ex.feats))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(ms.body.score(&ex.feats[b]), ms.body.score(&ex.feats[a]))
	})
	var d docTerms
	if err := d.read(ctx, ex.doc); err != nil {
		t.Fatal(err)
	}
	var picked []string
	for _, i := range order[:min(ex.nref, len(order))] {
		picked = append(picked, d.sents[i].span.In(ex.doc.Text))
	}
	score(&e.body, strings.Join(picked, "\n"))

	var lead []string
	for _, sent := range d.sents[:min(ex.nref, len(d.sents))] {
		lead = append(lead, sent.span.In(ex.doc.Text))
	}
	score(&e.lead, strings.Join(lead, "\n"))
}

func (e *evalTotals) String() string {
	n := e.docs / 100
	return fmt.Sprintf("held out, %v articles, as many key points as the reference has sentences, title given:\n"+
		"  key points        R1 %.2f R2 %.2f\n  body model alone  R1 %.2f R2 %.2f\n  first sentences   R1 %.2f R2 %.2f",
		e.docs, e.sys[0]/n, e.sys[1]/n, e.body[0]/n, e.body[1]/n, e.lead[0]/n, e.lead[1]/n)
}

// keyPointText is the key points one a line, as rouge.py reads them.
func keyPointText(doc *text.Document, s Summary) string {
	var lines []string
	for _, kp := range s.KeyPoints {
		lines = append(lines, kp.Span.In(doc.Text))
	}
	return strings.Join(lines, "\n")
}

// tokenize approximates rouge.py's tokens: lower case, runs of letters
// and digits, long words stemmed (with this package's light stemmer, not
// Porter's: the figures compare settings, they are not the reported ones).
func tokenize(s string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		if len(w) > 3 {
			w = string(stem([]byte(w)))
		}
		out = append(out, w)
	}
	return out
}

// rougeN returns the ROUGE-1 and ROUGE-2 F1 of pred against ref.
func rougeN(ref, pred []string) (r1, r2 float64) {
	f := func(n int) float64 {
		count := map[string]int{}
		nr, np, hit := 0, 0, 0
		for i := 0; i+n <= len(ref); i++ {
			count[strings.Join(ref[i:i+n], " ")]++
			nr++
		}
		for i := 0; i+n <= len(pred); i++ {
			np++
			k := strings.Join(pred[i:i+n], " ")
			if count[k] > 0 {
				count[k]--
				hit++
			}
		}
		if hit == 0 {
			return 0
		}
		p, r := float64(hit)/float64(np), float64(hit)/float64(nr)
		return 2 * p * r / (p + r)
	}
	return f(1), f(2)
}
