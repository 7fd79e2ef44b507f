// Package conll reads the CoNLL-2003 NER files, scores taggings as
// conlleval does, and splits tokens of analysis/text the way CoNLL-2003
// is tokenised, so that the tagger sees raw text as it saw its training
// data.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence of a CoNLL file: its tokens and their NER tags
// (IOB2 in the CoNLL-2003 copy we use, "O" when untagged).
type Sentence struct {
	Tokens []string
	Tags   []string
}

// Document is a run of sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// Read reads a CoNLL-2003 file: one token a line, the first column the
// token and the last its tag; blank lines end sentences and -DOCSTART-
// lines start documents. Text before the first -DOCSTART- forms a
// document of its own.
func Read(r io.Reader) ([]Document, error) {
	var docs []Document
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) == 0 {
			return
		}
		if len(docs) == 0 {
			docs = append(docs, Document{})
		}
		d := &docs[len(docs)-1]
		d.Sentences = append(d.Sentences, cur)
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "-DOCSTART-":
			flush()
			docs = append(docs, Document{})
		case len(f) < 2:
			return nil, fmt.Errorf("conll: line %d: want at least 2 columns, got %d", line, len(f))
		default:
			cur.Tokens = append(cur.Tokens, f[0])
			cur.Tags = append(cur.Tags, f[len(f)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	flush()
	// Drop documents with no sentences (a DOCSTART at the end).
	out := docs[:0]
	for _, d := range docs {
		if len(d.Sentences) > 0 {
			out = append(out, d)
		}
	}
	return out, nil
}

// ReadFile reads the CoNLL file at path.
func ReadFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// Sentences flattens documents into their sentences, in order.
func Sentences(docs []Document) []Sentence {
	var out []Sentence
	for _, d := range docs {
		out = append(out, d.Sentences...)
	}
	return out
}
