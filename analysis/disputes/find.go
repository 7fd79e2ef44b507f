package disputes

import (
	"slices"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// maxObject is how far past a verb cue, in tokens, its object may reach.
const maxObject = 15

// subjectReach is how far into a clause, in tokens, its subject may start:
// "Until now, the Harbour Trust ..." but not an actor named at the
// clause's end.
const subjectReach = 6

// side is one actor's part in a finding.
type side struct {
	actor int       // index into reader.actors
	stmt  text.Span // what the text says this side holds or does
	sent  int       // the sentence holding stmt
}

// finding is one disagreement or agreement read from one sentence (and
// perhaps a neighbour), before findings are grouped into points.
type finding struct {
	agree   bool // an agreement rather than a disagreement
	cueOnly bool // a cue with too few actors: it joins a neighbouring finding
	stance  bool // one side against something unnamed: only "also" reads it
	also    bool // "X also opposes ...": X sides with an earlier critic
	cue     cue  // the cue read, for matching "also" with what it repeats
	sents   []int
	sides   []side
	agents  []int // the acting side's actors
	topic   string
	rank    int // how good the topic's source is; higher is better
	conf    float64
}

// Topic sources, best last.
const (
	topicNone = iota
	topicFallback
	topicComplement
	topicObject
	topicPrep
	topicConflictNoun
)

// scan returns the findings of sentence i.
func (r *reader) scan(i int) []finding {
	s := &r.sents[i]
	var out []finding
	if f, ok := r.turn(i); ok {
		out = append(out, f)
	}
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != text.Word && t.low != ";" {
			continue
		}
		if w := contrastWeight(t.low); w > 0 && t.mention < 0 {
			if f, ok := r.contrast(i, k, 1, w); ok {
				out = append(out, f)
			}
		}
		if n := s.otherHand(k); n > 0 && k != s.firstWord() {
			if f, ok := r.contrast(i, k, n, confContrast+0.05); ok {
				out = append(out, f)
			}
		}
		if t.kind != text.Word || t.mention >= 0 {
			continue
		}
		c := s.cueAt(k)
		switch {
		case c.isDispute():
			out = append(out, r.disputeCue(i, k, c)...)
		case c.isAgreement():
			if f, ok := r.agreementCue(i, k, c); ok {
				out = append(out, f)
			}
		}
	}
	return out
}

// cueAt returns the cue of token k, reading the words around it for
// multi-word cues and for uses that are no cue ("in a row").
func (s *sentence) cueAt(k int) cue {
	w := s.toks[k].low
	switch w {
	case "hit", "hits", "hitting":
		if s.word(k+1) == "out" {
			return cueAttack
		}
		return noCue
	case "against":
		// "vote against": opposition without a verb of conflict.
		switch s.word(k - 1) {
		case "vote", "votes", "voted", "voting", "campaign", "campaigned", "campaigning":
			return cueOppose
		}
		return noCue
	case "odds":
		if s.word(k-1) == "at" {
			return cueConflict
		}
		return noCue
	case "common":
		if s.word(k-1) == "in" {
			return cueSimilar
		}
		return noCue
	case "row", "rows":
		// "the third year in a row", "a row of houses"; but "in a row
		// with the unions" is a quarrel.
		switch s.word(k + 1) {
		case "with", "over", "between", "about", "after":
		default:
			if s.word(k-1) == "a" && s.word(k-2) == "in" || s.word(k+1) == "of" {
				return noCue
			}
		}
	case "same":
		// "at the same time" says nothing of anyone's views.
		if s.word(k+1) == "time" {
			return noCue
		}
	case "warning", "split", "fight", "battle":
		// Verbs as often as nouns; as nouns they need an owner or a
		// "with"/"between", which the noun rule asks for anyway.
	}
	return cueOf(w)
}

// word returns the lower-case text of token k, or "" outside the sentence.
func (s *sentence) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].low
}

// maxAside is the longest bracketed aside, in tokens, that a clause reads
// through: "the Transit Workers Union (TWU) has joined".
const maxAside = 6

