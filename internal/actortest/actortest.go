// Package actortest builds the actors of a test text by hand, as package
// actors' Find would report them but without running it, so that the
// tests of the stages that read actors (the reading in actors, disputes)
// say exactly which actors a text has and where it names them.
package actortest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Spec describes one actor of a test text: its name, its type, the
// surface forms that mention it and the roles the text gives it.
type Spec struct {
	Name     string
	Type     actors.Type
	Forms    []string // every form that names it, its name among them
	Roles    []string // as Find reads them from the text ("union leader")
	Demonyms []string // the forms that are demonyms ("Tallisian")
}

// Person, Org and Country return the spec of an actor of that type
// named name, mentioned by name and by forms.
func Person(name string, forms ...string) Spec {
	return Spec{Name: name, Type: actors.Person, Forms: append(forms, name)}
}

// Org is Person for an organisation.
func Org(name string, forms ...string) Spec {
	return Spec{Name: name, Type: actors.Organization, Forms: append(forms, name)}
}

// Country is Person for a country.
func Country(name string, forms ...string) Spec {
	return Spec{Name: name, Type: actors.Country, Forms: append(forms, name)}
}

// WithDemonyms returns sp with forms that mention it as a demonym.
func (sp Spec) WithDemonyms(forms ...string) Spec {
	sp.Demonyms = forms
	sp.Forms = append(slices.Clip(sp.Forms), forms...)
	return sp
}

// Doc segments src and builds its actors from specs: every whole-word
// occurrence of a form is a mention, longer forms first, and an actor's
// forms are its aliases. Actor i has ID "actor-<i+1>".
func Doc(src string, specs ...Spec) (*text.Document, []actors.Actor) {
	doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
	type hit struct {
		actor      int
		start, end int
	}
	type form struct {
		actor int
		s     string
	}
	var all []form
	for a, sp := range specs {
		for _, f := range sp.Forms {
			all = append(all, form{a, f})
		}
	}
	slices.SortStableFunc(all, func(x, y form) int { return cmp.Compare(len(y.s), len(x.s)) })
	taken := make([]bool, len(src))
	var hits []hit
	for _, f := range all {
		for off := 0; ; {
			i := strings.Index(src[off:], f.s)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(f.s)
			off = end
			if !WordEdge(src, start, end) || slices.Contains(taken[start:end], true) {
				continue
			}
			for k := start; k < end; k++ {
				taken[k] = true
			}
			hits = append(hits, hit{f.actor, start, end})
		}
	}
	slices.SortFunc(hits, func(x, y hit) int { return x.start - y.start })
	acts := make([]actors.Actor, len(specs))
	for a, sp := range specs {
		acts[a] = actors.Actor{ID: fmt.Sprintf("actor-%d", a+1), Name: sp.Name, Type: sp.Type, Roles: sp.Roles}
		for _, f := range sp.Forms {
			if !slices.Contains(acts[a].Aliases, f) {
				acts[a].Aliases = append(acts[a].Aliases, f)
			}
		}
	}
	for _, h := range hits {
		si := slices.IndexFunc(doc.Sentences, func(s text.Sentence) bool { return s.Start <= h.start && h.end <= s.End })
		kind := actors.Name
		if slices.Contains(specs[h.actor].Demonyms, src[h.start:h.end]) {
			kind = actors.Demonym
		}
		acts[h.actor].Mentions = append(acts[h.actor].Mentions, actors.Mention{Span: text.Span{Start: h.start, End: h.end}, Kind: kind, Sentence: si})
	}
	return doc, acts
}

// WordEdge reports whether src[start:end] starts and ends at word
// boundaries.
func WordEdge(src string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(src[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(src) {
		r, _ := utf8.DecodeRuneInString(src[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
