package disputes

import (
	"slices"
	"strings"
	"testing"
)

// More invented actors for the tests of references, attribution and
// answers.
var (
	ferris  = person("Alma Ferris", "Ms Ferris", "Ferris")
	okafor  = person("Tobias Okafor", "Mr Okafor", "Okafor")
	linden  = person("Joan Linden", "Ms Linden", "Linden")
	dockers = org("Dockworkers Union", "the Dockworkers Union")
	portco  = org("Harrow Port Company", "Harrow Port")
	greens  = org("Green Alliance")
	tallis  = country("Tallis", "Tallisian")
)

// oneDispute runs Find and returns its only point, failing otherwise.
func oneDispute(t *testing.T, src string, specs ...spec) (Point, []string) {
	t.Helper()
	doc, acts := newDoc(t, src, specs...)
	points, _ := find(t, doc, acts)
	if len(points) != 1 {
		t.Fatalf("got %d disputes, want 1: %+v", len(points), points)
	}
	return points[0], sides(acts, positionIDs(points[0]))
}

// Pronouns and descriptions stand for the actor the text makes clear.
func TestFindReferences(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
		want   []string
	}{{
		// "She" is the woman of the two: honorifics tell.
		name: "she means the woman",
		src: "Mr Okafor met Ms Ferris at the harbour on Monday. " +
			"She accused the Harrow Port Company of hiding the accounts.",
		actors: []spec{okafor, ferris, portco},
		want:   []string{"Alma Ferris", "Harrow Port Company"},
	}, {
		// "He" is the subject of the sentence before, not the person
		// named last.
		name: "he means the last subject",
		src: "Mr Okafor said he had written to Ms Linden about the night shifts. " +
			"He then criticised the Harrow Port Company over the shift rota.",
		actors: []spec{okafor, linden, portco},
		want:   []string{"Harrow Port Company", "Tobias Okafor"},
	}, {
		// "It" only before a verb of saying or of conflict.
		name: "it before a verb of conflict",
		src: "The Dockworkers Union met on Tuesday. " +
			"It attacked the Harrow Port Company for cutting the night shift.",
		actors: []spec{dockers, portco},
		want:   []string{"Dockworkers Union", "Harrow Port Company"},
	}, {
		// "The company" is the organisation last named.
		name: "the company",
		src: "The Harrow Port Company closed its night shift last week. " +
			"The Dockworkers Union condemned the company for the closure.",
		actors: []spec{portco, dockers},
		want:   []string{"Dockworkers Union", "Harrow Port Company"},
	}, {
		// A title whose holder the text named, with no other office
		// given: "the prime minister".
		name: "the prime minister",
		src: "Mr Okafor opened the new quay on Friday. " +
			"The Green Alliance accused the prime minister of ignoring the estuary.",
		actors: []spec{okafor, greens},
		want:   []string{"Green Alliance", "Tobias Okafor"},
	}, {
		// A description that matches an actor's role in the text.
		name: "a role",
		src: "Ms Ferris spoke at the gates on Monday. Mr Okafor spoke later. " +
			"The union leader attacked the Harrow Port Company over the shift rota.",
		actors: []spec{withRoles(ferris, "union leader"), okafor, portco},
		want:   []string{"Alma Ferris", "Harrow Port Company"},
	}, {
		// The body named by the modifier of "spokeswoman".
		name: "a spokeswoman named by her body",
		src: "The Green Alliance criticised the Port Executive over dredging. " +
			"But an executive spokeswoman insisted the dredging was safe.",
		actors: []spec{greens, org("Port Executive")},
		want:   []string{"Green Alliance", "Port Executive"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := oneDispute(t, tc.src, tc.actors...)
			slices.Sort(tc.want)
			if !slices.Equal(got, tc.want) {
				t.Errorf("sides %q, want %q", got, tc.want)
			}
		})
	}
}

// What is unclear stays unresolved: no side is guessed.
func TestFindUnresolved(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
	}{{
		// "It" before an ordinary verb is too often a thing.
		name: "it before an ordinary verb",
		src: "The Dockworkers Union met on Tuesday. " +
			"It said the rota was fine, and the vote will decide whether it attacks anyone.",
		actors: []spec{dockers, portco},
	}, {
		// A title several people hold, with no role naming its holder.
		name:   "the spokesman",
		src:    "Mr Okafor opened the new quay. The spokesman criticised the Harrow Port Company.",
		actors: []spec{okafor, portco},
	}, {
		// "She" cannot be Mr Okafor.
		name:   "she with only a man before",
		src:    "Mr Okafor opened the new quay. She attacked the Harrow Port Company.",
		actors: []spec{okafor, portco},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			if points, _ := find(t, doc, acts); len(points) != 0 {
				t.Errorf("got %d disputes, want none: %+v", len(points), points)
			}
		})
	}
}

