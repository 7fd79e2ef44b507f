package ner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
)

// maxBits is the longest bit-string prefix used as a feature.
const maxBits = 20

// clusterWord is one line of a clusters file.
type clusterWord struct {
	bits, word string
	count      int
}

// parseClusters reads a clusters file: bit string, word and count per
// line, tab-separated, with # comments.
func parseClusters(data string) ([]clusterWord, error) {
	var out []clusterWord
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" || strings.Trim(f[0], "01") != "" {
			return nil, fmt.Errorf("ner: clusters line %d: want bits, word and count", n)
		}
		c, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("ner: clusters line %d: %w", n, err)
		}
		out = append(out, clusterWord{f[0], f[1], c})
	}
	return out, nil
}

// newLexicon builds the lexicon from a clusters file's content and, if
// gaz is set, the default gazetteer.
func newLexicon(clusters string, gaz bool) (*lexicon, error) {
	cw, err := parseClusters(clusters)
	if err != nil {
		return nil, err
	}
	return lexiconOf(cw, gaz), nil
}

func lexiconOf(cw []clusterWord, gaz bool) *lexicon {
	lx := &lexicon{
		clusters:  make(map[string]string, len(cw)),
		counts:    make(map[string]int, len(cw)),
		truecase:  make(map[string]string, len(cw)),
		padBefore: padAtoms(false),
		padAfter:  padAtoms(true),
	}
	best := make(map[string]int, len(cw))
	for i := range cw {
		// Features use bit-string prefixes up to maxBits long; the rest
		// of the path, hundreds of bits for rare words, is dropped.
		cw[i].bits = cw[i].bits[:min(len(cw[i].bits), maxBits)]
	}
	lx.words = cw
	for _, c := range cw {
		lx.clusters[c.word] = c.bits
		lx.counts[c.word] = c.count
		// The usual casing of a word is its most frequent one; ties go
		// to the first in the file, which is sorted.
		l := strings.ToLower(c.word)
		if n, ok := best[l]; !ok || c.count > n {
			best[l] = c.count
			lx.truecase[l] = c.word
		}
	}
	if gaz {
		lx.gaz = newGazIndex(gazetteer.Default())
	}
	return lx
}

// appendClusters appends the lexicon's clusters in the clusters file
// format, so that a model carries the clusters it was trained with.
func (lx *lexicon) appendClusters(dst []byte) []byte {
	for _, c := range lx.words {
		dst = append(dst, c.bits...)
		dst = append(dst, '\t')
		dst = append(dst, c.word...)
		dst = append(dst, '\t')
		dst = strconv.AppendInt(dst, int64(c.count), 10)
		dst = append(dst, '\n')
	}
	return dst
}

// UsuallyLower reports whether the unlabelled text of the tagger's word
// clusters writes w, whatever its case here, mostly in lower case: "Baby"
// and "Million" are ordinary words capitalised in a title, "Drake" and
// "Ofcom" are not. A word the text has too rarely is not known to be
// ordinary.
func (t *Tagger) UsuallyLower(w string) bool {
	var buf [32]byte
	lower := appendLower(buf[:0], w)
	tc, ok := t.lx.truecase[string(lower)]
	return ok && tc != "" && tc == string(lower)
}

// Cluster returns the word class the tagger's word clusters give w as
// written (case matters: "Baby" and "baby" have classes of their own): a
// path of "0" and "1" from the root of the cluster tree, at most 20 long,
// whose prefixes are ever broader classes; "" when the clusters lack w.
func (t *Tagger) Cluster(w string) string { return t.lx.clusters[w] }
