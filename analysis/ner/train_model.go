//go:build ignore

// Train_model trains the tagger's model on CoNLL-2003 and writes it for
// embedding:
//
//	go run train_model.go -shared ../../../shared [-epochs N] [-seed S] [-out model/ner.model.gz]
//
// It trains on train.txt only. With -dev it also scores the averaged
// model on dev.txt after every epoch, which is how the number of epochs
// and the feature set were chosen; test.txt is never read here. The same
// input and flags give the same model, byte for byte.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/ner/internal/conll"
)

func main() {
	shared := flag.String("shared", "../../../shared", "the shared folder holding corpora/conll2003")
	epochs := flag.Int("epochs", 10, "passes over the training data")
	seed := flag.Uint64("seed", 1, "seed of the order of sentences")
	runs := flag.Int("runs", 5, "perceptrons trained and averaged")
	clusters := flag.String("clusters", "clusters.txt.gz", "gzipped Brown clusters file (empty: none)")
	minCount := flag.Int("min", 1, "drop features seen fewer times")
	noGaz := flag.Bool("nogaz", false, "turn gazetteer features off")
	dev := flag.Bool("dev", false, "score on dev.txt after every epoch")
	out := flag.String("out", "model/ner.model.gz", "output model (empty: do not write)")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("train_model: ")

	train, err := readDocs(*shared, "train.txt")
	if err != nil {
		log.Fatal(err)
	}
	var devDocs [][]ner.Sentence
	if *dev {
		if devDocs, err = readDocs(*shared, "dev.txt"); err != nil {
			log.Fatal(err)
		}
	}
	var cl []byte
	if *clusters != "" {
		if cl, err = readGzip(*clusters); err != nil {
			log.Fatal(err)
		}
	}
	start := time.Now()
	opts := ner.TrainOptions{
		Epochs:          *epochs,
		Seed:            *seed,
		Runs:            *runs,
		Clusters:        string(cl),
		MinFeatureCount: *minCount,
		NoGazetteer:     *noGaz,
	}
	if *dev {
		opts.AfterEpoch = func(epoch int, t *ner.Tagger) {
			log.Printf("epoch %d done, %s, %s", epoch, time.Since(start).Round(time.Second), devF1(t, devDocs))
		}
	}
	t, err := ner.Train(train, opts)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("trained in %s", time.Since(start).Round(time.Second))
	if *out == "" {
		return
	}
	n, err := writeModel(*out, t)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d bytes)", *out, n)
}

// readDocs reads a CoNLL-2003 file of corpora/conll2003 as documents of
// sentences.
func readDocs(shared, name string) ([][]ner.Sentence, error) {
	docs, err := conll.ReadFile(filepath.Join(shared, "corpora/conll2003", name))
	if err != nil {
		return nil, err
	}
	var out [][]ner.Sentence
	for _, d := range docs {
		var doc []ner.Sentence
		for _, s := range d.Sentences {
			doc = append(doc, ner.Sentence{Words: s.Tokens, Tags: s.Tags})
		}
		out = append(out, doc)
	}
	return out, nil
}

// devF1 tags docs a document at a time, as the tagger tags text, and
// says its F1 overall and by type, in per cent.
func devF1(t *ner.Tagger, docs [][]ner.Sentence) string {
	var s conll.Score
	var pred []string
	var words [][]string
	for _, d := range docs {
		words = words[:0]
		for _, x := range d {
			words = append(words, x.Words)
		}
		pred = t.AppendDocumentTags(pred[:0], words)
		for _, x := range d {
			s.Add(x.Tags, pred[:len(x.Tags)])
			pred = pred[len(x.Tags):]
		}
	}
	msg := fmt.Sprintf("dev F1 %.2f", 100*s.Overall.F1())
	for _, ty := range []string{"LOC", "MISC", "ORG", "PER"} {
		msg += fmt.Sprintf(" %s %.2f", ty, 100*s.Types[ty].F1())
	}
	return msg
}

// writeModel writes t's model to path and returns its size.
func writeModel(path string, t *ner.Tagger) (int, error) {
	var b bytes.Buffer
	if _, err := t.WriteTo(&b); err != nil {
		return 0, err
	}
	return b.Len(), os.WriteFile(path, b.Bytes(), 0o644)
}

// readGzip reads the whole of a gzipped file.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}
