package disputes

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// token is one token of a sentence with what the rules need to know of it.
type token struct {
	text.Span
	Word    string        // lower-case text
	Class   lexicon.Class // the word's classes in package lexicon
	Mention int32         // index into sentence.mentions of the mention covering it, or -1
	Kind    text.Kind
	Quoted  bool  // inside quotation marks
	cls     class // what the word is to the rules, found once
	Form    int32 // index of low in the document's Vocabulary().Words
}

// class caches what the rules ask of a word again and again, so that the
// scans over every token skip the words no rule reads (most of them) at
// the cost of one look each. It fits in the token's padding.
type class uint16

const (
	clsCue     class = 0x0f // the cue, from lexicon
	clsReport  class = 0x10 // a verb of saying (lexicon.Report)
	clsScan    class = 0x20 // a word scan reads besides cues: a contrast, a stance, "on", a word cueAt reads in context
	clsRefer   class = 0x40 // a word a reference may start with: a pronoun, "the", "a", "an"
	clsAnyScan       = clsCue | clsReport | clsScan
)

// classOf computes the class of the lower-case word w, of lexicon class
// lc.
func classOf(w string, lc lexicon.Class) class {
	c := class(lc.Cue())
	if lc.Has(lexicon.Report) {
		c |= clsReport
	}
	if contrastWeight(w) > 0 || lc.Has(lexicon.Stance) || contextCue(w) || w == "on" {
		c |= clsScan
	}
	if lc.Has(lexicon.PersonPronoun|lexicon.OrgPronoun) || w == "the" || w == "a" || w == "an" {
		c |= clsRefer
	}
	return c
}

// reports and cue read a token's class.
func (t *token) reports() bool { return t.cls&clsReport != 0 }
func (t *token) cue() cue      { return cue(t.cls & clsCue) }

// mention is one actor mention inside a sentence.
type mention struct {
	Actor      int       // index into reader.actors
	Span       text.Span // byte offsets into the document
	First, End int       // the tokens it covers, [first, end)
	Via        via       // a name, or a pronoun or description resolved here
	From       int       // the sentence naming the actor: its own, or an antecedent's
	Person     bool      // the actor is a person
	Demonym    bool      // a demonym: "British", "Iranian"
	Country    bool      // the actor is a country
}

// sentence is one sentence read into tokens and mentions.
type sentence struct {
	Index     int  // in text.Document.Sentences
	Paragraph int  // the paragraph holding it
	Headline  bool // a headline: read for references, never evidence
	Span      text.Span
	Tokens    []token
	Mentions  []mention // in text order, not overlapping
	// speaker is the actor speaking a quotation this sentence continues
	// from an earlier one, or -1; speakerFrom is the sentence naming it.
	Speaker, SpeakerFrom int
	Claims               []claim // what is reported as said here, and by whom
}

// reader holds a document read for cue finding.
type reader struct {
	Text   string
	Words  []string // the document's lower-case words; token.word indexes them
	Actors []actors.Actor
	gender []gender // of each actor, from its honorifics
	sents  []sentence
	// prior holds the disagreements found so far, in sentence order, for
	// answers that refer back to them.
	prior []finding
	// affil holds the pairs of actors that speak for one side, and words
	// the lower-case words of each actor's names, found when first needed.
	affil    map[[2]int]bool
	words    [][]string
	lowNames [][]string
	// scratch holds the arrays read takes from scratchPool; release
	// gives them back when Find is done with them.
	scratch *scratch
}

