package disputes

import (
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
)

// TestSamePoint checks the link model's label: two evidence sentences
// are one point only when one labeled point holds both.
func TestSamePoint(t *testing.T) {
	labels := []Labeled{{Sentences: []int{1, 2}}, {Sentences: []int{4}}, {Sentences: []int{5, 7}}}
	tests := []struct {
		i, j int
		want bool
	}{
		{1, 2, true},
		{5, 7, true},
		{2, 4, false}, // each in a point, not the same one
		{4, 5, false},
		{3, 4, false}, // 3 is evidence of nothing
		{2, 1, true},  // order does not matter
	}
	for _, tt := range tests {
		if got := samePoint(labels, tt.i, tt.j); got != tt.want {
			t.Errorf("samePoint(labels, %d, %d) = %v; want %v", tt.i, tt.j, got, tt.want)
		}
	}
	if samePoint(nil, 1, 2) {
		t.Errorf("samePoint(nil, 1, 2) = true; want false")
	}
}

// TestMarkEvidence checks the sentence model's label: a sentence is
// evidence when any labeled point lists it.
func TestMarkEvidence(t *testing.T) {
	ev := make(map[int]bool)
	markEvidence(ev, []Labeled{{Sentences: []int{0, 3}}, {Sentences: []int{3, 5}}, {}})
	for i := range 7 {
		want := i == 0 || i == 3 || i == 5
		if ev[i] != want {
			t.Errorf("markEvidence(...)[%d] = %v; want %v", i, ev[i], want)
		}
	}
	none := make(map[int]bool)
	if markEvidence(none, nil); len(none) != 0 {
		t.Errorf("markEvidence(nil) marked %v", none)
	}
}

// TestInTopic checks the topic model's label: a word is in the reader's
// topic when its stem is one of the topic's words and it is no function
// word.
func TestInTopic(t *testing.T) {
	want := wordsOfTopic("The closures of night shelters")
	tests := []struct {
		word string
		in   bool
	}{
		{"shelters", true},
		{"shelter", true}, // the stem of "shelters"
		{"closures", true},
		{"night", true},
		{"the", false}, // in the topic, but a function word
		{"of", false},
		{"budget", false},
	}
	for _, tt := range tests {
		tok := token{Word: tt.word, Class: lexicon.Lookup(tt.word)}
		if got := inTopic(want, tok); got != tt.in {
			t.Errorf("inTopic(%q) = %v; want %v", tt.word, got, tt.in)
		}
	}
}

// TestMentionPlaceValues checks what the place of an actor's mention says
// of it as a side: the subject opens a clause, a cue of conflict a few
// words before names its target, and "by" names a passive's agent.
func TestMentionPlaceValues(t *testing.T) {
	tests := []struct {
		src                       string
		subject, afterCue, byName bool
	}{
		{"Ruth Okonkwo opened the new library on Monday.", true, false, false},
		{"On Monday, Ruth Okonkwo opened the new library.", true, false, false},
		{"The library was opened on Monday by Ruth Okonkwo.", false, false, true},
		{"The union attacked Ruth Okonkwo over the strike.", false, true, false},
		{"The new library was a gift to Ruth Okonkwo.", false, false, false},
		{"The attack came on Monday, long before the new school plans of Ruth Okonkwo.", false, false, false}, // the cue is more than afterCue words before
	}
	for _, tt := range tests {
		r, i := readTo(t, tt.src, []spec{okonkwo})
		s := &r.sents[i]
		var on [numSideFeats]float32
		for mi := range s.Mentions {
			s.mentionPlaceValues(&on, &s.Mentions[mi])
		}
		if len(s.Mentions) != 1 {
			t.Fatalf("%q: %d mentions; want 1", tt.src, len(s.Mentions))
		}
		got := [3]bool{on[pSubject] == 1, on[pAfterCue] == 1, on[pByAgent] == 1}
		if want := [3]bool{tt.subject, tt.afterCue, tt.byName}; got != want {
			t.Errorf("%q: subject, after cue, by = %v; want %v", tt.src, got, want)
		}
	}
}

