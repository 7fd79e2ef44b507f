package disputes

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
)

// The actors of the test texts, all invented.
var (
	okonkwo   = person("Ruth Okonkwo", "Ms Okonkwo", "Okonkwo")
	hale      = person("Martin Hale", "Senator Hale", "Mr Hale", "Hale")
	quill     = person("Dara Quill", "Quill")
	union     = org("Transit Workers Union", "TWU")
	veridian  = org("Veridian Motors", "Veridian")
	trust     = org("Harbour Trust")
	council   = org("Westbrook Council")
	ministry  = org("Ministry of Energy", "the ministry")
	green     = org("Greenfield Party", "Greenfield")
	labour    = org("Labour Group")
	officials = org("Officials Association")
	treasury  = org("Treasury")
	ostrava   = country("Ostravia", "Ostravian", "Ostrava")
	velmar    = country("Velmar", "Velmarian")
)

func TestReadCues(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		actors   []spec
		want     []string // the names on the sides of a disagreement reading
		topic    string   // a word its topic must hold, if any
		apart    bool     // the topic is read apart, by a cue naming no side
		evidence int      // sentences holding a disagreement reading, if not 1
		maxConf  float64  // an upper bound on its hand-set confidence, if any
	}{{
		name:   "attack",
		src:    "Ruth Okonkwo attacked the Transit Workers Union for calling a strike during the festival.",
		actors: []spec{okonkwo, union},
		want:   []string{"Ruth Okonkwo", "Transit Workers Union"},
		topic:  "strike",
	}, {
		name:   "criticise, British spelling",
		src:    "The Greenfield Party criticised Westbrook Council over the closure of the library.",
		actors: []spec{green, council},
		want:   []string{"Greenfield Party", "Westbrook Council"},
		topic:  "closure",
	}, {
		name:   "criticize, American spelling",
		src:    "Senator Hale criticized the Treasury over its handling of the bond sale.",
		actors: []spec{hale, treasury},
		want:   []string{"Martin Hale", "Treasury"},
		topic:  "handling",
	}, {
		name:   "accuse",
		src:    "Senator Hale accused the Ministry of Energy of hiding the true cost of the dam.",
		actors: []spec{hale, ministry},
		want:   []string{"Martin Hale", "Ministry of Energy"},
	}, {
		name:   "deny claims by",
		src:    "The Ministry of Energy denied claims by Senator Hale that the dam was over budget.",
		actors: []spec{hale, ministry},
		want:   []string{"Martin Hale", "Ministry of Energy"},
		topic:  "claims",
	}, {
		name:   "reject a proposal",
		src:    "Veridian Motors rejected the Transit Workers Union's pay offer on Monday.",
		actors: []spec{veridian, union},
		want:   []string{"Transit Workers Union", "Veridian Motors"},
		topic:  "offer",
	}, {
		name:   "dismiss",
		src:    "Ms Okonkwo dismissed the report by the Harbour Trust as speculation.",
		actors: []spec{okonkwo, trust},
		want:   []string{"Harbour Trust", "Ruth Okonkwo"},
	}, {
		name:   "condemn",
		src:    "The Harbour Trust condemned Veridian Motors for dumping waste in the bay.",
		actors: []spec{trust, veridian},
		want:   []string{"Harbour Trust", "Veridian Motors"},
		topic:  "waste",
	}, {
		name:   "oppose",
		src:    "The Greenfield Party opposes the Labour Group's plan to sell the park.",
		actors: []spec{green, labour},
		want:   []string{"Greenfield Party", "Labour Group"},
		topic:  "plan",
	}, {
		name:   "slam",
		src:    "Dara Quill slammed the Officials Association after the final whistle.",
		actors: []spec{quill, officials},
		want:   []string{"Dara Quill", "Officials Association"},
	}, {
		name:   "blast",
		src:    "Westbrook Council blasted Veridian Motors over the delays.",
		actors: []spec{council, veridian},
		want:   []string{"Veridian Motors", "Westbrook Council"},
		topic:  "delays",
	}, {
		name:   "hit out at",
		src:    "The Officials Association hit out at Dara Quill over his comments on the referee.",
		actors: []spec{officials, quill},
		want:   []string{"Dara Quill", "Officials Association"},
		topic:  "comments",
	}, {
		name:   "row with",
		src:    "Westbrook Council is in a row with the Harbour Trust over parking charges.",
		actors: []spec{council, trust},
		want:   []string{"Harbour Trust", "Westbrook Council"},
		topic:  "parking charges",
	}, {
		name:   "dispute as a verb",
		src:    "The Greenfield Party disputed the figures published by the Treasury.",
		actors: []spec{green, treasury},
		want:   []string{"Greenfield Party", "Treasury"},
		topic:  "figures",
	}, {
		name:   "clash",
		src:    "The Harbour Trust clashed with Westbrook Council over the new marina.",
		actors: []spec{trust, council},
		want:   []string{"Harbour Trust", "Westbrook Council"},
		topic:  "marina",
	}, {
		name:   "a fight with",
		src:    "Ostravia is locked in a bitter fight with Velmar over water rights.",
		actors: []spec{ostrava, velmar},
		want:   []string{"Ostravia", "Velmar"},
		topic:  "water rights",
	}, {
		name:   "a fight between",
		src:    "A fight between Ostravia and Velmar over water rights has closed the border.",
		actors: []spec{ostrava, velmar},
		want:   []string{"Ostravia", "Velmar"},
		topic:  "water rights",
	}, {
		name:   "passive with by",
		src:    "Senator Hale was attacked by the Greenfield Party for missing the vote.",
		actors: []spec{hale, green},
		want:   []string{"Greenfield Party", "Martin Hale"},
		topic:  "vote",
	}, {
		name:   "contrast with while",
		src:    "Veridian Motors wants longer shifts, while the Transit Workers Union wants a shorter week.",
		actors: []spec{veridian, union},
		want:   []string{"Transit Workers Union", "Veridian Motors"},
	}, {
		name:   "contrast with whereas",
		src:    "Ostravia wants the border reopened, whereas Velmar insists it stays closed.",
		actors: []spec{ostrava, velmar},
		want:   []string{"Ostravia", "Velmar"},
	}, {
		name:    "contrast with but",
		src:     "The Ministry of Energy says the dam is safe, but Senator Hale says it is not.",
		actors:  []spec{ministry, hale},
		want:    []string{"Martin Hale", "Ministry of Energy"},
		maxConf: 0.5,
	}, {
		name:   "contrast with a semicolon",
		src:    "The Greenfield Party wants the park kept; the Labour Group wants homes built on it.",
		actors: []spec{green, labour},
		want:   []string{"Greenfield Party", "Labour Group"},
	}, {
		name:   "on the other hand",
		src:    "Westbrook Council wants a bigger car park; the Harbour Trust, on the other hand, wants fewer cars.",
		actors: []spec{council, trust},
		want:   []string{"Harbour Trust", "Westbrook Council"},
	}, {
		name: "a difference, then the two sides",
		src: "Their main difference is over the timetable. " +
			"Veridian Motors wants the plant closed by June, while the Transit Workers Union wants it kept open until the end of the year.",
		actors:   []spec{veridian, union},
		want:     []string{"Transit Workers Union", "Veridian Motors"},
		topic:    "timetable",
		apart:    true,
		evidence: 2,
	}, {
		name: "a difference in regard to, then the two sides",
		src: "The one real difference is in regard to the night tariff. " +
			"Veridian Motors wants it raised, while the Transit Workers Union wants it cut.",
		actors:   []spec{veridian, union},
		want:     []string{"Transit Workers Union", "Veridian Motors"},
		topic:    "night tariff",
		apart:    true,
		evidence: 2,
	}, {
		// The sentence naming "he" says nothing of the quarrel: it is no
		// evidence.
		name: "a pronoun subject",
		src: "Senator Hale spoke after the debate. " +
			"He accused the Ministry of Energy of misleading voters.",
		actors: []spec{hale, ministry},
		want:   []string{"Martin Hale", "Ministry of Energy"},
	}, {
		name: "the claim of a person in the sentence before",
		src: "Senator Hale said the dam was over budget. " +
			"The Ministry of Energy rejected the claim.",
		actors:   []spec{hale, ministry},
		want:     []string{"Martin Hale", "Ministry of Energy"},
		evidence: 2,
	}, {
		name: "a turn with But",
		src: "Westbrook Council says the new road will ease traffic. " +
			"But the Harbour Trust says it will ruin the shore.",
		actors:   []spec{council, trust},
		want:     []string{"Harbour Trust", "Westbrook Council"},
		evidence: 2,
	}, {
		name:    "an agreement denied",
		src:     "The Ministry of Energy will not agree with the Harbour Trust on the new tariff.",
		actors:  []spec{ministry, trust},
		want:    []string{"Harbour Trust", "Ministry of Energy"},
		maxConf: 0.5,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			rds := ofKind(readingsOf(t, doc, acts), false)
			match := withSides(rds, tc.want...)
			if len(match) == 0 {
				t.Fatalf("no disagreement reading with sides %q; readings %v", tc.want, rds)
			}
			topics := match
			if tc.apart {
				topics = rds
			}
			if tc.topic != "" && !slices.ContainsFunc(topics, func(rd reading) bool { return strings.Contains(rd.topic, tc.topic) }) {
				t.Errorf("readings %v: none has a topic with %q", topics, tc.topic)
			}
			if got, want := len(sentsOf(rds)), max(tc.evidence, 1); got != want {
				t.Errorf("disagreement readings hold %d sentences, want %d: %v", got, want, rds)
			}
			for _, rd := range match {
				if tc.maxConf > 0 && rd.conf > tc.maxConf {
					t.Errorf("reading %v: confidence %.2f, want at most %.2f for a weak cue", rd, rd.conf, tc.maxConf)
				}
			}
		})
	}
}

