package disputes

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// feat is one feature of an example: its index in the model's weight
// vector and its value. Most features are 0 or 1.
type feat struct {
	id int32
	v  float32
}

// The named features of a sentence: whether it may be evidence of a
// disputed point (or of an agreement; the two models read the same
// features with weights of their own). What the hand-written readings
// that scan runs (finding.go) found in the sentence is one group among them:
// those readings are candidates and features now, and the model decides
// what they are worth. The sentence's words follow the named features in
// the weight vector, one weight per word of the model's vocabulary.
const (
	sBias = iota
	// Readings found in the sentence, by rule.
	sCue       // a verb or noun of conflict with two sides
	sContrast  // two clauses with opposed subjects
	sTurn      // "X did A. But Y ..."
	sAnswer    // an answer to what another actor said
	sRebuttal  // "But Y insisted ..." after Y was attacked
	sCritical  // a report that finds fault with another actor
	sRecip     // "X and Y clashed"
	sNotAgree  // an agreement denied
	sStance    // one side against or for something unnamed
	sAgreeCue  // "agree", "back", "similar", ...
	sEndorse   // praise of another's words
	sCoStance  // two actors wanting one thing
	sCoAgents  // two actors acting together
	sAlso      // "X also opposes ..." after another did
	sCueOnly   // a cue of conflict or agreement naming too few actors: "a row"
	sFindConf  // the strongest reading's hand-set confidence
	sFindSides // log(1 + distinct actors the readings name)
	// Cue words present, whoever they link.
	sWordAttack
	sWordReject
	sWordOppose
	sWordWarn
	sWordConflict
	sWordAgree
	sWordBack
	sWordSimilar
	sReport     // a verb of saying
	sContrastW  // "but", "however", "while", ...
	sOpensTurn  // the sentence opens with a contrast word
	sNegated    // "not", "n't", "never", "no"
	sQuoted     // a quotation, in part or whole
	sClaim      // a claim attributed to a named actor
	sClaimCarry // a quotation carried over from an earlier sentence
	sRebut      // a claim that answers: "insisted", "countered", "But ..."
	sActors0    // no actor named
	sActors1    // one actor
	sActors2    // two actors
	sActors3    // three or more
	sPerson     // a person is named
	sOrg        // an organisation or group is named
	sCountry    // a country is named
	sResolved   // an actor is referred to by a pronoun
	sFirst      // the article's first body sentence
	sEarly      // among its first five body sentences
	sRelPos     // position in the article, 0..1
	sParaFirst  // the first sentence of its paragraph
	sShort      // under eight tokens
	sLong       // over forty tokens
	sPrevFind   // the sentence before holds a disagreement reading
	sNextFind   // the sentence after does
	sPrevClaim  // the sentence before holds a claim
	sNextClaim  // the sentence after does
	sDocFinds   // log(1 + disagreement readings in the article)
	sDocAgrees  // log(1 + agreement readings in the article)
	sDocClaims  // share of body sentences with a claim
	sDocActors  // log(1 + actors the article names twice or more)
	sTogether   // two actors named together: "X and Y said ..."
	numSentFeats
)

// sentFeatNames name the sentence features in model files.
var sentFeatNames = [numSentFeats]string{
	"bias", "rule-cue", "rule-contrast", "rule-turn", "rule-answer", "rule-rebuttal", "rule-critical",
	"rule-reciprocal", "rule-not-agree", "rule-stance", "rule-agree", "rule-endorse", "rule-co-stance",
	"rule-co-agents", "rule-also", "rule-cue-only", "rule-conf", "rule-sides",
	"word-attack", "word-reject", "word-oppose", "word-warn", "word-conflict", "word-agree", "word-back",
	"word-similar", "report", "contrast-word", "opens-turn", "negated", "quoted", "claim", "claim-carried",
	"rebut", "actors-0", "actors-1", "actors-2", "actors-3", "person", "org", "country", "resolved",
	"first", "early", "rel-pos", "para-first", "short", "long", "prev-find", "next-find", "prev-claim",
	"next-claim", "doc-finds", "doc-agrees", "doc-claims", "doc-actors", "together",
}

