package text

import (
	"strings"
	"testing"
)

// tokenTests give each text's tokens as "kind:text" separated by spaces,
// kind being W, N or P. No token holds a space, so the form is unambiguous.
var tokenTests = []struct {
	name string
	src  string
	want string
}{
	{"empty", "", ""},
	{"sentence", "Hello, world!", "W:Hello P:, W:world P:!"},
	{"apostrophes", "Shi’ite and Shi'ite don’t Blair's", "W:Shi’ite W:and W:Shi'ite W:don’t W:Blair's"},
	{"apostrophe outside", "Jones’ car 'quoted' '90s ’Tis", "W:Jones P:’ W:car P:' W:quoted P:' P:' N:90s P:’ W:Tis"},
	{"hyphens", "counter-productive Covid-19 e-mail ‐x x‐ray", "W:counter-productive W:Covid-19 W:e-mail P:‐ W:x W:x‐ray"},
	{"dashes", "so -- no — yes-", "W:so P:- P:- W:no P:— W:yes P:-"},
	{"abbreviations keep their dot", "U.S. Mr. e.g. etc. W. Bush", "W:U.S. W:Mr. W:e.g. W:etc. W:W. W:Bush"},
	{"final stop apart", "He left. It rained.", "W:He W:left P:. W:It W:rained P:."},
	{"abbreviation at sentence end", "in the U.S.", "W:in W:the W:U.S."},
	{"initial at sentence end", "So did I.", "W:So W:did W:I P:."},
	{"company at sentence end", "It joined Acme Inc. ", "W:It W:joined W:Acme W:Inc P:."},
	{"company inside", "Acme Inc. rose", "W:Acme W:Inc. W:rose"},
	{"number sign", "No. 10 and no. No.", "W:No. N:10 W:and W:no P:. W:No P:."},
	{"domain", "bbc.co.uk example.com.", "W:bbc.co.uk W:example.com P:."},
	{"ampersand", "AT&T M&S R & D", "W:AT&T W:M&S W:R P:& W:D"},
	{"letters and digits", "G8 MP3 4G 4x4", "W:G8 W:MP3 N:4G N:4x4"},
	{"money", "$1.5bn £600m €20 ¥3,000 US$5", "N:$1.5bn N:£600m N:€20 N:¥3,000 W:US N:$5"},
	{"separators", "3,000 1,000.50 10:30 2004-05 1/2", "N:3,000 N:1,000.50 N:10:30 N:2004-05 N:1/2"},
	{"units", "20% 3.5%. 1990s 5th 100km 2‰ 100€", "N:20% N:3.5% P:. N:1990s N:5th N:100km N:2‰ N:100€"},
	{"decades", "1990's 80’s 70s'", "N:1990's N:80’s N:70s P:'"},
	{"number then stop", "It was 2004. Or 5,", "W:It W:was N:2004 P:. W:Or N:5 P:,"},
	{"signs", "-5 +3 .5 #1", "P:- N:5 P:+ N:3 N:.5 P:# N:1"},
	{"number then word", "10-year-old", "N:10 P:- W:year-old"},
	{"currency alone", "$ and £", "P:$ W:and P:£"},
	{"ellipses", "...…", "P:. P:. P:. P:…"},
	{"quotes", "“Yes,” she said.", "P:“ W:Yes P:, P:” W:she W:said P:."},
	{"accents", "Zoë café naïve Ørsted", "W:Zoë W:café W:naïve W:Ørsted"},
	{"combining marks", "cafe\u0301 Zoe\u0308", "W:cafe\u0301 W:Zoe\u0308"},
	{"Chinese", "我们赢了。", "W:我们赢了 P:。"},
	{"Arabic digits", "٣٤ and १२", "N:٣٤ W:and N:१२"},
	{"emoji", "👍🏽 🇬🇧🇫🇷 👨‍👩‍👧 ❤️ ok", "P:👍🏽 P:🇬🇧 P:🇫🇷 P:👨‍👩‍👧 P:❤️ W:ok"},
	{"keycap", "1️⃣", "N:1️⃣"},
	{"joiner before space", "⇂\u200d 000 ✂\u200dx", "P:⇂\u200d N:000 P:✂\u200d W:x"},
	{"invalid UTF-8", "a\xffb \xe2\x80 \xff\u0301", "W:a P:\xff W:b P:\xe2 P:\x80 P:\xff P:\u0301"},
	{"other spaces", "a\u00a0b\u2003c\ufeffd", "W:a W:b W:c W:d"},
}

