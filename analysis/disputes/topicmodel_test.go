package disputes

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/ner"
)

// TestTopicCandidatesStartAtPhrases: a topic candidate starts where a noun
// phrase can: not inside one, not at a verb after its subject pronoun,
// not at a reporting verb or an actor alone; and it may carry the
// prepositional phrases after it.
func TestTopicCandidatesStartAtPhrases(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string // candidates that must be offered
		not  []string // candidates that must not
	}{
		{
			name: "a verb after its subject pronoun opens no phrase",
			src:  "The Harbour Trust said it wants to curb harbour fees.",
			want: []string{"curb harbour fees"},
			not:  []string{"wants to curb harbour fees", "wants"},
		},
		{
			name: "a phrase with its prepositional phrase",
			src:  "Mr Hale criticised the closure of the fish market.",
			want: []string{"closure of the fish market", "fish market"},
			not:  []string{"criticised the closure", "Mr Hale"},
		},
		{
			name: "a reporting verb opens no phrase",
			src:  "The council argued rents would rise.",
			not:  []string{"argued rents"},
		},
		{
			name: "what a claim says, after its that and conjunction",
			src:  "But Mr Hale said that the new ferry tolls would empty the harbour.",
			want: []string{"the new ferry tolls would empty the harbour"},
		},
		{
			name: "a claim keeps the closing mark of its quotation",
			src:  `Mr Hale said the market was his rival's "pet project".`,
			want: []string{`the market was his rival's "pet project"`},
		},
		{
			name: "a claim the cap cuts inside a quotation ends before it",
			src:  `Mr Hale said the ferry board had spent "far more on the market than on every other plan" last year.`,
			want: []string{"the ferry board had spent"},
			not:  []string{`the ferry board had spent "far more on the market than on`},
		},
		{
			name: "the US is a country, not the speaker's us",
			src:  "Mr Hale said the US would pay for the new quay.",
			want: []string{"the US would pay for the new quay"},
		},
		{
			name: "a claim in the speaker's own voice is no question",
			src:  "The Harbour Trust said we would all pay for the new quay.",
			not:  []string{"we would all pay for the new quay"},
		},
		{
			name: "a description of an actor is no topic",
			src:  "Trust chief executive Mr Hale attacked the ferry plan.",
			want: []string{"ferry plan"},
			not:  []string{"Trust chief executive Mr Hale", "chief executive Mr Hale"},
		},
		{
			name: "a verb of saying ends a phrase",
			src:  "Ferry union members told the council the plan would fail.",
			not:  []string{"Ferry union members told", "union members told"},
		},
		{
			name: "a verb after a modal opens no phrase",
			src:  "The trust would pay into the harbour fund.",
			want: []string{"the harbour fund"},
			not:  []string{"pay into the harbour fund", "pay"},
		},
		{
			name: "a noun may follow a form of be",
			src:  "There are new rules on harbour fees.",
			want: []string{"new rules on harbour fees"},
		},
		{
			name: "an infinitive with its object is an act in dispute",
			src:  "The council voted to curb harbour fees.",
			want: []string{"curb harbour fees"},
		},
		{
			name: "an act keeps its object past a determiner",
			src:  "The council voted to cut the mooring fees for small boats.",
			want: []string{"cut the mooring fees", "cut the mooring fees for small boats"},
		},
		{
			name: "a noun phrase carries an infinitive with its object",
			src:  "Mr Hale attacked the plans to close the old ferry terminal.",
			want: []string{"plans to close the old ferry terminal"},
			not:  []string{"plans to close"},
		},
		{
			name: "a noun phrase carries a participle's object",
			src:  "Mr Hale attacked a bylaw banning jet skis in the harbour.",
			want: []string{"bylaw banning jet skis", "bylaw banning jet skis in the harbour"},
		},
		{
			name: "a noun phrase carries another joined by and",
			src:  "Mr Hale criticised the toll rise and cuts to ferry services.",
			want: []string{"toll rise and cuts to ferry services"},
		},
		{
			name: "what a claim says starts after the that of where it was said",
			src:  "Mr Hale said in a statement that the new tolls would empty the harbour.",
			want: []string{"the new tolls would empty the harbour"},
			not:  []string{"in a statement that the new tolls would empty the harbour"},
		},
		{
			name: "a claim ends before an aside that says how it was made",
			src:  "Mr Hale said the new tolls would empty the harbour, arguing that fishermen would leave.",
			want: []string{"the new tolls would empty the harbour"},
			not:  []string{"the new tolls would empty the harbour, arguing"},
		},
		{
			name: "a claim may open with a word in -ed",
			src:  "Mr Hale said increased tolls would drive fishermen away.",
			want: []string{"increased tolls would drive fishermen away"},
		},
		{
			name: "a that inside the claim's subject ends no setting",
			src:  "Mr Hale said most of the firms that bid for the ferry contract had pulled out.",
			not:  []string{"bid for the ferry contract had pulled"},
		},
		{
			name: "a gerund before a preposition is an item of a list",
			src:  "Mr Hale said the council had cut bus routes, funding for libraries and street lighting.",
			want: []string{"the council had cut bus routes, funding for libraries"},
			not:  []string{"the council had cut bus routes"},
		},
		{
			name: "a gerund in a list is no aside",
			src:  "Mr Hale said the ferry plan meant higher tolls, borrowing and waste.",
			want: []string{"the ferry plan meant higher tolls, borrowing and waste"},
		},
		{
			name: "a participle after a possessive qualifies its noun",
			src:  "Mr Hale criticised the harbour board's proposed ferry fees.",
			want: []string{"harbour board's proposed ferry fees"},
		},
		{
			name: "a participle after a preposition opens a phrase",
			src:  "Fishermen marched in protest at planned toll rises.",
			want: []string{"planned toll rises"},
		},
		{
			name: "a body or a group is a topic, a person or an office is not",
			src:  "The president of the chamber attacked the election campaign of migrant workers.",
			want: []string{"election campaign of migrant workers", "migrant workers"},
			not:  []string{"The president of the chamber", "president of the chamber"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, hale, trust, council)
			r, err := read(context.Background(), doc, acts, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer r.release()
			var got []string
			for ph := range r.topicCandidates(&point{sents: []int{0}}) {
				got = append(got, ph.span.In(r.Text))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not among the candidates %q", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("%q among the candidates %q", w, got)
				}
			}
		})
	}
}

