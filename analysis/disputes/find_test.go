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

func TestFindCues(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		actors   []spec
		want     []string // the names on the one dispute's sides
		topic    string   // a word its topic must hold, if any
		evidence int      // sentences of evidence, if not 1
		maxConf  float64  // an upper bound on its confidence, if any
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
		evidence: 2,
	}, {
		name: "a difference in regard to, then the two sides",
		src: "The one real difference is in regard to the night tariff. " +
			"Veridian Motors wants it raised, while the Transit Workers Union wants it cut.",
		actors:   []spec{veridian, union},
		want:     []string{"Transit Workers Union", "Veridian Motors"},
		topic:    "night tariff",
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
			points, _ := find(t, doc, acts)
			if len(points) != 1 {
				t.Fatalf("got %d disputes, want 1: %+v", len(points), points)
			}
			p := points[0]
			if got := sides(acts, positionIDs(p)); !slices.Equal(got, tc.want) {
				t.Errorf("sides %q, want %q", got, tc.want)
			}
			if tc.topic != "" && !strings.Contains(p.Topic, tc.topic) {
				t.Errorf("topic %q, want one with %q", p.Topic, tc.topic)
			}
			want := max(tc.evidence, 1)
			if len(p.Evidence) != want {
				t.Errorf("%d evidence sentences, want %d", len(p.Evidence), want)
			}
			if tc.maxConf > 0 && p.Confidence > tc.maxConf {
				t.Errorf("confidence %.2f, want at most %.2f for a weak cue", p.Confidence, tc.maxConf)
			}
			for _, name := range tc.want {
				if !strings.Contains(p.Description, name) {
					t.Errorf("description %q does not name %s", p.Description, name)
				}
			}
		})
	}
}

// Strong cues outrank weak ones.
func TestFindConfidenceOrder(t *testing.T) {
	src := "Senator Hale wants a new dam, while the Ministry of Energy wants the old one repaired.\n\n" +
		"Ruth Okonkwo attacked the Transit Workers Union for calling a strike."
	doc, acts := newDoc(t, src, hale, ministry, okonkwo, union)
	points, _ := find(t, doc, acts)
	if len(points) != 2 {
		t.Fatalf("got %d disputes, want 2", len(points))
	}
	if got := sides(acts, positionIDs(points[0])); !slices.Contains(got, "Ruth Okonkwo") {
		t.Errorf("first dispute is between %q; want the attack, the stronger cue, first", got)
	}
}

// Statements come from the text and say what each side holds.
func TestFindStatements(t *testing.T) {
	src := "Veridian Motors wants longer shifts, while the Transit Workers Union wants a shorter week."
	doc, acts := newDoc(t, src, veridian, union)
	points, _ := find(t, doc, acts)
	if len(points) != 1 {
		t.Fatalf("got %d disputes, want 1", len(points))
	}
	want := map[string]string{
		"actor-1": "Veridian Motors wants longer shifts",
		"actor-2": "the Transit Workers Union wants a shorter week",
	}
	for _, pos := range points[0].Positions {
		if pos.Statement != want[pos.ActorID] {
			t.Errorf("%s: statement %q, want %q", pos.ActorID, pos.Statement, want[pos.ActorID])
		}
	}

	src = "Senator Hale accused the Ministry of Energy of hiding the true cost of the dam."
	doc, acts = newDoc(t, src, hale, ministry)
	points, _ = find(t, doc, acts)
	if len(points) != 1 {
		t.Fatalf("got %d disputes, want 1", len(points))
	}
	for _, pos := range points[0].Positions {
		if pos.ActorID == "actor-1" && !strings.HasPrefix(pos.Statement, "accused the Ministry of Energy") {
			t.Errorf("accuser's statement %q, want the accusation", pos.Statement)
		}
		if pos.ActorID == "actor-2" && pos.Statement != "hiding the true cost of the dam" {
			t.Errorf("accused's statement %q, want what it is accused of", pos.Statement)
		}
	}
}

func TestFindNoDispute(t *testing.T) {
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
		actors: []spec{union, {name: "Westbrook", typ: actors.Location, forms: []string{"Westbrook"}}},
	}, {
		name:   "an actor inside the object's phrase",
		src:    "Senator Hale criticised the ban on exports to Velmar.",
		actors: []spec{hale, velmar},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			points, _ := find(t, doc, acts)
			if len(points) != 0 {
				t.Errorf("got %d disputes, want none: %+v", len(points), points)
			}
		})
	}
}

func TestFindAgreements(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		actors   []spec
		want     []string
		evidence int
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
			points, agreed := find(t, doc, acts)
			if len(points) != 0 {
				t.Errorf("got %d disputes, want none: %+v", len(points), points)
			}
			if len(agreed) != 1 {
				t.Fatalf("got %d agreements, want 1: %+v", len(agreed), agreed)
			}
			a := agreed[0]
			if got := sides(acts, a.ActorIDs); !slices.Equal(got, tc.want) {
				t.Errorf("actors %q, want %q", got, tc.want)
			}
			if want := max(tc.evidence, 1); len(a.Evidence) != want {
				t.Errorf("%d evidence sentences, want %d", len(a.Evidence), want)
			}
		})
	}
}

