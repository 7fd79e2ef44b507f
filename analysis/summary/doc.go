// Package summary builds an extractive summary of a news article: a gist
// sentence, a few key-point sentences and a list of key phrases.
//
// # Key points and gist
//
// The first three key points are the lead: the first three body
// sentences, in order, and the gist is the first of them. Past three, key
// points are the sentences a trained body model scores best, picked
// greedily, best first, so a longer summary keeps the shorter one's
// points. How this was chosen, and why it is not what the model-selection
// protocol picked, is under "How the choices were made".
//
// Whatever picks them, key points are whole sentences returned in
// document order, and never
//   - a headline: a first line that reads as one ([text.Sentence.Headline]);
//     its words serve as the title when the document has no separate one;
//   - page furniture: bylines, timestamps, labels, credits and
//     instructions to the reader ("Scroll down for video"), found by rules
//     about how English sentences are written (see boilerplate in
//     boiler.go), not by the name of any site. Furniture is skipped before
//     sentences are counted for their place (the lead, the model's
//     position features), and lends no words to the keywords;
//   - a near-duplicate of a key point already picked (cosine similarity of
//     their bags of stemmed content words of 0.8 or more, or the same text
//     but for case).
//
// Each key point has a score in 0..1 that never increases in the order the
// points were picked: the body model's odds against its best sentence,
// e^(s-max). (A design that takes lead sentences scores them 1/√(1+rank),
// rank counting body sentences from 0.)
//
// # The body model
//
// The body model is a linear scorer over features of a sentence (see
// features.go): its place (first, second, third, 1/(1+rank), relative
// position), its centrality (its summed cosine similarity to the other
// sentences, scaled by the largest: what TextRank approximates, computed
// exactly in one pass), its similarity to the lead, its share of the
// title's words, how often the document uses its words, its length, and
// whether it quotes, opens with a quote, holds numbers or names, opens
// with a word pointing back ("He", "But") or asks a question. The weights
// are in model.txt, embedded, and trained by TestTrain (make
// train-summary) on the training split of the BBC summary corpus: a
// pairwise logistic ranking of the sentences each reference extract keeps
// above those it leaves out. Centrality and word frequency weigh most.
//
// # How the choices were made
//
// Only the BBC training split (articles whose number is not divisible by
// 5) was used to fit or choose anything. TestTrain -cv (make
// train-summary) prints the body model's four-fold cross-validated
// figures. The design, how key points are picked, was then chosen by a
// protocol fixed in select_test.go before it was run (make
// select-summary): seven designs, from document order at every length
// through the lead's three followed by the model, the lead with the
// model's best in a lead sentence's place when it scores a margin of 2, 1
// or 0.5 more, the lead re-chosen within the first four sentences, to the
// model at every position, each scored by rouge.py on held-out folds at
// three key points without a title and at the reference's length with
// it, against Lead-K sentences. The rule takes the design whose worst
// ROUGE-1, -2 or -Lsum ratio to Lead-K over both settings is highest,
// preferring a simpler one within 0.005 of it. The model at every
// position won (worst ratio 1.276; the lead's three then the model,
// 0.998, as it is the lead at three key points); no design came within
// the tolerance.
//
// A caveat the protocol cannot remove: the BBC reference extracts are
// about 40% of each article and follow centrality closely (a linear model
// finds 88% of its top three sentences in them, document order 59%), so
// the training split rewards central sentences more than the highlights
// of other news sources may. make eval-summary, run once on the design
// the protocol chose (rouge.py, Porter stemming on; system / Lead-K,
// ratio), gave on the BBC test split (444 articles, Lead-ref, which
// rouge.py takes as paragraphs) ROUGE-1 82.32 / 61.91, 1.330; ROUGE-2
// 77.24 / 60.49, 1.277; ROUGE-Lsum 81.93 / 61.90, 1.323; and on the
// CNN/DailyMail sample (492 articles, Lead-3) ROUGE-1 33.63 / 40.25,
// 0.836; ROUGE-2 13.81 / 18.04, 0.765; ROUGE-Lsum 30.26 / 36.50, 0.829.
//
// What the BBC extracts reward does not carry over to news highlights,
// and a summary a sixth worse than the lead on general news is not one to
// ship. Summarize therefore keeps the lead-first design ("lead3+body" in
// the protocol's table), which the CNN/DailyMail sample had also been
// seen with before the protocol existed (R1/R2/RLsum ratios 1.004 /
// 1.005 / 1.004, BBC test 1.259 / 1.178 / 1.250). Both choices are now
// informed by that sample, so its figures for this design are not an
// independent out-of-domain check; an untouched one is needed for that.
//
// # Keywords
//
// Candidate phrases are runs of content words cut at stop words,
// punctuation, possessives and changes between names and common words.
// Without a tagger a run may glue a verb to its noun phrase, so parts of
// runs are counted as well and a part that recurs becomes a candidate; a
// surname is printed as the full name the text gives once. A common word
// the text uses as a verb (it follows "to", "will", "has" or a pronoun
// more often than "the", "its" or "of") is trimmed from the ends of a
// phrase and is no key phrase alone. Inflected and case variants are
// merged by stem; phrases are scored by the frequency of their words and
// of themselves, their first position and their overlap with the title; a
// phrase nested in a better one is dropped, and no word appears in more
// than two key phrases. Names keep their capitals; common words are
// lower-cased.
//
// # Offsets
//
// Spans are byte offsets into [text.Document.Text].
//
// # Cancellation
//
// [Summarize] checks its context between sentences and between its
// stages, and returns the context's error.
//
// # Determinism
//
// The same document and options always give the same summary: ties are
// broken by position, never by map order.
//
// # Performance
//
// Summarize reads each sentence's tokens once, and works out what a word
// is (function word, filler, stem) once per way it is written; centrality
// costs one pass over the words rather than a graph of n² similarities,
// so a long document costs in proportion to its length. Its working
// memory is kept between calls (scratch.go), so a call allocates little
// more than the summary it returns. On the BBC corpus it summarises
// several thousand articles a second on one core (BenchmarkSummarize).
package summary