// ruleFeature maps a reading's rule to its feature, by the rule's name up
// to any colon ("cue:attacked" is a cue).
func ruleFeature(rule string) int {
	name, _, _ := strings.Cut(rule, ":")
	switch name {
	case "cue":
		return sCue
	case "contrast":
		return sContrast
	case "turn":
		return sTurn
	case "answer":
		return sAnswer
	case "rebuttal":
		return sRebuttal
	case "critical":
		return sCritical
	case "reciprocal":
		return sRecip
	case "not-agree":
		return sNotAgree
	case "stance":
		return sStance
	case "agree":
		return sAgreeCue
	case "endorse":
		return sEndorse
	case "co-stance":
		return sCoStance
	case "co-agents":
		return sCoAgents
	case "also":
		return sAlso
	}
	return -1
}

// wordCueFeature maps a cue to the feature saying a word of that cue is
// present.
var wordCueFeature = [numCues]int{
	cueAttack: sWordAttack, cueReject: sWordReject, cueOppose: sWordOppose, cueWarn: sWordWarn,
	cueConflict: sWordConflict, cueAgree: sWordAgree, cueBack: sWordBack, cueSimilar: sWordSimilar,
	cueJoin: sWordBack, cueAlly: sWordSimilar,
}

// candidates is what the readings found in a document, by sentence: the
// input of the features.
type candidates struct {
	findings []finding // every reading, disagreements and agreements
	bySent   [][]int32 // indices into findings of the readings holding each sentence
	finds    []bool    // the sentence holds a disagreement reading
	// coord holds each sentence's CoordinatedPairs, read once: the
	// features ask of them for every mention and every side.
	coord    [][]bool
	coordAll []bool  // the array coord's lists share
	agrees   int     // agreement readings in the document
	disputes int     // disagreement readings in the document
	claims   float64 // share of body sentences with a claim
	actors   float64 // log(1 + actors named twice or more)
	// words holds the distinct lower-case forms of the article's tokens
	// (token.word indexes it), freq how often each occurs as a word, and
	// title whether the headline holds it: the features look words up by
	// index, not by string.
	words []string
	freq  []int32
	title []bool
	// pointFreq and topicProbs are scratch arrays for the topic of one
	// point after another (topicContextOf, topicWordProbs).
	pointFreq  []int32
	topicProbs []float64
	// mark and stamps make sets of words without clearing: a word is in
	// the current set when its mark is the current stamp.
	mark   []int32
	stamps int32
	// ints are scratch lists sentenceValues reuses from sentence to
	// sentence.
	ints [3][]int
	// vocab is vocabulary's answer.
	vocab []int32
}

// candidatesPool recycles candidates between documents: their arrays,
// one or two per word and per sentence of the article, were a tenth of
// the bytes an article cost the whole pipeline when made afresh. Find
// gives them back (see release); training keeps its own.
var candidatesPool = sync.Pool{New: func() any { return new(candidates) }}

// maxPooledWords bounds the words of a document whose candidates go back
// to the pool: a rare huge text should not pin its arrays there.
const maxPooledWords = 1 << 14

// newCandidates returns empty candidates, from the pool, for r's
// sentences and words, with every array sized and cleared.
func newCandidates(r *reader) *candidates {
	c := candidatesPool.Get().(*candidates)
	n, nw := len(r.sents), len(r.Words)
	c.bySent = slices.Grow(c.bySent[:0], n)[:n]
	for i := range c.bySent {
		c.bySent[i] = c.bySent[i][:0]
	}
	c.finds = cleared(c.finds, n)
	c.findings = c.findings[:0]
	c.agrees, c.disputes, c.claims, c.actors = 0, 0, 0, 0
	c.words = r.Words
	c.freq, c.title = cleared(c.freq, nw), cleared(c.title, nw)
	c.mark, c.stamps = cleared(c.mark, nw), 0
	c.pointFreq = cleared(c.pointFreq, nw)
	c.topicProbs = c.topicProbs[:0]
	if c.ints[0] == nil {
		// In one array with room for most sentences: grown from
		// nothing, they would be allocated a few times over.
		ints := make([]int, 96)
		c.ints = [3][]int{ints[0:0:16], ints[16:16:80], ints[80:80:96]}
	}
	return c
}

