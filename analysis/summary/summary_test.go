package summary

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// newDoc segments src the way the engine does.
func newDoc(src, title string) *text.Document {
	return &text.Document{Text: src, Title: title, Sentences: text.Sentences(src)}
}

// checkSummary asserts what every summary must satisfy, whatever it picks.
func checkSummary(t *testing.T, doc *text.Document, s Summary, opts Options) {
	t.Helper()
	maxS := opts.MaxSentences
	if maxS <= 0 {
		maxS = DefaultMaxSentences
	}
	maxK := opts.MaxKeywords
	if maxK <= 0 {
		maxK = DefaultMaxKeywords
	}
	if len(s.KeyPoints) > maxS {
		t.Errorf("got %d key points, want at most %d", len(s.KeyPoints), maxS)
	}
	if (s.Gist < 0) != (len(s.KeyPoints) == 0) {
		t.Errorf("Gist = %d with %d key points; want a gist exactly when there are key points", s.Gist, len(s.KeyPoints))
	}
	seen := map[string]bool{}
	gistFound := s.Gist < 0
	for i, kp := range s.KeyPoints {
		if kp.Sentence < 0 || kp.Sentence >= len(doc.Sentences) {
			t.Fatalf("key point %d: sentence %d out of range", i, kp.Sentence)
		}
		sent := doc.Sentences[kp.Sentence]
		if sent.Headline {
			t.Errorf("key point %d is the headline %q", i, sent.In(doc.Text))
		}
		if kp.Span != sent.Span {
			t.Errorf("key point %d: span %v, want the sentence's %v", i, kp.Span, sent.Span)
		}
		if i > 0 && kp.Sentence <= s.KeyPoints[i-1].Sentence {
			t.Errorf("key points not in document order: %d after %d", kp.Sentence, s.KeyPoints[i-1].Sentence)
		}
		if kp.Score < 0 || kp.Score > 1 || math.IsNaN(kp.Score) {
			t.Errorf("key point %d: score %v, want 0..1", i, kp.Score)
		}
		body := strings.ToLower(kp.Span.In(doc.Text))
		if seen[body] {
			t.Errorf("key point %d repeats %q", i, body)
		}
		seen[body] = true
		if kp.Sentence == s.Gist {
			gistFound = true
			if s.GistSpan != kp.Span {
				t.Errorf("GistSpan = %v, want %v", s.GistSpan, kp.Span)
			}
		}
	}
	if !gistFound {
		t.Errorf("gist %d is not among the key points", s.Gist)
	}
	if len(s.Keywords) > maxK {
		t.Errorf("got %d keywords, want at most %d", len(s.Keywords), maxK)
	}
	kw := map[string]bool{}
	for _, k := range s.Keywords {
		lk := strings.ToLower(k)
		if kw[lk] {
			t.Errorf("keyword %q repeated", k)
		}
		kw[lk] = true
		if strings.TrimSpace(k) != k || k == "" {
			t.Errorf("keyword %q has surrounding space or is empty", k)
		}
		allStop := true
		for _, w := range strings.Fields(lk) {
			if !lexicon.Lookup(w).Has(lexicon.Closed) {
				allStop = false
			}
		}
		if allStop {
			t.Errorf("keyword %q is made of stop words only", k)
		}
	}
}

func summarize(t *testing.T, doc *text.Document, opts Options) Summary {
	t.Helper()
	s, err := Summarize(context.Background(), doc, embedded(t, opts))
	if err != nil {
		t.Fatalf("Summarize = _, %v; want nil error", err)
	}
	checkSummary(t, doc, s, opts)
	// The engine passes a document whose tokens were found once for all
	// stages; the answer must be the same.
	shared := text.NewDocument(doc.Text, doc.Title)
	if reflect.DeepEqual(shared.Sentences, doc.Sentences) {
		if s2, err := Summarize(context.Background(), shared, embedded(t, opts)); err != nil || !reflect.DeepEqual(s, s2) {
			t.Errorf("Summarize(text.NewDocument) = %+v, %v; want %+v as for a literal Document", s2, err, s)
		}
	}
	return s
}

