package actors

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/text"
)

func findText(t *testing.T, title, src string) []Actor {
	t.Helper()
	doc := &text.Document{Text: src, Title: title, Sentences: text.Sentences(src)}
	got, err := Find(context.Background(), doc, Options{})
	if err != nil {
		t.Fatalf("Find: %v", err)
	}
	checkInvariants(t, src, got)
	return got
}

// checkInvariants checks what holds for every result: spans slice back to
// text on rune boundaries, mentions in text order, aliases are mention
// texts, salience in range and sorted, ids in order.
func checkInvariants(t *testing.T, src string, got []Actor) {
	t.Helper()
	sum := 0.0
	for i, a := range got {
		if want := "actor-" + strconv.Itoa(i+1); a.ID != want {
			t.Errorf("actor %d has ID %q; want %q", i, a.ID, want)
		}
		if a.Salience < 0 || a.Salience > 1 || i > 0 && a.Salience > got[i-1].Salience {
			t.Errorf("%s salience %v out of range or order", a.Name, a.Salience)
		}
		sum += a.Salience
		if a.Name == "" || a.Type == Unknown || len(a.Mentions) == 0 {
			t.Errorf("actor %+v lacks a name, type or mention", a)
		}
		for j, m := range a.Mentions {
			if m.Start < 0 || m.End > len(src) || m.Start >= m.End || !utf8.RuneStart(src[m.Start]) || m.End < len(src) && !utf8.RuneStart(src[m.End]) {
				t.Fatalf("%s: bad span %v", a.Name, m.Span)
			}
			if j > 0 && m.Start < a.Mentions[j-1].Start {
				t.Errorf("%s: mentions out of order", a.Name)
			}
			if !slices.Contains(a.Aliases, m.In(src)) {
				t.Errorf("%s: mention %q not among aliases %q", a.Name, m.In(src), a.Aliases)
			}
			if m.Kind == UnknownMention {
				t.Errorf("%s: mention %q has no kind", a.Name, m.In(src))
			}
		}
	}
	if len(got) > 0 && math.Abs(sum-1) > 1e-9 {
		t.Errorf("salience sums to %v; want 1", sum)
	}
}

func byName(actors []Actor, name string) *Actor {
	for i := range actors {
		if actors[i].Name == name {
			return &actors[i]
		}
	}
	return nil
}

// want describes one actor a test expects.
type want struct {
	name    string
	typ     Type
	aliases []string // must all be among the actor's aliases
	roles   []string // each must be among the roles
}

