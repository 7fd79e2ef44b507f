package disputes

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// claim is one reported statement: an actor says, argues, insists or
// believes what a stretch of the text says.
type claim struct {
	Speaker    int  // index into reader.actors
	Verb       int  // the reporting verb's token, or -1 for a quotation carried over from an earlier sentence
	First, End int  // the tokens of what is said, [a, b), in sentence sent
	Sentence   int  // the sentence holding what is said
	From       int  // the sentence that names the speaker
	Via        via  // how the speaker is referred to there
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
func (r *reader) markQuotes(paras []int) []quoteState {
	qs := make([]quoteState, len(r.sents))
	open := false
	start := -1
	for i := range r.sents {
		s := &r.sents[i]
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
func (r *reader) straightQuote(sp text.Span, open bool) int {
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
func (r *reader) closesQuote(qs []quoteState, i int) (int, bool) {
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
func (r *reader) attribute(i int, qs []quoteState) {
	s := &r.sents[i]
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
func (s *sentence) accordingTo(i, k int) (claim, bool) {
	// Not sidesIn: the "to" that makes other actors part of a thing
	// introduces the source here.
	mi := slices.IndexFunc(s.Mentions, func(m mention) bool { return m.First >= k+2 && m.First < k+5 })
	if mi < 0 {
		return claim{}, false
	}
	m := s.Mentions[mi]
	a, b := 0, k
	if k <= s.FirstWord() {
		a, b = m.End, len(s.Tokens)
	}
	return claim{Speaker: m.Actor, Verb: k, First: a, End: b, Sentence: i, From: i, Via: m.Via}, true
}

// reportAt returns the claim that the verb of saying at token k of
// sentence i introduces, with its speaker, what is said, and whether it
// answers someone ("But X said ...", "X insisted ..."). It reports false
// for hearsay ("X is said to be ...", "are believed to"), a verb of
// answering that reports nothing ("had to respond to the plans"), and a
// noun ("dismissed claims of a rift", "the claims", "X's fears").
func (s *sentence) reportAt(i, k int) (claim, bool) {
	t := &s.Tokens[k]
	if !t.reports() || s.Passive(k) {
		return claim{}, false
	}
	if t.Class.Has(lexicon.Answer) {
		// "replied:", "countered that", '"...," he replied'.
		n, p := s.Word(k+1), s.Word(k-1)
		if n != ":" && n != "that" && n != "," && !s.Class(k+1).Has(lexicon.Quote) && !(p == "," || s.Class(k-1).Has(lexicon.Quote)) {
			return claim{}, false
		}
	}
	if k > 0 && (s.Tokens[k-1].Class.Has(lexicon.Determiner) || s.Tokens[k-1].Class.Has(lexicon.AnyCue) || s.Tokens[k-1].Mention >= 0 && s.Possessive(int(s.Tokens[k-1].Mention))) {
		return claim{}, false
	}
	m, ok, inverted := s.speakerOf(k)
	if !ok {
		return claim{}, false
	}
	c := claim{Speaker: m.Actor, Verb: k, Sentence: i, From: i, Via: m.Via}
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
func (r *reader) quotationSpeaker(i int, qs []quoteState) {
	s := &r.sents[i]
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
				t := &r.sents[j]
				if t.Speaker < 0 {
					t.Speaker, t.SpeakerFrom = c.Speaker, i
					t.Claims = append(t.Claims, claim{Speaker: c.Speaker, Verb: -1, First: 0, End: len(t.Tokens), Sentence: j, From: i, Via: c.Via})
				}
			}
		}
	}
	if s.Speaker >= 0 && !s.HasOwnClaim() {
		s.Claims = append(s.Claims, claim{Speaker: s.Speaker, Verb: -1, First: 0, End: len(s.Tokens), Sentence: i, From: s.SpeakerFrom, Via: viaName})
	}
}

// contentStart returns the first token of what the reporting verb at k
// introduces: after "that", a colon or a comma, and past the listener of
// "told" ("told BBC Radio: ...", "told the BBC that ...").
func (s *sentence) contentStart(k int) int {
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
func (s *sentence) contentEnd(k int) int {
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
func (r *reader) quoteOpener(from int) (claim, bool) {
	s := &r.sents[from]
	for ci := len(s.Claims) - 1; ci >= 0; ci-- {
		if s.Claims[ci].Verb >= 0 {
			return s.Claims[ci], true
		}
	}
	if s.Speaker >= 0 {
		return claim{Speaker: s.Speaker, From: s.SpeakerFrom}, true
	}
	if sp := s.OutsideSpeaker(); sp >= 0 {
		return claim{Speaker: sp, From: from}, true
	}
	return claim{}, false
}

// hasOwnClaim reports whether the sentence names a speaker of its own.
func (s *sentence) HasOwnClaim() bool {
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
func (s *sentence) speakerOf(k int) (m mention, ok, inverted bool) {
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
	cands = slices.DeleteFunc(cands, func(c mention) bool { return s.Tokens[c.First].Quoted || s.listener(c.First) })
	if len(cands) == 0 {
		return mention{}, false, false
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
	if comma := s.FindBack(c.First-1, start, ","); comma >= 0 && s.endsReport(k) && k-c.First <= 4 {
		inv = true
	} else if start > 0 && (s.Word(start-1) == "," || s.Class(start-1).Has(lexicon.Quote)) && s.endsReport(k) {
		inv = true // '"...," he told reporters.'
	}
	return c, true, inv
}

// qualified returns the person that the organisation or country c
// qualifies ("Coastwatch lawyer Ines Moll", "Green leader X"): the first of next
// that is a person, within four words and no punctuation. Otherwise c.
func (s *sentence) Qualified(c mention, next []mention) mention {
	if c.Person {
		return c
	}
	for _, d := range next {
		if d.First-c.End > 5 {
			break
		}
		// "the Harbour Union's former president, Tom Blake": a comma
		// may set the name off the title, nothing else may stand
		// between.
		for j := c.End; j < d.First; j++ {
			t := &s.Tokens[j]
			comma := t.Word == "," && j == d.First-1
			apostrophe := t.Word == "'" || t.Word == "’"
			if t.Kind == text.Punctuation && !comma && !apostrophe || t.Kind == text.Word && t.Class.Has(lexicon.Function) {
				return c
			}
		}
		if d.Person {
			return d
		}
		return c
	}
	return c
}

// personFirst puts first among ms the person an organisation before them
// qualifies ("Tory leader X", "the party's chairman, X"), and drops an
// organisation that only owns the title ("X's former president, Y"): the
// person acts, and for "Tory leader X" the party with them.
func (s *sentence) personFirst(ms []mention) []mention {
	for i, m := range ms {
		q := s.Qualified(m, ms[i+1:])
		if q.First == m.First {
			continue
		}
		out := []mention{q}
		if mi := slices.IndexFunc(s.Mentions, func(x mention) bool { return x.First == m.First }); mi < 0 || !s.Possessive(mi) {
			out = append(out, m)
		}
		for _, x := range ms {
			if x.First != m.First && x.First != q.First {
				out = append(out, x)
			}
		}
		return out
	}
	return ms
}

// listener reports whether the mention at token j is told something: it
// follows "told" or "tell" ("X told BBC Radio he hoped ...").
func (s *sentence) listener(j int) bool {
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
func (s *sentence) inAside(j, k int) bool {
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
func (s *sentence) endsReport(k int) bool {
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
func (s *sentence) lastBreakBefore(k int) int {
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
func (s *sentence) opensWithContrast(k int) bool {
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

// denialVerb reports whether the cue word w can deny a statement given as
// a clause: "denied (that) the dam was over budget".
func denialVerb(w string) bool {
	switch w {
	case "deny", "denies", "denied", "denying",
		"refute", "refutes", "refuted", "refuting",
		"dispute", "disputes", "disputed", "disputing",
		"question", "questions", "questioned", "questioning":
		return true
	}
	return false
}

// clauseAfter reports whether what follows the cue at k is a clause rather
// than a noun phrase: "denied (that) the border guards were
// involved", not "denied the claims".
func (s *sentence) clauseAfter(k, end int) bool {
	if s.Word(k+1) == "that" {
		return true
	}
	for j := k + 1; j < min(len(s.Tokens), k+16); j++ {
		t := &s.Tokens[j]
		if t.Mention >= 0 || t.Word == "'" || t.Word == "’" {
			continue // a name, or a possessive mark ("fathers' groups")
		}
		if t.Word == "," {
			// "denied X, the head of Y, said ...": read past the aside.
			if c := s.Find(j+1, min(len(s.Tokens), j+8), ","); c >= 0 {
				j = c
				continue
			}
			return false
		}
		if t.Class.Has(lexicon.Claim) || t.Kind == text.Punctuation {
			return false
		}
		if j > k+1 && (t.Class.Has(lexicon.Finite) || t.Class.Has(lexicon.Report)) {
			return true
		}
	}
	return false
}

// keywords returns the content words of tokens [a, b), lower-case and
// lightly stemmed, for telling whether two statements are about the same
// thing.
func (s *sentence) keywords(a, b int) []string {
	var out []string
	for j := max(a, 0); j < min(b, len(s.Tokens)); j++ {
		t := &s.Tokens[j]
		if t.Kind != text.Word || len(t.Word) < 4 || t.reports() || t.Class.Has(lexicon.Function) {
			continue
		}
		w := stem(t.Word)
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// stem strips the commonest English endings, so that "involved" and
// "involvement" or "claims" and "claim" meet.
func stem(w string) string {
	w = lexicon.Bare(w)
	for _, suf := range []string{"ement", "ment", "ing", "ed", "es", "s"} {
		if len(w)-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// overlap counts the words a and b share.
func overlap(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// minOverlap is how many content words a denial must share with an
// earlier statement to be read as denying it.
const minOverlap = 2

// claimant returns the claim that a rejection or denial at token k of
// sentence i answers: the latest one, within maxBack sentences, by an
// actor not among exclude and, when words is given, sharing minOverlap of
// them.
func (r *reader) claimant(i, k int, exclude []mention, words []string) (claim, bool) {
	excluded := func(a int) bool {
		return slices.ContainsFunc(exclude, func(m mention) bool { return m.Actor == a })
	}
	back := maxBack
	if words != nil {
		// Shared words guard a longer look back: a denial may answer a
		// claim made a few paragraphs earlier.
		back = 2 * maxBack
	}
	for j := i; j >= max(0, i-back); j-- {
		s := &r.sents[j]
		if s.Headline {
			continue // a headline repeats the story; it is no one's claim
		}
		for ci := len(s.Claims) - 1; ci >= 0; ci-- {
			c := s.Claims[ci]
			if j == i && (c.Verb < 0 || c.Verb >= k) || excluded(c.Speaker) {
				continue
			}
			if words != nil && overlap(words, s.keywords(c.First, c.End)) < minOverlap {
				continue
			}
			if c.From < 0 {
				c.From = j
			}
			return c, true
		}
		if words == nil && j == i-1 {
			// The sentence before may state the claim without a verb of
			// saying: "X accused Y of Z. Y denied the charge."
			for _, m := range s.Mentions {
				if !excluded(m.Actor) && !s.Tokens[m.First].Quoted {
					return claim{Speaker: m.Actor, Verb: -1, First: 0, End: len(s.Tokens), Sentence: j, From: j, Via: m.Via}, true
				}
			}
		}
	}
	return claim{}, false
}
