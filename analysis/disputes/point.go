package disputes

import (
	"context"
	"errors"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/ner"
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
	Topic       string      // a short noun phrase, an act ("raising taxes") or a claim's question ("whether ...")
	Description string      // one sentence stating what is disputed
	Positions   []Position  // one per side, then one per body a side's person speaks for
	Evidence    []text.Span // the sentences it was read from, in text order
	Confidence  float64     // 0..1
}

// Agreement is something two or more actors agree on.
type Agreement struct {
	ID          string      // "agreement-1", ... in confidence order
	Topic       string      // as Point's
	Description string      // one sentence stating what is agreed
	ActorIDs    []string    // the agreeing actors, two or more, then the bodies they speak for
	Evidence    []text.Span // the sentences it was read from, in text order
	Confidence  float64     // 0..1
}

// Options tunes dispute finding. The zero value means the defaults.
type Options struct {
	// Model decides which readings are points; required. The engine
	// loads it once (Default, or a model of its own) and passes it.
	Model *Model
	// Tagger's word classes tell an adverb in -ly from a noun or an
	// adjective ("briefly" from "family" and "costly"), so that a topic
	// does not run on into one. The engine passes its own; nil means the
	// embedded one (ner.Default), and no adverbs are read if it cannot
	// be loaded.
	Tagger *ner.Tagger
}

// ErrNoModel is Find's answer when Options.Model is nil.
var ErrNoModel = errors.New("disputes: no model given (Options.Model)")

// Find returns the disputed points and agreements between the actors of a
// document, most confident first, from the document's reading (built by
// [actors.Read], which the caller releases when done). It checks ctx
// between its steps.
//
// It reads in four steps. Candidates: the hand-written readings of each
// sentence (cues of conflict and agreement, answers, contrasts, claims and
// who makes them). Features: what those readings, the sentence's words and
// its actors say, sentence by sentence. Model: the probability that a
// sentence is evidence of a point, that two evidence sentences are one
// point, and that an actor is a side of it. Points: evidence sentences
// joined, with their likeliest sides, a topic and each side's statement.
//
// Every statement and evidence span is text of the document; actors are
// named by their ID. With fewer than two actors there is nothing to find.
func Find(ctx context.Context, rd *actors.Reading, opts Options) ([]Point, []Agreement, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if len(rd.Actors) < 2 || len(rd.Sentences) == 0 {
		return nil, nil, nil
	}
	m := opts.Model
	if m == nil {
		return nil, nil, ErrNoModel
	}
	r := newReader(rd, taggerOr(opts.Tagger))
	defer r.recycle()
	c := r.readings()
	defer c.release() // the points and agreements share no memory with c
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	dp, ap := m.sentenceProbs(r, c)
	return r.points(m, c, m.find(r, c, disputeKind, dp)), r.agreements(m, c, m.find(r, c, agreementKind, ap)), ctx.Err()
}

// taggerOr returns tg, or the embedded tagger when tg is nil (nil when it
// cannot be loaded), so that every caller reads words as the engine does.
func taggerOr(tg *ner.Tagger) *ner.Tagger {
	if tg == nil {
		tg, _ = ner.Default()
	}
	return tg
}
