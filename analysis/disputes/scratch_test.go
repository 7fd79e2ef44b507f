package disputes

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// TestScratchReuse runs Find on the golden texts one after another and
// then from many goroutines at once, in a different order each time, and
// checks that every result equals the first one: the token and sentence
// arrays Find takes from scratchPool must carry nothing from the document
// that used them before.
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
		p, a, err := Find(context.Background(), ins[i].doc, ins[i].acts, Options{})
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

// TestLowerText checks lowerText against lower-casing rune by rune, on
// texts whose capitals and multi-byte runes fall at every position of the
// eight-byte blocks it skips through.
func TestLowerText(t *testing.T) {
	ref := func(src string) (string, bool) {
		var b strings.Builder
		for _, r := range src {
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != utf8.RuneLen(r) {
				return "", false
			}
			b.WriteRune(l)
		}
		return b.String(), true
	}
	bases := []string{
		"", "a", "A", "@[`{", "the quick brown fox jumps over the lazy dog",
		"THE QUICK BROWN FOX", "Zoë’s café in MÜNCHEN", "ÀÉÎÕÜ àéîõü", "Ωμέγα ΣΟΦΙΑ", "日本語のテキスト",
		"İstanbul", "KELVIN \u212a sign", "\xff\xfe bad UTF-8 \xc3", "tab\tand\nNEWLINE\x00NUL",
	}
	for _, base := range bases {
		for pad := range 9 {
			src := strings.Repeat("x", pad) + base + strings.Repeat("Q", pad)
			got, gotOK := lowerText(src)
			want, wantOK := ref(src)
			if !utf8.ValidString(src) {
				// The reference decodes a bad byte as U+FFFD; lowerText
				// keeps it, as it keeps every byte offset.
				want, wantOK = string(lowerBytes(src)), true
			}
			if gotOK != wantOK || gotOK && got != want {
				t.Errorf("lowerText(%q) = %q, %v; want %q, %v", src, got, gotOK, want, wantOK)
			}
		}
	}
}

// lowerBytes lower-cases the ASCII capitals of src and keeps every other
// byte, which is what lowerText does to text that is not UTF-8 and holds
// no other capitals.
func lowerBytes(src string) []byte {
	b := []byte(src)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}