// Likeness followed by "but" and a conflict is no agreement: the sentence
// turns on the difference.
func TestFindAgreementContradicted(t *testing.T) {
	src := "Westbrook Council and the Harbour Trust share a goal for the harbour, but a row over the cost divides them."
	doc, acts := newDoc(t, src, council, trust)
	if _, agreed := find(t, doc, acts); len(agreed) != 0 {
		t.Errorf("got agreements %+v, want none", agreed)
	}
	src = "Westbrook Council and the Harbour Trust share a goal for the harbour."
	doc, acts = newDoc(t, src, council, trust)
	if _, agreed := find(t, doc, acts); len(agreed) != 1 {
		t.Errorf("got agreements %+v, want one without the contrast", agreed)
	}
}

// Two actors criticising a third disagree with it and agree together.
func TestFindCoAgents(t *testing.T) {
	src := "The Greenfield Party and the Labour Group criticised Veridian Motors over the job cuts."
	doc, acts := newDoc(t, src, green, labour, veridian)
	points, agreed := find(t, doc, acts)
	if len(points) != 1 || len(points[0].Positions) != 3 {
		t.Fatalf("got disputes %+v, want one with three sides", points)
	}
	if len(agreed) != 1 || !slices.Equal(sides(acts, agreed[0].ActorIDs), []string{"Greenfield Party", "Labour Group"}) {
		t.Errorf("got agreements %+v, want one between the two critics", agreed)
	}
}

// A quotation that runs over sentences speaks for the actor named where it
// opens, or where it closes.
func TestFindQuoteAcrossSentences(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		evidence int // the cue's sentence, and the speaker's if apart
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
			points, _ := find(t, doc, acts)
			if len(points) != 1 {
				t.Fatalf("got %d disputes, want 1", len(points))
			}
			p := points[0]
			if got := sides(acts, positionIDs(p)); !slices.Equal(got, []string{"Martin Hale", "Ministry of Energy"}) {
				t.Errorf("sides %q, want the speaker and the ministry", got)
			}
			if len(p.Evidence) != tc.evidence {
				t.Errorf("evidence %v, want %d sentences: the cue's and the one naming the speaker", p.Evidence, tc.evidence)
			}
		})
	}
}

func TestFindNonASCII(t *testing.T) {
	src := "Société Générale des Eaux accused Ōsaka Holdings of hiding losses 💧 in its 2023 accounts. " +
		"Ōsaka Holdings denied the claims — « sans fondement », said its chairman.\n\n" +
		"東京 Rail, meanwhile, agreed with Société Générale des Eaux on the new tariff."
	soc := org("Société Générale des Eaux")
	osaka := org("Ōsaka Holdings")
	rail := org("東京 Rail")
	doc, acts := newDoc(t, src, soc, osaka, rail)
	points, agreed := find(t, doc, acts)
	if len(points) != 1 {
		t.Fatalf("got %d disputes, want 1: %+v", len(points), points)
	}
	if got := sides(acts, positionIDs(points[0])); !slices.Equal(got, []string{"Société Générale des Eaux", "Ōsaka Holdings"}) {
		t.Errorf("sides %q", got)
	}
	if len(points[0].Evidence) != 2 {
		t.Errorf("evidence %v, want the accusation and the denial", points[0].Evidence)
	}
	if len(agreed) != 1 || !slices.Equal(sides(acts, agreed[0].ActorIDs), []string{"Société Générale des Eaux", "東京 Rail"}) {
		t.Errorf("agreements %+v, want one between 東京 Rail and Société Générale des Eaux", agreed)
	}
}

// The headline repeats the story in a few words; it is never evidence.
func TestFindHeadline(t *testing.T) {
	src := "Hale attacks ministry\n\nSenator Hale attacked the Ministry of Energy over the dam."
	doc, acts := newDoc(t, src, hale, ministry)
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
	if _, _, err := Find(ctx, doc, acts, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Find(canceled) = _, _, %v; want context.Canceled", err)
	}
	long := strings.Repeat("Senator Hale attacked the Ministry of Energy. ", 200)
	doc, acts = newDoc(t, long, hale, ministry)
	for _, n := range []int{1, 2, 50, 150} {
		_, _, err := Find(&cancelAfter{Context: context.Background(), n: n}, doc, acts, Options{})
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

// A long document with one quarrel told many times gives one point.
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
	if len(points[0].Evidence) != 30 {
		t.Errorf("got %d evidence sentences, want all 30", len(points[0].Evidence))
	}
	if points[0].Confidence > maxConfidence {
		t.Errorf("confidence %v above the cap %v", points[0].Confidence, maxConfidence)
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
