// Package summary builds an extractive summary of a news article: a gist
// sentence, a few key-point sentences and a list of key phrases.
//
// # Key points and gist
//
// Every key point is picked by a trained sentence scorer. Each
// sentence's score is the ROUGE it is expected to earn: its probability
// of being a reference sentence under the model's softmax, plus 0.08
// times the probability-weighted similarity of the other sentences to it
// (the words it shares with sentences likely to be in the reference
// count too; see design.expect in rank.go), less 0.02 per word past 30:
// a long sentence that is not a reference sentence costs a summary
// judged by F-measure more precision than a short one does. The best
// sentence is picked first, then, greedily, the sentence whose score
// less half its largest cosine similarity to a sentence already picked
// is highest (maximal marginal relevance), so that a longer summary
// keeps the shorter one's points and a point is not made twice. The gist is the
// first pick, the one sentence rated best: for news it is nearly always
// the lead, which the model learnt rather than was told; where a
// fragment sets the scene ("Guilty on every count.") it is the
// sentence that states the story.
//
// Whatever picks them, key points are whole sentences returned in
// document order, and never
//   - a headline: a first line that reads as one ([text.Sentence.Headline]);
//     its words serve as the title when the document has no separate one;
//   - page furniture: bylines, timestamps, labels, credits and
//     instructions to the reader ("Scroll down for video"), found by rules
//     about how English sentences are written (see boilerplate in
//     boiler.go), not by the name of any site. Furniture is skipped before
//     sentences are counted for their place, and lends no words to the
//     keywords;
//   - a near-duplicate of a key point already picked (cosine similarity of
//     their bags of stemmed content words of 0.6 or more, or the same text
//     but for case): a restatement, such as a photo caption repeating the
//     lead, scores the same words again.
//
// Each key point has a score in 0..1 that never increases in the order the
// points were picked: its expected gain over the best sentence's.
//
// # The model
//
// A linear scorer over features of a sentence (features.go): its place
// (first, second, third, 1/(1+rank), ln(1+rank), among the first five,
// relative position; first in its paragraph and its paragraph's place,
// when the text has paragraphs; the place alone when it arrives as one
// block), its centrality (its summed cosine similarity to the other
// sentences, scaled by the largest), its similarity to the lead, its
// share of the title's words and of the document's main names, names it
// uses for the first time, how often the document uses its words, its
// length, and whether it quotes (and says who said it), holds numbers,
// opens with a word pointing back or asks a question, and which cue
// classes its words belong to: reporting, first person, future,
// contrast, disagreement. Thirteen of these are also crossed with five
// position bins (the first three sentences, the fourth and fifth, the
// sixth to tenth), so that a quote or a long sentence can count for more
// in one place than another. The position features carry the lead's
// strength; no rule puts the lead first.
//
// The weights are in model.txt, embedded, written by TestTrain (make
// train-summary): softmax regression of each article's reference
// sentences against all its sentences, on two kinds of reference
//   - the BBC summary corpus's training split (1,781 articles whose
//     number is not divisible by 5): extracts of about 40% of an article;
//   - gold/train's summary_reference, the three sentences careful readers
//     chose (285 articles: the 326 less the 41 of the BBC test split), each
//     article weighing 30 BBC ones, as they are a sixth as many and are
//     the kind of reference three key points are judged against.
//
// No BBC test-split article is trained on under either reference. The
// gold/train CNN/DailyMail texts are copies of articles of the CNN/DM
// sample, so the sample is reported whole and without them.
//
// # How the choices were made
//
// make eval-summary prints every figure below at three key points
// against Lead-3 (rouge.py's first three sentences of the article), by
// ../shared/eval/rouge.py and by internal/rouge, its Go port, which agree
// on every figure. gold/train is scored by 5-fold cross-validation by
// document (fold = fnv32a(id) % 5): trained on BBC train and four folds,
// less the BBC train articles that are held-out gold articles, and scored
// on the fifth. TestTrain -cv also prints a 4-fold cross-validation of
// BBC train. Everything was chosen on those two; the BBC test split and
// the CNN/DM sample were read after each choice.
//
// Ratios R1 / R2 / RLsum to Lead-3 (make eval-summary):
//
//	BBC test (444)           1.054 / 1.083 / 1.057   target 1.05
//	gold/train 5-fold (326)  1.034 / 1.039 / 1.035   target 1.05
//	CNN/DM sample (492)      0.999 / 0.995 / 0.998   target 1.00
//	  without gold's (378)   0.999 / 0.996 / 0.998
//	BBC train 4-fold (1781)  1.062 / 1.097 / 1.066   (TestTrain -cv)
//
// Two targets are missed: gold/train by about 0.013, and the CNN/DM
// sample by up to 0.005. The expected-gain scoring (weight 0.08) was
// chosen on the two cross-validations: at 0.05 to 0.1 it left gold/train
// where it was (1.028 / 1.031 / 1.029 at 0.08) and raised BBC train from
// 1.059 / 1.091 / 1.063; at 0.5 BBC train rose to 1.103 but gold/train
// fell to 0.992, as a 40% extract rewards a sentence that overlaps many
// others and the readers' three sentences do not. Read afterwards, it
// moved BBC test from 1.049 / 1.073 / 1.051 and the CNN/DM sample from
// 0.994 / 0.990 / 0.992. The readers of
// gold/train kept the first sentence in 310 of 326 articles and
// otherwise spread their picks down the article; before the position
// crosses the model found about as many of their sentences as Lead-3
// (653 against 649 of 978). What was tried, with the held-out gold/train
// ratio (R1): a pairwise ranker (0.99 to 1.005 by gold weight), the
// softmax ranker (1.013), redundancy penalties 0.25 to 3 and a design
// keeping the lead but for confident swaps (no gain), stronger
// regularisation (none), the actor and dispute stages' output as
// features (none), interactions marking scene-setting leads (none), a
// model trained on gold/train alone (1.022, BBC train falling to 1.030),
// then the position crosses (1.028). Gold weight, redundancy and the
// ridge penalty were compared on grids in the -cv flags of
// train_test.go and set to what gave the best gold/train ratios while
// keeping BBC train near 1.06. The CNN/DM sample was read after each
// choice, never used for one; the position crosses cost it about 0.008.
//
// A second round (issue 17), figures held out as gold/train R1 / R2 /
// RLsum then BBC train R1, against 1.028 / 1.031 / 1.029 and 1.059
// before it:
//   - each reference sentence scored against the sentences outside the
//     reference only, so that the lead does not compete with the readers'
//     other picks: 1.017 / 1.014 / 1.017, BBC train 1.085 (gold weight
//     10: 0.980 and 1.162; 100: 1.022 and 1.054);
//   - soft labels, a sentence outside the reference labelled 0.2 or 0.5
//     times its largest similarity to one inside: 1.021 and 1.003, BBC
//     train 1.076 and 1.101;
//   - BBC extracts labelled by their first three sentences only, like
//     the readers' three: 1.029 / 1.034 / 1.031, BBC train 1.059 (gold
//     weight 60: 1.030 / 1.036 / 1.032 and 1.049);
//   - shared weights plus offsets only gold/train articles train (-adapt):
//     1.030 / 1.034 / 1.031, BBC train 1.042;
//   - features: the share of words new beyond the title and lead, and
//     their frequency (no change); a sentence opening with a contrast
//     ("But ...", which readers often keep as the other side's answer):
//     1.029 / 1.033 / 1.030, BBC train 1.065; crosses with a text
//     arriving as one block: 1.019, BBC train 1.078;
//   - a bonus for following a pick, +0.2: 1.030 / 1.032 / 1.030, BBC
//     train 1.050; -0.2: 1.016;
//   - the ridge at 1e-3 and 1e-2, gold weight 20 and 45, redundancy 0.3
//     and 0.75 with the expected gain: within 0.003 of the chosen, none
//     better on both;
//   - the expected-gain scoring, adopted (above);
//   - the near-duplicate threshold, adopted at 0.6 (it was 0.8): gold/train
//     1.028 / 1.031 / 1.029 at 0.7 to 0.8, 1.030 / 1.034 / 1.031 from 0.55 to
//     0.65, 1.028 / 1.030 / 1.029 at 0.5; BBC train 1.067 / 1.105 / 1.072 at
//     0.8, 1.067 / 1.104 / 1.071 at 0.6. Read afterwards, BBC test stayed
//     where it was and the CNN/DM sample rose from 0.991 / 0.987 / 0.990,
//     as its captions restate the lead. A paired bootstrap over articles
//     puts the gold/train gain (+0.002) inside the noise (a worse result in
//     13% of resamples) and the CNN/DM one (+0.003 R1 and RLsum) outside it
//     (1%).
//
// A third round (issue 17), against the 1.030 / 1.034 / 1.031 and BBC
// train 1.067 / 1.104 / 1.071 the near-duplicate threshold left:
//   - a word cost, adopted: each word past freeWords costs wordCost. The
//     model's departures from the first three sentences lost on the CNN/DM
//     sample and, where they lost on gold/train, brought in longer
//     sentences (28 words against 22 where they won). Past 30 words, 0.02
//     a word: 1.034 / 1.039 / 1.035, BBC train 1.062 / 1.097 / 1.066; 0.03:
//     1.034 / 1.040 / 1.036 and 1.060; past 20 or 25, 0.03: gold/train
//     1.034 both, BBC train 1.048 or 1.056; past 35, 0.03 to 0.05:
//     1.032 to 1.033 and 1.063 to 1.065; past 40, 0.06: 1.032 and 1.066.
//     The rule was the best
//     gold/train figure whose BBC train cost stays within 0.005, as BBC
//     test runs about 0.012 below BBC train. Paired bootstrap over
//     articles: gold/train +0.004 / +0.005 / +0.004, worse in none of 1,000
//     resamples; BBC train -0.005. Read afterwards: BBC test 1.054 /
//     1.083 / 1.057 (from 1.055 / 1.084 / 1.058, inside the noise), the
//     CNN/DM sample 0.999 / 0.995 / 0.998 (from 0.994 / 0.990 / 0.993;
//     R1 and RLsum outside the noise);
//   - measured before the threshold change (against 1.028 / 1.031 / 1.029
//     and BBC train 1.067 / 1.105 / 1.072), a cost per unit of ln(1+words)
//     on every sentence instead, 0.1 and 0.25: gold/train 1.028 and 1.029,
//     BBC train 1.060 and 1.054;
//   - measured likewise, a design keeping the first three sentences
//     unless the model rates another higher by a margin, 0.5 and 1.5:
//     gold/train 1.021 and 1.008, BBC train 1.035 and 1.008 (the CNN/DM
//     sample, read afterwards, rose to 0.996 and 1.004: it favours the
//     lead; the readers do not);
//   - a bonus of +0.15 or -0.15 to the first three sentences' scores:
//     gold/train 1.027 and 1.018, BBC train 1.054 and 1.076: the model's
//     departures are as many as gold/train wants;
//   - measured likewise, a logistic loss, added to the softmax, on pairs
//     of a reference and a non-reference sentence of which exactly one is
//     among the first three (the decision to leave the lead), gold/train
//     articles only, weight 0.5 and 2: gold/train 1.026 and 1.024, BBC
//     train 1.065 and 1.064;
//   - a feature, a sentence's largest similarity to one of the first five
//     before it (a restatement): gold/train 1.026, BBC train 1.065;
//   - the expected-gain weight at 0.04 and 0.14: gold/train 1.030 and
//     1.029, BBC train 1.063 and 1.071.
//
// Then, with the word cost in place (gold/train 1.034 / 1.039 / 1.035,
// BBC train 1.062 / 1.097 / 1.066):
//   - a margin the model must beat to leave the first three sentences, as
//     a bonus to their scores, -0.07 and +0.07: gold/train 1.030 / 1.034 /
//     1.031 both, BBC train 1.067 and 1.057; the best margin for gold/train
//     is none;
//   - the word cost spared to the first sentence: no change; to the first
//     three: 1.033 / 1.038 / 1.034;
//   - redundancy 0.1, 0.2, 0.3, 0.4 and 0.8: gold/train 1.030, 1.033,
//     1.034 (R2 1.038), 1.033 and 1.031; BBC train 1.066, 1.066, 1.065,
//     1.064 and 1.055. 0.3 gains BBC train 0.003 for gold/train's R2 0.001,
//     so 0.5 stays;
//   - the expected-gain weight at 0.04 and 0.12: gold/train 1.030 / 1.035 /
//     1.031 and 1.034 / 1.038 / 1.035, BBC train 1.058 and 1.066 / 1.104 /
//     1.070. Like redundancy 0.3, 0.12 trades nothing on gold/train for
//     0.004 on BBC train, so 0.08 stays;
//   - a feature, words past 30 over 10, learnt with the rest: gold/train
//     1.030 / 1.033 / 1.031, BBC train 1.067: trained on both references
//     together it learns the BBC extracts' taste for long sentences, which
//     the word cost, chosen on gold/train, corrects;
//   - gold weight 20 and 45: gold/train 1.027 and 1.030, BBC train 1.072
//     and 1.052;
//   - -adapt: gold/train 1.035 / 1.041 / 1.036, BBC train 1.038 (and BBC
//     test, read afterwards, 1.033: under its target);
//   - after the first pick, a bonus for names no pick holds yet (the other
//     side of a story), 0.2 and 0.5 for two or more: gold/train 1.028 and
//     1.018, BBC train 1.065 and 1.071.
//
// Every change that raised gold/train lowered BBC train, and the other
// way round: the two references want different things (three sentences
// a reader keeps, or 40% of the article). Before the word cost the gains
// on gold/train were 0.003 or less, inside the noise of 326 articles; the
// word cost's is outside it. None reaches 1.05 there, nor could this
// feature set with a linear model: fitted on the 285 gold/train articles
// it may train on and scored on all 326 (TestTrain -cv -in-sample, not a
// held-out figure), it gets 1.044 / 1.054 / 1.046 with the word cost
// (1.038 / 1.045 / 1.040 fitted on everything; 1.040 / 1.048 / 1.041 and
// 1.032 / 1.037 / 1.033 before it). The readers kept the
// lead in 310 of 326 articles; after it, their picks need something the
// features do not see; 41% of them are evidence of a dispute the same
// readers marked.
//
// The gist reads comment less well than news: an opinion piece opening
// with the writer's own anecdote keeps that anecdote as its gist, as the
// training references, all news, give no signal for comment.
//
// # Keywords
//
// Candidate phrases are runs of content words cut at stop words,
// punctuation, possessives, changes between names and common words, and
// a participle after a common word ("figures showed").
// Without a tagger a run may glue a verb to its noun phrase, so parts of
// runs are counted as well and a part that recurs becomes a candidate; a
// surname is printed as the full name the text gives once. A common word
// the text uses as a verb (it follows "to", "will", "has" or a pronoun
// more often than "the", "its" or "of") is trimmed from the ends of a
// phrase; a common word alone must read as a noun: used after a
// determiner or preposition somewhere, or written in a plural form more
// than once and never beside a name, where an -s word is a verb ("Yahoo
// thinks"). So "believes", "interested" or "Crucial" are no key phrases.
// [MergeActors] writes a key phrase that is an actor's proper name or
// alias as the actor's name; the engine applies it when it has found
// actors, so "Norwegian" and "Norway" are one key phrase. Inflected and case variants are
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
// so a long document costs in proportion to its length; the redundancy
// penalty compares each candidate with the few sentences picked. Its
// working memory is kept between calls (scratch.go), so a call allocates
// little more than the summary it returns. BenchmarkStage, run by make
// eval-summary with -cpu 1 on documents made as the engine makes them
// (text.NewDocument: sentences and tokens found before the stage),
// measured 10,759 BBC articles per CPU-second, against 12,065 for the
// Lead-3 design in the same run (0.89): the hundred features of every
// sentence, and the expected gain's second pass over the words, cost
// more than reading the first three. Runs on this shared machine vary by
// a fifth.
package summary
