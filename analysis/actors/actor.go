package actors

import (
	"context"
	"errors"
	"sync"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Type is what kind of agent an actor is.
type Type uint8

// Actor types.
const (
	Unknown      Type = iota
	Person            // a person
	Organization      // a company, party, agency, union, court, body
	Country           // a state and its government, with its capital, demonym, administration
	Group             // a named collective that is not an organisation ("the Europeans")
	Location          // a place that is only a setting
)

// MentionKind is how a mention refers to its actor.
type MentionKind uint8

// Mention kinds.
const (
	UnknownMention MentionKind = iota
	Name                       // a proper name or part of one
	Acronym                    // an acronym or abbreviation ("IAEA", "US")
	Demonym                    // "American", "Iranians"
	Metonym                    // a place standing for a government ("Washington")
	Description                // "the Kenyan government", "the minister"
)

// Mention is one place where an actor is named or referred to.
type Mention struct {
	text.Span             // byte offsets into the document text
	Kind      MentionKind // how it refers to the actor
	Sentence  int         // index of the sentence holding it
}

// Actor is one real-world agent with all its mentions merged.
type Actor struct {
	ID       string    // "actor-1", ... in salience order
	Name     string    // canonical name: the fullest proper form
	Type     Type      // what kind of agent
	Aliases  []string  // distinct surface forms, in first-seen order
	Mentions []Mention // every mention, in text order
	Salience float64   // 0..1; the salience of all actors sums to at most 1
	Roles    []string  // titles and descriptions given in the text
	// Confidence is the filter's probability that a reader would list
	// the actor; 1 for actors it is not asked about (a lower-case group,
	// "unions", the text names more than once and that acts). Reported
	// decides from it which actors an answer gives.
	Confidence float64
}

// Options gives actor finding what it works with.
type Options struct {
	// Tagger is the trained named-entity tagger whose entities the stage
	// starts from; required. The engine loads it once and passes it.
	Tagger *ner.Tagger
	// Gazetteer is the list of countries, organisations and places whose
	// names, abbreviations and demonyms the rules recognise; required.
	// The engine loads it once and passes it.
	Gazetteer *gazetteer.Gazetteer
	// Filter decides which of the actors the rules propose are kept;
	// required. The engine loads it once and passes it.
	Filter *Filter
}

// ErrNoTagger is Find's answer when Options.Tagger is nil: without the
// tagger the rules would answer, but worse, and a caller would not know.
var ErrNoTagger = errors.New("actors: no tagger given (Options.Tagger)")

// ErrNoGazetteer is Find's answer when Options.Gazetteer is nil: the rules
// cannot tell a country from a person without it.
var ErrNoGazetteer = errors.New("actors: no gazetteer given (Options.Gazetteer)")

// ErrNoFilter is Find's answer when Options.Filter is nil: without it
// every name the rules propose would be reported.
var ErrNoFilter = errors.New("actors: no filter given (Options.Filter)")

// Find returns the actors of doc the rules propose, most salient first,
// each with its Confidence from opts.Filter; Reported picks those an
// answer gives. It tags doc with
// opts.Tagger and reads actors from the tagger's entities together with
// the gazetteer and the rules. It checks ctx between sentences and returns
// ctx.Err() when it is done.
func Find(ctx context.Context, doc *text.Document, opts Options) ([]Actor, error) {
	if opts.Tagger == nil {
		return nil, ErrNoTagger
	}
	if opts.Gazetteer == nil {
		return nil, ErrNoGazetteer
	}
	if opts.Filter == nil {
		return nil, ErrNoFilter
	}
	ents := entityPool.Get().(*[]ner.Entity)
	*ents = opts.Tagger.AppendText((*ents)[:0], doc)
	found, _, err := findTagged(ctx, doc, opts.Gazetteer, opts.Filter, opts.Tagger, *ents)
	entityPool.Put(ents)
	return found, err
}

// entityPool holds the tagger's entity lists between calls of Find: the
// actors found keep spans of their own, never the list, so the next call
// fills it rather than allocating one.
var entityPool = sync.Pool{New: func() any { return new([]ner.Entity) }}

// Proposals returns every actor the rules propose for doc, before the
// filter decides, with the features the filter reads of each, for
// training one. opts.Filter is not read. An actor whose features are all
// zero is one the filter is not asked about (a lower-case group the text
// names more than once and that acts).
func Proposals(ctx context.Context, doc *text.Document, opts Options) ([]Actor, []Features, error) {
	if opts.Tagger == nil {
		return nil, nil, ErrNoTagger
	}
	if opts.Gazetteer == nil {
		return nil, nil, ErrNoGazetteer
	}
	return findTagged(ctx, doc, opts.Gazetteer, nil, opts.Tagger, opts.Tagger.AppendText(nil, doc))
}

// findTagged runs the stages on the entities tg found in doc, with the
// gazetteer g and the filter f: the part of Find the stage benchmark
// times on its own.
func findTagged(ctx context.Context, doc *text.Document, g *gazetteer.Gazetteer, f *Filter, tg *ner.Tagger, ents []ner.Entity) ([]Actor, []Features, error) {
	return find(ctx, doc, g, f, tg, &tagFinder{rules: ruleFinder{gaz: g}, ents: ents})
}

// find runs the stages with the given gazetteer, filter and candidate
// finder; a nil filter keeps every proposal and returns its features. The
// tagger tg, when not nil, tells the filter which words are ordinary
// words (see Tagger.UsuallyLower).
func find(ctx context.Context, doc *text.Document, g *gazetteer.Gazetteer, f *Filter, tg *ner.Tagger, fd finder) ([]Actor, []Features, error) {
	d, err := newDocument(ctx, doc, g)
	if err != nil {
		return nil, nil, err
	}
	defer d.release()
	d.tagger = tg
	cands := d.cands[:0]
	for s := range len(d.sent) - 1 {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		cands = fd.find(cands, d, s)
	}
	d.cands = cands
	clusters := resolve(d, cands)
	found, feats := build(d, cands, clusters, f)
	return found, feats, ctx.Err()
}