// A strong cue is read with a higher hand-set confidence than a weak one:
// the model reads that confidence as a feature.
func TestReadConfidenceOrder(t *testing.T) {
	src := "Senator Hale wants a new dam, while the Ministry of Energy wants the old one repaired.\n\n" +
		"Ruth Okonkwo attacked the Transit Workers Union for calling a strike."
	doc, acts := newDoc(t, src, hale, ministry, okonkwo, union)
	rds := ofKind(readingsOf(t, doc, acts), false)
	weak := withSides(rds, "Martin Hale", "Ministry of Energy")
	strong := withSides(rds, "Ruth Okonkwo", "Transit Workers Union")
	if len(weak) != 1 || len(strong) != 1 {
		t.Fatalf("readings %v; want one for the contrast and one for the attack", rds)
	}
	if strong[0].conf <= weak[0].conf {
		t.Errorf("attack read with confidence %.2f, contrast %.2f; want the attack, the stronger cue, above", strong[0].conf, weak[0].conf)
	}
}

// Statements come from the text and say what each side holds.
func TestReadStatements(t *testing.T) {
	tests := []struct {
		src  string
		acts []spec
		want []string // "name: statement", in side order
	}{{
		src:  "Veridian Motors wants longer shifts, while the Transit Workers Union wants a shorter week.",
		acts: []spec{veridian, union},
		want: []string{
			"Veridian Motors: Veridian Motors wants longer shifts",
			"Transit Workers Union: the Transit Workers Union wants a shorter week",
		},
	}, {
		src:  "Senator Hale accused the Ministry of Energy of hiding the true cost of the dam.",
		acts: []spec{hale, ministry},
		want: []string{
			"Martin Hale: accused the Ministry of Energy of hiding the true cost of the dam",
			"Ministry of Energy: hiding the true cost of the dam",
		},
	}}
	for _, tc := range tests {
		doc, acts := newDoc(t, tc.src, tc.acts...)
		rds := twoSided(ofKind(readingsOf(t, doc, acts), false))
		if len(rds) != 1 {
			t.Errorf("%q: readings %v, want one with both sides", tc.src, rds)
			continue
		}
		if !slices.Equal(rds[0].stmts, tc.want) {
			t.Errorf("%q: statements %q, want %q", tc.src, rds[0].stmts, tc.want)
		}
	}
}

