package actors

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Claim is one reported statement, who says what: an actor says, argues,
// insists or believes what a stretch of the text says ("X said (that)
// ...", "..., X said", "according to X", a quotation carried over from an
// earlier sentence).
type Claim struct {
	Speaker    int  // index into Reading.Actors
	Verb       int  // the reporting verb's token, or -1 for a quotation carried over from an earlier sentence
	First, End int  // the tokens of what is said, [First, End), in sentence Sentence
	Sentence   int  // the sentence holding what is said
	From       int  // the sentence that names the speaker
	Via        Via  // how the speaker is referred to there
	Rebut      bool // an answer: "insisted", "countered", or a clause opening with "But"
}

// quoteState is what the quotation marks of the text say about one
// sentence.
type quoteState struct {
	contFrom int // the sentence where a quotation this one continues was opened, or -1
}

// markQuotes marks quoted tokens in every sentence and returns, for each,
// where the quotation it continues was opened. Speakers are found later,
// sentence by sentence, since finding them needs the references resolved.
//
// A straight double quote opens or closes by where it stands: after a
// space and before a word it opens, after a word it closes. Toggling alone
// would turn one unbalanced mark into a whole article read inside out. A
// quotation still open at the end of a paragraph goes on only if the next
// paragraph opens with a quotation mark, as news style continues one.
func (r *Reading) markQuotes(paras []int) []quoteState {
	qs := make([]quoteState, len(r.Sentences))
	open := false
	start := -1
	for i := range r.Sentences {
		s := &r.Sentences[i]
		if open && i > 0 && paras[i] != paras[i-1] && (len(s.Tokens) == 0 || !s.Tokens[0].Class.Has(lexicon.Quote)) {
			open = false
		}
		qs[i].contFrom = -1
		if open {
			qs[i].contFrom = start
		}
		for j := range s.Tokens {
			t := &s.Tokens[j]
			if t.Kind == text.Punctuation {
				switch m := lexicon.QuoteMark(t.Class); {
				case m == 2:
					m = r.straightQuote(t.Span, open)
					fallthrough
				case m == 1 || m == -1:
					if m == 1 {
						open, start = true, i
					} else {
						open = false
					}
					continue
				}
			}
			t.Quoted = open
		}
	}
	return qs
}

// straightQuote tells whether the straight quote at sp opens (1) or closes
// (-1) a quotation, from the characters around it; when they say nothing,
// it does the opposite of the current state.
func (r *Reading) straightQuote(sp text.Span, open bool) int {
	before, after := byte(' '), byte(' ')
	if sp.Start > 0 {
		before = r.Text[sp.Start-1]
	}
	if sp.End < len(r.Text) {
		after = r.Text[sp.End]
	}
	space := func(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '(' || c == '[' }
	stop := func(c byte) bool {
		return space(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
	}
	switch {
	case space(before) && !space(after):
		return 1
	case !space(before) && stop(after):
		return -1
	case open:
		return -1
	}
	return 1
}

// closesQuote reports whether sentence i closes a quotation that an
// earlier sentence opened, and returns that sentence.
func (r *Reading) closesQuote(qs []quoteState, i int) (int, bool) {
	from := qs[i].contFrom
	if from < 0 {
		return 0, false
	}
	if i+1 < len(qs) && qs[i+1].contFrom == from {
		return 0, false // still open after this sentence
	}
	return from, true
}

// attribute finds the claims of sentence i: "according to X, ...", "X
// said (that) ...", "..., X said", "..., said X", and the continuation of a
// quotation opened before. The references of sentence i are resolved
// already.
func (r *Reading) attribute(i int, qs []quoteState) {
	s := &r.Sentences[i]
	s.Claims = s.Claims[:0]
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Kind != text.Word || t.Mention >= 0 || t.Quoted {
			continue
		}
		if t.Word == "according" && s.Word(k+1) == "to" {
			if c, ok := s.accordingTo(i, k); ok {
				s.Claims = append(s.Claims, c)
			}
			continue
		}
		if c, ok := s.reportAt(i, k); ok {
			s.Claims = append(s.Claims, c)
		}
	}
	r.quotationSpeaker(i, qs)
}

