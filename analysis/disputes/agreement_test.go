package disputes

import (
	"slices"
	"testing"
)

// agreeCase is an agreement cue and what its kind's rule reads: whether
// it is an agreement at all, who agrees, and with whom.
type agreeCase struct {
	name            string
	src             string
	cue             string
	none            bool // the rule reports that the cue agrees with no one
	subject, object []string
}

// checkAgreeRule opens the agreement cue of each case, runs rule on it and
// compares what it reads with the case's.
func checkAgreeRule(t *testing.T, tests []agreeCase, rule func(*sentence, *agreeReading) bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			s := &r.sents[i]
			k := cueToken(t, r, i, tt.cue)
			c := s.cueAt(k)
			if !c.isAgreement() {
				t.Fatalf("cueAt(%q) = %v; want an agreement cue", tt.cue, c)
			}
			d := s.openAgreement(i, k, c)
			if ok := rule(s, &d); ok == tt.none {
				t.Fatalf("rule(%q) = %v; want %v", tt.cue, ok, !tt.none)
			}
			if tt.none {
				return
			}
			if got := mentionNames(r, d.subject); !slices.Equal(got, tt.subject) {
				t.Errorf("subject = %q; want %q", got, tt.subject)
			}
			if got := mentionNames(r, d.object); !slices.Equal(got, tt.object) {
				t.Errorf("object = %q; want %q", got, tt.object)
			}
		})
	}
}

// always adapts a rule that never refuses its cue to checkAgreeRule.
func always(rule func(*sentence, *agreeReading)) func(*sentence, *agreeReading) bool {
	return func(s *sentence, d *agreeReading) bool { rule(s, d); return true }
}

func TestAgreeSidesWithOrCoordinated(t *testing.T) {
	checkAgreeRule(t, []agreeCase{
		{name: "agreed with", src: "Senator Hale agreed with the Treasury on the budget.", cue: "agreed",
			subject: []string{"Martin Hale"}, object: []string{"Treasury"}},
		{name: "coordinated subjects", src: "Senator Hale and the Treasury agreed on the budget.", cue: "agreed",
			subject: []string{"Martin Hale", "Treasury"}},
		{name: "one who agreed to something", src: "Senator Hale said the Treasury had agreed to the budget.", cue: "agreed"},
	}, always((*sentence).agreeSides))
}

func TestBackingSidesNeedSomeoneBacked(t *testing.T) {
	checkAgreeRule(t, []agreeCase{
		{name: "backed someone", src: "Senator Hale backed Ms Okonkwo in the vote.", cue: "backed",
			subject: []string{"Martin Hale"}, object: []string{"Ruth Okonkwo"}},
		{name: "backed by", src: "Ms Okonkwo was backed by Senator Hale.", cue: "backed",
			subject: []string{"Martin Hale"}, object: []string{"Ruth Okonkwo"}},
		{name: "backed a thing", src: "Senator Hale backed the plan.", cue: "backed", none: true},
		{name: "backing denied", src: "Senator Hale has not backed Ms Okonkwo.", cue: "backed", none: true},
	}, (*sentence).backingSides)
}

func TestLikenessSidesNeedAViewShared(t *testing.T) {
	checkAgreeRule(t, []agreeCase{
		{name: "shared a concern with", src: "Senator Hale shared a concern with Ms Okonkwo.", cue: "shared",
			subject: []string{"Martin Hale"}, object: []string{"Ruth Okonkwo"}},
		{name: "share a concern", src: "Senator Hale and Ms Okonkwo share a concern about the budget.", cue: "share",
			subject: []string{"Martin Hale", "Ruth Okonkwo"}},
		{name: "shared a platform", src: "Senator Hale shared a platform with Ms Okonkwo.", cue: "shared", none: true},
		{name: "in common", src: "Senator Hale has much in common with Ms Okonkwo.", cue: "common",
			subject: []string{"Martin Hale"}, object: []string{"Ruth Okonkwo"}},
		{name: "are similar", src: "Senator Hale and Ms Okonkwo are very similar.", cue: "similar",
			subject: []string{"Martin Hale", "Ruth Okonkwo"}},
		{name: "a similar thing", src: "Senator Hale chaired a similar session with Ms Okonkwo.", cue: "similar", none: true},
		{name: "likeness denied", src: "Senator Hale and Ms Okonkwo are not similar.", cue: "similar", none: true},
	}, (*sentence).likenessSides)
}