func TestReadNoDispute(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
	}{{
		name: "news without conflict",
		src: "Veridian Motors opened a new plant in Westbrook on Monday. " +
			"The Transit Workers Union said the plant would employ 400 people. " +
			"Senator Hale visited the site in the afternoon and met the Harbour Trust.",
		actors: []spec{veridian, union, hale, trust},
	}, {
		name:   "a cue word used otherwise",
		src:    "Veridian Motors topped the sales table for the third year in a row, ahead of Ostravia's state carmaker.",
		actors: []spec{veridian, ostrava},
	}, {
		name:   "a cue denied",
		src:    "Senator Hale did not criticise the Ministry of Energy.",
		actors: []spec{hale, ministry},
	}, {
		name:   "one actor only",
		src:    "Senator Hale attacked the plan. He said it would fail.",
		actors: []spec{hale},
	}, {
		name:   "a side in a setting",
		src:    "The Transit Workers Union protested in Westbrook on Friday.",
		actors: []spec{union, {Name: "Westbrook", Type: actors.Location, Forms: []string{"Westbrook"}}},
	}, {
		name:   "an actor inside the object's phrase",
		src:    "Senator Hale criticised the ban on exports to Velmar.",
		actors: []spec{hale, velmar},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			if rds := twoSided(ofKind(readingsOf(t, doc, acts), false)); len(rds) != 0 {
				t.Errorf("disagreement readings %v, want none naming two actors", rds)
			}
		})
	}
}

