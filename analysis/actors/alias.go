package actors

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// Aliases beyond the mentions' texts: a mention written with a country's
// name before it or inside it holds two surface forms of its actor, and
// readers list both. "the US Federal Reserve" names the Federal Reserve as
// "US Federal Reserve" and "Federal Reserve"; "the US Federal
// Communications Commission" also as "Federal Communications Commission";
// "the Sri Lankan authorities" name Sri Lanka as "Sri Lankan" too; "the
// Islamic State group" names the Islamic State. The
// country keeps its own mention of "US"; these forms are aliases only, so
// that mentions, and what counts them (salience, the filter), stay as
// they were.

// appendPartAliases appends to aliases the forms candidate c of cluster
// cl holds besides its text (see above), when new.
func appendPartAliases(d *document, cl *cluster, c *candidate, aliases []string) []string {
	switch {
	case c.kind == Name && cl.typ == Organization && c.honorific == "" && c.title == "":
		aliases = addAlias(aliases, countryBefore(d, c))
		aliases = addAlias(aliases, afterCountry(d, c))
		aliases = addAlias(aliases, beforeLowerHead(d, c))
	case c.kind == Description && cl.entity != nil && (cl.entity.Kind == gazetteer.Country || cl.entity.Kind == gazetteer.Region):
		aliases = addAlias(aliases, countryOf(d, cl.entity, c))
	}
	return aliases
}

// addAlias appends s to aliases when it is a form not there yet.
func addAlias(aliases []string, s string) []string {
	if s != "" && !slices.Contains(aliases, s) {
		aliases = append(aliases, s)
	}
	return aliases
}

// isCountry reports whether s is a form of a country: its name, an
// abbreviation or a demonym ("US", "British").
func isCountry(d *document, s string) bool {
	e, ok := d.gaz.Lookup(s)
	return ok && e.Kind == gazetteer.Country
}

// countryBefore returns the organisation's name c with the country form
// written right before it ("US Federal Reserve"), or "" when none is: one
// or two words, with a single space between them and the name.
func countryBefore(d *document, c *candidate) string {
	k := spanStart(d, c)
	for n := 1; n <= 2; n++ {
		j := k - n
		if j < 0 || d.sentenceOf(j) != c.sent || !d.capWord(j) {
			return ""
		}
		if d.src[d.toks[k-1].End:c.Span.Start] != " " {
			return ""
		}
		if isCountry(d, d.src[d.toks[j].Start:d.toks[k-1].End]) {
			return d.src[d.toks[j].Start:c.Span.End]
		}
	}
	return ""
}

// afterCountry returns the organisation's name c without the country's
// abbreviation it opens with ("Federal Communications Commission" of "US
// Federal Communications Commission"), or "" when it opens with none or
// two words would not be left. A country's name opening a firm's name is
// part of it ("China Aviation Oil").
func afterCountry(d *document, c *candidate) string {
	k := spanStart(d, c)
	if k+3 > c.end {
		return ""
	}
	if e, ok := d.gaz.Lookup(d.tok(k)); ok && e.Kind == gazetteer.Country && e.Form == gazetteer.Abbreviation {
		return d.src[d.toks[k+1].Start:c.Span.End]
	}
	return ""
}

// beforeLowerHead returns the organisation's name c without the head
// noun in lower case that ends it ("Islamic State" of "Islamic State
// group"), or "" when it ends in none or no capitalised words of two or
// more are left.
func beforeLowerHead(d *document, c *candidate) string {
	k, last := spanStart(d, c), c.end-1
	if last-k < 2 || d.capWord(last) || !lexicon.Lookup(d.bare(last)).Has(lexicon.LowerOrgHead) {
		return ""
	}
	for j := k; j < last; j++ {
		if !d.capWord(j) {
			return ""
		}
	}
	return d.src[d.toks[k].Start:d.toks[last-1].End]
}

// countryOf returns the country form that opens the description c of
// entity e ("Sri Lankan" of "the Sri Lankan authorities"), or "" when c is
// not a country form and a noun for its government.
func countryOf(d *document, e *gazetteer.Entity, c *candidate) string {
	s := strings.TrimPrefix(strings.TrimPrefix(c.Span.In(d.src), "the "), "The ")
	form, noun, ok := cutLast(s)
	if !ok || !govNouns.has(noun) {
		return ""
	}
	if x, ok := d.gaz.Lookup(form); !ok || x.Entity != e {
		return ""
	}
	return form
}