// Reported speech finds its speaker in each of the ways news prose puts
// it, and a report that finds fault with another actor is a disagreement.
func TestFindAttribution(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
		want   []string
	}{{
		name:   "X said that Y failed",
		src:    "Ms Ferris said that the Harrow Port Company had failed its workers.",
		actors: []spec{ferris, portco},
		want:   []string{"Alma Ferris", "Harrow Port Company"},
	}, {
		name:   "inverted, speaker after the verb",
		src:    "The Harrow Port Company was wrong to cut the night shift, said Ms Ferris.",
		actors: []spec{ferris, portco},
		want:   []string{"Alma Ferris", "Harrow Port Company"},
	}, {
		name:   "inverted, speaker before the verb",
		src:    "The Harrow Port Company has failed the town, the Dockworkers Union said.",
		actors: []spec{dockers, portco},
		want:   []string{"Dockworkers Union", "Harrow Port Company"},
	}, {
		name:   "according to",
		src:    "According to the Green Alliance, the Harrow Port Company was wrong about the dredging.",
		actors: []spec{greens, portco},
		want:   []string{"Green Alliance", "Harrow Port Company"},
	}, {
		// The speaker is the person a title names, not the party
		// that qualifies the title.
		name:   "a title before the name",
		src:    "Alliance leader Joan Linden said the Harrow Port Company had misled the town.",
		actors: []spec{linden, org("Alliance"), portco},
		want:   []string{"Harrow Port Company", "Joan Linden"},
	}, {
		// "The plan" is the last other voice's: fault found with it is
		// fault found with them.
		name:   "fault found with a proposal's author",
		src:    "Ms Linden said the harbour tax would pay for the dredging. Ms Ferris said the plan was wrong.",
		actors: []spec{linden, ferris},
		want:   []string{"Alma Ferris", "Joan Linden"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := oneDispute(t, tc.src, tc.actors...)
			slices.Sort(tc.want)
			if !slices.Equal(got, tc.want) {
				t.Errorf("sides %q, want %q", got, tc.want)
			}
		})
	}
}

// Reports that find no fault, hearsay and talk about a quarrel are no
// disagreement.
func TestFindAttributionNoDispute(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
	}{{
		name:   "a neutral report about another actor",
		src:    "Ms Ferris said the Harrow Port Company would open a new quay in May.",
		actors: []spec{ferris, portco},
	}, {
		name:   "a fault denied",
		src:    "Ms Ferris said the Harrow Port Company was not wrong to close the quay.",
		actors: []spec{ferris, portco},
	}, {
		name:   "hearsay",
		src:    "The Dockworkers Union is said to be angry. The Harrow Port Company is believed to be worried.",
		actors: []spec{dockers, portco},
	}, {
		name:   "a quarrel talked about",
		src:    "Ms Ferris wrote a book about the row between the Dockworkers Union and the Harrow Port Company.",
		actors: []spec{ferris, dockers, portco},
	}, {
		name:   "a condition",
		src:    "If the Dockworkers Union rejects the Harrow Port Company's offer, talks will end.",
		actors: []spec{dockers, portco},
	}, {
		name:   "an act someone is asked to do",
		src:    "Ms Ferris called on the Dockworkers Union to reject the rota.",
		actors: []spec{ferris, dockers},
	}, {
		name:   "two actions side by side",
		src:    "The Harrow Port Company will build the quay, while the Dockworkers Union will train the crews.",
		actors: []spec{portco, dockers},
	}, {
		name:   "a demonym qualifying a crowd",
		src:    "Tallisian voters rejected the Green Alliance's plan in a referendum.",
		actors: []spec{withDemonyms(tallis, "Tallisian"), greens},
	}, {
		name:   "a warning alone",
		src:    "Ms Ferris warned the Harrow Port Company that the quay might flood.",
		actors: []spec{ferris, portco},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			if points, _ := find(t, doc, acts); len(points) != 0 {
				t.Errorf("got %d disputes, want none: %+v", len(points), points)
			}
		})
	}
}