func TestReadAgreements(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		actors   []spec
		want     []string // the names of an agreement reading's sides
		evidence int      // sentences holding an agreement reading, if not 1
	}{{
		name:   "agree",
		src:    "Veridian Motors and the Transit Workers Union agreed a new pay deal on Friday.",
		actors: []spec{veridian, union},
		want:   []string{"Transit Workers Union", "Veridian Motors"},
	}, {
		name:   "agree with",
		src:    "Ms Okonkwo said she agreed with the Harbour Trust on the need for a new pier.",
		actors: []spec{okonkwo, trust},
		want:   []string{"Harbour Trust", "Ruth Okonkwo"},
	}, {
		name:   "backed by",
		src:    "Senator Hale's plan was backed by the Harbour Trust.",
		actors: []spec{hale, trust},
		want:   []string{"Harbour Trust", "Martin Hale"},
	}, {
		name:   "supported",
		src:    "The Greenfield Party supported Senator Hale's call for an inquiry.",
		actors: []spec{green, hale},
		want:   []string{"Greenfield Party", "Martin Hale"},
	}, {
		name:   "joined in",
		src:    "The Harbour Trust joined Westbrook Council in calling for a review of the plans.",
		actors: []spec{trust, council},
		want:   []string{"Harbour Trust", "Westbrook Council"},
	}, {
		name: "similar, then both",
		src: "Westbrook Council and the Harbour Trust have similar goals for the marina. " +
			"Both share a wish for public money.",
		actors:   []spec{council, trust},
		want:     []string{"Harbour Trust", "Westbrook Council"},
		evidence: 2,
	}, {
		name: "an agreement, then both",
		src: "Westbrook Council and the Harbour Trust agreed a plan for the pier on Friday. " +
			"Both agree on the need to start work before the winter.",
		actors:   []spec{council, trust},
		want:     []string{"Harbour Trust", "Westbrook Council"},
		evidence: 2,
	}, {
		name:     "also oppose",
		src:      "The Greenfield Party will vote against the budget. The Labour Group also opposes it.",
		actors:   []spec{green, labour},
		want:     []string{"Greenfield Party", "Labour Group"},
		evidence: 2,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			rds := readingsOf(t, doc, acts)
			if against := twoSided(ofKind(rds, false)); len(against) != 0 {
				t.Errorf("disagreement readings %v, want none naming two actors", against)
			}
			agreed := ofKind(rds, true)
			if len(withSides(agreed, tc.want...)) == 0 {
				t.Fatalf("no agreement reading with sides %q; readings %v", tc.want, rds)
			}
			if got, want := len(sentsOf(agreed)), max(tc.evidence, 1); got != want {
				t.Errorf("agreement readings hold %d sentences, want %d: %v", got, want, agreed)
			}
		})
	}
}