func TestAppendTokens(t *testing.T) {
	for _, tt := range tokenTests {
		t.Run(tt.name, func(t *testing.T) {
			span := Span{0, len(tt.src)}
			got := AppendTokens(nil, tt.src, span)
			checkTokens(t, tt.src, span, got)
			if s := formatTokens(tt.src, got); s != tt.want {
				t.Errorf("AppendTokens(%q)\n got %s\nwant %s", tt.src, s, tt.want)
			}
		})
	}
}

func formatTokens(src string, toks []Token) string {
	var b strings.Builder
	for i, tok := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tok.Kind.String()[:1])
		b.WriteByte(':')
		b.WriteString(tok.In(src))
	}
	return b.String()
}

func TestAppendTokensSpan(t *testing.T) {
	src := "First part. Second part, with $5."
	tests := []struct {
		span Span
		want string
	}{
		{Span{12, len(src)}, "W:Second W:part P:, W:with N:$5 P:."},
		{Span{0, 10}, "W:First W:part"},
		{Span{14, 18}, "W:cond"}, // a span cuts where it says, even inside a word
		{Span{-5, 5}, "W:First"},
		{Span{31, 1000}, "N:5 P:."},
		{Span{8, 3}, ""},
		{Span{len(src), len(src)}, ""},
	}
	for _, tt := range tests {
		got := AppendTokens(nil, src, tt.span)
		if s := formatTokens(src, got); s != tt.want {
			t.Errorf("AppendTokens(%q, %v) = %s, want %s", src, tt.span, s, tt.want)
		}
	}
	dst := AppendTokens(nil, src, Span{0, 5})
	dst = AppendTokens(dst, src, Span{6, 10})
	if s := formatTokens(src, dst); s != "W:First W:part" {
		t.Errorf("appending twice = %s, want both tokens", s)
	}
}

func TestAppendTokensAllocs(t *testing.T) {
	var src strings.Builder
	for _, tt := range tokenTests {
		src.WriteString(tt.src)
		src.WriteString(" ")
	}
	text := src.String()
	span := Span{0, len(text)}
	dst := AppendTokens(nil, text, span)
	allocs := testing.AllocsPerRun(100, func() {
		dst = AppendTokens(dst[:0], text, span)
	})
	if allocs != 0 {
		t.Errorf("AppendTokens: got %v allocs, want zero", allocs)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Word: "Word", Number: "Number", Punctuation: "Punctuation", 0: "Kind(0)", 9: "Kind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

// checkTokens checks what must hold for the tokens of any span: in order,
// inside the span, not empty, free of white space, on rune boundaries, and
// of a known kind.
func checkTokens(t testing.TB, src string, span Span, toks []Token) {
	t.Helper()
	start, end := max(span.Start, 0), min(span.End, len(src))
	bounds := runeBoundaries(src)
	prev := start
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > end {
			t.Fatalf("token %d %v: out of order, empty or outside %v", i, tok.Span, span)
		}
		if tok.Kind < Word || tok.Kind > Punctuation {
			t.Fatalf("token %d %q has kind %d", i, tok.In(src), tok.Kind)
		}
		if bounds[start] && bounds[end] && (!bounds[tok.Start] || !bounds[tok.End]) {
			t.Fatalf("token %d %v does not lie on rune boundaries", i, tok.Span)
		}
		for _, r := range tok.In(src) {
			if isSpace(r) {
				t.Fatalf("token %d %q holds a space", i, tok.In(src))
			}
		}
		prev = tok.End
	}
}

func TestIsCapitalized(t *testing.T) {
	for w, want := range map[string]bool{
		"Bank": true, "bank": false, "BBC": true, "eBay": true, "iPhone": true, "ebay": false,
		"Ørsted": true, "ǅemal": true, "東京": false, "9th": false, "": false, "e": false,
	} {
		if got := IsCapitalized(w); got != want {
			t.Errorf("IsCapitalized(%q) = %v, want %v", w, got, want)
		}
	}
}
