package actors

import (
	"strings"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// ReferenceReach is how many sentences back a pronoun looks for the actor
// it stands for. News prose names its actors again every few sentences;
// further back, a guess is more often wrong than right.
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
	refPerson          // he, she
	refOrg             // it, they
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

// resolve adds to sentence i the pronouns the reading can resolve where
// Find named nothing: in subject position or after a verb of conflict,
// and possessive pronouns before a claim or a spokesman. Each stands for
// the most recent compatible actor, as the text makes it clear; anything
// less clear is left alone. Descriptions ("the party", "the prime
// minister") are Find's to link (describe.go), once, for every stage: a
// second rule here for them read as many wrong sides as right ones.
func (r *Reading) resolve(i int) {
	s := &r.Sentences[i]
	for k := 0; k < len(s.Tokens); k++ {
		t := &s.Tokens[k]
		if t.Mention >= 0 || t.Kind != text.Word || !t.Class.Has(lexicon.PersonPronoun|lexicon.OrgPronoun) {
			continue
		}
		// Each reference is placed at once: a later one in the sentence
		// may refer back to it ("He said he ...").
		if m, ok := r.pronounRef(i, k); ok {
			s.Mentions = append(s.Mentions, m)
			s.placeMentions()
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

// antecedent returns the actor a pronoun at token k of sentence i stands
// for: the subject of its own sentence before it, or else of the nearest
// sentence before with a compatible one, or else the most recent
// compatible actor named. Subjects come first because a story keeps
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