// clauseStart returns the first token of the clause holding token k.
func (s *sentence) clauseStart(k int) int {
	q := s.toks[k].quoted
	for j := k - 1; j >= 0; j-- {
		t := &s.toks[j]
		if t.low == ")" {
			if o := s.findBack(j-1, max(0, j-maxAside), "("); o >= 0 {
				j = o
				continue
			}
		}
		if t.mention < 0 && isBoundary(t.low) || quoteMark(t.low) != 0 || t.quoted != q {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the token just past the clause holding token k.
func (s *sentence) clauseEnd(k int) int {
	q := s.toks[k].quoted
	for j := k + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.low == "(" {
			if c := s.find(j+1, j+1+maxAside, ")"); c >= 0 {
				j = c
				continue
			}
		}
		if t.mention < 0 && isBoundary(t.low) || quoteMark(t.low) != 0 || t.quoted != q {
			return j
		}
	}
	return len(s.toks)
}

// findBack returns the last token in [lo, from] whose text is w, or -1.
func (s *sentence) findBack(from, lo int, w string) int {
	for j := from; j >= lo; j-- {
		if s.toks[j].low == w {
			return j
		}
	}
	return -1
}

// objectEnd returns the token just past the object of the verb cue at k,
// within the clause ending at end.
func (s *sentence) objectEnd(k, end int) int {
	limit := min(end, k+1+maxObject)
	for j := k + 1; j < limit; j++ {
		t := &s.toks[j]
		if t.mention >= 0 {
			continue
		}
		if objectStop(t.low) {
			return j
		}
		if t.low == "of" && isGerund(s.word(j+1)) {
			return j
		}
		if t.low == "to" && j > k+1 {
			// "urged Y to ...": what follows is the demand, not a side.
			return j
		}
	}
	return limit
}

func isGerund(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// sidesIn returns the mentions whose first token lies in [a, b), leaving
// out those governed by a preposition that makes them part of a thing
// ("talks in Lindau", "a ban on exports to Velmar"). A mention coordinated
// with a side ("X and Y") is a side too.
func (s *sentence) sidesIn(a, b int) []mention {
	var out []mention
	for mi, m := range s.mentions {
		if m.first < a || m.first >= b {
			continue
		}
		if s.oblique(mi) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// oblique reports whether mention mi is governed by an oblique
// preposition, directly or through the mentions it is coordinated with.
func (s *sentence) oblique(mi int) bool {
	for ; mi >= 0; mi-- {
		p := s.mentions[mi].first - 1
		for p >= 0 && (isDeterminer(s.toks[p].low) || s.toks[p].low == "both") {
			p--
		}
		// "hit out at X", "lashed out at X": the target, not a place.
		if p >= 0 && isOblique(s.toks[p].low) && !(s.toks[p].low == "at" && s.word(p-1) == "out") {
			return true
		}
		if mi == 0 || !s.coordinated(mi-1, mi) {
			return false
		}
	}
	return false
}

// coordinated reports whether mentions i and j (i before j) are joined
// only by "and", "or", commas, determiners or "both": "X and Y", "X, Y and
// the Z". A comma alone joins a list only if an "and" closes it later;
// otherwise it sets off an apposition ("the head of the Harbour Trust, Ruth
// Okonkwo,"), which names the same side, not another.
func (s *sentence) coordinated(i, j int) bool {
	conj := false
	for k := s.mentions[i].end; k < s.mentions[j].first; k++ {
		switch w := s.toks[k].low; {
		case w == "and", w == "or", w == "both", w == "well":
			conj = true
		case w == ",", w == "as", isDeterminer(w):
		default:
			return false
		}
	}
	if conj {
		return true
	}
	return j+1 < len(s.mentions) && s.coordinated(j, j+1)
}

// coSubjects returns the first group of two or more coordinated mentions
// of distinct actors among ms ("Ostravian and Velmarian aims", "the
// Greenfield Party and the Labour Group"), or nil.
func (s *sentence) coSubjects(ms []mention) []mention {
	idx := func(m mention) int {
		return slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == m.first })
	}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && s.coordinated(idx(ms[j-1]), idx(ms[j])) {
			j++
		}
		if len(distinct(ms[i:j])) >= 2 {
			return ms[i:j]
		}
		i = j
	}
	return nil
}

// subjectIn returns the first mention starting within subjectReach tokens
// of the clause [a, b), or false.
func (s *sentence) subjectIn(a, b int) (mention, bool) {
	ms := s.sidesIn(a, min(b, a+subjectReach))
	if len(ms) == 0 {
		return mention{}, false
	}
	return ms[0], true
}

// negated reports whether the cue at k is negated by one of the few words
// before it in its clause: "did not criticise", "won't ever agree".
func (s *sentence) negated(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		t := &s.toks[j]
		if t.kind == text.Punctuation {
			return false
		}
		if isNegation(t.low) {
			return true
		}
	}
	return false
}

// cut returns the bytes of tokens [a, b), trimmed of punctuation at both
// ends, or the whole sentence when nothing is left.
func (s *sentence) cut(a, b int) text.Span {
	for a < b && s.toks[a].kind == text.Punctuation {
		a++
	}
	for b > a && (s.toks[b-1].kind == text.Punctuation && !closesBracket(s.toks[b-1].low, s.toks[a:b]) ||
		s.toks[b-1].mention < 0 && dangling(s.toks[b-1].low)) {
		b--
	}
	if a >= b {
		return s.span
	}
	return text.Span{Start: s.toks[a].Start, End: s.toks[b-1].End}
}

// closesBracket reports whether the final mark p closes a bracket or a
// quotation opened inside toks, so that trimming it would leave the text
// unbalanced.
func closesBracket(p string, toks []token) bool {
	var open func(t token) bool
	switch {
	case p == ")":
		open = func(t token) bool { return t.low == "(" }
	case quoteMark(p) == -1:
		open = func(t token) bool { return quoteMark(t.low) == 1 }
	case quoteMark(p) == 2:
		open = func(t token) bool { return t.low == p }
	default:
		return false
	}
	return slices.ContainsFunc(toks[:len(toks)-1], open)
}

// distinct returns the distinct actors of ms, in order.
func distinct(ms []mention) []int {
	var out []int
	for _, m := range ms {
		if !slices.Contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	return out
}

// disputeCue reads the disagreement cue at token k of sentence i: who acts
// against whom, and what about.
func (r *reader) disputeCue(i, k int, c cue) []finding {
	s := &r.sents[i]
	w := s.toks[k].low
	if s.negated(k) {
		return nil
	}
	start, end := s.clauseStart(k), s.clauseEnd(k)
	objEnd := s.objectEnd(k, end)
	noun := isNoun(w)
	conf := c.strength()
	evidence := []int{i}

	var agents, targets []mention
	subject := s.sidesIn(start, k)
	object := s.sidesIn(k+1, objEnd)
	if !noun {
		if by := s.find(k+1, objEnd, "by"); by >= 0 && s.passive(k) {
			// "X was attacked by Y"
			subject, object = s.sidesIn(by+1, objEnd), s.sidesIn(start, k)
		} else if len(object) > 0 && object[0].first <= k+2 && s.invertedAttribution(k, object[0]) {
			// "..., warn ferry unions."
			subject, object = object[:1], s.sidesIn(start, k)
		}
	}
	if noun {
		// A noun's other side is introduced by a preposition right after
		// it: "a row with the unions", "an attack on Hale", "a fight
		// between A and B". Anything further is not a side ("the
		// attacks were thought to be the work of X").
		object = nil
		j := k + 1
		for j < end && s.toks[j].kind == text.Word && !isSidePrep(s.toks[j].low) && j < k+3 {
			j++
		}
		if j < end && isSidePrep(s.toks[j].low) {
			if ms := s.sidesIn(j+1, end); len(ms) > 0 && ms[0].first <= j+3 {
				ms = s.coordinatedFrom(ms)
				if s.toks[j].low == "between" && len(subject) == 0 {
					subject, ms = ms[:1], ms[1:]
				}
				object = ms
			}
		}
	}
	agents, targets = subject, object

	// A complement naming the other side: "warned that ministers ...".
	if len(targets) == 0 && !noun && objEnd == k+1 && s.word(objEnd) == "that" {
		if targets = s.sidesIn(objEnd, end); len(targets) > 0 {
			conf -= 0.1
		}
	}
	// A quotation speaks for its speaker.
	if len(agents) == 0 && s.toks[k].quoted {
		if sp := s.quoteSpeaker(); sp >= 0 {
			agents = []mention{{actor: sp, first: -1}}
			if s.speaker == sp && i > 0 {
				evidence = append(evidence, r.speakerSentence(i, sp))
			}
		}
	}
	// A pronoun subject or object stands for an actor of the sentence
	// before: "He accused Mr Hale ...", "Ms Okonkwo attacked him".
	if len(agents) == 0 && s.word(start) != "" && isSubjectPronoun(s.word(start)) {
		if a, ok := r.antecedent(i, s.word(start), targets); ok {
			agents = []mention{a}
			evidence = append(evidence, i-1)
			conf -= penaltyAnaphora
		}
	}
	// "He was attacked by the Greenfield Party": the pronoun is the target.
	if len(targets) == 0 && len(agents) > 0 && !noun && s.passive(k) && isSubjectPronoun(s.word(start)) {
		if a, ok := r.antecedent(i, s.word(start), agents); ok {
			targets = []mention{a}
			evidence = append(evidence, i-1)
			conf -= penaltyAnaphora
		}
	}
	// Not after "also": "Y also opposes the plans" sides with the critic
	// named before, not against them.
	also := s.find(start, k, "also") >= 0
	if len(targets) == 0 && !noun && !also && (isObjectPronoun(s.word(k+1)) || s.word(k+1) == "the" && claimNoun(s.word(k+2))) {
		if a, ok := r.antecedent(i, s.word(k+1), agents); ok {
			targets = []mention{a}
			evidence = append(evidence, i-1)
			conf -= penaltyAnaphora
		}
	}

	agentIDs := distinct(agents)
	targetIDs := slices.DeleteFunc(distinct(targets), func(a int) bool { return slices.Contains(agentIDs, a) })
	topic, rank := r.cueTopic(s, k, objEnd, end, noun, c)
	stmtEnd := s.statementEnd(k)

	co := distinct(s.coSubjects(agents))
	if len(co) >= 2 && len(targetIDs) == 0 && reciprocal(w) {
		// "X and Y clashed": they disagree with each other.
		f := finding{sents: evidence, cue: c, agents: co[:1], topic: topic, rank: rank, conf: conf}
		for _, a := range co {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, stmtEnd), sent: i})
		}
		return []finding{f}
	}

	var out []finding
	if len(agentIDs) > 0 && len(targetIDs) > 0 {
		if s.claimOf(k, objEnd) {
			conf += boostClaim
		}
		f := finding{sents: evidence, cue: c, agents: agentIDs, topic: topic, rank: rank, conf: conf}
		agentStmt := s.cut(k, stmtEnd)
		if noun {
			agentStmt = s.cut(start, stmtEnd)
		}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: agentStmt, sent: i})
		}
		targetStmt := s.targetStatement(k, objEnd, stmtEnd, start)
		for _, a := range targetIDs {
			f.sides = append(f.sides, side{actor: a, stmt: targetStmt, sent: i})
		}
		f.also = also
		out = append(out, f)
	} else if len(agentIDs) > 0 && len(targetIDs) == 0 && !noun {
		// A stance against something unnamed ("The Greens will vote
		// against it"): no dispute, but "X also opposes" may side with it.
		f := finding{stance: true, sents: evidence, cue: c, agents: agentIDs, also: also, topic: topic, rank: rank}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(k, stmtEnd), sent: i})
		}
		out = append(out, f)
	} else if c == cueConflict || w == "disagreement" || w == "disagreements" {
		// "Their real difference is over ...": the sides are in a
		// neighbouring sentence.
		out = append(out, finding{cueOnly: true, sents: []int{i}, topic: topic, rank: rank, conf: conf})
	}
	// Actors acting together against something share a stance.
	if len(co) >= 2 && !noun {
		f := finding{agree: true, sents: []int{i}, topic: topic, rank: rank, conf: confCoAgents}
		if s.find(start, end, "both") >= 0 {
			f.conf += 0.1
		}
		for _, a := range co {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
		}
		out = append(out, f)
	}
	return out
}

