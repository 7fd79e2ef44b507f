package evaluate

import (
	"math"
	"strings"
	"testing"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// normTests were checked against score_analysis.py's norm() (see
// TestNormAgainstPython, which reruns them when Python is there).
var normTests = []struct{ in, want string }{
	{"The United States", "united states"},
	{"the US's", "us"},
	{"Iran’s", "iran"},                   // curly apostrophe folded, then "'s" dropped
	{"  THE   Europeans. ", "europeans"}, // trimmed, collapsed, "the " and "." dropped
	{"Shi\u2019ite majority", "shi'ite majority"},
	{"the\u00a0BBC", "bbc"},         // no-break space is a space
	{"Ms Okafor's.", "ms okafor's"}, // "'s" is only dropped at the very end
	{"'s", ""},
	{"The", "the"},  // "the" alone stays: the rule wants "the "
	{"the ", "the"}, // trimmed first
	{"...", ""},
	{"the the Times", "the times"}, // one "the " only
	{"a\x1cb", "a b"},              // Python counts U+001C as white space
	{"x\u3000y", "x y"},
	{"ΟΔΟΣ", "οδος"}, // final sigma, as Python lowers it
	{"ΣΑΣ ΣΑ", "σας σα"},
	{"Ελλάδα’Σ", "ελλάδα'ς"}, // sigma after a case-ignorable quote
	{"ΑΣ.", "ας"},
	{"Σ", "σ"},
	{"aΣ'b", "aσ'b"},
	{"İstanbul", "i\u0307stanbul"}, // full lower-case mapping of U+0130
	{"ǅemal", "ǆemal"},
	{"Bryn F&#244;n", "bryn f&#244;n"}, // entities are text, as in the gold
	{"Zoë Brandt", "zoë brandt"},
}

func TestNorm(t *testing.T) {
	for _, tt := range normTests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// actor is a predicted actor for table tests.
func actor(id, name string, aliases ...string) *pb.Actor {
	return &pb.Actor{Id: id, Name: name, Aliases: aliases}
}

func TestMapActors(t *testing.T) {
	gold := []GoldActor{
		{Name: "United States", Aliases: []string{"US", "Washington"}},
		{Name: "Washington Post", Aliases: []string{"the Post"}},
		{Name: "Iran", Aliases: []string{"Tehran"}},
	}
	tests := []struct {
		name string
		pred *pb.Actor
		want int // gold index, -1 for none
	}{
		{"name equal to an alias", actor("a", "the US"), 0},
		{"leading the and trailing 's ignored", actor("a", "The United States's"), 0},
		{"mention text counts", &pb.Actor{Name: "Someone", Mentions: []*pb.Mention{{Span: &pb.TextSpan{Content: "Tehran"}}}}, 2},
		{"name worth more than shared aliases", actor("a", "Washington Post", "Washington", "US"), 1},
		{"more shared keys win without a name", actor("a", "X", "US", "Washington", "the Post"), 0},
		{"tie goes to the first gold actor", actor("a", "X", "Washington", "the Post"), 0},
		{"nothing shared", actor("a", "Baghdad"), -1},
		{"empty name matches nothing", actor("a", ""), -1},
	}
	for _, tt := range tests {
		m := mapActors(gold, []*pb.Actor{tt.pred})
		got, ok := m[0]
		if !ok {
			got = -1
		}
		if got != tt.want {
			t.Errorf("%s: mapActors(%v) = %d; want %d", tt.name, tt.pred, got, tt.want)
		}
	}
}

// goldDoc is a one-actor-per-party gold document over text for table
// tests.
func goldDoc(text string, actors []GoldActor, disputes, agreements []GoldPoint) *Gold {
	return &Gold{ID: "t", Text: text, Actors: actors, Disputes: disputes, Agreements: agreements,
		spans: [][]goldSpans{pointSpans(text, disputes), pointSpans(text, agreements)}}
}

func boolp(b bool) *bool { return &b }

func TestSplitActorsAreFalsePositives(t *testing.T) {
	g := goldDoc("x", []GoldActor{
		{Name: "Ada Okafor", Type: "PERSON", Required: true, Aliases: []string{"Okafor", "Ms Okafor"}, MentionsInText: []string{"Ada Okafor", "Ms Okafor"}},
		{Name: "Labour", Type: "ORGANIZATION", Required: false},
	}, nil, nil)
	pred := &pb.DocumentAnalysis{Actors: []*pb.Actor{
		{Id: "a1", Name: "Ada Okafor", Type: pb.ActorType_ACTOR_TYPE_PERSON},
		{Id: "a2", Name: "Ms Okafor", Type: pb.ActorType_ACTOR_TYPE_PERSON}, // a split: a false positive
		{Id: "a3", Name: "Labour", Type: pb.ActorType_ACTOR_TYPE_ORGANIZATION},
		{Id: "a4", Name: "Downing Street"}, // matches nothing: a false positive
	}}
	r, err := ScoreDocument(g, pred)
	if err != nil {
		t.Fatal(err)
	}
	if r.ActorsPred != 4 || r.ActorsTPPred != 2 || r.ActorsReq != 1 || r.ActorsFound != 1 || r.ActorsTypeOK != 1 {
		t.Errorf("ScoreDocument = %+v; want 2 of 4 predicted actors right, 1 of 1 required found with its type", r)
	}
	// Alias merge reads the first claim only: "Ms Okafor" sits in the split.
	if r.MergeNum != 1 || r.MergeDen != 2 {
		t.Errorf("merge = %d/%d; want 1/2", r.MergeNum, r.MergeDen)
	}
	tot := Total([]DocScore{r})
	if tot.ActorPrecision != 0.5 || tot.ActorRecall != 1 {
		t.Errorf("Total = P %v R %v; want P 0.5 R 1", tot.ActorPrecision, tot.ActorRecall)
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Tory co-chairman", "co-chairman of the Tories", true},    // half the words
		{"shadow home secretary", "home affairs spokesman", false}, // one word of three
		{"shadow home secretary", "Shadow Home Secretary", true},
		{"head of the Northern Coastal Fisheries Board", "head of the NCFB", false},
		{"the", "anything", false}, // norm("the") has one word, "the", absent here
	}
	for _, tt := range tests {
		g := goldDoc("x", []GoldActor{{Name: "P", Type: "PERSON", Required: true, Roles: []string{tt.gold}}}, nil, nil)
		r, err := ScoreDocument(g, &pb.DocumentAnalysis{Actors: []*pb.Actor{{Name: "P", Roles: []string{tt.pred}}}})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.RoleNum == 1; got != tt.want || r.RoleDen != 1 {
			t.Errorf("role %q for gold %q: %d/%d; want found=%v", tt.pred, tt.gold, r.RoleNum, r.RoleDen, tt.want)
		}
	}
}

func TestCovered(t *testing.T) {
	g := [2]int{10, 20}
	tests := []struct {
		name  string
		spans [][2]int
		want  bool
	}{
		{"exactly half", [][2]int{{10, 15}}, true},
		{"one short of half", [][2]int{{10, 14}}, false},
		{"two pieces add up", [][2]int{{10, 13}, {18, 20}}, true},
		{"overlapping pieces count twice", [][2]int{{10, 13}, {11, 13}}, true},
		{"spanning the whole sentence and more", [][2]int{{0, 100}}, true},
		{"outside", [][2]int{{0, 10}, {20, 30}}, false},
		{"reversed span adds nothing", [][2]int{{20, 10}}, false},
		{"none", nil, false},
	}
	for _, tt := range tests {
		if got := covered(g, tt.spans); got != tt.want {
			t.Errorf("%s: covered(%v, %v) = %v; want %v", tt.name, g, tt.spans, got, tt.want)
		}
	}
	if !covered([2]int{5, 5}, nil) {
		t.Errorf("covered(empty gold span, nil) = false; want true, as 0 >= 0")
	}
}

// disputeText has three sentences, each a dispute's evidence below.
const disputeText = "Ann attacked Bob. Bob denied it. Cal sided with Ann."

func TestDisputeMatching(t *testing.T) {
	actors := []GoldActor{
		{Name: "Ann", Type: "PERSON", Required: true},
		{Name: "Bob", Type: "PERSON", Required: true},
		{Name: "Cal", Type: "PERSON", Required: true},
	}
	predActors := []*pb.Actor{{Id: "a", Name: "Ann"}, {Id: "b", Name: "Bob"}, {Id: "c", Name: "Cal"}}
	span := func(b, e int) *pb.TextSpan { return &pb.TextSpan{Begin: int32(b), End: int32(e)} }
	dispute := func(ev *pb.TextSpan, ids ...string) *pb.DisputedPoint {
		d := &pb.DisputedPoint{Evidence: []*pb.TextSpan{ev}}
		for _, id := range ids {
			d.Positions = append(d.Positions, &pb.Position{ActorId: id})
		}
		return d
	}
	tests := []struct {
		name       string
		gold       []GoldPoint
		pred       []*pb.DisputedPoint
		strict, tp int // strict and loose true positives
		found, req int // strictly found required gold, and required gold
		looseFound int
		wantErr    bool
	}{
		{
			name:   "two gold parties named: strict",
			gold:   []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob", "Cal"}, Evidence: []string{"Ann attacked Bob."}}},
			pred:   []*pb.DisputedPoint{dispute(span(0, 17), "a", "b")},
			strict: 1, tp: 1, found: 1, req: 1, looseFound: 1,
		},
		{
			name: "one of three gold parties named: loose only",
			gold: []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob", "Cal"}, Evidence: []string{"Ann attacked Bob."}}},
			pred: []*pb.DisputedPoint{dispute(span(0, 17), "a")},
			tp:   1, req: 1, looseFound: 1,
		},
		{
			name:   "a gold point with one party needs one",
			gold:   []GoldPoint{{Required: boolp(true), Parties: []string{"Bob"}, Evidence: []string{"Bob denied it."}}},
			pred:   []*pb.DisputedPoint{dispute(span(18, 32), "b", "a")},
			strict: 1, tp: 1, found: 1, req: 1, looseFound: 1,
		},
		{
			name: "disputes are optional unless they say so",
			gold: []GoldPoint{{Parties: []string{"Ann", "Bob"}, Evidence: []string{"Ann attacked Bob."}}},
			pred: []*pb.DisputedPoint{dispute(span(0, 17), "a", "b")},
			// Matched, so no false positive, but not counted as found.
			strict: 1, tp: 1,
		},
		{
			name: "less than half the evidence: no match",
			gold: []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Ann attacked Bob."}}},
			pred: []*pb.DisputedPoint{dispute(span(0, 8), "a", "b")},
			req:  1,
		},
		{
			name:   "any one evidence sentence suffices",
			gold:   []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Ann attacked Bob.", "Bob denied it."}}},
			pred:   []*pb.DisputedPoint{dispute(span(18, 32), "a", "b")},
			strict: 1, tp: 1, found: 1, req: 1, looseFound: 1,
		},
		{
			name: "a gold point is matched once; the second prediction is a false positive",
			gold: []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Ann attacked Bob."}}},
			pred: []*pb.DisputedPoint{dispute(span(0, 17), "a"), dispute(span(0, 17), "a", "b")},
			tp:   1, req: 1, looseFound: 1,
		},
		{
			name: "strict before required, when one prediction covers both",
			gold: []GoldPoint{
				{Required: boolp(true), Parties: []string{"Ann", "Cal"}, Evidence: []string{"Ann attacked Bob."}},
				{Required: boolp(false), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Bob denied it."}},
			},
			pred:   []*pb.DisputedPoint{&pb.DisputedPoint{Evidence: []*pb.TextSpan{span(0, 32)}, Positions: []*pb.Position{{ActorId: "a"}, {ActorId: "b"}}}},
			strict: 1, tp: 1, req: 1,
		},
		{
			name: "required before optional, when neither is strict",
			gold: []GoldPoint{
				{Required: boolp(false), Parties: []string{"Ann", "Cal"}, Evidence: []string{"Ann attacked Bob."}},
				{Required: boolp(true), Parties: []string{"Cal", "Bob"}, Evidence: []string{"Bob denied it."}},
			},
			pred: []*pb.DisputedPoint{&pb.DisputedPoint{Evidence: []*pb.TextSpan{span(0, 32)}}},
			tp:   1, req: 1, looseFound: 1,
		},
		{
			name: "position evidence counts",
			gold: []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Cal sided with Ann."}}},
			pred: []*pb.DisputedPoint{{Positions: []*pb.Position{{ActorId: "c", Evidence: []*pb.TextSpan{span(33, 52)}}}}},
			tp:   1, req: 1, looseFound: 1,
		},
		{
			name:    "gold evidence missing from the text fails once compared",
			gold:    []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Nobody said this."}}},
			pred:    []*pb.DisputedPoint{dispute(span(0, 17), "a", "b")},
			wantErr: true,
		},
		{
			name: "gold evidence missing from the text is fine with no prediction",
			gold: []GoldPoint{{Required: boolp(true), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Nobody said this."}}},
			req:  1,
		},
	}
	for _, tt := range tests {
		g := goldDoc(disputeText, actors, tt.gold, nil)
		r, err := ScoreDocument(g, &pb.DocumentAnalysis{Actors: predActors, DisputedPoints: tt.pred})
		if tt.wantErr {
			if err == nil {
				t.Errorf("%s: ScoreDocument = _, nil; want an error", tt.name)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if r.DisputesStrictTP != tt.strict || r.DisputesLooseTP != tt.tp || r.DisputesStrictFound != tt.found ||
			r.DisputesReq != tt.req || r.DisputesLooseFound != tt.looseFound || r.DisputesPred != len(tt.pred) {
			t.Errorf("%s: strict %d loose %d found %d/%d loose found %d; want %d %d %d/%d %d", tt.name,
				r.DisputesStrictTP, r.DisputesLooseTP, r.DisputesStrictFound, r.DisputesReq, r.DisputesLooseFound,
				tt.strict, tt.tp, tt.found, tt.req, tt.looseFound)
		}
	}
}

func TestAgreementsRequiredByDefault(t *testing.T) {
	actors := []GoldActor{{Name: "Ann", Required: true}, {Name: "Bob", Required: true}, {Name: "Cal", Required: true}}
	g := goldDoc(disputeText, actors, nil, []GoldPoint{
		{Parties: []string{"Ann", "Cal"}, Evidence: []string{"Cal sided with Ann."}},                    // required: the default
		{Required: boolp(false), Parties: []string{"Ann", "Bob"}, Evidence: []string{"Bob denied it."}}, // not
	})
	pred := &pb.DocumentAnalysis{
		Actors: []*pb.Actor{{Id: "a", Name: "Ann"}, {Id: "b", Name: "Bob"}, {Id: "c", Name: "Cal"}},
		Agreements: []*pb.AgreedPoint{
			{ActorIds: []string{"c", "a"}, Evidence: []*pb.TextSpan{{Begin: 33, End: 52}}},
			{ActorIds: []string{"a", "b"}, Evidence: []*pb.TextSpan{{Begin: 18, End: 32}}},
		},
	}
	r, err := ScoreDocument(g, pred)
	if err != nil {
		t.Fatal(err)
	}
	if r.AgreementsReq != 1 || r.AgreementsStrictTP != 2 || r.AgreementsStrictFound != 1 {
		t.Errorf("agreements: req %d strict tp %d found %d; want 1 2 1", r.AgreementsReq, r.AgreementsStrictTP, r.AgreementsStrictFound)
	}
	tot := Total([]DocScore{r})
	if tot.AgreementPrecision != 1 || tot.AgreementRecall != 1 || tot.AgreementF1 != 1 {
		t.Errorf("agreement P/R/F1 = %v/%v/%v; want 1/1/1", tot.AgreementPrecision, tot.AgreementRecall, tot.AgreementF1)
	}
}

// wantTestdata are score_analysis.py's rows for testdata/gold against
// testdata/pred, as printed by its --json.
var wantTestdata = []DocScore{
	{ID: "alpha", ActorsPred: 5, ActorsTPPred: 3, ActorsReq: 3, ActorsFound: 3, ActorsTypeOK: 2, MergeNum: 3, MergeDen: 4, RoleNum: 2, RoleDen: 2,
		DisputesPred: 3, DisputesReq: 1, DisputesLooseTP: 2, DisputesStrictTP: 1, DisputesLooseFound: 1, DisputesStrictFound: 1,
		DisputesTopicSum: 2.0 / 3, // "the plan" against "the harbour plan"
		AgreementsPred:   2, AgreementsReq: 1, AgreementsLooseTP: 1, AgreementsStrictTP: 1, AgreementsLooseFound: 1, AgreementsStrictFound: 1,
		AgreementsTopicSum: 2.0 / 3}, // "survey" against "a new survey"
	{ID: "beta", ActorsPred: 4, ActorsTPPred: 3, ActorsReq: 3, ActorsFound: 3, ActorsTypeOK: 2, MergeNum: 6, MergeDen: 6, RoleNum: 1, RoleDen: 2,
		DisputesPred: 3, DisputesReq: 1, DisputesLooseTP: 2, DisputesStrictTP: 1, DisputesLooseFound: 1, DisputesStrictFound: 1,
		AgreementsPred: 1},
	{ID: "gamma", ActorsReq: 2, MergeDen: 2, DisputesReq: 1},
}

func TestScoreTestdata(t *testing.T) {
	golds, err := LoadGold("testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	rows := scoreAll(t, golds, "testdata/pred")
	if len(rows) != len(wantTestdata) {
		t.Fatalf("scored %d documents; want %d", len(rows), len(wantTestdata))
	}
	for i := range rows {
		if rows[i] != wantTestdata[i] {
			t.Errorf("document %s:\n got %+v\nwant %+v", rows[i].ID, rows[i], wantTestdata[i])
		}
	}
	tot := Total(rows)
	// The script's figures, as its --json prints them.
	if tot.Documents != 3 || tot.ActorF1 != 0.7058823529411765 || tot.DisputeF1 != 0.4444444444444444 ||
		tot.DisputeEvidenceOnlyF1 != 0.6666666666666666 || tot.AgreementF1 != 0.5 || tot.AliasMerge != 0.75 {
		t.Errorf("Total = %+v; want actor F1 0.70588..., dispute F1 0.444..., evidence-only 0.666..., agreement F1 0.5, merge 0.75", tot)
	}
}

// scoreAll scores every gold document against predDir.
func scoreAll(t *testing.T, golds []*Gold, predDir string) []DocScore {
	t.Helper()
	var rows []DocScore
	for _, g := range golds {
		p, err := LoadPrediction(predDir, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ScoreDocument(g, p)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
	return rows
}

func TestTitleToSend(t *testing.T) {
	tests := []struct{ title, text, want string }{
		{"Reed rebukes Okafor", "Reed rebukes Okafor\n\nAda Okafor replied...", ""},
		{"Reed rebukes Okafor", "\n  Reed rebukes Okafor  \r\nBody", ""},
		{"Reed rebukes Okafor", "Ada Okafor replied... Reed rebukes Okafor", "Reed rebukes Okafor"},
		{"", "Body", ""},
		{" Headline ", "Body", "Headline"},
	}
	for _, tt := range tests {
		if got := titleToSend(tt.title, tt.text); got != tt.want {
			t.Errorf("titleToSend(%q, %q) = %q; want %q", tt.title, tt.text, got, tt.want)
		}
	}
}

func TestCompareScores(t *testing.T) {
	rows := []DocScore{{ID: "a", ActorsPred: 2, ActorsTPPred: 1, ActorsReq: 1, ActorsFound: 1}}
	tot := Total(rows)
	py := &ScoreReport{Total: tot, Documents: []DocScore{rows[0]}}
	if d := CompareScores(rows, tot, py); len(d) != 0 {
		t.Errorf("CompareScores(equal) = %q; want none", d)
	}
	near := *py
	near.Total.ActorF1 += Tolerance / 10
	if d := CompareScores(rows, tot, &near); len(d) != 0 {
		t.Errorf("CompareScores(within tolerance) = %q; want none", d)
	}
	far := *py
	far.Total.ActorF1 += 10 * Tolerance
	if d := CompareScores(rows, tot, &far); len(d) != 1 || !strings.Contains(d[0], "actor_f1") {
		t.Errorf("CompareScores(actor_f1 off by 1e-8) = %q; want one difference naming actor_f1", d)
	}
	row := *py
	row.Documents = []DocScore{{ID: "a", ActorsPred: 3, ActorsTPPred: 1, ActorsReq: 1, ActorsFound: 1}}
	if d := CompareScores(rows, tot, &row); len(d) != 1 || !strings.Contains(d[0], "document a") {
		t.Errorf("CompareScores(a count differs) = %q; want one difference naming document a", d)
	}
	nan := *py
	nan.Total.RoleRecall = math.NaN()
	if d := CompareScores(rows, tot, &nan); len(d) != 1 {
		t.Errorf("CompareScores(NaN) = %q; want one difference", d)
	}
	rep := &AnalysisReport{Sets: []SetResult{{Label: "x", Rows: rows, Total: tot, Python: &far, Diffs: CompareScores(rows, tot, &far)}}}
	if !rep.Disagree() || rep.Agree() {
		t.Errorf("report with a difference: Disagree %v, Agree %v; want true, false", rep.Disagree(), rep.Agree())
	}
}

// TestTopicF1 checks the topic measure on phrases whose words the scorer's
// rules treat apart: stop words, a leading "the", plurals and "ss".
func TestTopicF1(t *testing.T) {
	for _, tc := range []struct {
		pred, gold string
		want       float64
	}{
		{"the arms embargo", "lifting the arms embargo on China", 2 * 2.0 / (2 + 4)},
		{"sanctions", "sanction", 1},
		{"business", "busines", 0}, // "ss" keeps its s
		{"last week", "the pay offer", 0},
		{"", "the pay offer", 0},
		{"Pay-offer", "pay offer", 1},
	} {
		if got := TopicF1(tc.pred, tc.gold); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("TopicF1(%q, %q) = %v; want %v", tc.pred, tc.gold, got, tc.want)
		}
	}
}

// TestRequiredActorCounts checks what one required gold actor adds to a
// document's counts: its forms and roles count in the denominators found
// or not, a single surface form says nothing of merging, and the type,
// forms and roles are credited only from the actor that claims it.
func TestRequiredActorCounts(t *testing.T) {
	ada := GoldActor{Name: "Ada Okafor", Type: "PERSON", Required: true,
		MentionsInText: []string{"Ada Okafor", "Ms Okafor", "the minister"},
		Roles:          []string{"health minister", "Labour MP"}}
	tests := []struct {
		name  string
		gold  GoldActor
		claim *pb.Actor
		want  DocScore
	}{
		{"not found", ada, nil,
			DocScore{ActorsReq: 1, MergeDen: 3, RoleDen: 2}},
		{"found, all forms, one role", ada,
			&pb.Actor{Name: "Ada Okafor", Type: pb.ActorType_ACTOR_TYPE_PERSON, Aliases: []string{"Ms Okafor"},
				Mentions: []*pb.Mention{{Span: &pb.TextSpan{Content: "the minister"}}}, Roles: []string{"minister for health"}},
			DocScore{ActorsReq: 1, ActorsFound: 1, ActorsTypeOK: 1, MergeNum: 3, MergeDen: 3, RoleNum: 1, RoleDen: 2}},
		{"found with the wrong type", ada,
			&pb.Actor{Name: "Ada Okafor", Type: pb.ActorType_ACTOR_TYPE_ORGANIZATION, Roles: []string{"Labour MP", "health minister"}},
			DocScore{ActorsReq: 1, ActorsFound: 1, MergeNum: 1, MergeDen: 3, RoleNum: 2, RoleDen: 2}},
		{"one surface form", GoldActor{Name: "Labour", Type: "ORGANIZATION", Required: true, MentionsInText: []string{"Labour"}},
			&pb.Actor{Name: "Labour", Type: pb.ActorType_ACTOR_TYPE_ORGANIZATION},
			DocScore{ActorsReq: 1, ActorsFound: 1, ActorsTypeOK: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got DocScore
			got.addRequiredActor(&tt.gold, tt.claim)
			if got != tt.want {
				t.Errorf("addRequiredActor:\n got  %+v\n want %+v", got, tt.want)
			}
		})
	}
}