// TestClaimTopicAsQuestion: a point whose sides dispute a claim takes the
// claim as its topic, written as the question it raises, its first word
// in lower case when only the sentence's start capitalised it.
func TestClaimTopicAsQuestion(t *testing.T) {
	src := "Senator Hale said the new ferry tolls would empty the harbour by the spring. " +
		"The Harbour Trust rejected his claim and said the new ferry tolls would save the harbour."
	doc, acts := newDoc(t, src, hale, trust)
	points, _ := find(t, doc, acts)
	if len(points) == 0 {
		t.Fatal("no dispute found")
	}
	if got := points[0].Topic; !strings.HasPrefix(got, "whether the new ferry tolls would") {
		t.Errorf("topic %q; want the claim as a question, \"whether the new ferry tolls would ...\"", got)
	}
}

// TestQuestionLowersOpeningCapital: a claim written as a question keeps
// a name's capital but not the one its place at the start of a sentence
// or a quotation gave it.
func TestQuestionLowersOpeningCapital(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`Mr Hale said: "The new tolls will empty the harbour."`, "whether the new tolls will empty the harbour"},
		{`But the new tolls will empty the harbour, Mr Hale said.`, "whether the new tolls will empty the harbour"},
		{`Mr Hale said the Harbour Trust would empty the harbour.`, "whether the Harbour Trust would empty the harbour"},
		{`Mr Hale said: 'The new tolls will empty the harbour.'`, "whether the new tolls will empty the harbour"},
		{`Mr Hale said: "Christmas will be ruined by the tolls."`, "whether Christmas will be ruined by the tolls"},
	} {
		doc, acts := newDoc(t, tc.src, hale, trust)
		r, err := read(context.Background(), doc, acts, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for ph := range r.topicCandidates(&point{sents: []int{0}}) {
			if ph.claim {
				got = append(got, r.question(&r.sents[0], ph, r.topicText(&r.sents[0], ph.first, ph.end)))
			}
		}
		r.release()
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s: questions %q, want %q among them", tc.src, got, tc.want)
		}
	}
}

