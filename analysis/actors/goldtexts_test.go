package actors

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// sharedDir holds the team's shared corpora and gold files, beside the
// repository.
const sharedDir = "../../../shared"

// TestInvariantsOnGoldTexts runs Find on the texts of the shared gold
// files (dev, train and the seed) and checks what every answer must
// satisfy on real articles: mentions in bounds and in order, names that
// are text, ids and salience as documented. The figures those texts give
// belong to make eval and make eval-cv, which score them with the
// project's scorer and cross-validate what is learned; a test here would
// only pin today's numbers.
func TestInvariantsOnGoldTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the gold texts in -short mode")
	}
	var files []string
	for _, dir := range []string{"gold/dev", "gold/train"} {
		fs, _ := filepath.Glob(filepath.Join(sharedDir, dir, "*.json"))
		files = append(files, fs...)
	}
	files = append(files, filepath.Join(sharedDir, "seed", "gold.json"))
	n := 0
	for _, path := range files {
		b, err := os.ReadFile(path)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			ID       string `json:"id"`
			TextFile string `json:"text_file"`
			Text     string `json:"text"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		src := g.Text
		if src == "" {
			tb, err := os.ReadFile(filepath.Join(filepath.Dir(path), g.TextFile))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			src = string(tb)
		}
		doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
		actors, err := Find(context.Background(), doc, tagged())
		if err != nil {
			t.Fatalf("%s: Find: %v", g.ID, err)
		}
		checkInvariants(t, src, actors)
		n++
	}
	if n == 0 {
		t.Skipf("no gold files under %s; the shared folder is not present", sharedDir)
	}
	t.Logf("%d gold texts checked", n)
}