// accordingTo returns the claim that "according to X" at token k of
// sentence i gives X: the rest of the sentence when it opens the
// sentence, else what comes before it.
func (s *Sentence) accordingTo(i, k int) (Claim, bool) {
	// Not sidesIn: the "to" that makes other actors part of a thing
	// introduces the source here.
	mi := slices.IndexFunc(s.Mentions, func(m Ref) bool { return m.First >= k+2 && m.First < k+5 })
	if mi < 0 {
		return Claim{}, false
	}
	m := s.Mentions[mi]
	a, b := 0, k
	if k <= s.FirstWord() {
		a, b = m.End, len(s.Tokens)
	}
	return Claim{Speaker: m.Actor, Verb: k, First: a, End: b, Sentence: i, From: i, Via: m.Via}, true
}

// reportAt returns the claim that the verb of saying at token k of
// sentence i introduces, with its speaker, what is said, and whether it
// answers someone ("But X said ...", "X insisted ..."). It reports false
// for hearsay ("X is said to be ...", "are believed to"), a verb of
// answering that reports nothing ("had to respond to the plans"), and a
// noun ("dismissed claims of a rift", "the claims", "X's fears").
func (s *Sentence) reportAt(i, k int) (Claim, bool) {
	t := &s.Tokens[k]
	if !t.Class.Has(lexicon.Report) || s.Passive(k) {
		return Claim{}, false
	}
	if t.Class.Has(lexicon.Answer) {
		// "replied:", "countered that", '"...," he replied'.
		n, p := s.Word(k+1), s.Word(k-1)
		if n != ":" && n != "that" && n != "," && !s.Class(k+1).Has(lexicon.Quote) && !(p == "," || s.Class(k-1).Has(lexicon.Quote)) {
			return Claim{}, false
		}
	}
	if k > 0 && (s.Tokens[k-1].Class.Has(lexicon.Determiner|lexicon.AnyCue) || s.Tokens[k-1].Mention >= 0 && s.Possessive(int(s.Tokens[k-1].Mention))) {
		return Claim{}, false
	}
	m, ok, inverted := s.speakerOf(k)
	if !ok {
		return Claim{}, false
	}
	c := Claim{Speaker: m.Actor, Verb: k, Sentence: i, From: i, Via: m.Via}
	if inverted {
		c.First, c.End = 0, s.lastBreakBefore(min(m.First, k))
	} else {
		c.First, c.End = s.contentStart(k), s.contentEnd(k)
	}
	c.Rebut = t.Class.Has(lexicon.Answer) || s.opensWithContrast(min(m.First, k))
	return c, true
}

// quotationSpeaker gives sentence i the speaker of a quotation it carries
// on from an earlier sentence, and, when a quotation closes in sentence i
// with its speaker ('... ," said X') and the sentence that opened it named
// none, gives the sentences it ran over that speaker. A sentence that
// goes on with a quotation and reports nothing of its own is its
// speaker's claim.
func (r *Reading) quotationSpeaker(i int, qs []quoteState) {
	s := &r.Sentences[i]
	if from := qs[i].contFrom; from >= 0 && s.Speaker < 0 {
		if sp, ok := r.quoteOpener(from); ok {
			s.Speaker = sp.Speaker
			s.SpeakerFrom = sp.From
		}
	}
	if from, ok := r.closesQuote(qs, i); ok && len(s.Claims) > 0 {
		if _, named := r.quoteOpener(from); !named {
			c := s.Claims[len(s.Claims)-1]
			for j := from; j < i; j++ {
				t := &r.Sentences[j]
				if t.Speaker < 0 {
					t.Speaker, t.SpeakerFrom = c.Speaker, i
					t.Claims = append(t.Claims, Claim{Speaker: c.Speaker, Verb: -1, First: 0, End: len(t.Tokens), Sentence: j, From: i, Via: c.Via})
				}
			}
		}
	}
	if s.Speaker >= 0 && !s.HasOwnClaim() {
		s.Claims = append(s.Claims, Claim{Speaker: s.Speaker, Verb: -1, First: 0, End: len(s.Tokens), Sentence: i, From: s.SpeakerFrom, Via: ByName})
	}
}

