package disputes

import (
	"context"
	"math"
	"slices"
	"testing"
)

// readTo reads src and runs the readings of every sentence before the
// last, as Find does, so that rules that look back (to a claim, to an
// earlier attack) find what the text said before. It returns the reader
// and the index of the last sentence.
func readTo(t *testing.T, src string, specs []spec) (*reader, int) {
	t.Helper()
	doc, acts := newDoc(t, src, specs...)
	r, err := read(context.Background(), doc, acts, nil)
	if err != nil {
		t.Fatalf("read = _, %v; want nil error", err)
	}
	t.Cleanup(r.release)
	last := len(r.sents) - 1
	for i := range last {
		for _, f := range r.scan(i) {
			if !f.agree {
				f.id = len(r.prior) + 1
				r.prior = append(r.prior, f)
			}
		}
	}
	return r, last
}

// cueToken returns the first token of sentence i whose lower-case text is
// w, outside any mention.
func cueToken(t *testing.T, r *reader, i int, w string) int {
	t.Helper()
	s := &r.sents[i]
	if k := s.FindWord(0, len(s.Tokens), w); k >= 0 {
		return k
	}
	t.Fatalf("no token %q in the last sentence", w)
	return -1
}

// openCue reads src and opens the disagreement cue at the word w of its
// last sentence, with its sides read from the clause, as disputeCue has
// it before the rules that look beyond the clause.
func openCue(t *testing.T, src string, specs []spec, w string) (*reader, *cueReading) {
	t.Helper()
	r, i := readTo(t, src, specs)
	s := &r.sents[i]
	k := cueToken(t, r, i, w)
	d, ok := s.assertedCue(i, k, s.cueAt(k))
	if !ok {
		t.Fatalf("assertedCue(%q) = false; want the cue read", w)
	}
	s.clauseSides(&d)
	return r, &d
}

// mentionNames returns the names of the actors of ms, in order.
func mentionNames(r *reader, ms []mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, r.Actors[m.Actor].Name)
	}
	return out
}

func TestAssertedCueSkipsWhatIsNotAsserted(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cue  string
		want bool
	}{
		{"plain attack", "Senator Hale attacked the Treasury over the budget.", "attacked", true},
		{"negated", "Senator Hale did not criticise the Treasury over the budget.", "criticise", false},
		{"refusal is a rejection", "Senator Hale refused to accept the Treasury's offer.", "accept", true},
		{"condition", "If the Treasury rejects the plan, Senator Hale will resign.", "rejects", false},
		{"asked of someone named", "Senator Hale urged Ms Okonkwo to reject the plan.", "reject", false},
		{"called on to act", "Senator Hale called on the Treasury to reject the plan.", "reject", false},
		{"quarrel talked about", "Ms Okonkwo spoke about the rift between Senator Hale and the Treasury.", "rift", false},
		{"quarrel stated", "The rift between Senator Hale and the Treasury deepened.", "rift", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			s := &r.sents[i]
			k := cueToken(t, r, i, tt.cue)
			if c := s.cueAt(k); !c.isDispute() {
				t.Fatalf("cueAt(%q) = %v; want a disagreement cue", tt.cue, c)
			}
			if _, got := s.assertedCue(i, k, s.cueAt(k)); got != tt.want {
				t.Errorf("assertedCue(%q) = %v; want %v", tt.cue, got, tt.want)
			}
		})
	}
}

// sidesCase is a cue whose clause names its sides: the acting side and
// the side acted against.
type sidesCase struct {
	name          string
	src           string
	cue           string
	agent, target []string
}

// checkSides opens the cue of each case, which must be a noun when noun
// is set and a verb otherwise, and compares the sides read with the case's.
func checkSides(t *testing.T, tests []sidesCase, noun bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, d := openCue(t, tt.src, []spec{hale, treasury, okonkwo, council}, tt.cue)
			if d.noun != noun {
				t.Fatalf("%q read as a noun: %v; want %v", tt.cue, d.noun, noun)
			}
			if got := mentionNames(r, d.agents); !slices.Equal(got, tt.agent) {
				t.Errorf("acting side = %q; want %q", got, tt.agent)
			}
			if got := mentionNames(r, d.targets); !slices.Equal(got, tt.target) {
				t.Errorf("side acted against = %q; want %q", got, tt.target)
			}
		})
	}
}

func TestVerbSidesReadSubjectAndObject(t *testing.T) {
	checkSides(t, []sidesCase{{
		name:   "subject acts on object",
		src:    "Senator Hale attacked the Treasury over the budget.",
		cue:    "attacked",
		agent:  []string{"Martin Hale"},
		target: []string{"Treasury"},
	}, {
		name:   "passive: agent after by",
		src:    "The Treasury was criticised by Senator Hale on Monday.",
		cue:    "criticised",
		agent:  []string{"Martin Hale"},
		target: []string{"Treasury"},
	}, {
		name:  "verb of saying after the quotation",
		src:   `"The strike will hurt every commuter," warned Ms Okonkwo.`,
		cue:   "warned",
		agent: []string{"Ruth Okonkwo"},
	}, {
		name:   "listed objects",
		src:    "Senator Hale attacked the Treasury and Westbrook Council.",
		cue:    "attacked",
		agent:  []string{"Martin Hale"},
		target: []string{"Treasury", "Westbrook Council"},
	}}, false)
}

