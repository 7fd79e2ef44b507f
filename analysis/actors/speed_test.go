package actors

import (
	"strings"
	"testing"
	"unicode"
)

// TestAppendInitials checks the in-place splitter against the splitting it
// replaced, on hyphens in every place and on non-ASCII and broken text.
func TestAppendInitials(t *testing.T) {
	for _, w := range []string{
		"", "-", "--", "a", "Al", "al-Qaeda", "Lib-Dem-", "-x", "x--y", "Élysée-palais",
		"ñandú-ola", "\xc3", "a-\xc3-b", "Smith-Jones", "e-Bay", "3-D", "ǆ-ǉ",
	} {
		var b strings.Builder
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				b.WriteString(strings.ToUpper(part[:1]))
			}
		}
		if got := string(appendInitials(nil, w)); got != b.String() {
			t.Errorf("appendInitials(%q) = %q, want %q", w, got, b.String())
		}
	}
}

// TestFoldHash checks that words equal but for case hash alike, in ASCII
// and beyond, at every length around the eight-byte words the hash reads,
// and that different words do not.
func TestFoldHash(t *testing.T) {
	words := []string{
		"a", "the", "Minister", "ÉLYSÉE", "ñandú", "\u212aelvin", "İstanbul", "ǅemal",
		"abcdefgh", "ABCDEFGHI", "Secretary-General", "ÀÉÎÕÜàéîõü", "x\xc3y", "@[`{",
	}
	seen := map[uint64]string{}
	for _, w := range words {
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w), strings.ToTitle(w)} {
			if strings.ToLower(v) == strings.ToLower(w) && foldHash(v) != foldHash(w) {
				t.Errorf("foldHash(%q) != foldHash(%q)", v, w)
			}
		}
		if o, ok := seen[foldHash(w)]; ok && o != w {
			t.Errorf("foldHash(%q) == foldHash(%q)", w, o)
		}
		seen[foldHash(w)] = w
	}
	if foldHash("@") == foldHash("`") || foldHash("[") == foldHash("{") {
		t.Error("foldHash lowers marks next to the capitals")
	}
	var s wordSet
	s.init(4)
	s.add("minister")
	if !s.has("Minister") || !s.has("MINISTER") || s.has("ministers") {
		t.Error("wordSet does not fold case")
	}
}

// TestFirstWord checks firstWord against strings.Fields.
func TestFirstWord(t *testing.T) {
	for _, s := range []string{"", " ", "a", " the union", "bank\u00a0of", "x\ty", "\u2003é b", "\xc3 z"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := firstWord(s); got != want {
			t.Errorf("firstWord(%q) = %q, want %q", s, got, want)
		}
	}
	if actorID(1) != "actor-1" || actorID(128) != "actor-128" || actorID(129) != "actor-129" {
		t.Error("actorID")
	}
}

// TestKeyOfAsBefore checks keyOf against the strings.Builder version it replaced.
func TestKeyOfAsBefore(t *testing.T) {
	ref := func(prefix, s string) string {
		s = stripPossessive(s)
		var b strings.Builder
		b.WriteString(prefix)
		space := false
		for _, r := range s {
			switch {
			case unicode.IsSpace(r):
				space = b.Len() > len(prefix)
				continue
			case r == '’':
				r = '\''
			default:
				r = unicode.ToLower(r)
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	for _, s := range []string{
		"", " ", "Iran's", "the Americans’", "  Bank \t of\nEngland ", "ÉLYSÉE Palace", "O’Neill",
		"a\u00a0b", "x\u2003y", "\xc3\x28", "AT&T", "Al-Qaeda’s", "\u212aelvin", "Z[a]{z}@`",
		strings.Repeat("Long Name ", 12),
	} {
		for _, p := range []string{"", "name:"} {
			if got, want := keyOf(p, s), ref(p, s); got != want {
				t.Errorf("keyOf(%q, %q) = %q, want %q", p, s, got, want)
			}
		}
	}
}

// TestPrefilters checks that every key of the filtered tables passes its
// filter, as string and as bytes: a filter that turned one away would
// change an answer.
func TestPrefilters(t *testing.T) {
	check := func(name string, p *prefilter, keys func(func(string))) {
		keys(func(k string) {
			if !mayHave(p, k) || !mayHave(p, []byte(k)) {
				t.Errorf("%s filter turns away %q", name, k)
			}
		})
	}
	check("lexicon", lexFilter, func(f func(string)) {
		for k := range lexicon {
			f(k)
		}
	})
	check("exactLex", exactFilter, func(f func(string)) {
		for k := range exactLex {
			f(k)
		}
	})
	check("gazStarts", gazStartFilter(), func(f func(string)) {
		for k := range gazStarts() {
			f(k)
		}
	})
	if lex("the") == 0 || lex("The") == 0 || lex("zyzzyva") != 0 || exactClasses("President") == 0 {
		t.Error("lookups through the filters")
	}
}
