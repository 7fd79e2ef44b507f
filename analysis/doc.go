// Package analysis is the docanalysis engine: plain Go in, plain Go out. It
// reads one article and returns its summary, its actors, and the points they
// dispute or agree on.
//
// The engine knows nothing of gRPC or protobuf; the server converts its
// results at the edge. It keeps no mutable package state, so one [Engine]
// serves any number of goroutines at once.
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
