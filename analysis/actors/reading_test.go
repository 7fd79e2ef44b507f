package actors_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/internal/actortest"
)

// The invented actors of the reading's tests.
var (
	vance   = actortest.Person("Oren Vance", "Mr Vance", "Vance")
	idris   = actortest.Person("Lena Idris", "Ms Idris", "Idris")
	hale    = actortest.Person("Martin Hale", "Senator Hale", "Hale")
	guild   = actortest.Org("Millers Guild", "the Millers Guild")
	freight = actortest.Org("Ardent Freight Company", "Ardent Freight")
	board   = actortest.Org("Tarn Water Board", "the Tarn Water Board")
	tarn    = actortest.Country("Tarnland", "Tarnish").WithDemonyms("Tarnish")
)

// read reads src with the actors of specs, releasing the reading when the
// test ends.
func read(t *testing.T, src string, specs ...actortest.Spec) *actors.Reading {
	t.Helper()
	doc, acts := actortest.Doc(src, specs...)
	rd, err := actors.Read(context.Background(), doc, acts)
	if err != nil {
		t.Fatalf("Read = _, %v; want nil error", err)
	}
	t.Cleanup(rd.Release)
	return rd
}

// tokenOf returns the sentence and token of the n-th (from 1) token whose
// text is word, or fails t.
func tokenOf(t *testing.T, rd *actors.Reading, word string, n int) (int, int) {
	t.Helper()
	for i, s := range rd.Sentences {
		for k, tok := range s.Tokens {
			if tok.In(rd.Text) == word {
				if n--; n == 0 {
					return i, k
				}
			}
		}
	}
	t.Fatalf("no token %q number %d in %q", word, n, rd.Text)
	return 0, 0
}

// tokenAt returns the sentence and token starting at byte off, or fails
// t.
func tokenAt(t *testing.T, rd *actors.Reading, off int) (int, int) {
	t.Helper()
	for i, s := range rd.Sentences {
		for k, tok := range s.Tokens {
			if tok.Start == off {
				return i, k
			}
		}
	}
	t.Fatalf("no token at %d in %q", off, rd.Text)
	return 0, 0
}

var viaNames = map[actors.Via]string{actors.ByName: "name", actors.ByPronoun: "pronoun"}

// A pronoun stands for the actor the text makes clear, and for no one when
// it is unclear; a description is left to Find.
func TestReadResolvesReferences(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []actortest.Spec
		ref    string // the reference, its last use in the text
		want   string // the actor it stands for, or "" for none
		via    actors.Via
	}{
		{"she is the woman of the two", "Mr Vance greeted Ms Idris at the depot. She said the depot would close.",
			[]actortest.Spec{vance, idris}, "She said", "Lena Idris", actors.ByPronoun},
		{"he is the subject of the sentence before", "Mr Vance said he had called Ms Idris. He added that the plan was late.",
			[]actortest.Spec{vance, idris}, "He added", "Oren Vance", actors.ByPronoun},
		{"it before a verb of saying", "The Millers Guild met on Monday. It said the prices were unfair.",
			[]actortest.Spec{guild}, "It said", "Millers Guild", actors.ByPronoun},
		{"it before any other verb is a thing", "The Millers Guild met on Monday. It rained all day.",
			[]actortest.Spec{guild}, "It rained", "", 0},
		{"she cannot be a man", "Mr Vance opened the depot. She cut the ribbon.",
			[]actortest.Spec{vance}, "She cut", "", 0},
		{"a description is Find's to link, not the reading's", "The Ardent Freight Company cut its routes. The Millers Guild blamed the company for the cuts.",
			[]actortest.Spec{freight, guild}, "the company", "", 0},
		{"a title held by many is no one", "Mr Vance opened the depot. The spokesman said it was late.",
			[]actortest.Spec{vance}, "The spokesman", "", 0},
		{"beyond ASCII", "Mme Ōtani criticised the İzmir Dock Board. « Elle a tort », she said.",
			[]actortest.Spec{actortest.Person("Zoë Ōtani", "Mme Ōtani"), actortest.Org("İzmir Dock Board")}, "she said", "Zoë Ōtani", actors.ByPronoun},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := read(t, tt.src, tt.actors...)
			i, k := tokenAt(t, rd, strings.LastIndex(tt.src, tt.ref))
			s := &rd.Sentences[i]
			mi := s.Tokens[k].Mention
			if mi < 0 {
				if tt.want != "" {
					t.Errorf("%q stands for no one; want %s", tt.ref, tt.want)
				}
				return
			}
			m := s.Mentions[mi]
			if got := rd.Actors[m.Actor].Name; got != tt.want || m.Via != tt.via {
				t.Errorf("%q stands for %q by %s; want %q by %s", tt.ref, got, viaNames[m.Via], tt.want, viaNames[tt.via])
			}
			if m.First != k || !s.Span.Contains(m.Span) || m.From >= i+1 {
				t.Errorf("reference %+v: want it to start at token %d, inside sentence %d and name an actor at or before it", m, k, i)
			}
		})
	}
}

