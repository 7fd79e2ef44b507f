package actors

// Classes of the combined lexicon: the word lists the role rules ask of
// most tokens, as bits of one table, so that one lookup answers what took
// a lookup per list.
const (
	lexStop        uint16 = 1 << iota // stopWords
	lexRoleMod                        // roleModifiers
	lexActVerb                        // actVerbs
	lexPersonRole                     // personRoles, or its plural
	lexOrgRole                        // orgRoles, or its plural
	lexOffice                         // officeHeads
	lexFirm                           // firmHeads
	lexTitleFn                        // titleFunctionWords
	lexInitialMod                     // initialModifiers
	lexSettingPrep                    // settingPreps
)

// lexicon maps a lower-case word to its classes. It is built from the
// lists themselves, which stay the one place a word is added.
var lexicon = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, l := range []struct {
		words wordList
		bit   uint16
	}{
		{stopWords, lexStop}, {roleModifiers, lexRoleMod}, {actVerbs, lexActVerb},
		{personRoles, lexPersonRole}, {orgRoles, lexOrgRole}, {officeHeads, lexOffice}, {firmHeads, lexFirm},
		{titleFunctionWords, lexTitleFn}, {initialModifiers, lexInitialMod}, {settingPreps, lexSettingPrep},
	} {
		for w := range l.words {
			m[w] |= l.bit
			if l.bit&(lexPersonRole|lexOrgRole) != 0 {
				// Role nouns are asked in either number ("ministers"):
				// the word with "s" added carries the bit too, so one
				// lookup answers for both.
				m[w+"s"] |= l.bit
			}
		}
	}
	return m
}()

// lex returns the classes of w in lower case, as strings.ToLower writes
// it.
func lex(w string) uint16 {
	b, _ := lookupLower(lexicon, w)
	return b
}

// exactClasses returns the lists w is in, as written.
func exactClasses(w string) uint16 { return exactLex[w] }

// lexPlural returns the classes of w without an abbreviation's dot: the
// role bits there answer for the singular and the plural alike.
func lexPlural(w string) uint16 { return lex(undot(w)) }

// isFunction reports whether classes b make a function word (see
// functionWord).
func isFunction(b uint16) bool { return b&lexStop != 0 && b&lexRoleMod == 0 }

// Classes of the exact-case lists: lists the finder asks of a
// token's text as written, kept per token in document.words (see
// document.wordClass) so that each token costs a lookup or two, not one
// per list and per question.
const (
	wordKnown     uint16 = 1 << iota // the other bits are set
	wordConnector                    // connectors.has(tok)
	wordTitle                        // titleWord(bare)
	wordOrgHead                      // orgHeads.has(bare)
	wordPlaceHead                    // placeHeads.has(bare)
	wordCalendar                     // calendarWords.has(undot(bare))
	wordHonorific                    // honorifics.has(undot(tok))
)

// Bits of exactLex's entries, from which wordClass derives the classes
// above: which list a string is in, as written.
const (
	exConnector   uint16 = 1 << iota
	exTitle              // titles
	exTitlePlural        // a title with "s" added, as titleWord reads it
	exOrgHead
	exPlaceHead
	exCalendar
	exHonorific
)

// exactLex maps a string as written to the lists it is in.
var exactLex = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, l := range []struct {
		words wordList
		bit   uint16
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
