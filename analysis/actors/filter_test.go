package actors

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// syntheticExamples are proposals where a name said once after a word for
// a work is never listed, and every other name is, required when it acts.
func syntheticExamples() []FilterExample {
	var exs []FilterExample
	for i := range 200 {
		var x Features
		x[xBias] = 1
		x[xOnce] = float64(i % 2)
		x[xWorkNoun] = float64(i % 3 / 2) // one in three
		x[xSubject] = float64(i % 5 % 2)
		listed := x[xWorkNoun] == 0
		exs = append(exs, FilterExample{Features: x, Listed: listed, Required: listed && x[xSubject] == 1})
	}
	return exs
}

func TestTrainFilterLearnsWhatReadersDrop(t *testing.T) {
	f := TrainFilter(syntheticExamples(), 0)
	if f.w[xWorkNoun] >= 0 {
		t.Errorf("weight of %s = %g; want it negative", featureNames[xWorkNoun], f.w[xWorkNoun])
	}
	var work, plain Features
	work[xBias], work[xWorkNoun] = 1, 1
	plain[xBias] = 1
	if f.Keep(&work) {
		t.Errorf("Keep(after a word for a work) = true, p %.3f, threshold %.3f", f.Prob(&work), f.threshold)
	}
	if !f.Keep(&plain) {
		t.Errorf("Keep(plain name) = false, p %.3f, threshold %.3f", f.Prob(&plain), f.threshold)
	}
}

func TestTrainFilterSameBytesTwice(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := TrainFilter(syntheticExamples(), 3).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := TrainFilter(syntheticExamples(), 3).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings on the same examples wrote different filters")
	}
	back, err := ReadFilter(&a)
	if err != nil {
		t.Fatal(err)
	}
	if trained := TrainFilter(syntheticExamples(), 3); *back != *trained {
		t.Errorf("the filter read back from its file is not the one trained:\n%+v\nwant\n%+v", *back, *trained)
	}
	var c bytes.Buffer
	back.WriteTo(&c)
	if !bytes.Equal(b.Bytes(), c.Bytes()) {
		t.Errorf("a filter read back writes\n%s\nwant\n%s", c.String(), b.String())
	}
}

func TestReadFilterRejects(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"no header", "threshold\t0.5\n", "first line"},
		{"unknown feature", filterHeader + "\nthreshold\t0.5\nshoe-size\t1\n", "no feature"},
		{"bad weight", filterHeader + "\nthreshold\t0.5\nbias\tNaN\n", "bad number"},
		{"no threshold", filterHeader + "\nbias\t1\n", "no threshold"},
		{"one field", filterHeader + "\nbias\n", "want a name"},
		{"feature twice", fullFilter(0.5) + "bias\t2\n", "twice"},
		{"threshold twice", fullFilter(0.5) + "threshold\t0.4\n", "twice"},
		{"feature missing", strings.Replace(fullFilter(0.5), "bias\t1\n", "", 1), "no weight for"},
		{"threshold above 1", fullFilter(1.5), "threshold"},
		{"threshold below 0", fullFilter(-0.1), "threshold"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadFilter(strings.NewReader(tc.file))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ReadFilter error = %v; want one saying %q", err, tc.want)
			}
		})
	}
}

// fullFilter is a filter file with every feature's weight 1 and the given
// threshold.
func fullFilter(threshold float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nthreshold\t%g\n", filterHeader, threshold)
	for _, name := range featureNames {
		b.WriteString(name + "\t1\n")
	}
	return b.String()
}

func TestReadFilterAcceptsFull(t *testing.T) {
	f, err := ReadFilter(strings.NewReader(fullFilter(0.5)))
	if err != nil {
		t.Fatal(err)
	}
	if f.threshold != 0.5 || f.w[xLowerGroup] != 1 {
		t.Errorf("threshold %g, last weight %g; want 0.5 and 1", f.threshold, f.w[xLowerGroup])
	}
}

func TestFindNeedsFilter(t *testing.T) {
	opts := tagged()
	opts.Filter = nil
	doc := text.NewDocument("Nadia Ferrante met Edwin Marsh in Paris.", "")
	if _, err := Find(context.Background(), doc, opts); err != ErrNoFilter {
		t.Errorf("Find without a filter: err = %v; want ErrNoFilter", err)
	}
}

