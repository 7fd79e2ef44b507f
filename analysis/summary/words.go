package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendLower appends the lower-case form of w to dst. ASCII words, nearly
// all of an English news text, take a copy-free byte loop; others go
// through strings.ToLower, which knows the full Unicode case tables.
func appendLower(dst []byte, w string) []byte {
	n := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(dst[:n], strings.ToLower(w)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isAcronym reports whether w is written in capitals throughout, like "US"
// or "NATO". Such words are names: "US" is not the pronoun "us", and
// stemming "NHS" would break it.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// trimPossessive cuts a trailing possessive "'s" or "’s" (or the bare
// apostrophe of a plural possessive), so that "Velmar's" counts as "Velmar".
// It reports whether it cut one: a possessive ends a noun phrase.
func trimPossessive(w string) (string, bool) {
	// Nearly every word ends otherwise: 's', 'S', an apostrophe, or the
	// last byte of "’" start every ending looked for.
	if n := len(w); n < 2 || w[n-1] != 's' && w[n-1] != 'S' && w[n-1] != '\'' && w[n-1] != 0x99 {
		return w, false
	}
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	for _, suf := range [...]string{"'", "’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// stem reduces a lower-case ASCII word to a crude stem so that inflected
// forms meet: "sanctions" and "sanction", "attacked" and "attacking". It is
// deliberately light (plural, -ed, -ing, final e): it only has to make
// forms of one word agree, never to produce a real word. Non-ASCII words
// are returned unchanged.
func stem(w []byte) []byte {
	for _, c := range w {
		if c >= utf8.RuneSelf || !('a' <= c && c <= 'z' || c == '-') {
			return w
		}
	}
	if len(w) <= 3 || invariantS(w) {
		return w
	}
	switch {
	case hasSuffix(w, "ies") && len(w) > 4:
		w = append(w[:len(w)-3], 'y')
	case hasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case hasSuffix(w, "ss"), hasSuffix(w, "us"), hasSuffix(w, "is"):
	case hasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	stripped := false
	switch {
	case hasSuffix(w, "ing") && len(w) > 5 && hasVowel(w[:len(w)-3]):
		w, stripped = w[:len(w)-3], true
	case hasSuffix(w, "ed") && len(w) > 4 && hasVowel(w[:len(w)-2]):
		w, stripped = w[:len(w)-2], true
	}
	if stripped {
		// "stopped" -> "stopp" -> "stop", so that it meets "stop".
		if n := len(w); n >= 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && w[n-1] != 'l' && w[n-1] != 's' {
			w = w[:n-1]
		}
	}
	// "make" and "making" must meet: drop a final e in every word.
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// invariantS lists the common words whose final s is not a plural, so that
// "news" does not become "new".
func invariantS(w []byte) bool {
	switch string(w) {
	case "news", "series", "species", "means", "always", "perhaps", "whereas", "various", "serious":
		return true
	}
	return false
}

func hasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func hasVowel(w []byte) bool {
	for _, c := range w {
		if isVowel(c) {
			return true
		}
	}
	return false
}

// isFunctionWord lists closed-class English words: articles, pronouns,
// auxiliaries, prepositions, conjunctions, titles, and weekday names.
func isFunctionWord(w string) bool {
	switch w {
	case "a", "about", "above", "across", "after", "afterwards", "again", "against", "ago", "all",
		"almost", "along", "already", "also", "although", "always", "am", "among", "amongst", "an",
		"and", "another", "any", "anyone", "anything", "anyway", "are", "around", "as", "at",
		"be", "became", "because", "become", "becomes", "been", "before", "behind", "being", "below",
		"beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot", "could",
		"did", "do", "does", "doing", "done", "down", "due", "during", "each", "either",
		"else", "elsewhere", "enough", "etc", "even", "ever", "every", "everyone", "everything", "few",
		"for", "from", "further", "had", "has", "have", "having", "he", "hence", "her",
		"here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
		"in", "including", "indeed", "instead", "into", "is", "it", "its", "itself", "just",
		"least", "less", "like", "may", "me", "meanwhile", "might", "mine", "more", "moreover",
		"most", "mostly", "much", "must", "my", "myself", "neither", "never", "nevertheless", "no",
		"nobody", "none", "nor", "not", "nothing", "now", "of", "off", "often", "on",
		"once", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "ourselves",
		"out", "over", "own", "per", "perhaps", "quite", "rather", "really", "same", "she",
		"should", "since", "so", "some", "someone", "something", "sometimes", "still", "such", "than",
		"that", "the", "their", "theirs", "them", "themselves", "then", "there", "thereby", "therefore",
		"these", "they", "this", "those", "though", "through", "throughout", "thus", "to", "together",
		"too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very",
		"via", "was", "we", "well", "were", "what", "whatever", "when", "whenever", "where",
		"whereas", "whether", "which", "while", "whilst", "who", "whoever", "whom", "whose", "why",
		"will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
		"yourselves", "mr", "mrs", "ms", "dr", "many", "despite", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "can't", "don't", "won't", "didn't",
		"doesn't", "isn't", "wasn't", "aren't", "weren't", "haven't", "hasn't", "it's", "that's", "there's",
		"i'm", "i've", "we're", "they're", "he's", "she's", "we've", "they've", "you're", "let",
		"let's":
		return true
	}
	return false
}

// isFiller lists open-class words so common in news copy that they say
// nothing about the story.
func isFiller(w string) bool {
	switch w {
	case "said", "say", "says", "saying", "told", "tell", "added", "according", "asked", "think",
		"thought", "want", "wants", "wanted", "went", "come", "came", "comes", "get", "gets",
		"getting", "got", "give", "given", "go", "goes", "going", "gone", "make", "makes",
		"made", "making", "take", "taken", "took", "put", "set", "see", "seem", "seems",
		"seemed", "use", "used", "using", "help", "need", "needs", "needed", "known", "called",
		"continue", "continued", "able", "new", "first", "last", "next", "former", "later", "second",
		"main", "key", "part", "number", "end", "far", "good", "big", "lot", "whole",
		"way", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "year", "years", "week", "weeks", "month", "months", "day", "days", "time",
		"times", "people", "likely",
		// Irregular past tenses, frequent in news, that would otherwise
		// glue onto a noun phrase ("bread prices rose").
		"rose", "fell", "broke", "won", "began", "gave", "kept", "held", "sold",
		"bought", "paid", "spent", "sent", "met", "led", "ran", "saw", "felt", "brought",
		"grew", "knew", "chose", "wrote", "spoke", "drew", "struck", "fought", "sought", "caught",
		"meant", "hit", "cut", "lost", "risen", "fallen", "broken", "grown", "shown", "seen", "written":
		return true
	}
	return false
}

// isQuoteMark reports whether the punctuation token p is a quotation mark.
// A lone apostrophe counts: news copy quotes with single marks too, and the
// tokenizer keeps an apostrophe inside a word ("don't") as part of it.
func isQuoteMark(p string) bool {
	switch p {
	case `"`, "'", "“", "”", "‘", "’", "«", "»", "„":
		return true
	}
	return false
}

// anaphoric reports whether w, a sentence's first word, points back to
// something said before it: a pronoun, a demonstrative or a connective.
// Such a sentence leans on its predecessor and reads poorly alone.
func anaphoric(w string) bool {
	if len(w) > len("nevertheless") {
		return false
	}
	var buf [len("nevertheless")]byte
	switch string(appendLower(buf[:0], w)) {
	case "he", "she", "it", "they", "we", "his", "her", "its", "their", "this", "these",
		"those", "that", "but", "and", "or", "so", "yet", "however", "also", "meanwhile",
		"still", "then", "there", "such", "both", "instead", "nevertheless", "moreover",
		"furthermore", "others", "another", "which":
		return true
	}
	return false
}

// What a function word announces about the word after it.
const (
	noCue   = iota
	nounCue // a determiner, possessive or preposition: a noun follows
	verbCue // "to", a modal, an auxiliary or a subject pronoun: a verb follows
	nameCue // a name: a verb or a preposition follows more often than a noun
)

// cueOf returns what the lower-case function word w announces about the
// next word.
func cueOf(w string) int {
	switch w {
	case "the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "my",
		"your", "of", "for", "with", "about", "on", "in", "every", "each", "some", "any", "no":
		return nounCue
	case "to", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
		"has", "have", "had", "is", "are", "was", "were", "be", "been", "he", "she", "it",
		"they", "we", "i", "you", "who", "not", "also":
		return verbCue
	}
	return noCue
}

// Cue classes of words, which the features count per sentence. They are
// classes of how news and comment are written, not words of any topic.
const (
	cueReport   uint8 = 1 << iota // a reporting verb: the sentence tells what someone said
	cueFirst                      // a first-person pronoun: the writer or a speaker talks
	cueFuture                     // a future or plan: what happens next is often the news
	cueContrast                   // a contrast: an argument turns on it
	cueDispute                    // a verb of disagreement: the disputes stage's kind of sentence
)

// wordCues returns the cue classes of the lower-case word w.
func wordCues(w string) uint8 {
	switch w {
	case "said", "says", "say", "told", "according", "added", "stated", "announced":
		return cueReport
	case "i", "we", "me", "my", "our", "us", "i'm", "we're", "i've", "we've":
		return cueFirst
	case "will", "plans", "plan", "planned", "expected", "intends", "would", "future":
		return cueFuture
	case "but", "however", "although", "though", "yet", "despite", "whereas", "instead":
		return cueContrast
	case "denied", "denies", "rejected", "rejects", "accused", "accuses", "criticised", "criticized",
		"disputed", "disputes", "opposed", "opposes", "condemned", "argued", "argues", "insisted",
		"insists", "claimed", "claims", "warned", "warns", "refused":
		return cueDispute
	}
	return 0
}
