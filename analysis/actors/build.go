package actors

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// build turns clusters into actors: types, names, aliases, mentions, roles
// and salience, most salient first. The rules propose which clusters are
// actors, and the filter f gives each its Confidence; with no filter the
// features of each are returned beside it instead, for training one.
func build(d *document, cands []candidate, clusters []*cluster, f *Filter) ([]Actor, []Features) {
	starts, infos := readMentions(d, cands)
	subject := subjects(d, cands, starts)
	kept := make([]bool, len(clusters))
	// The features of each kept cluster, in d's scratch: rank copies
	// out what a caller gets, and at some seven hundred bytes a cluster
	// they are worth keeping for the next text.
	feats := slices.Grow(d.feats[:0], len(clusters))[:len(clusters)]
	clear(feats)
	proposeNamed(d, cands, clusters, infos, subject, starts, kept, feats)
	marks := d.marks
	named := len(clusters)
	cands, clusters, kept, infos, subject = addGroups(d, marks, cands, clusters, kept, infos, subject)
	starts = addStarts(d, cands, starts)
	feats = groupFeatures(d, cands, clusters[named:], infos, subject, starts, feats)
	d.feats = feats
	cands, infos, subject = linkDescriptions(d, marks, cands, clusters, kept, infos, subject)
	cands, infos, subject = linkMembers(d, cands, clusters, kept, infos, subject)
	// The actors in clusters' order and each one's cluster, in d's
	// scratch too: rank returns them sorted, in slices of their own.
	actors := slices.Grow(d.gathered[:0], len(clusters))
	from := slices.Grow(d.from[:0], len(clusters))
	actors, from = gather(d, cands, clusters, kept, feats, infos, subject, f, actors, from)
	sorted, out := rank(actors, from, feats, f)
	clear(actors) // they share the mentions and aliases of the answer
	d.gathered, d.from = actors[:0], from[:0]
	return sorted, out
}

// readMentions returns, for each candidate, the token its span starts at
// and the role the text gives it, in d's scratch slices, kept for the next
// text.
func readMentions(d *document, cands []candidate) (starts []int, infos []roleInfo) {
	starts = slices.Grow(d.starts[:0], len(cands))[:len(cands)]
	infos = slices.Grow(d.infos[:0], len(cands))[:len(cands)]
	d.starts, d.infos = starts, infos
	for i := range cands {
		starts[i] = spanStart(d, &cands[i])
		infos[i] = roleOf(d, &cands[i], starts[i])
	}
	return starts, infos
}

// proposeNamed types each cluster of names and marks in kept those the
// rules propose as actors, setting in feats the features the filter reads
// of each. The caller makes kept and feats, so that small ones stay on its
// stack.
func proposeNamed(d *document, cands []candidate, clusters []*cluster, infos []roleInfo, subject []bool, starts []int, kept []bool, feats []Features) {
	for k, cl := range clusters {
		cl.typ = typeOf(d, cands, cl, infos)
		if kept[k] = propose(d, cands, cl, infos, subject); kept[k] {
			feats[k] = featuresOf(d, cands, cl, infos, subject, starts)
		}
	}
}

// addStarts extends starts to the candidates added after it was made, in
// d's scratch slice.
func addStarts(d *document, cands []candidate, starts []int) []int {
	for i := len(starts); i < len(cands); i++ {
		starts = append(starts, spanStart(d, &cands[i]))
	}
	d.starts = starts
	return starts
}

// groupFeatures appends to feats the features of each lower-case group.
// A group the text names twice, acting, is an actor (Confidence 1), its
// features zero; one named once is a proposal like the others.
func groupFeatures(d *document, cands []candidate, groups []*cluster, infos []roleInfo, subject []bool, starts []int, feats []Features) []Features {
	for _, cl := range groups {
		var x Features
		if len(cl.cands) == 1 {
			x = featuresOf(d, cands, cl, infos, subject, starts)
			x[xLowerGroup] = 1
		}
		feats = append(feats, x)
	}
	return feats
}