// cleared returns buf resized to n zero elements, in its own memory when
// it has room.
func cleared[T any](buf []T, n int) []T {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

// release gives c back to the pool, without the text's strings and spans
// its findings and words hold. Nothing may use c afterwards.
func (c *candidates) release() {
	if len(c.words) > maxPooledWords {
		return
	}
	clear(c.findings[:cap(c.findings)])
	c.words = nil
	candidatesPool.Put(c)
}

// stamp starts a new, empty set of words in c.mark and returns its stamp.
func (c *candidates) stamp() int32 {
	c.stamps++
	return c.stamps
}

// count takes the document's words (the tokens' word numbers index them)
// and counts how often each is used as a word and whether the headline
// uses it.
func (c *candidates) count(r *reader) {
	for i := range r.sents {
		s := &r.sents[i]
		for k := range s.Tokens {
			if t := &s.Tokens[k]; t.Kind == text.Word {
				c.freq[t.Form]++
				if s.Headline {
					c.title[t.Form] = true
				}
			}
		}
	}
}

// vocabulary returns, for each of c's words, its index among m's word
// features or -1. Only words used as words are looked up: the sentence
// features read no other (punctuation and numbers are never model words),
// and a look-up in the model's vocabulary is the dearest step here.
func (c *candidates) vocabulary(m *Model) []int32 {
	out := slices.Grow(c.vocab[:0], len(c.words))[:len(c.words)]
	c.vocab = out
	for i, w := range c.words {
		out[i] = -1
		if c.freq[i] > 0 {
			out[i] = int32(m.word(w))
		}
	}
	return out
}

// readings runs every hand-written reading over the body sentences, in
// order (answers refer back to earlier disagreements), and indexes them
// by sentence.
func (r *reader) readings() *candidates {
	c := newCandidates(r)
	c.count(r)
	c.coordination(r)
	var disputes []finding
	body, claimed := 0, 0
	for i := range r.sents {
		if r.sents[i].Headline {
			continue
		}
		body++
		if len(r.sents[i].Claims) > 0 || r.sents[i].Speaker >= 0 {
			claimed++
		}
		for _, f := range r.scan(i) {
			if !f.agree {
				f.id = len(r.prior) + 1
				r.prior = append(r.prior, f)
				disputes = append(disputes, f)
			}
			c.findings = append(c.findings, f)
		}
	}
	c.findings = append(c.findings, alsoAgreements(disputes)...)
	for fi := range c.findings {
		f := &c.findings[fi]
		if f.agree {
			c.agrees++
		} else {
			c.disputes++
		}
		for _, s := range f.sents {
			if s >= 0 && s < len(r.sents) {
				c.bySent[s] = append(c.bySent[s], int32(fi))
				if !f.agree {
					c.finds[s] = true
				}
			}
		}
	}
	if body > 0 {
		c.claims = float64(claimed) / float64(body)
	}
	named := 0
	for a := range r.Actors {
		if len(r.Actors[a].Mentions) >= 2 && r.Actors[a].Type != actors.Location {
			named++
		}
	}
	c.actors = math.Log1p(float64(named))
	return c
}

// coordination reads which mentions of each sentence are coordinated
// with the next into c.coord, in one array for the document.
func (c *candidates) coordination(r *reader) {
	n := 0
	for i := range r.sents {
		n += len(r.sents[i].Mentions)
	}
	// Both arrays are the pooled candidates' own, kept for the next text.
	c.coordAll = cleared(c.coordAll, n)
	flat := c.coordAll
	c.coord = slices.Grow(c.coord[:0], len(r.sents))[:len(r.sents)]
	for i := range r.sents {
		m := len(r.sents[i].Mentions)
		c.coord[i] = r.sents[i].CoordinatedPairs(flat[:0:m])
		flat = flat[m:]
	}
}

// sentenceFeatures appends the features of sentence i to dst. vocab gives
// the index among the word features of each of c's words, or -1; words in
// actor mentions are left out.
func (r *reader) sentenceFeatures(dst []feat, c *candidates, i, body int, vocab []int32) []feat {
	on, words := r.sentenceValues(c, i, body, vocab)
	dst = appendValues(dst, on[:])
	for _, w := range words {
		dst = append(dst, feat{int32(w), 1})
	}
	return dst
}

// sentenceValues returns the values of the named features of sentence i,
// 0 for those it does not have, and the ids of its word features in
// order, each of value 1: sentenceFeatures lists them for training, and
// sentenceProbs scores them as they are. words is c's scratch, valid
// until the next call.
func (r *reader) sentenceValues(c *candidates, i, body int, vocab []int32) (on [numSentFeats]float32, words []int) {
	on[sBias] = 1
	named := r.readingValues(&on, c, i)
	ws := r.wordValues(&on, c, i, vocab)
	r.claimValues(&on, i)
	acts := r.mentionValues(&on, c, i)
	r.placeValues(&on, c, i, body)
	on[sDocFinds] = logCount(c.disputes)
	on[sDocAgrees] = logCount(c.agrees)
	on[sDocClaims] = float32(c.claims)
	on[sDocActors] = float32(c.actors)
	words = sortedSet(ws)
	c.ints[0], c.ints[1], c.ints[2] = named, ws, acts
	return on, words
}

// readingValues sets the features of the readings of sentence i: which
// rules read it, how confidently, how many actors they name. It returns
// the actors named, in c's scratch list.
func (r *reader) readingValues(on *[numSentFeats]float32, c *candidates, i int) []int {
	conf := 0.0
	named := c.ints[0][:0]
	for _, fi := range c.bySent[i] {
		f := &c.findings[fi]
		if k := ruleFeature(f.rule); k >= 0 {
			on[k] = 1
		}
		if f.cueOnly {
			on[sCueOnly] = 1
		}
		conf = max(conf, f.conf)
		for _, sd := range f.sides {
			named = append(named, sd.actor)
		}
		for _, a := range f.agents {
			named = append(named, a)
		}
	}
	named = sortedSet(named)
	on[sFindConf] = float32(conf)
	on[sFindSides] = logCount(len(named))
	return named
}

// wordValues sets the features of the words of sentence i (quotation,
// cues, reporting verbs, contrast, negation) and returns the word
// features of its words outside mentions, in c's scratch list.
func (r *reader) wordValues(on *[numSentFeats]float32, c *candidates, i int, vocab []int32) []int {
	s := &r.sents[i]
	ws := c.ints[1][:0]
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Quoted {
			on[sQuoted] = 1
		}
		if t.Kind != text.Word {
			continue
		}
		if c := cue(t.Class.Cue()); c != noCue {
			on[wordCueFeature[c]] = 1
		}
		if t.Class.Has(lexicon.Report) {
			on[sReport] = 1
		}
		// A contrast word is one scan reads (scanWords): that spares the
		// other words the look-up.
		if r.scanWords[t.Form] && contrastWeight(t.Word) > 0 {
			on[sContrastW] = 1
			if k == s.FirstWord() {
				on[sOpensTurn] = 1
			}
		}
		switch t.Word {
		case "not", "n't", "never", "no":
			on[sNegated] = 1
		}
		if t.Mention >= 0 {
			continue
		}
		if v := vocab[t.Form]; v >= 0 {
			ws = append(ws, numSentFeats+int(v))
		}
	}
	return ws
}

