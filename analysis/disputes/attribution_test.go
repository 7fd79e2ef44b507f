package disputes

import (
	"context"
	"testing"
)

// claimCase is a sentence and the claim a rule of attribution should read
// at one of its words.
type claimCase struct {
	name    string
	src     string
	word    string // the word the rule reads
	speaker string // the claim's speaker, or "" for no claim
	said    string // what the claim says
	rebut   bool   // it answers someone
}

// checkClaim runs rule at the word of each case, in the last sentence,
// and compares the claim read with the case's.
func checkClaim(t *testing.T, tests []claimCase, rule func(s *sentence, i, k int) (claim, bool)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, i := readTo(t, tt.src, []spec{hale, treasury, okonkwo})
			s := &r.sents[i]
			c, ok := rule(s, i, cueToken(t, r, i, tt.word))
			if !ok {
				if tt.speaker != "" {
					t.Errorf("no claim at %q; want one by %s", tt.word, tt.speaker)
				}
				return
			}
			if tt.speaker == "" {
				t.Fatalf("claim by %s at %q; want none", r.Actors[c.Speaker].Name, tt.word)
			}
			got := claimCase{name: tt.name, src: tt.src, word: tt.word, speaker: r.Actors[c.Speaker].Name, said: s.cut(c.First, c.End).In(r.Text), rebut: c.Rebut}
			if got != tt {
				t.Errorf("claim = %s %q rebut %v; want %s %q rebut %v", got.speaker, got.said, got.rebut, tt.speaker, tt.said, tt.rebut)
			}
		})
	}
}

func TestAccordingToGivesTheSource(t *testing.T) {
	checkClaim(t, []claimCase{
		{name: "opening the sentence", src: "According to Senator Hale, the Treasury hid the cost.", word: "according",
			speaker: "Martin Hale", said: "the Treasury hid the cost"},
		{name: "closing the sentence", src: "The Treasury hid the cost, according to Senator Hale.", word: "according",
			speaker: "Martin Hale", said: "The Treasury hid the cost"},
		{name: "no one named", src: "According to the latest figures, the Treasury hid the cost.", word: "according"},
	}, (*sentence).accordingTo)
}

func TestReportAtReadsVerbsOfSaying(t *testing.T) {
	checkClaim(t, []claimCase{
		{name: "said that", src: "Senator Hale said that the Treasury had hidden the cost.", word: "said",
			speaker: "Martin Hale", said: "the Treasury had hidden the cost"},
		{name: "said after the quotation", src: `"The cost was hidden," said Senator Hale.`, word: "said",
			speaker: "Martin Hale", said: "The cost was hidden"},
		{name: "but opens an answer", src: "But Ms Okonkwo said the figures were sound.", word: "said",
			speaker: "Ruth Okonkwo", said: "the figures were sound", rebut: true},
		{name: "verb of answering", src: "Ms Okonkwo replied that the figures were sound.", word: "replied",
			speaker: "Ruth Okonkwo", said: "the figures were sound", rebut: true},
		{name: "hearsay", src: "Senator Hale is said to favour the plan.", word: "said"},
		{name: "answering verb reporting nothing", src: "The Treasury had to respond to the plans.", word: "respond"},
		{name: "a noun", src: "Senator Hale dismissed the claims of a rift.", word: "claims"},
	}, (*sentence).reportAt)
}

func TestQuotationSpeakerCarriesTheQuotation(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // each sentence's speaker of a quotation carried over, or ""
	}{
		{"opened with its speaker", `Ms Okonkwo said: "The plan is reckless. It will cost the town dearly."`,
			[]string{"", "Ruth Okonkwo"}},
		{"closed with its speaker", `"The plan is reckless. It will cost the town dearly," said Ms Okonkwo.`,
			[]string{"Ruth Okonkwo", ""}},
		{"no quotation", `Ms Okonkwo said the plan was reckless. It will cost the town dearly.`,
			[]string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, acts := newDoc(t, tt.src, okonkwo)
			r, err := read(context.Background(), doc, acts)
			if err != nil {
				t.Fatalf("read = _, %v; want nil error", err)
			}
			defer r.release()
			if len(r.sents) != len(tt.want) {
				t.Fatalf("%d sentences; want %d", len(r.sents), len(tt.want))
			}
			for i, s := range r.sents {
				got := ""
				if s.Speaker >= 0 {
					got = r.Actors[s.Speaker].Name
				}
				if got != tt.want[i] {
					t.Errorf("sentence %d speaker = %q; want %q", i, got, tt.want[i])
				}
			}
		})
	}
}