// endsWithWord reports whether pre ends in the word w and a space, with a space
// before w: " van " before "Gaal".
func endsWithWord(pre, w string) bool {
	n := len(pre)
	return n >= len(w)+2 && pre[n-1] == ' ' && pre[n-1-len(w):n-1] == w && pre[n-2-len(w)] == ' '
}

// cutLast cuts s around its last space.
func cutLast(s string) (before, last string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// surnameParticles are the lower-case words that open a surname ("van" of
// "Louis van Gaal", "de" of "Charles de Gaulle").
var surnameParticles = set("van", "von", "de", "der", "den", "du", "da", "di", "dos", "das", "del", "della", "ter", "ten", "le", "la")

// appendParticleAlias appends to a person's aliases the surname with its
// particle ("van Gaal" of "Louis van Gaal") when a mention gives the
// surname alone ("Gaal") with the particle written before it: the text
// says "van Gaal", and the particle is not a name's word, so the
// capitalised run starts after it.
func appendParticleAlias(d *document, a *Actor) {
	// The last two words of the name, read in place: most names have
	// no particle, and a slice of their words would cost each of them.
	if a.Type != Person {
		return
	}
	rest, sur, ok := cutLast(a.Name)
	if !ok {
		return
	}
	first, particle, ok := cutLast(rest)
	if !ok || first == "" || !surnameParticles.has(particle) {
		return
	}
	form := a.Name[len(first)+1:] // "van Gaal"
	if slices.Contains(a.Aliases, form) {
		return
	}
	for _, m := range a.Mentions {
		if m.In(d.src) == sur && endsWithWord(d.src[:m.Start], particle) {
			a.Aliases = append(a.Aliases, form)
			return
		}
	}
}

// appendSingularAlias appends to an organisation's aliases the singular
// of a plural name of two words or more it has, as the text writes it
// right before a capitalised word or a role ("Fellow Liberal Democrat Ana
// Lenz", "Lib Dem health spokesman"), mostly a member's name, where it
// names the party of a member and readers list it among the party's
// forms. A capitalised word may also go on a longer name ("Vell
// National Museum" beside the "Vell Nationals"), which then gives the
// team an alias it does not have: a known cost. Only there: elsewhere a
// singular may name one member or another body, and a one-word name's
// singular is most often another word ("Lord" of "Lords", "Time" of
// "Times", "William" of "Williams"). A clipped singular counts ("Lib Dem"
// of "Liberal Democrats").
func appendSingularAlias(d *document, a *Actor) {
	if a.Type != Organization {
		return
	}
	for _, al := range a.Aliases {
		al = strings.TrimPrefix(strings.TrimPrefix(al, "the "), "The ")
		words := strings.Fields(al)
		n := len(words)
		if n < 2 || n > 4 {
			continue
		}
		last := words[n-1]
		if len(last) < 4 || !startsUpper(last) || last[len(last)-1] != 's' || last[len(last)-2] == 's' || last[len(last)-2] == '\'' {
			continue
		}
		words[n-1] = last[:len(last)-1]
		if form := singularBeforeName(d, words); form != "" && !slices.Contains(a.Aliases, form) {
			a.Aliases = append(a.Aliases, form)
			return
		}
	}
}

// singularBeforeName returns the first run of capitalised tokens that
// writes words, each in full or clipped to three letters or more ("Lib
// Dem" of "Liberal Democrat"), and is followed by a capitalised word or a
// role noun, or "" when the text has none.
func singularBeforeName(d *document, words []string) string {
	n := len(words)
next:
	for k := 0; k+n < len(d.toks); k++ {
		for j, w := range words {
			t := d.tok(k + j)
			if !d.capWord(k+j) || t != w && (len(t) < 3 || !strings.HasPrefix(w, t)) {
				continue next
			}
		}
		if h := k + n; d.sentenceOf(h) == d.sentenceOf(k) && (d.capWord(h) || d.class[h].has(classRole)) {
			return d.src[d.toks[k].Start:d.toks[k+n-1].End]
		}
	}
	return ""
}
