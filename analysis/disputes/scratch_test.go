package disputes

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// TestScratchReuse runs Find on the golden texts one after another and
// then from many goroutines at once, in a different order each time, and
// checks that every result equals the first one: the token, sentence and
// mention arrays actors.Read takes from its pool, and Release gives back,
// must carry nothing from the document that used them before.
func TestScratchReuse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden texts: %v", err)
	}
	type input struct {
		doc  *text.Document
		acts []actors.Actor
	}
	type output struct {
		points []Point
		agreed []Agreement
	}
	var ins []input
	var want []output
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, acts := newDoc(t, string(data), readSpecs(t, strings.TrimSuffix(f, ".txt")+".actors")...)
		ins = append(ins, input{doc, acts})
		p, a := find(t, doc, acts)
		want = append(want, output{p, a})
	}
	check := func(i int) {
		p, a, err := findDoc(context.Background(), ins[i].doc, ins[i].acts, withModel(t))
		if err != nil {
			t.Error(err)
			return
		}
		if !reflect.DeepEqual(output{p, a}, want[i]) {
			t.Errorf("%s: Find differs when run after or beside other documents", files[i])
		}
	}
	// In reverse, so that each document reuses arrays of another.
	for i := len(ins) - 1; i >= 0; i-- {
		check(i)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 4 * len(ins) {
				check((n*7 + g) % len(ins))
			}
		}()
	}
	wg.Wait()
}
