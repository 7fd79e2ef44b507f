// Package rouge scores extractive summaries exactly as the project's
// independent scorer, ../shared/eval/rouge.py, does, so that training and
// evaluation can compute in-process the figures a reviewer gets from the
// script, and the evaluation can check that the two agree.
//
// Tokens are rouge.py's: lower case, runs of ASCII letters and digits,
// tokens longer than three characters stemmed by Porter's original
// algorithm ([Stem]) when stemming is on. Scores are F1 in 0..1; [Totals]
// averages them over documents and multiplies by 100, as the script
// prints them.
package rouge

import (
	"strings"
	"unicode/utf8"
)

// Scores are the four F1 figures of one summary, or their means.
type Scores struct {
	Rouge1, Rouge2, RougeL, RougeLsum float64
}

// Scorer scores summaries. The zero value does not stem; use New.
type Scorer struct {
	stem  bool
	cache map[string]string
}

// New returns a Scorer that stems tokens when stem is true, as rouge.py
// does when NLTK's Porter stemmer is importable. A Scorer caches stems and
// is not safe for concurrent use.
func New(stem bool) *Scorer {
	return &Scorer{stem: stem, cache: make(map[string]string)}
}

// Tokens returns the tokens of s: rouge.py's tokens().
func (sc *Scorer) Tokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		t := b.String()
		b.Reset()
		if sc.stem && len(t) > 3 {
			st, ok := sc.cache[t]
			if !ok {
				st = Stem(t)
				sc.cache[t] = st
			}
			t = st
		}
		out = append(out, t)
	}
	for _, r := range s {
		// str.lower() then [^a-z0-9]: only ASCII survives, and the two
		// characters whose lower case is ASCII: "İ" (to "i" and a
		// combining dot) and the Kelvin sign.
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case 'A' <= r && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == 0x130:
			b.WriteByte('i')
			flush()
		case r == 0x212a:
			b.WriteByte('k')
		default:
			flush()
		}
	}
	flush()
	return out
}

