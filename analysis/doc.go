// Package analysis is the docanalysis engine: plain Go in, plain Go out. It
// reads one article and returns its summary, its actors, and the points they
// dispute or agree on.
//
// The engine knows nothing of gRPC or protobuf; the server converts its
// results at the edge. It keeps no mutable package state, so one [Engine]
// serves any number of goroutines at once.
//
// # Stages
//
// [Engine.Analyze] segments the text and finds every sentence's tokens once
// ([text.NewDocument]); every stage reads that one document. The summary
// (package summary) and the actors (package actors, which runs the trained
// named-entity tagger of package ner and reconciles its entities with
// rules and the gazetteer) come first; the disputes and agreements
// (package disputes) are read with the actors found. [Models] names the
// rules, data and trained models an answer came from.
//
// # Offsets
//
// Every span in a [Result] is a [text.Span] of byte offsets into
// [Document.Text]. Conversion to UTF-16 or code points is done once, by the
// caller, with [text.Offsets].
//
// # Cancellation
//
// [Engine.Analyze] checks its context between stages and inside the loops
// over sentences, and returns the context's error as soon as it sees it.
//
// # Errors
//
// Input errors are [ErrEmptyText], [ErrInvalidUTF8], [*LimitError] and
// [*UnsupportedLanguageError]; match them with errors.Is and errors.As.
package analysis