// gather appends to actors an actor of each kept cluster, in the clusters'
// order, with its confidence and salience, and to from each actor's
// cluster. The caller makes actors and from with room for every cluster.
func gather(d *document, cands []candidate, clusters []*cluster, kept []bool, feats []Features, infos []roleInfo, subject []bool, f *Filter, actors []Actor, from []int) ([]Actor, []int) {
	// Mentions and aliases of all actors share two backing arrays, each
	// actor taking a capped slice of them.
	mentionBuf := make([]Mention, len(cands))
	aliasBuf := make([]string, len(cands))
	scores := make([]float64, 0, len(clusters))
	total := 0.0
	for k, cl := range clusters {
		if !kept[k] {
			continue
		}
		n := len(cl.cands)
		a, score := actorOf(d, cands, cl, infos, subject, mentionBuf[:0:n], aliasBuf[:0:n])
		if f != nil && k < len(feats) && feats[k] != (Features{}) {
			a.Confidence = f.Prob(&feats[k])
		}
		mentionBuf, aliasBuf = mentionBuf[n:], aliasBuf[n:]
		actors = append(actors, a)
		from = append(from, k)
		scores = append(scores, score)
		total += score
	}
	for i := range actors {
		if total > 0 {
			actors[i].Salience = scores[i] / total
		}
	}
	return actors, from
}

// actorOf makes the actor of cluster cl, appending its mentions and
// aliases to the empty slices given, and returns the score its salience
// is the share of.
func actorOf(d *document, cands []candidate, cl *cluster, infos []roleInfo, subject []bool, mentions []Mention, aliases []string) (Actor, float64) {
	a := Actor{Type: cl.typ, Mentions: mentions, Aliases: aliases, Confidence: 1}
	score := 0.0
	for _, i := range cl.cands {
		c := &cands[i]
		if n := len(a.Mentions); n > 0 && a.Mentions[n-1].Span == c.Span {
			continue
		}
		a.Mentions = append(a.Mentions, Mention{Span: c.Span, Kind: c.kind, Sentence: c.sent})
		if alias := c.Span.In(d.src); !slices.Contains(a.Aliases, alias) {
			a.Aliases = append(a.Aliases, alias)
		}
		a.Aliases = appendPartAliases(d, cl, c, a.Aliases)
		if cl.entity == nil || cl.entity.Kind == gazetteer.Organization {
			for _, role := range infos[i].roles {
				if len(a.Roles) < 4 && !slices.ContainsFunc(a.Roles, func(r string) bool { return sameRole(r, role) }) {
					a.Roles = append(a.Roles, role)
				}
			}
		}
		score += weight(c, subject[i])
	}
	a.Name = canonical(d, cands, cl)
	appendParticleAlias(d, &a)
	appendSingularAlias(d, &a)
	if d.doc.Title != "" && inTitle(d.doc.Title, a) {
		score += 2
	}
	if cl.typ == Location {
		score *= 0.3
	}
	return a, score
}

// rank orders the actors most salient first, earliest first among equals,
// and numbers their IDs in that order. With no filter f, the features of
// each actor's cluster come beside it.
func rank(actors []Actor, from []int, feats []Features, f *Filter) ([]Actor, []Features) {
	order := make([]int, len(actors))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		x, y := &actors[i], &actors[j]
		if c := cmp.Compare(y.Salience, x.Salience); c != 0 {
			return c
		}
		return cmp.Compare(x.Mentions[0].Start, y.Mentions[0].Start)
	})
	sorted := make([]Actor, len(actors))
	var out []Features
	if f == nil {
		out = make([]Features, len(actors))
	}
	for r, i := range order {
		sorted[r] = actors[i]
		sorted[r].ID = actorID(r + 1)
		if f == nil {
			if k := from[i]; k < len(feats) {
				out[r] = feats[k]
			}
		}
	}
	return sorted, out
}

// actorIDs are the IDs of the first actors of a text, made once: strings
// are immutable, so every text's actor 1 can share one "actor-1" rather
// than allocate its own.
var actorIDs = func() []string {
	ids := make([]string, 128)
	for i := range ids {
		ids[i] = "actor-" + strconv.Itoa(i+1)
	}
	return ids
}()

// actorID returns the ID of the n-th actor, from 1.
func actorID(n int) string {
	if n-1 < len(actorIDs) {
		return actorIDs[n-1]
	}
	return "actor-" + strconv.Itoa(n)
}

// spanStart returns the index of the token where c's span starts.
func spanStart(d *document, c *candidate) int {
	k := c.first
	for k > 0 && d.toks[k-1].Start >= c.Span.Start {
		k--
	}
	return k
}