func TestFindPhenomena(t *testing.T) {
	tests := []struct {
		name   string
		title  string
		text   string
		want   []want
		absent []string // no actor may have one of these as name or alias
	}{
		{
			name: "country names, capital as metonym, demonyms, government",
			text: "Officials from both sides met on Monday. Washington says the talks went well, while Tehran insists nothing was agreed. " +
				"American diplomats and Iranian envoys will meet again. The US government wants more, and the Iranians want less. " +
				"Iran said the United States had misled America's allies.",
			want: []want{
				{name: "United States", typ: Country, aliases: []string{"Washington", "US government", "United States", "America"}},
				{name: "Iran", typ: Country, aliases: []string{"Tehran", "Iranians", "Iran"}},
			},
			absent: []string{"Officials", "Monday"},
		},
		{
			name: "a capital that is only a setting is a location",
			text: "The ministers met in Baghdad. Nobody else came. They left Baghdad on Tuesday and flew home.",
			want: []want{
				{name: "Baghdad", typ: Location},
			},
		},
		{
			name: "a setting capital joins its country when the text names it",
			text: "Talks in Beijing went on for hours. China said it would not change its policy. Officials in Beijing were silent.",
			want: []want{
				{name: "China", typ: Country, aliases: []string{"Beijing", "China"}},
			},
		},
		{
			name: "seat of government as metonym",
			text: "Downing Street rejected the claim. A spokesman said Britain would not pay. The UK has said so before.",
			want: []want{
				{name: "United Kingdom", typ: Country, aliases: []string{"Downing Street", "Britain", "UK"}},
			},
		},
		{
			name: "administration of the dominant country",
			text: "The US has criticised the plan. US officials said the plan was flawed. The US will not back it, and the Bush administration has said so. " +
				"France disagreed.",
			want: []want{
				{name: "United States", typ: Country, aliases: []string{"Bush administration", "US officials"}},
				{name: "France", typ: Country},
			},
		},
		{
			name: "administration stays an organisation when no country dominates",
			text: "France backed the plan. Germany backed it too. The Bush administration did not.",
			want: []want{
				{name: "Bush administration", typ: Organization},
			},
		},
		{
			name: "organisation with parenthesised acronym",
			text: "The Electronic Frontier Foundation (EFF) has joined the case. The EFF says the rights of reporters are at stake.",
			want: []want{
				{name: "Electronic Frontier Foundation", typ: Organization, aliases: []string{"EFF", "Electronic Frontier Foundation"}},
			},
		},
		{
			name: "acronym spelling the initials of a name",
			text: "The Fire Brigades Union said it would strike. The FBU has balloted its members.",
			want: []want{
				{name: "Fire Brigades Union", typ: Organization, aliases: []string{"FBU"}},
			},
		},
		{
			name: "gazetteer pair of name and acronym, with an apposition role",
			text: "The US attacked the head of the International Atomic Energy Agency, Mohamed ElBaradei, for his remarks. The IAEA said little.",
			want: []want{
				{name: "International Atomic Energy Agency", typ: Organization, aliases: []string{"IAEA"}},
				{name: "Mohamed ElBaradei", typ: Person, roles: []string{"head of the International Atomic Energy Agency"}},
			},
		},
		{
			name: "full name, honorific and surname merged",
			text: "Tony Blair spoke in the morning. Later Mr Blair said he was confident. Critics said Blair was wrong.",
			want: []want{
				{name: "Tony Blair", typ: Person, aliases: []string{"Tony Blair", "Mr Blair", "Blair"}},
			},
			absent: []string{"Critics", "Later"},
		},
		{
			name: "two people with one surname kept apart",
			text: "John Carter, a lawyer, met Mary Carter, the judge, in court. Ms Carter said the case was closed. John Carter disagreed.",
			want: []want{
				{name: "John Carter", typ: Person, roles: []string{"lawyer"}},
				{name: "Mary Carter", typ: Person, aliases: []string{"Ms Carter"}, roles: []string{"judge"}},
			},
		},
		{
			name: "titles and role phrases",
			text: "Chancellor Gordon Brown will set out his plans. The Tories were scathing, and shadow home secretary David Davis said the plans would fail. " +
				"Mr Brown said: \"We will deliver.\"",
			want: []want{
				{name: "Gordon Brown", typ: Person, aliases: []string{"Chancellor Gordon Brown", "Mr Brown"}, roles: []string{"Chancellor"}},
				{name: "David Davis", typ: Person, roles: []string{"shadow home secretary"}},
			},
		},
		{
			name: "sentence-initial common words are not names",
			text: "Critics of the scheme are angry. Yesterday the critics met again. Meanwhile nothing changed, and critics say Unison will act. Unison did not comment.",
			want: []want{
				{name: "Unison", typ: Organization},
			},
			absent: []string{"Critics", "Yesterday", "Meanwhile"},
		},
		{
			name: "regional peoples and powers are groups",
			text: "The US and European powers have kept a united front. The Europeans want talks; the US wants sanctions.",
			want: []want{
				{name: "European powers", typ: Group, aliases: []string{"European powers", "Europeans"}},
				{name: "United States", typ: Country},
			},
		},
		{
			name: "non-ASCII names and curly apostrophes",
			text: "José Álvarez met Zoë Ní Bhriain in Dublin. Mr Álvarez’s aides said Ms Ní Bhriain was helpful. Ireland’s envoy agreed.",
			want: []want{
				{name: "José Álvarez", typ: Person, aliases: []string{"Mr Álvarez"}},
				{name: "Zoë Ní Bhriain", typ: Person, aliases: []string{"Ms Ní Bhriain"}},
				{name: "Ireland", typ: Country, aliases: []string{"Ireland", "Dublin"}},
			},
		},
		{
			name: "peers with territorial designations and namesakes",
			text: "Lord Roberts of Conwy criticised the claim. Sion Aubrey Roberts was jailed in 1993. Lord Roberts said the claim was absurd.",
			want: []want{
				{name: "Lord Roberts of Conwy", typ: Person, aliases: []string{"Lord Roberts"}},
				{name: "Sion Aubrey Roberts", typ: Person},
			},
		},
		{
			name: "plural and clipped party names",
			text: "The Liberal Democrats launched their campaign. Lib Dem leader Charles Kennedy said the Lib Dems would win. Mr Kennedy was cheerful.",
			want: []want{
				{name: "Liberal Democrats", typ: Organization, aliases: []string{"Lib Dem", "Lib Dems"}},
				{name: "Charles Kennedy", typ: Person, roles: []string{"Lib Dem leader"}},
			},
		},
		{
			name:  "headline in the title and in the text",
			title: "Watchdog raps Megacorp",
			text:  "Megacorp faces a fine. The Office of Fair Trading said Megacorp had misled its customers. Megacorp denied it.",
			want: []want{
				{name: "Megacorp", typ: Organization},
				{name: "Office of Fair Trading", typ: Organization},
			},
		},
		{
			name:   "a country used only as a modifier is not an actor",
			text:   "A UK firm has won the contract. The firm, Acme Holdings, said it was delighted. Acme Holdings will hire staff.",
			want:   []want{{name: "Acme Holdings", typ: Organization}},
			absent: []string{"UK", "United Kingdom"},
		},
		{
			name: "an office without a name is a role, not an actor",
			text: "The First Minister said the plan was sound. Jack Smith, the First Minister, will visit schools.",
			want: []want{
				{name: "Jack Smith", typ: Person, roles: []string{"First Minister"}},
			},
			absent: []string{"First Minister"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findText(t, tt.title, tt.text)
			for _, w := range tt.want {
				a := byName(got, w.name)
				if a == nil {
					t.Errorf("no actor %q; got %s", w.name, describe(got))
					continue
				}
				if a.Type != w.typ {
					t.Errorf("%s: type %v; want %v", w.name, a.Type, w.typ)
				}
				for _, al := range w.aliases {
					if !slices.Contains(a.Aliases, al) {
						t.Errorf("%s: aliases %q lack %q", w.name, a.Aliases, al)
					}
				}
				for _, r := range w.roles {
					if !slices.Contains(a.Roles, r) {
						t.Errorf("%s: roles %q lack %q", w.name, a.Roles, r)
					}
				}
			}
			for _, s := range tt.absent {
				for _, a := range got {
					if a.Name == s || slices.Contains(a.Aliases, s) {
						t.Errorf("actor %q (aliases %q) should not exist", a.Name, a.Aliases)
					}
				}
			}
		})
	}
}

