package disputes

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// token is one token of a sentence with what the rules need to know of it.
type token struct {
	text.Span
	kind    text.Kind
	low     string // lower-case text
	quoted  bool   // inside quotation marks
	mention int    // index into sentence.mentions of the mention covering it, or -1
}

// mention is one actor mention inside a sentence.
type mention struct {
	actor      int       // index into reader.actors
	span       text.Span // byte offsets into the document
	first, end int       // the tokens it covers, [first, end)
}

// sentence is one sentence read into tokens and mentions.
type sentence struct {
	index    int // in text.Document.Sentences
	span     text.Span
	toks     []token
	mentions []mention // in text order, not overlapping
	// speaker is the actor speaking a quotation this sentence continues
	// from an earlier one, or -1.
	speaker int
}

// reader holds a document read for cue finding.
type reader struct {
	src    string
	actors []actors.Actor
	sents  []sentence
}

// read tokenises every sentence, places the actors' mentions in them, and
// follows quotations across sentences.
func read(ctx context.Context, doc *text.Document, found []actors.Actor) (*reader, error) {
	r := &reader{src: doc.Text, actors: found, sents: make([]sentence, len(doc.Sentences))}
	for i, s := range doc.Sentences {
		r.sents[i] = sentence{index: i, span: s.Span, speaker: -1}
	}
	for a, act := range found {
		if act.Type == actors.Location {
			// A place that is only a setting takes no side.
			continue
		}
		for _, m := range act.Mentions {
			i := r.sentenceOf(m)
			if i < 0 {
				continue
			}
			r.sents[i].mentions = append(r.sents[i].mentions, mention{actor: a, span: m.Span})
		}
	}
	var toks []text.Token
	for i := range r.sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s := &r.sents[i]
		toks = text.AppendTokens(toks[:0], doc.Text, s.span)
		s.toks = make([]token, len(toks))
		for j, t := range toks {
			s.toks[j] = token{Span: t.Span, kind: t.Kind, low: strings.ToLower(t.In(doc.Text)), mention: -1}
		}
		s.placeMentions()
	}
	r.followQuotes()
	return r, nil
}

// sentenceOf returns the index of the sentence holding m, or -1. The
// mention's own sentence index is trusted when its span agrees.
func (r *reader) sentenceOf(m actors.Mention) int {
	if m.Start < 0 || m.End > len(r.src) || m.Start >= m.End {
		return -1
	}
	if m.Sentence >= 0 && m.Sentence < len(r.sents) && r.sents[m.Sentence].span.Contains(m.Span) {
		return m.Sentence
	}
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].span.End > m.Start })
	if i < len(r.sents) && r.sents[i].span.Contains(m.Span) {
		return i
	}
	return -1
}

// placeMentions sorts the sentence's mentions, drops those overlapping a
// longer one, and links tokens to them.
func (s *sentence) placeMentions() {
	slices.SortFunc(s.mentions, func(a, b mention) int {
		if a.span.Start != b.span.Start {
			return a.span.Start - b.span.Start
		}
		return b.span.End - a.span.End
	})
	kept := s.mentions[:0]
	for _, m := range s.mentions {
		if n := len(kept); n > 0 && m.span.Start < kept[n-1].span.End {
			continue
		}
		kept = append(kept, m)
	}
	s.mentions = kept
	j := 0
	for mi := range s.mentions {
		m := &s.mentions[mi]
		for j < len(s.toks) && s.toks[j].End <= m.span.Start {
			j++
		}
		m.first = j
		for j < len(s.toks) && s.toks[j].Start < m.span.End {
			s.toks[j].mention = mi
			j++
		}
		m.end = j
	}
	// A mention that covers no whole token (an actor finder that splits
	// inside a word) cannot be placed; drop it rather than guess.
	s.mentions = slices.DeleteFunc(s.mentions, func(m mention) bool { return m.first >= m.end })
	for j := range s.toks {
		s.toks[j].mention = -1
	}
	for mi, m := range s.mentions {
		for j := m.first; j < m.end; j++ {
			s.toks[j].mention = mi
		}
	}
}

// quoteMark classifies a punctuation token: +1 opens a quotation, -1
// closes one, 2 toggles (a straight double quote), 0 is no quote mark.
// Single quotes are left out: in running text they are mostly apostrophes.
func quoteMark(w string) int {
	switch w {
	case "“", "«", "„":
		return 1
	case "”", "»":
		return -1
	case "\"":
		return 2
	}
	return 0
}

// followQuotes marks quoted tokens and gives each sentence that continues
// a quotation the quotation's speaker: the first actor named outside
// quotation marks in the sentence that opens it, or else in the one that
// closes it ("... ," said X).
func (r *reader) followQuotes() {
	open := false
	start := -1 // sentence where the open quotation began
	for i := range r.sents {
		s := &r.sents[i]
		continues, from := open, start
		for j := range s.toks {
			t := &s.toks[j]
			if t.kind == text.Punctuation {
				switch quoteMark(t.low) {
				case 1:
					open, start = true, i
					continue
				case -1:
					open = false
					r.closeQuote(start, i)
					continue
				case 2:
					if open {
						open = false
						r.closeQuote(start, i)
					} else {
						open, start = true, i
					}
					continue
				}
			}
			t.quoted = open
		}
		if continues && from >= 0 && s.speaker < 0 {
			s.speaker = r.sents[from].outsideSpeaker()
		}
	}
}

// closeQuote runs when a quotation opened in sentence from closes in
// sentence to: when the opening sentence named no speaker, the closing one
// may ("... ," said X), and every sentence in between gets that speaker.
func (r *reader) closeQuote(from, to int) {
	if from < 0 || from >= to || r.sents[from].outsideSpeaker() >= 0 {
		return
	}
	sp := r.sents[to].outsideSpeaker()
	for i := from + 1; i <= to; i++ {
		r.sents[i].speaker = sp
	}
}

// outsideSpeaker returns the first actor named outside quotation marks in
// s, or -1.
func (s *sentence) outsideSpeaker() int {
	for _, m := range s.mentions {
		if !s.toks[m.first].quoted {
			return m.actor
		}
	}
	return -1
}
