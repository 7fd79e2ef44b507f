// Package lexicon provides the closed word lists that the later stages of
// the engine read text by: verbs of saying, cues of conflict and agreement,
// nouns of office and of organisation, pronouns, function words, quotation
// marks. Each word's classes are the bits of one [Class], so that one map
// lookup ([Lookup]) answers what took a lookup per list, and a stage that
// reads the same words again and again finds their classes once per
// document.
//
// Words are looked up as the tokenizer gives them, in lower case;
// punctuation tokens are words too ("“", ";"). A word in no list has the
// zero Class.
//
// # Bits
//
// Class is 64 bits wide. Bits 0 to 31 hold the lists of the reading of
// who says what and whom a reference stands for (package actors' Reading,
// and package disputes over it); bits 32 to 63 are kept for the lists of
// the actor and summary stages.
package lexicon