// claimValues sets the features of what sentence i reports as said.
func (r *reader) claimValues(on *[numSentFeats]float32, i int) {
	s := &r.sents[i]
	for ci := range s.Claims {
		cl := &s.Claims[ci]
		if cl.Verb >= 0 {
			on[sClaim] = 1
		} else {
			on[sClaimCarry] = 1
		}
		if cl.Rebut {
			on[sRebut] = 1
		}
	}
	if s.Speaker >= 0 {
		on[sClaimCarry] = 1
	}
}

// mentionValues sets the features of the actors sentence i names and
// returns them, in c's scratch list.
func (r *reader) mentionValues(on *[numSentFeats]float32, c *candidates, i int) []int {
	s := &r.sents[i]
	acts := c.ints[2][:0]
	for mi := range s.Mentions {
		m := &s.Mentions[mi]
		acts = append(acts, m.Actor)
		if m.Via != actors.ByName {
			on[sResolved] = 1
		}
		if s.together(c.coord[i], mi) {
			on[sTogether] = 1
		}
		switch r.Actors[m.Actor].Type {
		case actors.Person:
			on[sPerson] = 1
		case actors.Country:
			on[sCountry] = 1
		default:
			on[sOrg] = 1
		}
	}
	on[sActors0+min(len(sortedSet(acts)), 3)] = 1
	return acts
}