// An answer joins the quarrel it answers: one point, with the answering
// side and the side it defends.
func TestFindAnswers(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		actors   []spec
		want     []string
		evidence int
	}{{
		name: "but, answering an attack",
		src: "The Green Alliance criticised Ms Ferris for approving the dredging. " +
			"But the Harrow Port Company said Ms Ferris had followed every rule.",
		actors:   []spec{greens, ferris, portco},
		want:     []string{"Alma Ferris", "Green Alliance", "Harrow Port Company"},
		evidence: 2,
	}, {
		name: "insisted, answering what was said of the speaker",
		src: "Ms Ferris said the Harrow Port Company had ignored the safety rules. " +
			"The Harrow Port Company insisted that every rule had been kept.",
		actors:   []spec{ferris, portco},
		want:     []string{"Alma Ferris", "Harrow Port Company"},
		evidence: 2,
	}, {
		name: "a reply on the same matter",
		src: "Ms Ferris said the Dockworkers Union had walked away from the pay talks. " +
			"The Dockworkers Union said the pay talks had never been offered.",
		actors:   []spec{ferris, dockers},
		want:     []string{"Alma Ferris", "Dockworkers Union"},
		evidence: 2,
	}, {
		// The claim denied is the one that shares its words, a few
		// sentences back.
		name: "a denial of an earlier claim",
		src: "Ms Ferris said the harbour wall had cracked in the storm. " +
			"The tide was high all week. Ferries ran late. " +
			"Mr Okafor denied that the harbour wall had cracked.",
		actors:   []spec{ferris, okafor},
		want:     []string{"Alma Ferris", "Tobias Okafor"},
		evidence: 2,
	}, {
		name: "a proposal opposed",
		src: "Ms Linden said her harbour tax plan would pay for the dredging. " +
			"The Dockworkers Union opposes the plan.",
		actors:   []spec{linden, dockers},
		want:     []string{"Dockworkers Union", "Joan Linden"},
		evidence: 2,
	}, {
		name:     "a refusal to accept",
		src:      "Ms Ferris's refusal to accept the Dockworkers Union's proposals angered the crews.",
		actors:   []spec{ferris, dockers},
		want:     []string{"Alma Ferris", "Dockworkers Union"},
		evidence: 1,
	}, {
		name:     "a war of words",
		src:      "A war of words between the Dockworkers Union and the Harrow Port Company went on all week.",
		actors:   []spec{dockers, portco},
		want:     []string{"Dockworkers Union", "Harrow Port Company"},
		evidence: 1,
	}, {
		name:     "a theory questioned",
		src:      "Mr Okafor's theory has been questioned by Ms Linden.",
		actors:   []spec{okafor, linden},
		want:     []string{"Joan Linden", "Tobias Okafor"},
		evidence: 1,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, got := oneDispute(t, tc.src, tc.actors...)
			slices.Sort(tc.want)
			if !slices.Equal(got, tc.want) {
				t.Errorf("sides %q, want %q", got, tc.want)
			}
			if len(p.Evidence) != tc.evidence {
				t.Errorf("%d evidence sentences, want %d", len(p.Evidence), tc.evidence)
			}
		})
	}
}

// A quarrel told over several sentences is one point; a second charge by
// the same critic, or the same sides on another matter in another
// paragraph, is another.
func TestFindGrouping(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
		points int
	}{{
		name: "an exchange over a paragraph",
		src: "The Dockworkers Union accused the Harrow Port Company of cutting corners. " +
			"The Harrow Port Company rejected the accusation. " +
			"The Dockworkers Union said the company had failed its crews.",
		actors: []spec{dockers, portco},
		points: 1,
	}, {
		name: "the same quarrel, told again with the same words",
		src: "The Dockworkers Union attacked the Harrow Port Company over the night shift.\n\n" +
			"Tallis held elections. Turnout was high. The weather was fine.\n\n" +
			"The Dockworkers Union criticised the Harrow Port Company again over the night shift.",
		actors: []spec{dockers, portco},
		points: 1,
	}, {
		name: "the same sides on another matter",
		src: "The Dockworkers Union attacked the Harrow Port Company over the night shift.\n\n" +
			"The Dockworkers Union later criticised the Harrow Port Company over its pension fund.",
		actors: []spec{dockers, portco},
		points: 2,
	}, {
		name: "a second charge by the same critic",
		src: "Ms Ferris criticised the Harrow Port Company over the night shift. " +
			"She also attacked the way the pension fund was run.",
		actors: []spec{ferris, portco},
		points: 2,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			points, _ := find(t, doc, acts)
			if len(points) != tc.points {
				t.Errorf("got %d disputes, want %d: %+v", len(points), tc.points, points)
			}
		})
	}
}