// find returns the first token in [a, b) whose lower-case text is w, or -1.
func (s *sentence) find(a, b int, w string) int {
	for j := max(a, 0); j < min(b, len(s.toks)); j++ {
		if s.toks[j].low == w && s.toks[j].mention < 0 {
			return j
		}
	}
	return -1
}

// passive reports whether the participle at k follows a form of "be".
func (s *sentence) passive(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if isBeAux(s.toks[j].low) {
			return true
		}
		if s.toks[j].kind != text.Word {
			return false
		}
	}
	return false
}

// invertedAttribution reports whether the cue at k is a reporting verb
// placed after what was reported, with its subject after it: "...,
// warn ferry unions." or "..." accused X.
func (s *sentence) invertedAttribution(k int, m mention) bool {
	if k == 0 {
		return false
	}
	prev := s.toks[k-1].low
	if prev != "," && quoteMark(prev) == 0 {
		return false
	}
	return m.end >= len(s.toks) || s.toks[m.end].kind == text.Punctuation
}

// claimOf reports whether the object of the cue at k names a claim or
// proposal: "denied claims by Y", "rejected Y's offer".
func (s *sentence) claimOf(k, objEnd int) bool {
	for j := k + 1; j < objEnd; j++ {
		if claimNoun(s.toks[j].low) {
			return true
		}
	}
	return false
}

