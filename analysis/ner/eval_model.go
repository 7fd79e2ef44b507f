//go:build ignore

// Eval_model tags CoNLL-2003 dev and test with a model, writes each as
// "token gold pred" lines (IOB2, a blank line between sentences) for
// conlleval, and prints this package's own score of each:
//
//	go run eval_model.go -shared ../../../shared [-model model/ner.model.gz] [-out ../../out/ner]
//
// The files are what ../shared/eval/conlleval.py reads. Each score is also
// written to NAME.go-score.txt, which make eval-ner compares with
// conlleval.py's report: the two must agree to the line.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/ner/internal/conll"
)

func main() {
	shared := flag.String("shared", "../../../shared", "the shared folder holding corpora/conll2003")
	model := flag.String("model", "", "model file (default: the embedded model)")
	out := flag.String("out", "../../out/ner", "folder for the prediction files")
	sets := flag.String("sets", "dev,test", "comma-separated CoNLL files to score (dev while tuning)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("eval_model: ")

	t, err := load(*model)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, name := range strings.Split(*sets, ",") {
		docs, err := conll.ReadFile(filepath.Join(*shared, "corpora/conll2003", name+".txt"))
		if err != nil {
			log.Fatal(err)
		}
		path := filepath.Join(*out, name+".txt")
		f, err := os.Create(path)
		if err != nil {
			log.Fatal(err)
		}
		w := bufio.NewWriter(f)
		var s conll.Score
		var pred []string
		tokens := 0
		start := time.Now()
		var words [][]string
		for _, d := range docs {
			fmt.Fprintf(w, "-DOCSTART- O O\n\n")
			words = words[:0]
			for _, sent := range d.Sentences {
				words = append(words, sent.Tokens)
			}
			all := t.AppendDocumentTags(pred[:0], words)
			for _, sent := range d.Sentences {
				pred, all = all[:len(sent.Tokens)], all[len(sent.Tokens):]
				s.Add(sent.Tags, pred)
				tokens += len(sent.Tokens)
				for i, tok := range sent.Tokens {
					fmt.Fprintf(w, "%s %s %s\n", tok, sent.Tags[i], pred[i])
				}
				w.WriteString("\n")
			}
		}
		elapsed := time.Since(start)
		if err := w.Flush(); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("== %s: %s (%d tokens tagged in %s, file I/O included)\n", name, path, tokens, elapsed.Round(time.Millisecond))
		fmt.Print(s.Format())
		// The report alone, in conlleval.py's layout, for make eval-ner to
		// compare with conlleval.py's own.
		if err := os.WriteFile(filepath.Join(*out, name+".go-score.txt"), []byte(s.Format()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

func load(path string) (*ner.Tagger, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Load(f)
}