const harbourStory = `Harbour tunnel plan approved by council

The city council approved a plan on Tuesday to build a road tunnel under the harbour, ending a decade of argument over the crossing.
The tunnel will cost about 900 million dollars and take six years to build, officials said.
Shop owners near the old ferry terminal fear the work will drive customers away.
"We have waited long enough for a decent crossing," the mayor told reporters.
The harbour tunnel will carry four lanes of traffic and a cycle path.
Opponents said the council had ignored cheaper options such as a second ferry line.
Work on the tunnel is due to start next spring.`

func TestSummarizeHeadline(t *testing.T) {
	doc := newDoc(harbourStory, "")
	if len(doc.Sentences) == 0 || !doc.Sentences[0].Headline {
		t.Fatalf("test text: want sentence 0 to be a headline, got %+v", doc.Sentences)
	}
	s := summarize(t, doc, Options{})
	if len(s.KeyPoints) != 3 {
		t.Fatalf("got %d key points, want 3", len(s.KeyPoints))
	}
	if s.Gist != 1 {
		t.Errorf("Gist = %d (%q), want 1, the lead that restates the headline", s.Gist, s.GistSpan.In(doc.Text))
	}
	if !containsFold(s.Keywords, "tunnel") && !containsFold(s.Keywords, "harbour tunnel") {
		t.Errorf("Keywords = %q, want the headline's subject, the tunnel", s.Keywords)
	}
}

// A title given apart from the text acts as the headline does: it pulls up
// the sentences that share its words.
func TestSummarizeTitle(t *testing.T) {
	body := harbourStory[strings.Index(harbourStory, "\n\n")+2:]
	ferry := func(s Summary) float64 {
		for _, kp := range s.KeyPoints {
			if strings.Contains(kp.Span.In(body), "ferry line") {
				return kp.Score
			}
		}
		return 0
	}
	opts := Options{MaxSentences: 10}
	with := ferry(summarize(t, newDoc(body, "Ferry line dropped from plan"), opts))
	without := ferry(summarize(t, newDoc(body, ""), opts))
	if with <= without {
		t.Errorf("ferry sentence scores %.3f with the title and %.3f without; want higher with", with, without)
	}
}

func TestSummarizeOneSentence(t *testing.T) {
	src := "The museum reopened its east wing after two years of repairs."
	doc := newDoc(src, "")
	s := summarize(t, doc, Options{})
	if s.Gist != 0 || len(s.KeyPoints) != 1 {
		t.Fatalf("got Gist %d and %d key points, want 0 and 1", s.Gist, len(s.KeyPoints))
	}
	if got := s.GistSpan.In(src); got != src {
		t.Errorf("gist %q, want the whole text", got)
	}
	if len(s.Keywords) == 0 {
		t.Error("want keywords from the one sentence")
	}
}

// A text that is only a headline has nothing to summarise but still has a
// subject.
func TestSummarizeOnlyHeadline(t *testing.T) {
	src := "Storm closes mountain railway"
	doc := &text.Document{Text: src, Sentences: []text.Sentence{{Span: text.Span{Start: 0, End: len(src)}, Headline: true}}}
	s := summarize(t, doc, Options{})
	if s.Gist != -1 || len(s.KeyPoints) != 0 {
		t.Errorf("got Gist %d and %d key points, want -1 and none", s.Gist, len(s.KeyPoints))
	}
	// Without a tagger, "closes" may stay glued to the noun phrase.
	if !slices.ContainsFunc(s.Keywords, func(k string) bool { return strings.HasSuffix(k, "mountain railway") }) {
		t.Errorf("Keywords = %q, want one ending in %q", s.Keywords, "mountain railway")
	}

	// However the segmenter reads a lone title line, the result is
	// consistent: a gist exactly when it is not a headline.
	for _, src := range []string{src, src + "\n", "Storm Closes Mountain Railway\n\n"} {
		doc := newDoc(src, "")
		s := summarize(t, doc, Options{})
		headline := len(doc.Sentences) > 0 && doc.Sentences[0].Headline
		if headline && s.Gist != -1 {
			t.Errorf("%q: headline only, but Gist = %d", src, s.Gist)
		}
	}
}

func TestSummarizeEmpty(t *testing.T) {
	for _, src := range []string{"", "   \n\n  ", "...", "— 42 —"} {
		doc := newDoc(src, "")
		s := summarize(t, doc, Options{})
		if len(s.KeyPoints) > 1 {
			t.Errorf("%q: got %d key points", src, len(s.KeyPoints))
		}
	}
}

