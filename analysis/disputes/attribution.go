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
	speaker int  // index into reader.actors
	verb    int  // the reporting verb's token, or -1 for a quotation carried over from an earlier sentence
	a, b    int  // the tokens of what is said, [a, b), in sentence sent
	sent    int  // the sentence holding what is said
	from    int  // the sentence that names the speaker
	via     via  // how the speaker is referred to there
	rebut   bool // an answer: "insisted", "countered", or a clause opening with "But"
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
		if open && i > 0 && paras[i] != paras[i-1] && (len(s.toks) == 0 || !s.toks[0].lex.Has(lexicon.Quote)) {
			open = false
		}
		qs[i].contFrom = -1
		if open {
			qs[i].contFrom = start
		}
		for j := range s.toks {
			t := &s.toks[j]
			if t.kind == text.Punctuation {
				switch m := lexicon.QuoteMark(t.lex); {
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
			t.quoted = open
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
		before = r.src[sp.Start-1]
	}
	if sp.End < len(r.src) {
		after = r.src[sp.End]
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
	s.claims = s.claims[:0]
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != text.Word || t.mention >= 0 || t.quoted {
			continue
		}
		if t.low == "according" && s.word(k+1) == "to" {
			if c, ok := s.accordingTo(i, k); ok {
				s.claims = append(s.claims, c)
			}
			continue
		}
		if c, ok := s.reportAt(i, k); ok {
			s.claims = append(s.claims, c)
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
	mi := slices.IndexFunc(s.mentions, func(m mention) bool { return m.first >= k+2 && m.first < k+5 })
	if mi < 0 {
		return claim{}, false
	}
	m := s.mentions[mi]
	a, b := 0, k
	if k <= s.firstWord() {
		a, b = m.end, len(s.toks)
	}
	return claim{speaker: m.actor, verb: k, a: a, b: b, sent: i, from: i, via: m.via}, true
}

// reportAt returns the claim that the verb of saying at token k of
// sentence i introduces, with its speaker, what is said, and whether it
// answers someone ("But X said ...", "X insisted ..."). It reports false
// for hearsay ("X is said to be ...", "are believed to"), a verb of
// answering that reports nothing ("had to respond to the plans"), and a
// noun ("dismissed claims of a rift", "the claims", "X's fears").
func (s *sentence) reportAt(i, k int) (claim, bool) {
	t := &s.toks[k]
	if !t.reports() || s.passive(k) {
		return claim{}, false
	}
	if t.lex.Has(lexicon.Answer) {
		// "replied:", "countered that", '"...," he replied'.
		n, p := s.word(k+1), s.word(k-1)
		if n != ":" && n != "that" && n != "," && !s.lex(k+1).Has(lexicon.Quote) && !(p == "," || s.lex(k-1).Has(lexicon.Quote)) {
			return claim{}, false
		}
	}
	if k > 0 && (s.toks[k-1].lex.Has(lexicon.Determiner) || s.toks[k-1].lex.Has(lexicon.AnyCue) || s.toks[k-1].mention >= 0 && s.possessive(int(s.toks[k-1].mention))) {
		return claim{}, false
	}
	m, ok, inverted := s.speakerOf(k)
	if !ok {
		return claim{}, false
	}
	c := claim{speaker: m.actor, verb: k, sent: i, from: i, via: m.via}
	if inverted {
		c.a, c.b = 0, s.lastBreakBefore(min(m.first, k))
	} else {
		c.a, c.b = s.contentStart(k), s.contentEnd(k)
	}
	c.rebut = t.lex.Has(lexicon.Answer) || s.opensWithContrast(min(m.first, k))
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
	if from := qs[i].contFrom; from >= 0 && s.speaker < 0 {
		if sp, ok := r.quoteOpener(from); ok {
			s.speaker = sp.speaker
			s.speakerFrom = sp.from
		}
	}
	if from, ok := r.closesQuote(qs, i); ok && len(s.claims) > 0 {
		if _, named := r.quoteOpener(from); !named {
			c := s.claims[len(s.claims)-1]
			for j := from; j < i; j++ {
				t := &r.sents[j]
				if t.speaker < 0 {
					t.speaker, t.speakerFrom = c.speaker, i
					t.claims = append(t.claims, claim{speaker: c.speaker, verb: -1, a: 0, b: len(t.toks), sent: j, from: i, via: c.via})
				}
			}
		}
	}
	if s.speaker >= 0 && !s.hasOwnClaim() {
		s.claims = append(s.claims, claim{speaker: s.speaker, verb: -1, a: 0, b: len(s.toks), sent: i, from: s.speakerFrom, via: viaName})
	}
}

// contentStart returns the first token of what the reporting verb at k
// introduces: after "that", a colon or a comma, and past the listener of
// "told" ("told BBC Radio: ...", "told the BBC that ...").
func (s *sentence) contentStart(k int) int {
	a := k + 1
	switch s.toks[k].low {
	case "tell", "tells", "told":
		for j := a; j < min(len(s.toks), a+12); j++ {
			if w := s.toks[j].low; (w == ":" || w == "that") && s.toks[j].mention < 0 {
				return j + 1
			}
		}
		// "told reporters the plan was dead": past the listener.
		j := a
		for j < len(s.toks) && (s.toks[j].mention >= 0 || s.toks[j].lex.Has(lexicon.Determiner) || s.toks[j].low == "reporters" || s.toks[j].low == "journalists") {
			j++
		}
		return j
	}
	if w := s.word(a); w == "that" || w == ":" || w == "," {
		a++
	}
	return a
}

// contentEnd returns the token past what the reporting verb at k
// introduces: the sentence's end, or a contrast outside quotation marks
// that opens another clause ("X says A, but Y says B").
func (s *sentence) contentEnd(k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.quoted || t.mention >= 0 {
			continue
		}
		switch t.low {
		case "but", "while", "whilst", "whereas", ";":
			return j
		}
	}
	return len(s.toks)
}

// quoteOpener returns the claim of sentence from that introduces the
// quotation opened there: its last claim, or else its speaker carried
// over, or else the first actor named outside the quotation marks.
func (r *reader) quoteOpener(from int) (claim, bool) {
	s := &r.sents[from]
	for ci := len(s.claims) - 1; ci >= 0; ci-- {
		if s.claims[ci].verb >= 0 {
			return s.claims[ci], true
		}
	}
	if s.speaker >= 0 {
		return claim{speaker: s.speaker, from: s.speakerFrom}, true
	}
	if sp := s.outsideSpeaker(); sp >= 0 {
		return claim{speaker: sp, from: from}, true
	}
	return claim{}, false
}

// hasOwnClaim reports whether the sentence names a speaker of its own.
func (s *sentence) hasOwnClaim() bool {
	for _, c := range s.claims {
		if c.verb >= 0 {
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
	start := s.clauseStart(k)
	// '"...," said X' and '..., say the Tories': the speaker follows,
	// and ends the sentence.
	if p := s.word(k - 1); (p == "," || s.lex(k-1).Has(lexicon.Quote) || k == start && start > 0) && s.endsReport(k) {
		after := s.sidesIn(k+1, min(len(s.toks), k+8))
		for ci, c := range after {
			if !s.toks[c.first].quoted {
				return s.qualified(c, after[ci+1:]), true, true
			}
		}
	}
	cands := s.sidesIn(start, k)
	if len(cands) == 0 && start > 0 && (s.word(start-1) == "but" || s.word(start-1) == "and") {
		// "X accepted A but said B": the subject of the first verb.
		start = s.clauseStart(start - 1)
		cands = s.sidesIn(start, k)
	}
	cands = slices.DeleteFunc(cands, func(c mention) bool { return s.toks[c.first].quoted || s.listener(c.first) })
	if len(cands) == 0 {
		return mention{}, false, false
	}
	// The subject is the last actor before the verb that no aside holds:
	// "X, who met Y on Monday, said" and "X, from Y, said" mean X.
	best := -1
	for ci, c := range cands {
		if ci > 0 && s.inAside(c.first, k) {
			continue
		}
		best = ci
	}
	if best < 0 {
		best = 0
	}
	c := s.qualified(cands[best], cands[best+1:])
	// "..., X said" and "... and Y had its problems, X said": what comes
	// before the comma is what was said.
	inv := false
	if comma := s.findBack(c.first-1, start, ","); comma >= 0 && s.endsReport(k) && k-c.first <= 4 {
		inv = true
	} else if start > 0 && (s.word(start-1) == "," || s.lex(start-1).Has(lexicon.Quote)) && s.endsReport(k) {
		inv = true // '"...," he told reporters.'
	}
	return c, true, inv
}

// qualified returns the person that the organisation or country c
// qualifies ("Coastwatch lawyer Ines Moll", "Green leader X"): the first of next
// that is a person, within four words and no punctuation. Otherwise c.
func (s *sentence) qualified(c mention, next []mention) mention {
	if c.person {
		return c
	}
	for _, d := range next {
		if d.first-c.end > 5 {
			break
		}
		// "the Harbour Union's former president, Tom Blake": a comma
		// may set the name off the title, nothing else may stand
		// between.
		for j := c.end; j < d.first; j++ {
			t := &s.toks[j]
			comma := t.low == "," && j == d.first-1
			apostrophe := t.low == "'" || t.low == "’"
			if t.kind == text.Punctuation && !comma && !apostrophe || t.kind == text.Word && t.lex.Has(lexicon.Function) {
				return c
			}
		}
		if d.person {
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
		q := s.qualified(m, ms[i+1:])
		if q.first == m.first {
			continue
		}
		out := []mention{q}
		if mi := slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == m.first }); mi < 0 || !s.possessive(mi) {
			out = append(out, m)
		}
		for _, x := range ms {
			if x.first != m.first && x.first != q.first {
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
		switch s.toks[l].low {
		case "told", "tell", "tells", "telling":
			return true
		}
		if !s.toks[l].lex.Has(lexicon.Determiner) {
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
		if w := s.toks[l].low; w == "," || w == "(" || w == "—" || w == "–" {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for l := j + 1; l < k; l++ {
		if w := s.toks[l].low; w == "," || w == ")" || w == "—" || w == "–" {
			return true
		}
	}
	return false
}

// endsReport reports whether the reporting verb at k ends its sentence, but
// for a few words ("..., X said on Monday."): the report came first.
func (s *sentence) endsReport(k int) bool {
	for j := k + 1; j < len(s.toks); j++ {
		if s.toks[j].kind == text.Punctuation && (s.toks[j].low == "." || s.toks[j].low == "!" || s.toks[j].low == "?") {
			return j-k <= maxReportTail
		}
		if s.toks[j].low == ":" || s.toks[j].lex.Has(lexicon.Quote) || s.toks[j].low == "that" {
			return false
		}
	}
	return len(s.toks)-k <= maxReportTail
}

// maxReportTail is how many tokens may follow the verb of an inverted
// report: the speaker and where they spoke ("..., he told BBC Radio 4's
// World at One.").
const maxReportTail = 10

// lastBreakBefore returns the last comma, dash or quotation mark before
// token k, where an inverted report's quoted part ends, or k.
func (s *sentence) lastBreakBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		switch w := s.toks[j].low; {
		case w == ",", w == "—", w == "–", w == "-", s.toks[j].lex.Has(lexicon.Quote):
			for j > 0 && (s.toks[j-1].low == "," || s.toks[j-1].lex.Has(lexicon.Quote)) {
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
	j := s.clauseStart(k)
	if j > 0 && (s.word(j-1) == "but" || s.word(j-1) == "however" || s.word(j-1) == "yet") {
		return true
	}
	for j < len(s.toks) && s.toks[j].kind == text.Punctuation {
		j++
	}
	switch s.word(j) {
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
	if s.word(k+1) == "that" {
		return true
	}
	for j := k + 1; j < min(len(s.toks), k+16); j++ {
		t := &s.toks[j]
		if t.mention >= 0 || t.low == "'" || t.low == "’" {
			continue // a name, or a possessive mark ("fathers' groups")
		}
		if t.low == "," {
			// "denied X, the head of Y, said ...": read past the aside.
			if c := s.find(j+1, min(len(s.toks), j+8), ","); c >= 0 {
				j = c
				continue
			}
			return false
		}
		if t.lex.Has(lexicon.Claim) || t.kind == text.Punctuation {
			return false
		}
		if j > k+1 && (t.lex.Has(lexicon.Finite) || t.lex.Has(lexicon.Report)) {
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
	for j := max(a, 0); j < min(b, len(s.toks)); j++ {
		t := &s.toks[j]
		if t.kind != text.Word || len(t.low) < 4 || t.reports() || t.lex.Has(lexicon.Function) {
			continue
		}
		w := stem(t.low)
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
		return slices.ContainsFunc(exclude, func(m mention) bool { return m.actor == a })
	}
	back := maxBack
	if words != nil {
		// Shared words guard a longer look back: a denial may answer a
		// claim made a few paragraphs earlier.
		back = 2 * maxBack
	}
	for j := i; j >= max(0, i-back); j-- {
		s := &r.sents[j]
		if s.headline {
			continue // a headline repeats the story; it is no one's claim
		}
		for ci := len(s.claims) - 1; ci >= 0; ci-- {
			c := s.claims[ci]
			if j == i && (c.verb < 0 || c.verb >= k) || excluded(c.speaker) {
				continue
			}
			if words != nil && overlap(words, s.keywords(c.a, c.b)) < minOverlap {
				continue
			}
			if c.from < 0 {
				c.from = j
			}
			return c, true
		}
		if words == nil && j == i-1 {
			// The sentence before may state the claim without a verb of
			// saying: "X accused Y of Z. Y denied the charge."
			for _, m := range s.mentions {
				if !excluded(m.actor) && !s.toks[m.first].quoted {
					return claim{speaker: m.actor, verb: -1, a: 0, b: len(s.toks), sent: j, from: j, via: m.via}, true
				}
			}
		}
	}
	return claim{}, false
}