// Likeness followed by "but" and a conflict is no agreement: the sentence
// turns on the difference.
func TestReadAgreementContradicted(t *testing.T) {
	src := "Westbrook Council and the Harbour Trust share a goal for the harbour, but a row over the cost divides them."
	doc, acts := newDoc(t, src, council, trust)
	if agreed := twoSided(ofKind(readingsOf(t, doc, acts), true)); len(agreed) != 0 {
		t.Errorf("agreement readings %v, want none", agreed)
	}
	src = "Westbrook Council and the Harbour Trust share a goal for the harbour."
	doc, acts = newDoc(t, src, council, trust)
	if agreed := ofKind(readingsOf(t, doc, acts), true); len(withSides(agreed, "Harbour Trust", "Westbrook Council")) != 1 {
		t.Errorf("agreement readings %v, want one between the two without the contrast", agreed)
	}
}

// Two actors criticising a third disagree with it and agree together.
func TestReadCoAgents(t *testing.T) {
	src := "The Greenfield Party and the Labour Group criticised Veridian Motors over the job cuts."
	doc, acts := newDoc(t, src, green, labour, veridian)
	rds := readingsOf(t, doc, acts)
	if against := ofKind(rds, false); len(against) != 1 || len(against[0].sides) != 3 {
		t.Errorf("disagreement readings %v, want one with three sides", against)
	}
	if agreed := ofKind(rds, true); len(agreed) != 1 || len(withSides(agreed, "Greenfield Party", "Labour Group")) != 1 {
		t.Errorf("agreement readings %v, want one between the two critics", agreed)
	}
}

// A quotation that runs over sentences speaks for the actor named where it
// opens, or where it closes.
func TestReadQuoteAcrossSentences(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		evidence int // the cue's sentence, and the speaker's if apart: what the reading holds
	}{{
		name: "speaker before",
		src: "Senator Hale said: \"We have waited two years for answers. " +
			"We reject the Ministry of Energy's excuses entirely.\"",
		evidence: 2,
	}, {
		name: "speaker after",
		src: "\"We have waited two years for answers. " +
			"We reject the Ministry of Energy's excuses entirely,\" said Senator Hale.",
		evidence: 1,
	}, {
		name: "curly quotes",
		src: "Senator Hale said: “We have waited two years for answers. " +
			"We reject the Ministry of Energy’s excuses entirely.”",
		evidence: 2,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, hale, ministry)
			if len(doc.Sentences) != 2 {
				t.Fatalf("test text has %d sentences, want 2", len(doc.Sentences))
			}
			rds := ofKind(readingsOf(t, doc, acts), false)
			match := withSides(rds, "Martin Hale", "Ministry of Energy")
			if len(match) != 1 {
				t.Fatalf("readings %v, want one between the speaker and the ministry", rds)
			}
			if len(match[0].sents) != tc.evidence {
				t.Errorf("reading %v, want %d sentences: the cue's and the one naming the speaker", match[0], tc.evidence)
			}
		})
	}
}

func TestReadNonASCII(t *testing.T) {
	src := "Société Générale des Eaux accused Ōsaka Holdings of hiding losses 💧 in its 2023 accounts. " +
		"Ōsaka Holdings denied the claims — « sans fondement », said its chairman.\n\n" +
		"東京 Rail, meanwhile, agreed with Société Générale des Eaux on the new tariff."
	soc := org("Société Générale des Eaux")
	osaka := org("Ōsaka Holdings")
	rail := org("東京 Rail")
	doc, acts := newDoc(t, src, soc, osaka, rail)
	rds := readingsOf(t, doc, acts)
	against := twoSided(ofKind(rds, false))
	if len(against) == 0 || len(withSides(against, "Société Générale des Eaux", "Ōsaka Holdings")) != len(against) {
		t.Errorf("disagreement readings %v, want only ones between Société Générale des Eaux and Ōsaka Holdings", against)
	}
	if got := sentsOf(against); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("disagreement readings hold sentences %v, want the accusation and the denial, [0 1]", got)
	}
	agreed := twoSided(ofKind(rds, true))
	if len(agreed) != 1 || len(withSides(agreed, "Société Générale des Eaux", "東京 Rail")) != 1 {
		t.Errorf("agreement readings %v, want one between 東京 Rail and Société Générale des Eaux", agreed)
	}
}

