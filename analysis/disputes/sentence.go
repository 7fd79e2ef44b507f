package disputes

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// token, mention and claim are package actors' reading of a document
// (actors.Reading), under the names the rules here read best with.
type (
	token   = actors.Token
	mention = actors.Ref
	claim   = actors.Claim
)

// sentence is one sentence of the reading, with the rules of this package
// as its methods.
type sentence struct {
	*actors.Sentence
	// adverb says, for each word of the reading (Reading.Words),
	// whether it is an adverb in -ly: no noun phrase runs on past one
	// ("Mr Blair briefly", "the talks subsequently").
	adverb []bool
	// determined says, for each word, whether the article puts it after
	// a determiner or a possessive somewhere ("his death"): a noun so
	// written is an infinitive's verb after "to" only when an object
	// follows ("to ban smoking", not "sentenced to death").
	determined []bool
	// classes gives each word's branch of the tagger's tree of word
	// classes, looked up when a rule first asks.
	classes *wordClasses
}

// The branches of the tagger's tree of word classes (Brown clusters, as
// bit strings from the root) that the rules read: nounBranch holds nouns
// and adjectives ("death", "ban"), verbBranch verbs and the adjectives
// said of a subject ("able", "due": after "is" or "would" such a word
// opens no noun phrase); adverbs and prepositions are elsewhere below
// "10".
const (
	nounBranch = "110"
	verbBranch = "1011"
)

// Word branches as wordClasses keeps them; 0 is a word not looked up.
const (
	branchOther uint8 = 1 + iota
	branchNoun
	branchVerb
)

// wordClasses answers which branch a word of the reading's vocabulary is
// in. Only the few words after "to" or an auxiliary are asked, so each is
// looked up in the tagger's map once, when first asked, rather than the
// whole vocabulary up front.
type wordClasses struct {
	tg     *ner.Tagger // nil for none: every word is branchOther
	words  []string    // the vocabulary in lower case (Reading.Words)
	branch []uint8     // by word: 0 until asked, then a branch
}

// of returns the branch of word w.
func (c *wordClasses) of(w int32) uint8 {
	if b := c.branch[w]; b != 0 {
		return b
	}
	b := branchOther
	if c.tg != nil {
		switch cl := c.tg.Cluster(c.words[w]); {
		case strings.HasPrefix(cl, nounBranch):
			b = branchNoun
		case strings.HasPrefix(cl, verbBranch):
			b = branchVerb
		}
	}
	c.branch[w] = b
	return b
}

// reader is a document's reading with what the rules find in it as they
// go.
type reader struct {
	*actors.Reading
	sents []sentence // the reading's Sentences, one for one
	// scanWords says, for each word of the vocabulary (Reading.Words),
	// whether scan reads it besides cues and verbs of saying: a contrast, a
	// stance, "on", a word cueAt reads in context. Found once a document,
	// it lets the scans over every token skip the words no rule reads
	// (most of them) at the cost of one look each.
	scanWords []bool
	// prior holds the disagreements found so far, in sentence order, for
	// answers that refer back to them.
	prior []finding
	// flags is the one array behind scanWords and the sentences' adverb
	// and determined lists, kept with sents, prior and the classes' list
	// when Find pools the reader.
	flags   []bool
	classes wordClasses
}

// readerPool holds the readers Find is done with, whose lists the next
// document's reader fills.
var readerPool = sync.Pool{New: func() any { return new(reader) }}

// maxBack is how many sentences back a rule looks for what a sentence
// answers or refers to: as far as the reading looks for the actor a
// reference stands for.
const maxBack = actors.ReferenceReach

// read reads doc with its actors, as the engine does before Find, with
// tg's word classes (nil for the embedded tagger's, see Options.Tagger).
func read(ctx context.Context, doc *text.Document, found []actors.Actor, tg *ner.Tagger) (*reader, error) {
	rd, err := actors.Read(ctx, doc, found)
	if err != nil {
		return nil, err
	}
	return newReader(rd, taggerOr(tg)), nil
}

// newReader sets the rules of this package on rd, with tg's word classes
// (nil for none).
func newReader(rd *actors.Reading, tg *ner.Tagger) *reader {
	// The lists by word share one allocation and one pass.
	n := len(rd.Words)
	r := readerPool.Get().(*reader)
	r.Reading = rd
	r.flags = slices.Grow(r.flags[:0], 3*n)[:3*n]
	r.sents = slices.Grow(r.sents[:0], len(rd.Sentences))[:len(rd.Sentences)]
	r.scanWords = r.flags[:n:n]
	adverb := r.flags[n : 2*n : 2*n]
	determined := r.flags[2*n : 3*n : 3*n]
	r.classes = wordClasses{tg: tg, words: rd.Words, branch: slices.Grow(r.classes.branch[:0], n)[:n]}
	clear(r.classes.branch)
	for w, low := range rd.Words {
		r.scanWords[w] = contrastWeight(low) > 0 || contextCue(low) || low == "on" || rd.Classes[w].Has(lexicon.Stance)
		adverb[w] = tg != nil && isAdverb(tg, low)
		determined[w] = false
	}
	for i := range rd.Sentences {
		toks := rd.Sentences[i].Tokens
		for k := 1; k < len(toks); k++ {
			if p := &toks[k-1]; p.Kind == text.Word && (p.Class.Has(lexicon.Determiner) || lexicon.Possessive(p.Word)) {
				determined[toks[k].Form] = true
			}
		}
		r.sents[i] = sentence{&rd.Sentences[i], adverb, determined, &r.classes}
	}
	return r
}

// recycle hands r's lists to the next newReader, leaving its Reading to
// the caller; r must not be read after it. Nothing Find returns shares
// memory with them.
func (r *reader) recycle() {
	// The pool must not keep the reading, or what the findings hold.
	clear(r.sents)
	clear(r.prior)
	*r = reader{sents: r.sents[:0], prior: r.prior[:0], flags: r.flags[:0], classes: wordClasses{branch: r.classes.branch[:0]}}
	readerPool.Put(r)
}

// release gives the reading's arrays back; r must not be read after it.
func (r *reader) release() {
	r.sents = nil
	r.Reading.Release()
}

// scanned reports whether scan reads token t: a word that is a cue, a
// verb of saying, or one of scanWords.
func (r *reader) scanned(t *token) bool {
	return t.Kind == text.Word && (t.Class.Has(lexicon.AnyCue|lexicon.Report) || r.scanWords[t.Form])
}

// isAdverb reports whether w is an adverb in -ly: its class in the
// tagger's tree of word classes is the branch of verbs, adverbs and
// prepositions, not of nouns and adjectives, which holds "family",
// "assembly" and "early" apart from "briefly" and "recently". Only words
// in -ly are looked up.
func isAdverb(tg *ner.Tagger, w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && strings.HasPrefix(tg.Cluster(w), "10")
}