func TestJoiningSidesNeedJoinedIn(t *testing.T) {
	checkAgreeRule(t, []agreeCase{
		{name: "joined someone in", src: "Senator Hale joined Ms Okonkwo in condemning the plan.", cue: "joined",
			subject: []string{"Martin Hale"}, object: []string{"Ruth Okonkwo"}},
		{name: "joined a body", src: "Senator Hale joined the Treasury last year.", cue: "joined", none: true},
	}, (*sentence).joiningSides)
}

func TestAllySidesNamedAroundAllies(t *testing.T) {
	checkAgreeRule(t, []agreeCase{
		{name: "coordinated allies", src: "Senator Hale and Ms Okonkwo are allies.", cue: "allies",
			subject: []string{"Martin Hale", "Ruth Okonkwo"}},
		{name: "someone's allies, named after", src: "The Treasury's allies, Senator Hale and Ms Okonkwo, stayed silent.", cue: "allies",
			subject: []string{"Treasury"}, object: []string{"Martin Hale", "Ruth Okonkwo"}},
		{name: "allies including", src: "The Treasury gained allies in its fight, including Senator Hale and Ms Okonkwo.", cue: "allies",
			subject: []string{"Treasury"}, object: []string{"Martin Hale", "Ruth Okonkwo"}},
		{name: "allies against", src: "Senator Hale looked for allies against Ms Okonkwo.", cue: "allies"},
	}, always((*sentence).allySides))
}

func TestAgreementCueFindings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cue  string
		want string // the finding as kind:rule, or "" for none
	}{
		{"agreement", "Senator Hale agreed with the Treasury on the budget.", "agreed", "agree:agree:agreed"},
		{"agreement denied", "Senator Hale will not agree with the Treasury on the budget.", "agree", "disagree:not-agree"},
		{"both, named before", "Both agree on the budget.", "agree", "cue-only:"},
		{"one actor", "Senator Hale agreed to the budget.", "agreed", ""},
		{"turned to a quarrel", "Senator Hale and the Treasury share a goal, but a row over the means divides them.", "share", ""},
		{"disowned", "Ms Okonkwo rejected the idea that Senator Hale and the Treasury share the same concerns.", "share", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			s := &r.sents[i]
			k := cueToken(t, r, i, tt.cue)
			got := ""
			if f, ok := r.agreementCue(i, k, s.cueAt(k)); ok {
				got = findingKind(f) + ":" + f.rule
			}
			if got != tt.want {
				t.Errorf("agreementCue(%q) = %q; want %q", tt.cue, got, tt.want)
			}
		})
	}
}