// targetStatement returns what the text says the acted-against side holds:
// the complement after "for" or "of" ("for suggesting that ..."), the
// content of a claim denied ("claims by Y that the dam was over budget"),
// the claim or proposal rejected ("Y's offer"), or else the cue's clause.
func (s *sentence) targetStatement(k, objEnd, end, start int) text.Span {
	if objEnd < end && (s.toks[objEnd].low == "for" || s.toks[objEnd].low == "of" || s.toks[objEnd].low == "over") && objEnd+1 < end {
		return s.cut(objEnd+1, end)
	}
	for j := k + 1; j < objEnd; j++ {
		if !claimNoun(s.toks[j].low) {
			continue
		}
		if t := s.find(j+1, end, "that"); t >= 0 && t+1 < end {
			return s.cut(t+1, end)
		}
		from := k + 1
		if ms := s.sidesIn(k+1, j); len(ms) > 0 {
			from = s.withDeterminer(ms[0].first)
		} else if isDeterminer(s.toks[k+1].low) {
			from = k + 1
		}
		return s.cut(from, j+1)
	}
	return s.cut(start, end)
}

// statementEnd returns the token just past the statement that starts
// at the cue k: the clause, read through quotation marks, since what is
// quoted is what is held.
func (s *sentence) statementEnd(k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		if t := &s.toks[j]; t.mention < 0 && isBoundary(t.low) {
			return j
		}
	}
	return len(s.toks)
}