// claimText returns what claim c says, without the punctuation at its
// ends.
func claimText(rd *actors.Reading, c actors.Claim) string {
	toks := rd.Sentences[c.Sentence].Tokens
	if c.First >= c.End {
		return ""
	}
	return strings.Trim(rd.Text[toks[c.First].Start:toks[c.End-1].End], " ,.:;\"“”")
}

// Who says what, in each way news prose puts it: the claims of a
// sentence's verb of saying or of "according to".
func TestReadFindsClaims(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		word    string // the word introducing the claim, its first use
		speaker string // "" for no claim there
		said    string
		rebut   bool
	}{
		{"according to, opening the sentence", "According to Senator Hale, the Tarn Water Board hid the cost.", "According",
			"Martin Hale", "the Tarn Water Board hid the cost", false},
		{"according to, closing the sentence", "The Tarn Water Board hid the cost, according to Senator Hale.", "according",
			"Martin Hale", "The Tarn Water Board hid the cost", false},
		{"according to no one named", "According to the latest figures, the Tarn Water Board hid the cost.", "According",
			"", "", false},
		{"said that", "Senator Hale said that the Tarn Water Board had hidden the cost.", "said",
			"Martin Hale", "the Tarn Water Board had hidden the cost", false},
		{"said after the quotation", `"The cost was hidden," said Senator Hale.`, "said",
			"Martin Hale", "The cost was hidden", false},
		{"but opens an answer", "But Ms Idris said the figures were sound.", "said",
			"Lena Idris", "the figures were sound", true},
		{"a verb of answering", "Ms Idris replied that the figures were sound.", "replied",
			"Lena Idris", "the figures were sound", true},
		{"told, past the listener", "Ms Idris told the Millers Guild that the figures were sound.", "told",
			"Lena Idris", "the figures were sound", false},
		{"a title before the name", "Guild leader Lena Idris said the figures were sound.", "said",
			"Lena Idris", "the figures were sound", false},
		{"hearsay is no one's", "Senator Hale is said to favour the plan.", "said", "", "", false},
		{"an answering verb that reports nothing", "The Tarn Water Board had to respond to the plans.", "respond", "", "", false},
		{"a noun of saying", "Senator Hale dismissed the claims of a rift.", "claims", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := read(t, tt.src, hale, idris, board, guild, actortest.Org("Guild"))
			i, k := tokenOf(t, rd, tt.word, 1)
			s := &rd.Sentences[i]
			ci := slices.IndexFunc(s.Claims, func(c actors.Claim) bool { return c.Verb == k })
			if ci < 0 {
				if tt.speaker != "" {
					t.Errorf("no claim at %q; want one by %s", tt.word, tt.speaker)
				}
				return
			}
			c := s.Claims[ci]
			if tt.speaker == "" {
				t.Fatalf("claim by %s at %q; want none", rd.Actors[c.Speaker].Name, tt.word)
			}
			got, said := rd.Actors[c.Speaker].Name, claimText(rd, c)
			if got != tt.speaker || said != tt.said || c.Rebut != tt.rebut || c.Sentence != i || c.From != i || c.Via != actors.ByName {
				t.Errorf("claim = %s %q rebut %v (sentence %d, from %d, by %s); want %s %q rebut %v in sentence %d by name",
					got, said, c.Rebut, c.Sentence, c.From, viaNames[c.Via], tt.speaker, tt.said, tt.rebut, i)
			}
		})
	}
}

// A quotation over several sentences speaks for whoever opened it, or,
// when that sentence named no one, for whoever closes it; it goes on past
// a paragraph only if the next one reopens it, and a stray straight quote
// does not turn the rest inside out.
func TestReadCarriesQuotations(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		speakers []string // each sentence's speaker of a quotation carried over, or ""
		quoted   []string // the first word of each sentence and whether it is quoted: "word" or "word quoted"
	}{
		{"opened with its speaker", `Ms Idris said: "The plan is reckless. It will cost the town dearly."`,
			[]string{"", "Lena Idris"}, []string{"Ms", "It quoted"}},
		{"closed with its speaker", `"The plan is reckless. It will cost the town dearly," said Ms Idris.`,
			[]string{"Lena Idris", ""}, []string{"The quoted", "It quoted"}},
		{"no quotation", `Ms Idris said the plan was reckless. It will cost the town dearly.`,
			[]string{"", ""}, []string{"Ms", "It"}},
		{"reopened in the next paragraph", "Ms Idris said: \"The plan is reckless.\n\n\"It will cost the town dearly.\"",
			[]string{"", "Lena Idris"}, []string{"Ms", "It quoted"}},
		{"not reopened in the next paragraph", "Ms Idris said: \"The plan is reckless.\n\nIt will cost the town dearly.",
			[]string{"", ""}, []string{"Ms", "It"}},
		{"a straight quote closes after a word", "Mr Vance spoke of the \"new\" depot. It will cost the town dearly.",
			[]string{"", ""}, []string{"Mr", "It"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := read(t, tt.src, idris, vance)
			if len(rd.Sentences) != len(tt.speakers) {
				t.Fatalf("%d sentences; want %d", len(rd.Sentences), len(tt.speakers))
			}
			for i, s := range rd.Sentences {
				got := ""
				if s.Speaker >= 0 {
					got = rd.Actors[s.Speaker].Name
				}
				if got != tt.speakers[i] {
					t.Errorf("sentence %d speaker = %q; want %q", i, got, tt.speakers[i])
				}
				first := s.Tokens[s.FirstWord()]
				q := first.In(rd.Text)
				if first.Quoted {
					q += " quoted"
				}
				if q != tt.quoted[i] {
					t.Errorf("sentence %d first word = %q; want %q", i, q, tt.quoted[i])
				}
			}
		})
	}
}