// placeValues sets the features of where sentence i stands (body is its
// rank among the body sentences) and of its neighbours.
func (r *reader) placeValues(on *[numSentFeats]float32, c *candidates, i, body int) {
	s := &r.sents[i]
	if body == 0 {
		on[sFirst] = 1
	}
	if body < 5 {
		on[sEarly] = 1
	}
	if n := len(r.sents); n > 1 {
		on[sRelPos] = float32(i) / float32(n-1)
	}
	if i == 0 || r.sents[i-1].Paragraph != s.Paragraph {
		on[sParaFirst] = 1
	}
	if len(s.Tokens) < 8 {
		on[sShort] = 1
	}
	if len(s.Tokens) > 40 {
		on[sLong] = 1
	}
	if i > 0 && !r.sents[i-1].Headline {
		on[sPrevFind] = b32(c.finds[i-1])
		on[sPrevClaim] = b32(len(r.sents[i-1].Claims) > 0)
	}
	if i+1 < len(r.sents) {
		on[sNextFind] = b32(c.finds[i+1])
		on[sNextClaim] = b32(len(r.sents[i+1].Claims) > 0)
	}
}

// appendValues appends to dst the features whose values on gives, in
// order, leaving out those of value 0.
func appendValues(dst []feat, on []float32) []feat {
	for id, v := range on {
		if v != 0 {
			dst = append(dst, feat{int32(id), v})
		}
	}
	return dst
}

// logCounts holds log(1+n) for the small counts the features take, so
// that a feature read for every token costs a look-up, not a logarithm.
var logCounts = func() (t [256]float32) {
	for n := range t {
		t[n] = float32(math.Log1p(float64(n)))
	}
	return t
}()

// logCount returns log(1+n) as a feature value.
func logCount(n int) float32 {
	if n >= 0 && n < len(logCounts) {
		return logCounts[n]
	}
	return float32(math.Log1p(float64(n)))
}

// sortedSet sorts s and drops repeats, in place: sorting keeps a long
// sentence's cost at n log n where a search per element would be n².
func sortedSet(s []int) []int {
	slices.Sort(s)
	return slices.Compact(s)
}

// The features of an actor as a side of a point: whether the actor is one
// of the point's parties.
const (
	pBias        = iota
	pMentions    // log(1 + its mentions in the point's sentences)
	pAbsent      // not named in the point's sentences
	pSpeaker     // it speaks a claim there
	pSide        // a reading names it as a side there
	pAgent       // a reading names it as the acting side
	pSubject     // a mention opens the sentence or follows punctuation there
	pOnlyQuoted  // named only inside quotations there
	pResolved    // named there only by a pronoun
	pNear        // named in the sentence before or after
	pPerson      // its type
	pOrg         //
	pCountry     //
	pGroup       //
	pRank1       // the article's most salient actor
	pRank2       // second
	pRank3       // third
	pDocMentions // log(1 + its mentions in the article)
	pOnlyAdj     // named there only as a demonym ("British")
	pAfterCue    // named within a few words after a cue of conflict or agreement there
	pByAgent     // named right after "by" there: the agent of a passive
	pTogether    // named together with another actor there: "X and Y"
	numSideFeats
)

// sideFeatNames name the side features in model files.
var sideFeatNames = [numSideFeats]string{
	"bias", "mentions", "absent", "speaker", "side", "agent", "subject", "only-quoted", "resolved", "near",
	"person", "org", "country", "group", "rank-1", "rank-2", "rank-3", "doc-mentions", "only-demonym",
	"after-cue", "by-agent", "together",
}

// maxSideCandidates bounds the actors weighed as sides of one point, the
// most salient first: a point has a few sides, and the bound keeps a
// sentence naming thousands of actors from costing thousands of passes.
const maxSideCandidates = 12

