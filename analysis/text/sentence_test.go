package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// sentenceTests pairs a text with the sentences it must split into. Every
// text is written for these tests.
var sentenceTests = []struct {
	name string
	src  string
	want []string
}{
	{"empty", "", nil},
	{"only space", "  \n\n\t \r\n ", nil},
	{"trimmed", "  Hello there.   Bye.  ", []string{"Hello there.", "Bye."}},
	{"one stop", ".", []string{"."}},
	{"no stop", "words without an end", []string{"words without an end"}},

	// Abbreviations.
	{"titles", "Mr. Jones met Mrs. Patel and Ms. Okafor at noon. They talked.",
		[]string{"Mr. Jones met Mrs. Patel and Ms. Okafor at noon.", "They talked."}},
	{"ranks", "Dr. Ruiz and Prof. Lind disagreed. Gen. Ade, Sen. Hale, Rep. Moreno and Gov. Tran did not.",
		[]string{"Dr. Ruiz and Prof. Lind disagreed.", "Gen. Ade, Sen. Hale, Rep. Moreno and Gov. Tran did not."}},
	{"military and saints", "Lt. Col. Marsh arrived. St. Albans was quiet.",
		[]string{"Lt. Col. Marsh arrived.", "St. Albans was quiet."}},
	{"title at line end", "It was Mr.\nFinch who spoke.", []string{"It was Mr.\nFinch who spoke."}},
	{"companies", "Acme Inc. said profits rose. Bolt Ltd. and Fenn Co. did not. Orbis Corp. The firm denied it.",
		[]string{"Acme Inc. said profits rose.", "Bolt Ltd. and Fenn Co. did not.", "Orbis Corp.", "The firm denied it."}},
	{"company before name", "She joined Orbis Corp. Marketing later.", []string{"She joined Orbis Corp. Marketing later."}},
	{"suffixes", "Harold Finch Jr. and Ada Finch Sr. spoke.", []string{"Harold Finch Jr. and Ada Finch Sr. spoke."}},
	{"versus", "It was Brazil vs. Chile in the final. Brazil won.",
		[]string{"It was Brazil vs. Chile in the final.", "Brazil won."}},
	{"etc", "Bring fruit, bread, etc. The rest is provided. Pens, paper etc. are not.",
		[]string{"Bring fruit, bread, etc.", "The rest is provided.", "Pens, paper etc. are not."}},
	{"e.g. and i.e.", "Some fruit, e.g. Apples, and one grain, i.e. Oats, were sold.",
		[]string{"Some fruit, e.g. Apples, and one grain, i.e. Oats, were sold."}},
	{"number sign", "He lives at No. 12 Mill Lane. She lives at No. 14. No. That is wrong.",
		[]string{"He lives at No. 12 Mill Lane.", "She lives at No. 14.", "No.", "That is wrong."}},
	{"months", "The vote is on Jan. 9 and the count on Feb. 2. Results follow in Sept. Nobody expects a surprise.",
		[]string{"The vote is on Jan. 9 and the count on Feb. 2.", "Results follow in Sept.", "Nobody expects a surprise."}},

	// Abbreviations with inner dots: a boundary only before a word that
	// commonly opens sentences.
	{"U.S. before a sentence", "She moved to the U.S. The move was sudden.",
		[]string{"She moved to the U.S.", "The move was sudden."}},
	{"U.S. before a name", "The U.S. Senate voted. The U.K. Parliament did not.",
		[]string{"The U.S. Senate voted.", "The U.K. Parliament did not."}},
	{"U.S. before lower case", "Talks in the U.S. and the U.K. ended. Both sides left.",
		[]string{"Talks in the U.S. and the U.K. ended.", "Both sides left."}},
	{"U.S. before a title", "Exports to the U.S. rose. It was in the U.S. Mr Lamb said so.",
		[]string{"Exports to the U.S. rose.", "It was in the U.S.", "Mr Lamb said so."}},
	{"U.S. in quotes", `He said it was "made in the U.S." Nobody believed him.`,
		[]string{`He said it was "made in the U.S."`, "Nobody believed him."}},
	{"a.m. and p.m.", "It starts at 9 a.m. Tuesday and ends at 5 p.m. It will be long.",
		[]string{"It starts at 9 a.m. Tuesday and ends at 5 p.m.", "It will be long."}},
	{"dotted token", "The U.S.-led talks failed. Nobody was surprised.",
		[]string{"The U.S.-led talks failed.", "Nobody was surprised."}},
	{"domain", "Read more at news.example.org. The site is free.",
		[]string{"Read more at news.example.org.", "The site is free."}},

	// Initials.
	{"initials", "George W. Bush met J. R. R. Tolkien's publisher. Nothing came of it.",
		[]string{"George W. Bush met J. R. R. Tolkien's publisher.", "Nothing came of it."}},
	{"initial like a word", "The report by T. I. Okoro and K. A. Mensah was long.",
		[]string{"The report by T. I. Okoro and K. A. Mensah was long."}},
	{"capital that is no initial", "She shops at M&S. Prices are high. He met Jay-Z. Fans cheered.",
		[]string{"She shops at M&S.", "Prices are high.", "He met Jay-Z.", "Fans cheered."}},
	{"pronoun I", "So did I. Then we left.", []string{"So did I.", "Then we left."}},

	// Numbers.
	{"decimals and money", "Sales rose 3.5% to $1.5bn in 2004. Costs were 1,000.50 euros.",
		[]string{"Sales rose 3.5% to $1.5bn in 2004.", "Costs were 1,000.50 euros."}},
	{"number before number", "It rose in 2004. 2005 was worse.", []string{"It rose in 2004.", "2005 was worse."}},
	{"numbered list", "1. Introduction\n2. Methods and data", []string{"1. Introduction", "2. Methods and data"}},

	// Quotes and brackets after the final stop.
	{"straight double", `"We won." The crowd cheered.`, []string{`"We won."`, "The crowd cheered."}},
	{"curly double", "“We won.” The crowd cheered.", []string{"“We won.”", "The crowd cheered."}},
	{"straight single", "He said 'we won.' Then he left.", []string{"He said 'we won.'", "Then he left."}},
	{"curly single", "He said ‘no.’ She agreed.", []string{"He said ‘no.’", "She agreed."}},
	{"question in quotes", "She asked: “Is it over?” Nobody answered.",
		[]string{"She asked: “Is it over?”", "Nobody answered."}},
	{"exclamation in quotes", "“Go now!” Everyone left.", []string{"“Go now!”", "Everyone left."}},
	{"bracket after stop", "(The vote was close.) Turnout was low.", []string{"(The vote was close.)", "Turnout was low."}},
	{"stop after bracket", "The vote was close (very close). Turnout was low.",
		[]string{"The vote was close (very close).", "Turnout was low."}},
	{"quote then bracket", "(He said “enough.”) Then silence.", []string{"(He said “enough.”)", "Then silence."}},

	// Sentence ends inside quotes followed by lower case are no boundary.
	{"comma in quotes", `"No," he said.`, []string{`"No," he said.`}},
	{"exclamation then lower", `'No!' he said. "Why?" she asked.`, []string{`'No!' he said.`, `"Why?" she asked.`}},
	{"question then lower", "“Really?” asked the clerk.", []string{"“Really?” asked the clerk."}},
	{"stop then lower", `"I will go." he said.`, []string{`"I will go." he said.`}},

	// Ellipses and runs of marks.
	{"ellipsis", "He paused... and then went on. The end came later…",
		[]string{"He paused... and then went on.", "The end came later…"}},
	{"ellipsis before capital", "Wait... The doors opened. Wait… They closed.",
		[]string{"Wait...", "The doors opened.", "Wait…", "They closed."}},
	{"spaced ellipsis", "It was . . . The lights went out.", []string{"It was . . .", "The lights went out."}},
	{"ellipsis in quotes", "He said “maybe…” and left.", []string{"He said “maybe…” and left."}},
	{"questions", "Why? Because. Stop! Now.", []string{"Why?", "Because.", "Stop!", "Now."}},
	{"interrobang", "Really?! Yes.", []string{"Really?!", "Yes."}},

	// Line breaks.
	{"list items", "Key points:\n- rates held\n- jobs rose\n* prices fell",
		[]string{"Key points:", "- rates held", "- jobs rose", "* prices fell"}},
	{"wrapped text", "The minister said the plan would\nbe published in the spring and\nThe Times had seen a draft.",
		[]string{"The minister said the plan would\nbe published in the spring and\nThe Times had seen a draft."}},
	{"wrapped after comma", "When the vote came,\nLabour lost.", []string{"When the vote came,\nLabour lost."}},
	{"bare lines", "Opening hours\nMonday to Friday\nClosed at weekends",
		[]string{"Opening hours", "Monday to Friday", "Closed at weekends"}},
	{"stop then line", "It rained.\nThe match went on.", []string{"It rained.", "The match went on."}},
	{"CRLF", "One line\r\nTwo words.\r\n\r\nThree.\r\n", []string{"One line", "Two words.", "Three."}},
	{"Unicode separators", "First part\u2028Second part.\u2029Third.", []string{"First part", "Second part.", "Third."}},

	// Photo captions that a web page runs into the text without a stop.
	{"caption run in", "The ferry was launched by the mayor, Ada Finch (pictured) The harbour trust objected.",
		[]string{"The ferry was launched by the mayor, Ada Finch (pictured)", "The harbour trust objected."}},
	{"caption placing two", "Ada Finch (left) and Tom Hale (second right) The pair met in May.",
		[]string{"Ada Finch (left) and Tom Hale (second right)", "The pair met in May."}},
	{"caption note before a verb", "Ada Finch (pictured) said the fares would rise.",
		[]string{"Ada Finch (pictured) said the fares would rise."}},
	{"caption note capitalised", "The ferry was launched by Ada Finch (Pictured) The trust objected.",
		[]string{"The ferry was launched by Ada Finch (Pictured)", "The trust objected."}},
	{"placing note opening the text", "(left) The pair met in May.", []string{"(left) The pair met in May."}},
	{"other brackets", "The trust (founded in 1850) The Times reported.", []string{"The trust (founded in 1850) The Times reported."}},
	{"caption note at line end", "Ada Finch (right)\nthe mayor", []string{"Ada Finch (right)\nthe mayor"}},

	// Other scripts.
	{"accented capitals", "Müller sagte nein. Çelik stimmte zu. Österreich schwieg.",
		[]string{"Müller sagte nein.", "Çelik stimmte zu.", "Österreich schwieg."}},
	{"combining marks", "The cafe\u0301 opened. Zoe\u0308 came.", []string{"The cafe\u0301 opened.", "Zoe\u0308 came."}},
	{"Chinese", "我们赢了。他们输了。", []string{"我们赢了。", "他们输了。"}},
	{"Japanese", "東京は晴れ！大阪は雨？", []string{"東京は晴れ！", "大阪は雨？"}},
	{"emoji", "We won 🎉. Next year 🚀! 👍 Great.", []string{"We won 🎉.", "Next year 🚀!", "👍 Great."}},
	{"lower-case brand", "He sold it. eBay took a fee.", []string{"He sold it.", "eBay took a fee."}},

	// Text that is not UTF-8 is split, not rejected.
	{"invalid UTF-8", "Bad \xff byte. Next \xfe\xfe one.\xff", []string{"Bad \xff byte.", "Next \xfe\xfe one.\xff"}},
	{"truncated rune", "Ends in a broken \xe2\x80", []string{"Ends in a broken \xe2\x80"}},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.src)
			checkSentences(t, tt.src, got)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.In(tt.src))
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") || len(texts) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.src, texts, tt.want)
			}
		})
	}
}

