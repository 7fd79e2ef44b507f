package ner

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/ner/internal/conll"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// tinyCorpus is a handful of sentences written for the tests: enough for
// the perceptron to learn them, with each type and multi-word names.
var tinyCorpus = [][]string{
	{"Maria/B-PER Lopez/I-PER visited/O Berlin/B-LOC ./O"},
	{"Acme/B-ORG Corp/I-ORG hired/O Maria/B-PER Lopez/I-PER ./O", "The/O Zorbian/B-MISC team/O lost/O in/O Paris/B-LOC ./O"},
	{"John/B-PER Kemp/I-PER of/O Acme/B-ORG Corp/I-ORG flew/O to/O Oslo/B-LOC ./O"},
	{"Kemp/B-PER said/O the/O Zorbian/B-MISC vote/O in/O Berlin/B-LOC was/O fair/O ./O"},
}

func tinyDocs(tb testing.TB) [][]Sentence {
	tb.Helper()
	var docs [][]Sentence
	for _, d := range tinyCorpus {
		var doc []Sentence
		for _, line := range d {
			var s Sentence
			for _, f := range strings.Fields(line) {
				w, tag, ok := strings.Cut(f, "/")
				if !ok {
					tb.Fatalf("bad token %q", f)
				}
				s.Words = append(s.Words, w)
				s.Tags = append(s.Tags, tag)
			}
			doc = append(doc, s)
		}
		docs = append(docs, doc)
	}
	return docs
}

const tinyClusters = "# test clusters\n0000\tMaria\t3\n0001\tJohn\t2\n0010\tKemp\t3\n0011\tLopez\t2\n10\tBerlin\t2\n11\tParis\t1\n111\tOslo\t1\n"