// quoteSpeaker returns the actor speaking the quotation in s: one named
// outside the quotation marks in s, or the speaker carried over from the
// sentence that opened the quotation; -1 if none.
func (s *sentence) quoteSpeaker() int {
	if sp := s.outsideSpeaker(); sp >= 0 {
		return sp
	}
	return s.speaker
}

// speakerSentence returns the nearest sentence before i naming actor a.
func (r *reader) speakerSentence(i, a int) int {
	for j := i - 1; j >= 0; j-- {
		for _, m := range r.sents[j].mentions {
			if m.actor == a {
				return j
			}
		}
	}
	return i
}

// antecedent resolves a pronoun in sentence i to an actor of sentence i-1:
// the first one named there, of a fitting kind (a person for "he", "she",
// "him", "her"; no person for "it"), and not among exclude.
func (r *reader) antecedent(i int, pronoun string, exclude []mention) (mention, bool) {
	if i == 0 {
		return mention{}, false
	}
	prev := &r.sents[i-1]
	for _, m := range prev.sidesIn(0, len(prev.toks)) {
		if slices.ContainsFunc(exclude, func(x mention) bool { return x.actor == m.actor }) {
			continue
		}
		person := r.actors[m.actor].Type == actors.Person
		switch pronoun {
		case "he", "she", "him", "her":
			if !person {
				continue
			}
		case "it", "this", "that":
			if person {
				continue
			}
		}
		return mention{actor: m.actor, first: -1}, true
	}
	return mention{}, false
}

