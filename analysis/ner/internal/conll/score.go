package conll

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Chunk is one entity of a tag sequence: its type and token range
// [Start, End).
type Chunk struct {
	Type       string
	Start, End int
}

// split divides a tag into its prefix (B, I, E, S, L, U or O) and type.
func split(tag string) (prefix, typ string) {
	p, t, ok := strings.Cut(tag, "-")
	if tag == "O" || !ok {
		return "O", ""
	}
	return p, t
}

// Chunks returns the entities of a tag sequence the way conlleval counts
// them: IOB1, IOB2 and IOBES (also written BILOU) are all read, and an I-
// tag after O or after another type starts an entity.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	prevP, prevT := "O", ""
	for i := 0; i <= len(tags); i++ {
		p, t := "O", ""
		if i < len(tags) {
			p, t = split(tags[i])
		}
		// L and U are the BILOU spellings of E and S.
		switch p {
		case "L":
			p = "E"
		case "U":
			p = "S"
		}
		if start >= 0 && chunkEnd(prevP, prevT, p, t) {
			out = append(out, Chunk{typ, start, i})
			start = -1
		}
		if chunkStart(prevP, prevT, p, t) {
			start, typ = i, t
		}
		prevP, prevT = p, t
	}
	return out
}

func chunkEnd(prevP, prevT, p, t string) bool {
	switch {
	case prevP == "O":
		return false
	case p == "O" || p == "B" || p == "S":
		return true
	case prevP == "E" || prevP == "S":
		return true
	}
	return prevT != t
}

func chunkStart(prevP, prevT, p, t string) bool {
	switch {
	case p == "O":
		return false
	case p == "B" || p == "S":
		return true
	case prevP == "O" || prevP == "E" || prevP == "S":
		return true
	}
	return prevT != t
}

// Counts are the entity counts behind precision and recall.
type Counts struct {
	Correct, Predicted, Gold int
}

// Precision is Correct/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold, 0 when there is no gold entity.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is an evaluation of predicted against gold tags.
type Score struct {
	Sentences, Tokens, TokensCorrect int
	Overall                          Counts
	Types                            map[string]Counts
}

// Add scores one sentence's gold and predicted tags.
func (s *Score) Add(gold, pred []string) {
	if s.Types == nil {
		s.Types = map[string]Counts{}
	}
	s.Sentences++
	s.Tokens += len(gold)
	for i := range gold {
		if i < len(pred) && gold[i] == pred[i] {
			s.TokensCorrect++
		}
	}
	g, p := Chunks(gold), Chunks(pred)
	for _, c := range g {
		tc := s.Types[c.Type]
		tc.Gold++
		if slices.Contains(p, c) {
			tc.Correct++
			s.Overall.Correct++
		}
		s.Types[c.Type] = tc
		s.Overall.Gold++
	}
	for _, c := range p {
		tc := s.Types[c.Type]
		tc.Predicted++
		s.Types[c.Type] = tc
		s.Overall.Predicted++
	}
}

// ScoreReader scores a file in the form conlleval reads: one token a line,
// the last two columns the gold and the predicted tag, blank lines between
// sentences, -DOCSTART- lines skipped.
func ScoreReader(r io.Reader) (Score, error) {
	var s Score
	var gold, pred []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			if len(gold) > 0 {
				s.Add(gold, pred)
			}
			gold, pred = gold[:0], pred[:0]
		case f[0] == "-DOCSTART-":
		case len(f) < 2:
			return s, fmt.Errorf("conll: line %q: want at least 2 columns", sc.Text())
		default:
			gold = append(gold, f[len(f)-2])
			pred = append(pred, f[len(f)-1])
		}
	}
	if len(gold) > 0 {
		s.Add(gold, pred)
	}
	if err := sc.Err(); err != nil {
		return s, fmt.Errorf("conll: %w", err)
	}
	if s.Types == nil {
		s.Types = map[string]Counts{}
	}
	return s, nil
}

// Format prints the score in the exact layout of conlleval.py's report,
// so that the two can be compared line by line.
func (s Score) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sentences %d, tokens %d, token accuracy %.2f%%\n", s.Sentences, s.Tokens, 100*ratio(s.TokensCorrect, s.Tokens))
	line := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-8s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (%d predicted, %d gold)\n",
			name, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Predicted, c.Gold)
	}
	line("overall", s.Overall)
	types := make([]string, 0, len(s.Types))
	for t := range s.Types {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		line(t, s.Types[t])
	}
	return b.String()
}
