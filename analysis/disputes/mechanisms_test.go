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

// disagreesAs fails t unless some disagreement reading of src names
// exactly the actors want as its sides.
func disagreesAs(t *testing.T, src string, specs []spec, want []string) {
	t.Helper()
	doc, acts := newDoc(t, src, specs...)
	rds := ofKind(readingsOf(t, doc, acts), false)
	if len(withSides(rds, want...)) == 0 {
		t.Errorf("no disagreement reading with sides %q; readings %v", want, rds)
	}
}

// disagreesNot fails t if a disagreement reading of src names two actors.
func disagreesNot(t *testing.T, src string, specs []spec) {
	t.Helper()
	doc, acts := newDoc(t, src, specs...)
	if rds := twoSided(ofKind(readingsOf(t, doc, acts), false)); len(rds) != 0 {
		t.Errorf("disagreement readings %v, want none naming two actors", rds)
	}
}

// Pronouns stand for the actor the text makes clear, and a spokeswoman
// for the body her title names.
func TestReadReferences(t *testing.T) {
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
		// The body named by the modifier of "spokeswoman" speaks for it.
		// (Descriptions such as "the company" or "the prime minister"
		// are linked by actors.Find: see TestDescriptions there.)
		name: "a spokeswoman named by her body",
		src: "The Green Alliance criticised the Port Executive over dredging. " +
			"But an executive spokeswoman insisted the dredging was safe.",
		actors: []spec{greens, org("Port Executive")},
		want:   []string{"Green Alliance", "Port Executive"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			disagreesAs(t, tc.src, tc.actors, tc.want)
		})
	}
}

// What is unclear stays unresolved: no side is guessed.
func TestReadUnresolved(t *testing.T) {
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
			disagreesNot(t, tc.src, tc.actors)
		})
	}
}

// Reported speech finds its speaker in each of the ways news prose puts
// it, and a report that finds fault with another actor is a disagreement.
func TestReadAttribution(t *testing.T) {
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
			disagreesAs(t, tc.src, tc.actors, tc.want)
		})
	}
}

// Reports that find no fault, hearsay and talk about a quarrel are no
// disagreement; a warning is at most a weak one, which the model weighs.
func TestReadAttributionNoDispute(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		actors []spec
		weak   float64 // if set, a reading with two sides may be read, this sure at most
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
		weak:   0.25,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.weak == 0 {
				disagreesNot(t, tc.src, tc.actors)
				return
			}
			doc, acts := newDoc(t, tc.src, tc.actors...)
			for _, rd := range ofKind(readingsOf(t, doc, acts), false) {
				if rd.conf > tc.weak {
					t.Errorf("reading %v: confidence %.2f, want at most %.2f", rd, rd.conf, tc.weak)
				}
			}
		})
	}
}

// An answer joins the quarrel it answers: the readings name the answering
// side and the side it defends, and one of them holds both the answer and
// what it answers, or answers the other.
func TestReadAnswers(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		actors   []spec
		want     []string // the actors the disagreement readings name
		evidence int      // the sentences they hold
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
			doc, acts := newDoc(t, tc.src, tc.actors...)
			rds := twoSided(ofKind(readingsOf(t, doc, acts), false))
			var named []string
			for _, rd := range rds {
				named = append(named, rd.sides...)
			}
			slices.Sort(named)
			slices.Sort(tc.want)
			if named = slices.Compact(named); !slices.Equal(named, tc.want) {
				t.Errorf("disagreement readings name %q, want %q: %v", named, tc.want, rds)
			}
			if got := len(sentsOf(rds)); got != tc.evidence {
				t.Errorf("disagreement readings hold %d sentences, want %d: %v", got, tc.evidence, rds)
			}
			if tc.evidence > 1 && !answers(rds) {
				t.Errorf("readings %v: the answer is read apart from what it answers", rds)
			}
		})
	}
}

// answers reports whether one of rds holds two sentences or answers
// another of them.
func answers(rds []reading) bool {
	for _, rd := range rds {
		if len(rd.sents) > 1 {
			return true
		}
		if rd.joins > 0 && slices.ContainsFunc(rds, func(o reading) bool { return o.id == rd.joins }) {
			return true
		}
	}
	return false
}

// More kinds of agreement: wanting together, "also" wanting, praise.
func TestReadMoreAgreements(t *testing.T) {
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
			rds := readingsOf(t, doc, acts)
			if against := twoSided(ofKind(rds, false)); len(against) != 0 {
				t.Errorf("disagreement readings %v, want none naming two actors", against)
			}
			if agreed := ofKind(rds, true); len(withSides(agreed, tc.want...)) == 0 {
				t.Errorf("no agreement reading with sides %q; readings %v", tc.want, rds)
			}
		})
	}
}

// What looks like agreement and is not.
func TestReadNoAgreement(t *testing.T) {
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
			if agreed := twoSided(ofKind(readingsOf(t, doc, acts), true)); len(agreed) != 0 {
				t.Errorf("agreement readings %v, want none naming two actors", agreed)
			}
		})
	}
}

// A quotation runs over paragraphs only when the next one reopens it, and
// a straight quote opens or closes by where it stands: one stray mark does
// not turn the rest of the text inside out.
func TestReadQuotationMarks(t *testing.T) {
	src := "Ms Ferris said: \"The quay is safe.\n\n" +
		"\"We reject the Green Alliance's claims entirely.\"\n\n" +
		"Mr Okafor spoke about the \"new\" quay. " +
		"The Dockworkers Union attacked the Harrow Port Company over pay."
	doc, acts := newDoc(t, src, ferris, greens, okafor, dockers, portco)
	rds := twoSided(ofKind(readingsOf(t, doc, acts), false))
	var got []string
	for _, rd := range rds {
		got = append(got, strings.Join(rd.sides, " / "))
	}
	slices.Sort(got)
	want := []string{"Alma Ferris / Green Alliance", "Dockworkers Union / Harrow Port Company"}
	if got = slices.Compact(got); !slices.Equal(got, want) {
		t.Errorf("disagreement readings between %q, want %q: %v", got, want, rds)
	}
}

// Non-ASCII text throughout: names, quotation marks, a pronoun, and the
// lower-casing that keeps offsets.
func TestReadNonASCIIReferences(t *testing.T) {
	src := "Zoë Ōtani ist Sprecherin von Überseehafen Größe. " +
		"« Wir sind bereit », sagte sie.\n\n" +
		"Mme Ōtani accused the İstanbul Dock Board of hiding losses 💧 in its accounts. " +
		"She said the İstanbul Dock Board had failed the town."
	otani := person("Zoë Ōtani", "Mme Ōtani", "Ōtani")
	board := org("İstanbul Dock Board")
	doc, acts := newDoc(t, src, otani, board)
	rds := twoSided(ofKind(readingsOf(t, doc, acts), false))
	if len(rds) == 0 || len(withSides(rds, "Zoë Ōtani", "İstanbul Dock Board")) != len(rds) {
		t.Errorf("disagreement readings %v, want only ones between Zoë Ōtani and İstanbul Dock Board", rds)
	}
	if got := sentsOf(rds); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("disagreement readings hold sentences %v, want the accusation and the report, [2 3]", got)
	}
}