// scratch is what reading a document needs only while Find runs: the
// tokens of all its sentences, the tokeniser's buffer, the sentences and
// the mentions. They are the largest allocations of the stage (some
// twenty-five kilobytes an article), so Find gives them back to
// scratchPool for the next document rather than leaving them to be
// cleared, allocated and collected again. Nothing Find returns points into
// them: results hold spans and strings, and a token's low string is a
// slice of the lower-case text, not of the array.
type scratch struct {
	all      []token
	sents    []sentence
	mentions []mention
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooledTokens and maxPooledSentences bound the arrays kept for reuse,
// so that a huge document's arrays go to the collector rather than stay in
// the pool. They are room for an article several times the length of a
// long news story.
const (
	maxPooledTokens    = 1 << 14
	maxPooledSentences = 1 << 10
)

// release gives the reader's scratch arrays back to scratchPool. The
// reader's sentences must not be read after it.
func (r *reader) release() {
	sc := r.scratch
	if sc == nil {
		return
	}
	r.scratch = nil
	r.sents = nil
	// What the arrays hold keeps the last document's lower-case text and
	// claims alive until it is overwritten; clearing them would cost the
	// very pass over memory that reuse saves.
	if cap(sc.all) > maxPooledTokens {
		sc.all = nil
	}
	if cap(sc.sents) > maxPooledSentences {
		sc.sents = nil
	}
	if cap(sc.mentions) > maxPooledTokens {
		sc.mentions = nil
	}
	scratchPool.Put(sc)
}

// read tokenises every sentence, places the actors' mentions in them,
// marks quotations, and then, sentence by sentence, resolves the pronouns
// and descriptions that stand for actors and finds who says what. Later
// sentences' references lean on earlier ones, so the order matters.
func read(ctx context.Context, doc *text.Document, found []actors.Actor) (*reader, error) {
	sc := scratchPool.Get().(*scratch)
	r := &reader{Text: doc.Text, Actors: found, gender: make([]gender, len(found)), scratch: sc}
	// Every sentence and, below, every mention and token of the pooled
	// arrays is written before it is read.
	r.sents = sc.sents[:0]
	if n := len(doc.Sentences); cap(r.sents) < n {
		r.sents = make([]sentence, n)
	}
	r.sents = r.sents[:len(doc.Sentences)]
	for i, s := range doc.Sentences {
		r.sents[i] = sentence{Index: i, Paragraph: s.Paragraph, Headline: s.Headline, Span: s.Span, Speaker: -1, SpeakerFrom: -1}
	}
	sc.sents = r.sents
	r.gatherMentions()
	if err := r.readTokens(ctx, doc); err != nil {
		r.release()
		return nil, err
	}
	for i := range r.sents {
		r.sents[i].placeMentions()
	}
	paras := make([]int, len(doc.Sentences))
	for i, s := range doc.Sentences {
		paras[i] = s.Paragraph
	}
	qs := r.markQuotes(paras)
	for i := range r.sents {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				r.release()
				return nil, err
			}
		}
		r.resolve(i)
		r.attribute(i, qs)
	}
	return r, nil
}