// Actors that speak for one side: a person and the organisation the text
// calls them by.
func TestReadAffiliated(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"a title of the body before the name", "Millers Guild leader Lena Idris attacked the plan.", true},
		{"the body after a preposition", "Lena Idris, from the Millers Guild, attacked the plan.", true},
		{"a spokeswoman for it", "Lena Idris, a spokeswoman for the Millers Guild, attacked the plan.", true},
		{"only named together", "Lena Idris and the Millers Guild attacked the plan.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := read(t, tt.src, idris, guild)
			if got := rd.Affiliated(0, 1); got != tt.want {
				t.Errorf("Affiliated(Idris, Guild) = %v; want %v", got, tt.want)
			}
		})
	}
}

// The tokens carry their lower-case words and lexicon classes, and the
// mentions are placed on them; a place is no side and is not placed.
func TestReadTokensAndMentions(t *testing.T) {
	src := "The Tarnish envoy met Mr Vance in Tarnland. Officials said nothing."
	rd := read(t, src, vance, tarn.WithDemonyms("Tarnish"))
	if len(rd.Sentences) != 2 {
		t.Fatalf("%d sentences; want 2", len(rd.Sentences))
	}
	s := rd.Sentences[0]
	var words, refs []string
	for _, tok := range s.Tokens {
		words = append(words, tok.Word)
		if rd.Words[tok.Form] != tok.Word {
			t.Errorf("token %q: Words[Form] = %q", tok.Word, rd.Words[tok.Form])
		}
	}
	for _, m := range s.Mentions {
		refs = append(refs, m.Span.In(src)+"="+rd.Actors[m.Actor].Name)
	}
	if want := []string{"the", "tarnish", "envoy", "met", "mr", "vance", "in", "tarnland", "."}; !slices.Equal(words, want) {
		t.Errorf("words = %q; want %q", words, want)
	}
	if want := []string{"Tarnish=Tarnland", "Mr Vance=Oren Vance", "Tarnland=Tarnland"}; !slices.Equal(refs, want) {
		t.Errorf("mentions = %q; want %q", refs, want)
	}
	if m := s.Mentions[0]; !m.Demonym || !m.Country || m.Person || s.Tokens[1].Mention != 0 {
		t.Errorf("Tarnish: %+v; want a country's demonym covering token 1", m)
	}
	if !rd.Sentences[1].Tokens[1].Class.Has(lexicon.Report) || rd.Sentences[1].Tokens[0].Class.Has(lexicon.Report) {
		t.Errorf("classes of %q, %q: want only \"said\" a verb of saying", "Officials", "said")
	}
}

// A reading is the same whether its arrays are new or reused from an
// earlier document's, and Release may be called twice.
func TestReadReusesArrays(t *testing.T) {
	a := "Senator Hale said the Tarn Water Board hid the cost. He added that it was late. It said he was wrong."
	b := "Ms Idris criticised the Millers Guild. \"The plan is reckless,\" she said."
	summary := func(rd *actors.Reading) string {
		var out []string
		for _, s := range rd.Sentences {
			for _, m := range s.Mentions {
				out = append(out, m.Span.In(rd.Text)+"="+rd.Actors[m.Actor].Name)
			}
			for _, c := range s.Claims {
				out = append(out, rd.Actors[c.Speaker].Name+" says "+claimText(rd, c))
			}
		}
		return strings.Join(out, "; ")
	}
	first := summary(read(t, a, hale, board))
	for range 3 {
		doc, acts := actortest.Doc(b, idris, guild)
		rd, err := actors.Read(context.Background(), doc, acts)
		if err != nil {
			t.Fatal(err)
		}
		rd.Release()
		rd.Release()
		if again := summary(read(t, a, hale, board)); again != first {
			t.Fatalf("reading after reuse = %s; want %s", again, first)
		}
	}
	if !strings.Contains(first, "He=Martin Hale") || !strings.Contains(first, "Martin Hale says the Tarn Water Board hid the cost") {
		t.Errorf("reading = %s; want \"He\" resolved to Martin Hale and his claim", first)
	}
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc, acts := actortest.Doc("Senator Hale said the board hid the cost.", hale, board)
	if _, err := actors.Read(ctx, doc, acts); !errors.Is(err, context.Canceled) {
		t.Errorf("Read(canceled) = _, %v; want context.Canceled", err)
	}
}
