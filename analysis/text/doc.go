// Package text finds the sentences and tokens of a news article and
// converts its offsets between encodings. It is the first stage of the
// engine: every later stage reads the spans it produces.
//
// All offsets in this package are byte offsets into the original UTF-8
// string, half-open as [Start, End). Text is never copied: a [Span] or a
// [Token] is sliced from the source with [Span.In] when its text is needed.
//
// # Offsets
//
// Clients count in other units: JavaScript, Java and C# in UTF-16 code
// units, Python in code points. [NewOffsets] builds a converter once per
// document and [Offsets.Convert] maps a byte offset to [UTF16] or [UTF32]
// (for [UTF8] it is the identity); [Offsets.ConvertSpan] converts both ends
// of a span. Only the server calls it, once per response, at the edge; the
// engine works in bytes throughout.
//
// An offset inside a multi-byte rune converts as the start of that rune.
// Invalid UTF-8 bytes count as one U+FFFD each, as []rune(s) and
// utf16.Encode count them, so that the converted offsets slice a client's
// decoded string where the bytes would.
//
// # Sentences
//
// [Sentences] and [AppendSentences] split a text into [Sentence] values;
// [Segmenter] does the same one sentence at a time without allocating.
// Spans are trimmed of white space, never empty, in text order and never
// overlapping; [SentenceAt] finds the sentence holding an offset. Any bytes
// are accepted: invalid UTF-8 is carried along, never a reason to panic.
// The rules are written for English news text:
//
//   - A sentence ends at ".", "!", "?", an ellipsis ("..." or "…", also
//     ". . .") or a full-width stop ("。"), together with any closing quotes
//     and brackets that follow (." .” .’ .) ?” !”), when white space and
//     then a capitalised word, a digit or a symbol follow. A lower-case word
//     continues the sentence: "'No,' he said." and "'No!' she said." are one
//     sentence each.
//   - A full stop after an abbreviation depends on the abbreviation. After
//     a title ("Mr.", "Dr.", "Gen.", "St.") or a word that only stands
//     inside sentences ("vs.", "e.g.", "i.e.", "cf.") it never ends a
//     sentence. After "No." or a month ("Jan.", "Sept.") it does not before
//     a digit ("No. 10", "Jan. 5"). After an ambiguous abbreviation - one
//     written with inner dots ("U.S.", "U.K.", "a.m."), a single capital
//     (the initials of "George W. Bush", "J. R. R. Tolkien") or a word that
//     can close a sentence ("Inc.", "Ltd.", "Jr.", "etc.") - it ends a
//     sentence only when the next word is one that commonly opens English
//     sentences: an article, pronoun, conjunction, preposition or sentence
//     adverb ("The", "He", "But", "In", "However"). So "in the U.S. The
//     talks" is two sentences and "the U.S. Congress" is not split. A name
//     after such an abbreviation never starts a sentence; that is the price
//     of never splitting "U.S. President Bush".
//   - Dots inside tokens never end sentences: "3.5%", "$1.5bn", "1,000.50",
//     "U.S.-led", "bbc.co.uk".
//   - A number opening a sentence and followed by a dot numbers a list item
//     ("1. Introduction") and does not end it.
//   - A blank line ends a sentence and starts a new paragraph; Paragraph
//     counts these blocks from 0. A single line break ends a sentence when
//     the line has no final punctuation (a headline, a list item), unless
//     the text was evidently wrapped at a fixed width: the line ends in a
//     comma, semicolon, hyphen or dash, or on a word no sentence ends on
//     ("the", "of", "Mr"), or the next line starts in lower case.
//   - The first sentence is a headline when it is the whole first line, is
//     at most 200 bytes long, ends in a line break and either has no final
//     punctuation or ends in "?", "!" or an ellipsis before a blank line
//     (news headlines ask questions: "Can the rally last?"). A line ending
//     in a full stop, comma, semicolon or colon is no headline.
//
// The abbreviation lists and the list of sentence-opening words are closed
// classes of English; they are not tuned to any one text, and a word
// missing from them errs towards not splitting.
//
// # Tokens
//
// [AppendTokens] splits a span of the text into [Token] values of three
// kinds:
//
//   - [Word]: letters and digits starting with a letter, with inner
//     apostrophes (' and ’), hyphens and dots: "Shi’ite", "don’t",
//     "counter-productive", "Covid-19", "U.S.", "AT&T". Contractions and
//     possessives stay one token ("don’t", "Blair's"), since splitting them
//     helps no stage and a trailing apostrophe is kept apart because it may
//     close a quote. An abbreviation keeps its final dot ("U.S.", "Mr.",
//     "e.g.", the initial "W."), since the dot is part of how it is
//     written, and a dot that is only a full stop is a token of its own.
//     Where one dot is both, at the end of a sentence, a dotted
//     abbreviation keeps it ("in the U.S.") but a single letter or a word
//     such as "Inc." or "etc." gives it up as the full stop ("So did I."
//     gives "I" and ".").
//   - [Number]: a digit, or a currency sign or dot before a digit, and what
//     follows attached: separators between digits ("1,000.50", "10:30",
//     "2004-05"), units and suffixes ("$1.5bn", "£600m", "20%", "1990s",
//     "5th"). A sign before it is punctuation.
//   - [Punctuation]: one mark or symbol, "..." being three. An emoji keeps
//     its modifiers, variation selectors and zero-width-joined parts, and a
//     flag its two regional indicators, so no token splits what reads as
//     one character. A byte that is not UTF-8 is a token of its own.
//
// Scripts written without spaces (Chinese, Japanese, Thai) are not split
// into words: a run of their letters is one token. [IsCapitalized] tells
// later stages whether a token reads as capitalised, brand names such as
// "eBay" included.
//
// # The document every stage reads
//
// [NewDocument] finds the sentences and their tokens once, and the
// document numbers the tokens' distinct texts in a [Vocabulary] on the
// first question: each form as written ("Talks") and its lower-case word
// ("talks"). The stages ask their word lists and
// models about a word once per document, by number, instead of each
// lower-casing, hashing and looking up every token again; in a news article
// each distinct token is used about twice. An owner done with a document
// calls [Document.Release], and the next NewDocument fills its lists
// instead of allocating new ones.
//
// # Performance
//
// Both scanners work on bytes, decode a rune only where a byte is not
// ASCII, and never copy text. [Segmenter] and [AppendTokens] allocate
// nothing beyond the slices they append to, so a caller that keeps its
// slices across sentences and documents allocates nothing per token.
// [Offsets] is the identity, with no table, for UTF-8 and for pure ASCII
// text; otherwise it keeps one integer per 64 bytes after the first
// non-ASCII byte and decodes at most 64 bytes per conversion.
package text