// gatherMentions gives each sentence the mentions of the actors that can
// take a side, and notes each person's gender.
func (r *reader) gatherMentions() {
	// Mentions are counted per sentence first, so that all of them share
	// one array; each sentence's part is capped, so that a reference
	// resolved later is appended to a copy, not over the next sentence's.
	count := make([]int, len(r.sents)+1)
	for a := range r.Actors {
		if r.Actors[a].Type == actors.Location {
			continue // a place that is only a setting takes no side
		}
		for _, m := range r.Actors[a].Mentions {
			if i := r.sentenceOf(m); i >= 0 {
				count[i+1]++
			}
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	shared := r.scratch.mentions[:0]
	if n := count[len(r.sents)]; cap(shared) < n {
		shared = make([]mention, n)
	}
	shared = shared[:count[len(r.sents)]]
	r.scratch.mentions = shared
	for i := range r.sents {
		r.sents[i].Mentions = shared[count[i]:count[i]:count[i+1]]
	}
	for a := range r.Actors {
		act := &r.Actors[a]
		if act.Type == actors.Location {
			continue
		}
		if act.Type == actors.Person {
			r.gender[a] = genderOf(act)
		}
		for _, m := range act.Mentions {
			if i := r.sentenceOf(m); i >= 0 {
				r.sents[i].Mentions = append(r.sents[i].Mentions, mention{Actor: a, Span: m.Span, From: i,
					Person: act.Type == actors.Person, Demonym: m.Kind == actors.Demonym, Country: act.Type == actors.Country})
			}
		}
	}
}

// readTokens gives each sentence its tokens, with their lower-case words
// and classes from the document's vocabulary.
func (r *reader) readTokens(ctx context.Context, doc *text.Document) error {
	// All sentences' tokens share one backing array, grown as needed and
	// cut into sentences at the end, so that a document costs a few
	// allocations rather than one a sentence. News prose has a token in
	// every five or six bytes (4.2 at the densest of the BBC corpus):
	// room for one in 4.5 rarely needs to grow, and growing doubles the
	// array.
	all := r.scratch.all[:0]
	if n := len(doc.Text)*2/9 + 8; cap(all) < n {
		all = make([]token, 0, n)
	}
	// A word's class is found once for the document, not for each use.
	vocab := doc.Vocabulary()
	r.Words = vocab.Words
	lexes := make([]lexicon.Class, len(vocab.Words))
	classes := make([]class, len(vocab.Words))
	for w, low := range vocab.Words {
		lexes[w] = lexicon.Lookup(low)
		classes[w] = classOf(low, lexes[w])
	}
	bounds := make([]int, len(r.sents)+1)
	for i := range r.sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		forms := doc.SentenceForms(i)
		for k, t := range doc.SentenceTokens(i) {
			w := vocab.Lower[forms[k]]
			tok := token{Span: t.Span, Kind: t.Kind, Word: vocab.Words[w], Class: lexes[w], Form: w, Mention: -1}
			if t.Kind == text.Word {
				tok.cls = classes[w]
			}
			all = append(all, tok)
		}
		bounds[i+1] = len(all)
	}
	r.scratch.all = all
	for i := range r.sents {
		r.sents[i].Tokens = all[bounds[i]:bounds[i+1]:bounds[i+1]]
	}
	return nil
}

// lower returns w in lower case, without allocating when it is lower case
// already, as most words of running text are.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// sentenceOf returns the index of the sentence holding m, or -1. The
// mention's own sentence index is trusted when its span agrees.
func (r *reader) sentenceOf(m actors.Mention) int {
	if m.Start < 0 || m.End > len(r.Text) || m.Start >= m.End {
		return -1
	}
	if m.Sentence >= 0 && m.Sentence < len(r.sents) && r.sents[m.Sentence].Span.Contains(m.Span) {
		return m.Sentence
	}
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].Span.End > m.Start })
	if i < len(r.sents) && r.sents[i].Span.Contains(m.Span) {
		return i
	}
	return -1
}

// placeMentions sorts the sentence's mentions, drops those overlapping a
// longer one, and links tokens to them.
func (s *sentence) placeMentions() {
	slices.SortFunc(s.Mentions, func(a, b mention) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.End - a.Span.End
	})
	kept := s.Mentions[:0]
	for _, m := range s.Mentions {
		if n := len(kept); n > 0 && m.Span.Start < kept[n-1].Span.End {
			continue
		}
		kept = append(kept, m)
	}
	s.Mentions = kept
	j := 0
	for mi := range s.Mentions {
		m := &s.Mentions[mi]
		for j < len(s.Tokens) && s.Tokens[j].End <= m.Span.Start {
			j++
		}
		m.First = j
		for j < len(s.Tokens) && s.Tokens[j].Start < m.Span.End {
			s.Tokens[j].Mention = int32(mi)
			j++
		}
		m.End = j
	}
	// A mention that covers no whole token (an actor finder that splits
	// inside a word) cannot be placed; drop it rather than guess.
	s.Mentions = slices.DeleteFunc(s.Mentions, func(m mention) bool { return m.First >= m.End })
	for j := range s.Tokens {
		s.Tokens[j].Mention = -1
	}
	for mi, m := range s.Mentions {
		for j := m.First; j < m.End; j++ {
			s.Tokens[j].Mention = int32(mi)
		}
	}
}

// outsideSpeaker returns the first actor named outside quotation marks in
// s, or -1.
func (s *sentence) OutsideSpeaker() int {
	for _, m := range s.Mentions {
		if !s.Tokens[m.First].Quoted {
			return m.Actor
		}
	}
	return -1
}