// TestTopicTextNamesPronouns: a topic is read away from its sentence,
// so a pronoun the reading resolved is written as its actor's name, in
// the form the text first names it.
func TestTopicTextNamesPronouns(t *testing.T) {
	for _, tc := range []struct{ src, phrase, want string }{
		{"Senator Hale defended his ferry plan.", "his ferry plan", "Senator Hale's ferry plan"},
		{"Senator Hale arrived. The trust said he had misled the harbour board.", "he had misled the harbour board", "Senator Hale had misled the harbour board"},
		{"Senator Hale defended the ferry plan.", "the ferry plan", "the ferry plan"},
	} {
		doc, acts := newDoc(t, tc.src, hale, trust)
		r, err := read(context.Background(), doc, acts, nil)
		if err != nil {
			t.Fatal(err)
		}
		s := &r.sents[len(r.sents)-1]
		at := strings.Index(r.Text, tc.phrase)
		first, end := -1, -1
		for k, tok := range s.Tokens {
			if tok.Start == at {
				first = k
			}
			if tok.End == at+len(tc.phrase) {
				end = k + 1
			}
		}
		if first < 0 || end < 0 {
			t.Fatalf("%q: no tokens for %q", tc.src, tc.phrase)
		}
		if got := r.topicText(s, first, end); got != tc.want {
			t.Errorf("%q: topicText(%q) = %q, want %q", tc.src, tc.phrase, got, tc.want)
		}
		r.release()
	}
}

func TestGerund(t *testing.T) {
	for _, tc := range []struct{ verb, want string }{
		{"raise", "raising"},
		{"curb", "curbing"},
		{"cut", "cutting"},
		{"ban", "banning"},
		{"die", "dying"},
		{"agree", "agreeing"},
		{"open", "opening"},
		{"fund", "funding"},
		{"allow", "allowing"},
		{"fix", "fixing"},
		{"go", "going"},
		{"admit", "admitting"},
		{"refer", "referring"},
		{"visit", "visiting"},
		{"offer", "offering"},
		{"fuel", "fuelling"},
		{"control", "controlling"},
		{"quit", "quitting"},
		{"equip", "equipping"},
		{"panic", "panicking"},
	} {
		if got := gerund(tc.verb); got != tc.want {
			t.Errorf("gerund(%q) = %q, want %q", tc.verb, got, tc.want)
		}
	}
}

func TestInfinitiveTopicWrittenAsAct(t *testing.T) {
	// What the council voted to do is an act; what changes are made to
	// is not, nor what a gift goes to.
	got := actsOffered(t, "The Harbour Trust attacked Westbrook Council, which voted to double harbour fees. "+
		"It made changes to pension provisions, a gift to ferry traffic.", 0, 1)
	if !slices.Equal(got, []string{"double harbour fees"}) {
		t.Errorf("acts offered %q, want only %q", got, "double harbour fees")
	}
}

// TestInfinitiveOfNoun: after "to", a word the tagger's classes put among
// nouns, which the article writes after a determiner too, is an act's
// verb only with an object after it: the smuggler was sentenced to
// death, not "deathing", and the council voted to ban jet skis.
func TestInfinitiveOfNoun(t *testing.T) {
	got := actsOffered(t, "The Harbour Trust backed the death penalty and the ban on jet skis. "+
		"The smuggler was sentenced to death for the harbour fire. "+
		"Westbrook Council voted to ban jet skis.", 1, 2)
	if !slices.Equal(got, []string{"ban jet skis"}) {
		t.Errorf("acts offered %q, want only %q", got, "ban jet skis")
	}
}

