package actors

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// ReferenceReach is how many sentences back a pronoun or description looks
// for the actor it stands for. News prose names its actors again every few
// sentences; further back, a guess is more often wrong than right.
const ReferenceReach = 4

// gender is what a person's honorifics say about them, used only to keep
// "she" from resolving to "Mr X".
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// genderOf reads a person's gender from the honorifics of their mentions
// and aliases ("Mr Hale", "Ms Okonkwo"), or genderUnknown.
func genderOf(a *Actor) gender {
	look := func(s string) gender {
		first, _, ok := strings.Cut(s, " ")
		if !ok || len(first) > len("baroness.") {
			return genderUnknown
		}
		switch lower(strings.TrimSuffix(first, ".")) {
		case "mr", "lord", "sir", "king", "prince", "baron":
			return genderMale
		case "ms", "mrs", "miss", "lady", "dame", "baroness", "queen", "princess":
			return genderFemale
		}
		return genderUnknown
	}
	// The aliases are the distinct forms of the mentions, so they hold
	// every honorific the text uses.
	for _, al := range a.Aliases {
		if g := look(al); g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}

// refClass is what kind of actor a referring word can stand for.
type refClass uint8

const (
	refNone   refClass = iota
	refPerson          // he, she, the minister
	refOrg             // it, they, the party, the company
)

// pronounClass returns the class of actor a pronoun of word class c
// stands for.
func pronounClass(c lexicon.Class) refClass {
	switch {
	case c.Has(lexicon.PersonPronoun):
		return refPerson
	case c.Has(lexicon.OrgPronoun):
		return refOrg
	}
	return refNone
}

// resolve adds to sentence i the references the reading can resolve
// where Find named nothing: pronouns in subject position or
// after a verb of conflict, possessive pronouns before a claim or a
// spokesman, and definite descriptions ("the party", "the prime
// minister"). Each stands for the most recent compatible actor, as the
// text makes it clear; anything less clear is left alone.
func (r *Reading) resolve(i int) {
	s := &r.Sentences[i]
	for k := 0; k < len(s.Tokens); k++ {
		t := &s.Tokens[k]
		if t.Mention >= 0 || t.Kind != text.Word || !t.Class.Has(lexicon.PersonPronoun|lexicon.OrgPronoun|lexicon.Determiner) {
			continue
		}
		// Each reference is placed at once: a later one in the sentence
		// may refer back to it ("He said he ...").
		if m, ok := r.pronounRef(i, k); ok {
			s.Mentions = append(s.Mentions, m)
			s.placeMentions()
			continue
		}
		if m, end, ok := r.descriptionRef(i, k); ok {
			s.Mentions = append(s.Mentions, m)
			s.placeMentions()
			k = end - 1
		}
	}
}

// pronounRef resolves the pronoun at token k of sentence i when it stands
// where an actor acts or is acted on.
func (r *Reading) pronounRef(i, k int) (Ref, bool) {
	s := &r.Sentences[i]
	w := s.Tokens[k].Word
	class := pronounClass(s.Tokens[k].Class)
	if class == refNone {
		return Ref{}, false
	}
	next := s.Word(k + 1)
	switch w {
	case "he", "she":
		// A personal subject pronoun almost always means a person named
		// just before; "he said", "She accused ...".
		if !s.subjectSlot(k) {
			return Ref{}, false
		}
	case "it", "they":
		// "it" and "they" also stand for things ("it is time", "they
		// charge"); only before a verb of saying or of conflict do they
		// surely stand for an actor.
		if !s.subjectSlot(k) || !(s.Class(k+1).Has(lexicon.Report|lexicon.AnyCue) ||
			next == "also" && s.Class(k+2).Has(lexicon.Report|lexicon.AnyCue)) {
			return Ref{}, false
		}
	case "him", "them":
		if k == 0 || !s.Tokens[k-1].Class.Has(lexicon.AnyCue) {
			return Ref{}, false
		}
	case "his", "its", "their":
		// "its spokesman said", "criticised his remarks": the owner of
		// what is said.
		if n := s.Class(k + 1); !(n.Has(lexicon.Spokes|lexicon.Claim) || s.Class(k+2).Has(lexicon.Claim) && !n.Has(lexicon.Function)) {
			return Ref{}, false
		}
	}
	g := genderUnknown
	switch w {
	case "he", "him", "his":
		g = genderMale
	case "she":
		g = genderFemale
	}
	a, from, ok := r.antecedent(i, k, class, g)
	if !ok {
		return Ref{}, false
	}
	return Ref{Actor: a, Span: s.Tokens[k].Span, First: k, End: k + 1, Via: ByPronoun, From: from,
		Person: r.Actors[a].Type == Person, Country: r.Actors[a].Type == Country}, true
}

// subjectSlot reports whether token k opens a clause, where a pronoun is
// its subject: the sentence's first word, after a connective, a comma, a
// colon or a quotation mark, or after "that".
func (s *Sentence) subjectSlot(k int) bool {
	// "told reporters he hoped ...": a pronoun before a verb of saying
	// or an auxiliary is a subject wherever it stands.
	if s.Class(k + 1).Has(lexicon.Report | lexicon.Finite) {
		return true
	}
	j := k - 1
	for j >= 0 && (s.Tokens[j].Word == "also" || s.Tokens[j].Word == "now" || s.Tokens[j].Word == "then") {
		j--
	}
	if j < 0 {
		return true
	}
	p := s.Tokens[j].Word
	switch p {
	case ",", ":", ";", "—", "–", "-", "(", "that", "but", "and", "yet", "so", "however", "although",
		"though", "while", "whilst", "because", "as", "when", "if", "since", "whether", "after", "before",
		"meanwhile", "later", "instead", "still", "said", "says", "added", "insisted", "argued", "claimed",
		"warned", "believes", "believed", "thinks", "thought", "denied", "suggested":
		return true
	}
	return s.Tokens[j].Class.Has(lexicon.Quote)
}

// descriptionRef resolves a definite description starting at token k of
// sentence i: "the party", "the prime minister", "the Green co-chairman",
// "a council spokeswoman", "the firms". It returns the mention and the
// token past the description.
func (r *Reading) descriptionRef(i, k int) (Ref, int, bool) {
	s := &r.Sentences[i]
	det := s.Tokens[k].Word
	if det != "the" && det != "a" && det != "an" {
		return Ref{}, 0, false
	}
	// Up to four modifiers, then the head: "the prime minister", "the
	// former cabinet secretary", "the two companies". A name among the
	// modifiers ("the Green co-chairman") narrows a title to the person
	// whose role it is.
	head, named := -1, false
	var buf [8]string
	mods := buf[:0]
	for j := k + 1; j < len(s.Tokens) && j <= k+5 && head < 0; j++ {
		t := &s.Tokens[j]
		if t.Kind == text.Punctuation {
			break
		}
		if t.Mention >= 0 {
			m := s.Mentions[t.Mention]
			if r.Actors[m.Actor].Type == Person {
				break
			}
			named = true
			for l := m.First; l < m.End; l++ {
				mods = append(mods, lexicon.Bare(s.Tokens[l].Word))
			}
			j = m.End - 1
			continue
		}
		w := lexicon.Bare(t.Word)
		if c := lexicon.Lookup(w); c.Has(lexicon.Org | lexicon.Title) {
			head = j
			// "the party leader": the last of two heads is the head.
			if n := j + 1; n < len(s.Tokens) && s.Tokens[n].Mention < 0 && !lexicon.Possessive(t.Word) &&
				lexicon.Lookup(lexicon.Bare(s.Tokens[n].Word)).Has(lexicon.Title|lexicon.Org) {
				mods = append(mods, w)
				head = n
			}
			break
		}
		if lexicon.Lookup(w).Has(lexicon.Function) {
			break
		}
		mods = append(mods, w)
	}
	if head < 0 {
		return Ref{}, 0, false
	}
	end := head + 1
	hw := lexicon.Bare(s.Tokens[head].Word)
	if !lexicon.Possessive(s.Tokens[head].Word) && end < len(s.Tokens) {
		// A description that a name follows is an apposition ("the
		// minister, Jo Bell," or "the party leader Jo Bell"): the name
		// is the actor.
		if s.Tokens[end].Mention >= 0 || s.Word(end) == "," && end+1 < len(s.Tokens) && s.Tokens[end+1].Mention >= 0 {
			return Ref{}, 0, false
		}
		// A head followed by another noun is a modifier ("the party
		// whip"): only a word that could be a verb or a function word
		// lets it stand as the head.
		if n := s.Tokens[end]; n.Kind == text.Word && !n.Class.Has(lexicon.Function) && !n.Class.Has(lexicon.Report) &&
			!n.Class.Has(lexicon.AnyCue) && !lexicon.VerbLike(n.Word) && !strings.HasSuffix(n.Word, "s") {
			return Ref{}, 0, false
		}
	}
	var a, from int
	var ok bool
	switch {
	case lexicon.Lookup(hw).Has(lexicon.Spokes):
		// "a council spokeswoman": the modifier names the body. ("a
		// Northwind spokesman" is a mention of Northwind already.)
		if len(mods) == 0 || named {
			return Ref{}, 0, false
		}
		a, from, ok = r.byName(i, k, mods[len(mods)-1])
	case lexicon.Lookup(hw).Has(lexicon.Title):
		if det != "the" {
			return Ref{}, 0, false // "a minister" is someone unnamed
		}
		a, from, ok = r.byRole(i, k, hw, mods, !named)
	default:
		if det != "the" || named {
			return Ref{}, 0, false
		}
		a, from, ok = r.byName(i, k, strings.TrimSuffix(hw, "s"))
		if !ok && lexicon.Lookup(hw).Has(lexicon.GenericOrg) {
			a, from, ok = r.recentOrg(i, k)
		}
	}
	if !ok {
		return Ref{}, 0, false
	}
	m := Ref{Actor: a, Span: text.Span{Start: s.Tokens[k].Start, End: s.Tokens[head].End}, First: k, End: end,
		Via: ByDescription, From: from, Person: r.Actors[a].Type == Person, Country: r.Actors[a].Type == Country}
	return m, end, true
}

// recentOrg returns the organisation last named before token k of sentence
// i, within ReferenceReach sentences. The organisation of the person the
// sentence is about comes first ("Dr Fox would not discuss reports that
// the party ..." means Fox's party), and the subject of the description's
// own clause is left out: in "the council criticised the company" the
// company is not the council.
func (r *Reading) recentOrg(i, k int) (int, int, bool) {
	s := &r.Sentences[i]
	start := s.ClauseStart(k)
	subject, person := -1, false
	for mi, m := range s.Mentions {
		if m.First >= k {
			break
		}
		if m.Person && !person {
			person = true
			// The person the sentence is about: an organisation they
			// speak for, named recently, is the one meant.
			for a := range r.Actors {
				if r.Actors[a].Type == Organization && r.Affiliated(m.Actor, a) {
					if sent, _ := r.lastMention(a, i, k); sent >= 0 {
						return a, sent, true
					}
				}
			}
		}
		if m.First >= start && !s.Possessive(mi) && subject < 0 {
			subject = m.Actor
		}
	}
	for j := i; j >= max(0, i-ReferenceReach); j-- {
		t := &r.Sentences[j]
		for mi := len(t.Mentions) - 1; mi >= 0; mi-- {
			m := t.Mentions[mi]
			if j == i && m.First >= k {
				continue
			}
			if r.Actors[m.Actor].Type == Organization && m.Actor != subject {
				return m.Actor, j, true
			}
		}
	}
	return 0, 0, false
}

// byName returns the actor, mentioned at most ReferenceReach sentences before
// token k of sentence i (or earlier in it), whose name holds the word w:
// "the union" for the Transit Workers Union, "the commission".
func (r *Reading) byName(i, k int, w string) (int, int, bool) {
	if len(w) < 3 {
		return 0, 0, false
	}
	best, bestSent, bestAt := -1, -1, -1
	for a := range r.Actors {
		act := &r.Actors[a]
		if act.Type == Person || act.Type == Location || !slices.Contains(r.nameWords(a), w) {
			continue
		}
		if sent, at := r.lastMention(a, i, k); at > bestAt {
			best, bestSent, bestAt = a, sent, at
		}
	}
	if best < 0 || bestAt < 0 {
		return 0, 0, false
	}
	return best, bestSent, true
}

// lowerNames returns the lower-case name and aliases of actor a, found once
// per document for all actors.
func (r *Reading) lowerNames(a int) []string {
	if r.lowNames == nil {
		r.lowNames = make([][]string, len(r.Actors))
	}
	if r.lowNames[a] == nil {
		act := &r.Actors[a]
		out := make([]string, 0, 1+len(act.Aliases))
		add := func(n string) {
			if n = lower(n); len(n) > 2 && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
		add(act.Name)
		for _, al := range act.Aliases {
			add(al)
		}
		r.lowNames[a] = out
	}
	return r.lowNames[a]
}

// nameWords returns the lower-case words of actor a's name and aliases,
// found once per document.
func (r *Reading) nameWords(a int) []string {
	if r.words == nil {
		r.words = make([][]string, len(r.Actors))
	}
	if r.words[a] == nil {
		out := []string{}
		for _, n := range r.lowerNames(a) {
			for _, f := range strings.Fields(n) {
				if !slices.Contains(out, f) {
					out = append(out, f)
				}
			}
		}
		r.words[a] = out
	}
	return r.words[a]
}

// byRole returns the person a title stands for: one whose roles in the
// text have the title's head and modifiers ("the Green co-chairman"), or
// else the most recent person of unknown office, since a story names the
// holder of "the prime minister" before it says "the prime minister".
func (r *Reading) byRole(i, k int, head string, mods []string, guess bool) (int, int, bool) {
	// A role the text gave someone names them however far back they
	// were named: "the Green co-chairman" is the one person so called.
	best, bestSent, bestAt := -1, -1, -1
	for a := range r.Actors {
		act := &r.Actors[a]
		if act.Type != Person || !titleMatches(act.Roles, head, mods) {
			continue
		}
		if sent, at := r.lastMentionWithin(a, i, k, i); at > bestAt {
			best, bestSent, bestAt = a, sent, at
		}
	}
	if best >= 0 && bestAt >= 0 {
		return best, bestSent, true
	}
	// Only a bare title of one office guesses: "the former cabinet
	// secretary" or "the spokesman" may be anyone, "the prime minister"
	// is the one the story named.
	if !guess || !headOfGovernment(head, mods) {
		return 0, 0, false
	}
	// Not someone named earlier in the description's own clause: in "X
	// would not allow a role for the chancellor" the chancellor is not X.
	start := r.Sentences[i].ClauseStart(k)
	for j := i; j >= max(0, i-ReferenceReach); j-- {
		s := &r.Sentences[j]
		for mi := len(s.Mentions) - 1; mi >= 0; mi-- {
			m := s.Mentions[mi]
			if j == i && (m.First >= k || m.First >= start) {
				continue
			}
			if act := &r.Actors[m.Actor]; act.Type == Person && len(act.Roles) == 0 && m.Via == ByName {
				return m.Actor, j, true
			}
		}
	}
	return 0, 0, false
}

// headOfGovernment reports whether "the <mods> <head>" names the one
// office a story about a government turns on, "the prime minister", "the
// first minister", "the president", whose holder it names before using
// the title. Other titles ("the chancellor", "the secretary") have too
// many holders to guess.
func headOfGovernment(head string, mods []string) bool {
	switch {
	case head == "president" || head == "premier":
		return len(mods) == 0
	case head == "minister":
		return len(mods) == 1 && (mods[0] == "prime" || mods[0] == "first")
	}
	return false
}

// titleMatches reports whether one of roles has head as a word and every
// content modifier of the description too.
func titleMatches(roles []string, head string, mods []string) bool {
	for _, role := range roles {
		words := strings.Fields(strings.ToLower(role))
		has := func(w string) bool {
			for _, x := range words {
				if x == w || strings.TrimPrefix(x, "ex-") == w {
					return true
				}
			}
			return false
		}
		if !has(head) {
			continue
		}
		ok := true
		for _, m := range mods {
			if !lexicon.Lookup(m).Has(lexicon.Function) && m != "former" && !has(m) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// lastMention returns the sentence of a's last mention before token k of
// sentence i, within ReferenceReach sentences, and where it starts in the
// text, a byte offset: the later of two mentions starts further on. Both
// are -1 when there is none.
func (r *Reading) lastMention(a, i, k int) (sent, at int) {
	return r.lastMentionWithin(a, i, k, ReferenceReach)
}

// lastMentionWithin is lastMention looking back back sentences.
func (r *Reading) lastMentionWithin(a, i, k, back int) (sent, at int) {
	for j := i; j >= max(0, i-back); j-- {
		s := &r.Sentences[j]
		for mi := len(s.Mentions) - 1; mi >= 0; mi-- {
			m := s.Mentions[mi]
			if m.Actor == a && (j < i || m.First < k) {
				return j, m.Span.Start
			}
		}
	}
	return -1, -1
}

// antecedent returns the actor a pronoun or description at token k of
// sentence i stands for: the subject of its own sentence before it, or else
// of the nearest sentence before with a compatible one, or else the most
// recent compatible actor named. Subjects come first because a story keeps
// talking about whom it just made act ("X said ... He added ...").
func (r *Reading) antecedent(i, k int, class refClass, g gender) (int, int, bool) {
	fits := func(m Ref) bool {
		act := &r.Actors[m.Actor]
		switch class {
		case refPerson:
			if act.Type != Person {
				return false
			}
			if g != genderUnknown {
				if ag := r.gender[m.Actor]; ag != genderUnknown && ag != g {
					return false
				}
			}
			return true
		case refOrg:
			return act.Type == Organization || act.Type == Country || act.Type == Group
		}
		return false
	}
	if class == refPerson && r.Sentences[i].unnamedSpeaker(k) {
		// "A spokesman said ..., but he ...": "he" is the unnamed
		// spokesman, not someone named later in the sentence.
		return 0, 0, false
	}
	for j := i; j >= max(0, i-ReferenceReach); j-- {
		s := &r.Sentences[j]
		var last = -1
		for mi, m := range s.Mentions {
			if j == i && m.First >= k {
				break
			}
			if !fits(m) {
				continue
			}
			// Within the pronoun's own sentence, only what stands outside
			// quotation marks is a subject it can refer back to: "'...,'
			// he said" means the speaker, not someone quoted.
			if j == i && s.Tokens[m.First].Quoted != s.Tokens[k].Quoted {
				continue
			}
			if !s.Tokens[m.First].Quoted && !s.Possessive(mi) {
				return m.Actor, j, true
			}
			if j < i && (last < 0 || !s.Tokens[m.First].Quoted) {
				// In an earlier sentence any named actor will do; in the
				// pronoun's own, "Mr X's government was bad, he said"
				// does not make X the speaker.
				last = mi
			}
		}
		if j < i && s.Speaker >= 0 && fits(Ref{Actor: s.Speaker}) {
			return s.Speaker, j, true
		}
		if last >= 0 {
			return s.Mentions[last].Actor, j, true
		}
	}
	return 0, 0, false
}

// unnamedSpeaker reports whether the sentence, before token k, opens with
// a person the text does not name ("A spokesman said", "The minister
// told ..."), whom a later "he" or "she" in it most likely means.
func (s *Sentence) unnamedSpeaker(k int) bool {
	for j := 0; j < k && j < SubjectReach; j++ {
		t := &s.Tokens[j]
		if t.Mention >= 0 {
			return false
		}
		if t.Kind == text.Word && t.Class.Has(lexicon.Spokes|lexicon.Title) {
			return true
		}
	}
	return false
}

// Possessive reports whether mention mi ends in "'s" or "'": "Mr Blair's
// refusal", "the Tories' proposals".
func (s *Sentence) Possessive(mi int) bool {
	m := s.Mentions[mi]
	last := s.Tokens[m.End-1].Word
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return true
	}
	n := s.Word(m.End)
	return n == "'" || n == "’" || n == "'s" || n == "’s"
}