// The headline repeats the story in a few words; it is never evidence,
// and no reading holds it.
func TestFindHeadline(t *testing.T) {
	src := "Hale attacks ministry\n\nSenator Hale attacked the Ministry of Energy over the dam."
	doc, acts := newDoc(t, src, hale, ministry)
	if !doc.Sentences[0].Headline {
		t.Fatalf("test text's first sentence is no headline: %+v", doc.Sentences)
	}
	rds := readingsOf(t, doc, acts)
	if got := sentsOf(rds); !slices.Equal(got, []int{1}) {
		t.Errorf("readings hold sentences %v, want only the body sentence, [1]: %v", got, rds)
	}
	points, _ := find(t, doc, acts)
	if len(points) != 1 || len(points[0].Evidence) != 1 {
		t.Fatalf("got %+v, want one dispute read from the body sentence", points)
	}
}

// Mentions with wrong sentence indices or spans outside the text are
// placed by their offsets or ignored, never trusted blindly.
func TestFindBadMentions(t *testing.T) {
	src := "Senator Hale attacked the Ministry of Energy over the dam."
	doc, acts := newDoc(t, src, hale, ministry)
	acts[0].Mentions[0].Sentence = 7
	acts[1].Mentions = append(acts[1].Mentions, actors.Mention{Span: textSpan(50, 500), Sentence: 0})
	points, _ := find(t, doc, acts)
	if len(points) != 1 {
		t.Errorf("got %d disputes, want 1", len(points))
	}
}

func TestFindCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc, acts := newDoc(t, "Senator Hale attacked the Ministry of Energy.", hale, ministry)
	if _, _, err := findDoc(ctx, doc, acts, withModel(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("Find(canceled) = _, _, %v; want context.Canceled", err)
	}
	long := strings.Repeat("Senator Hale attacked the Ministry of Energy. ", 200)
	doc, acts = newDoc(t, long, hale, ministry)
	for _, n := range []int{1, 2, 50, 150} {
		_, _, err := findDoc(&cancelAfter{Context: context.Background(), n: n}, doc, acts, withModel(t))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancel after %d checks: Find = _, _, %v; want context.Canceled", n, err)
		}
	}
}

// cancelAfter is a context whose Err turns to Canceled after n calls, to
// check that the loops, not only the entry, look at it.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// A long document with one quarrel told many times gives one point
// between its two sides, not one a telling.
func TestFindRepeatedQuarrel(t *testing.T) {
	var b strings.Builder
	for range 30 {
		b.WriteString("Senator Hale attacked the Ministry of Energy over the dam. The weather was fine. ")
	}
	doc, acts := newDoc(t, b.String(), hale, ministry)
	points, _ := find(t, doc, acts)
	if len(points) != 1 {
		t.Fatalf("got %d disputes, want 1", len(points))
	}
	if got := sides(acts, positionIDs(points[0])); !slices.Equal(got, []string{"Martin Hale", "Ministry of Energy"}) {
		t.Errorf("sides %q, want Hale and the ministry", got)
	}
}

func TestFindEmpty(t *testing.T) {
	for _, src := range []string{"", "   ", "Hale."} {
		doc, acts := newDoc(t, src, hale, ministry)
		points, agreed := find(t, doc, acts)
		if len(points)+len(agreed) != 0 {
			t.Errorf("%q: got %d disputes and %d agreements, want none", src, len(points), len(agreed))
		}
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		names       []string
		verb, topic string
		want        string
	}{
		{[]string{"Ostravia", "Velmar"}, "disagree over", "water rights", "Ostravia and Velmar disagree over water rights."},
		{[]string{"A", "B", "C"}, "agree on", "the plan", "A, B and C agree on the plan."},
		{[]string{"A", "B"}, "disagree over", "", "A and B disagree."},
	}
	for _, tc := range tests {
		if got := describe(tc.names, tc.verb, tc.topic); got != tc.want {
			t.Errorf("describe(%q, %q, %q) = %q, want %q", tc.names, tc.verb, tc.topic, got, tc.want)
		}
	}
}