// actsOffered returns the acts among the topic candidates of a point of
// sentences sents of src.
func actsOffered(t *testing.T, src string, sents ...int) []string {
	t.Helper()
	doc, acts := newDoc(t, src, hale, trust, council)
	r, err := read(context.Background(), doc, acts, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.release()
	var got []string
	for ph := range r.topicCandidates(&point{sents: sents}) {
		if ph.act {
			got = append(got, ph.span.In(r.Text))
		}
	}
	return got
}

// TestTopicInText checks the tests' grounding check itself: it must
// refuse a topic with words the text does not hold.
func TestTopicInText(t *testing.T) {
	src := "Senator Martin Hale wants to curb harbour fees. He said the plan would fail."
	for _, tc := range []struct {
		topic string
		want  bool
	}{
		{"harbour fees", true},
		{"whether the plan would fail", true},
		{"curbing harbour fees", true},
		{"Martin Hale's harbour fees", true},
		{"whether Martin Hale's plan would fail", true},
		{"whether Martin Hale's plans would fail", false},
		{"raising harbour fees", false},
		{"the ferry tolls", false},
		{"fees harbour", false}, // the text's words out of its order
		{"whether", false},
	} {
		if got := topicInText(src, tc.topic); got != tc.want {
			t.Errorf("topicInText(%q) = %v, want %v", tc.topic, got, tc.want)
		}
	}
}

// TestTopicCandidatesStopAtVerbs: a noun phrase ends where the words
// around a name read as its clause: an adverb in -ly (known by the
// tagger's word classes, so that "the family" and "a costly ferry" stay
// whole) and the verb after a person's name ("Senator Hale held talks");
// a name after a determiner is a modifier ("the Hale family"), and a
// phrase about when ("on Monday") is not carried. After "was" a word of
// the tagger's branch of verbs is the clause's ("was unable to ...").
func TestTopicCandidatesStopAtVerbs(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatalf("ner.Default() = _, %v; want the embedded tagger", err)
	}
	for _, tc := range []struct {
		src       string
		want, not []string
	}{
		{"Senator Hale briefly defended the costly ferry plan.", []string{"costly ferry plan"}, []string{"Senator Hale briefly"}},
		{"Senator Hale held talks on the ferry plan.", []string{"the ferry plan"}, []string{"Senator Hale held talks", "Senator Hale held"}},
		{"The Harbour Trust allegedly raised the tolls.", nil, []string{"The Harbour Trust allegedly"}},
		{"The trust criticised the Hale family over the tolls.", []string{"Hale family over the tolls"}, nil},
		{"The trust criticised the ban on tolls on Monday.", []string{"ban on tolls"}, []string{"ban on tolls on Monday"}},
		// What follows "was" is the clause's adjective, not a noun.
		{"Westbrook Council was unable to stop the ferry tolls.", []string{"ferry tolls"}, []string{"unable to stop the ferry tolls", "unable"}},
		{"Westbrook Council was due to repay the harbour loan.", []string{"harbour loan"}, []string{"due to repay the harbour loan"}},
		{"There were new rules on the ferry tolls.", []string{"new rules on the ferry tolls"}, nil},
	} {
		doc, acts := newDoc(t, tc.src, hale, trust)
		r, err := read(context.Background(), doc, acts, tg)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for ph := range r.topicCandidates(&point{sents: []int{0}}) {
			got = append(got, r.Text[r.sents[0].Tokens[ph.first].Start:r.sents[0].Tokens[ph.end-1].End])
		}
		r.release()
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: candidates %q, want %q among them", tc.src, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: candidates %q hold %q", tc.src, got, n)
			}
		}
	}
}
