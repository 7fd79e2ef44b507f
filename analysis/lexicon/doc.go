// Package lexicon provides the word classes the analysis stages ask of a
// lower-case word: whether it is a function word, a verb a subject goes
// with, the head of a role phrase, a word that carries no topic, and so
// on. Each class is a bit of [Class], and one map lookup, [Lookup],
// answers every class of a word at once: a stage that asks several
// questions of each token pays for one.
//
// # Lists
//
// The classes are built, when the package is initialised, from word
// lists kept beside their constants, grouped by what they are for: the
// words around names (names.go), role words (roles.go), the words of
// groups (groups.go) and the words the summary reads (summary.go). A
// list is the one place a word is added; the map is never written after.
// Role nouns are asked in either number, so the plural with "s" added
// carries the class of a PersonRole or OrgRole noun ("ministers").
//
// Keys are lower case. A stage that matches a word case-insensitively
// lowers it first; one that asks of the word as written gets 0 for a
// capitalised word, as the list's own lookup would have said. Lists
// matched only with a capital ("President", "Street") are the stages' own.
//
// # Bits
//
// Bits 0 to 31 are kept for the disputes stage's classes, 32 to 53 are
// the actors stage's (50 to 53 free) and 54 to 63 the summary's. Where
// two stages' lists overlap but differ, as Stop and Closed do, they stay
// two classes: merging them would change what each stage finds.
package lexicon