// sentence is a Sentence's text with its paragraph and headline flag.
type sentence struct {
	text      string
	paragraph int
	headline  bool
}

var paragraphTests = []struct {
	name string
	src  string
	want []sentence
}{
	{"headline and body", "Markets rally on rate hopes\n\nShares rose on Monday. Bonds fell.\n\nGold was flat.",
		[]sentence{{"Markets rally on rate hopes", 0, true}, {"Shares rose on Monday.", 1, false},
			{"Bonds fell.", 1, false}, {"Gold was flat.", 2, false}}},
	{"headline without blank line", "Markets rally on rate hopes\nShares rose on Monday.",
		[]sentence{{"Markets rally on rate hopes", 0, true}, {"Shares rose on Monday.", 0, false}}},
	{"question headline", "Can the rally last?\n\nShares rose.",
		[]sentence{{"Can the rally last?", 0, true}, {"Shares rose.", 1, false}}},
	{"ellipsis headline", "Rivals of the cheap phone...\n\nShares rose.",
		[]sentence{{"Rivals of the cheap phone...", 0, true}, {"Shares rose.", 1, false}}},
	{"quoted headline", "Minister: “We will not resign”\n\nShe spoke late.",
		[]sentence{{"Minister: “We will not resign”", 0, true}, {"She spoke late.", 1, false}}},
	{"full stop is no headline", "Shares rose.\n\nBonds fell.",
		[]sentence{{"Shares rose.", 0, false}, {"Bonds fell.", 1, false}}},
	{"question before one break", "Why now?\nNobody knows.",
		[]sentence{{"Why now?", 0, false}, {"Nobody knows.", 0, false}}},
	{"no line break", "Rate hopes lift markets", []sentence{{"Rate hopes lift markets", 0, false}}},
	{"headline with trailing break", "Rate hopes lift markets\n", []sentence{{"Rate hopes lift markets", 0, true}}},
	{"colon is no headline", "Key points:\n- rates held",
		[]sentence{{"Key points:", 0, false}, {"- rates held", 0, false}}},
	{"long first line", strings.Repeat("word ", 50) + "\n\nBody.",
		[]sentence{{strings.TrimSpace(strings.Repeat("word ", 50)), 0, false}, {"Body.", 1, false}}},
	{"wrapped first line", "Rates held as\nthe bank waits\n\nBody.",
		[]sentence{{"Rates held as\nthe bank waits", 0, false}, {"Body.", 1, false}}},
	{"only the first line", "Body one.\nA second line\nThird line.",
		[]sentence{{"Body one.", 0, false}, {"A second line", 0, false}, {"Third line.", 0, false}}},
	{"leading blank lines", "\n\n  Rates held\n\n\n\nBody one. Body two.\r\n\r\nBody three.",
		[]sentence{{"Rates held", 0, true}, {"Body one.", 1, false}, {"Body two.", 1, false}, {"Body three.", 2, false}}},
	{"white space on blank line", "One.\n \t \nTwo.", []sentence{{"One.", 0, false}, {"Two.", 1, false}}},
	{"paragraph separator", "One.\u2029Two.", []sentence{{"One.", 0, false}, {"Two.", 1, false}}},
	{"abbreviation before blank line", "Moved to the U.S.\n\nSenators objected.",
		[]sentence{{"Moved to the U.S.", 0, false}, {"Senators objected.", 1, false}}},
	{"title before blank line", "It was Mr.\n\nFinch spoke.", []sentence{{"It was Mr.", 0, false}, {"Finch spoke.", 1, false}}},
}

