// Package gazetteer maps the names news text gives countries, their
// governments and international organisations to one entity each: "Iran",
// "Iranian", "Iranians" and "Tehran" are all Iran; "IAEA" and "International
// Atomic Energy Agency" are one organisation; "Downing Street" is the United
// Kingdom.
//
// [Default] returns the gazetteer built from data embedded in the package.
// [Gazetteer.Lookup] reads a surface form exactly as written and
// [Gazetteer.LookupFold] after [Normalize] (case, diacritics, dots, curly
// quotes, spacing and a possessive ignored). Each returns an [Entry]: the
// [Entity] with its canonical name and [Kind], and the [Form] of the reading
// (name, abbreviation, demonym, people, capital, metonym). A string can have
// several readings ("Dominican", "Brussels"); LookupAll and LookupFoldAll
// return them all, the preferred one first.
//
// # Data
//
// Three line-oriented, tab-separated files with # comments are embedded:
//
//   - countries.tsv, generated from mledoze/countries (ODbL 1.0): common and
//     official names, English alternative spellings, acronyms used as names,
//     ISO codes, capitals and demonyms with plural nouns;
//   - orgs.tsv, generated from confirmordeny/supraverden (CC BY-SA 4.0):
//     English names and abbreviations of 617 international organisations;
//   - extra.tsv, written by hand and documented group by group: what the
//     sources lack, such as seats of government used as metonyms
//     ("Downing Street", "the Kremlin"), "Brussels" for the EU, informal
//     groupings (G7, G20), regions whose peoples act as one ("the
//     Europeans") and short names ("Britain", "America").
//
// The generated files come from gen.go, run by go generate with the shared
// corpus at ../../../shared/corpora/gazetteer. Their headers name the source,
// its commit, the input's SHA-256 and the licence, which the files keep.
//
// # Performance
//
// The files are parsed once, on the first call to Default, into maps keyed
// by string. Lookups do not allocate: Lookup and LookupAll index a map with
// the caller's string, the folded lookups normalise into a stack buffer, and
// the All variants return shared subslices.
package gazetteer