// contrast reads a contrast connective at token k of sentence i joining
// two clauses whose subjects are two actors: "X wants A, while Y wants B";
// "X wants A; Y wants B"; "While X wants A, Y wants B".
func (r *reader) contrast(i, k, width int, weight float64) (finding, bool) {
	s := &r.sents[i]
	var aStart, aEnd, bStart, bEnd int
	if k == s.firstWord() && width == 1 {
		// "While X ..., Y ...": the first clause runs to the first comma.
		comma := s.find(k+1, len(s.toks), ",")
		if comma < 0 {
			return finding{}, false
		}
		aStart, aEnd = k+1, comma
		bStart = comma + 1
		bEnd = s.clauseEnd(min(comma+1, len(s.toks)-1))
	} else {
		if s.toks[k].low == "however" && s.word(k-1) != ";" && s.word(k-1) != "," {
			return finding{}, false
		}
		aStart, aEnd = s.clauseStart(k), k
		bStart = k + width
		if bStart >= len(s.toks) {
			return finding{}, false
		}
		bEnd = s.clauseEnd(bStart)
		if isBoundary(s.toks[bStart].low) {
			bEnd = bStart
		}
	}
	for aEnd > aStart && s.toks[aEnd-1].kind == text.Punctuation {
		aEnd--
	}
	for bStart < bEnd && s.toks[bStart].kind == text.Punctuation {
		bStart++
	}
	a, okA := s.subjectIn(aStart, aEnd)
	b, okB := s.subjectIn(bStart, bEnd)
	if !okA || !okB || a.actor == b.actor {
		return finding{}, false
	}
	f := finding{sents: []int{i}, conf: weight, agents: []int{a.actor}}
	f.sides = []side{
		{actor: a.actor, stmt: s.cut(s.withDeterminer(a.first), aEnd), sent: i},
		{actor: b.actor, stmt: s.cut(s.withDeterminer(b.first), bEnd), sent: i},
	}
	f.topic, f.rank = r.fallbackTopic(s)
	return f, true
}

// firstWord returns the index of the sentence's first word token.
func (s *sentence) firstWord() int {
	for j, t := range s.toks {
		if t.kind == text.Word {
			return j
		}
	}
	return -1
}

// agreementCue reads the agreement cue at token k of sentence i.
func (r *reader) agreementCue(i, k int, c cue) (finding, bool) {
	s := &r.sents[i]
	start, end := s.clauseStart(k), s.clauseEnd(k)
	objEnd := s.objectEnd(k, end)
	negated := s.negated(k)
	subject := s.sidesIn(start, k)
	var object []mention

	switch c {
	case cueAgree:
		if w := s.find(k+1, objEnd, "with"); w >= 0 {
			object = s.sidesIn(w+1, objEnd)
		}
	case cueBack:
		if negated {
			return finding{}, false
		}
		object = s.sidesIn(k+1, objEnd)
		if by := s.find(k+1, objEnd, "by"); by >= 0 && s.passive(k) {
			// "backed by her predecessor as chair of the trust, Ruth
			// Okonkwo": the agent may come after an apposition.
			subject, object = s.sidesIn(by+1, end), s.sidesIn(start, k)
		}
	case cueSimilar:
		if negated {
			return finding{}, false
		}
		switch s.toks[k].low {
		case "share", "shared", "common":
			object = s.sidesIn(k+1, objEnd)
		default:
			// Likeness is between coordinated subjects: "X and Y are
			// similar", not "X put Y under the same ...".
			subject = s.coSubjects(subject)
		}
	case cueJoin:
		object = s.sidesIn(k+1, min(objEnd, k+4))
		if len(object) == 0 || s.word(object[0].end) != "in" {
			return finding{}, false
		}
		object = object[:1]
	case cueAlly:
		for _, m := range s.sidesIn(k+1, end) {
			if p := s.word(m.first - 1); p != "with" && p != "against" && p != "versus" {
				object = append(object, m)
			}
		}
	}
	if s.contradicted(k) {
		return finding{}, false
	}

	agentIDs := distinct(subject)
	others := slices.DeleteFunc(distinct(object), func(a int) bool { return slices.Contains(agentIDs, a) })
	all := append(slices.Clip(agentIDs), others...)
	topic, rank := r.cueTopic(s, k, objEnd, end, isNoun(s.toks[k].low), c)

	if negated && c == cueAgree {
		// "X will not agree with Y": a disagreement, weakly.
		if len(agentIDs) == 0 || len(others) == 0 {
			return finding{}, false
		}
		f := finding{sents: []int{i}, agents: agentIDs, topic: topic, rank: rank, conf: confNegatedAgreement}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
		}
		for _, a := range others {
			f.sides = append(f.sides, side{actor: a, stmt: s.cut(k+1, end), sent: i})
		}
		return f, true
	}
	if len(all) < 2 {
		// "Both share ...", "both agree on ...", "both are alike in
		// ...": the actors are those of the agreement just before.
		if !negated && (s.find(start, k, "both") >= 0 || c == cueSimilar && s.find(start, k, "neither") >= 0) {
			return finding{agree: true, cueOnly: true, sents: []int{i}, topic: topic, rank: rank, conf: c.strength()}, true
		}
		return finding{}, false
	}
	f := finding{agree: true, sents: []int{i}, agents: agentIDs, topic: topic, rank: rank, conf: c.strength()}
	for _, a := range all {
		f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
	}
	return f, true
}

