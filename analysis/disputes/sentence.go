package disputes

import (
	"context"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
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
type sentence struct{ *actors.Sentence }

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
}

// maxBack is how many sentences back a rule looks for what a sentence
// answers or refers to: as far as the reading looks for the actor a
// reference stands for.
const maxBack = actors.ReferenceReach

// read reads doc with its actors, as the engine does before Find.
func read(ctx context.Context, doc *text.Document, found []actors.Actor) (*reader, error) {
	rd, err := actors.Read(ctx, doc, found)
	if err != nil {
		return nil, err
	}
	return newReader(rd), nil
}

// newReader sets the rules of this package on rd.
func newReader(rd *actors.Reading) *reader {
	r := &reader{Reading: rd, sents: make([]sentence, len(rd.Sentences)), scanWords: make([]bool, len(rd.Words))}
	for i := range rd.Sentences {
		r.sents[i] = sentence{&rd.Sentences[i]}
	}
	for w, low := range rd.Words {
		r.scanWords[w] = contrastWeight(low) > 0 || contextCue(low) || low == "on" || rd.Classes[w].Has(lexicon.Stance)
	}
	return r
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