// TestFindEndToEnd runs the whole stage, readings and the embedded model,
// on texts whose answer no reader would doubt: a plain, strong quarrel
// between two named actors is a point between them, and a plain report
// with no quarrel in it is none. What the model makes of harder texts is
// measured on the annotated articles, not asserted here.
func TestFindEndToEnd(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
		want   []string // two actors some point must have as sides; none for no point
	}{{
		name: "an accusation and its rejection",
		src: "The Harbour Trust accused Westbrook Council of wasting public money on the marina. " +
			"Westbrook Council rejected the accusation and said the Harbour Trust had misled residents.\n\n" +
			"The row between the Harbour Trust and Westbrook Council has delayed the marina by a year.",
		actors: []spec{trust, council},
		want:   []string{"Harbour Trust", "Westbrook Council"},
	}, {
		name: "an attack and a dismissal",
		src: "Senator Hale attacked the Ministry of Energy over the cost of the new dam. " +
			"The Ministry of Energy dismissed his claims as nonsense.",
		actors: []spec{hale, ministry},
		want:   []string{"Martin Hale", "Ministry of Energy"},
	}, {
		name: "two countries clash",
		src: "Ostravia and Velmar clashed again on Friday over water rights on the Kessel river. " +
			"Velmar accused Ostravia of stealing its water, and Ostravia rejected the charge as a lie.",
		actors: []spec{ostrava, velmar},
		want:   []string{"Ostravia", "Velmar"},
	}, {
		name: "news without conflict",
		src: "Veridian Motors opened a new plant in Westbrook on Monday. " +
			"The Transit Workers Union said the plant would employ 400 people. " +
			"Senator Hale visited the site in the afternoon and met the Harbour Trust.",
		actors: []spec{veridian, union, hale, trust},
	}, {
		name: "a results story",
		src: "Veridian Motors reported record profits for the third quarter on Tuesday. " +
			"Chief executive Ruth Okonkwo said sales of its electric vans had risen by a fifth. " +
			"Veridian Motors sold more vans in Ostravia than in any other market, and Ms Okonkwo said " +
			"the company would open a new plant there next year.",
		actors: []spec{veridian, okonkwo, ostrava},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			points, _ := find(t, doc, acts)
			if tc.want == nil {
				if len(points) != 0 {
					t.Errorf("got %d disputes, want none: %+v", len(points), points)
				}
				return
			}
			for _, p := range points {
				if got := sides(acts, positionIDs(p)); slices.Contains(got, tc.want[0]) && slices.Contains(got, tc.want[1]) {
					return
				}
			}
			t.Errorf("no dispute between %q: %+v", tc.want, points)
		})
	}
}

// Without a model Find says so rather than guess.
func TestFindNeedsAModel(t *testing.T) {
	doc, acts := newDoc(t, "Mr Hale said the Harbour Trust lied.", hale, trust)
	if _, _, err := findDoc(context.Background(), doc, acts, Options{}); !errors.Is(err, ErrNoModel) {
		t.Errorf("Find without a model = %v; want ErrNoModel", err)
	}
}

// TestBodyHoldsSpokesmansPosition: a body its spokeswoman speaks for is a
// side of her quarrel, with her words as its position.
func TestBodyHoldsSpokesmansPosition(t *testing.T) {
	src := "Harbour Trust spokeswoman Ruth Okonkwo opened the new pier in March. " +
		"Ferries now call twice a day.\n\nThe island has 900 people. Its school has 40 pupils. " +
		"The last shop closed in 2019. A bus runs on Sundays. The lighthouse is open in summer.\n\n" +
		"Senator Hale attacked the new ferry tolls on Monday, calling them a tax on islanders. " +
		"But Ms Okonkwo rejected his criticism and said the tolls would save the harbour."
	speaker := okonkwo
	speaker.Roles = []string{"Harbour Trust spokeswoman"} // as Find reads the first sentence
	doc, acts := newDoc(t, src, hale, speaker, trust)
	points, _ := find(t, doc, acts)
	if len(points) == 0 {
		t.Fatal("no dispute found")
	}
	pos := map[string]string{}
	for _, p := range points[0].Positions {
		pos[p.ActorID] = p.Statement
	}
	id := func(name string) string {
		for _, a := range acts {
			if a.Name == name {
				return a.ID
			}
		}
		return ""
	}
	spokes, ok := pos[id("Ruth Okonkwo")]
	if !ok {
		t.Fatalf("positions %v: Ruth Okonkwo is no side", pos)
	}
	if got, ok := pos[id("Harbour Trust")]; !ok || got != spokes {
		t.Errorf("Harbour Trust's position %q (a side: %v); want its spokeswoman's, %q", got, ok, spokes)
	}
}

