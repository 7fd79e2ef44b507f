package text

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Sentence is one sentence of a document.
type Sentence struct {
	Span          // the sentence, trimmed of surrounding space
	Paragraph int // index, from 0, of the blank-line separated block holding it
	// Headline is true for a first line that reads as a headline: a short
	// line with no final punctuation followed by a line break, or a short
	// question or exclamation standing alone before a blank line.
	Headline bool
}

// Sentences splits src into sentences, in order. It is a convenience for
// AppendSentences(nil, src).
func Sentences(src string) []Sentence {
	return AppendSentences(nil, src)
}

// AppendSentences appends the sentences of src to dst and returns the
// extended slice, so that callers can reuse a buffer across documents.
func AppendSentences(dst []Sentence, src string) []Sentence {
	var s Segmenter
	s.Init(src)
	for {
		sent, ok := s.Next()
		if !ok {
			return dst
		}
		dst = append(dst, sent)
	}
}

// SentenceAt returns the index of the sentence in sents (in text order, as
// Sentences returns them) that holds byte offset b, or -1 when b lies
// between sentences or outside them. Stages use it to report the sentence
// of a mention found by its offset.
func SentenceAt(sents []Sentence, b int) int {
	i, ok := slices.BinarySearchFunc(sents, b, func(s Sentence, b int) int {
		switch {
		case s.End <= b:
			return -1
		case s.Start > b:
			return 1
		}
		return 0
	})
	if !ok {
		return -1
	}
	return i
}

// maxHeadline is the longest first line, in bytes, taken for a headline.
// News headlines run to about ten words; a longer line without a final stop
// is more likely a paragraph that lost it.
const maxHeadline = 200

// Segmenter finds the sentences of a text one at a time. Its zero value is
// ready for Init; it holds no allocation of its own, so it can sit inside
// another struct and be reused for every document.
type Segmenter struct {
	src  string
	pos  int // where the next search starts
	para int // paragraph of the next sentence
	n    int // sentences returned so far
}

// Init starts segmenting src from its beginning.
func (s *Segmenter) Init(src string) {
	*s = Segmenter{src: src}
}

// Next returns the next sentence, or false when the text is exhausted.
// Sentences are never empty and come in text order without overlapping.
func (s *Segmenter) Next() (Sentence, bool) {
	src := s.src
	start, breaks := skipSpace(src, s.pos)
	if start >= len(src) {
		s.pos = len(src)
		return Sentence{}, false
	}
	if breaks >= 2 && s.n > 0 {
		s.para++
	}
	end, next, e := s.find(start)
	s.pos = next
	sent := Sentence{Span: Span{start, end}, Paragraph: s.para}
	if s.n == 0 && end-start <= maxHeadline && e.headline() && !hasBreak(src[start:end]) {
		sent.Headline = true
	}
	s.n++
	return sent, true
}

// ending records how a sentence ended, for headline detection.
type ending uint8

const (
	endText     ending = iota // the text ran out
	endStop                   // a final stop ended it within a line
	endBareLine               // a line without final punctuation ended it
	endLineStop               // a stop ending a line followed by a blank line ended it
	endOther
)

func (e ending) headline() bool { return e == endBareLine || e == endLineStop }

// find returns the end of the sentence starting at start (not white space),
// where the search for the next one resumes, and how the sentence ended.
func (s *Segmenter) find(start int) (end, next int, e ending) {
	src := s.src
	for i := start; i < len(src); {
		// Most bytes matter to no rule: skip them without a branch each.
		for i < len(src) && byteClass[src[i]]&(cBreak|cStop|cMaybe|cClose) == 0 {
			i++
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n', '\r', '\f', '\v':
				if end, ok, e := s.lineBreak(start, i); ok {
					return end, i, e
				}
			case '.', '!', '?':
				j, ok, e := s.stop(start, i)
				if ok {
					return j, j, e
				}
				i = j
				continue
			case ')':
				if captionEnd(src, start, i) {
					return i + 1, i + 1, endStop
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			if end, ok, e := s.lineBreak(start, i); ok {
				return end, i, e
			}
		case isTerminal(r):
			j, ok, e := s.stop(start, i)
			if ok {
				return j, j, e
			}
			i = j
			continue
		}
		i += size
	}
	return trimRight(src, start, len(src)), len(src), endText
}

// skipSpace returns the first non-space byte at or after i and the number
// of line breaks passed; two or more mean a blank line, a paragraph break.
func skipSpace(src string, i int) (int, int) {
	breaks := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				break
			}
			switch {
			case c == '\n', c == '\v':
				breaks++
			case c == '\f':
				breaks += 2
			case c == '\r' && (i+1 == len(src) || src[i+1] != '\n'):
				breaks++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if !isSpace(r) {
			break
		}
		switch r {
		case '\u2028', '\u0085':
			breaks++
		case '\u2029':
			breaks += 2
		}
		i += size
	}
	return i, breaks
}

