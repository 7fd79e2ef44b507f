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
// [Engine.Analyze] segments the text, finds every sentence's tokens and
// numbers its distinct words once ([text.NewDocument], [text.Vocabulary]);
// every stage reads that one document and looks each distinct word up
// once, not once per token, in the one lexicon of word classes (package
// lexicon). The summary (package summary)
// and the actors (package actors, which runs the trained named-entity
// tagger of package ner and reconciles its entities with rules and the
// gazetteer) come first. The actors found are then read into the
// document once ([actors.Read]): their mentions placed on the tokens,
// pronouns and descriptions resolved, and who says what, the one account
// of who is named and who speaks where; the disputes and agreements
// (package disputes) are read from that reading. The actors stage
// proposes every actor the rules find, with the actor filter's
// confidence; the disputes stage may take any of them as a side, and
// the answer reports those the filter keeps and every side of a point
// it reports ([actors.Filter.Reported]). [Models] names the rules, data
// and trained models an answer came from.
//
// # Models
//
// [New] loads everything an answer depends on, once: the tagger, the
// gazetteer, the actor filter, the summary's sentence scorer and the
// disputes model (the
// embedded ones unless [Config] gives others), and passes them to the
// stages, which load nothing themselves and refuse to run without them.
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
