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
// count too; see design.expect in rank.go), the weights a softmax at
// temperature 0.5, so that the few sentences rated best count most,
// less 0.02 per word past 30:
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
//	BBC test (444)           1.052 / 1.080 / 1.055   target 1.05
//	gold/train 5-fold (326)  1.035 / 1.040 / 1.036   target 1.05
//	CNN/DM sample (492)      0.998 / 0.995 / 0.998   target 1.00
//	  without gold's (378)   0.997 / 0.994 / 0.996
//	BBC train 4-fold (1781)  1.064 / 1.101 / 1.068   (TestTrain -cv)
//
// Two targets are missed: gold/train by about 0.012, and the CNN/DM
// sample by up to 0.005. The CNN/DM sample is test-sample.jsonl whole,
// the 492 articles its README names as the sample to evaluate on (the
// tokenized and lower-cased ones are not), Lead-3 being rouge.py's first
// three sentences (every one of these articles arrives as one line, so
// its old paragraph bug could not touch them); the row without gold's
// leaves out the 114 articles whose text is in gold/train/texts, every
// one of gold/train's CNN/DM articles. Resampling the sample's articles
// (1,000 bootstrap draws) puts its ratios at 0.988 to 1.008, 0.976 to
// 1.015 and 0.987 to 1.009 (95%): 492 articles do not tell 0.998 from
// 1.00. BBC test's R1, likewise, lies between 1.037 and 1.068.
//
// The expected-gain scoring (weight 0.08) was chosen on the two
// cross-validations: at 0.05 to 0.1 it left gold/train where it was
// (1.028 / 1.031 / 1.029 at 0.08) and raised BBC train from 1.059 /
// 1.091 / 1.063; at 0.5 BBC train rose to 1.103 but gold/train
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
// A second round (issue 17), held-out gold/train R1 / R2 / RLsum then
// BBC train R1, against 1.028 / 1.031 / 1.029 and 1.059:
//   - reference sentences scored against the non-reference ones only:
//     1.017 / 1.014 / 1.017, BBC train 1.085 (gold weight 10: 0.980 and
//     1.162; 100: 1.022 and 1.054);
//   - soft labels, a non-reference sentence labelled 0.2 or 0.5 times its
//     largest similarity to a reference one: 1.021 and 1.003, BBC train
//     1.076 and 1.101;
//   - BBC extracts labelled by their first three sentences only: 1.029 /
//     1.034 / 1.031, BBC train 1.059 (gold weight 60: 1.030 and 1.049);
//   - offsets to the weights only gold/train articles train (-adapt):
//     1.030 / 1.034 / 1.031, BBC train 1.042;
//   - features: words new beyond the title and lead (no change), an
//     opening contrast (1.029, BBC train 1.065), crosses with a text
//     arriving as one block (1.019 and 1.078);
//   - a bonus for following a pick, +0.2 and -0.2: 1.030 and 1.016, BBC
//     train 1.050 (+0.2);
//   - ridge 1e-3 and 1e-2, gold weight 20 and 45, redundancy 0.3 and
//     0.75: within 0.003 of the chosen, none better on both;
//   - adopted: the expected-gain scoring (above), and the near-duplicate
//     threshold at 0.6 rather than 0.8 (gold/train 1.030 / 1.034 / 1.031
//     from 0.55 to 0.65, 1.028 at 0.5 and at 0.7 to 0.8; BBC train 1.067
//     at 0.6 and 0.8). Read afterwards, BBC test stayed where it was and
//     the CNN/DM sample rose from 0.991 / 0.987 / 0.990, as its captions
//     restate the lead; a paired bootstrap over articles puts the
//     gold/train gain (+0.002) inside the noise (worse in 13% of
//     resamples), the CNN/DM one (+0.003) outside it (1%).
//
// A third round (issue 17), against gold/train 1.030 / 1.034 / 1.031 and
// BBC train 1.067 / 1.104 / 1.071:
//   - adopted, a word cost: the model's departures from the first three
//     sentences lost on the CNN/DM sample and, where they lost on
//     gold/train, brought in longer sentences (28 words against 22 where
//     they won). 0.02 a word past 30: 1.034 / 1.039 / 1.035, BBC train
//     1.062 / 1.097 / 1.066; 0.03: 1.034 and 1.060; past 20 or 25 at
//     0.03: 1.034, BBC train 1.048 or 1.056; past 35 or 40 at 0.03 to
//     0.06: 1.032 to 1.033, BBC train 1.063 to 1.066. It is the best
//     gold/train figure whose BBC train cost stays within 0.005, as BBC
//     test runs about 0.012 below BBC train. Paired bootstrap: gold/train
//     +0.004 / +0.005 / +0.004, worse in none of 1,000 resamples; BBC
//     train -0.005. Read afterwards: BBC test 1.054 / 1.083 / 1.057 (from
//     1.055 / 1.084 / 1.058), the CNN/DM sample 0.999 / 0.995 / 0.998
//     (from 0.994 / 0.990 / 0.993);
//   - before it, and before the near-duplicate threshold changed
//     (against 1.028 and BBC train 1.067): a cost per ln(1+words), 0.1
//     and 0.25 (1.028 and 1.029, BBC train 1.060 and 1.054); keeping the
//     first three unless the model rates another higher by 0.5 or 1.5
//     (1.021 and 1.008, BBC train 1.035 and 1.008; the CNN/DM sample,
//     read afterwards, rose to 0.996 and 1.004: it favours the lead, the
//     readers do not); a logistic loss on pairs of which one is among the
//     first three, weight 0.5 and 2 (1.026 and 1.024);
//   - before it, against 1.030: a bonus of +0.15 or -0.15 to the first
//     three (1.027 and 1.018, BBC train 1.054 and 1.076); a sentence's
//     largest similarity to one of the five before it (1.026);
//     expected-gain weight 0.04 and 0.14 (1.030 and 1.029);
//   - after it (against 1.034 / 1.039 / 1.035, BBC train 1.062): a margin
//     of -0.07 or +0.07 to leave the first three (1.030 both, BBC train
//     1.067 and 1.057); the word cost spared to the first sentence (no
//     change) or three (1.033); redundancy 0.1 to 0.8 (1.030 to 1.034,
//     BBC train 1.055 to 1.066; 0.3 gains BBC train 0.003 for R2 0.001);
//     expected-gain weight 0.04 and 0.12 (1.030 and 1.034, BBC train 1.058
//     and 1.066; 0.12 trades nothing on gold/train for 0.004 on BBC
//     train); words past 30 as a feature (1.030, BBC train 1.067: trained
//     on both references it learns the extracts' taste for long
//     sentences, which the word cost, chosen on gold/train, corrects);
//     gold weight 20 and 45 (1.027 and 1.030, BBC train 1.072 and 1.052);
//     -adapt (1.035 / 1.041 / 1.036, BBC train 1.038; BBC test, read
//     afterwards, 1.033); a bonus for names no pick holds yet, 0.2 and 0.5
//     (1.028 and 1.018).
//
// A fourth round (issue 17), against gold/train 1.034 / 1.039 / 1.035
// and BBC train 1.062 / 1.097 / 1.066, changed nothing. Its code is in
// the commit "summary: round-four experiments" (git log), reverted after
// it; BBC test and the CNN/DM sample were not read, as nothing was
// chosen. Gold/train, then BBC train, R1 unless three are given:
//   - gradient-boosted regression trees on the same softmax loss (depth 1
//     to 3, learning rate 0.05 or 0.1, 30 to 300 rounds, Newton leaf
//     values, at least 20 to 100 of Hessian a leaf), on both references:
//     alone, 1.025 and 1.048 (depth 2, 100 rounds) to 1.026 and 1.089
//     (depth 3, 300); added to the linear model without the crosses
//     (alone 1.017 and 1.057), 1.011 to 1.026 and 1.063 to 1.095; added
//     to the model with them, 1.022 to 1.029 and 1.066 to 1.078. The
//     trees buy BBC train up to 1.095 / 1.152 / 1.102 with gold/train's
//     BBC articles, given the extracts' taste the readers do not share
//     (1.030 with the linear model, 0.999 to 1.021 with trees, 1.009
//     without the crosses). Kept from splitting on the title and
//     paragraph features, which tell a BBC text from a CNN one: 1.025 and
//     1.030, BBC train 1.069 and 1.070. At gold weight 60 and 100: 1.031
//     and 1.035 / 1.041 / 1.036, BBC train 1.055 and 1.047;
//   - the same trees fitted to gold/train alone on top of the linear
//     model, a non-linear -adapt: at best 1.039 / 1.047 / 1.040 (depth 2,
//     100 rounds at 0.05, a leaf at least 100 of Hessian), BBC train
//     1.042 / 1.063 / 1.044; depth 1, 1.038 and 1.047; depth 3 (50
//     rounds), 1.030 and 1.041. Paired bootstrap over articles:
//     gold/train +0.005 (95% interval -0.006 to +0.016, not better in 17%
//     of 1,000 resamples), BBC train -0.020 (-0.024 to -0.015): -adapt's
//     trade again. Started from a model trained at gold weight 15 (1.017
//     and 1.084), 15 to 100 such rounds move along the same line: 1.030
//     and 1.058, 1.034 / 1.040 / 1.035 and 1.050, 1.039 and 1.042;
//   - a blend of linear models fitted to each reference alone, 0.85, 0.7
//     and 0.5 of the gold/train one: 1.032 and 1.058, 1.018 and 1.085,
//     0.988 and 1.155;
//   - the trees on a logistic loss, sentence by sentence: BBC train 1.121
//     to 1.139 (depth 2 and 3), gold/train 1.002 and 0.991; at gold
//     weight 100 or 300, 1.011 and 1.004, BBC train 1.094 and 1.097;
//   - features placing a sentence among its article's: its centrality's
//     rank and z-score, its title overlap's and term frequency's ranks:
//     1.031 / 1.034 / 1.031, BBC train 1.063; one at a time 1.030 to
//     1.033, BBC train 1.060 to 1.062; with trees 1.031 to 1.032, BBC
//     train 1.066 to 1.069 (gold weight 45: 1.030 and 1.059; fitted to
//     gold/train alone, 1.033 and 1.043);
//   - the first sentence that quotes, that reports, that disputes, that
//     contrasts, and the sentence after a quote (the other side's first
//     word): 1.029 / 1.033 / 1.029, BBC train 1.062; without the last,
//     1.032 / 1.039 / 1.033 and 1.061; with trees fitted to gold/train,
//     1.034 and 1.043.
//
// A fifth round (issue 17) looked at where the model loses to Lead-3 on
// the CNN/DM sample, then at the decoding, against gold/train 1.034 /
// 1.039 / 1.035 and BBC train 1.062 / 1.097 / 1.066. The code of what
// was not kept is in the commits "summary: joint decoding by expected
// ROUGE-1 F" and "summary: run-on sentences as a feature and the best
// set of three", reverted after them; the two one-line changes below
// (the crosses, the sum of the picks) were not committed.
//   - Where it loses (the shipped model, read on the sample, not used
//     for any choice): 342 of 492 summaries are Lead-3's text; 29 are
//     the first three sentences as the document reads them (furniture
//     left out, a different split), together a gain; 122 leave the first
//     three, most often putting the fourth or fifth sentence in the
//     third's place, and win 59, lose 62, a net loss that is the whole
//     gap. The sentences brought in where they lose are longer (median
//     30 words, against 22 where they win), report speech ("said",
//     "told The Associated Press") more often (26 of 69, against 16 of
//     64) and more often run two sentences together (10 of 69, against 5
//     of 64: a photo caption pasted in without its full stop, "... in
//     the derby Head coach Ana Lenz said", invented here); the lead
//     sentences they push out are short (median 19 words) and often
//     open by pointing back ("This increases the risk ..."). Where they
//     win, they skip a fragment ("But they are wrong.") or take a caption
//     that restates the story. Such articles put the news in short
//     opening sentences and the evidence, quotes, in long ones after
//     them;
//   - the joint objective, each key point after the first picked for
//     the ROUGE-1 F-measure the set is expected to earn, each sentence
//     a reference one with probability min(1, K·p): K 3, 5 and 10, 1.005,
//     1.009 and 0.962, BBC train 1.015, 1.046 and 1.085; from the first
//     pick, 0.993; its log added to the design's score (weight 0.25 or
//     1), 1.031, BBC train 1.061 and 1.059; replacing redundancy and the
//     word cost, 1.028 and 1.070. Content-word overlap with likely
//     sentences rewards what many sentences share, the extracts' taste;
//   - a feature marking two sentences run together (a word that opens
//     sentences, capitalised, after a lower-case word with no stop
//     between): learnt weight -0.10, every figure unchanged;
//   - fQuoteReport and fLong added to the features crossed with the
//     position bins (crossOf), as reported speech in long sentences is
//     what the losing picks have: 1.030 / 1.033 / 1.031, BBC train
//     1.065 (with the temperature below);
//   - redundancy read as a sentence's cosine with the sum of the picks'
//     unit vectors, not its largest with one pick (with the temperature
//     below): 1.033 / 1.038 / 1.034, BBC train 1.062; weight 0.7, 1.034 /
//     1.039 / 1.035 and 1.059;
//   - the three key points chosen as the best set among the 6 to 12
//     best-scored, the greedy pick's objective over the whole set:
//     gold/train unchanged, BBC train +0.001 (R2, RLsum); with
//     redundancy 0.3, R2 -0.001 and BBC train 1.066; with 1, 1.030 and
//     1.052;
//   - adopted, the expected gain's weights at a softmax temperature
//     below 1: 0.1, 0.25, 0.35, 0.4, 0.5, 0.7 and 2 gave 1.033, 1.035,
//     1.034, 1.034, 1.035, 1.033 and 1.030 (BBC train 1.065, 1.065,
//     1.064, 1.064, 1.064, 1.063 and 1.061); at 0.5 the weight 0.06, 0.1
//     and 0.12 (1.033, 1.033, 1.031), redundancy 0.4 and 0.6 (1.034 and
//     1.035, BBC train 1.065 and 1.062) and word cost 0.03 (1.034) did
//     no better. 0.5 is the highest temperature of the plateau: 1.035 /
//     1.040 / 1.036, BBC train 1.064 / 1.101 / 1.068. Paired bootstrap
//     over articles: gold/train +0.001 (not better in 26% to 36% of
//     1,000 resamples, inside the noise), BBC train +0.002 / +0.004 /
//     +0.002 (not better in about 1%). Read afterwards, it changes 10 of
//     444 BBC test summaries and 14 of 492 CNN/DM ones: BBC test 1.052 /
//     1.080 / 1.055 (from 1.054 / 1.083 / 1.057; 95% interval of the
//     change -0.005 to +0.002 for R1), the CNN/DM sample 0.998 / 0.995 /
//     0.998 (from 0.999 / 0.995 / 0.998), without gold's 0.997 / 0.994 /
//     0.996 (from 0.999 / 0.996 / 0.998): every change inside its noise,
//     and kept, as the choice is made on the cross-validations.
//
// A sixth round (issue 17) looked for information the features lack,
// against the tree as found: gold/train 1.034 / 1.038 / 1.035, BBC train
// 1.064 / 1.100 / 1.068. Its code is in the commit "summary: round-six
// experiments", reverted after it; BBC test and the CNN/DM sample were
// not read, as nothing was chosen. Gold/train, then BBC train, R1 unless
// three are given:
//   - features, one at a time: the share of a sentence's words inside
//     quotation marks, 1.028 / 1.030 / 1.029 and 1.063; its summed
//     similarity to the sentences before it, 1.031 and 1.064, and to
//     those after it (how much the story takes it up again), 1.031 and
//     1.065; the share of its terms a later sentence uses again, 1.030
//     and 1.065; numbers over words, and the share of the eight terms
//     used most, no change; a weekday or "yesterday", 1.032 and 1.063; a
//     quote holding a main name, and one naming nobody, 1.031 and 1.064;
//     a paragraph of one sentence, and paragraph-first weighed by the
//     share of paragraphs of more than one, 1.030 and 1.067;
//   - all eleven: 1.029 / 1.030 / 1.029, BBC train 1.069 / 1.109 / 1.074
//     (paired bootstrap over articles, gold/train -0.005, 95% interval
//     -0.015 to +0.004); at gold weight 60 and 100, 1.028 and 1.027 (BBC
//     train 1.056 and 1.049), against 1.031 and 1.031 without them (1.049
//     and 1.043); the first seven crossed with the position bins too
//     (quote share, earlier and later similarity), 1.030 and 1.065;
//     with word cost 0.03 and 0.05, 1.028; with expected-gain weight 0,
//     0.04 and 0.15, 1.028, 1.031 and 1.024 (BBC train 1.061, 1.066 and
//     1.077; without them, at weight 0, 1.028 and 1.053); their weights
//     learnt from gold/train articles alone (as -adapt's offsets, on
//     them only; a three-line change to fit, not committed), 1.021 and
//     1.056. They buy the extracts what they cost the
//     readers' three sentences. Fitted on gold/train and
//     scored on it (-in-sample), the eleven raise the model fitted on
//     everything from 1.036 / 1.043 / 1.037 to 1.039 / 1.045 / 1.039 and
//     lower the one fitted on gold/train alone from 1.041 / 1.050 /
//     1.043 to 1.033 / 1.039 / 1.034: a better likelihood of the
//     readers' sentences is not a better choice of three. With them the
//     stage read 12,017 articles per CPU-second against Lead-3's 14,288
//     in the same run;
//   - objectives (the softmax is already listwise; a pairwise ranker
//     was tried in the first round): gold/train articles by a
//     Plackett-Luce likelihood, each reference sentence against those
//     not yet placed, 1.022 / 1.021 / 1.022 and 1.073 (gold weight 90:
//     1.021 and 1.077); every article's first ten sentences only, 1.032
//     and 1.069; each reference sentence against the three others the
//     model scores best only (hard negatives, chosen anew at each Newton
//     step from zero weights), which never learns to keep the rest down:
//     0.617.
//
// A seventh round (issue 17) trained for the chosen set itself, against
// the same figures (gold/train 1.034 / 1.038 / 1.035, BBC train 1.064 /
// 1.100 / 1.068), and changed nothing. Its code is in the commit
// "summary: round-seven experiments" (git log), reverted after it.
// Gold/train, then BBC train, R1 unless three are given; bootstraps are
// paired over articles, 1,000 resamples of rouge.py's scores:
//   - LambdaRank from the softmax model's weights: each pair of one of
//     the three sentences the model rates best and one it leaves out is
//     weighted by how much swapping them would change the set's ROUGE
//     (the mean of R1 and R2 F against the reference), and a logistic
//     loss on their score difference, so weighted, is minimised by 10 or
//     20 damped Newton steps, the sets and weights found anew at each.
//     On gold/train's articles, pulled back to the softmax weights by a
//     ridge of 0.1, 0.01 and 0.001 (a step changing a weight by at most
//     1, 0.1 and 0.2): 1.028, 1.031 / 1.035 / 1.032 and 1.020, BBC train
//     1.049, 1.055 and 1.062 (the second -0.002, not better in 62% of
//     resamples; at ridge 0.01 with steps up to 1, 1.030 and 1.062);
//     the sets picked by the design itself (redundancy, expected gain)
//     rather than by score: 1.026 and 1.053; pulled back
//     by the softmax loss's Hessian at its weights rather than a ridge,
//     so that what the two references pin down stays put, at 0.3, 1 and
//     3: 1.031, 1.034 / 1.039 / 1.035 and 1.030, BBC train 1.048, 1.045
//     and 1.049 (at 1, +0.001, not better in 45% of resamples, BBC train
//     -0.019: -adapt's trade again); so, with the design's sets, at 0.3
//     and 1: 1.027 and 1.031 (BBC train 1.046 both); on the BBC
//     extracts too, 1.016 and 1.085 (gold weight 300: 1.023 and 1.065;
//     with the Hessian at 1 and gold weight 100: 1.028 and 1.056). The
//     training folds' own ROUGE
//     rises (the sets' mean gain from 0.733 to 0.746 at ridge 0.001);
//     the held-out one does not. Every variant lowered gold/train's
//     CNN/DM articles (1.039 to between 1.008 and 1.030) and most raised
//     its BBC ones (1.031 to as much as 1.041): the swaps learnt are the
//     majority's, 212 BBC articles of 326;
//   - the design tuned inside each fold: redundancy 0.3, 0.5 or 0.7,
//     word cost 0.01, 0.02 or 0.03 and expected-gain weight 0.04, 0.08
//     or 0.12, chosen jointly by the three ratios on the fold's training
//     gold articles (summarised by the fold's model, which was fitted on
//     them): the five folds chose four settings, and held out gave 1.027
//     / 1.029 / 1.028, -0.007 (95% interval -0.013 to -0.002). The
//     fixed settings were chosen on the cross-validation itself, so
//     some of their 0.007 is the luck of that choice: a design tuned
//     blind would score nearer 1.027 than 1.034 on new readers;
//   - where the CNN/DM sample loses (the shipped model; read, not used
//     for a choice), summing each article's R1 F less Lead-3's (all:
//     -0.40 over 492): the 335 summaries that are Lead-3's text, 0; the
//     29 that are the first three as the document reads them, +0.29; the
//     third sentence replaced by the fourth (42), -0.15, by the fifth
//     (32), -0.63. Sets whose longest pick has more than 30 words lose
//     (99, -0.82; the others +0.42); sets quoting do not (none quoting,
//     120, -0.58; one, 24, +0.40). Where Lead-3's three sentences all
//     have 12 words or more the model's departures lose (102, -1.48);
//     where one is shorter they win (55, +1.08): leaving the lead pays
//     when it holds a fragment, not when it is three full sentences.
//     Outlet style is not what is mis-scored: the texts arrive as one
//     line (the paragraph features are silent), none carries a "By ...
//     PUBLISHED:" byline, furniture was found in 168 (+0.72 there,
//     -1.12 in the 324 without) and among the first three in only 5
//     (+0.24). Texts with curly quotes (130, a trait of how they were
//     scraped) gain +0.87, those opening "(CNN)" (43) lose -0.12, the
//     rest (319) -1.15, of which the 18 departures in the 51 from one
//     scrape (sumcot) -0.90, where photo captions run into the next
//     sentence without a stop (as in an invented "... the flooded
//     street Residents said ..."; in the three such losses read, before
//     a noun or after a quotation mark, where the fifth round's run-on
//     feature does not look); gold/train has too few such articles to
//     choose a remedy by.
//
// The readers' choices leave room: 63 of the 326 references are the
// first three sentences; the readers took the second sentence in 201,
// the third in 134 and a sentence past the tenth 100 times. The model's
// cross-validated summaries differ from Lead-3's score in 133 articles,
// win 79 and lose 54; a feature set that changes 37 of them (the first
// seven) wins 17 and loses 20, which 326 articles cannot tell apart.
//
// A small network was not tried: the trees showed where extra capacity
// goes, to the extracts' taste or to gold/train at the extracts' cost,
// and a network trained on the same loss has the same two references.
//
// Every change that raised gold/train lowered BBC train, and the other
// way round: the two references want different things (three sentences
// a reader keeps, or 40% of the article), and a more flexible model
// serves whichever it is fitted to more closely. Gains on gold/train of
// 0.005 or less are inside the noise of 326 articles (a 95% interval of
// about ±0.01); the word cost's is outside it. None reaches 1.05 there,
// nor could this feature set with a linear model: fitted on the 285
// gold/train articles it may train on and scored on all 326 (TestTrain
// -cv -in-sample, not a held-out figure), it gets 1.044 / 1.054 / 1.046
// (1.038 / 1.045 / 1.040 fitted on everything). The readers kept the
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
// measured 10,390 BBC articles per CPU-second, against 11,850 for the
// Lead-3 design in the same run (0.88; medians of three runs, 10,006 to
// 10,669 and 11,525 to 11,874): the hundred features of every sentence,
// and the expected gain's second pass over the words, cost more than
// reading the first three. Runs on this shared machine vary by
// a fifth.
package summary
