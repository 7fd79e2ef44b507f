package text

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// offsetTexts are texts full of what makes encodings differ: curly quotes,
// accented names, combining marks, CJK, emoji outside the Basic
// Multilingual Plane (surrogate pairs in UTF-16), joined emoji and flags.
var offsetTexts = []struct {
	name string
	src  string
}{
	{"ASCII", "Mr. Lamb said the U.S. economy grew 3.5% in 2004. Nobody objected."},
	{"curly quotes", "“It’s over,” said Ms. Okafor. ‘Quite,’ he replied."},
	{"accented names", "Zoë Ørsted met José Núñez and François Lefèvre in Kraków. Ça va?"},
	{"combining marks", "Zoe\u0308 and Jose\u0301 ordered cafe\u0301 au lait. The bill came."},
	{"CJK", "東京の会議は終わった。We left at 5 p.m. 北京も同じだ。"},
	{"emoji", "We won 🎉 the cup! Fans 👍🏽 cheered 👨‍👩‍👧 and waved 🇬🇧🇫🇷 flags. 😀😀"},
	{"mathematical letters", "The set 𝔸 and 𝕏 differ. 𝒜 is empty."},
	{"non-ASCII start", "😀 starts it. Then ASCII goes on for a while to pass a checkpoint or two: " + strings.Repeat("abc ", 40) + "and 🎉 ends it."},
	{"long mixed", strings.Repeat("Ünïcode “quotes” and 🎉 emoji. Plain ASCII runs here for a while. ", 30)},
	{"invalid UTF-8", "Bad \xff byte 🎉 and \xe2\x80 a cut rune. \xed\xa0\x80 is a surrogate."},
	// Runes of 2, 3 and 4 bytes straddle the 64-byte checkpoints at every
	// position.
	{"straddling checkpoints", strings.Repeat("😀a", 70) + strings.Repeat("€é.", 50)},
}

// wantUnits returns what src[:b] counts in enc, the slow way.
func wantUnits(src string, b int, enc Encoding) int {
	switch enc {
	case UTF16:
		return len(utf16.Encode([]rune(src[:b])))
	case UTF32:
		return len([]rune(src[:b]))
	}
	return b
}

func TestOffsetsConvert(t *testing.T) {
	for _, tt := range offsetTexts {
		for _, enc := range []Encoding{UTF8, UTF16, UTF32} {
			t.Run(tt.name+"/"+enc.String(), func(t *testing.T) {
				checkOffsets(t, tt.src, enc)
			})
		}
	}
}

// checkOffsets compares Convert at every offset with counting from the
// start, and checks that offsets inside a rune convert as its start and
// that offsets out of range are clamped.
func checkOffsets(t *testing.T, src string, enc Encoding) {
	o := NewOffsets(src, enc)
	if o.Encoding() != enc {
		t.Fatalf("Encoding() = %v, want %v", o.Encoding(), enc)
	}
	bounds := runeBoundaries(src)
	runeStart := 0
	for b := 0; b <= len(src); b++ {
		if bounds[b] {
			runeStart = b
		}
		want := wantUnits(src, runeStart, enc)
		if enc == UTF8 {
			want = b
		}
		if got := o.Convert(b); got != want {
			t.Fatalf("Convert(%d) in %q = %d, want %d", b, src, got, want)
		}
	}
	total := wantUnits(src, len(src), enc)
	if got := o.Convert(len(src) + 10); got != total {
		t.Errorf("Convert(len+10) = %d, want %d", got, total)
	}
	if got := o.Convert(-3); got != 0 {
		t.Errorf("Convert(-3) = %d, want 0", got)
	}
}

// TestOffsetsSlice converts every sentence and token span and checks that
// slicing the text in each encoding at the converted offsets gives back
// the same content, as a client in that encoding would see it.
func TestOffsetsSlice(t *testing.T) {
	for _, tt := range offsetTexts {
		t.Run(tt.name, func(t *testing.T) {
			checkSlices(t, tt.src)
		})
	}
}

func checkSlices(t testing.TB, src string) {
	t.Helper()
	runes := []rune(src)
	units := utf16.Encode(runes)
	o16, o32 := NewOffsets(src, UTF16), NewOffsets(src, UTF32)
	var spans []Span
	var toks []Token
	for _, s := range Sentences(src) {
		spans = append(spans, s.Span)
		toks = AppendTokens(toks[:0], src, s.Span)
		for _, tok := range toks {
			spans = append(spans, tok.Span)
		}
	}
	for _, s := range spans {
		// A client decodes invalid bytes to U+FFFD; so does []rune.
		want := string([]rune(s.In(src)))
		start, end := o16.ConvertSpan(s)
		if got := string(utf16.Decode(units[start:end])); got != want {
			t.Errorf("UTF-16 [%d:%d] of %v = %q, want %q", start, end, s, got, want)
		}
		start, end = o32.ConvertSpan(s)
		if got := string(runes[start:end]); got != want {
			t.Errorf("UTF-32 [%d:%d] of %v = %q, want %q", start, end, s, got, want)
		}
	}
}

