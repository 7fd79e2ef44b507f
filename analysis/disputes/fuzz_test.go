package disputes

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzFind checks Find's invariants on arbitrary text: no panic, every
// statement and evidence span text of the document, ids and order as
// documented. The actors are fixed; whatever of their names the text holds
// becomes mentions.
func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("İstanbul Dock Board said: \"The Harbour Trust lied.\n\n\"It rejects\" he said ' « » “ ” \" ;")
	f.Add("But he said she denied it. The party's leader, the prime minister, said the company was wrong, said Mr Hale.")
	f.Add("According to\nthe Harbour Trust\n\nHale's refusal to accept the offer")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		specs := []spec{hale, okonkwo, trust, council, org("İstanbul Dock Board"), country("Velmar", "Velmarian")}
		doc, acts := newDoc(t, src, specs...)
		find(t, doc, acts)
	})
}