// contentStart returns the first token of what the reporting verb at k
// introduces: after "that", a colon or a comma, and past the listener of
// "told" ("told BBC Radio: ...", "told the BBC that ...").
func (s *Sentence) contentStart(k int) int {
	a := k + 1
	switch s.Tokens[k].Word {
	case "tell", "tells", "told":
		for j := a; j < min(len(s.Tokens), a+12); j++ {
			if w := s.Tokens[j].Word; (w == ":" || w == "that") && s.Tokens[j].Mention < 0 {
				return j + 1
			}
		}
		// "told reporters the plan was dead": past the listener.
		j := a
		for j < len(s.Tokens) && (s.Tokens[j].Mention >= 0 || s.Tokens[j].Class.Has(lexicon.Determiner) || s.Tokens[j].Word == "reporters" || s.Tokens[j].Word == "journalists") {
			j++
		}
		return j
	}
	if w := s.Word(a); w == "that" || w == ":" || w == "," {
		a++
	}
	return a
}

// contentEnd returns the token past what the reporting verb at k
// introduces: the sentence's end, or a contrast outside quotation marks
// that opens another clause ("X says A, but Y says B").
func (s *Sentence) contentEnd(k int) int {
	for j := k + 1; j < len(s.Tokens); j++ {
		t := &s.Tokens[j]
		if t.Quoted || t.Mention >= 0 {
			continue
		}
		switch t.Word {
		case "but", "while", "whilst", "whereas", ";":
			return j
		}
	}
	return len(s.Tokens)
}

// quoteOpener returns the claim of sentence from that introduces the
// quotation opened there: its last claim, or else its speaker carried
// over, or else the first actor named outside the quotation marks.
func (r *Reading) quoteOpener(from int) (Claim, bool) {
	s := &r.Sentences[from]
	for ci := len(s.Claims) - 1; ci >= 0; ci-- {
		if s.Claims[ci].Verb >= 0 {
			return s.Claims[ci], true
		}
	}
	if s.Speaker >= 0 {
		return Claim{Speaker: s.Speaker, From: s.SpeakerFrom}, true
	}
	if sp := s.OutsideSpeaker(); sp >= 0 {
		return Claim{Speaker: sp, From: from}, true
	}
	return Claim{}, false
}

// HasOwnClaim reports whether the sentence names a speaker of its own: a
// claim of its own verb, not one carried over.
func (s *Sentence) HasOwnClaim() bool {
	for _, c := range s.Claims {
		if c.Verb >= 0 {
			return true
		}
	}
	return false
}

// speakerOf returns who speaks through the reporting verb at k: the
// subject before it ("X said", "X, the head of Y, said", "Tory leader X
// said"), or, in an inverted report, the actor right after it ("...,"
// said X; "..., say the Tories") or between the last comma and it ("...,
// X said"). inverted is true when what is said comes before the verb.
func (s *Sentence) speakerOf(k int) (m Ref, ok, inverted bool) {
	start := s.ClauseStart(k)
	// '"...," said X' and '..., say the Tories': the speaker follows,
	// and ends the sentence.
	if p := s.Word(k - 1); (p == "," || s.Class(k-1).Has(lexicon.Quote) || k == start && start > 0) && s.endsReport(k) {
		after := s.Sides(k+1, min(len(s.Tokens), k+8))
		for ci, c := range after {
			if !s.Tokens[c.First].Quoted {
				return s.Qualified(c, after[ci+1:]), true, true
			}
		}
	}
	cands := s.Sides(start, k)
	if len(cands) == 0 && start > 0 && (s.Word(start-1) == "but" || s.Word(start-1) == "and") {
		// "X accepted A but said B": the subject of the first verb.
		start = s.ClauseStart(start - 1)
		cands = s.Sides(start, k)
	}
	cands = slices.DeleteFunc(cands, func(c Ref) bool { return s.Tokens[c.First].Quoted || s.listener(c.First) })
	if len(cands) == 0 {
		return Ref{}, false, false
	}
	// The subject is the last actor before the verb that no aside holds:
	// "X, who met Y on Monday, said" and "X, from Y, said" mean X.
	best := -1
	for ci, c := range cands {
		if ci > 0 && s.inAside(c.First, k) {
			continue
		}
		best = ci
	}
	if best < 0 {
		best = 0
	}
	c := s.Qualified(cands[best], cands[best+1:])
	// "..., X said" and "... and Y had its problems, X said": what comes
	// before the comma is what was said.
	inv := false
	if comma := s.FindWordBack(c.First-1, start, ","); comma >= 0 && s.endsReport(k) && k-c.First <= 4 {
		inv = true
	} else if start > 0 && (s.Word(start-1) == "," || s.Class(start-1).Has(lexicon.Quote)) && s.endsReport(k) {
		inv = true // '"...," he told reporters.'
	}
	return c, true, inv
}

