package text

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// TestLowerText checks lowerText against lower-casing rune by rune, on
// texts whose capitals and multi-byte runes fall at every position of the
// eight-byte blocks it skips through.
func TestLowerText(t *testing.T) {
	ref := func(src string) (string, bool) {
		var b strings.Builder
		for _, r := range src {
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != utf8.RuneLen(r) {
				return "", false
			}
			b.WriteRune(l)
		}
		return b.String(), true
	}
	bases := []string{
		"", "a", "A", "@[`{", "the quick brown fox jumps over the lazy dog",
		"THE QUICK BROWN FOX", "Zoë’s café in MÜNCHEN", "ÀÉÎÕÜ àéîõü", "Ωμέγα ΣΟΦΙΑ", "日本語のテキスト",
		"İstanbul", "KELVIN \u212a sign", "\xff\xfe bad UTF-8 \xc3", "tab\tand\nNEWLINE\x00NUL",
	}
	var buf []byte // reused, as index reuses it: no byte of one text may stay for the next
	for _, base := range bases {
		for pad := range 9 {
			src := strings.Repeat("x", pad) + base + strings.Repeat("Q", pad)
			b, gotOK := lowerText(buf, src)
			buf = b
			got := string(b)
			want, wantOK := ref(src)
			if !utf8.ValidString(src) {
				// The reference decodes a bad byte as U+FFFD; lowerText
				// keeps it, as it keeps every byte offset.
				want, wantOK = string(lowerBytes(src)), true
			}
			if gotOK != wantOK || gotOK && got != want {
				t.Errorf("lowerText(%q) = %q, %v; want %q, %v", src, got, gotOK, want, wantOK)
			}
		}
	}
}

// lowerBytes lower-cases the ASCII capitals of src and keeps every other
// byte, which is what lowerText does to text that is not UTF-8 and holds
// no other capitals.
func lowerBytes(src string) []byte {
	b := []byte(src)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// Every token's form is its text, every form's word its lower-case text,
// and a form or word is numbered once, at its first use.
func TestVocabulary(t *testing.T) {
	const src = "Talks FAILED. The talks failed, said Zoë ZOË.\n\nİstanbul said: talks!"
	d := NewDocument(src, "")
	v := d.Vocabulary()
	if v == nil {
		t.Fatal("NewDocument made no vocabulary")
	}
	seenForm, seenWord := map[string]bool{}, map[string]bool{}
	for i := range d.Sentences {
		toks, forms := d.SentenceTokens(i), d.SentenceForms(i)
		if len(forms) != len(toks) {
			t.Fatalf("sentence %d: %d forms for %d tokens", i, len(forms), len(toks))
		}
		for k, tok := range toks {
			f := forms[k]
			if got := v.Forms[f]; got != tok.In(src) {
				t.Errorf("token %q has form %q", tok.In(src), got)
			}
			if got, want := v.Words[v.Lower[f]], strings.ToLower(tok.In(src)); got != want {
				t.Errorf("token %q has word %q, want %q", tok.In(src), got, want)
			}
			// Numbered in order of first use: a new form is the next
			// number, a seen one an earlier number.
			if !seenForm[v.Forms[f]] && int(f) != len(seenForm) {
				t.Errorf("new form %q numbered %d, want %d", v.Forms[f], f, len(seenForm))
			}
			seenForm[v.Forms[f]] = true
			if w := v.Lower[f]; !seenWord[v.Words[w]] && int(w) != len(seenWord) {
				t.Errorf("new word %q numbered %d, want %d", v.Words[w], w, len(seenWord))
			}
			seenWord[v.Words[v.Lower[f]]] = true
		}
	}
	if len(v.Classes) != len(v.Words) {
		t.Fatalf("%d classes for %d words", len(v.Classes), len(v.Words))
	}
	for w, word := range v.Words {
		if got, want := v.Classes[w], lexicon.Lookup(word); got != want {
			t.Errorf("word %q has classes %#x, want lexicon.Lookup's %#x", word, uint64(got), uint64(want))
		}
	}
	if c := v.Classes[v.Lower[d.SentenceForms(1)[0]]]; !c.Has(lexicon.Stop) {
		t.Errorf("the word %q has classes %#x, want the lexicon's function word", v.Forms[d.SentenceForms(1)[0]], uint64(c))
	}
	if len(v.Forms) != len(seenForm) || len(v.Words) != len(seenWord) {
		t.Errorf("%d forms and %d words, want %d and %d", len(v.Forms), len(v.Words), len(seenForm), len(seenWord))
	}
	if len(v.Words) >= len(v.Forms) {
		t.Errorf("%d words for %d forms: \"Talks\" and \"talks\" should share one", len(v.Words), len(v.Forms))
	}
	// Indexing reuses its working memory: another document's must not
	// reach this one's vocabulary.
	forms, words, lower := slices.Clone(v.Forms), slices.Clone(v.Words), slices.Clone(v.Lower)
	NewDocument("Other WORDS entirely, in a text of their own. Talks resumed.", "").Vocabulary()
	if !slices.Equal(v.Forms, forms) || !slices.Equal(v.Words, words) || !slices.Equal(v.Lower, lower) {
		t.Errorf("vocabulary changed when another document was indexed")
	}
	lit := &Document{Text: src, Sentences: Sentences(src)}
	if got := lit.Vocabulary(); !reflect.DeepEqual(got, v) || !slices.Equal(lit.SentenceForms(1), d.SentenceForms(1)) {
		t.Errorf("a literal Document's vocabulary %+v differs from NewDocument's %+v", got, v)
	}
	mine := NewDocumentOf(src, "", []Sentence{{Span: Span{Start: 0, End: len(src)}}})
	if got := len(mine.SentenceForms(0)); got != len(AppendTokens(nil, src, Span{0, len(src)})) {
		t.Errorf("NewDocumentOf with one sentence: %d forms", got)
	}
}
