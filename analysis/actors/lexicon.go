package actors

import "github.com/docanalysis/docanalysis/analysis/lexicon"

// listWords holds the lexicon's classes of every word it lists, for lex
// to look a word up in lower case without lowering it first.
var listWords = func() map[string]lexicon.Class {
	m := make(map[string]lexicon.Class)
	for w, b := range lexicon.All() {
		m[w] = b
	}
	return m
}()

// lex returns the lexicon's classes of w in lower case, as
// strings.ToLower writes it.
func lex(w string) lexicon.Class {
	c, _ := lookupLower(listWords, w)
	return c
}

// exactClasses returns the lists w is in, as written.
func exactClasses(w string) exClass { return exactLex[w] }

// lexPlural returns the classes of w without an abbreviation's dot: the
// role bits there answer for the singular and the plural alike.
func lexPlural(w string) lexicon.Class { return lex(undot(w)) }

// isFunction reports whether classes b make a function word (see
// functionWord).
func isFunction(b lexicon.Class) bool { return b.Has(lexicon.Stop) && !b.Has(lexicon.RoleModifier) }

// caseClass is a set of a token's exact-case classes: lists the finder
// asks of a token's text as written, kept per token in document.words
// (see document.wordClass) so that each token costs a lookup or two, not
// one per list and per question.
type caseClass uint16

// has reports whether c holds any class of x.
func (c caseClass) has(x caseClass) bool { return c&x != 0 }

// The exact-case classes.
const (
	wordKnown     caseClass = 1 << iota // the other bits are set
	wordConnector                       // connectors.has(tok)
	wordTitle                           // titleWord(bare)
	wordOrgHead                         // orgHeads.has(bare)
	wordPlaceHead                       // placeHeads.has(bare)
	wordCalendar                        // calendarWords.has(undot(bare))
	wordHonorific                       // honorifics.has(undot(tok))
)

// exClass is a set of the lists a string is in, as written: exactLex's
// values, from which wordClass derives a token's caseClass.
type exClass uint16

// has reports whether c holds any list of x.
func (c exClass) has(x exClass) bool { return c&x != 0 }

// The exact-case lists.
const (
	exConnector   exClass = 1 << iota
	exTitle               // titles
	exTitlePlural         // a title with "s" added, as titleWord reads it
	exOrgHead
	exPlaceHead
	exCalendar
	exHonorific
)

// exactLex maps a string as written to the lists it is in.
var exactLex = func() map[string]exClass {
	m := map[string]exClass{}
	for _, l := range []struct {
		words wordList
		bit   exClass
	}{
		{connectors, exConnector}, {titles, exTitle}, {orgHeads, exOrgHead},
		{placeHeads, exPlaceHead}, {calendarWords, exCalendar}, {honorifics, exHonorific},
	} {
		for w := range l.words {
			m[w] |= l.bit
			if l.bit == exTitle {
				m[w+"s"] |= exTitlePlural
			}
		}
	}
	return m
}()

// isActVerb reports whether w, as written, is an ActVerb: the lexicon's
// keys are lower case, so a capitalised verb is not one.
func isActVerb(w string) bool { return lexicon.Lookup(w).Has(lexicon.ActVerb) }