// sideCandidates appends to out the actors that may be sides of a point
// read from sents (sorted): those named there, speaking there, or named in
// the sentence just before or after, most salient first.
func (r *reader) sideCandidates(out []int, sents []int) []int {
	add := func(i int) {
		if i < 0 || i >= len(r.sents) {
			return
		}
		s := &r.sents[i]
		for mi := range s.Mentions {
			out = append(out, s.Mentions[mi].Actor)
		}
		for ci := range s.Claims {
			out = append(out, s.Claims[ci].Speaker)
		}
		if sp := s.Speaker; sp >= 0 {
			out = append(out, sp)
		}
	}
	for _, i := range sents {
		add(i)
	}
	add(sents[0] - 1)
	add(sents[len(sents)-1] + 1)
	out = sortedSet(out)
	return out[:min(len(out), maxSideCandidates)]
}

// sideFeatures appends the features of actor a as a side of the point read
// from sents.
func (r *reader) sideFeatures(dst []feat, c *candidates, sents []int, a int) []feat {
	on := r.sideValues(c, sents, a)
	return appendValues(dst, on[:])
}

// sideValues returns the values of all the side features of actor a in
// the point read from sents, 0 for those it does not have: sideFeatures
// lists them for training, and decode scores them as they are.
func (r *reader) sideValues(c *candidates, sents []int, a int) (on [numSideFeats]float32) {
	on[pBias] = 1
	var n sideCounts
	for _, i := range sents {
		s := &r.sents[i]
		for mi := range s.Mentions {
			if m := &s.Mentions[mi]; m.Actor == a {
				n.add(s, m)
				s.mentionPlaceValues(&on, m)
				if s.together(c.coord[i], mi) {
					on[pTogether] = 1
				}
			}
		}
		if s.speaks(a) {
			on[pSpeaker] = 1
		}
		c.findingValues(&on, i, a)
	}
	n.values(&on)
	on[pNear] = b32(r.namedNear(sents, a))
	actorValues(&on, &r.Actors[a], a)
	return on
}

// sideCounts counts the mentions of an actor in a point's sentences, and
// how many of them are of each sort.
type sideCounts struct {
	mentions, quoted, resolved, demonym int
}

// add counts m, a mention in sentence s.
func (n *sideCounts) add(s *sentence, m *mention) {
	n.mentions++
	if s.Tokens[m.First].Quoted {
		n.quoted++
	}
	if m.Via != actors.ByName {
		n.resolved++
	}
	if m.Demonym {
		n.demonym++
	}
}

// values sets the side features the counts give: how often the actor is
// named, and whether every mention is of one sort.
func (n *sideCounts) values(on *[numSideFeats]float32) {
	on[pMentions] = logCount(n.mentions)
	on[pAbsent] = b32(n.mentions == 0)
	on[pOnlyQuoted] = b32(n.mentions > 0 && n.quoted == n.mentions)
	on[pResolved] = b32(n.mentions > 0 && n.resolved == n.mentions)
	on[pOnlyAdj] = b32(n.mentions > 0 && n.demonym == n.mentions)
}

// mentionPlaceValues sets the side features that the place of mention m
// in s shows: the subject of a clause, a few words after a cue, or the
// agent of a passive.
func (s *sentence) mentionPlaceValues(on *[numSideFeats]float32, m *mention) {
	// A clause's subject opens it: the sentence's first word, or the
	// word after a comma, colon or quotation mark.
	if m.First == 0 || s.Tokens[m.First-1].Kind != text.Word {
		on[pSubject] = 1
	}
	for j := max(0, m.First-afterCue); j < m.First; j++ {
		if cue(s.Tokens[j].Class.Cue()) != noCue {
			on[pAfterCue] = 1
		}
	}
	if m.First > 0 && s.Tokens[m.First-1].Word == "by" {
		on[pByAgent] = 1
	}
}

// speaks reports whether actor a speaks in s: a claim's speaker or the
// sentence's.
func (s *sentence) speaks(a int) bool {
	for ci := range s.Claims {
		if s.Claims[ci].Speaker == a {
			return true
		}
	}
	return s.Speaker == a
}

// findingValues sets the side features of what the readings of sentence
// i found of actor a: a side, or the acting side.
func (c *candidates) findingValues(on *[numSideFeats]float32, i, a int) {
	for _, fi := range c.bySent[i] {
		f := &c.findings[fi]
		for _, sd := range f.sides {
			if sd.actor == a {
				on[pSide] = 1
			}
		}
		for _, ag := range f.agents {
			if ag == a {
				on[pAgent] = 1
			}
		}
	}
}