// subjects marks the candidates that act in their sentence: the first one,
// when it opens the sentence, and any followed by a verb such as "said".
func subjects(d *document, cands []candidate, starts []int) []bool {
	out := make([]bool, len(cands))
	firstSeen := make([]bool, len(d.sent)) // by sentence
	for i := range cands {
		c := &cands[i]
		if !firstSeen[c.sent] {
			firstSeen[c.sent] = true
			words := 0 // counted no further than 3: only "more than two" matters
			for k := d.sent[c.sent]; k < starts[i] && words <= 2; k++ {
				if d.toks[k].Kind == text.Word {
					words++
				}
			}
			if words <= 2 {
				out[i] = true
			}
		}
		if isActVerb(d.word(c.end)) && !d.possessive(c.end-1) {
			out[i] = true
		}
		if c.modifier {
			out[i] = false
		}
	}
	return out
}

// weight is one mention's contribution to its actor's salience: names count
// more than demonyms, early mentions more than late ones, subjects more
// than settings.
func weight(c *candidate, subject bool) float64 {
	w := 1.0
	switch c.kind {
	case Demonym:
		w = 0.6
	case Description:
		w = 0.8
	}
	w *= 1 + 1/float64(1+c.sent)
	if subject {
		w *= 1.5
	}
	if c.setting {
		w *= 0.4
	} else if c.modifier {
		w *= 0.7
	}
	return w
}

// inTitle reports whether the headline given apart from the text names a,
// by one of its aliases as a whole word.
func inTitle(title string, a Actor) bool {
	for _, alias := range a.Aliases {
		if namedIn(title, alias) {
			return true
		}
	}
	return false
}

func isWordByte(s string, i int) bool {
	c := rune(s[i])
	return c >= 0x80 || unicode.IsLetter(c) || unicode.IsDigit(c)
}

// typeOf decides a cluster's type. Gazetteer entities have theirs; other
// names are typed from the evidence of their mentions: honorifics, titles
// and person roles make a person; organisation heads ("Union"), acronyms
// and organisation roles make an organisation; place heads and settings a
// place. A name of two words or more with no evidence either way takes
// the type the tagger gives most of its mentions, person or organisation;
// failing that, it reads as a person when none of its words is an
// ordinary word of the text. The tagger is not asked about single words:
// it takes firms named by one word ("Sony", "Visa") for people or places
// more often than the rules' default, an organisation, does.
func typeOf(d *document, cands []candidate, cl *cluster, infos []roleInfo) Type {
	if t, ok := fixedType(cands, cl); ok {
		return t
	}
	ev := countEvidence(cands, cl, infos)
	if t, ok := ev.votedType(len(cl.cands)); ok {
		return t
	}
	if ev.multi >= 0 && referredAsPerson(d, cands, cl) && personShaped(d, &cands[ev.multi]) {
		// referredAsPerson first: it is the cheaper, and personShaped may
		// build the text's set of lower-case words.
		return Person
	}
	return Organization
}

// fixedType returns the type of a cluster that has one before its
// mentions are weighed: a gazetteer entity, a place, a government.
func fixedType(cands []candidate, cl *cluster) (Type, bool) {
	switch {
	case cl.entity != nil:
		switch cl.entity.Kind {
		case gazetteer.Country:
			// A country named only as a setting ("sales in Germany") is
			// a place, not an actor.
			for _, i := range cl.cands {
				if !cands[i].setting && !cands[i].modifier {
					return Country, true
				}
			}
			return Location, true
		case gazetteer.Organization:
			return Organization, true
		}
		for _, i := range cl.cands {
			if cands[i].kind == Demonym || cands[i].group {
				return Group, true
			}
		}
		return Location, true
	case cl.place:
		return Location, true
	case cl.key == "gov:the government":
		return Country, true
	case cl.gov != "":
		return Organization, true
	}
	return Unknown, false
}

// typeEvidence is what the mentions of a cluster say of its type.
type typeEvidence struct {
	// Votes of the rules: an honorific or the finder's hint counts two,
	// a role one.
	person, org, place int
	settings           int // mentions after a preposition of place
	// Mentions the tagger tags as a person, an organisation, a place.
	nerPer, nerOrg, nerLoc int
	multi                  int // the candidate of the longest mention of two words or more; -1 for none
}

// countEvidence counts the evidence of cluster cl's mentions.
func countEvidence(cands []candidate, cl *cluster, infos []roleInfo) typeEvidence {
	ev := typeEvidence{multi: -1}
	for _, i := range cl.cands {
		c := &cands[i]
		switch c.ner {
		case ner.PER:
			ev.nerPer++
		case ner.ORG:
			ev.nerOrg++
		case ner.LOC:
			ev.nerLoc++
		}
		switch {
		case c.honorific != "" || c.hint == Person:
			ev.person += 2
		case c.hint == Organization:
			ev.org += 2
		case c.hint == Location:
			ev.place += 2
		}
		if infos[i].person {
			ev.person++
		}
		if infos[i].org {
			ev.org++
		}
		if c.setting {
			ev.settings++
		}
		if c.end-c.first >= 2 && (ev.multi < 0 || c.end-c.first > cands[ev.multi].end-cands[ev.multi].first) {
			ev.multi = i
		}
	}
	return ev
}