func TestSummarizeRepeatedSentences(t *testing.T) {
	var b strings.Builder
	for range 4 {
		b.WriteString("The bridge will stay closed to lorries until the repairs are finished. ")
	}
	b.WriteString("THE BRIDGE WILL STAY CLOSED TO LORRIES UNTIL THE REPAIRS ARE FINISHED. ")
	b.WriteString("The bridge will stay closed to lorries until all the repairs are finished. ")
	b.WriteString("Engineers found cracks in two of the steel supports last month. ")
	b.WriteString("Buses and cars may still cross at a reduced speed.")
	doc := newDoc(b.String(), "")
	s := summarize(t, doc, Options{MaxSentences: 5})
	bridge := 0
	for _, kp := range s.KeyPoints {
		if strings.Contains(strings.ToLower(kp.Span.In(doc.Text)), "bridge will stay closed") {
			bridge++
		}
	}
	if bridge != 1 {
		t.Errorf("got %d versions of the repeated sentence among %d key points, want 1", bridge, len(s.KeyPoints))
	}
	if len(s.KeyPoints) != 3 {
		t.Errorf("got %d key points, want 3: one per distinct sentence", len(s.KeyPoints))
	}
}

func TestSummarizeMaxSentences(t *testing.T) {
	src := "Rain delayed the final by an hour. The home side won in extra time. " +
		"Their captain scored twice. Fans celebrated in the square until midnight."
	doc := newDoc(src, "")
	for _, max := range []int{0, 1, 2, 4, 10} {
		s := summarize(t, doc, Options{MaxSentences: max})
		want := min(max, 4)
		if max == 0 {
			want = DefaultMaxSentences
		}
		if len(s.KeyPoints) != want {
			t.Errorf("MaxSentences %d: got %d key points, want %d", max, len(s.KeyPoints), want)
		}
	}
}

func TestSummarizeMaxKeywords(t *testing.T) {
	doc := newDoc(harbourStory, "")
	for _, max := range []int{1, 3, 20} {
		s := summarize(t, doc, Options{MaxKeywords: max})
		if len(s.Keywords) == 0 {
			t.Errorf("MaxKeywords %d: no keywords", max)
		}
	}
	s := summarize(t, doc, Options{MaxKeywords: 2})
	if len(s.Keywords) != 2 {
		t.Errorf("MaxKeywords 2: got %q", s.Keywords)
	}
}

// longDoc generates n sentences over a small vocabulary, so that many
// sentences overlap and a few repeat.
func longDoc(n int) string {
	subjects := []string{"The committee", "Local farmers", "The regional water board", "Engineers", "The minister", "Residents"}
	verbs := []string{"reviewed", "questioned", "welcomed", "published", "delayed", "funded"}
	objects := []string{"the new reservoir", "the drought plan", "irrigation quotas", "the pipeline survey", "river levels", "the flood barrier"}
	tails := []string{"on Monday.", "after a long meeting.", "for the third time this year.", "despite heavy rain in the hills.", "in a statement.", "."}
	var b strings.Builder
	for i := range n {
		if i%12 == 0 && i > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "%s %s %s %s ", subjects[i%6], verbs[(i/6)%6], objects[(i*7)%6], tails[(i/36)%6])
	}
	return strings.TrimSpace(strings.ReplaceAll(b.String(), " .", "."))
}

func TestSummarizeLongDocument(t *testing.T) {
	for _, n := range []int{299, 5000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			doc := newDoc(longDoc(n), "")
			if len(doc.Sentences) < n/2 {
				t.Fatalf("generated text has %d sentences, want about %d", len(doc.Sentences), n)
			}
			s := summarize(t, doc, Options{})
			if len(s.KeyPoints) != 3 {
				t.Errorf("got %d key points, want 3", len(s.KeyPoints))
			}
			if len(s.Keywords) < minKeywords {
				t.Errorf("got keywords %q, want at least %d", s.Keywords, minKeywords)
			}
		})
	}
}

func TestSummarizeDeterministic(t *testing.T) {
	doc := newDoc(longDoc(400)+"\n\n"+harbourStory, "")
	first := summarize(t, doc, Options{MaxSentences: 6})
	for range 5 {
		again := summarize(t, doc, Options{MaxSentences: 6})
		if fmt.Sprint(again) != fmt.Sprint(first) {
			t.Fatalf("summary changed between runs:\n%v\n%v", first, again)
		}
	}
}

func TestSummarizeCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, src := range []string{harbourStory, longDoc(1000)} {
		_, err := Summarize(ctx, newDoc(src, ""), embedded(t, Options{}))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Summarize(canceled) = _, %v; want context.Canceled", err)
		}
	}
}

// cancelAfter is a context whose Err turns to Canceled after n calls, to
// check that the loops, not only the entry, look at it.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

func TestSummarizeCanceledInLoop(t *testing.T) {
	doc := newDoc(longDoc(600), "")
	// Ten key points, so that the body model's loops run too: three are
	// the lead, which needs no scoring.
	for _, n := range []int{1, 5, 50, 200, 620} {
		_, err := Summarize(&cancelAfter{Context: context.Background(), n: n}, doc, embedded(t, Options{MaxSentences: 10}))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancel after %d checks: Summarize = _, %v; want context.Canceled", n, err)
		}
	}
}

func TestSummarizeNonASCII(t *testing.T) {
	src := "Über 300 Menschen protestierten am Sonntag in Zürich gegen den Bau. " +
		"The Müller family, who own the café, said « trop tard » to the offer. " +
		"東京 officials 🚄 welcomed the high-speed line. " +
		"The café and the Müller family will move in spring."
	doc := newDoc(src, "")
	s := summarize(t, doc, Options{MaxSentences: 4})
	if len(s.KeyPoints) == 0 {
		t.Fatal("no key points")
	}
	if !containsFold(s.Keywords, "Müller") && !containsFold(s.Keywords, "café") {
		t.Errorf("Keywords = %q, want the repeated names with their accents", s.Keywords)
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Key points are the body model's best sentences (chosenDesign): the gist
// is its best, scores fall in the order they were picked, and a longer
// summary keeps the shorter one's points.
// Summarize's design: the lead's three in order, the gist the first.
func TestSummarizeLead(t *testing.T) {
	body := harbourStory[strings.Index(harbourStory, "\n\n")+2:]
	doc := newDoc(body, "Harbour tunnel plan approved")
	three := summarize(t, doc, Options{})
	for i, kp := range three.KeyPoints {
		if kp.Sentence != i {
			t.Errorf("key point %d is sentence %d, want %d: the lead in order", i, kp.Sentence, i)
		}
	}
	if three.Gist != 0 {
		t.Errorf("Gist = %d, want 0, the lead", three.Gist)
	}
	five := summarize(t, doc, Options{MaxSentences: 5})
	if len(five.KeyPoints) != 5 {
		t.Fatalf("got %d key points, want 5", len(five.KeyPoints))
	}
	leadMin := 1.0
	for _, kp := range five.KeyPoints {
		if kp.Sentence < 3 {
			leadMin = min(leadMin, kp.Score)
		}
	}
	for _, kp := range five.KeyPoints {
		if kp.Sentence >= 3 && kp.Score > leadMin {
			t.Errorf("body key point %d scores %.3f, above the lead's %.3f", kp.Sentence, kp.Score, leadMin)
		}
	}
	for i := range 3 {
		if five.KeyPoints[i].Sentence != i {
			t.Errorf("five key points: point %d is sentence %d, want the lead's %d", i, five.KeyPoints[i].Sentence, i)
		}
	}
}

// The body design, which the BBC-only protocol chose and Summarize does
// not use (see doc.go), still works as documented: the model's best
// sentences, its best the gist.
func TestSummarizeBodyModel(t *testing.T) {
	saved := chosenDesign
	chosenDesign = design{lead: 0, margin: math.Inf(1)}
	t.Cleanup(func() { chosenDesign = saved })
	body := harbourStory[strings.Index(harbourStory, "\n\n")+2:]
	doc := newDoc(body, "Harbour tunnel plan approved")
	ms, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var d docTerms
	if err := d.read(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	r := ranker{d: &d, ms: ms}
	if err := r.score(context.Background()); err != nil {
		t.Fatal(err)
	}
	best := 0
	for i, s := range r.body {
		if s > r.body[best] {
			best = i
		}
	}
	three := summarize(t, doc, Options{})
	if three.Gist != d.sents[best].index {
		t.Errorf("Gist = %d, want %d, the body model's best", three.Gist, d.sents[best].index)
	}
	five := summarize(t, doc, Options{MaxSentences: 5})
	if len(five.KeyPoints) != 5 {
		t.Fatalf("got %d key points, want 5", len(five.KeyPoints))
	}
	if five.Gist != three.Gist {
		t.Errorf("five key points: Gist = %d, want %d as with three", five.Gist, three.Gist)
	}
	byScore := func(kps []KeyPoint) []int {
		kps = slices.Clone(kps)
		slices.SortStableFunc(kps, func(a, b KeyPoint) int { return cmp.Compare(b.Score, a.Score) })
		var out []int
		for _, kp := range kps {
			out = append(out, kp.Sentence)
		}
		return out
	}
	if got, want := byScore(five.KeyPoints)[:3], byScore(three.KeyPoints); !slices.Equal(got, want) {
		t.Errorf("five key points' best three are %v, want the three key points %v", got, want)
	}
	// The body model's best, in order: each point scores at least as
	// much under the model as any sentence left out.
	in := map[int]bool{}
	low := math.Inf(1)
	for _, kp := range three.KeyPoints {
		in[kp.Sentence] = true
	}
	for i := range d.sents {
		if in[d.sents[i].index] {
			low = min(low, r.body[i])
		}
	}
	for i := range d.sents {
		if !in[d.sents[i].index] && r.body[i] > low {
			t.Errorf("sentence %d scores %.3f, above key point's %.3f, and is left out", d.sents[i].index, r.body[i], low)
		}
	}
}

// A sentence that repeats the lead does not take a place in it: the next
// sentence does.
func TestSummarizeLeadSkipsRepeats(t *testing.T) {
	src := "The river burst its banks in the old town on Sunday. " +
		"Volunteers filled sandbags through the night. " +
		"On Sunday the river burst its banks in the old town. " +
		"The mayor asked residents to stay upstairs. " +
		"Trains between the two towns were cancelled."
	doc := newDoc(src, "")
	s := summarize(t, doc, Options{MaxSentences: 5})
	var got []int
	for _, kp := range s.KeyPoints {
		got = append(got, kp.Sentence)
	}
	if slices.Contains(got, 0) && slices.Contains(got, 2) {
		t.Errorf("key points are sentences %v: both 0 and its repeat 2", got)
	}
	if len(got) != 4 {
		t.Errorf("key points are sentences %v, want the 4 that are not repeats", got)
	}
	order := design{lead: math.MaxInt, margin: math.Inf(1)}
	if got := designPicks(t, src, order, 3); fmt.Sprint(got) != "[0 1 3]" {
		t.Errorf("document order: key points are sentences %v, want [0 1 3]", got)
	}
}

// Texts often come without line breaks, a whole story in one paragraph
// with a dateline glued to its first sentence; the summary is the same
// kind of lead.
func TestSummarizeOneParagraph(t *testing.T) {
	src := "(Harbour Wire)A pilot whale that swam into the harbour on Friday was guided back to sea by " +
		"two lifeboat crews on Saturday. The whale, about four metres long, had circled the inner basin for a day. " +
		"Crowds watched from the quay as the boats herded it past the breakwater. \"It was a careful job,\" " +
		"one of the crew said. Marine biologists will track the whale for a week."
	doc := newDoc(src, "")
	s := summarize(t, doc, Options{})
	if len(s.KeyPoints) != 3 {
		t.Fatalf("got %d key points, want 3", len(s.KeyPoints))
	}
	// The dated first sentence is a sentence of the story, not furniture.
	order := design{lead: math.MaxInt, margin: math.Inf(1)}
	if got := designPicks(t, src, order, 3); fmt.Sprint(got) != "[0 1 2]" {
		t.Errorf("document order: key points are sentences %v, want [0 1 2]", got)
	}
}

// embedded returns opts with the embedded model, as the engine passes it.
func embedded(tb testing.TB, opts Options) Options {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	opts.Model = m
	return opts
}

// Without a model Summarize says so rather than guess.
func TestSummarizeNeedsAModel(t *testing.T) {
	_, err := Summarize(context.Background(), newDoc("Talks failed. Both sides left.", ""), Options{})
	if !errors.Is(err, ErrNoModel) {
		t.Errorf("Summarize without a model = %v; want ErrNoModel", err)
	}
}
