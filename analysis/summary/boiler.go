package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// boilerplate reports whether the sentence made of toks is page furniture
// rather than news: such a sentence is never a key point, never the gist,
// and lends no words to the keywords. The rules are about how English
// sentences are written, not about any one publisher:
//
//   - A sentence needs a verb, and English writes its verbs in lower case
//     except at the start of a sentence. A "sentence" with capitalised
//     words and no lower-case word is a name, a byline ("By Staff
//     Reporter", "By JANE DOE"), a label ("PUBLISHED:"), a dateline or
//     timestamp ("10:51 EST, 12 March 2013"), a photo credit ("Photo:
//     Getty Images") or a heading written in capitals.
//   - A byline with lower-case parts ("By Jane Doe and John Roe, for the
//     Record") opens with "By" and names people: every word after it is a
//     name or a connective, and no verb comes.
//   - A line stamping the page ("Last updated at 4:24 PM on 12th June",
//     "Published 10:51 GMT") opens by saying the page was published or
//     updated, and holds a clock time.
//   - A sentence that tells the reader to work the web page ("Scroll down
//     for video", "Click here", "Follow @someone on Twitter") opens with a
//     navigation verb and names a part of the page.
//
// Words in scripts without case (CJK) count as lower-case: they are no
// sign of a label.
func boilerplate(src string, toks []text.Token) bool {
	g := pageSigns{byline: true}
	for _, t := range toks {
		switch t.Kind {
		case text.Word:
			if !g.word(t.In(src)) {
				// A lower-case word after the first, no byline and no
				// rarer pattern: a sentence, as nearly all are.
				return false
			}
		case text.Number:
			g.byline = false
			if strings.IndexByte(t.In(src), ':') > 0 {
				g.clock = true
			}
		case text.Punctuation:
			if t.In(src) == "@" {
				g.handle = true
			}
		}
	}
	return g.furniture(src, toks)
}

// pageSigns are what boilerplate reads of a sentence's tokens, in order.
type pageSigns struct {
	upper, lower  int // capitalised words, and lower-case ones in a script with case
	words         int
	first, second string
	byline        bool // every word after the first is a name or a connective
	clock         bool // a number holds a clock time
	handle        bool // an "@" names an account
	rare          bool // the first word may open a page stamp or a reader instruction
}

// word reads the next word w; it reports false when w shows the sentence
// is news: a lower-case word after the first, where no byline or rarer
// pattern is still possible.
func (g *pageSigns) word(w string) bool {
	g.words++
	capital := nameCased(w)
	if capital {
		g.upper++
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
		g.lower++
	}
	switch {
	case g.words == 1:
		g.first = w
		g.rare = navigationVerb(w) || stampWord(w) || strings.EqualFold(w, "last")
	case g.words == 2:
		g.second = w
	}
	if g.words > 1 && !capital && !bylineConnective(w) {
		g.byline = false
		return g.rare
	}
	return true
}

// furniture reports whether the signs read from toks, every token of the
// sentence, show page furniture: no lower-case word, a byline, or, on a
// second look at the words, a page stamp or a reader instruction.
func (g *pageSigns) furniture(src string, toks []text.Token) bool {
	switch {
	case g.upper > 0 && g.lower == 0:
		return true
	case g.first == "By" && g.byline && g.words >= 2:
		return true
	}
	// The rarer patterns need a second look at the words, only when the
	// cheap signs are there.
	if g.clock && (stampWord(g.first) || strings.EqualFold(g.first, "last") && stampWord(g.second)) {
		return true
	}
	if navigationVerb(g.first) && (g.handle || anyWord(src, toks, pageWord)) {
		return true
	}
	return false
}

// nameCased reports whether the word w is written with a capital, as
// a name or a label is: a capital first letter, or a capital second one
// after a lower-case first ("eBay"). Words in scripts without case are
// not.
func nameCased(w string) bool {
	switch c := w[0]; {
	case 'a' <= c && c <= 'z':
		// ASCII lower case, nearly every word: only "eBay" and the
		// like read as capitalised.
		return len(w) > 1 && 'A' <= w[1] && w[1] <= 'Z'
	case 'A' <= c && c <= 'Z':
		return true
	}
	return text.IsCapitalized(w)
}

// anyWord reports whether is holds for one of the words among toks.
func anyWord(src string, toks []text.Token, is func(string) bool) bool {
	for _, t := range toks {
		if t.Kind == text.Word && is(t.In(src)) {
			return true
		}
	}
	return false
}

// stampWord reports whether w says a page was published or changed.
func stampWord(w string) bool {
	return equalFoldAny(w, "published", "updated", "posted", "modified")
}

// pageWord reports whether w names a part of a web page or a site.
func pageWord(w string) bool {
	return equalFoldAny(w, "here", "below", "above", "down", "video", "videos", "link",
		"twitter", "facebook", "instagram", "app", "gallery", "newsletter")
}

// equalFoldAny reports whether w equals one of list, ignoring case.
func equalFoldAny(w string, list ...string) bool {
	for _, l := range list {
		if len(w) == len(l) && strings.EqualFold(w, l) {
			return true
		}
	}
	return false
}

// bylineConnective lists the lower-case words a byline may hold between
// names: "By Jane Doe and John Roe, for the Record".
func bylineConnective(w string) bool {
	switch w {
	case "and", "for", "of", "the", "in", "at", "de", "van", "von", "da", "del", "la", "le":
		return true
	}
	return false
}

// navigationVerb reports whether w, a sentence's first word, is an
// imperative that sends the reader somewhere on a web page.
func navigationVerb(w string) bool {
	return equalFoldAny(w, "scroll", "click", "tap", "swipe", "watch", "read", "see", "follow",
		"subscribe", "download", "share", "like", "sign", "join", "listen")
}