// namedNear reports whether actor a is named in the sentence just before
// or just after the point read from sents.
func (r *reader) namedNear(sents []int, a int) bool {
	for _, i := range []int{sents[0] - 1, sents[len(sents)-1] + 1} {
		if i < 0 || i >= len(r.sents) {
			continue
		}
		ms := r.sents[i].Mentions
		for mi := range ms {
			if ms[mi].Actor == a {
				return true
			}
		}
	}
	return false
}

// actorValues sets the side features of act, actor a, that hold in the
// whole article: its type, its rank by salience, how often it is named.
func actorValues(on *[numSideFeats]float32, act *actors.Actor, a int) {
	switch act.Type {
	case actors.Person:
		on[pPerson] = 1
	case actors.Country:
		on[pCountry] = 1
	case actors.Group:
		on[pGroup] = 1
	default:
		on[pOrg] = 1
	}
	if a < 3 {
		on[pRank1+a] = 1
	}
	on[pDocMentions] = logCount(len(act.Mentions))
}

// The features of two evidence sentences, i before j: whether they are
// evidence of one point.
const (
	lBias         = iota
	lGap1         // j follows i
	lGap2         // one sentence between
	lGap3         // two or three between
	lSamePara     // one paragraph
	lShared1      // they name one actor in common
	lShared2      // two or more
	lWords        // log(1 + content words in common)
	lOpensTurn    // j opens with a contrast word
	lAnswers      // j's speaker is named in i
	lSameSpeaker  // one actor speaks in both
	lSharedReader // one reading holds both
	lAnswer       // a reading of j answers one of i
	numLinkFeats
)

// linkFeatNames name the link features in model files.
var linkFeatNames = [numLinkFeats]string{
	"bias", "gap-1", "gap-2", "gap-3", "same-paragraph", "shared-1", "shared-2", "words", "opens-turn",
	"answers", "same-speaker", "shared-reading", "answer",
}

// maxLinkGap is how far apart, in sentences, two sentences of one point
// may stand: readers keep a point's evidence to a handful of nearby
// sentences.
const maxLinkGap = 4

// linkFeatures appends the features of sentences i < j as evidence of one
// point.
func (r *reader) linkFeatures(dst []feat, c *candidates, i, j int) []feat {
	var on [numLinkFeats]float32
	on[lBias] = 1
	switch gap := j - i; {
	case gap == 1:
		on[lGap1] = 1
	case gap == 2:
		on[lGap2] = 1
	default:
		on[lGap3] = 1
	}
	si, sj := &r.sents[i], &r.sents[j]
	on[lSamePara] = b32(si.Paragraph == sj.Paragraph)
	// The actors of the two sentences are listed on the stack: a
	// sentence names a few.
	var bufI, bufJ [8]int
	ai, aj := bufI[:0], bufJ[:0]
	for mi := range si.Mentions {
		ai = append(ai, si.Mentions[mi].Actor)
	}
	for mi := range sj.Mentions {
		aj = append(aj, sj.Mentions[mi].Actor)
	}
	ai, aj = sortedSet(ai), sortedSet(aj)
	shared := 0
	for _, a := range aj {
		if _, ok := slices.BinarySearch(ai, a); ok {
			shared++
		}
	}
	if shared == 1 {
		on[lShared1] = 1
	} else if shared > 1 {
		on[lShared2] = 1
	}
	on[lWords] = logCount(c.sharedWords(si, sj))
	if k := sj.FirstWord(); k >= 0 && contrastWeight(sj.Tokens[k].Word) > 0 {
		on[lOpensTurn] = 1
	}
	for _, cl := range sj.Claims {
		if _, ok := slices.BinarySearch(ai, cl.Speaker); ok {
			on[lAnswers] = 1
		}
		for _, cl2 := range si.Claims {
			if cl.Speaker == cl2.Speaker {
				on[lSameSpeaker] = 1
			}
		}
	}
	for _, fi := range c.bySent[i] {
		for _, fj := range c.bySent[j] {
			if fi == fj {
				on[lSharedReader] = 1
			}
			if id := c.findings[fi].id; id > 0 && c.findings[fj].joins == id {
				on[lAnswer] = 1
			}
		}
	}
	return appendValues(dst, on[:])
}

