package conll

import (
	"strings"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// AppendTokens appends the tokens of src[span] to dst as CoNLL-2003 would
// have tokenised them, and returns the extended slice. It differs from
// text.AppendTokens in one way that matters to a tagger trained on CoNLL:
// clitics are split off as the Penn Treebank does ("Blair's" is "Blair"
// and "'s", "don't" is "do" and "n't"), so that the name a tagger has seen
// a thousand times is not hidden inside a token it has never seen. Dotted
// abbreviations ("U.S.") and hyphenated words stay whole in both.
func AppendTokens(dst []text.Token, src string, span text.Span) []text.Token {
	start := len(dst)
	dst = text.AppendTokens(dst, src, span)
	for i := start; i < len(dst); i++ {
		if t := dst[i]; t.Kind == text.Word {
			if cut := cliticAt(t.In(src)); cut > 0 {
				dst = splitAt(dst, i, t.Start+cut)
				i++
			}
		}
	}
	return dst
}

// SplitTokens appends to dst the CoNLL-style tokens of already tokenised
// text, splitting the clitics of text's word tokens as AppendTokens does.
func SplitTokens(dst []text.Token, src string, toks []text.Token) []text.Token {
	for _, t := range toks {
		if t.Kind == text.Word {
			if cut := cliticAt(t.In(src)); cut > 0 {
				dst = append(dst, text.Token{Span: text.Span{Start: t.Start, End: t.Start + cut}, Kind: text.Word},
					text.Token{Span: text.Span{Start: t.Start + cut, End: t.End}, Kind: text.Word})
				continue
			}
		}
		dst = append(dst, t)
	}
	return dst
}

// splitAt splits dst[i] at byte offset at into two tokens.
func splitAt(dst []text.Token, i, at int) []text.Token {
	t := dst[i]
	dst = append(dst, text.Token{})
	copy(dst[i+2:], dst[i+1:])
	dst[i] = text.Token{Span: text.Span{Start: t.Start, End: at}, Kind: text.Word}
	dst[i+1] = text.Token{Span: text.Span{Start: at, End: t.End}, Kind: text.Word}
	return dst
}

// cliticAt returns where a word's clitic starts, or 0 when it has none:
// "'s", "'re", "'ve", "'ll", "'d", "'m" and "n't", with straight or curly
// apostrophes, after at least one letter.
func cliticAt(w string) int {
	if !hasApostrophe(w) {
		return 0 // most words: every clitic holds an apostrophe
	}
	for _, c := range [...]string{"n't", "n’t", "N'T", "N’T"} {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			return len(w) - len(c)
		}
	}
	i := strings.LastIndexByte(w, '\'')
	n := 1
	if j := strings.LastIndex(w, "’"); j > i {
		i, n = j, len("’")
	}
	if i <= 0 {
		return 0
	}
	for _, c := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
		if strings.EqualFold(w[i+n:], c) {
			return i
		}
	}
	return 0
}

// hasApostrophe reports whether w may hold an apostrophe: a straight
// one, or the byte 0x99 that ends a curly one (and a few other
// characters, which only cost cliticAt its full test). One pass over the
// bytes, where the full test searches the word twice.
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == 0x99 {
			return true
		}
	}
	return false
}
