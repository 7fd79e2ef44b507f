package actors

import (
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Affiliated reports whether actors a and b speak for one side: the text
// calls one by the other ("Tory leader X", "the union's X", "X of the
// union"), or one's roles name the other.
func (r *Reading) Affiliated(a, b int) bool {
	if a == b {
		return true
	}
	if r.affil == nil {
		r.affil = r.affiliations()
	}
	return r.affil[[2]int{min(a, b), max(a, b)}]
}

// affiliations finds the pairs of actors that one side holds: a person
// qualified by an organisation or country ("Green co-chairman Ana Reyes",
// "the Harbour Union's Tom Blake", "Lena Ortiz, from Coastwatch,", "a
// spokesman for X"), and a person whose role names an organisation.
func (r *Reading) affiliations() map[[2]int]bool {
	out := map[[2]int]bool{}
	add := func(a, b int) {
		if a != b {
			out[[2]int{min(a, b), max(a, b)}] = true
		}
	}
	for i := range r.Sentences {
		s := &r.Sentences[i]
		for mi := range s.Mentions {
			// A mention and the one right after it: a person and the body
			// qualifying them stand together.
			if mi+1 == len(s.Mentions) {
				break
			}
			m, n := s.Mentions[mi], s.Mentions[mi+1]
			if m.Via != ByName || n.Via != ByName || n.First-m.End > 4 || m.Person == n.Person {
				continue
			}
			between := s.Tokens[m.End:n.First]
			// "X leader Y" and "X's Y": a title or nothing between an
			// organisation and its person; "Y, from X," and "Y of the
			// X": the person's body after a preposition.
			words := true
			for _, t := range between {
				if t.Kind != text.Word || t.Class.Has(lexicon.Function|lexicon.Report|lexicon.AnyCue) {
					words = false
				}
			}
			var last string
			for l := len(between) - 1; l >= 0; l-- {
				if !between[l].Class.Has(lexicon.Determiner) {
					last = between[l].Word
					break
				}
			}
			switch {
			case !m.Person && n.Person && (words || s.Qualified(m, s.Mentions[mi+1:]).First == n.First):
				add(m.Actor, n.Actor)
			case m.Person && !n.Person && len(between) <= 3 && (last == "from" || last == "of" || last == "at" || last == "for"):
				add(m.Actor, n.Actor)
			case m.Person && !n.Person && len(between) <= 5 && leads(between):
				// "X, who chairs the trust,", "X, head of the trust".
				add(m.Actor, n.Actor)
			}
		}
	}
	for a := range r.Actors {
		if len(r.Actors[a].Roles) == 0 {
			continue
		}
		for b := range r.Actors {
			if b == a || r.Actors[b].Type == Location {
				continue
			}
			if r.rolesName(a, b) {
				add(a, b)
			}
		}
	}
	return out
}

// leads reports whether the words between a person and an organisation
// say that the person leads or speaks for it: ", who chairs the", ", head
// of the", ", a spokesman for".
func leads(between []Token) bool {
	for i, t := range between {
		switch t.Word {
		case "chairs", "leads", "heads", "runs", "represents", "founded", "directs", "manages", "chaired", "led", "headed":
			return i > 0 && between[i-1].Word == "who"
		case "of", "for", "at":
			return i > 0 && between[i-1].Class.Has(lexicon.Title|lexicon.Spokes)
		}
	}
	return false
}

// rolesName reports whether one of actor a's roles names actor b: "Tory
// co-chairman" names the Tories, "general secretary of Unison" Unison.
func (r *Reading) rolesName(a, b int) bool {
	// Called for every pair of actors of which the first has a role, so
	// the name and the aliases are read where they are, not gathered into
	// a new slice each time.
	other := &r.Actors[b]
	for _, role := range r.Actors[a].Roles {
		if RoleNames(role, other) {
			return true
		}
	}
	return false
}

// RoleNames reports whether role holds the name or an alias of act as
// whole words, case aside: "Labour spokesman" and "Labour's chair" name
// Labour. Names of two letters or fewer name nothing: "US" is also a
// word. Later stages ask it to find the body a person speaks for.
func RoleNames(role string, act *Actor) bool {
	if len(act.Name) > 2 && text.ContainsWords(role, act.Name) {
		return true
	}
	for _, n := range act.Aliases {
		if len(n) > 2 && text.ContainsWords(role, n) {
			return true
		}
	}
	return false
}