func TestSentenceParagraphs(t *testing.T) {
	for _, tt := range paragraphTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.src)
			checkSentences(t, tt.src, got)
			var gotS []sentence
			for _, s := range got {
				gotS = append(gotS, sentence{s.In(tt.src), s.Paragraph, s.Headline})
			}
			if len(gotS) != len(tt.want) {
				t.Fatalf("Sentences(%q)\n got %+v\nwant %+v", tt.src, gotS, tt.want)
			}
			for i := range gotS {
				if gotS[i] != tt.want[i] {
					t.Errorf("Sentences(%q)[%d] = %+v, want %+v", tt.src, i, gotS[i], tt.want[i])
				}
			}
		})
	}
}

// checkSentences checks what must hold for any text: sentences in order,
// inside the text, not empty, not overlapping, trimmed, starting and ending
// on rune boundaries, with paragraphs that never decrease, and a headline
// only first.
func checkSentences(t testing.TB, src string, got []Sentence) {
	t.Helper()
	bounds := runeBoundaries(src)
	prev, para := 0, 0
	for i, s := range got {
		if s.Start < prev || s.End <= s.Start || s.End > len(src) {
			t.Fatalf("sentence %d span %v: out of order, empty or out of range (previous end %d, len %d)", i, s.Span, prev, len(src))
		}
		if !bounds[s.Start] || !bounds[s.End] {
			t.Fatalf("sentence %d span %v does not lie on rune boundaries", i, s.Span)
		}
		txt := s.In(src)
		if r, _ := utf8.DecodeRuneInString(txt); isSpace(r) {
			t.Fatalf("sentence %d %q starts with space", i, txt)
		}
		if r, _ := utf8.DecodeLastRuneInString(txt); isSpace(r) {
			t.Fatalf("sentence %d %q ends with space", i, txt)
		}
		if s.Paragraph < para || s.Paragraph > para+1 {
			t.Fatalf("sentence %d paragraph %d after %d", i, s.Paragraph, para)
		}
		if i == 0 && s.Paragraph != 0 {
			t.Fatalf("first sentence in paragraph %d", s.Paragraph)
		}
		if s.Headline && i > 0 {
			t.Fatalf("sentence %d %q is a headline", i, txt)
		}
		prev, para = s.End, s.Paragraph
	}
}

