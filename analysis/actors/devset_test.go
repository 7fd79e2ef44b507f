package actors

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// sharedDir holds the team's shared corpora and gold files, beside the
// repository.
const sharedDir = "../../../shared"

// goldFile is the part of a gold annotation file (design/gold-format.md)
// this test reads.
type goldFile struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	TextFile string `json:"text_file"`
	Text     string `json:"text"`
	Actors   []struct {
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases"`
		Required bool     `json:"required"`
	} `json:"actors"`
}

var (
	spaceRun   = regexp.MustCompile(`\s+`)
	leadingThe = regexp.MustCompile(`^the `)
	possessive = regexp.MustCompile(`'s$`)
)

// scorerNorm normalises a name as eval/score_analysis.py does before
// comparing: curly quotes straightened, lower case, spaces collapsed, a
// leading "the" and a final "'s" dropped, edge punctuation trimmed.
func scorerNorm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u00a0", " ").Replace(s)
	s = spaceRun.ReplaceAllString(strings.ToLower(strings.TrimSpace(s)), " ")
	s = leadingThe.ReplaceAllString(s, "")
	s = possessive.ReplaceAllString(s, "")
	return strings.Trim(s, " .,;:")
}

// TestDevSet runs Find on the shared dev gold texts and the seed article
// and logs, per file and in total, how many required gold actors some
// predicted actor matches by the scorer's rule (its name, an alias or a
// mention text equal to a gold name or alias after normalisation), and
// how many actors were predicted. It asserts nothing about the figures:
// the gold data belongs to the evaluation, and tuning to it would only
// overfit. Run with -v to see them.
func TestDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the dev-set run in -short mode")
	}
	files, _ := filepath.Glob(filepath.Join(sharedDir, "gold", "dev", "*.json"))
	if seed := filepath.Join(sharedDir, "seed", "gold.json"); fileExists(seed) {
		files = append(files, seed)
	}
	if len(files) == 0 {
		t.Skipf("no gold files under %s; the shared folder is not present", sharedDir)
	}
	var found, required, predicted int
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
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
		actors, err := Find(context.Background(), doc, Options{})
		if err != nil {
			t.Fatalf("%s: Find: %v", g.ID, err)
		}
		checkInvariants(t, src, actors)

		keys := map[string]bool{}
		for _, a := range actors {
			keys[scorerNorm(a.Name)] = true
			for _, al := range a.Aliases {
				keys[scorerNorm(al)] = true
			}
			for _, m := range a.Mentions {
				keys[scorerNorm(m.In(src))] = true
			}
		}
		var req, hit int
		var missed []string
		for _, ga := range g.Actors {
			if !ga.Required {
				continue
			}
			req++
			ok := keys[scorerNorm(ga.Name)]
			for _, al := range ga.Aliases {
				ok = ok || keys[scorerNorm(al)]
			}
			if ok {
				hit++
			} else {
				missed = append(missed, ga.Name)
			}
		}
		t.Logf("%-20s required actors matched %2d/%-2d  predicted %2d  missed %q", g.ID, hit, req, len(actors), missed)
		found += hit
		required += req
		predicted += len(actors)
	}
	t.Logf("total: required actors matched %d/%d (%.3f); %d actors predicted over %d files",
		found, required, float64(found)/float64(max(required, 1)), predicted, len(files))
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