// TestNamedTogether checks the reading behind the "together" features:
// which actors a sentence names in one coordinated group.
func TestNamedTogether(t *testing.T) {
	specs := []spec{hale, treasury, okonkwo, union}
	tests := []struct {
		name, src string
		together  []string // the actors a together mention of names, in order
		pair      [2]string
		paired    bool // namedTogether(pair)
	}{
		{name: "two subjects", src: "Senator Hale and the Treasury said the budget was sound.",
			together: []string{"Martin Hale", "Treasury"}, pair: [2]string{"Martin Hale", "Treasury"}, paired: true},
		{name: "a list of three", src: "Ms Okonkwo, the TWU and the Treasury have welcomed the ruling.",
			together: []string{"Ruth Okonkwo", "Transit Workers Union", "Treasury"}, pair: [2]string{"Ruth Okonkwo", "Treasury"}, paired: true},
		{name: "subject and object", src: "Senator Hale told the Treasury the budget was sound.",
			pair: [2]string{"Martin Hale", "Treasury"}},
		{name: "one actor twice", src: "Senator Hale and Mr Hale's office said nothing.",
			pair: [2]string{"Martin Hale", "Martin Hale"}},
		{name: "a pair apart from a third", src: "Ms Okonkwo said Senator Hale and the TWU were right.",
			together: []string{"Martin Hale", "Transit Workers Union"}, pair: [2]string{"Ruth Okonkwo", "Martin Hale"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, specs)
			s := &r.sents[i]
			pairs := s.CoordinatedPairs(nil)
			var got []string
			for mi := range s.Mentions {
				if s.together(pairs, mi) {
					got = append(got, r.Actors[s.Mentions[mi].Actor].Name)
				}
			}
			if !slices.Equal(got, tt.together) {
				t.Errorf("together mentions = %q; want %q", got, tt.together)
			}
			a, b := actorIndex(t, r, tt.pair[0]), actorIndex(t, r, tt.pair[1])
			if got := s.namedTogether(pairs, a, b); got != tt.paired {
				t.Errorf("namedTogether(%s, %s) = %v; want %v", tt.pair[0], tt.pair[1], got, tt.paired)
			}
		})
	}
}

// actorIndex returns the index of the actor named name in r.
func actorIndex(t *testing.T, r *reader, name string) int {
	t.Helper()
	for a := range r.Actors {
		if r.Actors[a].Name == name {
			return a
		}
	}
	t.Fatalf("no actor %q", name)
	return -1
}

// TestApprovalIsBacking checks that approval of another's act or words
// reads as backing: one actor agrees with another it welcomes or praises,
// and approval of a thing alone names no one agreed with.
func TestApprovalIsBacking(t *testing.T) {
	checkAgreeRule(t, []agreeCase{
		{name: "welcomed a decision of someone", src: "Senator Hale welcomed the Treasury's decision on the budget.", cue: "welcomed",
			subject: []string{"Martin Hale"}, object: []string{"Treasury"}},
		{name: "praised someone", src: "Ms Okonkwo praised Senator Hale for his work on the budget.", cue: "praised",
			subject: []string{"Ruth Okonkwo"}, object: []string{"Martin Hale"}},
		{name: "welcomed by", src: "Ms Okonkwo's plan was welcomed by Senator Hale.", cue: "welcomed",
			subject: []string{"Martin Hale"}, object: []string{"Ruth Okonkwo"}},
		{name: "welcomed a thing", src: "Senator Hale welcomed the news.", cue: "welcomed", none: true},
		{name: "praise withheld", src: "Ms Okonkwo did not praise Senator Hale.", cue: "praise", none: true},
	}, (*sentence).backingSides)
}

// TestCoordinatedPairs checks that the one-pass reading of coordination
// the features use says of every pair of neighbouring mentions what
// Coordinated says.
func TestCoordinatedPairs(t *testing.T) {
	for _, src := range []string{
		"Senator Hale and the Treasury said the budget was sound.",
		"Ms Okonkwo, the TWU and the Treasury have welcomed the ruling.",
		"The head of the TWU, Ms Okonkwo, met Senator Hale.",
		"Senator Hale Ms Okonkwo Senator Hale the Treasury and the TWU.",
		"Ms Okonkwo said Senator Hale and the TWU were right, as the Treasury did.",
	} {
		r, i := readTo(t, src, []spec{hale, treasury, okonkwo, union})
		s := &r.sents[i]
		pairs := s.CoordinatedPairs(nil)
		if len(pairs) != max(len(s.Mentions)-1, 0) {
			t.Fatalf("%q: CoordinatedPairs has %d pairs for %d mentions", src, len(pairs), len(s.Mentions))
		}
		for j := range pairs {
			if want := s.Coordinated(j, j+1); pairs[j] != want {
				t.Errorf("%q: CoordinatedPairs[%d] = %v; Coordinated(%d, %d) = %v", src, j, pairs[j], j, j+1, want)
			}
		}
	}
}
