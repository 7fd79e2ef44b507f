package actors

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
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

// TestClassesAsLists checks the classes classify
// finds against the lookups they stand for (the lists themselves,
// asked with strings.ToLower or as written, gazStarts.mayStart and the
// tagger's lexicon), for
// every key of the lists in several spellings and for every token of texts
// made of them and of invented sentences; and, when ../shared is present,
// of a sample of BBC articles.
func TestClassesAsLists(t *testing.T) {
	var ws []string
	add := func(w string) {
		title := w
		if w != "" {
			title = strings.ToUpper(w[:1]) + w[1:]
		}
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w), title} {
			ws = append(ws, v, v+"'s", v+"’s", v+".", v+"s'")
		}
	}
	for k := range lexicon.All() {
		add(k)
	}
	for k := range exactLex {
		add(k)
	}
	for k := range startsOf(gazetteer.Default()) {
		add(k)
	}
	for _, w := range []string{"", "Mr.", "U.S.", "McKay", "MPs", "iPhone", "Øby", "ÉLYSÉE", "straße",
		"\u212aelvin", "\xc3\x28", "O'Neill", "don`t", "AT&T", "Al-Qaeda’s", strings.Repeat("Ab", 20),
		strings.Repeat("x", 33), "4G", "A", "a", "I"} {
		add(w)
	}
	for _, w := range ws {
		if got, want := lex(w), lexicon.Lookup(strings.ToLower(w)); got != want {
			t.Errorf("lex(%q) = %#x, want %#x", w, got, want)
		}
		if got, want := exactClasses(w), exactLex[w]; got != want {
			t.Errorf("exactClasses(%q) = %#x, want %#x", w, got, want)
		}
	}
	texts := []string{
		strings.Join(ws, " "),
		"The Mayor of Øby, Ms Ní Bhraonáin, said the U.S. Senate's vote was \"a mistake\". " +
			"Former minister Tomás Quirós told MPs in Halden: the party's leaders ARE wrong. " +
			"Reporters asked whether the Tories' plan would pass; the Commission did not say.",
	}
	if files, _ := filepath.Glob(filepath.Join(sharedDir, "corpora", "bbc", "*", "*.txt")); len(files) > 0 {
		slices.Sort(files)
		for i := 0; i < len(files); i += max(1, len(files)/60) {
			data, err := os.ReadFile(files[i])
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	} else {
		t.Logf("BBC corpus not found under %s/corpora/bbc; checking invented texts only", sharedDir)
	}
	const lazy = classPreRole | classPreRoleKnown
	tagger, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range texts {
		d, err := newDocument(context.Background(), text.NewDocument(src, ""), gazetteer.Default())
		if err != nil {
			t.Fatal(err)
		}
		d.tagger = tagger
		lower := map[string]bool{}
		for _, tk := range d.toks {
			if w := tk.In(d.src); tk.Kind == text.Word && !startsUpper(w) {
				lower[strings.ToLower(w)] = true
			}
		}
		for k, tk := range d.toks {
			tok, bare := d.tok(k), d.bare(k)
			want := lexClasses(lexicon.Lookup(strings.ToLower(tok)), lexicon.Lookup(strings.ToLower(bare)))
			if tk.Kind == text.Word && startsUpper(tok) {
				want |= classCapWord
			}
			if got := d.class[k] &^ lazy; got != want {
				t.Errorf("token %q: classes %#x, want %#x", tok, got, want)
			}
			if got, want := d.lexAt(k), lexicon.Lookup(strings.ToLower(tok)); got != want {
				t.Errorf("token %q: lexAt %#x, want %#x", tok, got, want)
			}
			if got, want := d.lexPluralAt(k), lexicon.Lookup(strings.ToLower(undot(tok))); got != want {
				t.Errorf("token %q: lexPluralAt %#x, want %#x", tok, got, want)
			}
			wantWord := wordBits(exactLex[tok], exactLex[bare], exactLex[undot(bare)], exactLex[undot(tok)])
			if got := d.wordClass(k); got != wantWord {
				t.Errorf("token %q: exact-case classes %#x, want %#x", tok, got, wantWord)
			}
			if got, want := d.gazStart(k), startsOf(gazetteer.Default()).mayStart(tok); got != want {
				t.Errorf("token %q: gazStart %v, want %v", tok, got, want)
			}
			if got, want := d.usuallyLower(k), tagger.UsuallyLower(bare); got != want {
				t.Errorf("token %q: usuallyLower %v, want %v", tok, got, want)
			}
			wantClass, wantOK := 0, false
			if bits := tagger.Cluster(bare); len(bits) >= headClassBits {
				n, err := strconv.ParseInt(bits[:headClassBits], 2, 0)
				wantClass, wantOK = int(n), err == nil
			}
			if got, ok := d.headClassAt(k); got != wantClass || ok != wantOK {
				t.Errorf("token %q: headClassAt = %d, %v, want %d, %v", tok, got, ok, wantClass, wantOK)
			}
			if got, want := d.lowerSeen(tok), lower[strings.ToLower(tok)]; got != want {
				t.Errorf("token %q: lowerSeen %v, want %v", tok, got, want)
			}
			if got, want := d.lowerSeenAt(k), lower[strings.ToLower(bare)]; got != want {
				t.Errorf("token %q: lowerSeenAt %v, want %v", tok, got, want)
			}
		}
		d.release()
	}
}
