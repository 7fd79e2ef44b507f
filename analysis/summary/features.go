package summary

import (
	"fmt"
	"math"
	"slices"
)

// Sentence features, the inputs of the scoring models (model.go). Each is
// a number of about unit scale, so that the trained weights can be read
// against one another.
const (
	fFirst    = iota // 1 for the first body sentence: the lead
	fSecond          // 1 for the second
	fThird           // 1 for the third
	fPosition        // 1/(1+rank): news puts the most important facts first
	fRelative        // rank/(n-1): how far through the story the sentence is
	// fCentrality is the sentence's summed cosine similarity to the other
	// sentences, scaled so that the most central sentence has 1.
	fCentrality
	fLeadSim // cosine similarity to the lead; 0 for the lead itself
	fTitle   // share of the title's terms the sentence holds; 0 without a title
	// fTermFreq is the mean, over the sentence's content words, of the log
	// of how often the document uses each: sentences about what the story
	// keeps returning to score higher.
	fTermFreq
	fLength    // ln(1+words)
	fShort     // 1 below shortWords words: a fragment says little
	fLong      // 1 above longWords words: a run-on is a list or a quote
	fQuote     // 1 when the sentence holds a quotation mark
	fQuoteOpen // 1 when it opens with one: a quote, not a report
	fNumbers   // number tokens, at most 3, over 3
	fNames     // share of words that are names
	fAnaphor   // 1 when it opens with a pronoun or connective pointing back
	fQuestion  // 1 when it asks a question
	// fParaFirst is 1 for the first sentence of a paragraph, in a text of
	// two or more: writers open a paragraph with its point.
	fParaFirst
	// fParaPosition is 1/(1+k) for a sentence in the text's kth
	// paragraph, in a text of two or more.
	fParaPosition
	// fOneParaPosition is fPosition in a text that arrives as one
	// paragraph, and 0 otherwise: such texts (wire copy, scraped pages)
	// have only the sentence order to say where the story starts.
	fOneParaPosition
	// fActors is the share of the document's main names (the terms it
	// most often writes with a capital) the sentence holds: who the story
	// is about.
	fActors
	fReport      // 1 when it holds a reporting verb ("said")
	fFirstPerson // 1 when it holds a first-person pronoun
	fFuture      // 1 when it holds a future or plan ("will", "plans")
	fContrast    // 1 when it holds a contrast ("but", "however")
	fDispute     // 1 when it holds a verb of disagreement ("denied", "rejected")
	fNewNames    // names used for the first time, at most 3, over 3: who enters the story
	fQuoteReport // 1 when it quotes and says who said it: a position stated
	fEarly       // 1 among the first five body sentences
	fLogPosition // ln(1+rank): how far down, read coarsely
	// fCross is the first of the crosses of place and content: for a
	// sentence in position bin b (see positionBin), feature
	// fCross+b*nCross+j repeats feature crossOf[j], and the crosses of
	// the other bins are 0. A linear model can then weigh a thing
	// differently by where it is said: length or a quote in the second
	// sentence is not what it is in the ninth.
	fCross
	nFeatures = fCross + nBins*nCross
)

// nBins is how many position bins positionBin tells apart; nCross how
// many features are crossed with them.
const nBins, nCross = 5, 13

// crossOf are the features crossed with the position bins.
var crossOf = [nCross]int{fCentrality, fLength, fTitle, fReport, fQuote, fNames,
	fAnaphor, fDispute, fContrast, fFirstPerson, fNewNames, fNumbers, fShort}

// positionBin returns the bin of body sentence rank: 0, 1 and 2 for the
// first three, 3 for the fourth and fifth, 4 for the sixth to the tenth,
// and -1 past them.
func positionBin(rank int) int {
	switch {
	case rank <= 2:
		return rank
	case rank <= 4:
		return 3
	case rank <= 9:
		return 4
	}
	return -1
}

// featureNames are the features' names in the model file, by index.
var featureNames = [nFeatures]string{
	fFirst:           "first",
	fSecond:          "second",
	fThird:           "third",
	fPosition:        "position",
	fRelative:        "relative",
	fCentrality:      "centrality",
	fLeadSim:         "lead_similarity",
	fTitle:           "title",
	fTermFreq:        "term_frequency",
	fLength:          "length",
	fShort:           "short",
	fLong:            "long",
	fQuote:           "quote",
	fQuoteOpen:       "quote_open",
	fNumbers:         "numbers",
	fNames:           "names",
	fAnaphor:         "anaphor",
	fQuestion:        "question",
	fParaFirst:       "paragraph_first",
	fParaPosition:    "paragraph_position",
	fOneParaPosition: "one_paragraph_position",
	fActors:          "actors",
	fReport:          "report",
	fFirstPerson:     "first_person",
	fFuture:          "future",
	fContrast:        "contrast",
	fDispute:         "dispute",
	fNewNames:        "new_names",
	fQuoteReport:     "quote_report",
	fEarly:           "early",
	fLogPosition:     "log_position",
}

// The crosses' names are the bin and the crossed feature's name:
// "bin1_quote".
func init() {
	for b := range nBins {
		for j, c := range crossOf {
			featureNames[fCross+b*nCross+j] = fmt.Sprintf("bin%d_%s", b, featureNames[c])
		}
	}
}

// mainNames is how many of a document's names fActors looks for.
const mainNames = 3

// Length limits of fShort and fLong, in word and number tokens.
const shortWords, longWords = 8, 45

// features is one sentence's feature vector.
type features [nFeatures]float64