// More kinds of agreement: wanting together, "also" wanting, praise.
func TestFindMoreAgreements(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
		want   []string
	}{{
		name:   "called for together",
		src:    "The Dockworkers Union and the Green Alliance have called for a public inquiry.",
		actors: []spec{dockers, greens},
		want:   []string{"Dockworkers Union", "Green Alliance"},
	}, {
		name: "also wanted",
		src: "The Green Alliance has called for the quay to close. " +
			"Ms Ferris said she also wanted it closed.",
		actors: []spec{greens, ferris},
		want:   []string{"Alma Ferris", "Green Alliance"},
	}, {
		name:   "praise of another's words",
		src:    "Mr Okafor said Ms Linden's comments were fair and timely.",
		actors: []spec{okafor, linden},
		want:   []string{"Joan Linden", "Tobias Okafor"},
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
			if got := sides(acts, agreed[0].ActorIDs); !slices.Equal(got, tc.want) {
				t.Errorf("actors %q, want %q", got, tc.want)
			}
		})
	}
}

// What looks like agreement and is not.
func TestFindNoAgreement(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
	}{{
		name:   "likeness rejected",
		src:    "Ms Ferris rejected the idea that the Dockworkers Union and the Green Alliance want the same things.",
		actors: []spec{ferris, dockers, greens},
	}, {
		name:   "a shared platform",
		src:    "The Dockworkers Union and the Green Alliance shared a platform on Monday.",
		actors: []spec{dockers, greens},
	}, {
		name:   "backing of no one",
		src:    "Ms Ferris backed the plan, Mr Okafor said.",
		actors: []spec{ferris, okafor},
	}, {
		name:   "a similar thing, not a similar view",
		src:    "Ms Ferris spent a day at the docks and Mr Okafor is booked for a similar visit.",
		actors: []spec{ferris, okafor},
	}, {
		name:   "someone else agreed",
		src:    "Ms Ferris said the Harrow Port Company had agreed to sell the quay.",
		actors: []spec{ferris, portco},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, acts := newDoc(t, tc.src, tc.actors...)
			if _, agreed := find(t, doc, acts); len(agreed) != 0 {
				t.Errorf("got %d agreements, want none: %+v", len(agreed), agreed)
			}
		})
	}
}

// A quotation runs over paragraphs only when the next one reopens it, and
// a straight quote opens or closes by where it stands: one stray mark does
// not turn the rest of the text inside out.
func TestFindQuotationMarks(t *testing.T) {
	src := "Ms Ferris said: \"The quay is safe.\n\n" +
		"\"We reject the Green Alliance's claims entirely.\"\n\n" +
		"Mr Okafor spoke about the \"new\" quay. " +
		"The Dockworkers Union attacked the Harrow Port Company over pay."
	doc, acts := newDoc(t, src, ferris, greens, okafor, dockers, portco)
	points, _ := find(t, doc, acts)
	var got [][]string
	for _, p := range points {
		got = append(got, sides(acts, positionIDs(p)))
	}
	want := [][]string{{"Alma Ferris", "Green Alliance"}, {"Dockworkers Union", "Harrow Port Company"}}
	slices.SortFunc(got, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	if len(got) != 2 || !slices.Equal(got[0], want[0]) || !slices.Equal(got[1], want[1]) {
		t.Errorf("disputes between %q, want %q", got, want)
	}
}

// Non-ASCII text throughout: names, quotation marks, a pronoun, and the
// lower-casing that keeps offsets.
func TestFindNonASCIIReferences(t *testing.T) {
	src := "Zoë Ōtani ist Sprecherin von Überseehafen Größe. " +
		"« Wir sind bereit », sagte sie.\n\n" +
		"Mme Ōtani accused the İstanbul Dock Board of hiding losses 💧 in its accounts. " +
		"She said the İstanbul Dock Board had failed the town."
	otani := person("Zoë Ōtani", "Mme Ōtani", "Ōtani")
	board := org("İstanbul Dock Board")
	doc, acts := newDoc(t, src, otani, board)
	points, _ := find(t, doc, acts)
	if len(points) != 1 {
		t.Fatalf("got %d disputes, want 1: %+v", len(points), points)
	}
	if got := sides(acts, positionIDs(points[0])); !slices.Equal(got, []string{"Zoë Ōtani", "İstanbul Dock Board"}) {
		t.Errorf("sides %q", got)
	}
	if len(points[0].Evidence) != 2 {
		t.Errorf("evidence %v, want the accusation and the report", points[0].Evidence)
	}
}
