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
	prepRank := topicPrep
	if noun && c == cueConflict {
		prepRank = topicConflictNoun
	}
	if !noun {
		if sp, ok := s.claimPhrase(k+1, objEnd); ok {
			return sp.In(r.Text), topicObject
		}
	}
	// A preposition inside a "that" clause belongs to what was said, not
	// to the cue: "denied that the dam was over budget".
	prepEnd := end
	if t := s.FindWord(k+1, end, "that"); t >= 0 {
		prepEnd = t
	}
	for p := k + 1; p < prepEnd; p++ {
		if s.Tokens[p].Mention >= 0 {
			continue
		}
		w := s.Tokens[p].Word
		switch {
		case w == "in" && s.Word(p+1) == "regard":
			continue // "in regard to X": the topic follows "to"
		case w == "over", w == "about", w == "regarding", w == "concerning",
			w == "on", w == "in" && noun,
			w == "to" && s.Word(p-1) == "regard":
		default:
			continue
		}
		if p+1 < len(s.Tokens) && s.Tokens[p+1].Mention >= 0 && (w == "on" || w == "in") {
			// "an attack on Hale": the other side, not the topic.
			continue
		}
		if sp, ok := s.nounPhrase(p+1, prepEnd, false); ok && !s.temporal(sp) {
			return sp.In(r.Text), prepRank
		}
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
	if objEnd < end {
		switch s.Tokens[objEnd].Word {
		case "for", "of", "that":
			// "for saying that the tariff was unfair": the
			// topic is in the reported clause; "of scaremongering",
			// "for calling a strike": it is the gerund's phrase.
			j := objEnd + 1
			if j+1 < end && isGerund(s.Tokens[j].Word) && s.Tokens[j+1].Word == "that" {
				j += 2
			} else if s.Tokens[j-1].Word == "that" {
				// already past "that"
			}
			if sp, ok := s.nounPhrase(j, end, false); ok {
				return sp.In(r.Text), topicComplement
			}
		}
	}
	return r.fallbackTopic(s)
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
		if t.Mention < 0 && content > 0 && lexicon.VerbLike(w) {
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
