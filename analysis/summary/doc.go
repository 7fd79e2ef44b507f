// Package summary builds an extractive summary of a news article: a gist
// sentence, a few key-point sentences and a list of key phrases.
//
// This is the engine's first, hand-tuned version: every choice is made by
// a transparent score, so that a trained ranker can later replace one
// signal at a time and be measured against it.
//
// # Key points and gist
//
// Each body sentence gets a score in 0..1 that combines
//   - position: news writing puts the most important facts first, so
//     early sentences score higher (1/√(1+rank));
//   - centrality: TextRank over the cosine similarities of the sentences'
//     bags of stemmed content words, or similarity to the document's
//     centroid for documents too long for a sentence graph;
//   - title overlap: the share of the title's content words the sentence
//     holds, when there is a title;
//   - a length factor that penalises fragments and run-ons.
//
// Key points are picked by maximal marginal relevance, so that no two
// near-duplicates are both picked, and returned in document order. The
// gist is the best-scored sentence. A headline line
// ([text.Sentence.Headline]) is never a key point nor the gist; when the
// document has no separate title, its words serve as the title.
//
// # Keywords
//
// Candidate phrases are runs of content words cut at stop words,
// punctuation, possessives and changes between names and common words.
// Without a tagger a run may glue a verb to its noun phrase, so parts of
// runs are counted as well and a part that recurs becomes a candidate; a
// surname is printed as the full name the text gives once.
// Inflected and case variants are merged by stem; phrases are scored by
// the frequency of their words and of themselves, their first position
// and their overlap with the title, and a phrase nested in a better one is
// dropped. Names keep their capitals; common words are lower-cased.
//
// # Offsets
//
// Spans are byte offsets into [text.Document.Text].
//
// # Cancellation
//
// [Summarize] checks its context between sentences and between rounds of
// its iterations, and returns the context's error.
//
// # Determinism
//
// The same document and options always give the same summary: ties are
// broken by position, never by map order.
package summary
