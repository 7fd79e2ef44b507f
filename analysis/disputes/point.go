package disputes

import (
	"context"
	"slices"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Position is one side of a disputed point.
type Position struct {
	ActorID   string      // the actors.Actor.ID holding it
	Statement string      // what this side holds, in words from the text
	Evidence  []text.Span // where the text states it
}

// Point is something two or more actors disagree about.
type Point struct {
	ID          string      // "dispute-1", ... in confidence order
	Topic       string      // short noun phrase
	Description string      // one sentence stating what is disputed
	Positions   []Position  // one per side
	Evidence    []text.Span // the sentences it was read from, in text order
	Confidence  float64     // 0..1
}

// Agreement is something two or more actors agree on.
type Agreement struct {
	ID          string      // "agreement-1", ... in confidence order
	Topic       string      // short noun phrase
	Description string      // one sentence stating what is agreed
	ActorIDs    []string    // the agreeing actors, two or more
	Evidence    []text.Span // the sentences it was read from, in text order
	Confidence  float64     // 0..1
}

// Options tunes dispute finding. The zero value means the defaults.
type Options struct{}

// Find returns the disputed points and agreements between the given actors
// of doc, most confident first. It checks ctx between sentences and
// while it groups findings into points.
//
// Every statement and evidence span is text of doc; actors are named by
// their ID. With fewer than two actors there is nothing to find.
func Find(ctx context.Context, doc *text.Document, found []actors.Actor, opts Options) ([]Point, []Agreement, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if len(found) < 2 || len(doc.Sentences) == 0 {
		return nil, nil, nil
	}
	r, err := read(ctx, doc, found)
	if err != nil {
		return nil, nil, err
	}
	defer r.release()
	var disputes, agreements []finding
	for i := range r.sents {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if doc.Sentences[i].Headline {
			// A headline compresses the story into a few words; the
			// body says the same with its sides spelled out.
			continue
		}
		for _, f := range r.scan(i) {
			if f.agree {
				agreements = append(agreements, f)
			} else {
				f.id = len(r.prior) + 1
				disputes = append(disputes, f)
				r.prior = append(r.prior, f)
			}
		}
	}
	agreements = append(agreements, alsoAgreements(disputes)...)
	slices.SortStableFunc(agreements, func(a, b finding) int { return a.sents[0] - b.sents[0] })
	dg, err := r.group(ctx, disputes)
	if err != nil {
		return nil, nil, err
	}
	ag, err := r.group(ctx, agreements)
	if err != nil {
		return nil, nil, err
	}
	return r.points(dg), r.agreements(ag), nil
}