// votedType returns the type the evidence of a cluster of n mentions
// decides, if it does: the rules' votes, then all mentions settings, then
// for a name of two words or more the tagger's majority.
func (ev *typeEvidence) votedType(n int) (Type, bool) {
	switch {
	case ev.person > 0 && ev.person >= ev.org && ev.person >= ev.place:
		return Person, true
	case ev.org > 0 && ev.org >= ev.place:
		return Organization, true
	case ev.place > 0:
		return Location, true
	case ev.settings == n:
		return Location, true
	case ev.multi >= 0 && ev.nerPer > ev.nerOrg+ev.nerLoc:
		// "Gatewood Galbraith", "Kim Clijsters": two words the rules
		// cannot tell from a firm's name.
		return Person, true
	case ev.multi >= 0 && ev.nerOrg > ev.nerPer+ev.nerLoc:
		// "Merrill Lynch", "Sheffield United": a firm or club referred
		// to by its last word, as people are.
		return Organization, true
	}
	return Unknown, false
}

// referredAsPerson reports whether a cluster is referred to the way news
// text refers to people: its full name once, or by the surname alone.
// Organisations are repeated in full or shortened to their first word
// ("Kestrel Networks", "Kestrel").
func referredAsPerson(d *document, cands []candidate, cl *cluster) bool {
	full, surnames := 0, 0
	var last string
	for _, i := range cl.cands {
		if c := &cands[i]; c.end-c.first >= 2 {
			full++
			last = d.bare(c.end - 1)
		}
	}
	var first string
	for _, i := range cl.cands {
		if c := &cands[i]; c.end-c.first >= 2 {
			first = d.bare(c.first)
			break
		}
	}
	for _, i := range cl.cands {
		c := &cands[i]
		if c.end-c.first != 1 {
			continue
		}
		switch d.bare(c.first) {
		case last:
			surnames++
		case first:
			return false // "Kestrel" for "Kestrel Networks"
		}
	}
	return full == 1 || surnames > 0
}

// propose decides whether a cluster is proposed as an actor. Dropped are countries named
// only as modifiers ("UK firm", "American constitution"), which do not act,
// regions named only by their adjective ("European markets"), names
// that are only an organisation's head word ("Trust", "Radio"),
// and names of one word mentioned once with nothing to show they act: no
// role, no honorific, not a subject, not in a parenthesis pair, not
// possessive, not the agent of a passive ("a tour taking in Leeds, York",
// "the new Zephyr").
func propose(d *document, cands []candidate, cl *cluster, infos []roleInfo, subject []bool) bool {
	if cl.entity != nil && cl.entity.Kind == gazetteer.Country {
		for _, i := range cl.cands {
			if !cands[i].modifier {
				return true
			}
		}
		return false
	}
	if cl.entity != nil && cl.entity.Kind == gazetteer.Region {
		// A region named only by its adjective ("European markets",
		// "a Scottish firm", "English football") is no actor; its
		// name, its people ("Europeans") or a group of them
		// ("European leaders") may be.
		for _, i := range cl.cands {
			if c := &cands[i]; c.kind != Demonym || c.group || c.entry.Form == gazetteer.People {
				return true
			}
		}
		return false
	}
	if cl.entity != nil || cl.gov != "" || cl.place {
		return true
	}
	if loneHeads(d, cands, cl) {
		return false
	}
	if len(cl.cands) > 1 {
		return true
	}
	i := cl.cands[0]
	c := &cands[i]
	if c.end-c.first > 1 || c.kind == Description {
		return true
	}
	return c.honorific != "" || c.title != "" || len(infos[i].roles) > 0 || subject[i] ||
		d.possessive(c.end-1) || c.acronymOf >= 0 || c.hint == Organization && c.kind != Acronym && !c.modifier ||
		passiveAgent(d, c)
}

// passiveAgent reports whether the name c is the agent of a passive
// ("was developed by Halden"), which acts.
func passiveAgent(d *document, c *candidate) bool {
	a := c.first
	return a >= 2 && d.tok(a-1) == "by" && strings.HasSuffix(d.word(a-2), "ed")
}