func describe(actors []Actor) string {
	var b strings.Builder
	for _, a := range actors {
		b.WriteString("\n\t" + a.Name + " " + a.Type.String() + " " + strings.Join(a.Aliases, "|"))
	}
	return b.String()
}

func TestMentionKinds(t *testing.T) {
	src := "The US said Washington was ready. American officials agreed. The Kremlin and Moscow said nothing, and the Russian government waited."
	got := findText(t, "", src)
	kinds := map[string]MentionKind{}
	for _, a := range got {
		for _, m := range a.Mentions {
			kinds[m.In(src)] = m.Kind
		}
	}
	for text, want := range map[string]MentionKind{
		"US": Acronym, "Washington": Metonym, "American officials": Description,
		"Kremlin": Metonym, "Moscow": Metonym, "Russian government": Description,
	} {
		if kinds[text] != want {
			t.Errorf("mention %q has kind %v; want %v", text, kinds[text], want)
		}
	}
}

func TestSalienceOrder(t *testing.T) {
	src := "Acme Holdings has sued Widget Corp. Acme Holdings said Widget Corp copied its designs. Acme Holdings wants damages. " +
		"The case will be heard in London."
	got := findText(t, "Acme sues rival", src)
	if len(got) < 2 || got[0].Name != "Acme Holdings" || got[1].Name != "Widget Corp" {
		t.Fatalf("actors in order %s; want Acme Holdings, then Widget Corp", describe(got))
	}
	if last := got[len(got)-1]; last.Type != Location {
		t.Errorf("least salient actor is %s (%v); want the London setting", last.Name, last.Type)
	}
}

func TestFindEmptyAndNameless(t *testing.T) {
	for _, src := range []string{"", "   \n\n", "it was a quiet day and nothing happened at all."} {
		got := findText(t, "", src)
		if len(got) != 0 {
			t.Errorf("Find(%q) = %s; want no actors", src, describe(got))
		}
	}
}

func TestFindCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	src := "Tony Blair met Jacques Chirac in Paris."
	_, err := Find(ctx, &text.Document{Text: src, Sentences: text.Sentences(src)}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Find with a cancelled context = %v; want context.Canceled", err)
	}
}

func TestFindDeterministic(t *testing.T) {
	src := "Germany and France backed the plan. Britain has been cautious, but Mr Straw said Britain would agree. " +
		"Human Rights Watch and Amnesty International criticised the EU. The EU said the ban would stay. Jack Straw said the US was wrong."
	first := findText(t, "", src)
	for range 20 {
		if again := findText(t, "", src); !reflect.DeepEqual(first, again) {
			t.Fatalf("Find is not deterministic:\n%s\nvs\n%s", describe(first), describe(again))
		}
	}
}

// stubFinder proposes fixed candidates, to show that the stages after the
// finder work on whatever a finder gives them: the seam a trained tagger
// will use.
type stubFinder struct{ spans map[int][][2]int }

func (f stubFinder) find(dst []candidate, d *document, s int) []candidate {
	for _, sp := range f.spans[s] {
		dst = append(dst, candidate{Span: d.span(sp[0], sp[1]), sent: s, first: sp[0], end: sp[1], kind: Name, hint: Person, acronymOf: -1, titleStart: sp[0]})
	}
	return dst
}

func TestFinderSeam(t *testing.T) {
	src := "Ada Byron wrote notes. Byron was praised."
	doc := &text.Document{Text: src, Sentences: text.Sentences(src)}
	// Token 0-1 is "Ada Byron"; in the second sentence token 5 is "Byron".
	got, err := find(context.Background(), doc, stubFinder{spans: map[int][][2]int{0: {{0, 2}}, 1: {{5, 6}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Name != "Ada Byron" || got[0].Type != Person || len(got[0].Mentions) != 2 {
		t.Fatalf("find with a stub finder = %s; want one person with two mentions", describe(got))
	}
}