// TestActorValues checks the side features an actor has throughout the
// article: one type feature, a rank feature only for the three most
// salient, and its mentions counted on the log scale.
func TestActorValues(t *testing.T) {
	tests := []struct {
		typ      actors.Type
		a        int
		typeFeat int
		rank     bool
	}{
		{actors.Person, 0, pPerson, true},
		{actors.Country, 2, pCountry, true},
		{actors.Group, 3, pGroup, false},
		{actors.Organization, 1, pOrg, true},
	}
	for _, tt := range tests {
		var on [numSideFeats]float32
		act := actors.Actor{Type: tt.typ, Mentions: make([]actors.Mention, 3)}
		actorValues(&on, &act, tt.a)
		for _, f := range []int{pPerson, pOrg, pCountry, pGroup} {
			if want := b32(f == tt.typeFeat); on[f] != want {
				t.Errorf("type %v: feature %s = %v; want %v", tt.typ, sideFeatNames[f], on[f], want)
			}
		}
		for k := range 3 {
			if want := b32(tt.rank && k == tt.a); on[pRank1+k] != want {
				t.Errorf("actor %d: feature %s = %v; want %v", tt.a, sideFeatNames[pRank1+k], on[pRank1+k], want)
			}
		}
		if on[pDocMentions] != logCount(3) {
			t.Errorf("doc-mentions = %v; want %v", on[pDocMentions], logCount(3))
		}
	}
}

// TestHoldsReading checks the point feature "rule" for each kind: a
// dispute's point holds a disagreement reading, an agreement's an
// agreement reading that names who agrees.
func TestHoldsReading(t *testing.T) {
	tests := []struct {
		src            string
		dispute, agree bool
	}{
		{"Senator Hale agreed with the Treasury on the budget.", false, true},
		{"Ms Okonkwo backed Senator Hale in the vote on the budget.", false, true},
		{"Senator Hale attacked the Treasury over the budget.", true, false},
		{"Both agree on the budget.", false, false}, // names no one who agrees
		{"The budget was published on Monday.", false, false},
	}
	for _, tt := range tests {
		r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
		c := r.readings()
		if got := c.holdsReading(disputeKind, i); got != tt.dispute {
			t.Errorf("%q: holdsReading(dispute) = %v; want %v", tt.src, got, tt.dispute)
		}
		if got := c.holdsReading(agreementKind, i); got != tt.agree {
			t.Errorf("%q: holdsReading(agreement) = %v; want %v", tt.src, got, tt.agree)
		}
	}
}

// TestDecodeMergesOnlyDisputes checks that decode makes one dispute of
// two far-apart stretches between the same two actors, a story coming
// back to its quarrel, but keeps two agreements: readers mark each place
// two actors agree.
func TestDecodeMergesOnlyDisputes(t *testing.T) {
	src := "Senator Hale and Ms Okonkwo argued over the harbour budget. " +
		"The harbour opened in 1901. Boats still use it. The quay is old. The fleet is small. The town is quiet. " +
		"Senator Hale and Ms Okonkwo argued over the school budget."
	r, _ := readTo(t, src, []spec{hale, okonkwo})
	c := r.readings()
	m, err := Default()
	if err != nil {
		t.Fatalf("Default() = _, %v", err)
	}
	probs := make([]float64, len(r.sents))
	probs[0], probs[len(probs)-1] = 0.9, 0.9
	if len(probs)-1 <= maxLinkGap {
		t.Fatalf("the two stretches are %d sentences apart; want more than %d", len(probs)-1, maxLinkGap)
	}
	for _, tt := range []struct {
		name string
		k    kind
		want int
	}{{"disputes", disputeKind, 1}, {"agreements", agreementKind, 2}} {
		if got := len(m.decode(r, c, tt.k, probs, 0.5)); got != tt.want {
			t.Errorf("decode(%s) made %d points; want %d", tt.name, got, tt.want)
		}
	}
}
