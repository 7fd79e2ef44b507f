package disputes

import (
	"sort"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// maxTopicWords bounds a topic: it is a short noun phrase, not a clause.
const maxTopicWords = 6

// cueTopic returns what the cue at token k is about, and how good its
// source is: the claim or proposal a verb rejects ("denied claims by Y"),
// the noun phrase after "over", "about", "on" ("a row over pensions"), the
// cue's object ("rejected the proposal"), the noun phrase of a complement
// ("for saying that the tariff was unfair"), or a noun phrase of
// the sentence. objEnd and end are the ends of the cue's object and clause.
func (r *reader) cueTopic(s *sentence, k, objEnd, end int, noun bool, c cue) (string, int) {
	if !noun {
		if sp, ok := s.claimPhrase(k+1, objEnd); ok {
			return sp.In(r.Text), topicObject
		}
	}
	if sp, ok := s.prepTopic(k, end, noun); ok {
		if noun && c == cueConflict {
			return sp.In(r.Text), topicConflictNoun
		}
		return sp.In(r.Text), topicPrep
	}
	// An object that describes an actor ("the head of the Harbour Trust,
	// Ruth Okonkwo") is the other side, not the topic.
	if !noun && len(s.Sides(k+1, objEnd)) == 0 {
		if sp, ok := s.nounPhrase(k+1, objEnd, false); ok && !s.temporal(sp) {
			return sp.In(r.Text), topicObject
		}
	}
	if c == cueSimilar || c == cueAgree {
		// "Ostravian and Velmarian aims in the valley are similar": what
		// is alike is what the actors' names qualify.
		if ms := s.Sides(s.ClauseStart(k), k); len(ms) > 0 {
			if sp, ok := s.nounPhrase(ms[len(ms)-1].End, k, false); ok {
				return sp.In(r.Text), topicObject
			}
		}
	}
	if sp, ok := s.complementTopic(objEnd, end); ok {
		return sp.In(r.Text), topicComplement
	}
	return r.fallbackTopic(s)
}

// prepTopic returns the noun phrase after the first preposition past the
// cue at token k, before end, that introduces what the cue is about ("a
// row over pensions"), unless the phrase only says when. noun says the
// cue is a noun, which "in" may follow with its topic ("a rise in fares").
func (s *sentence) prepTopic(k, end int, noun bool) (text.Span, bool) {
	// A preposition inside a "that" clause belongs to what was said, not
	// to the cue: "denied that the dam was over budget".
	if t := s.FindWord(k+1, end, "that"); t >= 0 {
		end = t
	}
	for p := k + 1; p < end; p++ {
		if !s.topicPreposition(p, noun) {
			continue
		}
		if sp, ok := s.nounPhrase(p+1, end, false); ok && !s.temporal(sp) {
			return sp, true
		}
	}
	return text.Span{}, false
}

// topicPreposition reports whether token p is a preposition that
// introduces the topic of a cue before it: "over", "about", "regarding",
// "concerning", "on", the "to" of "in regard to", and "in" after a noun
// cue; but not "on" or "in" before an actor ("an attack on Hale"), who is
// the other side.
func (s *sentence) topicPreposition(p int, noun bool) bool {
	if s.Tokens[p].Mention >= 0 {
		return false
	}
	switch w := s.Tokens[p].Word; {
	case w == "in" && s.Word(p+1) == "regard":
		return false // "in regard to X": the topic follows "to"
	case w == "on", w == "in" && noun:
		return p+1 >= len(s.Tokens) || s.Tokens[p+1].Mention < 0
	case w == "over", w == "about", w == "regarding", w == "concerning",
		w == "to" && s.Word(p-1) == "regard":
		return true
	}
	return false
}

// complementTopic returns the topic in the complement that follows the
// cue's object at objEnd, before end: the reported clause of "for saying
// that the tariff was unfair", the gerund's phrase of "of scaremongering"
// or "for calling a strike", or the clause of "that".
func (s *sentence) complementTopic(objEnd, end int) (text.Span, bool) {
	if objEnd >= end {
		return text.Span{}, false
	}
	switch s.Tokens[objEnd].Word {
	case "for", "of", "that":
		// After "that", j is already past it.
		j := objEnd + 1
		if j+1 < end && isGerund(s.Tokens[j].Word) && s.Tokens[j+1].Word == "that" {
			j += 2
		}
		return s.nounPhrase(j, end, false)
	}
	return text.Span{}, false
}

// claimPhrase returns "Y's proposal" when the object of a cue is a claim
// or proposal owned by an actor: the one noun phrase allowed to hold a
// mention, since the claim, not its owner, is what is disputed.
func (s *sentence) claimPhrase(j, end int) (text.Span, bool) {
	for l := j; l < end && l < j+maxTopicWords; l++ {
		if s.Tokens[l].Class.Has(lexicon.Claim) {
			if sp, ok := s.nounPhrase(j, end, true); ok {
				return sp, true
			}
			return text.Span{}, false
		}
	}
	return text.Span{}, false
}

// fallbackTopic returns the sentence's first noun phrase of two content
// words or more that names no actor, else its first one of one word.
func (r *reader) fallbackTopic(s *sentence) (string, int) {
	for _, minWords := range []int{2, 1} {
		for j := range s.Tokens {
			if j > 0 && s.Tokens[j-1].Kind == text.Word && !s.Tokens[j-1].Class.Has(lexicon.Function) {
				continue // not the start of a phrase
			}
			if lexicon.VerbLike(s.Tokens[j].Word) {
				continue // a fallback must at least look like a noun phrase
			}
			sp, ok := s.nounPhrase(j, len(s.Tokens), false)
			if !ok || s.contentWords(sp) < minWords {
				continue
			}
			return sp.In(r.Text), topicFallback
		}
	}
	return "", topicNone
}

// contentWords counts the words of sp that are not function words.
func (s *sentence) contentWords(sp text.Span) int {
	n := 0
	for _, t := range s.spanTokens(sp) {
		if t.Kind != text.Punctuation && !t.Class.Has(lexicon.Function) {
			n++
		}
	}
	return n
}

// nounPhrase returns the noun phrase starting at token j, before end: an
// optional determiner, content words, and at most one "of" phrase ("the
// closure of its night shelters"). Without a tagger, a word
// ending in -ed or -ing is taken to be a verb and ends the phrase unless it
// comes before the phrase's first noun. Mentions may be part of it only if
// withMentions is set.
func (s *sentence) nounPhrase(j, end int, withMentions bool) (text.Span, bool) {
	end = min(end, len(s.Tokens))
	if j >= end {
		return text.Span{}, false
	}
	i := j
	if s.Tokens[i].Class.Has(lexicon.Determiner) {
		i++
	}
	last, content, words, usedOf := -1, 0, 0, false
	for ; i < end && words < maxTopicWords; i, words = i+1, words+1 {
		t := &s.Tokens[i]
		if t.Mention >= 0 && !withMentions {
			break
		}
		if t.Kind == text.Punctuation {
			break
		}
		w := t.Word
		if t.Mention < 0 && isNegation(w) {
			break
		}
		if t.Mention < 0 && t.Class.Has(lexicon.Function) {
			if w == "of" && !usedOf && content > 0 {
				usedOf = true
				continue
			}
			// "the closure of its ...", "reopening the railway"
			if t.Class.Has(lexicon.Determiner) && i > j && (s.Tokens[i-1].Word == "of" || content == 1 && isGerund(s.Tokens[i-1].Word)) {
				continue
			}
			break
		}
		if t.Mention < 0 && content > 0 && (lexicon.VerbLike(w) && !s.modifier(i, end) || t.Class.Has(lexicon.Report) || s.adverb[t.Form] || s.afterPerson(i)) {
			break
		}
		content++
		last = i
	}
	if content == 0 || last < 0 {
		return text.Span{}, false
	}
	return text.Span{Start: s.Tokens[j].Start, End: s.Tokens[last].End}, true
}

// modifier reports whether the word at token i, before end, in -ed or
// -ing, qualifies the noun after it rather than being a verb: it follows
// a possessive, where no verb stands ("the council's proposed changes",
// "the regulator's planned inquiry"), or a preposition ("angry at
// proposed ferry fees", "a row over planned pier repairs"), and a content
// word that is no such form follows it.
func (s *sentence) modifier(i, end int) bool {
	if i == 0 || i+1 >= end {
		return false
	}
	p, n := &s.Tokens[i-1], &s.Tokens[i+1]
	if !lexicon.Possessive(p.Word) && !preposition(p) {
		return false
	}
	return n.Kind == text.Word && n.Mention < 0 && !n.Class.Has(lexicon.Function|lexicon.Report) && !lexicon.VerbLike(n.Word)
}

// preposition reports whether t is a preposition that a noun phrase
// follows and no verb: one that attaches a phrase to a noun, or "at",
// but not "to", which an infinitive follows.
func preposition(t *token) bool {
	return t.Mention < 0 && (attaches(t.Word) || t.Word == "at") && t.Word != "to"
}

// spanTokens returns the tokens that sp covers whole. Tokens are in text
// order and do not overlap, so they are one run: the first starting at or
// after sp and those after it that end inside sp. Finding the run costs
// a search rather than a pass over the sentence for every phrase weighed.
func (s *sentence) spanTokens(sp text.Span) []token {
	a := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= sp.Start })
	b := a
	for b < len(s.Tokens) && s.Tokens[b].End <= sp.End {
		b++
	}
	return s.Tokens[a:b]
}

// temporal reports whether the phrase sp only says when: "on Monday",
// "over the weekend" give no topic.
func (s *sentence) temporal(sp text.Span) bool {
	for _, t := range s.spanTokens(sp) {
		if t.Class.Has(lexicon.Determiner) {
			continue
		}
		switch t.Word {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"weekend", "week", "month", "year", "day", "night", "morning", "afternoon", "evening",
			"today", "yesterday", "tomorrow", "years", "months", "weeks", "days", "decade", "time":
			continue
		}
		return false
	}
	return true
}

// afterPerson reports whether token i follows a person's name that has
// no possessive and no determiner: a word after "Mr Blair" is his verb
// ("Mr Blair held talks"), not part of a noun phrase, where a word after
// "the Oyston" or an organisation's name may be ("the Oyston family",
// "the BBC licence fee").
func (s *sentence) afterPerson(i int) bool {
	if i == 0 || s.Tokens[i-1].Mention < 0 {
		return false
	}
	p, m := &s.Tokens[i-1], &s.Mentions[s.Tokens[i-1].Mention]
	return m.Person && m.End == i && !lexicon.Possessive(p.Word) &&
		(m.First == 0 || !s.Tokens[m.First-1].Class.Has(lexicon.Determiner))
}