// contradicted reports whether a contrast after the agreement cue at k
// turns to a disagreement: "they share a goal, but a row over the
// means divides them".
func (s *sentence) contradicted(k int) bool {
	for j := k + 1; j < len(s.toks); j++ {
		switch s.toks[j].low {
		case "but", "however", "although", "though", "yet", "while", "whereas":
			for l := j + 1; l < len(s.toks); l++ {
				if s.toks[l].kind == text.Word && s.cueAt(l).isDispute() && !s.negated(l) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// turn reads a sentence that opens with "But" or "However" and whose
// subject is an actor, against the sentence before when that one's subject
// is another actor: "X says A. But Y says B."
func (r *reader) turn(i int) (finding, bool) {
	if i == 0 {
		return finding{}, false
	}
	s, prev := &r.sents[i], &r.sents[i-1]
	k := s.firstWord()
	if k < 0 {
		return finding{}, false
	}
	width := 1
	switch s.toks[k].low {
	case "but", "yet":
	case "however":
		if s.word(k+1) != "," {
			return finding{}, false
		}
	default:
		if width = s.otherHand(k); width == 0 {
			return finding{}, false
		}
	}
	end := s.clauseEnd(k + width)
	b, okB := s.subjectIn(k+width, end)
	a, okA := prev.subjectIn(0, len(prev.toks))
	if !okA || !okB || a.actor == b.actor {
		return finding{}, false
	}
	f := finding{sents: []int{i - 1, i}, conf: confContrastBut, agents: []int{b.actor}}
	f.sides = []side{
		{actor: a.actor, stmt: prev.cut(prev.withDeterminer(a.first), prev.clauseEnd(a.first)), sent: i - 1},
		{actor: b.actor, stmt: s.cut(s.withDeterminer(b.first), end), sent: i},
	}
	return f, true
}

// isSidePrep reports whether the preposition w, after a conflict noun,
// introduces the other side.
func isSidePrep(w string) bool {
	switch w {
	case "with", "against", "on", "between", "from", "by", "of":
		return true
	}
	return false
}

// coordinatedFrom returns the first mention of ms and those coordinated
// with it: "with the ferry unions and the Harbour Trust over ..." gives both.
func (s *sentence) coordinatedFrom(ms []mention) []mention {
	idx := func(m mention) int {
		return slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == m.first })
	}
	n := 1
	for n < len(ms) && s.coordinated(idx(ms[n-1]), idx(ms[n])) {
		n++
	}
	return ms[:n]
}

// otherHand returns 4 when tokens from k read "on the other hand", else 0.
func (s *sentence) otherHand(k int) int {
	if s.word(k) == "on" && s.word(k+1) == "the" && s.word(k+2) == "other" && s.word(k+3) == "hand" {
		return 4
	}
	return 0
}

// withDeterminer returns k, or k-1 when a determiner opens the phrase
// there: a statement reads "the Transit Workers Union wants ...".
func (s *sentence) withDeterminer(k int) int {
	if k > 0 && isDeterminer(s.toks[k-1].low) {
		return k - 1
	}
	return k
}

// dangling reports whether a statement may not end with w: a word that
// only links to what follows ("dismissed the plan as").
func dangling(w string) bool {
	switch w {
	case "as", "that", "and", "or", "but", "to", "of", "by", "with", "for", "the", "a", "an":
		return true
	}
	return false
}
