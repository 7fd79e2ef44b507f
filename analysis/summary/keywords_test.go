package summary

import (
	"slices"
	"strings"
	"testing"
)

func TestKeywords(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		want   []string // must be among the keywords
		wantNo []string // must not be (compared case-insensitively)
	}{{
		name: "plural and case variants merge",
		src: "Sanctions on the regime were tightened. The new sanction hits oil exports. " +
			"Critics say sanctions rarely work. Oil exports fell by a third.",
		want:   []string{"sanctions", "oil exports"},
		wantNo: []string{"sanction", "Sanctions"},
	}, {
		name: "names keep their capitals, full names win",
		src: "Talks between Maria Okafor and the dock workers broke down on Friday. " +
			"Okafor said the offer was final. The dock workers want a shorter week. " +
			"Okafor will meet union officials again next month.",
		want:   []string{"Maria Okafor", "dock workers"},
		wantNo: []string{"Okafor", "maria okafor"},
	}, {
		name: "a capital forced by the sentence start is dropped",
		src: "Bakers in the valley doubled their bread prices as the cost of flour went up. Flour costs have risen all year. " +
			"Bread prices are now the highest in the region. Flour mills blame the drought.",
		want:   []string{"bread prices", "flour costs"},
		wantNo: []string{"Bread prices", "Flour"},
	}, {
		name: "a name at every sentence start keeps its filler word",
		src: "New Harbour Bank raised its rates. New Harbour Bank also closed ten branches. " +
			"Customers complained about the branch closures.",
		want: []string{"New Harbour Bank"},
	}, {
		name:   "possessives end a phrase",
		src:    "The company's pension fund is short of money. The pension fund lost value. The company's board met.",
		want:   []string{"pension fund"},
		wantNo: []string{"company's pension fund", "company pension fund"},
	}, {
		name:   "stop words never make a phrase",
		src:    "It is what it is, and that is that. They said it was so. It was.",
		wantNo: []string{"it", "It", "is", "that", "said"},
	}, {
		name: "verbs and adjectives alone are no key phrases",
		src: "The mayor believes the ferry contract is crucial. Crucial to the plan is a new pier. " +
			"Residents are interested in the pier, and the ferry contract worries them. " +
			"The mayor believes the pier will open in spring.",
		want:   []string{"ferry contract", "pier"},
		wantNo: []string{"believes", "crucial", "Crucial", "interested"},
	}, {
		name: "a participle after a noun is a verb and ends the phrase",
		src: "Quarterly figures showed a fall in freight volumes. The figures showed that rail freight volumes fell. " +
			"Freight volumes dropped again in March.",
		want:   []string{"freight volumes"},
		wantNo: []string{"figures showed", "freight volumes dropped"},
	}, {
		name: "a reporting verb beside a name is no plural noun",
		src: "The club must sell its stadium, insists Dana Whitfield. The stadium is too old, insists Dana Whitfield. " +
			"Fans want the stadium kept.",
		want:   []string{"stadium", "Dana Whitfield"},
		wantNo: []string{"insists"},
	}, {
		name:   "the tail of a masked word and a doubled name are no phrases",
		src:    "Harrowby Harrowby fans sang. He called it a f***ing disgrace. Harrowby fans left early. The f***ing referee left too.",
		want:   []string{"Harrowby"},
		wantNo: []string{"ing", "ing disgrace", "ing referee", "Harrowby Harrowby"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := newDoc(tc.src, "")
			s := summarize(t, doc, Options{})
			for _, w := range tc.want {
				if !slices.Contains(s.Keywords, w) {
					t.Errorf("Keywords = %q, want %q among them", s.Keywords, w)
				}
			}
			for _, w := range tc.wantNo {
				if slices.Contains(s.Keywords, w) {
					t.Errorf("Keywords = %q, want no %q", s.Keywords, w)
				}
			}
		})
	}
}

func TestKeywordsOrder(t *testing.T) {
	src := "Flood defences failed in three villages. Villagers said the flood defences were too low. " +
		"The council promised new flood defences. A spokesman thanked volunteers."
	s := summarize(t, newDoc(src, ""), Options{})
	if len(s.Keywords) == 0 || s.Keywords[0] != "flood defences" {
		t.Errorf("Keywords = %q, want %q first", s.Keywords, "flood defences")
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sanctions", "sanction"},
		{"sanction", "sanction"},
		{"countries", "country"},
		{"attacked", "attack"},
		{"attacking", "attack"},
		{"attacks", "attack"},
		{"stopped", "stop"},
		{"making", "mak"},
		{"make", "mak"},
		{"news", "news"},
		{"bus", "bus"},
		{"crisis", "crisis"},
		{"class", "class"},
		{"classes", "class"},
		{"red", "red"},
		{"café", "café"},
		{"co-chairman", "co-chairman"},
	}
	for _, tc := range tests {
		if got := string(stem([]byte(tc.in))); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTrimPossessive(t *testing.T) {
	tests := []struct {
		in, want string
		poss     bool
	}{
		{"Velmar's", "Velmar", true},
		{"Velmar’s", "Velmar", true},
		{"workers'", "workers", true},
		{"Shi'ite", "Shi'ite", false},
		{"'s", "'s", false},
	}
	for _, tc := range tests {
		got, poss := trimPossessive(tc.in)
		if got != tc.want || poss != tc.poss {
			t.Errorf("trimPossessive(%q) = %q, %v; want %q, %v", tc.in, got, poss, tc.want, tc.poss)
		}
	}
}

func TestVerbal(t *testing.T) {
	for w, want := range map[string]bool{
		"leaked": true, "saying": true, "rarely": true, "attacking": true,
		"swing": false, "string": false, "speed": false, "ugly": false, "red": false, "bring": false, "fund": false,
	} {
		if got := verbal(w); got != want {
			t.Errorf("verbal(%q) = %v, want %v", w, got, want)
		}
	}
}

// Key phrases name things: a word the text uses as a verb ("to compete",
// "has urged") is no keyword on its own, and no word is in more than
// maxShare of them.
func TestKeywordsNotVerbs(t *testing.T) {
	src := "The rowing club has urged the council to compete for the regatta. " +
		"Members urged the council to act before the river festival. " +
		"The council will compete with two other towns for the regatta. " +
		"The club wants new boat sheds, a new boat ramp, boat storage and boat trailers by summer."
	s := summarize(t, newDoc(src, ""), Options{})
	for _, w := range []string{"urged", "compete"} {
		if containsFold(s.Keywords, w) {
			t.Errorf("Keywords = %q, want no %q", s.Keywords, w)
		}
	}
	boat := 0
	for _, k := range s.Keywords {
		if strings.Contains(strings.ToLower(k), "boat") {
			boat++
		}
	}
	if boat > maxShare {
		t.Errorf("Keywords = %q: %d hold %q, want at most %d", s.Keywords, boat, "boat", maxShare)
	}
	if !containsFold(s.Keywords, "regatta") {
		t.Errorf("Keywords = %q, want %q", s.Keywords, "regatta")
	}
}
