// Package ner finds the names of people, organisations, locations and
// other named things (the CoNLL-2003 types [PER], [ORG], [LOC], [MISC]) in
// English news text, with a statistical tagger trained in this package and
// embedded in the binary.
//
// [Default] returns the tagger of the embedded model, read once on first
// use. [Tagger.Tag] tags a whole text; [Tagger.AppendDocument] does the
// same for sentences the caller already has (from text.Sentences), and
// [Tagger.AppendEntities] tags one sentence given as its text.Token
// values. Each [Entity] is a byte span into the original UTF-8 text and a
// [Type]. [Tagger.AppendTags] and [Tagger.AppendDocumentTags] tag text
// that is already tokenised, one word per string, and return CoNLL IOB2
// tags; they are what the evaluation uses.
//
// # Model
//
// A linear sequence model over BILOU tags (Begin, Inside, Last, Unit,
// Outside: 17 tags for four types), trained as an averaged structured
// perceptron (Collins 2002) and decoded exactly by Viterbi over tag
// bigrams. BILOU rather than BIO because it lets the weights tell the
// first, inner and last words of a name apart and name single-word
// entities as such; Ratinov and Roth (2009) found it better than BIO for
// this task. Decoding only visits the 97 tag pairs BILOU allows, so every
// output is well formed. The perceptron rather than a CRF because, with
// the same features, the two score within a few tenths of a point of
// each other on CoNLL-2003, while the perceptron needs no gradient, no
// regulariser to tune and no floating point during training: its weights
// are integers until the final average, so a fixed seed gives the same
// model to the byte on any machine. Five perceptrons, each seeing the
// documents in a different order, are averaged into the model: one alone
// varies by ±0.3 F1 with the order, their mean is steadier and better.
//
// # Features
//
// Every feature is a 64-bit hash of a template and its values, with one
// weight per tag. For each word the model looks at the words from two
// before to two after it:
//
//   - the word, its lower case, its shape ("Xx", "X.X.", "d-d") and, for
//     the word itself, a finer shape, prefixes and suffixes of 1 to 4
//     characters;
//   - Brown clusters (bit-string prefixes of length 4, 6, 10 and 20) of
//     the word and its neighbours, learnt by gen_clusters.go from CoNLL
//     train, the BBC corpus and a CNN/DailyMail sample (1.5 million
//     tokens; internal/brown implements Liang's algorithm);
//   - gazetteer labels from analysis/gazetteer (country, capital,
//     demonym, people, organisation, abbreviation, region, seat of
//     government) for the word alone and for phrases of up to 8 words,
//     with the word's position in the phrase;
//   - capitalisation in context: shape and word conjoined with being the
//     first word of a sentence or in an all-caps sentence (CoNLL's
//     headlines and sports tables), an all-caps word's usual casing
//     ("JAPAN" read as "Japan": its word and clusters), and how often the
//     unlabelled text writes a capitalised word in lower case ("Police"
//     at the start of a sentence is not a name);
//   - word bigrams and shape trigrams around the word, and the previous
//     tag through the transition weights;
//   - document features (Ratinov and Roth 2009): how the rest of the
//     document writes a capitalised word (in lower case, capitalised
//     inside a sentence), the words around its first six occurrences
//     ("Mr Blair" makes a later "Blair" a person), and which types the
//     tagger gave it in earlier sentences. They need the whole document:
//     Tag, AppendDocument and AppendDocumentTags provide it; the
//     single-sentence methods treat the sentence as a document of its
//     own.
//
// One rule follows the model: a title opening a person's name ("Mr",
// "Ms", "Dr") is left out of it, as CoNLL-2003 does. Reuters seldom
// writes titles, so the model never learnt that; British news writes
// them, undotted, before nearly every name.
//
// Raw text is tokenised by analysis/text and then split as CoNLL-2003 is
// ("Blair's" as "Blair" and "'s", "don't" as "do" and "n't"), so that an
// entity may end inside a text token; its span then ends where the name
// does. Other differences remain: text keeps "$1.5bn" and "20%" whole
// where CoNLL splits them, which matters little to names.
//
// # Training
//
// [Train] trains a model on documents of tagged sentences. gen_clusters.go,
// train_model.go and eval_model.go (build-ignored programs in this folder,
// run by the Makefile targets ner-clusters, train-ner and eval-ner) learn
// the clusters, train on CoNLL-2003 train and score dev and test. Every
// choice (templates, number of epochs and runs, cluster count) was made
// on dev. Test was scored twice: once, early, to check the evaluation
// pipeline end to end (a model without clusters or document features),
// and once for the final model; no choice was made on it. [Tagger.WriteTo] writes a model and [Load]
// reads one; the embedded model/ner.model.gz holds the weights
// (quantised to 16 bits; features that round to zero dropped), the
// clusters and the training vocabulary.
//
// # Performance
//
// On CoNLL-2003 the embedded model scores (entity F1, conlleval):
//
//	        dev     test
//	PER    96.23   92.69
//	ORG    89.27   84.33
//	LOC    96.04   92.09
//	MISC   89.27   80.76
//	all    93.54   88.62
//
// Stanford NER's published CoNLL-2003 test figure is 86.86; Ratinov and
// Roth (2009), with gazetteers mined from Wikipedia and clusters learnt
// on some 30 times more text, reached 90.80. On dev, the Brown clusters are worth
// 0.7 F1, the gazetteer 0.5, the history features 0.8 and averaging five
// perceptrons 0.3 (single runs of the ablated models; the noise between
// runs is about 0.3).
//
// Tagging costs one hash-table probe per known word: the sum of a known
// word's lexical feature weights at each of the five window offsets is
// computed when the model is loaded, so only the context features
// (bigrams, shape trigrams, gazetteer phrases, document features) and
// unknown words are hashed per call. Scores are integers, weights in
// units of the quantisation step, so sums are exact and decoding is the
// same on every machine. BenchmarkAppendTags tags the dev sentences one
// at a time at 0.7 to 1.1 million tokens a second on one core of the
// 2-core development machine (the spread is other work on it), with no
// allocation per sentence: the Tagger keeps its buffers in a sync.Pool.
// A known word costs about 0.7 µs, a word outside the model's 42,000
// (6% of dev) about 3 µs more, most of it hash-table probes for its
// affixes. Loading the model takes under a second and 36 MB of memory.
package ner