func TestOffsetsExact(t *testing.T) {
	// “ and ” are one UTF-16 unit and three bytes; 😀 is two units and
	// four bytes; é decomposed is two code points.
	src := "“Hi” 😀 cafe\u0301!"
	tests := []struct {
		b, utf16, utf32 int
	}{
		{0, 0, 0},
		{3, 1, 1},    // after “
		{5, 3, 3},    // after “Hi
		{8, 4, 4},    // after ”
		{9, 5, 5},    // before 😀
		{10, 5, 5},   // inside 😀: its start
		{13, 7, 6},   // after 😀
		{18, 12, 11}, // after cafe
		{20, 13, 12}, // after the combining acute
		{21, 14, 13}, // the end
	}
	o16, o32 := NewOffsets(src, UTF16), NewOffsets(src, UTF32)
	for _, tt := range tests {
		if got := o16.Convert(tt.b); got != tt.utf16 {
			t.Errorf("UTF-16 Convert(%d) = %d, want %d", tt.b, got, tt.utf16)
		}
		if got := o32.Convert(tt.b); got != tt.utf32 {
			t.Errorf("UTF-32 Convert(%d) = %d, want %d", tt.b, got, tt.utf32)
		}
	}
}

func TestOffsetsASCIIHasNoTable(t *testing.T) {
	src := strings.Repeat("plain text ", 100)
	for _, enc := range []Encoding{UTF8, UTF16, UTF32} {
		if o := NewOffsets(src, enc); o.marks != nil {
			t.Errorf("NewOffsets(ASCII, %v) built a table of %d entries", enc, len(o.marks))
		}
	}
	if o := NewOffsets(src+"é", UTF16); len(o.marks) != 1 {
		t.Errorf("NewOffsets(ASCII then é) built %d entries, want 1: the ASCII prefix needs none", len(o.marks))
	}
}

func TestOffsetsAllocs(t *testing.T) {
	src := strings.Repeat("Ünïcode “quotes” and 🎉 emoji. ", 50)
	o := NewOffsets(src, UTF16)
	allocs := testing.AllocsPerRun(100, func() {
		for b := 0; b <= len(src); b += 7 {
			o.Convert(b)
		}
	})
	if allocs != 0 {
		t.Errorf("Convert: got %v allocs, want zero", allocs)
	}
}

func TestEncodingString(t *testing.T) {
	for e, want := range map[Encoding]string{UTF8: "UTF-8", UTF16: "UTF-16", UTF32: "UTF-32", 7: "Encoding(7)"} {
		if got := e.String(); got != want {
			t.Errorf("Encoding(%d).String() = %q, want %q", e, got, want)
		}
	}
}

func FuzzOffsets(f *testing.F) {
	for _, tt := range offsetTexts {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, enc := range []Encoding{UTF8, UTF16, UTF32} {
			o := NewOffsets(src, enc)
			units := 0 // src[:b] in enc
			for b := 0; ; {
				if b == len(src) {
					if got := o.Convert(b); got != units {
						t.Fatalf("%v Convert(len) in %q = %d, want %d", enc, src, got, units)
					}
					break
				}
				r, size := utf8.DecodeRuneInString(src[b:])
				// Every offset inside the rune at b converts as b.
				for i := b; i < b+size; i++ {
					want := units
					if enc == UTF8 {
						want = i
					}
					if got := o.Convert(i); got != want {
						t.Fatalf("%v Convert(%d) in %q = %d, want %d", enc, i, src, got, want)
					}
				}
				switch enc {
				case UTF8:
					units += size
				case UTF16:
					units += utf16.RuneLen(r)
				case UTF32:
					units++
				}
				b += size
			}
			if want := wantUnits(src, len(src), enc); units != want {
				t.Fatalf("%v: counted %d units in %q, want %d", enc, units, src, want)
			}
			if got := o.Convert(len(src) + 1); got != units {
				t.Fatalf("%v Convert(len+1) = %d, want %d", enc, got, units)
			}
		}
		checkSlices(t, src)
	})
}
