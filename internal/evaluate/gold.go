package evaluate

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// Gold is one hand-annotated article in the format of
// design/gold-format.md. Fields the scorer ignores (notes, positions,
// summary references) are not kept.
type Gold struct {
	ID string `json:"id"`
	// Text is the article. A file that gives "text_file" instead has it
	// read by LoadGold, relative to the gold file's folder.
	Text     string `json:"text"`
	TextFile string `json:"text_file"`
	// Title is the headline, when the file gives one (the dev gold does).
	Title      string        `json:"title"`
	Actors     []GoldActor   `json:"actors"`
	Disputes   []GoldPoint   `json:"disputes"`
	Agreements []GoldPoint   `json:"agreements"`
	Path       string        `json:"-"` // the gold file, for messages
	spans      [][]goldSpans // per kind (disputes, agreements), per point
}

// GoldActor is one actor of a gold file.
type GoldActor struct {
	Name string `json:"name"`
	// Type is the ActorType without its prefix: "PERSON", "COUNTRY", ...
	Type     string   `json:"type"`
	Required bool     `json:"required"`
	Aliases  []string `json:"aliases"`
	// MentionsInText are the distinct surface forms in this text; alias
	// merge is measured over them.
	MentionsInText []string `json:"mentions_in_text"`
	Roles          []string `json:"roles"`
}

// GoldPoint is one disputed point or agreement of a gold file.
type GoldPoint struct {
	ID string `json:"id"`
	// Required is nil when the file does not say: disputes then count as
	// optional and agreements as required, as in the scorer.
	Required *bool    `json:"required"`
	Parties  []string `json:"parties"`
	// Topic is the reader's short noun phrase for what is at issue.
	Topic string `json:"topic"`
	// Evidence are exact sentences of the text.
	Evidence []string `json:"evidence"`
}

// required resolves Required with the scorer's default for the kind.
func (p *GoldPoint) required(def bool) bool {
	if p.Required == nil {
		return def
	}
	return *p.Required
}

// goldSpans are one point's evidence as code point spans, or the error of
// an evidence string missing from the text. The error is kept, not raised
// at load, because the scorer raises it only when a prediction is compared
// with that point.
type goldSpans struct {
	spans [][2]int
	err   error
}

// LoadGold reads one gold file, or every *.json file of a folder in name
// order, as score_analysis.py's load_gold does, and reads the texts that
// files name with "text_file".
func LoadGold(path string) ([]*Gold, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: gold: %w", err)
	}
	files := []string{path}
	if fi.IsDir() {
		ents, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("evaluate: gold: %w", err)
		}
		files = files[:0]
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".json") {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
		// Byte order of UTF-8 names is code point order, Python's sorted().
		slices.Sort(files)
	}
	golds := make([]*Gold, 0, len(files))
	for _, f := range files {
		g, err := loadGoldFile(f)
		if err != nil {
			return nil, err
		}
		golds = append(golds, g)
	}
	return golds, nil
}

// loadGoldFile reads one gold file and its text.
func loadGoldFile(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evaluate: gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("evaluate: gold %s: %w", path, err)
	}
	g.Path = path
	if g.ID == "" {
		return nil, fmt.Errorf("evaluate: gold %s: no id", path)
	}
	// The id names the prediction file; keep it inside the folder.
	if strings.ContainsAny(g.ID, `/\`) || g.ID == "." || g.ID == ".." {
		return nil, fmt.Errorf("evaluate: gold %s: id %q cannot be a file name", path, g.ID)
	}
	if !hasKey(data, "text") {
		if g.TextFile == "" {
			return nil, fmt.Errorf("evaluate: gold %s: neither text nor text_file", path)
		}
		tf := g.TextFile
		if !filepath.IsAbs(tf) {
			tf = filepath.Join(filepath.Dir(path), tf)
		}
		t, err := ReadText(tf)
		if err != nil {
			return nil, fmt.Errorf("evaluate: gold %s: %w", path, err)
		}
		g.Text = t
	}
	if !utf8.ValidString(g.Text) {
		return nil, fmt.Errorf("evaluate: gold %s: text is not valid UTF-8", path)
	}
	g.spans = [][]goldSpans{pointSpans(g.Text, g.Disputes), pointSpans(g.Text, g.Agreements)}
	return &g, nil
}

// hasKey reports whether the JSON object data has key at its top level;
// an empty "text" still counts as given, as in the scorer.
func hasKey(data []byte, key string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return false
	}
	_, ok := m[key]
	return ok
}

// ReadText reads a UTF-8 text file as Python's open(encoding="utf-8").read()
// does: "\r\n" and lone "\r" become "\n" (universal newlines). Offsets
// computed here then agree with the scorer's string indices.
func ReadText(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%s is not valid UTF-8", path)
	}
	s := string(b)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

// pointSpans finds each point's evidence in text, as the scorer's spans_of.
func pointSpans(text string, points []GoldPoint) []goldSpans {
	out := make([]goldSpans, len(points))
	for k, p := range points {
		for _, ev := range p.Evidence {
			i := strings.Index(text, ev)
			if i < 0 {
				r := []rune(ev)
				out[k].err = fmt.Errorf("gold evidence not in text: %q", string(r[:min(len(r), 60)]))
				break
			}
			b := utf8.RuneCountInString(text[:i])
			out[k].spans = append(out[k].spans, [2]int{b, b + utf8.RuneCountInString(ev)})
		}
	}
	return out
}

// DocumentTitle is the title to send with g: its "title" unless the text's
// first non-blank line already is that headline (see the package doc).
func (g *Gold) DocumentTitle() string {
	return titleToSend(g.Title, g.Text)
}

// titleToSend returns title, or "" when text opens with it.
func titleToSend(title, text string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return ""
	}
	rest := strings.TrimLeft(text, " \t\r\n")
	first, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(first) == title {
		return ""
	}
	return title
}