// loneHeads reports whether every mention of cl is one word that heads
// organisations' names cut off from the rest of its name: by a number
// ("Radio" of "Radio 4's Today") or a possessive before it ("Trust" of
// "Smith's Trust"). "Parliament" or "the Commission" on their own are
// names.
func loneHeads(d *document, cands []candidate, cl *cluster) bool {
	for _, i := range cl.cands {
		c := &cands[i]
		if c.end-c.first != 1 || c.kind == Acronym || !d.has(c.first, wordOrgHead) {
			return false
		}
		if next := c.end; next < len(d.toks) && d.toks[next].Kind == text.Number {
			continue
		}
		if c.first > 0 && d.possessive(c.first-1) {
			continue
		}
		return false
	}
	return true
}

// personShaped reports whether c's name looks like a person's: two or three
// words, each capitalised and not in capitals throughout, none used in
// lower case elsewhere in the text.
func personShaped(d *document, c *candidate) bool {
	n := c.end - c.first
	if n < 2 || n > 3 {
		return false
	}
	for k := c.first; k < c.end; k++ {
		w := d.bare(k)
		if !startsUpper(w) || allCaps(w) || d.lowerSeenAt(k) {
			return false
		}
	}
	return true
}

// betterForm reports whether candidate a's name is a fuller form than b's
// of the same number of words.
func betterForm(d *document, a, b *candidate) bool {
	x := strings.TrimSuffix(d.span(a.first, a.end).In(d.src), ".")
	y := strings.TrimSuffix(d.span(b.first, b.end).In(d.src), ".")
	if len(x) != len(y) {
		return len(x) > len(y)
	}
	return strings.HasSuffix(b.Span.In(d.src), ".") && !strings.HasSuffix(a.Span.In(d.src), ".")
}

// canonical returns a cluster's name: the gazetteer's for known entities,
// otherwise the fullest proper form the text gives ("Nadia Ferrante" over
// "Ms Ferrante" over "Ferrante"; "Coastal Heritage Foundation" over "CHF").
func canonical(d *document, cands []candidate, cl *cluster) string {
	switch {
	case cl.entity != nil && cl.entity.Kind == gazetteer.Region:
		for _, i := range cl.cands {
			if cands[i].group {
				return cands[i].Span.In(d.src)
			}
		}
		return cl.entity.Name
	case cl.entity != nil:
		return cl.entity.Name
	case cl.key == "gov:the government":
		return "the government"
	case cl.typ == Group && cl.entity == nil:
		// A lower-case group: its fullest mention ("public service
		// unions" over "unions").
		best := cl.cands[0]
		for _, i := range cl.cands {
			// Among mentions of one length, one in lower case: a
			// capital only opens a sentence ("Voters said ...").
			n, bn := cands[i].end-cands[i].first, cands[best].end-cands[best].first
			if n > bn || n == bn && d.capWord(cands[best].first) && !d.capWord(cands[i].first) {
				best = i
			}
		}
		// Read from the head's modifiers: a count or nationality before
		// them ("three" in "three online journalists") is not the name.
		return d.span(cands[best].first, cands[best].end).In(d.src)
	}
	best, bestLen := -1, 0
	for _, i := range cl.cands {
		c := &cands[i]
		n := c.end - c.first
		if c.kind == Acronym || c.nickname {
			n = 0 // any name beats an acronym or a team's nickname
		}
		if c.kind == Description {
			n = -1
		}
		// Among forms of one length in words, prefer the longer in letters
		// ("Liberal Democrats" over "Lib Dems"), then one without an
		// abbreviation's dot ("Widget Corp" over "Widget Corp." ending a
		// sentence).
		if best < 0 || n > bestLen || n == bestLen && betterForm(d, c, &cands[best]) {
			best, bestLen = i, n
		}
	}
	c := &cands[best]
	if c.kind == Description {
		return c.Span.In(d.src)
	}
	sp := d.span(c.first, c.end)
	sp.Start = max(sp.Start, c.Span.Start) // "Scottish Office" in "Ex-Scottish Office"
	name := sp.In(d.src)
	if c.honorific != "" && nameHonorifics.has(c.honorific) {
		return c.honorific + " " + name // "Lord Pembury", "Lord Pembury of Ashcombe"
	}
	return name
}

// sameRole reports whether two roles are one, as normKey compares them,
// without building the keys: most roles differ in length.
func sameRole(a, b string) bool {
	if len(a) == len(b) && strings.EqualFold(a, b) {
		return true
	}
	return normKey(a) == normKey(b)
}