// TestOwnClaimBeforeNamingClause: a side's position is what it is
// reported to say, even in a later sentence, not an earlier clause that
// only names it, such as another speaker's title.
func TestOwnClaimBeforeNamingClause(t *testing.T) {
	src := "Vell mayor Ana Lenz said the new toll was reckless. " +
		"But Tom Brel, the council leader, said the toll was the only way to pay for repairs. " +
		"The Vell Chamber of Commerce said the toll would hurt shops."
	chamber := org("Vell Chamber of Commerce", "Vell")
	doc, acts := newDoc(t, src, person("Ana Lenz"), person("Tom Brel"), chamber)
	points, _ := find(t, doc, acts)
	for _, p := range points {
		for _, pos := range p.Positions {
			if pos.ActorID != acts[2].ID {
				continue
			}
			if want := "the toll would hurt shops"; pos.Statement != want {
				t.Errorf("the chamber's position %q; want %q", pos.Statement, want)
			}
			return
		}
	}
	t.Fatalf("points %+v: the chamber is no side", points)
}

// TestBodiesOf: the bodies a person speaks for are those her present
// roles name, and a minister's government when the text calls one
// country its government and her roles name no other body.
func TestBodiesOf(t *testing.T) {
	gov := country("Velmar", "the government")
	with := func(roles ...string) spec {
		sp := okonkwo
		sp.Roles = roles
		return sp
	}
	other := country("Ostravia", "the Ostravian government")
	src := "Ruth Okonkwo spoke. The government and the Harbour Trust were silent. So was the Ostravian government."
	tests := []struct {
		name  string
		specs []spec
		want  []string
	}{
		{"her role names the body", []spec{with("Harbour Trust spokeswoman"), gov, trust}, []string{"Harbour Trust"}},
		{"a possessive names it", []spec{with("Harbour Trust's chair"), gov, trust}, []string{"Harbour Trust"}},
		{"a minister", []spec{with("Velmarian trade minister"), gov, trust}, []string{"Velmar"}},
		{"a secretary of an office", []spec{with("Home Secretary"), gov, trust}, []string{"Velmar"}},
		{"no office", []spec{okonkwo, gov, trust}, nil},
		{"a general secretary", []spec{with("general secretary"), gov, trust}, nil},
		{"a vice-chancellor", []spec{with("vice-chancellor"), gov, trust}, nil},
		{"a shadow minister", []spec{with("shadow chancellor"), gov, trust}, nil},
		{"a former minister", []spec{with("former minister"), gov, trust}, nil},
		{"a former chair", []spec{with("former Harbour Trust chair"), gov, trust}, nil},
		{"her roles name her body", []spec{with("trade minister", "secretary of the Harbour Trust"), gov, trust}, []string{"Harbour Trust"}},
		{"two governments", []spec{with("trade minister"), gov, trust, other}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, acts := newDoc(t, src, tt.specs...)
			r, err := read(context.Background(), doc, acts, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer r.release()
			var got []string
			for _, b := range r.bodiesOf(0) {
				got = append(got, r.Actors[b].Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("bodiesOf(Okonkwo) = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestBodiesSharedBySides: a body two sides speak for holds neither
// position; one only one side speaks for is that side's.
func TestBodiesSharedBySides(t *testing.T) {
	chair := hale
	chair.Roles = []string{"Harbour Trust chair"}
	spokes := okonkwo
	spokes.Roles = []string{"Harbour Trust spokeswoman", "Westbrook Council member"}
	doc, acts := newDoc(t, "Martin Hale and Ruth Okonkwo spoke. The Harbour Trust and Westbrook Council were silent.", chair, spokes, trust, council)
	r, err := read(context.Background(), doc, acts, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.release()
	got := r.bodies([]int{0, 1})
	if want := []sideBody{{side: 1, body: 3}}; !slices.Equal(got, want) {
		t.Errorf("bodies(Hale, Okonkwo) = %v; want %v (the council, Okonkwo's alone)", got, want)
	}
}