// sharedWords counts the distinct content words of b, names aside, that
// a holds too.
func (c *candidates) sharedWords(a, b *sentence) int {
	inA := c.stamp()
	for k := range a.Tokens {
		if t := &a.Tokens[k]; t.Mention < 0 {
			c.mark[t.Form] = inA
		}
	}
	n := 0
	for k := range b.Tokens {
		if t := &b.Tokens[k]; t.Kind == text.Word && t.Mention < 0 && c.mark[t.Form] == inA && !t.Class.Has(lexicon.Function) {
			c.mark[t.Form] = 0 // counted once
			n++
		}
	}
	return n
}

// appendUnique appends v to s unless s holds it.
func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// holdsReading reports whether sentence i holds a reading of kind k: a
// disagreement, or an agreement that names who agrees ("both agree"
// names no one).
func (c *candidates) holdsReading(k kind, i int) bool {
	if k == disputeKind {
		return c.finds[i]
	}
	for _, fi := range c.bySent[i] {
		if f := &c.findings[fi]; f.agree && !f.cueOnly {
			return true
		}
	}
	return false
}

// b32 is 1 for true, 0 for false.
func b32(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// The features of a decoded point: whether a reader would mark it.
const (
	qBias       = iota
	qMaxProb    // its likeliest sentence's probability
	qMeanProb   // the mean over its sentences
	qSentences  // log(1 + its sentences)
	qSide1      // the first side's probability
	qSide2      // the second side's
	qBothSides  // a reading names both sides as sides
	qAffiliated // the two sides speak for one side (a person and their party)
	qSameType   // the sides are of one type
	qPersons    // both sides are people
	qRank1      // the likeliest point of its article
	qRank2      // the second likeliest
	qDocPoints  // log(1 + candidate points in the article)
	qRule       // a reading of its kind, a disagreement or an agreement, holds one of its sentences
	qTogether   // a sentence names its two sides together: "X and Y"
	numPointFeats
)

// pointFeatNames name the point features in model files.
var pointFeatNames = [numPointFeats]string{
	"bias", "max-prob", "mean-prob", "sentences", "side-1", "side-2", "both-sides", "affiliated", "same-type",
	"persons", "rank-1", "rank-2", "doc-points", "rule", "together",
}

// pointFeatures appends the features of pt, the rank-th likeliest of n
// candidate points of kind k in its article, to dst.
func (r *reader) pointFeatures(dst []feat, c *candidates, k kind, pt *point, probs []float64, rank, n int) []feat {
	var on [numPointFeats]float32
	on[qBias] = 1
	sum := 0.0
	for _, i := range pt.sents {
		sum += probs[i]
		if c.holdsReading(k, i) {
			on[qRule] = 1
		}
	}
	on[qMaxProb] = float32(pt.conf)
	on[qMeanProb] = float32(sum / float64(len(pt.sents)))
	on[qSentences] = logCount(len(pt.sents))
	on[qSide1] = float32(pt.sideProbs[0])
	on[qSide2] = float32(pt.sideProbs[1])
	a, b := pt.sides[0], pt.sides[1]
	both := [2]bool{}
	for _, i := range pt.sents {
		for _, fi := range c.bySent[i] {
			for _, sd := range c.findings[fi].sides {
				both[0] = both[0] || sd.actor == a
				both[1] = both[1] || sd.actor == b
			}
		}
	}
	on[qBothSides] = b32(both[0] && both[1])
	on[qAffiliated] = b32(r.Affiliated(a, b))
	on[qSameType] = b32(r.Actors[a].Type == r.Actors[b].Type)
	on[qPersons] = b32(r.Actors[a].Type == actors.Person && r.Actors[b].Type == actors.Person)
	if rank == 0 {
		on[qRank1] = 1
	} else if rank == 1 {
		on[qRank2] = 1
	}
	on[qDocPoints] = logCount(n)
	for _, i := range pt.sents {
		if r.sents[i].namedTogether(c.coord[i], a, b) {
			on[qTogether] = 1
			break
		}
	}
	return appendValues(dst, on[:])
}