func TestNounSidesReadThePrepositionAfterTheNoun(t *testing.T) {
	checkSides(t, []sidesCase{{
		name:   "row with",
		src:    "Senator Hale is in a row with the Treasury over pensions.",
		cue:    "row",
		agent:  []string{"Martin Hale"},
		target: []string{"Treasury"},
	}, {
		name:   "fight between two named parties",
		src:    "Westbrook Council watched the fight between Senator Hale and the Treasury.",
		cue:    "fight",
		agent:  []string{"Martin Hale"},
		target: []string{"Treasury"},
	}, {
		name: "fight between an unnamed party and one named, told of",
		src:  "Ms Okonkwo described the fight between three local journalists and the Treasury.",
		cue:  "fight",
	}, {
		name:   "fight between an unnamed party and one named, joined",
		src:    "Ms Okonkwo joined the fight between three local journalists and the Treasury.",
		cue:    "fight",
		agent:  []string{"Ruth Okonkwo"},
		target: []string{"Treasury"},
	}, {
		name:  "a side further on is none",
		src:   "Senator Hale said the attacks were thought to be the work of the Treasury.",
		cue:   "attacks",
		agent: []string{"Martin Hale"},
	}}, true)
}

// ruleCase is a test of one rule that reads a side the clause left
// unnamed: the names on the side it reads.
type ruleCase struct {
	name string
	src  string
	cue  string
	want []string
}

// checkRule opens the cue of each case, runs rule on it and compares the
// names of the side it reads with the case's.
func checkRule(t *testing.T, tests []ruleCase, rule func(*reader, *cueReading) []string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, d := openCue(t, tt.src, []spec{hale, treasury, okonkwo, quill}, tt.cue)
			if got := rule(r, d); !slices.Equal(got, tt.want) {
				t.Errorf("side = %q; want %q", got, tt.want)
			}
		})
	}
}

// claimAuthor adapts a rule that returns a claim to checkRule: the claim's
// author is the side it reads.
func claimAuthor(rule func(*reader, *cueReading) (claim, bool)) func(*reader, *cueReading) []string {
	return func(r *reader, d *cueReading) []string {
		if c, ok := rule(r, d); ok {
			return []string{r.Actors[author(c).Actor].Name}
		}
		return nil
	}
}

func TestComplementTargetReadsWarnedThat(t *testing.T) {
	tests := []struct {
		ruleCase
		drop float64 // how much the rule lowers the confidence
	}{
		{ruleCase{name: "warned that", src: "Senator Hale warned that the Treasury would run out of money.", cue: "warned",
			want: []string{"Treasury"}}, 0.1},
		{ruleCase{name: "object named: nothing to add", src: "Senator Hale warned the Treasury that money would run out.", cue: "warned",
			want: []string{"Treasury"}}, 0},
		{ruleCase{name: "no one in the complement", src: "Senator Hale warned that money would run out.", cue: "warned"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, d := openCue(t, tt.src, []spec{hale, treasury}, tt.cue)
			before := d.conf
			r.sents[d.i].complementTarget(d)
			if got := mentionNames(r, d.targets); !slices.Equal(got, tt.want) {
				t.Errorf("side acted against = %q; want %q", got, tt.want)
			}
			if drop := before - d.conf; math.Abs(drop-tt.drop) > 1e-9 {
				t.Errorf("confidence lowered by %.2f; want %.2f", drop, tt.drop)
			}
		})
	}
}

func TestQuotedAgentIsTheSpeaker(t *testing.T) {
	checkRule(t, []ruleCase{
		{name: "speaker's own act", src: `Ms Okonkwo said: "We will attack the Treasury's plan in court."`, cue: "attack",
			want: []string{"Ruth Okonkwo"}},
		{name: "someone else's act", src: `Ms Okonkwo said: "You ought to attack the Treasury's plan in court."`, cue: "attack"},
		{name: "not quoted", src: "Attacking the Treasury's plan in court would cost millions.", cue: "attacking"},
	}, func(r *reader, d *cueReading) []string {
		if m, ok := r.sents[d.i].quotedAgent(d); ok {
			return mentionNames(r, []mention{m})
		}
		return nil
	})
}

func TestRejectedClaimIsTheOneBefore(t *testing.T) {
	checkRule(t, []ruleCase{
		{name: "the claim", src: "Senator Hale said the Treasury had hidden the cost. Ms Okonkwo rejected the claim.", cue: "rejected",
			want: []string{"Martin Hale"}},
		{name: "it", src: "Senator Hale said the Treasury had hidden the cost. Ms Okonkwo dismissed it.", cue: "dismissed",
			want: []string{"Martin Hale"}},
		{name: "no claim named", src: "Senator Hale said the Treasury had hidden the cost. Ms Okonkwo rejected the timetable.", cue: "rejected"},
		{name: "also goes on with her own quarrel", src: "Senator Hale said the Treasury had hidden the cost. Ms Okonkwo also rejected the claim.", cue: "rejected"},
	}, claimAuthor((*reader).rejectedClaim))
}