// IsSpace is Python's str.isspace for one character (CPython's
// Objects/unicodetype_db.h), by which rouge.py's strip(), split() and \s
// read white space. It differs from unicode.IsSpace in counting the
// information separators U+001C..U+001F as space.
func IsSpace(r rune) bool {
	switch {
	case r == ' ', r >= '\t' && r <= '\r', r >= 0x1c && r <= 0x1f:
		return true
	case r < 0x80:
		return false
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// strip is Python's str.strip().
func strip(s string) string { return strings.TrimFunc(s, IsSpace) }

// Sentences is rouge.py's sentences(): the non-blank lines of a summary,
// trimmed, when there are two or more; else the pieces of the regex
// splitter ([Split]).
func Sentences(text string) []string {
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		if l = strip(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 1 {
		return lines
	}
	var out []string
	for _, p := range Split(text) {
		if p = strip(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ArticleSentences is rouge.py's article_sentences(): each line of an
// article split by the regex, so that Lead-K counts sentences, not
// paragraphs.
func ArticleSentences(text string) []string {
	var out []string
	for l := range strings.SplitSeq(text, "\n") {
		for _, p := range Split(l) {
			if p = strip(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Lead is the Lead-K baseline rouge.py scores: the article's first k
// sentences, one a line.
func Lead(article string, k int) string {
	s := ArticleSentences(article)
	return strings.Join(s[:min(k, len(s))], "\n")
}

// Split is re.split with rouge.py's SPLIT,
//
//	(?<=[.!?])["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]*[A-Z0-9])
//
// written out because Go's regexp has no look-around: after a '.', '!' or
// '?', closing quotes and brackets then white space are cut out when an
// opening quote or bracket and then a capital or digit follow. Both
// repetitions are greedy and cannot backtrack into a match, so one pass
// suffices.
func Split(s string) []string {
	var out []string
	start := 0
	for i := 1; i < len(s); i++ {
		if p := s[i-1]; p != '.' && p != '!' && p != '?' {
			continue
		}
		j := skip(s, i, "\"')\u201d\u2019")
		ws := j
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !IsSpace(r) {
				break
			}
			j += n
		}
		if j == ws {
			continue
		}
		k := skip(s, j, "\"'(\u201c\u2018")
		if k == len(s) || !('A' <= s[k] && s[k] <= 'Z' || '0' <= s[k] && s[k] <= '9') {
			continue
		}
		out = append(out, s[start:i])
		start = j
		i = j // the next match starts after this one
	}
	return append(out, s[start:])
}

// skip returns the offset of the first rune at or after i not in set.
func skip(s string, i int, set string) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(set, r) {
			break
		}
		i += n
	}
	return i
}

// Score returns the F1 scores of the prediction pred against the
// reference ref, both with sentences one a line: rouge.py's score().
func (sc *Scorer) Score(ref, pred string) Scores {
	rs := sc.sentenceTokens(ref)
	var ps [][]string
	if strip(pred) != "" {
		ps = sc.sentenceTokens(pred)
	}
	rf, pf := flatten(rs), flatten(ps)
	return Scores{
		Rouge1:    rougeN(rf, pf, 1),
		Rouge2:    rougeN(rf, pf, 2),
		RougeL:    prf(lcsLength(rf, pf), len(pf), len(rf)),
		RougeLsum: rougeLsum(rs, ps),
	}
}

func (sc *Scorer) sentenceTokens(s string) [][]string {
	ss := Sentences(s)
	out := make([][]string, len(ss))
	for i, x := range ss {
		out[i] = sc.Tokens(x)
	}
	return out
}

func flatten(ss [][]string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// prf is the F1 of hits among npred predicted and nref reference units.
func prf(hits, npred, nref int) float64 {
	var p, r float64
	if npred > 0 {
		p = float64(hits) / float64(npred)
	}
	if nref > 0 {
		r = float64(hits) / float64(nref)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// rougeN is the F1 of the clipped n-gram overlap.
func rougeN(ref, pred []string, n int) float64 {
	count := func(toks []string) (map[string]int, int) {
		m := make(map[string]int)
		total := 0
		for i := 0; i+n <= len(toks); i++ {
			m[strings.Join(toks[i:i+n], "\x00")]++
			total++
		}
		return m, total
	}
	rc, nr := count(ref)
	pc, np := count(pred)
	hits := 0
	for g, c := range pc {
		hits += min(c, rc[g])
	}
	return prf(hits, np, nr)
}

// lcsTable is the dynamic-programming table of the longest common
// subsequence of a and b, (len(a)+1) rows of len(b)+1.
func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		row, prev := t[i], t[i-1]
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				row[j] = prev[j-1] + 1
			} else {
				row[j] = max(prev[j], row[j-1])
			}
		}
	}
	return t
}

func lcsLength(a, b []string) int { return lcsTable(a, b)[len(a)][len(b)] }

// lcsIndices are the indices into a of one longest common subsequence,
// traced back as rouge.py traces it (ties go up, to a shorter a).
func lcsIndices(a, b []string) []int {
	t := lcsTable(a, b)
	var out []int
	i, j := len(a), len(b)
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, i-1)
			i, j = i-1, j-1
		case t[i-1][j] >= t[i][j-1]:
			i--
		default:
			j--
		}
	}
	return out
}

// rougeLsum is the summary-level ROUGE-L: for each reference sentence, the
// union of its LCS with every predicted sentence, each token counted at
// most as often as both sides hold it.
func rougeLsum(refs, preds [][]string) float64 {
	cr, cp := map[string]int{}, map[string]int{}
	m, n := 0, 0
	for _, s := range refs {
		m += len(s)
		for _, t := range s {
			cr[t]++
		}
	}
	for _, s := range preds {
		n += len(s)
		for _, t := range s {
			cp[t]++
		}
	}
	hits := 0
	for _, r := range refs {
		idx := make([]bool, len(r))
		for _, c := range preds {
			for _, i := range lcsIndices(r, c) {
				idx[i] = true
			}
		}
		for i, in := range idx {
			if t := r[i]; in && cr[t] > 0 && cp[t] > 0 {
				hits++
				cr[t]--
				cp[t]--
			}
		}
	}
	return prf(hits, n, m)
}

// Totals averages per-document scores as rouge.py's mean() does: summed
// in order, times 100, over the number of documents.
func Totals(rows []Scores) Scores {
	var s Scores
	if len(rows) == 0 {
		return s
	}
	for _, r := range rows {
		s.Rouge1 += r.Rouge1
		s.Rouge2 += r.Rouge2
		s.RougeL += r.RougeL
		s.RougeLsum += r.RougeLsum
	}
	n := float64(len(rows))
	return Scores{100 * s.Rouge1 / n, 100 * s.Rouge2 / n, 100 * s.RougeL / n, 100 * s.RougeLsum / n}
}

// Ratio is a over b, figure by figure, 0 where b is 0.
func Ratio(a, b Scores) Scores {
	div := func(x, y float64) float64 {
		if y == 0 {
			return 0
		}
		return x / y
	}
	return Scores{div(a.Rouge1, b.Rouge1), div(a.Rouge2, b.Rouge2), div(a.RougeL, b.RougeL), div(a.RougeLsum, b.RougeLsum)}
}