// TestProposalsDescribeWorks checks the features on a text of our own: the
// title of a film said once in quotation marks after "film" reads as a
// work, the company that acts reads as a subject.
func TestProposalsDescribeWorks(t *testing.T) {
	src := "Harbin Motors said on Monday it would fund the film \"Quiet Harbour\", which opens next year. " +
		"The company expects the film to do well."
	found, byName := proposalFeatures(t, src)
	firm, ok := byName["Harbin Motors"]
	if !ok {
		t.Fatalf("no proposal for Harbin Motors among %v", found)
	}
	if firm[xSubject] == 0 || firm[xWorkNoun] != 0 {
		t.Errorf("Harbin Motors: subject %g, work-noun %g; want a subject, no work noun", firm[xSubject], firm[xWorkNoun])
	}
	film, ok := byName["Quiet Harbour"]
	if !ok {
		t.Fatalf("no proposal for Quiet Harbour among %v", found)
	}
	if film[xWorkNoun] != 1 || film[xQuoted] != 1 {
		t.Errorf("Quiet Harbour: work-noun %g, quoted %g; want both", film[xWorkNoun], film[xQuoted])
	}
}

// TestGroupNamedOnceIsWeighed: a lower-case group named once is a
// proposal the filter weighs (a side the disputes stage may take), where
// one named twice and acting is an actor whatever the filter says.
func TestGroupNamedOnceIsWeighed(t *testing.T) {
	src := "The Ferngate Trust said nurses were paid fairly. Junior doctors said they would strike. " +
		"The doctors will strike unless the trust relents."
	found, err := Find(context.Background(), text.NewDocument(src, ""), tagged())
	if err != nil {
		t.Fatal(err)
	}
	conf := map[string]float64{}
	for _, a := range found {
		if a.Type == Group {
			conf[a.Name] = a.Confidence
		}
	}
	if c, ok := conf["nurses"]; !ok || c >= 1 {
		t.Errorf("nurses: proposed %v, confidence %.3f; want a proposal the filter weighs (below 1)", ok, c)
	}
	if c := conf["doctors"]; c != 1 {
		t.Errorf("doctors: confidence %.3f, groups %v; want 1, an actor named twice", c, conf)
	}
}

// TestAfterWorkWord checks which names follow a word for a work, on texts
// of our own: right before the name, before its quotation mark, after
// "such as", and before a list the name ends; a name after other names
// or after a work's own person is no title.
func TestAfterWorkWord(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The film Quiet Harbour opens today.", "Quiet Harbour", true},
		{"She starred in the musical 'Tide Mill' last year.", "Tide Mill", true},
		{"Critics prefer films such as Quiet Harbour, Tide and Long Dusk.", "Quiet Harbour", true},
		{"Critics prefer films such as Quiet Harbour, Tide and Long Dusk.", "Tide", true},
		{"Critics prefer films such as Quiet Harbour, Tide and Long Dusk.", "Long Dusk", true},
		{"The albums Tide and Pale Halo 2 sold well.", "Pale Halo", true},
		{"Halden Foods and Quorra Labs agreed a deal.", "Quorra Labs", false},
		{"The film's director, Ana Lenz, spoke first.", "Ana Lenz", false},
		{"Fans of the show met Ana Lenz and Tomas Brel in Vell.", "Tomas Brel", false},
		{"Ana Lenz, Tomas Brel and Ilka Berg met in Vell.", "Ilka Berg", false},
	}
	for _, tt := range tests {
		d, err := newDocument(context.Background(), text.NewDocument(tt.text, ""), gazetteer.Default())
		if err != nil {
			t.Fatal(err)
		}
		at := tokenStarting(d, strings.Index(tt.text, tt.name))
		if at < 0 {
			t.Fatalf("%q: no token starts %q", tt.text, tt.name)
		}
		if got := afterWorkWord(d, at, d.sent[d.sentenceOf(at)]); got != tt.want {
			t.Errorf("afterWorkWord(%q in %q) = %v; want %v", tt.name, tt.text, got, tt.want)
		}
		d.release()
	}
}

// tokenStarting returns the index of d's token that starts at byte offset off,
// or -1.
func tokenStarting(d *document, off int) int {
	for i, tk := range d.toks {
		if tk.Start == off {
			return i
		}
	}
	return -1
}