func trainTiny(tb testing.TB) *Tagger {
	tb.Helper()
	tg, err := Train(tinyDocs(tb), TrainOptions{Epochs: 10, Seed: 7, Clusters: tinyClusters})
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// TestTrainTiny trains on the tiny corpus and checks that the model tags
// its own sentences right, survives writing and reading, and that training
// is deterministic to the byte.
func TestTrainTiny(t *testing.T) {
	tg := trainTiny(t)
	var buf1, buf2 bytes.Buffer
	if _, err := tg.WriteTo(&buf1); err != nil {
		t.Fatal(err)
	}
	if _, err := trainTiny(t).WriteTo(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf1.Bytes(), buf2.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
	loaded, err := Load(bytes.NewReader(buf1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range tinyDocs(t) {
		for _, s := range d {
			for name, m := range map[string]*Tagger{"trained": tg, "loaded": loaded} {
				if got := m.AppendTags(nil, s.Words); !slices.Equal(got, s.Tags) {
					t.Errorf("%s: AppendTags(%v)\n got  %v\n want %v", name, s.Words, got, s.Tags)
				}
			}
		}
	}
	// Raw text with a possessive the CoNLL tokens split off.
	src := "John Kemp's staff visited Oslo."
	toks := text.AppendTokens(nil, src, text.Span{Start: 0, End: len(src)})
	got := formatEntities(src, loaded.AppendEntities(nil, src, toks))
	if want := "PER[John Kemp] LOC[Oslo]"; got != want {
		t.Errorf("AppendEntities(%q) = %s, want %s", src, got, want)
	}
}

func formatEntities(src string, es []Entity) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, e.Type.String()+"["+e.Span.In(src)+"]")
	}
	return strings.Join(parts, " ")
}

// TestPrecomputedScores checks that the tagger's precomputed sums give
// the emission scores that the plain feature extraction used in training
// gives, for known and unknown words.
func TestPrecomputedScores(t *testing.T) {
	tg := trainTiny(t)
	for _, words := range [][]string{
		{"Maria", "Lopez", "visited", "Berlin", "."},
		{"NEW", "Acme", "Corp", "Zorbian", "in", "Oslo", "Ünterberg's", "JOHN"},
	} {
		st := tg.getState()
		st.strs = append(st.strs[:0], words...)
		tg.tagSentence(st)
		var fx extractor
		var doc docInfo
		doc.reset()
		fx.doc = &doc
		fx.sentence(tg.lx, words)
		doc.observe(fx.ws)
		for i := range words {
			want := make([]int32, nTags)
			for _, k := range fx.features(tg.lx, i) {
				if r, ok := tg.index[k]; ok {
					for x := range want {
						want[x] += int32(tg.w[int(r)*nTags+x])
					}
				}
			}
			if got := st.em[i*nTags : (i+1)*nTags]; !slices.Equal(got, want) {
				t.Fatalf("%v word %d: precomputed %v, extracted %v", words, i, got, want)
			}
		}
	}
}

func TestBILOU(t *testing.T) {
	got := bilou(nil, []string{"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-MISC", "I-MISC"})
	want := []uint8{
		makeTag(PER, posB), makeTag(PER, posI), makeTag(PER, posL), 0,
		makeTag(LOC, posU), makeTag(LOC, posU), makeTag(ORG, posU), makeTag(MISC, posB), makeTag(MISC, posL),
	}
	if !slices.Equal(got, want) {
		t.Errorf("bilou = %v, want %v", got, want)
	}
	for prev := range uint8(nTags + 1) {
		for cur := range uint8(nTags) {
			ok := allowed(prev, cur)
			open := prev < nTags && prev != 0 && tagPos(prev) <= posI
			want := !open && (cur == 0 || tagPos(cur) == posB || tagPos(cur) == posU) ||
				open && cur != 0 && tagType(cur) == tagType(prev) && (tagPos(cur) == posI || tagPos(cur) == posL)
			if ok != want {
				t.Errorf("allowed(%d, %d) = %v", prev, cur, ok)
			}
		}
	}
	if PER.String() != "PER" || MISC.String() != "MISC" || Type(9).String() != "Type(9)" {
		t.Error("Type.String")
	}
}

func TestDefault(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ src, want string }{
		{"Tony Blair met Jacques Chirac in Paris on Monday.", "PER[Tony Blair] PER[Jacques Chirac] LOC[Paris]"},
		{"Mr Blair's spokesman said the European Union would act.", "PER[Blair] ORG[European Union]"},
	}
	for _, tt := range tests {
		if got := formatEntities(tt.src, tg.Tag(tt.src)); got != tt.want {
			t.Errorf("Tag(%q) = %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestAppendEntitiesAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	src := "Gordon Brown told the BBC that Labour would win in Scotland, despite the Tories' claims."
	toks := text.AppendTokens(nil, src, text.Span{Start: 0, End: len(src)})
	dst := make([]Entity, 0, 16)
	tg.AppendEntities(dst, src, toks) // warm the pool
	if n := testing.AllocsPerRun(100, func() { dst = tg.AppendEntities(dst[:0], src, toks) }); n != 0 {
		t.Errorf("AppendEntities: got %v allocs, want zero", n)
	}
	sents := text.Sentences(src)
	if n := testing.AllocsPerRun(100, func() { dst = tg.AppendDocument(dst[:0], src, sents) }); n != 0 {
		t.Errorf("AppendDocument: got %v allocs, want zero", n)
	}
}

// TestDevF1 tags CoNLL-2003 dev as documents and checks the score the
// model was tuned to (doc.go lists the figures).
func TestDevF1(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the CoNLL-2003 dev run in -short mode")
	}
	docs, err := conll.ReadFile(filepath.Join(conllDir, "dev.txt"))
	if err != nil {
		t.Skipf("CoNLL-2003 not available (%v); skipping", err)
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var s conll.Score
	var words [][]string
	var pred []string
	for _, d := range docs {
		words = words[:0]
		for _, x := range d.Sentences {
			words = append(words, x.Tokens)
		}
		pred = tg.AppendDocumentTags(pred[:0], words)
		for _, x := range d.Sentences {
			s.Add(x.Tags, pred[:len(x.Tags)])
			pred = pred[len(x.Tags):]
		}
	}
	t.Logf("dev:\n%s", s.Format())
	if f1 := 100 * s.Overall.F1(); f1 < minDevF1 {
		t.Errorf("dev F1 = %.2f, want >= %.2f", f1, minDevF1)
	}
}

// TestBBCSamples prints the entities of three BBC politics articles (the
// first, and two with "Mr Blair", "the Tories" and "Downing Street"), for a
// reader to judge how the tagger does outside Reuters (go test -v -run
// BBC). It checks only that each article yields entities.
func TestBBCSamples(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the BBC samples in -short mode")
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"001.txt", "007.txt", "099.txt"} {
		b, err := os.ReadFile(filepath.Join("../../../shared/corpora/bbc/politics", name))
		if err != nil {
			t.Skipf("BBC corpus not available (%v); skipping", err)
		}
		src := string(b)
		es := tg.Tag(src)
		if len(es) == 0 {
			t.Errorf("politics/%s: no entities", name)
		}
		var lines []string
		for _, e := range es {
			lines = append(lines, e.Type.String()+" "+e.Span.In(src))
		}
		t.Logf("politics/%s: %d entities: %s", name, len(es), strings.Join(lines, "; "))
	}
}

// TestConcurrent tags from several goroutines at once; under -race it
// checks that the shared tagger and its pool are safe.
func TestConcurrent(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	srcs := []string{
		"Gordon Brown told the BBC that Labour would win in Scotland.",
		"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
		"Shares in Vodafone rose 3% in London after the deal with Verizon.",
	}
	want := make([]string, len(srcs))
	for i, s := range srcs {
		want[i] = formatEntities(s, tg.Tag(s))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for n := range 20 {
				i := (g + n) % len(srcs)
				if got := formatEntities(srcs[i], tg.Tag(srcs[i])); got != want[i] {
					t.Errorf("goroutine %d: Tag(%q) = %s, want %s", g, srcs[i], got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestLoadErrors(t *testing.T) {
	var good bytes.Buffer
	if _, err := trainTiny(t).WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good.Bytes()[:good.Len()/2],
	} {
		if _, err := Load(bytes.NewReader(data)); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: Load error = %v, want ErrBadModel", name, err)
		}
	}
}

// AppendText, which reads the tokens a text.Document already has, finds
// exactly what AppendDocument finds from the text.
func TestAppendTextMatchesAppendDocument(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	srcs := []string{
		"Ms Ilse Vandermeer's office in Brussels said the Liberal Party would not back the bill.\n\nMr Okafor, who leads the Harbour Workers Union, called it \"a betrayal\". Talks resume in Lagos on Monday.",
		"MINISTERS MEET IN OSLO\n\nThe Norwegian government's plan was welcomed by the World Bank and Mrs Ødegård.",
		"",
	}
	if b, err := os.ReadFile("../../../shared/corpora/bbc/politics/007.txt"); err == nil {
		srcs = append(srcs, string(b))
	}
	for _, src := range srcs {
		want := tg.AppendDocument(nil, src, text.Sentences(src))
		got := tg.AppendText(nil, text.NewDocument(src, ""))
		if !slices.Equal(got, want) {
			t.Errorf("AppendText = %v, want %v as AppendDocument gives, for %.40q...", got, want, src)
		}
	}
}

// DefaultVersion names the model file actually embedded.
func TestDefaultVersion(t *testing.T) {
	b, err := os.ReadFile("model/ner.model.gz")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got, want := DefaultVersion(), "conll2003-perceptron-"+hex.EncodeToString(sum[:6]); got != want {
		t.Errorf("DefaultVersion() = %q, want %q", got, want)
	}
}

// The embedded model was trained with the gazetteer tables the package
// now reads: its gazetteer features mean what its weights learnt. A change
// to analysis/gazetteer's data (extra.tsv included) needs make train-ner.
func TestModelMatchesGazetteer(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tg.lx.gaz == nil {
		t.Skip("the model has no gazetteer features")
	}
	if got, want := tg.gazDigest, tg.lx.gaz.digest(); got != want {
		t.Errorf("the embedded model was trained with gazetteer digest %.12q, the tables now give %.12q: run make train-ner and commit the model", got, want)
	}
}