// appendFeatures appends the feature vector of every body sentence of d
// to dst, given their centrality.
func (d *docTerms) appendFeatures(dst []features, cent []float64) []features {
	d.findNames()
	for i := range d.sents {
		dst = append(dst, d.features(i, cent[i]))
	}
	return dst
}

// features returns the feature vector of body sentence i, given its
// centrality.
func (d *docTerms) features(i int, cent float64) features {
	var f features
	s := &d.sents[i]
	positionFeatures(&f, s.rank, len(d.sents))
	d.contentFeatures(&f, i, cent)
	styleFeatures(&f, s)
	paragraphFeatures(&f, s, d.paras)
	crossFeatures(&f, s.rank)
	return f
}

// positionFeatures sets the features of a body sentence's rank among n:
// news puts the most important facts first.
func positionFeatures(f *features, rank, n int) {
	switch rank {
	case 0:
		f[fFirst] = 1
	case 1:
		f[fSecond] = 1
	case 2:
		f[fThird] = 1
	}
	f[fPosition] = 1 / float64(1+rank)
	if n > 1 {
		f[fRelative] = float64(rank) / float64(n-1)
	}
	if rank < 5 {
		f[fEarly] = 1
	}
	f[fLogPosition] = math.Log1p(float64(rank))
}

// contentFeatures sets the features of what body sentence i, of
// centrality cent, shares with the rest of the document: the other
// sentences, the lead, the title, the terms used most, the main names.
func (d *docTerms) contentFeatures(f *features, i int, cent float64) {
	s := &d.sents[i]
	f[fCentrality] = cent
	if i > 0 {
		f[fLeadSim] = cosine(s, &d.sents[0])
	}
	if len(d.title) > 0 {
		f[fTitle] = d.titleOverlap(s)
	}
	f[fTermFreq] = d.termFrequency(s)
	if len(d.names) > 0 {
		f[fActors] = float64(holds(s.bag, d.names)) / float64(len(d.names))
	}
}

// termFrequency is the mean, over the content words of s, of the log of
// how often the document uses each; 0 without content words.
func (d *docTerms) termFrequency(s *sentence) float64 {
	var tf, terms float64
	for _, tc := range s.bag {
		tf += float64(tc.n) * math.Log(float64(d.terms[tc.term].tf))
		terms += float64(tc.n)
	}
	if terms > 0 {
		return tf / terms
	}
	return 0
}

// styleFeatures sets the features of how s is written: its length,
// quotes, numbers, names, and the cue words it holds.
func styleFeatures(f *features, s *sentence) {
	f[fLength] = math.Log1p(float64(s.words))
	if s.words < shortWords {
		f[fShort] = 1
	}
	if s.words > longWords {
		f[fLong] = 1
	}
	if s.quotes > 0 {
		f[fQuote] = 1
	}
	if s.quoteStart {
		f[fQuoteOpen] = 1
	}
	f[fNumbers] = float64(min(s.numbers, 3)) / 3
	if s.words > 0 {
		f[fNames] = float64(s.names) / float64(s.words)
	}
	if s.anaphor {
		f[fAnaphor] = 1
	}
	if s.question {
		f[fQuestion] = 1
	}
	f[fNewNames] = float64(min(s.newNames, 3)) / 3
	if s.quotes > 0 && s.cues&cueReport != 0 {
		f[fQuoteReport] = 1
	}
	for c, fi := range [...]int{fReport, fFirstPerson, fFuture, fContrast, fDispute} {
		if s.cues&(1<<c) != 0 {
			f[fi] = 1
		}
	}
}

// paragraphFeatures sets the features of the place of s in its paragraph
// in a text of paras paragraphs; a text of one has only the sentence
// order, so it gets fPosition again as fOneParaPosition, which
// positionFeatures must have set.
func paragraphFeatures(f *features, s *sentence, paras int) {
	if paras > 1 {
		if s.paraRank == 0 {
			f[fParaFirst] = 1
		}
		f[fParaPosition] = 1 / float64(1+s.para)
	} else {
		f[fOneParaPosition] = f[fPosition]
	}
}

// crossFeatures sets the crosses of the position bin of rank with the
// features crossOf lists, which must already be set.
func crossFeatures(f *features, rank int) {
	if bin := positionBin(rank); bin >= 0 {
		for j, c := range crossOf {
			f[fCross+bin*nCross+j] = f[c]
		}
	}
}

// findNames fills d.names with the document's main names: the mainNames
// terms written most often, of those written with a capital, where one
// is not forced, at least twice and at least half the time. Ties go to
// the name written first.
func (d *docTerms) findNames() {
	d.names = d.names[:0]
	for id := range d.terms {
		t := &d.terms[id]
		if t.names < 2 || 2*t.names < t.tf {
			continue
		}
		// Insertion into a list of at most mainNames, by tf.
		at := len(d.names)
		for at > 0 && d.terms[d.names[at-1]].tf < t.tf {
			at--
		}
		if at < mainNames {
			d.names = slices.Insert(d.names, at, int32(id))
			if len(d.names) > mainNames {
				d.names = d.names[:mainNames]
			}
		}
	}
	slices.Sort(d.names)
}

// holds counts the terms of sorted that bag holds.
func holds(bag []termCount, sorted []int32) int {
	hit := 0
	for _, t := range sorted {
		for len(bag) > 0 && bag[0].term < t {
			bag = bag[1:]
		}
		if len(bag) > 0 && bag[0].term == t {
			hit++
		}
	}
	return hit
}

// titleOverlap is the share of the title's terms found in s.
func (d *docTerms) titleOverlap(s *sentence) float64 {
	return float64(holds(s.bag, d.title)) / float64(len(d.title))
}