// TestProposalsDescribeTitles checks the features of what follows a name
// and of its words on a text of our own: a game's title with its number,
// a film series named before "movies", a title made of ordinary words,
// against a company with a name of its own.
func TestProposalsDescribeTitles(t *testing.T) {
	src := "Harbin Motors said on Monday that Storm Pass 2 would be its last game. " +
		"The firm also backed the Quill Hollow movies and Silver Morning, which Harbin Motors sold in May."
	found, byName := proposalFeatures(t, src)
	for _, tc := range []struct {
		name    string
		feature int
		want    float64
	}{
		{"Harbin Motors", xNumberAfter, 0},
		{"Harbin Motors", xWorkAfter, 0},
		{"Harbin Motors", xOrdinary, 0},
		{"Storm Pass", xNumberAfter, 1},
		{"Quill Hollow", xWorkAfter, 1},
		{"Silver Morning", xOrdinary, 1},
	} {
		x, ok := byName[tc.name]
		if !ok {
			t.Errorf("no proposal for %s among %v", tc.name, found)
			continue
		}
		if x[tc.feature] != tc.want {
			t.Errorf("%s: %s = %g; want %g", tc.name, featureNames[tc.feature], x[tc.feature], tc.want)
		}
	}
}

// proposalFeatures returns the actors proposed for src and the features
// of each, by name.
func proposalFeatures(t *testing.T, src string) ([]Actor, map[string]Features) {
	t.Helper()
	found, feats, err := Proposals(context.Background(), text.NewDocument(src, ""), tagged())
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Features{}
	for i, a := range found {
		byName[a.Name] = feats[i]
	}
	return found, byName
}

// TestHeadClass checks the word class of a name's last word on a text of
// our own: names that end in the same word are in the same class, one
// class and no more, and a name whose last word the tagger's clusters
// lack is in none.
func TestHeadClass(t *testing.T) {
	src := "The Ferry Pilots Union said on Monday that the Halden Union would join the strike. " +
		"Quorra Vexnar Zqoltrim said it would not."
	found, byName := proposalFeatures(t, src)
	class := func(name string) (int, int) {
		x, ok := byName[name]
		if !ok {
			t.Fatalf("no proposal for %s among %v", name, found)
		}
		which, n := -1, 0
		for c := range headClasses {
			if x[xHeadClass+c] != 0 {
				which, n = c, n+1
			}
		}
		return which, n
	}
	ferry, n := class("Ferry Pilots Union")
	if n != 1 {
		t.Fatalf("Ferry Pilots Union is in %d head classes; want 1", n)
	}
	if halden, _ := class("Halden Union"); halden != ferry {
		t.Errorf("Halden Union in head class %d, Ferry Pilots Union in %d; want the same, as both end in Union", halden, ferry)
	}
	if _, n := class("Quorra Vexnar Zqoltrim"); n != 0 {
		t.Errorf("Quorra Vexnar Zqoltrim is in %d head classes; want none for a word the clusters lack", n)
	}
}

// TestTagsByType checks that the tagger's shares are copied into the block
// of the rules' type and no other, on a text of our own.
func TestTagsByType(t *testing.T) {
	src := "Harbin Motors said on Monday that Ana Lenz would lead it. Ms Lenz said she was glad."
	found, byName := proposalFeatures(t, src)
	for _, name := range []string{"Harbin Motors", "Ana Lenz"} {
		x, ok := byName[name]
		if !ok {
			t.Fatalf("no proposal for %s among %v", name, found)
		}
		typed := 0
		for i, typ := range typedFeatures {
			block := x[xTypeTag+i*len(tagShares) : xTypeTag+(i+1)*len(tagShares)]
			for j, tag := range tagShares {
				want := 0.0
				if x[typ] == 1 {
					want = x[tag]
				}
				if block[j] != want {
					t.Errorf("%s: %s = %g; want %g", name, featureNames[xTypeTag+i*len(tagShares)+j], block[j], want)
				}
			}
			if x[typ] == 1 {
				typed++
			}
		}
		if typed != 1 {
			t.Errorf("%s has %d types among the typed features; want 1", name, typed)
		}
	}
}
