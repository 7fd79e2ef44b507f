package disputes

import (
	"iter"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// The features of a word of a point's evidence: whether a reader's topic
// for the point would hold it. A topic is then the phrase of one evidence
// sentence whose words the model most expects (see topicPhrase).
const (
	tBias      = iota
	tFunction  // a function word
	tReadTopic // inside the topic a reading found
	tAfterCue  // within a few words after a cue of conflict or agreement
	tInMention // part of an actor's mention
	tQuoted    // inside a quotation
	tCapital   // capitalised, not at the sentence's start
	tVerbLike  // ends in -ed or -ing
	tReport    // a verb of saying
	tDocFreq   // log(1 + its count in the article)
	tSentences // it occurs in more than one of the point's sentences
	tTitle     // the headline holds it
	tEarly     // in the first third of its sentence
	tLate      // in the last third
	tNumber    // a number
	tLong      // seven letters or more
	numTopicFeats
)

// topicFeatNames name the topic features in model files.
var topicFeatNames = [numTopicFeats]string{
	"bias", "function", "reading-topic", "after-cue", "in-mention", "quoted", "capital", "verb-like",
	"report", "doc-freq", "sentences", "title", "early", "late", "number", "long",
}

// afterCue is how many tokens after a cue its object may be read from.
const afterCue = 8

// topicContext holds what the topic features of one point need beyond a
// token: the article's word counts and the point's.
type topicContext struct {
	c         *candidates
	pointFreq []int32 // by word: the point's sentences holding it
}

// topicContextOf counts, for each word, the sentences of pt holding it.
// The counts are c's scratch array: they hold until the next call.
func (r *reader) topicContextOf(c *candidates, pt *point) *topicContext {
	clear(c.pointFreq)
	tc := &topicContext{c: c, pointFreq: c.pointFreq}
	for _, i := range pt.sents {
		stamp := c.stamp()
		toks := r.sents[i].Tokens
		for k := range toks {
			if t := &toks[k]; c.mark[t.Form] != stamp {
				c.mark[t.Form] = stamp
				tc.pointFreq[t.Form]++
			}
		}
	}
	return tc
}

// topicFeatures appends the features of token k of sentence i, in a point
// whose readings found the topic spans read, to dst.
func (r *reader) topicFeatures(dst []feat, tc *topicContext, i, k int, read []text.Span) []feat {
	on := r.topicValues(tc, i, k, read)
	return appendValues(dst, on[:])
}

// topicValues returns the values of all the topic features of token k of
// sentence i, 0 for those it does not have: topicFeatures lists the
// others for training, and topicWordProbs scores them as they are, every
// token of a point's sentences, without listing them.
func (r *reader) topicValues(tc *topicContext, i, k int, read []text.Span) [numTopicFeats]float32 {
	s := &r.sents[i]
	t := &s.Tokens[k]
	var on [numTopicFeats]float32
	on[tBias] = 1
	on[tFunction] = b32(t.Class.Has(lexicon.Function))
	for _, sp := range read {
		if sp.Contains(t.Span) {
			on[tReadTopic] = 1
		}
	}
	for j := max(0, k-afterCue); j < k; j++ {
		if cue(s.Tokens[j].Class.Cue()) != noCue {
			on[tAfterCue] = 1
		}
	}
	on[tInMention] = b32(t.Mention >= 0)
	on[tQuoted] = b32(t.Quoted)
	if c := r.Text[t.Start]; k > 0 && 'A' <= c && c <= 'Z' {
		on[tCapital] = 1
	}
	on[tVerbLike] = b32(lexicon.VerbLike(t.Word))
	on[tReport] = b32(t.Class.Has(lexicon.Report))
	on[tDocFreq] = logCount(int(tc.c.freq[t.Form]))
	on[tSentences] = b32(tc.pointFreq[t.Form] > 1)
	on[tTitle] = b32(tc.c.title[t.Form])
	n := len(s.Tokens)
	on[tEarly] = b32(3*k < n)
	on[tLate] = b32(3*k >= 2*n)
	on[tNumber] = b32(t.Kind == text.Number)
	on[tLong] = b32(len(t.Word) >= 7)
	return on
}

// minTopicWords is the fewest content words a topic has.
const minTopicWords = 2

// topicPhrase returns the topic of pt: of its candidate phrases
// (topicCandidates) with at least minTopicWords content words, the one
// with the highest expected F1 against the reader's topic words, as the
// topic word model's probabilities give it: twice the expected words in
// common over the phrase's content words plus the expected size of the
// reader's topic. It is text of the article, with "whether" before a
// claim ("whether dance music is dead"), an act's verb as a gerund and
// resolved pronouns as names (topicText); "" when pt's sentences hold no
// noun phrase.
//
// A phrase model learned to rank the candidates (listwise, on points
// decoded from out-of-fold probabilities) chose worse phrases than this
// rule in cross-validation (topic F1 0.16 against 0.20), so the choice is
// made by the expected overlap alone. So did a model of each candidate's
// F1 against the reader's topic from 28 features of the phrase as a
// whole (the expected overlap; its place after a cue, or after the "over"
// of a conflict noun; whether it holds a claim or proposal noun; its
// shares of headline words, of words another sentence of the point
// repeats, of mentions, of words in a topic a reading found; its length,
// position and sentence), trained on candidates scored by out-of-fold
// word models: on the readers' points of three splits of gold/train it
// chose phrases of mean F1 0.258 against this rule's 0.266, and 0.245
// against 0.254 trained on pairs of candidates.
func (m *Model) topicPhrase(r *reader, c *candidates, pt *point) string {
	tw := m.topicWordProbs(r, c, pt)
	best, bestF := "", 0.0
	for ph := range r.topicCandidates(pt) {
		sum, words := 0.0, 0
		for k := ph.first; k < ph.end; k++ {
			if p := tw.probs[ph.n][k]; p > 0 {
				sum += p
				words++
			}
		}
		if words < minTopicWords {
			continue // a bare word ("approach") says too little
		}
		if f := 2 * sum / (float64(words) + tw.expected); f > bestF {
			s := &r.sents[pt.sents[ph.n]]
			best, bestF = r.topicText(s, ph.first, ph.end), f
			switch {
			case ph.claim:
				best = r.question(s, ph, best)
			case ph.act:
				w := s.Tokens[ph.first].In(r.Text)
				best = gerund(w) + best[len(w):]
			}
		}
	}
	return best
}

// topicWords are the topic word model's probabilities for the tokens of
// a point's sentences (0 for a function word, -1 for punctuation), and
// the expected number of words of a reader's topic.
type topicWords struct {
	probs    [][]float64 // by sentence of the point, by token
	expected float64
	read     []text.Span // the topics the readings found
	tc       *topicContext
}

// topicWordProbs scores every token of pt's sentences with the topic word
// model.
func (m *Model) topicWordProbs(r *reader, c *candidates, pt *point) *topicWords {
	tw := &topicWords{probs: make([][]float64, len(pt.sents)), tc: r.topicContextOf(c, pt), read: r.readingTopics(c, pt)}
	tw.expected = 1 // the reader's topic words the sentences do not hold, guessed at one
	// The sentences' probabilities share c's scratch array: they are read
	// only until the next point's topic.
	all := c.topicProbs[:0]
	for _, i := range pt.sents {
		all = append(all, make([]float64, len(r.sents[i].Tokens))...)
	}
	c.topicProbs = all
	for n, i := range pt.sents {
		s := &r.sents[i]
		tw.probs[n], all = all[:len(s.Tokens):len(s.Tokens)], all[len(s.Tokens):]
		for k := range s.Tokens {
			t := &s.Tokens[k]
			if t.Kind != text.Word && t.Kind != text.Number || t.Class.Has(lexicon.Function) {
				tw.probs[n][k] = -1
				if t.Kind == text.Word {
					tw.probs[n][k] = 0
				}
				continue
			}
			on := r.topicValues(tw.tc, i, k, tw.read)
			tw.probs[n][k] = scoreValues(m.topic, on[:])
			// A word the point repeats is one word of the reader's topic.
			tw.expected += tw.probs[n][k] / float64(max(1, tw.tc.pointFreq[t.Form]))
		}
	}
	return tw
}

// phrase is a candidate topic: tokens [first, end) of the n-th sentence
// of a point.
type phrase struct {
	n, first, end int
	span          text.Span
	claim         bool // what a claim says, read as the question it raises
	act           bool // a verb after "to" and its object, read as the act in dispute
}

// topicCandidates lists the phrases of pt's sentences a topic may be: each
// noun phrase that is not a time, not only an actor's name and not headed
// by one or by a person's office ("BT chief executive Ben Verwaayen"),
// alone and with the phrases that attach to it ("the takeover offer for
// Southcorp", "plans to change the voting rules"; see attachment), which
// make the longer topics readers write; each act an infinitive names, its
// verb and its object ("voted to curb fuel subsidies"); and what each claim of the
// sentences says, which readers often write as the question in dispute
// ("whether the merger will lead to job cuts" for "all mergers led to
// some job cuts").
func (r *reader) topicCandidates(pt *point) iter.Seq[phrase] {
	return func(yield func(phrase) bool) {
		for n, i := range pt.sents {
			s := &r.sents[i]
			for _, cl := range s.Claims {
				if ph, ok := claimTopic(r.Text, s, n, cl); ok && !yield(ph) {
					return
				}
			}
			for a := range s.Tokens {
				if a > 0 && s.Tokens[a-1].Kind == text.Word && (!s.Tokens[a-1].Class.Has(lexicon.Function) || isSubjectPronoun(s.Tokens[a-1].Word)) {
					continue // inside a phrase, or a verb after its subject ("it wants to ...")
				}
				act := a > 1 && s.infinitive(r.Text, a)
				if t := &s.Tokens[a]; !act && (lexicon.VerbLike(t.Word) && !(strings.HasSuffix(t.Word, "ed") && s.modifier(a, len(s.Tokens))) || t.Class.Has(lexicon.Report) || s.adverb[t.Form] || a > 0 && (afterVerbMarker(&s.Tokens[a-1], t) || s.predicate(a))) {
					continue // a verb opens no noun phrase
				}
				var sp text.Span
				var ok bool
				if act {
					sp, ok = s.verbPhrase(a), true // "cut the legal limit", its verb and object
				} else {
					sp, ok = s.nounPhrase(a, len(s.Tokens), true)
				}
				if !ok || s.Tokens[a].Mention >= 0 && s.onlyMentions(a, sp) || s.temporal(sp) {
					continue // an actor is no topic
				}
				b := a
				for b < len(s.Tokens) && s.Tokens[b].End <= sp.End {
					b++
				}
				if !act && s.namesActor(a, b) {
					continue // nor is a description of one ("Norfolk police chief Andy Hayman")
				}
				for pp := 0; pp <= maxAttached; pp++ {
					for b < len(s.Tokens) && s.Tokens[b].End <= sp.End {
						b++
					}
					if !yield(phrase{n: n, first: a, end: b, span: sp, act: act}) {
						return
					}
					next, ok := s.attachment(r.Text, b)
					if !ok {
						break
					}
					sp.End = next.End
				}
			}
		}
	}
}

// afterVerbMarker reports whether t, after prev, is where a verb
// stands rather than a noun phrase: after "to" or a modal ("to
// demonstrate against the ban", "would pay the owners"), unless t is a
// determiner or a name that a preposition "to" would take. After "is"
// or "has" a noun may stand ("there are fears over jobs").
func afterVerbMarker(prev, t *token) bool {
	if t.Class.Has(lexicon.Determiner) || t.Mention >= 0 {
		return false
	}
	switch prev.Word {
	case "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did":
		return true
	}
	return false
}

// predicate reports whether token a, after an auxiliary or a form of
// "be" or "have", is the verb or the adjective of the clause ("is able to
// close the pier", "was due to repay the harbour fund"): a word of the
// tagger's branch of verbs the article never writes after a determiner.
// A noun may stand there ("there are fears over jobs"), which the
// tagger's classes put among nouns.
func (s *sentence) predicate(a int) bool {
	t := &s.Tokens[a]
	return s.Tokens[a-1].Class.Has(lexicon.Finite) && t.Mention < 0 && s.classes.of(t.Form) == branchVerb && !s.determined[t.Form]
}

// infinitive reports whether token k, after "to", is the verb of an
// infinitive: the word before "to" takes one (a verb in -ed or -ing, a
// word of stance or of a cue: "voted to", "wants to", "refused to"), and
// token k is a word of two letters or more in lower case that is no plural
// noun ("to curb fuel subsidies", but "changes to pension provisions" and
// "a gift to workers"). What it does and what it acts on is what readers
// name as the act in dispute, written as a gerund ("curbing fuel
// subsidies").
func (s *sentence) infinitive(src string, k int) bool {
	lead, to := &s.Tokens[k-2], &s.Tokens[k-1]
	return to.Word == "to" && (lexicon.VerbLike(lead.Word) || lead.Class.Has(lexicon.Stance) || cue(lead.Class.Cue()) != noCue) &&
		s.infinitiveVerb(src, k)
}

// infinitiveVerb reports whether token k, after a "to", reads as the
// verb of an infinitive: a word of two letters or more in lower case
// that is no function word, name, -ed or -ing form or plural noun ("to
// curb", but "changes to pension provisions" and "a gift to workers").
// A word the tagger's classes put among nouns ("ban", "death") that the
// article also writes after a determiner ("the ban", "his death") is one
// only with an object after it: "to ban smoking", "to end the strike",
// but "sentenced to death" and "a return to growth".
func (s *sentence) infinitiveVerb(src string, k int) bool {
	t := &s.Tokens[k]
	w := t.Word
	if len(w) < 2 || t.Kind != text.Word || t.Mention >= 0 || t.Class.Has(lexicon.Function) ||
		lexicon.VerbLike(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || !lowerAt(src, t) {
		return false
	}
	return !s.determined[t.Form] || s.classes.of(t.Form) != branchNoun || k+1 < len(s.Tokens) && s.opensObject(&s.Tokens[k+1])
}

// opensObject reports whether t may open a verb's object: a determiner,
// a name, a number or a content word.
func (s *sentence) opensObject(t *token) bool {
	return t.Mention >= 0 || t.Kind == text.Number ||
		t.Kind == text.Word && (t.Class.Has(lexicon.Determiner) || !t.Class.Has(lexicon.Function))
}

// lowerAt reports whether the text writes t with a lower-case first
// letter.
func lowerAt(src string, t *token) bool {
	return 'a' <= src[t.Start] && src[t.Start] <= 'z'
}

// gerund returns the -ing form of the verb w by the spelling rules of
// British English: "raise" "raising", "die" "dying", "agree" "agreeing",
// "panic" "panicking"; a last consonant after one vowel is doubled in a
// word of one syllable ("cut" "cutting", "quit" "quitting", where the u
// of "qu" is no vowel), after a stressed last syllable ("admit"
// "admitting", "refer" "referring") and, as British spelling has it,
// when it is an l ("travel" "travelling", "fuel" "fuelling"), but not
// otherwise ("open" "opening", "visit" "visiting").
func gerund(w string) string {
	n := len(w)
	vowel := func(i int) bool {
		return strings.IndexByte("aeiou", w[i]) >= 0 && !(w[i] == 'u' && i > 0 && w[i-1] == 'q')
	}
	switch {
	case n < 2:
		return w + "ing"
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return w + "ing"
	case w[n-1] == 'e':
		return w[:n-1] + "ing"
	case w[n-1] == 'c' && vowel(n-2):
		return w + "king"
	}
	groups := 0
	for i := range n {
		if vowel(i) && (i == 0 || !vowel(i-1)) {
			groups++
		}
	}
	single := n >= 3 && !vowel(n-1) && strings.IndexByte("wxy", w[n-1]) < 0 && vowel(n-2) && !vowel(n-3)
	if single && (groups == 1 || w[n-1] == 'l' || stressedLast[w]) || strings.HasSuffix(w, "uel") {
		return w + w[n-1:] + "ing"
	}
	return w + "ing"
}

// stressedLast are verbs of two syllables stressed on the last, whose
// last consonant doubles before -ing; spelling alone does not tell them
// from "visit" and "offer".
var stressedLast = map[string]bool{
	"admit": true, "commit": true, "submit": true, "permit": true, "omit": true, "emit": true, "transmit": true,
	"refer": true, "prefer": true, "defer": true, "confer": true, "infer": true, "deter": true, "transfer": true,
	"incur": true, "occur": true, "recur": true, "concur": true, "begin": true, "forget": true, "regret": true,
	"upset": true, "abet": true, "outwit": true, "rebut": true, "equip": true,
}

// maxClaimWords is how many tokens of a claim a topic takes: a clause's
// worth, enough for "it would penalise lower-skilled workers".
const maxClaimWords = 12

// claimTopic returns what claim cl says in sentence i, the n-th of a
// point, as a topic candidate: from after the "that" of its verb to at
// most maxClaimWords tokens, ending on a content word outside a name
// ("... waste of public money", not "... to make way for Mr"), its
// quotation closed or left out. It must read as a clause: a finite verb
// or a word like one, and more than an actor's name ("The Harbour Trust,
// Mr Hale said, ..."). A claim in the speaker's own voice ("I am glad
// ...") is no question a reader would write, and one of fewer than three
// words ("he said no") is none either.
func claimTopic(src string, s *sentence, n int, cl claim) (phrase, bool) {
	a, b := cl.First, min(cl.End, cl.First+maxClaimWords)
	if a >= b {
		return phrase{}, false
	}
	if cl.Verb >= 0 && a == cl.Verb+1 && s.Tokens[a].Word == "that" {
		a++
	}
	for a < b && (s.Tokens[a].Kind == text.Punctuation || isConjunction(s.Tokens[a].Word)) {
		a++ // an opening quotation mark, "But ..."
	}
	if c := s.pastSetting(a, b); c > a {
		a, b = c, min(cl.End, c+maxClaimWords)
	}
	if a < b && s.Tokens[a].Mention < 0 && s.Tokens[a].Class.Has(lexicon.Finite|lexicon.Report) {
		// A clause without its subject ("was a fine harbour master"); a
		// word in -ed may open one with its subject ("increased tolls
		// would ...", "skilled workers ..."), and a gerund may be one
		// ("keeping the ferry running would cost ...").
		return phrase{}, false
	}
	if b < cl.End {
		// Cut by the cap: back to where a phrase ends, before a
		// function word or a mark, so no name or phrase is halved.
		for b > a && !s.Tokens[b-1].Class.Has(lexicon.Function) && s.Tokens[b-1].Kind != text.Punctuation {
			b--
		}
	}
	b = s.beforeAside(a, b)
	b = trimClaimEnd(s, a, b)
	if k := lastOpenQuote(s, a, b); k >= 0 {
		// A quotation left open keeps its closing mark ('was Dr
		// Gibbons' "baby"', 'a "disgrace."'), or ends the topic before
		// it opens.
		if c := closingQuote(s, b, cl.End); c >= 0 {
			b = c + 1
		} else {
			b = trimClaimEnd(s, a, k)
		}
	}
	if b-a < 3 {
		return phrase{}, false
	}
	clause, named := false, true
	for k := a; k < b; k++ {
		t := &s.Tokens[k]
		if t.Mention >= 0 {
			continue
		}
		if t.Kind == text.Word && !t.Class.Has(lexicon.Function) {
			named = false
		}
		if k > a && (t.Class.Has(lexicon.Finite) || lexicon.VerbLike(t.Word)) {
			clause = true
		}
		switch t.Word {
		case "i", "we", "you", "me", "my", "our", "your":
			return phrase{}, false // the speaker's own voice
		case "us":
			if t.In(src) == "us" {
				return phrase{}, false
			}
		}
	}
	if !clause || named {
		return phrase{}, false
	}
	return phrase{n: n, first: a, end: b, span: text.Span{Start: s.Tokens[a].Start, End: s.Tokens[b-1].End}, claim: true}, true
}

// maxSetting is how many tokens a phrase that says where or when a claim
// was made may take before the claim's "that" ("in a statement that").
const maxSetting = 6

// pastSetting returns where what is claimed starts when tokens [a, b)
// open with a phrase saying where or when it was claimed, a preposition's
// phrase ended by "that": "(said) in a statement that the law was
// unfair", "(told the court) on Monday that ...". Else it returns a.
func (s *sentence) pastSetting(a, b int) int {
	if a >= b || s.Tokens[a].Mention >= 0 || !settingPreposition(s.Tokens[a].Word) {
		return a // "if the toll that ...", "most of the firms that ...": the claim's own words
	}
	for k := a + 1; k < b && k <= a+maxSetting; k++ {
		t := &s.Tokens[k]
		switch {
		case t.Word == "that":
			return k + 1
		case t.Kind == text.Punctuation, t.Class.Has(lexicon.Finite | lexicon.Report), lexicon.VerbLike(t.Word):
			return a // a clause of its own: "if the plan fails"
		}
	}
	return a
}

// settingPreposition reports whether w opens a phrase saying where or
// when something was said ("in a statement", "on Monday", "after the
// meeting"): prepositions are a closed class, and these are the ones of
// place and time.
func settingPreposition(w string) bool {
	switch w {
	case "in", "on", "at", "after", "before", "during", "following":
		return true
	}
	return false
}

// beforeAside returns where the claim of tokens [a, b) ends when a comma
// sets aside how it was said or who says it: "..., arguing that ...",
// "..., saying the ...", "..., Ms Hale added". Else it returns b.
func (s *sentence) beforeAside(a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		if s.Tokens[k].Word != "," {
			continue
		}
		n := &s.Tokens[k+1]
		// A gerund opens an aside when a clause or an object follows it
		// ("arguing that", "saying the"); before a preposition it is more
		// often an item of a list ("bus routes, funding for libraries").
		if n.Mention < 0 && (isGerund(n.Word) && s.takesComplement(k+2, b) || n.Class.Has(lexicon.Report)) && !(k+2 < b && listGoesOn(s.Tokens[k+2].Word)) {
			return k // not an item of a list: "higher tolls, borrowing and waste"
		}
		// "..., Ms Hale added": a name and a verb of saying after it.
		j := k + 1
		for j < b && s.Tokens[j].Mention >= 0 {
			j++
		}
		if j > k+1 && j < b && s.Tokens[j].Class.Has(lexicon.Report) {
			return k
		}
	}
	return b
}

// takesComplement reports whether token j, before b, opens what a verb of
// saying takes: "that", a determiner or a pronoun.
func (s *sentence) takesComplement(j, b int) bool {
	if j >= b {
		return false
	}
	t := &s.Tokens[j]
	return t.Word == "that" || t.Class.Has(lexicon.Determiner|lexicon.PersonPronoun|lexicon.OrgPronoun)
}

// listGoesOn reports whether w, after an item, says a list goes on.
func listGoesOn(w string) bool {
	return w == "and" || w == "or" || w == ","
}

// trimClaimEnd returns where tokens [a, b) end once the marks and
// function words at their end are dropped.
func trimClaimEnd(s *sentence, a, b int) int {
	for b > a && (s.Tokens[b-1].Kind == text.Punctuation || s.Tokens[b-1].Class.Has(lexicon.Function)) {
		b--
	}
	return b
}

// closingQuote returns the double quotation mark among the marks from
// token b on, before end: the one that closes a quotation ending at b,
// with any stop or comma American style puts inside it; else -1.
func closingQuote(s *sentence, b, end int) int {
	for k := b; k < end && s.Tokens[k].Kind == text.Punctuation; k++ {
		if isDoubleQuote(s.Tokens[k].Word) {
			return k
		}
	}
	return -1
}

// question writes the claim ph of sentence s, whose text (topicText) is
// txt, as the question it raises: "whether" before it, and its first word in lower case when only its
// place at the start of the sentence or of a quotation capitalised it
// ("whether the government must act", but "whether BT" and "whether Mr
// Hale").
func (r *reader) question(s *sentence, ph phrase, txt string) string {
	t := &s.Tokens[ph.first]
	opening := true
	for k := 0; k < ph.first; k++ {
		if s.Tokens[k].Kind != text.Punctuation && !isConjunction(s.Tokens[k].Word) {
			opening = false
			break
		}
	}
	if k := ph.first - 1; k >= 0 && s.Tokens[k].Kind == text.Punctuation && (s.Tokens[k].Class.Has(lexicon.Quote) || strings.Contains(":'‘", s.Tokens[k].Word)) {
		opening = true // a quotation's start capitalises too: `said: "The tolls ...`
	}
	w := t.In(r.Text)
	if opening && t.Mention < 0 && len(w) > 1 && strings.HasPrefix(txt, w) && 'A' <= w[0] && w[0] <= 'Z' && 'a' <= w[1] && w[1] <= 'z' &&
		(t.Class.Has(lexicon.Function) || strings.Contains(r.Text, " "+t.Word+" ")) {
		// Not a name ("whether Christmas will be ruined"): a function
		// word, or one the text also writes in lower case.
		txt = string(w[0]+'a'-'A') + txt[1:]
	}
	return "whether " + txt
}

// topicText returns tokens [first, end) of s as the text has them, but
// for the pronouns the reading resolved, which it writes as the name of
// their actor: a topic is read away from its sentence, where "whether he
// misled MPs" names nobody ("whether Tony Blair misled MPs"), and
// readers write the owner of a thing by name ("Ofcom's plans" for "its
// plans").
func (r *reader) topicText(s *sentence, first, end int) string {
	if first >= end {
		return ""
	}
	var b strings.Builder
	at := s.Tokens[first].Start
	for k := first; k < end; k++ {
		t := &s.Tokens[k]
		if t.Mention < 0 || s.Mentions[t.Mention].Via != actors.ByPronoun {
			continue
		}
		b.WriteString(r.Text[at:t.Start])
		b.WriteString(r.pronounName(s, k))
		at = t.End
	}
	if at == s.Tokens[first].Start {
		return r.Text[at:s.Tokens[end-1].End]
	}
	b.WriteString(r.Text[at:s.Tokens[end-1].End])
	return b.String()
}

// pronounName writes the resolved pronoun at token k of s as its actor's
// name as the text first gives it, possessive where the pronoun is
// ("his", "its", "their"). The reading resolves no "her", which may be
// either.
func (r *reader) pronounName(s *sentence, k int) string {
	act := &r.Actors[s.Mentions[s.Tokens[k].Mention].Actor]
	name := act.Name
	for _, m := range act.Mentions {
		if m.Kind == actors.Name {
			name = m.In(r.Text)
			break
		}
	}
	switch s.Tokens[k].Word {
	case "his", "its", "their":
		if strings.HasSuffix(name, "s") {
			return name + "'"
		}
		return name + "'s"
	}
	return name
}

// lastOpenQuote returns the last double quotation mark of tokens [a, b)
// when the marks there are odd in number, one left open; else -1.
func lastOpenQuote(s *sentence, a, b int) int {
	last, n := -1, 0
	for k := a; k < b; k++ {
		if isDoubleQuote(s.Tokens[k].Word) {
			last, n = k, n+1
		}
	}
	if n%2 == 0 {
		return -1
	}
	return last
}

// isDoubleQuote reports whether w is a double quotation mark. Single
// marks are left out: they are also apostrophes ("the Gibbons' plan").
func isDoubleQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// isConjunction reports whether w joins a clause to what came before:
// "But the union said ..." claims what follows it. ("so" is left out:
// "said so many jobs would go".)
func isConjunction(w string) bool {
	switch w {
	case "but", "and", "yet", "or":
		return true
	}
	return false
}

// maxAttached is how many phrases (see attachment) a topic may carry
// after its noun phrase: a third gained nothing in cross-validation.
const maxAttached = 2

// attachment returns the phrase that attaches at token b to the noun
// phrase before it, making the longer topics readers write: a
// preposition's noun phrase ("the ban on exports"), an infinitive with
// its object ("plans to change the voting rules"), a participle's object
// ("a bill allowing software patents") or a noun phrase joined by "and"
// ("backing for the cards and disquiet among MPs"). It is false when none
// follows, or when the phrase only says when: "the ban on Monday" is the
// ban.
func (s *sentence) attachment(src string, b int) (text.Span, bool) {
	if b+1 >= len(s.Tokens) {
		return text.Span{}, false
	}
	t := &s.Tokens[b]
	var next text.Span
	ok := false
	switch {
	case t.Word == "to" && s.infinitiveVerb(src, b+1):
		next, ok = s.verbPhrase(b+1), true
	case attaches(t.Word) || t.Word == "and":
		next, ok = s.nounPhrase(b+1, len(s.Tokens), true)
	case isGerund(t.Word) && t.Mention < 0 && lowerAt(src, t):
		next, ok = s.nounPhrase(b+1, len(s.Tokens), true)
	}
	return next, ok && !s.temporal(next)
}

// verbPhrase returns the verb at token v with the noun phrase that is
// its object, when one follows: "cut the legal limit", where the noun
// phrase alone would stop at "cut".
func (s *sentence) verbPhrase(v int) text.Span {
	sp := s.Tokens[v].Span
	if obj, ok := s.nounPhrase(v+1, len(s.Tokens), true); ok && !s.temporal(obj) {
		sp.End = obj.End
	}
	return sp
}

// attaches reports whether the preposition w opens a phrase that belongs
// to the noun before it: "the offer for Southcorp", "the ban on exports".
func attaches(w string) bool {
	switch w {
	case "of", "for", "over", "on", "to", "in", "against", "about", "from", "with", "by", "into":
		return true
	}
	return false
}

// readingTopics returns where the topics the readings of pt's sentences
// found stand in the text.
func (r *reader) readingTopics(c *candidates, pt *point) []text.Span {
	var out []text.Span
	for _, i := range pt.sents {
		for _, fi := range c.bySent[i] {
			f := &c.findings[fi]
			if f.topic == "" {
				continue
			}
			s := &r.sents[i]
			if at := strings.Index(r.Text[s.Span.Start:s.Span.End], f.topic); at >= 0 {
				out = append(out, text.Span{Start: s.Span.Start + at, End: s.Span.Start + at + len(f.topic)})
			}
		}
	}
	return out
}

// wordsOfTopic returns the content words of a reader's topic as the
// scorer counts them: lower-case, a plural "s" dropped.
func wordsOfTopic(topic string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(topic), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		out[topicStem(w)] = true
	}
	return out
}

