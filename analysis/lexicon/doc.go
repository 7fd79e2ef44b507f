// Package lexicon provides the closed word lists that the stages of the
// engine read text by: verbs of saying, cues of conflict and agreement,
// nouns of office and of organisation, pronouns, function words,
// quotation marks, the words around names and role phrases, and the words
// the summary weighs. Each word's classes are the bits of one [Class], so
// that one map lookup ([Lookup]) answers what took a lookup per list, and
// a stage that reads the same words again and again finds their classes
// once per document.
//
// Words are looked up as the tokenizer gives them, in lower case;
// punctuation tokens are words too ("“", ";"). A word in no list has the
// zero Class. A stage that matches a word case-insensitively lowers it
// first; one that asks of the word as written gets 0 for a capitalised
// word, as the list's own lookup would have said. Lists matched only with
// a capital ("President", "Street") are the stages' own.
//
// # Lists
//
// The map is built when the package is initialised, with a Bloom filter
// over its words that answers most words in no list without reading the
// map (filter.go), from lists that stay the one place a word is added,
// and is never written after: the reading's in words.go, and those of
// the actor and summary stages beside their constants, grouped by what
// they are for: the words around names (names.go), role words
// (roles.go), the words of groups (groups.go) and the words the summary
// reads (summary.go). Role nouns are asked in either number, so the
// plural with "s" added carries the class of a PersonRole or OrgRole noun
// ("ministers").
//
// # Bits
//
// Class is 64 bits wide. Bits 0 to 31 hold the lists of the reading of
// who says what and whom a reference stands for (package actors' Reading,
// and package disputes over it); bits 32 to 53 are the actor stage's (50
// to 53 free) and 54 to 63 the summary's. Where two stages' lists overlap
// but differ, as Function, Stop and Closed do, they stay apart: merging
// them would change what each stage finds.
package lexicon