func TestDeniesClauseNeedsAClauseDenied(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cue  string
		want bool
	}{
		{"denied that", "Ms Okonkwo denied that the reservoir project was over budget.", "denied", true},
		{"denied a clause without that", "Ms Okonkwo denied the Treasury had hidden the cost.", "denied", true},
		{"denied a thing", "Ms Okonkwo denied the claims of a rift.", "denied", false},
		{"not a verb of denial", "Ms Okonkwo attacked the Treasury over the cost.", "attacked", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, d := openCue(t, tt.src, []spec{treasury, okonkwo}, tt.cue)
			if got := r.sents[d.i].deniesClause(d); got != tt.want {
				t.Errorf("deniesClause(%q) = %v; want %v", tt.cue, got, tt.want)
			}
		})
	}
}

func TestDeniedClaimSharesItsWords(t *testing.T) {
	checkRule(t, []ruleCase{
		{name: "denied what was said", src: "Senator Hale said the reservoir project was far over budget. Ms Okonkwo denied that the reservoir project was over budget.", cue: "denied",
			want: []string{"Martin Hale"}},
		{name: "denied something else", src: "Senator Hale said the village school would close. Ms Okonkwo denied that the reservoir project was over budget.", cue: "denied"},
	}, claimAuthor((*reader).deniedClaim))
}

func TestAlsoTargetsGoOnWithTheLastAttack(t *testing.T) {
	checkRule(t, []ruleCase{
		{name: "also after an attack", src: "Senator Hale attacked the Treasury over the budget. Senator Hale also attacked the way the plan was sold.", cue: "attacked",
			want: []string{"Treasury"}},
		{name: "also with no attack before", src: "Senator Hale spoke about the budget. Senator Hale also attacked the way the plan was sold.", cue: "attacked"},
		{name: "no also", src: "Senator Hale attacked the Treasury over the budget. Senator Hale attacked the way the plan was sold.", cue: "attacked"},
	}, func(r *reader, d *cueReading) []string {
		var out []string
		for _, a := range r.alsoTargets(d) {
			out = append(out, r.Actors[a].Name)
		}
		return out
	})
}

func TestDisputeFindingsByWhoIsNamed(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cue  string
		want []string // each finding as kind:rule
	}{
		{"one side against another", "Senator Hale attacked the Treasury over the budget.", "attacked", []string{"disagree:cue:attacked"}},
		{"reciprocal verb", "Senator Hale and Ms Okonkwo clashed over the budget.", "clashed", []string{"disagree:reciprocal"}},
		{"stance against something unnamed", "Senator Hale will vote against the bill.", "against", []string{"stance:"}},
		{"critics together", "Senator Hale and Ms Okonkwo criticised the bill.", "criticised", []string{"stance:", "agree:co-agents"}},
		{"bare quarrel", "The row has lasted a year.", "row", []string{"cue-only:"}},
		{"quarrel referred to", "Senator Hale spoke of his part in the row.", "row", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			s := &r.sents[i]
			k := cueToken(t, r, i, tt.cue)
			var got []string
			for _, f := range r.disputeCue(i, k, s.cueAt(k)) {
				got = append(got, findingKind(f)+":"+f.rule)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("disputeCue(%q) = %q; want %q", tt.cue, got, tt.want)
			}
		})
	}
}

// findingKind names what f is, for test failures.
func findingKind(f finding) string {
	switch {
	case f.cueOnly:
		return "cue-only"
	case f.agree:
		return "agree"
	case f.stance:
		return "stance"
	}
	return "disagree"
}

func TestDisputeCueDiscountsSidesReadBeyondTheClause(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cue  string
		want float64 // the confidence of the one disagreement read
	}{
		{"both sides named", "Senator Hale attacked the Treasury over the budget.", "attacked",
			cueAttack.strength()},
		{"author of the claim rejected", "Senator Hale said the Treasury had hidden the cost. Ms Okonkwo rejected the claim.", "rejected",
			cueReject.strength() - penaltyAnaphora + boostClaim},
		{"author of the claim denied", "Senator Hale said the reservoir project was far over budget. Ms Okonkwo denied that the reservoir project was over budget.", "denied",
			cueReject.strength() - penaltyAnaphora},
		{"side attacked before", "Senator Hale attacked the Treasury over the budget. Senator Hale also attacked the way the tax was sold.", "attacked",
			cueAttack.strength() - penaltyAnaphora},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			k := cueToken(t, r, i, tt.cue)
			fs := r.disputeCue(i, k, r.sents[i].cueAt(k))
			if len(fs) != 1 || fs[0].agree || fs[0].stance {
				t.Fatalf("disputeCue(%q) = %d findings; want one disagreement", tt.cue, len(fs))
			}
			if math.Abs(fs[0].conf-tt.want) > 1e-9 {
				t.Errorf("confidence %.3f; want %.3f", fs[0].conf, tt.want)
			}
		})
	}
}
