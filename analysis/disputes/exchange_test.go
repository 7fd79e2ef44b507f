package disputes

import (
	"slices"
	"testing"
)

// answerCase is a text whose last sentence may answer an earlier one, and
// the answer a rule should read from it.
type answerCase struct {
	name  string
	src   string
	sides []string // the names on the answer's sides, sorted; nil for no answer
	conf  float64  // its confidence, before any discount for a reference
	joins int      // the id of the disagreement it answers, for a rebuttal
}

// checkAnswer runs rule on the first reported claim of the last sentence
// of each case, after reading the sentences before it as Find does.
func checkAnswer(t *testing.T, tests []answerCase, rule func(r *reader, i int, c claim, spoken []int) (finding, bool)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			s := &r.sents[i]
			ci := slices.IndexFunc(s.Claims, func(c claim) bool { return c.Verb >= 0 })
			if ci < 0 {
				t.Fatalf("no reported claim in the last sentence")
			}
			c := s.Claims[ci]
			spoken := slices.DeleteFunc(distinct(s.Sides(c.First, c.End)), func(a int) bool { return a == c.Speaker })
			f, ok := rule(r, i, c, spoken)
			if !ok {
				if tt.sides != nil {
					t.Errorf("no answer; want one with sides %q", tt.sides)
				}
				return
			}
			var got []string
			for _, sd := range f.sides {
				got = append(got, r.Actors[sd.actor].Name)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.sides) {
				t.Errorf("answer sides = %q; want %q", got, tt.sides)
			}
			if f.conf != tt.conf || f.joins != tt.joins {
				t.Errorf("answer conf %.2f joins %d; want %.2f joins %d", f.conf, f.joins, tt.conf, tt.joins)
			}
		})
	}
}

func TestRebuttalDefendsTheSideAttacked(t *testing.T) {
	checkAnswer(t, []answerCase{{
		name:  "the side attacked answers",
		src:   "Senator Hale attacked the Treasury over the budget. But the Treasury said the figures were sound.",
		sides: []string{"Martin Hale", "Treasury"},
		conf:  confRebuttal,
		joins: 1,
	}, {
		name:  "someone defends the side attacked",
		src:   "Senator Hale criticised the Treasury over the budget. But Ms Okonkwo insisted that the Treasury had acted properly.",
		sides: []string{"Martin Hale", "Ruth Okonkwo", "Treasury"},
		conf:  confRebuttal,
		joins: 1,
	}, {
		name: "the attacker goes on",
		src:  "Senator Hale attacked the Treasury over the budget. But Senator Hale said the talks would go on.",
	}, {
		name: "the attack is out of reach",
		src: "Senator Hale attacked the Treasury over the budget. The talks began in May. They lasted a week. " +
			"Nothing was agreed. But the Treasury said the figures were sound.",
	}}, (*reader).rebuttal)
}

func TestReplyAnswersTheLatestVoice(t *testing.T) {
	checkAnswer(t, []answerCase{{
		name:  "but, about the one answered",
		src:   "Senator Hale said the Treasury had wasted money. But the Treasury said the spending was necessary.",
		sides: []string{"Martin Hale", "Treasury"},
		conf:  confAnswer,
	}, {
		name:  "but, right after",
		src:   "Senator Hale said the budget was too small. But Ms Okonkwo said the budget was generous.",
		sides: []string{"Martin Hale", "Ruth Okonkwo"},
		conf:  confContrastBut,
	}, {
		name:  "the one spoken of replies in the same words",
		src:   "Senator Hale said the Treasury had wasted the pension money. The Treasury said the pension money was well spent.",
		sides: []string{"Martin Hale", "Treasury"},
		conf:  confReply,
	}, {
		name: "own words go on",
		src:  "Senator Hale said the budget was too small. Senator Hale said more was needed.",
	}, {
		name: "only the latest voice is answered",
		src: "Senator Hale said the Treasury had wasted the pension money. Ms Okonkwo said the weather was fine. " +
			"The Treasury said the pension money was well spent.",
	}}, (*reader).reply)
}