// trimRight returns the end of src[start:end] without trailing space.
func trimRight(src string, start, end int) int {
	for end > start {
		r, size := decodeLast(src, end)
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// lineBreak decides whether the line break at i, inside the sentence
// starting at start, ends it. A blank line always does. A single break
// ends it only when the line has no final punctuation (a headline, a list
// item) and reads as complete: text wrapped at a fixed width continues on
// the next line, which shows in a line ending on a comma, hyphen or a word
// such as "the", or in a next line starting in lower case.
func (s *Segmenter) lineBreak(start, i int) (end int, ok bool, e ending) {
	src := s.src
	end = trimRight(src, start, i)
	next, breaks := skipSpace(src, i)
	if breaks >= 2 || next >= len(src) {
		if end == start {
			return end, false, endOther
		}
		return end, true, lineEnding(src, start, end)
	}
	if end == start {
		return end, false, endOther
	}
	last, _ := decodeLast(src, end)
	j := end
	for isCloser(last) && j > start {
		_, size := decodeLast(src, j)
		j -= size
		if j == start {
			break
		}
		last, _ = decodeLast(src, j)
	}
	switch {
	case isTerminal(last):
		// The stop before this break was already judged not to end the
		// sentence (an abbreviation); the break changes nothing.
		return end, false, endOther
	case last == ',' || last == ';' || last == '-' || last == '–' || last == '—' || last == '/' || last == '&':
		return end, false, endOther
	}
	if isOpenEnded(wordBefore(src, start, end)) {
		return end, false, endOther
	}
	if r, w := firstWord(src, next); isLower(r) && !IsCapitalized(w) {
		return end, false, endOther
	}
	return end, true, lineEnding(src, start, end)
}

// lineEnding classifies a sentence ended by a blank line or the end of the
// text: a bare line, or one ending in "?", "!" or an ellipsis, as headlines
// do; a full stop marks an ordinary sentence.
func lineEnding(src string, start, end int) ending {
	j := end
	for j > start {
		r, size := decodeLast(src, j)
		if !isCloser(r) {
			break
		}
		j -= size
	}
	if j == start {
		return endOther // only quotes and brackets
	}
	r, _ := decodeLast(src, j)
	switch {
	case r == '.' && (j-start < 3 || src[j-3:j] != "..."):
		return endStop
	case isTerminal(r):
		return endLineStop
	case r == ',' || r == ';' || r == ':':
		return endOther
	}
	return endBareLine
}

// stop decides whether the final stop at i, inside the sentence starting at
// start, ends it. It returns the end of the stop with its closing quotes and
// brackets (the sentence's end if ok, else where scanning resumes).
func (s *Segmenter) stop(start, i int) (end int, ok bool, e ending) {
	src := s.src
	run := scanStops(src, i)
	j := run.end
	if j >= len(src) {
		return j, true, endText
	}
	r, _ := decode(src, j)
	if !isSpace(r) && !run.wide {
		// "3.5", "U.S.-led", "e.g.,": the stop is inside a token.
		return j, false, endOther
	}
	next, breaks := skipSpace(src, j)
	switch {
	case breaks >= 2, breaks == 1 && next >= len(src):
		return j, true, lineEnding(src, start, j)
	case next >= len(src):
		return j, true, endText
	}
	first, word := firstWord(src, next)
	if first == 0 {
		// Bullets, dashes, symbols: nothing reads as a continuation.
		return j, true, endStop
	}
	if isLower(first) && !IsCapitalized(word) {
		// "'No,' he said." and "the U.S. and": lower case continues.
		return j, false, endOther
	}
	if run.stops > 1 || src[i] != '.' {
		return j, true, endStop
	}
	ok, e = dotEnds(src, start, i, next, first, word, run.closed)
	return j, ok, e
}

// stopRun is a run of final stops and the quotes and brackets they close.
type stopRun struct {
	end    int  // where the run ends
	stops  int  // the final stops in it
	wide   bool // the last stop is a full-width one ("。"), which needs no space after it
	closed bool // a quote or bracket closes in it
}

// scanStops reads the run of final stops and closing quotes and brackets
// starting at the stop at i; ". . ." written with spaces is one ellipsis.
func scanStops(src string, i int) stopRun {
	run := stopRun{end: i}
	j := i
	onlyDots := true
	for j < len(src) {
		r, size := decode(src, j)
		switch {
		case isTerminal(r):
			run.stops++
			run.wide = isWideTerminal(r)
			onlyDots = onlyDots && r == '.'
			j += size
			continue
		case isCloser(r):
			run.closed = true
			j += size
			continue
		case r == ' ' && onlyDots && j+1 < len(src) && src[j+1] == '.' && j > i && src[j-1] == '.':
			j++
			continue
		}
		break
	}
	run.end = j
	return run
}

// dotEnds decides whether the single dot at i, inside the sentence
// starting at start and followed by a capitalised word or a digit (word,
// its first letter or digit first, at next), ends the sentence, by the
// word the dot follows: an abbreviation or a number may hold the sentence
// together. closed says a quote or bracket closed after the dot.
func dotEnds(src string, start, i, next int, first rune, word string, closed bool) (bool, ending) {
	w := wordBefore(src, start, i)
	switch {
	case w == "":
		return true, endStop
	case hasDigit(w):
		// "1. Introduction": a number opening the sentence numbers it.
		return i-len(w) != start, endStop
	}
	switch abbrevBefore(src, start, i, w) {
	case title, joiner:
		return false, endOther
	case numeral:
		return !isDigit(first), endStop
	case ambiguous:
		// A quote or bracket closed after the dot shows that the dot
		// closed more than the abbreviation.
		return closed || isStarter(word) && !isInitialAt(src, next), endStop
	}
	return true, endStop
}

// abbrevBefore classifies w, the word before the dot at i inside the
// sentence starting at start. A capital that ends a longer token is no
// initial: "M&S." and "Jay-Z." are no abbreviations.
func abbrevBefore(src string, start, i int, w string) abbrev {
	class := abbrevClass(w)
	if class == ambiguous && isInitial(w) && i-len(w) > start {
		if r, _ := decodeLast(src, i-len(w)); !isSpace(r) && !isOpener(r) {
			return notAbbrev
		}
	}
	return class
}

// wordBefore returns the word that ends at src[end-1], not before start:
// letters, digits and inner dots, without a leading dot.
func wordBefore(src string, start, end int) string {
	i := end
	for i > start {
		if c := src[i-1]; c < utf8.RuneSelf {
			if byteClass[c]&(cLetter|cDigit) == 0 && c != '.' {
				break
			}
			i--
			continue
		}
		r, size := decodeLast(src, i)
		if !isAlnum(r) && r != '.' {
			break
		}
		i -= size
	}
	for i < end && src[i] == '.' {
		i++
	}
	return src[i:end]
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if byteClass[c]&cDigit != 0 {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if isDigit(r) {
			return true
		}
		i += size
	}
	return false
}

// firstWord returns the first letter or digit at or after i, past opening
// quotes and brackets, and the run of letters starting there. It returns 0
// when something else comes first.
func firstWord(src string, i int) (rune, string) {
	for i < len(src) {
		r, size := decode(src, i)
		if !isOpener(r) {
			break
		}
		i += size
	}
	if i >= len(src) {
		return 0, ""
	}
	first, _ := decode(src, i)
	if !isAlnum(first) {
		return 0, ""
	}
	j := i
	for j < len(src) {
		r, size := decode(src, j)
		if !isLetter(r) {
			break
		}
		j += size
	}
	return first, src[i:j]
}

// isInitialAt reports a single capital letter and a dot at i ("A. Smith"),
// which is an initial even when the letter is a word like "A" or "I".
func isInitialAt(src string, i int) bool {
	for i < len(src) {
		r, size := decode(src, i)
		if !isOpener(r) {
			break
		}
		i += size
	}
	if i >= len(src) {
		return false
	}
	_, size := decode(src, i)
	return i+size < len(src) && src[i+size] == '.' && isInitial(src[i:i+size])
}

// hasBreak reports whether s holds a line break.
func hasBreak(s string) bool {
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		switch r {
		case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return true
		}
		i += size
	}
	return false
}

// captionEnd reports whether the ")" at i, inside the sentence starting
// at start, ends a photo caption that a web page's text runs into the
// next sentence without a stop: the brackets hold only words that place
// a person in a picture ("(pictured)", "(left)", "(second right)") and a
// capitalised word follows on the same line ("... with Neil Millard
// (right) The Sun's night editor ..."). Written inside a sentence, such
// brackets are followed by its verb in lower case ("Mr Blake (right)
// said").
func captionEnd(src string, start, i int) bool {
	// A caption's note follows what it places: brackets opening the
	// sentence place nothing.
	open := strings.LastIndexByte(src[start:i], '(')
	if open <= 0 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(src[start+open+1 : i]) {
		if n++; n > 4 || !pictureWords[strings.ToLower(w)] {
			return false
		}
	}
	if n == 0 {
		return false
	}
	next, breaks := skipSpace(src, i+1)
	if breaks > 0 || next == i+1 || next >= len(src) {
		return false
	}
	first, word := firstWord(src, next)
	return first != 0 && !isLower(first) && IsCapitalized(word)
}

// pictureWords are the words of a caption's bracketed note on where its
// subject stands in the picture.
var pictureWords = map[string]bool{
	"pictured": true, "picture": true, "left": true, "right": true, "centre": true, "center": true,
	"above": true, "below": true, "top": true, "bottom": true, "inset": true, "middle": true,
	"far": true, "second": true, "third": true, "front": true, "back": true, "from": true, "clockwise": true,
}