// runeBoundaries marks the offsets at which decoding src from the start
// begins a rune, and len(src).
func runeBoundaries(src string) []bool {
	b := make([]bool, len(src)+1)
	for i := 0; i < len(src); {
		b[i] = true
		_, size := utf8.DecodeRuneInString(src[i:])
		i += size
	}
	b[len(src)] = true
	return b
}

func TestAppendSentencesReuse(t *testing.T) {
	dst := Sentences("First one. Second one.")
	dst = AppendSentences(dst[:1], "Third. Fourth.")
	if len(dst) != 3 || dst[0].End != len("First one.") || dst[1].Span != (Span{0, 6}) || dst[2].Span != (Span{7, 14}) {
		t.Errorf("AppendSentences kept %v, want the first sentence then two more", dst)
	}
}

func TestSegmenterAllocs(t *testing.T) {
	src := strings.Repeat("Mr. Lamb said the U.S. economy grew 3.5% in 2004. “Really?” asked J. R. Hale… 我们赢了。 🎉\n\n", 20)
	var seg Segmenter
	dst := make([]Sentence, 0, 1000)
	allocs := testing.AllocsPerRun(20, func() {
		seg.Init(src)
		for {
			if _, ok := seg.Next(); !ok {
				break
			}
		}
		dst = AppendSentences(dst[:0], src)
	})
	if allocs != 0 {
		t.Errorf("segmenting: got %v allocs, want zero", allocs)
	}
	if len(dst) < 80 {
		t.Errorf("found %d sentences, want at least 80", len(dst))
	}
}

func FuzzSentences(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.src)
	}
	for _, tt := range paragraphTests {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got := Sentences(src)
		checkSentences(t, src, got)
		var toks []Token
		for _, s := range got {
			toks = AppendTokens(toks[:0], src, s.Span)
			checkTokens(t, src, s.Span, toks)
		}
	})
}

func TestSentenceAt(t *testing.T) {
	src := "One two.  Three four.\n\nFive."
	sents := Sentences(src)
	tests := []struct{ b, want int }{
		{-1, -1}, {0, 0}, {7, 0}, {8, -1}, {9, -1}, {10, 1}, {20, 1}, {21, -1}, {23, 2}, {27, 2}, {28, -1}, {100, -1},
	}
	for _, tt := range tests {
		if got := SentenceAt(sents, tt.b); got != tt.want {
			t.Errorf("SentenceAt(%q, %d) = %d, want %d", src, tt.b, got, tt.want)
		}
	}
	if got := SentenceAt(nil, 0); got != -1 {
		t.Errorf("SentenceAt(nil, 0) = %d, want -1", got)
	}
}
