package summary

import (
	"math"
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/text"
)

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		// Bylines, labels, timestamps and credits: no lower-case word.
		{"By Staff Reporter", true},
		{"By .", true}, // a byline split at its dots ("By . Staff Reporter .")
		{"Staff Reporter .", true},
		{"By JANE DOE", true},
		{"PUBLISHED:", true},
		{"10:51 EST, 12 March 2013", true},
		{"Photo: Harbour Press Agency", true},
		{"BRIDGE TO CLOSE FOR REPAIRS", true},
		// A byline with connectives.
		{"By Jane Doe and John Roe, for the Valley Record", true},
		// Page stamps.
		{"Last updated at 4:24 PM on 12th June 2014.", true},
		{"Published 10:51 GMT, 3 May 2014", true},
		// Reader instructions.
		{"Scroll down for video", true},
		{"Scroll down for video Stranded: passengers wait on the quay at dawn.", true},
		{"Click here to read the council's report.", true},
		{"Follow @harbourdesk on Twitter.", true},
		// Sentences of news.
		{"By Tuesday, the rebels had taken the city.", false},
		{"By contrast, exports rose by a third.", false},
		{"Tap water in the valley is safe to drink again.", false},
		{"Read the statement in full, the mayor told reporters.", false},
		{"The figures were published at 10:30 on Monday.", false},
		{"The ferry was last updated in 2019 at a cost of 4 million.", false},
		{"US GDP rose 3% in the third quarter.", false},
		{"Watch out for ice on the bridge, police said.", false},
		{"東京 officials welcomed the line.", false},
		{"東京", false},
		{"eBay shares fell.", false},
	}
	for _, tc := range tests {
		toks := text.AppendTokens(nil, tc.src, text.Span{Start: 0, End: len(tc.src)})
		if got := boilerplate(tc.src, toks); got != tc.want {
			t.Errorf("boilerplate(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// A story scraped from a web page, furniture and all: no piece of the
// furniture is ever a key point or the gist, nor lends a keyword, and the
// lead is the first sentence of news. (The gist, like every key point,
// is checked not to be furniture.)
const ferryPage = `By Staff Reporter. PUBLISHED: 10:51 EST, 12 March 2013. UPDATED: 11:20 EST, 12 March 2013.

A passenger ferry ran aground off the northern cape on Sunday night, stranding 212 people on board until the morning tide.
Coastguard boats reached the vessel within an hour and found no one injured, the harbour authority said.
Scroll down for video Stranded: passengers wait on the deck of the ferry as the tide comes in.
The operator has withdrawn the ship from service while divers inspect its hull.
Follow @harbourdesk on Twitter.
Investigators will examine the ship's charts and the crew's logbook.`

func TestSummarizeBoilerplate(t *testing.T) {
	doc := newDoc(ferryPage, "")
	s := summarize(t, doc, Options{MaxSentences: 10})
	// Furniture is skipped before the lead is counted.
	order := design{lead: math.MaxInt, margin: math.Inf(1)}
	if first := designPicks(t, ferryPage, order, 1); len(first) != 1 ||
		!strings.HasPrefix(doc.Sentences[first[0]].In(doc.Text), "A passenger ferry ran aground") {
		t.Errorf("document order's first key point is sentence %v, want the lead sentence of news", first)
	}
	if len(s.KeyPoints) != 4 {
		t.Errorf("got %d key points, want the 4 sentences of news", len(s.KeyPoints))
	}
	for _, kp := range s.KeyPoints {
		txt := kp.Span.In(doc.Text)
		for _, furniture := range []string{"Staff Reporter", "PUBLISHED", "UPDATED", "Scroll down", "@harbourdesk"} {
			if strings.Contains(txt, furniture) {
				t.Errorf("key point %q is page furniture", txt)
			}
		}
	}
	for _, k := range s.Keywords {
		if strings.EqualFold(k, "Staff Reporter") || strings.EqualFold(k, "EST") || strings.Contains(k, "Twitter") {
			t.Errorf("keyword %q comes from page furniture (all: %q)", k, s.Keywords)
		}
	}
}

// TestNameCased checks which words boilerplate counts as capitalised:
// a capital first letter in any script with case, or a lower-case ASCII
// letter before a capital ("eBay"); never a word in a script without
// case.
func TestNameCased(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Reporter", true},
		{"JANE", true},
		{"eBay", true},
		{"iPhone", true},
		{"e", false},
		{"ebay", false},
		{"and", false},
		{"Élysée", true},
		{"élan", false},
		{"Ωmega", true},
		{"東京", false},
	}
	for _, tt := range tests {
		if got := nameCased(tt.w); got != tt.want {
			t.Errorf("nameCased(%q) = %v; want %v", tt.w, got, tt.want)
		}
	}
}
