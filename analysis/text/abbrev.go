package text

import (
	"unicode"
	"unicode/utf8"
)

// abbrev says how a word written with a final dot behaves at a possible
// sentence boundary.
type abbrev uint8

const (
	notAbbrev abbrev = iota
	// title precedes a name ("Mr.", "Gen.", "St."), so a capital after it
	// starts the name, not a sentence.
	title
	// joiner stands inside a sentence ("vs.", "e.g.", "cf."): a sentence
	// never ends on it.
	joiner
	// numeral precedes a number ("No. 10", "Jan. 5", "pp. 3"): before a
	// digit it never ends a sentence, before a word it may.
	numeral
	// ambiguous may end a sentence or not ("Inc.", "etc.", "U.S.", the "W."
	// of "George W. Bush"); only a word that typically starts sentences
	// after it makes a boundary.
	ambiguous
)

// abbrevClass classifies the word before a dot, given without the dot.
// Titles and months are matched in their capitalised spelling only: "no."
// and "gen." in lower case are ordinary words ending a sentence.
func abbrevClass(w string) abbrev {
	switch w {
	case "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Maj",
		"Capt", "Cpt", "Sgt", "Cpl", "Pte", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Cmdt",
		"Rev", "Revd", "Hon", "Rt", "Pres", "Supt", "Insp", "Det", "Fr", "Msgr",
		"St", "Ste", "Mt", "Ft", "Sra":
		return title
	case "vs", "Vs", "v", "e.g", "i.e", "E.g", "I.e", "cf", "Cf", "viz", "approx", "ca", "incl", "esp", "resp":
		return joiner
	case "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Fig", "Figs", "Vol", "Vols", "vol", "Art", "Ch", "Sec", "Ref", "Tel", "Op", "Pt", "p", "pp", "para":
		return numeral
	case "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "plc", "Esq", "etc", "al", "Ave", "Blvd", "Rd",
		"Dept", "Univ", "Assn", "Intl", "Govt":
		return ambiguous
	}
	if isDotted(w) || isInitial(w) {
		return ambiguous
	}
	return notAbbrev
}

// isInitial reports a single capital letter, the initial of a name.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isDotted reports abbreviations written with inner dots, "U.S", "a.m",
// "Ph.D" (the final dot already removed): letters in groups of one or two
// between dots. Longer groups read as domain names ("bbc.co.uk"), which end
// sentences like any word.
func isDotted(w string) bool {
	dots, run := 0, 0
	for i := 0; i < len(w); {
		r, size := decode(w, i)
		i += size
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case isLetter(r):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// isStarter reports words that commonly open an English sentence and rarely
// follow an abbreviation inside one: determiners, pronouns, conjunctions,
// prepositions, sentence adverbs, and the courtesy titles that no
// abbreviation modifies ("Mr"). It decides "in the U.S. The talks" (a
// boundary) against "the U.S. Congress" (none). Names are never on the
// list, so an abbreviation before a name never ends a sentence.
func isStarter(w string) bool {
	switch w {
	case "A", "An", "The", "This", "That", "These", "Those", "There", "Here",
		"He", "She", "It", "Its", "It's", "They", "Their", "We", "Our", "I", "You", "Your", "My",
		"His", "Her", "Some", "Many", "Most", "Several", "All", "Both", "Each", "Every", "Such",
		"No", "Not", "Nor", "Other", "Others", "Another", "One", "Only", "Even",
		"But", "And", "Or", "So", "Yet", "Still", "Also", "Now", "Then", "Thus", "Hence",
		"However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Instead", "Indeed",
		"Although", "Though", "While", "When", "Whether", "Where", "What", "Who", "Which",
		"Why", "How", "If", "Since", "Because", "As", "After", "Before", "During", "Until",
		"In", "On", "At", "For", "From", "By", "With", "Without", "Of", "To",
		"Under", "Over", "Among", "Against", "Despite", "Unlike", "Like", "Through", "Throughout",
		"Within", "Across", "Around", "Once", "Besides", "Much", "More", "Few", "Any", "Neither",
		"Either", "Whatever", "Perhaps", "Otherwise", "Elsewhere", "Overall", "Again", "Already",
		"Never", "Often", "Sometimes", "Just", "Last", "Earlier", "Later", "Today", "Yesterday",
		"Tomorrow", "Yes", "Mr", "Mrs", "Ms":
		return true
	}
	return false
}

// isOpenEnded reports words a sentence cannot end on: articles,
// conjunctions and prepositions that need a following word, and titles. A
// line ending on one of them was wrapped, not finished.
func isOpenEnded(w string) bool {
	switch w {
	case "a", "an", "the", "of", "and", "or", "nor", "but", "to", "with", "from", "by", "than", "into", "onto", "via":
		return true
	}
	return abbrevClass(w) == title
}
