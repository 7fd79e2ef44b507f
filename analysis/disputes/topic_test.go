package disputes

import "testing"

// TestTopicPreposition checks which prepositions after a cue introduce
// its topic: "over" and its kin always, "in" only after a noun cue, and
// "on" or "in" not before an actor, who is the other side.
func TestTopicPreposition(t *testing.T) {
	tests := []struct {
		src, prep string
		noun      bool
		want      bool
	}{
		{"The union called a strike over pensions.", "over", false, true},
		{"Ruth Okonkwo spoke about the budget.", "about", false, true},
		{"The union clashed with the council regarding pay.", "regarding", false, true},
		{"The union launched an attack on the plan.", "on", true, true},
		{"The union launched an attack on Ruth Okonkwo.", "on", true, false},
		{"The union protested a rise in fares.", "in", true, true},
		{"The union protested in the city.", "in", false, false},
		{"The union protested in regard to fares.", "in", true, false},
		{"The union protested in regard to fares.", "to", false, true},
		{"The union sent a letter to the council.", "to", false, false},
		{"The union protested with the council.", "with", false, false},
	}
	for _, tt := range tests {
		r, i := readTo(t, tt.src, []spec{okonkwo})
		s := &r.sents[i]
		p := cueToken(t, r, i, tt.prep)
		if got := s.topicPreposition(p, tt.noun); got != tt.want {
			t.Errorf("%q: topicPreposition(%q, noun %v) = %v; want %v", tt.src, tt.prep, tt.noun, got, tt.want)
		}
	}
}

// TestComplementTopic checks the topic read from the complement after a
// cue's object: the reported clause after a gerund and "that", the
// gerund's own phrase, or the clause of "that"; nothing after other
// words or when the clause ends with the object.
func TestComplementTopic(t *testing.T) {
	tests := []struct {
		src, at string // at: the first word of the complement, or "" for the clause's end
		want    string
	}{
		{"The council criticised Ruth Okonkwo for saying that the tariff was unfair.", "for", "the tariff"},
		{"The council accused Ruth Okonkwo of scaremongering.", "of", "scaremongering"},
		{"The council attacked Ruth Okonkwo for calling a strike.", "for", "calling a strike"},
		{"The council warned that fares would rise.", "that", "fares"},
		{"The council attacked Ruth Okonkwo with a leaflet.", "with", ""},
		{"The council attacked Ruth Okonkwo.", "", ""},
	}
	for _, tt := range tests {
		r, i := readTo(t, tt.src, []spec{okonkwo})
		s := &r.sents[i]
		end := len(s.Tokens) - 1 // before the final stop
		objEnd := end
		if tt.at != "" {
			objEnd = cueToken(t, r, i, tt.at)
		}
		sp, ok := s.complementTopic(objEnd, end)
		if got := sp.In(r.Text); ok != (tt.want != "") || got != tt.want {
			t.Errorf("%q: complementTopic = %q, %v; want %q", tt.src, got, ok, tt.want)
		}
	}
}
