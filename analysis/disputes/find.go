package disputes

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// maxObject is how far past a verb cue, in tokens, its object may reach.
const maxObject = 15

// pronounBetween reports whether an unresolved personal pronoun stands in
// [a, b): then it, not a name before it, is the subject ("..., I agree
// with Y").
func (s *sentence) pronounBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].mention >= 0 {
			continue
		}
		switch s.toks[j].low {
		case "i", "we", "you", "he", "she", "they":
			return true
		}
	}
	return false
}

// maxSubjectGap is how many tokens may stand between an agreement cue and
// its subject: "X has repeatedly and publicly backed Y".
const maxSubjectGap = 8

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
	pro     bool // a stance for something ("X wants ..."), not against
	cue     cue  // the cue read, for matching "also" with what it repeats
	sents   []int
	sides   []side
	agents  []int // the acting side's actors
	topic   string
	rank    int // how good the topic's source is; higher is better
	conf    float64
	rule    string // the rule that read it, for tests and for tracing a point to its cues
	// id numbers the disagreements in reading order, from 1; joins is
	// the id of the disagreement this one answers, or 0.
	id, joins int
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
	out := r.exchanges(i)
	if !s.hasOwnClaim() {
		if f, ok := r.turn(i); ok {
			out = append(out, f)
		}
	}
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != text.Word && t.low != ";" || t.kind == text.Word && t.cls&clsAnyScan == 0 {
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
		if s.proStance(k) {
			out = append(out, r.stanceFor(i, k)...)
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

// proStance reports whether token k says that its subject wants
// something done: "called for", "wants", "demanded", "pressed for". Such a
// stance is no disagreement by itself, but two actors holding it together,
// or one "also" holding it after another, agree.
func (s *sentence) proStance(k int) bool {
	switch s.toks[k].low {
	case "want", "wants", "wanted", "demand", "demands", "demanded", "favour", "favours", "favoured",
		"favor", "favors", "favored":
		return !s.nounUse(k) && !s.negated(k)
	case "call", "calls", "called", "push", "pushes", "pushed", "press", "presses", "pressed":
		return s.word(k+1) == "for" && !s.nounUse(k) && !s.negated(k)
	}
	return false
}

// stanceFor reads the wanting at token k of sentence i: a stance finding
// for "also" to match, and an agreement between coordinated subjects
// ("X and Y have called for the ban to be lifted").
func (r *reader) stanceFor(i, k int) []finding {
	s := &r.sents[i]
	start, end := s.clauseStart(k), s.clauseEnd(k)
	subject := slices.DeleteFunc(s.sidesIn(start, k), func(m mention) bool {
		return k-m.end > maxSubjectGap || s.pronounBetween(m.end, k)
	})
	if len(subject) == 0 || s.disowned(k) {
		return nil
	}
	agents := distinct(subject)
	also := s.find(start, k, "also") >= 0
	topic, rank := r.cueTopic(s, k, s.objectEnd(k, end), end, false, noCue)
	stmt := s.cut(k, s.statementEnd(k))
	f := finding{stance: true, pro: true, also: also, sents: []int{i}, agents: agents[:1], topic: topic, rank: rank, rule: "stance"}
	for _, a := range agents[:1] {
		f.sides = append(f.sides, side{actor: a, stmt: stmt, sent: i})
	}
	out := []finding{f}
	if co := distinct(s.coSubjects(subject)); len(co) >= 2 {
		g := finding{agree: true, sents: []int{i}, agents: co, topic: topic, rank: rank, conf: confCoAgents, rule: "co-stance"}
		for _, a := range co {
			g.sides = append(g.sides, side{actor: a, stmt: s.cut(s.withDeterminer(subject[0].first), s.statementEnd(k)), sent: i})
		}
		f.agents, f.sides = co, g.sides
		out[0] = f
		out = append(out, g)
	}
	return out
}

// contextCue reports whether cueAt reads the word w in its context: a cue
// only with its neighbours ("hit out", "at odds"), or a cue word that its
// neighbours may undo ("in a row").
func contextCue(w string) bool {
	switch w {
	case "hit", "hits", "hitting", "lash", "lashes", "lashed", "lashing", "war", "wars",
		"accept", "accepts", "accepted", "accepting", "back", "support", "supports", "supported",
		"endorse", "endorsed", "against", "odds", "common", "row", "rows", "same",
		"push", "pushes", "pushed", "press", "presses", "pressed":
		return true
	}
	return false
}

// cueAt returns the cue of token k, reading the words around it for
// multi-word cues and for uses that are no cue ("in a row").
func (s *sentence) cueAt(k int) cue {
	w := s.toks[k].low
	switch w {
	case "hit", "hits", "hitting", "lash", "lashes", "lashed", "lashing":
		// "hit out at", "hit back at", "lashed out at".
		if n := s.word(k + 1); n == "out" || n == "back" && w[0] == 'h' {
			return cueAttack
		}
		return noCue
	case "war", "wars":
		// "a war of words between X and Y": a quarrel. A war fought with
		// arms is not a disagreement this package reads.
		if s.word(k+1) == "of" && s.word(k+2) == "words" {
			return cueConflict
		}
		return noCue
	case "accept", "accepts", "accepted", "accepting", "back", "support", "supports", "supported", "endorse", "endorsed":
		// "refused to accept the offer", "Mr X's refusal to back the
		// plan": a rejection.
		if s.word(k-1) == "to" && (s.word(k-2) == "refusal" || s.word(k-2) == "refused" || s.word(k-2) == "refuses" || s.word(k-2) == "refusing") {
			return cueReject
		}
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
		// "the same view", but not "at the same time" or "the same
		// message": only a view or an aim held alike is agreement.
		if !s.sharedView(k) {
			return noCue
		}
	case "warning", "split", "fight", "battle":
		// Verbs as often as nouns; as nouns they need an owner or a
		// "with"/"between", which the noun rule asks for anyway.
	}
	return s.toks[k].cue()
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
		if claimNoun(t.low) && (isSubjectPronoun(s.word(j+1)) || s.word(j+1) == "that") {
			// "hit back at claims he had used X": X is in the claim.
			return j + 1
		}
		if t.low == "of" && isGerund(s.word(j+1)) {
			return j
		}
		if t.low == "to" && j > k+1 {
			// "urged Y to ...": what follows is the demand, not a side.
			return j
		}
		if t.low == "," && j > k+1 && (j+1 >= len(s.toks) || s.toks[j+1].mention < 0 || s.wordAfterMentionIsVerb(j+1)) {
			// "denied X, telling the BBC ...": a comma ends the object
			// unless a list of names goes on ("attacked X, Y and Z").
			return j
		}
	}
	return limit
}

// wordAfterMentionIsVerb reports whether the mention starting at token j
// is followed by a verb of saying or an auxiliary, as a new clause's
// subject is: "..., Britain will be isolated".
func (s *sentence) wordAfterMentionIsVerb(j int) bool {
	m := s.mentions[s.toks[j].mention]
	w := s.word(m.end)
	return finiteWord(w) || reportingVerb(w)
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
		if s.oblique(mi) || s.adjectival(mi) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// adjectival reports whether mention mi is a demonym, or a country's name
// after "the", qualifying a thing or a crowd rather than standing for its
// country: "British voters", "the European constitution", "the Iraq
// war". Before its state's agents or their aims ("Iranian officials",
// "American objectives") it stands for the state.
func (s *sentence) adjectival(mi int) bool {
	m := s.mentions[mi]
	// A country's name qualifies a noun only inside a phrase that a word
	// before its determiner opens ("attacked the way the Iraq war ..."):
	// at the head of a clause "The US last week attacked ..." it acts.
	inPhrase := m.first >= 2 && isDeterminer(s.toks[m.first-1].low) && s.toks[m.first-2].kind == text.Word && !isBoundary(s.toks[m.first-2].low)
	if m.end >= len(s.toks) || !m.demonym && !(m.country && m.via == viaName && inPhrase) {
		return false
	}
	n := &s.toks[m.end]
	if n.kind != text.Word || n.mention >= 0 || isFunctionWord(n.low) || reportingVerb(n.low) || cueOf(n.low) != noCue {
		return false
	}
	if !m.demonym && (verbLike(n.low) || strings.HasSuffix(n.low, "s") || stanceWord(n.low) || orgNoun(n.low) || titleNoun(n.low)) {
		// "the US says", "the UK wants", "the US forces": a verb, or
		// the state's own people; "the Iraq war" names a thing.
		return false
	}
	return !stateNoun(n.low) && !claimNoun(n.low)
}

// stateNoun reports whether w, after a demonym, names the state's agents
// or what the state wants: "Iranian officials", "American objectives".
func stateNoun(w string) bool {
	switch w {
	case "government", "governments", "authorities", "official", "officials", "minister", "ministers",
		"leader", "leaders", "leadership", "president", "prime", "forces", "troops", "army", "military",
		"navy", "diplomats", "diplomat", "negotiators", "police", "embassy", "delegation", "envoy",
		"ambassador", "ambassadors", "administration", "regime", "state", "side", "spokesman",
		"spokeswoman", "objectives", "aims", "goals", "interests", "policy", "policies", "position",
		"concerns", "demands", "approach", "attitude":
		return true
	}
	return false
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
	// "the terrorists who threaten Britain": the object of a relative
	// clause is not the clause's subject.
	for j := a; j < ms[0].first; j++ {
		switch s.toks[j].low {
		case "who", "which", "that", "whose":
			return mention{}, false
		}
	}
	return ms[0], true
}

// coordinatedSubject returns the subject of the clause [start, k) and the
// mentions coordinated with it ("X and Y were criticised"), or nil.
func (s *sentence) coordinatedSubject(start, k int) []mention {
	m, ok := s.subjectIn(start, k)
	if !ok {
		return nil
	}
	all := s.sidesIn(m.first, k)
	return s.coordinatedFrom(all)
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
	if s.negated(k) && !s.refusal(k) {
		return nil
	}
	start, end := s.clauseStart(k), s.clauseEnd(k)
	if s.hypothetical(start) || s.requested(start, k) {
		return nil
	}
	objEnd := s.objectEnd(k, end)
	noun := isNoun(w) || s.nounUse(k) || s.word(k+1) == "between"
	if noun && c == cueConflict && s.aboutTopic(k) {
		// "speculation about the rift": the quarrel is what is talked
		// of, and whoever talks of it is no side.
		return nil
	}
	conf := c.strength()
	evidence := []int{i}

	var agents, targets []mention
	subject := s.sidesIn(start, k)
	object := s.sidesIn(k+1, objEnd)
	if !noun {
		if by := s.find(k+1, objEnd, "by"); by >= 0 && s.passive(k) {
			// "X was attacked by Y": what is acted on is the clause's
			// subject, not whatever else precedes the verb.
			subject, object = s.sidesIn(by+1, objEnd), s.coordinatedSubject(start, k)
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
		if w == "war" || w == "wars" {
			j = k + 3 // past "of words"
		}
		for j < end && s.toks[j].kind == text.Word && !isSidePrep(s.toks[j].low) && j < k+3 {
			j++
		}
		if j < end && isSidePrep(s.toks[j].low) {
			reach := j + 3
			if s.toks[j].low == "between" {
				// "a fight between three local journalists and X": the
				// first party may be unnamed, and described at length.
				reach = j + 7
			}
			if ms := s.sidesIn(j+1, end); len(ms) > 0 && ms[0].first <= reach {
				ms = s.coordinatedFrom(ms)
				if s.toks[j].low == "between" {
					// "a feud between X and Y": the two sides are what
					// is between, not whoever speaks of it. Only one who
					// joins the fight ("Z joined a fight between ... and
					// Y") takes a side in it.
					switch {
					case len(ms) >= 2:
						subject, ms = ms[:1], ms[1:]
					case !s.joins(start, k):
						subject, ms = nil, nil
					}
				}
				object = ms
			}
		}
	}
	agents, targets = s.personFirst(subject), object

	// A complement naming the other side: "warned that ministers ...".
	if len(targets) == 0 && !noun && objEnd == k+1 && s.word(objEnd) == "that" {
		if targets = s.sidesIn(objEnd, end); len(targets) > 0 {
			conf -= 0.1
		}
	}
	// A quotation speaks for its speaker.
	if len(agents) == 0 && s.toks[k].quoted && !s.genericSubject(start, k) {
		if c, ok := s.quoteClaim(k); ok {
			agents = []mention{{actor: c.speaker, first: -1, from: c.from, via: c.via}}
		}
	}
	// "X rejected the claim", "X denied the allegations": the claim is
	// the one someone made just before; what it said is its author's
	// statement.
	var claimed *claim
	also := s.find(start, k, "also") >= 0
	objPronoun := s.word(k+1) == "it" || s.word(k+1) == "this" && !claimNoun(s.word(k+2)) && s.toks[min(k+2, len(s.toks)-1)].kind == text.Punctuation
	if len(targets) == 0 && !noun && !also && (objPronoun || (s.word(k+1) == "the" || s.word(k+1) == "these" || s.word(k+1) == "this" || s.word(k+1) == "such") && claimNoun(s.word(k+2))) {
		if c, ok := r.claimant(i, k, agents, nil); ok {
			targets = []mention{{actor: c.speaker, first: -1, from: c.sent, via: c.via}}
			claimed = &c
			conf -= penaltyAnaphora
		}
	}
	// "X denied (that) the dam was over budget": what is denied is what
	// someone else said before; whoever the clause names is its subject,
	// not a side.
	if !noun && denialVerb(w) && s.clauseAfter(k, objEnd) {
		targets = nil
		if c, ok := r.claimant(i, k, agents, s.keywords(k+1, end)); ok {
			targets = []mention{{actor: c.speaker, first: -1, from: c.sent, via: c.via}}
			claimed = &c
			conf -= penaltyAnaphora
		}
	}
	// "He also attacked the way the war was sold": "also" goes on with
	// the same critic's quarrel; when it names no one, the other side is
	// the one that critic just attacked.
	if also && len(targets) == 0 && !noun && len(agents) > 0 {
		if f, ok := r.lastAttackBy(agents[0].actor, i); ok {
			for _, a := range f.targets() {
				targets = append(targets, mention{actor: a, first: -1, from: -1, via: viaName})
			}
			conf -= penaltyAnaphora
		}
	}
	for _, m := range append(slices.Clip(agents), targets...) {
		if m.via != viaName {
			conf -= penaltyAnaphora / 2
		}
		// A side read from another sentence's words (a quotation's
		// speaker, the author of a claim) brings that sentence as
		// evidence; a pronoun's antecedent does not: the sentence
		// naming "he" says nothing of the quarrel.
		if m.first < 0 && m.from >= 0 && m.from != i {
			evidence = append(evidence, m.from)
		}
	}

	agentIDs := distinct(agents)
	targetIDs := slices.DeleteFunc(distinct(targets), func(a int) bool { return slices.Contains(agentIDs, a) })
	topic, rank := r.cueTopic(s, k, objEnd, end, noun, c)
	stmtEnd := s.statementEnd(k)

	co := distinct(s.coSubjects(agents))
	if len(co) >= 2 && len(targetIDs) == 0 && reciprocal(w) {
		// "X and Y clashed": they disagree with each other.
		f := finding{sents: evidence, cue: c, agents: co[:1], topic: topic, rank: rank, conf: conf, rule: "reciprocal"}
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
		f := finding{sents: evidence, cue: c, agents: agentIDs, topic: topic, rank: rank, conf: conf, rule: "cue:" + w}
		agentStmt := s.cut(k, stmtEnd)
		if noun {
			agentStmt = s.cut(start, stmtEnd)
		}
		for _, a := range agentIDs {
			f.sides = append(f.sides, side{actor: a, stmt: agentStmt, sent: i})
		}
		targetStmt := s.targetStatement(k, objEnd, stmtEnd, start)
		for _, a := range targetIDs {
			if claimed != nil && claimed.speaker == a {
				f.sides = append(f.sides, side{actor: a, stmt: r.sents[claimed.sent].cut(claimed.a, claimed.b), sent: claimed.sent})
				continue
			}
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
	} else if (c == cueConflict || w == "disagreement" || w == "disagreements") && !s.governed(k) {
		// "Their real difference is over ...": the sides are in a
		// neighbouring sentence.
		out = append(out, finding{cueOnly: true, sents: []int{i}, topic: topic, rank: rank, conf: conf})
	}
	// Actors acting together against something share a stance.
	if len(co) >= 2 && !noun {
		f := finding{agree: true, sents: []int{i}, topic: topic, rank: rank, conf: confCoAgents, rule: "co-agents"}
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

// requested reports whether the cue at k is an act someone is asked to
// do: "X called on Y to denounce Z", "X urged Y to reject ...". Neither X
// nor Y has done it.
func (s *sentence) requested(start, k int) bool {
	if s.word(k-1) != "to" {
		return false
	}
	for j := k - 2; j >= start && j >= k-8; j-- {
		switch s.toks[j].low {
		case "called", "calls", "call", "urged", "urges", "urge", "asked", "asks", "ask", "pressed",
			"told", "tells", "challenged", "challenges", "invited", "invites", "wants", "wanted":
			return s.toks[j+1].mention >= 0 || s.word(j+1) == "on" || s.word(j+1) == "upon"
		}
	}
	return false
}

// aboutTopic reports whether the noun cue at k stands after "about",
// "over" or "on": the quarrel is a topic of the clause.
func (s *sentence) aboutTopic(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch w := s.toks[j].low; {
		case w == "about" || w == "over" || w == "on" || w == "regarding" || w == "concerning":
			return true
		case s.toks[j].kind == text.Punctuation, isFunctionWord(w) && !isDeterminer(w):
			return false
		}
	}
	return false
}

// hypothetical reports whether the clause starting at token start is a
// condition ("if we reject this treaty, ..."): what it says has not
// happened.
func (s *sentence) hypothetical(start int) bool {
	if start == 0 {
		return false
	}
	switch s.word(start - 1) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// governed reports whether the noun cue at k stands in a prepositional
// phrase ("his intervention in the row"), where it refers to a quarrel
// told elsewhere rather than stating one.
func (s *sentence) governed(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		w := s.toks[j].low
		if isOblique(w) {
			return true
		}
		if !isDeterminer(w) && !(s.toks[j].kind == text.Word && !isFunctionWord(w)) {
			return false
		}
	}
	return false
}

// genericSubject reports whether the clause [start, k) has a subject that
// is not the speaker: "you ought to warn them", "one has to attack ...".
// Only "I", "we" or no subject make a quoted cue the speaker's own act.
func (s *sentence) genericSubject(start, k int) bool {
	for j := start; j < k; j++ {
		switch s.toks[j].low {
		case "you", "one", "they", "he", "she", "people", "someone", "anyone", "nobody":
			return true
		}
	}
	return false
}

// joins reports whether a verb of joining stands in [start, k): "Z has
// joined a legal fight between ...".
func (s *sentence) joins(start, k int) bool {
	for j := start; j < k; j++ {
		switch s.toks[j].low {
		case "join", "joins", "joined", "joining", "entered", "enters":
			return true
		}
	}
	return false
}

// lastAttackBy returns the latest disagreement in which actor a, within
// answerWindow sentences before sentence i, acted against a named side.
func (r *reader) lastAttackBy(a, i int) (*finding, bool) {
	for fi := len(r.prior) - 1; fi >= 0; fi-- {
		f := &r.prior[fi]
		if f.sents[len(f.sents)-1] < i-answerWindow {
			break
		}
		if !f.agree && !f.cueOnly && !f.stance && slices.Contains(f.agents, a) && len(f.targets()) > 0 {
			return f, true
		}
	}
	return nil, false
}

// refusal reports whether the cue at k is a verb of accepting governed by
// a refusal: "refused to accept", "refusal to back".
func (s *sentence) refusal(k int) bool {
	switch s.word(k - 2) {
	case "refusal", "refused", "refuses", "refusing":
		return s.word(k-1) == "to"
	}
	return false
}

// nounUse reports whether the cue word at k, which may be a verb, is used
// as a noun here: after a determiner ("the attacks", "a challenge"), after
// a determiner and a modifier ("the terror attacks"), or after a
// possessive ("Hale's attack on ..."). As a noun it names its other side
// only through a preposition ("an attack on X").
func (s *sentence) nounUse(k int) bool {
	if k == 0 {
		return false
	}
	p := &s.toks[k-1]
	if p.mention >= 0 {
		return s.possessive(int(p.mention))
	}
	if isDeterminer(p.low) || p.low == "no" || p.low == "every" {
		return true
	}
	if k >= 2 && p.kind == text.Word && !isFunctionWord(p.low) && !isNegation(p.low) && isDeterminer(s.word(k-2)) && s.toks[k-2].mention < 0 {
		// "the terror attacks", but not "the council attacked": after
		// "the X" a past form is the verb whose subject X is.
		w := s.toks[k].low
		return !verbLike(p.low) && !strings.HasSuffix(w, "ed")
	}
	return false
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

// quoteClaim returns the claim whose words hold token k: a report in the
// sentence whose content covers k, or the quotation carried over.
func (s *sentence) quoteClaim(k int) (claim, bool) {
	for _, c := range s.claims {
		if c.a <= k && k < c.b {
			return c, true
		}
	}
	if sp := s.outsideSpeaker(); sp >= 0 {
		return claim{speaker: sp, from: -1}, true
	}
	return claim{}, false
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
	if !okA || !okB || r.affiliated(a.actor, b.actor) || !s.opensClause(bStart, b) {
		return finding{}, false
	}
	stanceA, stanceB := s.holdsStance(aStart, aEnd), s.holdsStance(bStart, bEnd)
	switch w := s.toks[k].low; {
	case !stanceA && !stanceB:
		// "X will take charge, while Y moves to another role": two
		// actions side by side, not two views.
		return finding{}, false
	case (w == "but" || w == ";") && !(stanceA && stanceB):
		// "But" and a semicolon join any two statements; only two views
		// make them a contrast of views.
		return finding{}, false
	}
	if s.attacksThird(aStart, aEnd, a.actor, b.actor) || s.attacksThird(bStart, bEnd, a.actor, b.actor) {
		// "X said the plan would fail, while Y criticised Z's
		// promises": two critics of a third side, not a contrast
		// between them.
		return finding{}, false
	}
	ownA, ownB := false, false
	for _, c := range s.claims {
		ownA = ownA || c.speaker == a.actor && c.verb >= aStart && c.verb < aEnd
		ownB = ownB || c.speaker == b.actor && c.verb >= bStart && c.verb < bEnd
	}
	if ownA && !ownB && !s.holdsStance(bStart, bEnd) {
		// "A report by X claimed Y would lead, while Z would follow":
		// the contrast is part of what X said, not X against Z.
		return finding{}, false
	}
	f := finding{sents: []int{i}, conf: weight, agents: []int{a.actor}, rule: "contrast:" + s.toks[k].low}
	f.sides = []side{
		{actor: a.actor, stmt: s.cut(s.withDeterminer(a.first), aEnd), sent: i},
		{actor: b.actor, stmt: s.cut(s.withDeterminer(b.first), bEnd), sent: i},
	}
	f.topic, f.rank = r.fallbackTopic(s)
	return f, true
}

// opensClause reports whether mention m is the subject that opens the
// clause at start: only a determiner, an adverb or a comma-set aside
// before it. In "..., but did not believe X was strong enough" the
// second clause has no subject of its own, and X is not one.
func (s *sentence) opensClause(start int, m mention) bool {
	for j := start; j < m.first; j++ {
		w := s.toks[j].low
		if s.toks[j].kind == text.Punctuation || isDeterminer(w) || strings.HasSuffix(w, "ly") ||
			w == "now" || w == "then" || w == "also" || w == "instead" || w == "meanwhile" {
			continue
		}
		return false
	}
	return true
}

// attacksThird reports whether tokens [a, b) hold a cue of conflict whose
// object is not x or y: "X said the plan would fail, while Y criticised
// the promises" sets two critics side by side, not against each other.
func (s *sentence) attacksThird(a, b, x, y int) bool {
	for j := max(a, 0); j < min(b, len(s.toks)); j++ {
		if s.toks[j].mention >= 0 || !s.cueAt(j).isDispute() || s.negated(j) {
			continue
		}
		// A cue against the other side makes the contrast; one against
		// anyone or anything else makes two critics of a third.
		for _, m := range s.mentions {
			if m.first > j && m.first < b && (m.actor == x || m.actor == y) {
				return false
			}
		}
		return true
	}
	return false
}

// holdsStance reports whether tokens [a, b) say what someone holds or
// wants, rather than only what they do: a verb of saying, of wanting or
// seeing, or a cue.
func (s *sentence) holdsStance(a, b int) bool {
	for j := max(a, 0); j < min(b, len(s.toks)); j++ {
		t := &s.toks[j]
		if t.kind != text.Word || t.mention >= 0 {
			continue
		}
		if reportingVerb(t.low) || stanceWord(t.low) || cueOf(t.low) != noCue {
			return true
		}
	}
	return false
}

// stanceWord reports whether w says what someone wants or how they see
// something: "wants", "sees ... as", "is interested in", "prefers".
func stanceWord(w string) bool {
	switch w {
	case "want", "wants", "wanted", "see", "sees", "saw", "regard", "regards", "regarded",
		"view", "views", "viewed", "prefer", "prefers", "preferred", "favour", "favours", "favoured",
		"favor", "favors", "favored", "demand", "demands", "demanded", "seek", "seeks", "sought",
		"propose", "proposes", "proposed", "interested", "aim", "aims", "aimed", "intend", "intends",
		"accept", "accepts", "accepted", "keen", "determined", "committed", "willing", "unwilling",
		"refuse", "refuses", "refused", "insist", "insists", "call", "calls", "called", "plan", "plans", "planned":
		return true
	}
	return false
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
	// The subject stands close before the cue: in "opposing X's plans, I
	// agree with Y", X does not agree.
	subject := slices.DeleteFunc(s.sidesIn(start, k), func(m mention) bool {
		return k-m.end > maxSubjectGap || s.pronounBetween(m.end, k)
	})
	var object []mention

	switch c {
	case cueAgree:
		if w := s.find(k+1, objEnd, "with"); w >= 0 {
			object = s.sidesIn(w+1, objEnd)
		} else {
			// "X and Y agreed": the agreeing sides are coordinated; in
			// "X said Y had agreed to ..." only Y agrees, to something.
			subject = s.coSubjects(subject)
		}
	case cueBack:
		if negated {
			return finding{}, false
		}
		object = s.sidesIn(k+1, objEnd)
		if by := s.find(k+1, objEnd, "by"); by >= 0 && s.passive(k) {
			// "backed by her predecessor as chair of the trust, Ruth
			// Okonkwo": the agent may come after an apposition.
			subject, object = s.sidesIn(by+1, end), s.coordinatedSubject(start, k)
		} else if len(object) == 0 {
			// Backing is of someone: "X backed the plan" agrees with no
			// one named, whatever else the clause names.
			return finding{}, false
		}
	case cueSimilar:
		if negated {
			return finding{}, false
		}
		switch s.toks[k].low {
		case "share", "shares", "shared", "sharing":
			// "share a view", not "shared a platform".
			if !s.sharedView(k) {
				return finding{}, false
			}
			object = s.sidesIn(k+1, objEnd)
		case "common":
			object = s.sidesIn(k+1, objEnd)
		default:
			// Likeness is between coordinated subjects: "X and Y are
			// similar", not "X put Y under the same ..."; and it is said
			// of them ("are similar") or of their views ("similar
			// goals"), not of a thing ("a similar session").
			if !s.sharedView(k) && !s.predicative(k) {
				return finding{}, false
			}
			subject = s.coSubjects(subject)
		}
	case cueJoin:
		object = s.sidesIn(k+1, min(objEnd, k+4))
		if len(object) == 0 || s.word(object[0].end) != "in" {
			return finding{}, false
		}
		object = object[:1]
	case cueAlly:
		// "an ally of X", "X and Y are allies", "its allies, X and Y":
		// the allied sides are coordinated or named right after.
		subject = s.coSubjects(subject)
		ms := s.sidesIn(k+1, end)
		if inc := s.find(k+1, end, "including"); inc >= 0 {
			// "X gained allies in its fight, including Y and Z".
			if after := s.sidesIn(inc+1, end); len(after) > 0 && after[0].first <= inc+3 {
				subject = s.sidesIn(start, k)
				ms = after
			}
		}
		if len(ms) > 0 && (ms[0].first <= k+3 || s.word(ms[0].first-1) == "including" || s.word(ms[0].first-2) == "including") {
			for _, m := range s.coordinatedFrom(ms) {
				if p := s.word(m.first - 1); p != "with" && p != "against" && p != "versus" {
					object = append(object, m)
				}
			}
		}
		if len(subject) == 0 && len(object) > 0 {
			if ms := s.sidesIn(start, k); len(ms) > 0 && s.possessive(slices.IndexFunc(s.mentions, func(x mention) bool { return x.first == ms[len(ms)-1].first })) {
				subject = ms[len(ms)-1:] // "X's allies, Y and Z"
			}
		}
	}
	if s.contradicted(k) || s.disowned(k) {
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
		f := finding{sents: []int{i}, agents: agentIDs, topic: topic, rank: rank, conf: confNegatedAgreement, rule: "not-agree"}
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
	f := finding{agree: true, sents: []int{i}, agents: agentIDs, topic: topic, rank: rank, conf: c.strength(), rule: "agree:" + s.toks[k].low}
	for _, a := range all {
		f.sides = append(f.sides, side{actor: a, stmt: s.cut(start, end), sent: i})
	}
	return f, true
}

// predicative reports whether the adjective at k is said of the subject: a
// form of "be" or "seem" stands just before it ("are very similar").
func (s *sentence) predicative(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if w := s.toks[j].low; isBeAux(w) || w == "seem" || w == "seems" || w == "remain" || w == "remains" {
			return true
		}
	}
	return false
}

// sharedView reports whether "share" at k has a view or an aim for object,
// within three words: "share a concern", "shared their goals".
func (s *sentence) sharedView(k int) bool {
	for j := k + 1; j <= k+3 && j < len(s.toks); j++ {
		switch strings.TrimSuffix(s.toks[j].low, "s") {
		case "view", "concern", "aim", "goal", "belief", "vision", "objective", "opinion", "position",
			"worrie", "worry", "fear", "doubt", "commitment", "value", "interest", "wish", "desire",
			"hope", "analysi", "assessment", "stance", "determination", "conviction", "ambition":
			return true
		}
	}
	return false
}

// disowned reports whether the agreement cue at k stands in what a
// rejection or a denial before it in the sentence disowns: "X rejected
// the idea that Y and Z appeal to the same voters".
func (s *sentence) disowned(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if c := s.cueAt(j); c == cueReject && s.toks[j].mention < 0 {
			return true
		}
	}
	return false
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
	if k+width >= len(s.toks) {
		return finding{}, false // "But." and nothing after it
	}
	end := s.clauseEnd(k + width)
	b, okB := s.subjectIn(k+width, end)
	a, okA := prev.subjectIn(0, len(prev.toks))
	if !okA || !okB || r.affiliated(a.actor, b.actor) {
		return finding{}, false
	}
	if !prev.holdsStance(0, len(prev.toks)) && !s.holdsStance(k+width, end) {
		return finding{}, false
	}
	f := finding{sents: []int{i - 1, i}, conf: confTurn, agents: []int{b.actor}, rule: "turn"}
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
