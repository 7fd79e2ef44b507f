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

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/text"
)

func findText(t *testing.T, title, src string) []Actor {
	t.Helper()
	doc := &text.Document{Text: src, Title: title, Sentences: text.Sentences(src)}
	got, err := Find(context.Background(), doc, tagged())
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

func TestFindPhenomena(t *testing.T) {
	tests := []phenomenon{
		{
			name: "country names, capital as metonym, demonyms, government",
			text: "Trade envoys from both countries met on Monday. Moscow says the fishing deal is close, while Tokyo insists the quotas are still open. " +
				"Russian officials and Japanese negotiators will meet again in March. The Japanese government wants a longer season, and the Russians want a shorter one. " +
				"Japan said Russia had ignored its earlier offer.",
			want: []wantActor{
				{name: "Russia", typ: Country, aliases: []string{"Moscow", "Russian officials", "Russia", "Russians"}},
				{name: "Japan", typ: Country, aliases: []string{"Tokyo", "Japanese government", "Japan"}},
			},
			absent: []string{"Trade", "Monday", "March"},
		},
		{
			name: "a capitalised Government after the article is the bare government",
			text: "Canada said its exports rose in May. Officials said the Government would cut the tariff, and Canada's farmers welcomed it.",
			want: []wantActor{
				{name: "Canada", typ: Country, aliases: []string{"Canada", "the Government"}},
			},
			absent: []string{"Government"},
		},
		{
			name: "this government, in a quote, is the bare government (plainGovernment)",
			text: "Canada said its exports rose in May. \"Once again this government has let farmers down,\" Ana Lenz said.",
			want: []wantActor{
				{name: "Canada", typ: Country, aliases: []string{"Canada", "government"}},
			},
		},
		{
			name: "government modifying a noun after a preposition or article (plainGovernment)",
			text: "Canada said its exports rose in May. Ana Lenz held talks on government plans, and a government spokesman said so.",
			want: []wantActor{
				{name: "Canada", typ: Country, aliases: []string{"Canada", "government"}},
			},
		},
		{
			name: "a qualified government is not the bare one (plainGovernment)",
			text: "Canada said its exports rose in May. Ana Lenz said local government was failing.",
			want: []wantActor{
				{name: "Canada", typ: Country},
			},
			absent: []string{"government", "local government"},
		},
		{
			name: "the government of a titled person is the bare government",
			text: "Germany said jobs grew in May. Unemployment has stayed high, the government of Chancellor Ana Lenz said.",
			want: []wantActor{
				{name: "Germany", typ: Country, aliases: []string{"Germany", "the government"}},
			},
		},
		{
			name: "a possessive government is a description of its country",
			text: "Analysts praised the Canadian government's plan to cut spending. Canada said the cuts would start in May.",
			want: []wantActor{
				{name: "Canada", typ: Country, aliases: []string{"Canadian government", "Canada"}},
			},
		},
		{
			name: "a capital that is only a setting is a location",
			text: "The finance ministers gathered in Nairobi. Nobody else attended. They left Nairobi on Thursday and flew home.",
			want: []wantActor{
				{name: "Nairobi", typ: Location},
			},
		},
		{
			name: "a setting capital joins its country when the text names it",
			text: "Negotiations in Ottawa dragged on all week. Canada said it would keep its tariffs. Officials in Ottawa gave no details.",
			want: []wantActor{
				{name: "Canada", typ: Country, aliases: []string{"Ottawa", "Canada"}},
			},
		},
		{
			name: "seat of government as metonym",
			text: "The Kremlin dismissed the report. A spokesman said Russia had broken no rules. Moscow has said so before.",
			want: []wantActor{
				{name: "Russia", typ: Country, aliases: []string{"Kremlin", "Russia", "Moscow"}},
			},
		},
		{
			name: "administration of the dominant country",
			text: "The US has questioned the accord. US officials said the accord was one-sided. The US will not sign it, and the Calder administration has said so twice. " +
				"Mexico signed.",
			want: []wantActor{
				{name: "United States", typ: Country, aliases: []string{"Calder administration", "US officials"}},
				{name: "Mexico", typ: Country},
			},
		},
		{
			name: "administration stays an organisation when no country dominates",
			text: "Spain signed the accord. Portugal signed it as well. The Calder administration refused.",
			want: []wantActor{
				{name: "Calder administration", typ: Organization},
			},
		},
		{
			name: "organisation with parenthesised acronym",
			text: "The Coastal Heritage Foundation (CHF) has gone to court. The CHF says the new pier would ruin the dunes.",
			want: []wantActor{
				{name: "Coastal Heritage Foundation", typ: Organization, aliases: []string{"CHF", "Coastal Heritage Foundation"}},
			},
		},
		{
			name: "acronym spelling the initials of a name",
			text: "The Ferry Pilots Union said its members would walk out. The FPU has given two weeks' notice.",
			want: []wantActor{
				{name: "Ferry Pilots Union", typ: Organization, aliases: []string{"FPU"}},
			},
		},
		{
			name: "gazetteer pair of name and acronym, with an apposition role",
			text: "Brazil criticised the director of the World Health Organization, Amara Diallo, over the vaccine rules. The WHO declined to comment.",
			want: []wantActor{
				{name: "World Health Organization", typ: Organization, aliases: []string{"WHO"}},
				{name: "Amara Diallo", typ: Person, exact: []string{"director of the World Health Organization"}},
			},
		},
		{
			name: "a gazetteer organisation takes the acronym given after it",
			text: "The East African Community (EAC) has called a summit. The EAC said all members would attend.",
			want: []wantActor{
				{name: "East African Community", typ: Organization, aliases: []string{"EAC"}},
			},
		},
		{
			name: "the government, also before of and a gerund",
			text: "The opposition accused the government of hiding the true cost of the bridge. A minister said the government had hidden nothing.",
			want: []wantActor{
				{name: "the government", typ: Country, aliases: []string{"the government"}},
			},
		},
		{
			name:   "the government of a named country is that country",
			text:   "The government of Chile has frozen the price of bread. Chile said the freeze would last a month.",
			want:   []wantActor{{name: "Chile", typ: Country}},
			absent: []string{"the government"},
		},
		{
			name: "full name, honorific and surname merged",
			text: "Nadia Ferrante opened the debate. Later Ms Ferrante said she was hopeful. Critics said Ferrante was naive.",
			want: []wantActor{
				{name: "Nadia Ferrante", typ: Person, aliases: []string{"Nadia Ferrante", "Ms Ferrante", "Ferrante"}},
			},
			absent: []string{"Later"}, // "Critics" acts: a lower-case group, not a name
		},
		{
			name: "two people with one surname kept apart",
			text: "John Carter, a lawyer, met Mary Carter, the judge, in court. Ms Carter said the case was closed. John Carter disagreed.",
			want: []wantActor{
				{name: "John Carter", typ: Person, exact: []string{"lawyer"}},
				{name: "Mary Carter", typ: Person, aliases: []string{"Ms Carter"}, exact: []string{"judge"}},
			},
		},
		{
			name: "titles and role phrases",
			text: "Chancellor Edwin Marsh will unveil his budget today. The opposition was unimpressed, and shadow health secretary Priya Nandra said the sums did not add up. " +
				"Mr Marsh said: \"The plan is fully funded.\"",
			want: []wantActor{
				{name: "Edwin Marsh", typ: Person, aliases: []string{"Chancellor Edwin Marsh", "Mr Marsh"}, exact: []string{"Chancellor"}},
				{name: "Priya Nandra", typ: Person, exact: []string{"shadow health secretary"}},
			},
		},
		{
			name: "sentence-initial common words are not names",
			text: "Critics of the merger are furious. Yesterday the critics marched again. Meanwhile little changed, and critics say Corvex will sell. Corvex did not comment.",
			want: []wantActor{
				{name: "Corvex", typ: Organization},
			},
			absent: []string{"Yesterday", "Meanwhile"}, // "critics" act: a lower-case group, not a name
		},
		{
			name: "regional peoples and leaders are groups",
			text: "Japan hosted African leaders at a summit on debt. The Africans asked for more time; Japan offered less.",
			want: []wantActor{
				{name: "African leaders", typ: Group, aliases: []string{"African leaders", "Africans"}},
				{name: "Japan", typ: Country},
			},
		},
		{
			name: "non-ASCII names and curly apostrophes",
			text: "José Álvarez met Zoë Ní Bhriain in Dublin. Mr Álvarez’s aides said Ms Ní Bhriain was helpful. Ireland’s envoy agreed.",
			want: []wantActor{
				{name: "José Álvarez", typ: Person, aliases: []string{"Mr Álvarez"}},
				{name: "Zoë Ní Bhriain", typ: Person, aliases: []string{"Ms Ní Bhriain"}},
				{name: "Ireland", typ: Country, aliases: []string{"Ireland", "Dublin"}},
			},
		},
		{
			name: "peers with territorial designations and namesakes",
			text: "Lord Pembury of Ashcombe rejected the charge. Daniel Owain Pembury was fined in 1998. Lord Pembury said the charge was baseless.",
			want: []wantActor{
				{name: "Lord Pembury of Ashcombe", typ: Person, aliases: []string{"Lord Pembury"}},
				{name: "Daniel Owain Pembury", typ: Person},
			},
		},
		{
			name: "names joined by and: one organisation before a lower-case head, else two",
			text: "The Allied Harbour and Ferry Workers union has balloted its members. The AHFW said most backed a strike. " +
				"Ines Varga and Tomas Berg, two of its members, said they would vote against.",
			want: []wantActor{
				{name: "Allied Harbour and Ferry Workers union", typ: Organization, aliases: []string{"AHFW"}},
				{name: "Ines Varga", typ: Person},
				{name: "Tomas Berg", typ: Person},
			},
		},
		{
			name: "a kind in lower case before a name is a role, not part of the name",
			text: "Consumer group Fair Deal backed the ruling. Fair Deal said prices would fall.",
			want: []wantActor{
				{name: "Fair Deal", typ: Organization, exact: []string{"Consumer group"}},
			},
			absent: []string{"Consumer group", "Consumer"},
		},
		{
			name: "plural and clipped party names",
			text: "The Liberal Democrats unveiled their housing plans. Lib Dem spokeswoman Carys Bell said the Lib Dems would build more homes. Ms Bell was upbeat.",
			want: []wantActor{
				{name: "Liberal Democrats", typ: Organization, aliases: []string{"Lib Dem", "Lib Dems"}},
				{name: "Carys Bell", typ: Person, exact: []string{"Lib Dem spokeswoman"}},
			},
		},
		{
			name:  "headline in the title and in the text",
			title: "Watchdog fines Megacorp",
			text:  "Megacorp faces a fine. The Office of Fair Trading said Megacorp had misled its customers. Megacorp denied it.",
			want: []wantActor{
				{name: "Megacorp", typ: Organization},
				{name: "Office of Fair Trading", typ: Organization},
			},
		},
		{
			name:   "a country used only as a modifier is not an actor",
			text:   "A UK firm has won the contract. The firm, Acme Holdings, said it was delighted. Acme Holdings will hire staff.",
			want:   []wantActor{{name: "Acme Holdings", typ: Organization}},
			absent: []string{"UK", "United Kingdom"},
		},
		{
			name: "an office without a name is a role, not an actor",
			text: "The First Secretary said the plan was sound. Jack Smith, the First Secretary, will visit schools.",
			want: []wantActor{
				{name: "Jack Smith", typ: Person, exact: []string{"First Secretary"}},
			},
			absent: []string{"First Secretary"},
		},
	}
	checkPhenomena(t, tests)
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
	src := "Nadia Ferrante met Edwin Marsh in Paris."
	_, err := Find(ctx, &text.Document{Text: src, Sentences: text.Sentences(src)}, tagged())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Find with a cancelled context = %v; want context.Canceled", err)
	}
}

func TestFindDeterministic(t *testing.T) {
	src := "Germany and France backed the treaty. Britain has been wary, but Ms Ferrante said Britain would sign. " +
		"Forest Rights Watch and Amnesty International criticised the EU. The EU said the quota would stay. Nadia Ferrante said the US was wrong."
	first := findText(t, "", src)
	for range 20 {
		if again := findText(t, "", src); !reflect.DeepEqual(first, again) {
			t.Fatalf("Find is not deterministic:\n%s\nvs\n%s", describe(first), describe(again))
		}
	}
}

// stubFinder proposes fixed candidates, to show that the stages after the
// finder work on whatever a finder gives them: the seam tagFinder uses.
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
	got, _, err := find(context.Background(), doc, gazetteer.Default(), defaultFilterOf(t), nil, stubFinder{spans: map[int][][2]int{0: {{0, 2}}, 1: {{5, 6}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Name != "Ada Byron" || got[0].Type != Person || len(got[0].Mentions) != 2 {
		t.Fatalf("find with a stub finder = %s; want one person with two mentions", describe(got))
	}
}