// Qualified returns the person that the organisation or country c
// qualifies ("Coastwatch lawyer Ines Moll", "Green leader X"): the first
// of next, the mentions after c, when it is a person at most five tokens
// on with only words between that are not function words, apostrophes,
// and a comma right before the name. Otherwise c.
func (s *Sentence) Qualified(c Ref, next []Ref) Ref {
	if c.Person || len(next) == 0 {
		return c
	}
	d := next[0]
	if d.First-c.End > 5 || !d.Person {
		return c
	}
	// "the Harbour Union's former president, Tom Blake": a comma may set
	// the name off the title, nothing else may stand between.
	for j := c.End; j < d.First; j++ {
		t := &s.Tokens[j]
		comma := t.Word == "," && j == d.First-1
		apostrophe := t.Word == "'" || t.Word == "’"
		if t.Kind == text.Punctuation && !comma && !apostrophe || t.Kind == text.Word && t.Class.Has(lexicon.Function) {
			return c
		}
	}
	return d
}

// listener reports whether the mention at token j is told something: it
// follows "told" or "tell" ("X told BBC Radio he hoped ...").
func (s *Sentence) listener(j int) bool {
	for l := j - 1; l >= max(0, j-2); l-- {
		switch s.Tokens[l].Word {
		case "told", "tell", "tells", "telling":
			return true
		}
		if !s.Tokens[l].Class.Has(lexicon.Determiner) {
			return false
		}
	}
	return false
}

// inAside reports whether token j lies in an aside that closes before
// token k: ", who ...," or ", the head of ...,". The aside opens with a
// comma (or a bracket) before j and closes with one after j.
func (s *Sentence) inAside(j, k int) bool {
	open := false
	for l := j - 1; l >= 0; l-- {
		if w := s.Tokens[l].Word; w == "," || w == "(" || w == "—" || w == "–" {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for l := j + 1; l < k; l++ {
		if w := s.Tokens[l].Word; w == "," || w == ")" || w == "—" || w == "–" {
			return true
		}
	}
	return false
}

// endsReport reports whether the reporting verb at k ends its sentence, but
// for a few words ("..., X said on Monday."): the report came first.
func (s *Sentence) endsReport(k int) bool {
	for j := k + 1; j < len(s.Tokens); j++ {
		if s.Tokens[j].Kind == text.Punctuation && (s.Tokens[j].Word == "." || s.Tokens[j].Word == "!" || s.Tokens[j].Word == "?") {
			return j-k <= maxReportTail
		}
		if s.Tokens[j].Word == ":" || s.Tokens[j].Class.Has(lexicon.Quote) || s.Tokens[j].Word == "that" {
			return false
		}
	}
	return len(s.Tokens)-k <= maxReportTail
}

// maxReportTail is how many tokens may follow the verb of an inverted
// report: the speaker and where they spoke ("..., he told BBC Radio 4's
// World at One.").
const maxReportTail = 10

// lastBreakBefore returns the last comma, dash or quotation mark before
// token k, where an inverted report's quoted part ends, or k.
func (s *Sentence) lastBreakBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		switch w := s.Tokens[j].Word; {
		case w == ",", w == "—", w == "–", w == "-", s.Tokens[j].Class.Has(lexicon.Quote):
			for j > 0 && (s.Tokens[j-1].Word == "," || s.Tokens[j-1].Class.Has(lexicon.Quote)) {
				j--
			}
			return j
		}
	}
	return k
}

// opensWithContrast reports whether the clause holding token k opens with
// "But", "However" or "Yet": what it says answers what came before.
func (s *Sentence) opensWithContrast(k int) bool {
	j := s.ClauseStart(k)
	if j > 0 && (s.Word(j-1) == "but" || s.Word(j-1) == "however" || s.Word(j-1) == "yet") {
		return true
	}
	for j < len(s.Tokens) && s.Tokens[j].Kind == text.Punctuation {
		j++
	}
	switch s.Word(j) {
	case "but", "however", "yet":
		return true
	}
	return false
}