// topicStem drops a plural "s" as the scorer does.
func topicStem(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// namesActor reports whether the noun phrase of tokens [a, b) stands
// for an actor by its head, the word before its "of" or its last: a name
// ("energy giant Gazprom", "the House of Lords") or a noun for a person
// or an office ("a Lufthansa spokesman", "the president of the
// chamber"). Nouns for bodies and groups are left to be topics: "the
// election campaign", "the white paper", "migrant workers".
func (s *sentence) namesActor(a, b int) bool {
	head := b - 1
	for k := a + 1; k < b; k++ {
		if s.Tokens[k].Word == "of" && s.Tokens[k].Mention < 0 {
			head = k - 1
			break
		}
	}
	t := &s.Tokens[head]
	return t.Mention >= 0 || t.Class.Has(lexicon.PersonRole|lexicon.Office)
}

// onlyMentions reports whether sp, the noun phrase at token a, is an
// actor's mention and nothing more: "Turkey", "BT chief executive Ben
// Verwaayen".
func (s *sentence) onlyMentions(a int, sp text.Span) bool {
	for k := a; k < len(s.Tokens) && s.Tokens[k].End <= sp.End; k++ {
		if s.Tokens[k].Mention < 0 && !s.Tokens[k].Class.Has(lexicon.Function) {
			return false
		}
	}
	return true
}
