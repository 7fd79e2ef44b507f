package actors

import (
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/lexicon"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// isGroupHead reports whether a plural in any case whose lower case has
// the lexicon classes c may head a group: a lexicon.GroupHead noun. (Plural agent nouns the list lacks, "gamers",
// "prosecutors", were tried as heads too: on gold/train folds 0-3 they
// found more groups but also things that do not act, "processors",
// "containers", and actor F1 fell by 0.001-0.002 however they were
// limited.)
func isGroupHead(c lexicon.Class) bool { return c.Has(lexicon.GroupHead) }

// groupSynonyms maps a group head's lemma to the lemma of the head that
// names the same collective: news text varies the noun for one group
// ("the journalists ... the reporters") to avoid repeating it. Only nouns
// that name the same people in any story are paired; near neighbours that
// may be two sides ("rebels", "militants") are not.
var groupSynonyms = map[string]string{
	"reporter":     "journalist",
	"demonstrator": "protester",
	"employee":     "worker",
}

// groupMention is a lower-case group found in the text: its span, the
// tokens of its words, and its head's lemma, which names the group.
type groupMention struct {
	span        text.Span
	sent        int
	first, end  int
	lemma       string
	acts        bool // followed by a verb: the group is a subject
	modifiedLen int  // words before the head
}

// findGroups finds lower-case plural noun phrases headed by a
// lexicon.GroupHead noun ("hospital staff unions", "online journalists"), and "<group>
// leaders" ("union leaders"), which speak for the group. marks are
// document.marks: every such head is among them.
func findGroups(d *document, marks []int) []groupMention {
	var out []groupMention
	s := 0 // the sentence of token h, found only for the words that may be heads
	for _, h := range marks {
		// Every head ends in "s", or is possessive: a word token's
		// capWord is startsUpper of its text.
		w := d.word(h)
		if w == "" || w[len(w)-1] != 's' && !d.possessive(h) {
			continue
		}
		if d.possessive(h) && !strings.HasSuffix(w, "'") && !strings.HasSuffix(w, "’") {
			continue
		}
		bw := d.bare(h)
		head := d.readings[d.forms[h]].groupHead || d.possessive(h) && lexicon.Lookup(bw).Has(lexicon.GroupHead)
		if !head && bw != "leaders" && bw != "bosses" {
			continue
		}
		for d.sent[s+1] <= h {
			s++
		}
		lo := d.sent[s]
		if d.capWord(h) {
			// Capitalised, only as the sentence's first word
			// ("Gamers say ..."), and named by its lower case.
			if h != lo || !head {
				continue
			}
			bw = strings.ToLower(bw)
		}
		lemma := ""
		switch {
		case head:
			lemma = strings.TrimSuffix(strings.TrimSuffix(bw, "s"), "ie")
		case h > lo && lexicon.Lookup(d.word(h-1)+"s").Has(lexicon.GroupHead): // "leaders", "bosses"
			lemma = strings.TrimSuffix(d.word(h-1), "ie")
		default:
			continue
		}
		if syn, ok := groupSynonyms[lemma]; ok {
			lemma = syn
		}
		// Lower-case modifiers before the head: "public service",
		// "open source", "online".
		a := h
		for a > lo && h-a < 3 {
			m := d.word(a - 1)
			if m == "" || startsUpper(m) || d.is(a-1, classFunction) || isActVerb(d.word(a-1)) || d.possessive(a-1) || !groupModifier(d, a-1) {
				break
			}
			a--
		}
		out = append(out, groupMention{
			span: text.Span{Start: d.toks[a].Start, End: d.bareEnd(h)}, sent: s, first: a, end: h + 1,
			lemma: lemma, acts: acts(d, a, h+1, lo), modifiedLen: h - a,
		})
	}
	return out
}

// addGroups makes an actor of each lower-case group the text names as a
// subject once at least ("unions warned"): a collective that acts in the
// story, as the named ones ("the Europeans") do. One it names twice or
// more is reported; one it names once is a proposal the filter weighs,
// and a side the disputes stage may take. Its mentions
// are descriptions; its name is its fullest mention. Groups a name already
// covers are left alone.
func addGroups(d *document, marks []int, cands []candidate, clusters []*cluster, kept []bool, infos []roleInfo, subject []bool) ([]candidate, []*cluster, []bool, []roleInfo, []bool) {
	ms := findGroups(d, marks)
	if len(ms) == 0 {
		return cands, clusters, kept, infos, subject
	}
	type tally struct{ n, acts int }
	count := map[string]tally{}
	for _, m := range ms {
		t := count[m.lemma]
		t.n++
		if m.acts {
			t.acts++
		}
		count[m.lemma] = t
	}
	// The tokens some candidate covers, so that a group inside a name is
	// found in time linear in the text.
	// at[k] is 1 + the index of the candidate ending at token k+1, so that
	// a nationality before a group is found as quickly.
	covered := make([]bool, len(d.toks))
	at := make([]int32, len(d.toks))
	for i := range cands {
		for k := spanStart(d, &cands[i]); k < cands[i].end; k++ {
			covered[k] = true
		}
		at[cands[i].end-1] = int32(i + 1)
	}
	byLemma := map[string]*cluster{}
	for _, m := range ms {
		if t := count[m.lemma]; t.acts == 0 || slices.Contains(covered[m.first:m.end], true) {
			continue
		}
		cl := byLemma[m.lemma]
		if cl == nil {
			// "European consumers" already made a group of a region's
			// people: "consumers" alone is that group.
			for k, other := range clusters {
				if other.typ == Group && kept[k] && other.entity != nil {
					for _, i := range other.cands {
						if c := &cands[i]; c.group && strings.EqualFold(d.bare(c.end-1), d.bare(m.end-1)) {
							cl = other
						}
					}
				}
			}
			if cl != nil {
				byLemma[m.lemma] = cl
			}
		}
		if cl == nil {
			cl = &cluster{key: "group:" + m.lemma, typ: Group}
			byLemma[m.lemma] = cl
			clusters = append(clusters, cl)
			kept = append(kept, true)
		}
		cands = append(cands, candidate{Span: leadSpan(d, cands, at, m), sent: m.sent, first: m.first, end: m.end,
			kind: Description, hint: Group, acronymOf: -1, titleStart: m.first, described: true})
		infos = append(infos, roleInfo{})
		subject = append(subject, m.acts)
		n := len(cands) - 1
		pos, _ := slices.BinarySearchFunc(cl.cands, m.span.Start, func(i, start int) int { return cands[i].Start - start })
		cl.cands = slices.Insert(cl.cands, pos, n)
	}
	return cands, clusters, kept, infos, subject
}

// leadSpan returns a group mention's span widened over a nationality and
// a count before it ("three Ruritanian online journalists", "two UK
// unions"): the text names the group with them, so they belong to its
// mention. The nationality stays a mention of its country too; the
// group's name (canonical) is read without them. at is addGroups' map
// from a token to the candidate ending there.
func leadSpan(d *document, cands []candidate, at []int32, m groupMention) text.Span {
	sp := m.span
	k, lo := m.first, d.sent[m.sent]
	if k > lo && at[k-1] > 0 {
		if c := &cands[at[k-1]-1]; c.entry.Entity != nil && c.entry.Entity.Kind == gazetteer.Country && c.first >= lo {
			k = spanStart(d, c)
		}
	}
	if k > lo && quantity(d.word(k-1)) {
		k--
	}
	sp.Start = d.toks[k].Start
	return sp
}

// quantity reports whether w is a count: digits or a number word.
func quantity(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return strings.Trim(w, "0123456789,") == ""
	}
	return lex(w).Has(lexicon.NumberWord)
}

// acts reports whether the phrase [a, b) of a sentence starting at lo is
// a subject: followed by a verb ("unions warned", "unions will"), or after
// a verb that ends its clause ("..., met union leaders.").
func acts(d *document, a, b, lo int) bool {
	if isActVerb(d.word(b)) {
		return true
	}
	return a > lo && isActVerb(d.word(a-1)) && (b >= len(d.toks) || d.toks[b].Kind == text.Punctuation)
}

// groupModifier reports whether token k can qualify a group's head: a role
// modifier ("public", "online", "service") or a word shaped like an
// adjective ("national", "electronic", "independent"); a verb before the
// group ("met union leaders") is not one.
func groupModifier(d *document, k int) bool {
	if d.is(k, classModifier) {
		return true
	}
	w := d.word(k)
	for _, suf := range []string{"al", "ic", "ive", "ous", "ful", "ary", "ish", "ian", "ese", "ern", "ent", "ant"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
