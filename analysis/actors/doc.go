// Package actors finds the actors of a news text: the people,
// organisations, countries with their governments and named groups that act
// or are acted upon, each with every way the text names it merged into one
// [Actor] ("Washington", "America", "the American government" and "US" are
// the United States).
//
// [Find] is engine v0: honest rules, no trained model. Offsets are byte
// offsets into the document text, as everywhere in the engine.
//
// # Stages
//
// Find runs four stages over a [text.Document]:
//
//   - tokenising, sentence by sentence, with word statistics (which words
//     the text also writes in lower case);
//   - finding candidate mentions: capitalised runs of words with connectors
//     inside ("Bank of England", "Commission for Racial Equality"),
//     honorifics and titles ("Ms Ferrante", "French Foreign Minister Lise
//     Darrieux"), gazetteer matches for countries, capitals, demonyms,
//     metonyms and organisations, parenthesised acronyms, and a few
//     lower-case patterns ("the Kenyan government", "African leaders", "the
//     Calder administration"). This stage sits behind an internal finder
//     interface: a trained tagger will replace the rule-based finder there,
//     leaving the later stages as they are;
//   - resolving candidates into actors (merging, typing);
//   - building actors: canonical names, aliases, mentions, roles, salience.
//
// # Merging
//
//   - Countries: every reading of one gazetteer entity is one actor: name,
//     acronym, demonym ("Kenyan", "Kenyans"), a capital that acts
//     ("Moscow says", "Tokyo insists") or a seat of government
//     ("Downing Street"), as a metonym, and "<country> government" or
//     "<demonym> authorities" as a description.
//   - Governments without a country: "the Calder administration", "the
//     Ferrante government" and a bare "the government" are descriptions of the
//     country the text is mostly about: the one with the most acting
//     mentions, when it has strictly more than any other. Without such a
//     country "<Name> administration" stays an organisation of its own, a
//     bare "the government" becomes a country actor of its own when no
//     country acts in the text, and is dropped otherwise. Knowing whose
//     administration a surname heads needs world knowledge v0 lacks; the
//     dominant country is the reading news text almost always means.
//   - Organisations: a gazetteer pair ("WHO", "World Health Organization"),
//     an acronym in parentheses after a name, an acronym spelling a name's
//     initials ("FPU", "Ferry Pilots Union"), a name's first or last word
//     on its own ("Halden", "the Commission"), plural and clipped forms
//     ("Lib Dems", "Liberal Democrats").
//   - People: full name, surname, honorific or title with surname ("Ms
//     Ferrante", "Lord Pembury"), and first name alone. Two full names
//     sharing a surname stay apart ("Daniel Owain Pembury", "Lord Pembury of
//     Ashcombe"); a surname on its own goes to the nearest full name before
//     it.
//
// # Typing
//
// Gazetteer entities carry their type; a region's people are a Group ("the
// Africans", "African leaders"). Other names are typed by evidence:
// honorifics, titles and person roles make a Person; organisation heads
// ("Union", "Party"), acronyms and organisation roles an Organization;
// place heads and settings a Location. A name of two or three capitalised
// words without evidence is a person when it is referred to like one: once
// in full, or by its last word alone.
//
// A sentence-initial capitalised word is not a name when it is a function
// word, a role modifier ("Former"), or a word the text also writes in lower
// case; a single word opening a sentence is kept only when the text uses it
// as a name elsewhere. A place that is only a setting ("talks in Nairobi")
// joins its country when the text names the country, and is a Location of
// low salience otherwise; a country named only as a setting is a Location;
// one named only as a modifier ("a UK firm") is not reported. A word of one
// mention with nothing to show it acts (no role, honorific, subject
// position, possessive) is not reported either.
//
// # Roles
//
// Roles are read from titles ("Chancellor" in "Chancellor Edwin Marsh"),
// role phrases before a name ("shadow health secretary Priya Nandra", "CHF
// lawyer Tomasz Wrona") and appositions ("the director of the World Health
// Organization, Amara Diallo,"; "Gwen Rudd, deputy leader of the
// council,").
//
// # Salience
//
// Each mention adds a weight: names count more than demonyms and
// descriptions, early sentences more than late ones, subjects (a mention
// opening its sentence or followed by a verb such as "said") more than
// others, settings and modifiers less. An actor named in the document's
// Title gets a bonus; Locations count a third. Weights are normalised so
// that the salience of all actors sums to 1. Actors are sorted by salience,
// ties by first mention, and numbered "actor-1", "actor-2", ... in that
// order.
//
// # Cancellation and determinism
//
// Find checks its context between sentences and returns ctx.Err() when
// the context is done. Its output depends only on the document: no map
// order, time or randomness reaches it.
package actors
