package actors

import (
	"slices"
	"strings"
)

// chamberMembers returns the names of the chamber whose members the word
// w names, in lower case, or nil: readers list "peers" among the forms of
// the House of Lords and "MEPs" among those of the European Parliament.
// "MPs" is not one: readers of gold/train list MPs as a group of their
// own ("Labour MPs", "MPs") more often than as the Commons. "Peers" counts
// only where a sentence opens with it.
func chamberMembers(w string, initial bool) []string {
	switch {
	case w == "peers" || w == "Peers" && initial:
		return lordsNames
	case w == "MEPs":
		return europeanParliamentNames
	case w == "MSPs":
		return scottishParliamentNames
	}
	return nil
}

// The names of the chambers chamberMembers knows, in lower case.
var (
	lordsNames              = []string{"house of lords", "lords"}
	europeanParliamentNames = []string{"european parliament"}
	scottishParliamentNames = []string{"scottish parliament"}
)

// linkMembers adds each chamber's members ("peers", "MEPs") as
// Description mentions of the chamber, when the text names one chamber
// they belong to among its organisations and no other mention holds the
// word.
func linkMembers(d *document, cands []candidate, clusters []*cluster, kept []bool, infos []roleInfo, subject []bool) ([]candidate, []roleInfo, []bool) {
	for k, t := range d.toks {
		if n := t.End - t.Start; n != len("peers") && n != len("MEPs") {
			continue // the length spares most words the comparisons
		}
		names := chamberMembers(d.tok(k), d.initial(k))
		if names == nil {
			continue
		}
		cl := chamberOf(d, cands, clusters, kept, names)
		if cl < 0 || covered(cands, t.Start, t.End) {
			continue
		}
		ds := description{span: d.span(k, k+1), sent: d.sentenceOf(k), first: k, end: k + 1, typ: Organization, cluster: cl}
		cands, infos, subject = addDescription(d, cands, infos, subject, clusters[cl], ds)
	}
	return cands, infos, subject
}

// chamberOf returns the one kept organisation named by one of names, or
// -1 when none or several are.
func chamberOf(d *document, cands []candidate, clusters []*cluster, kept []bool, names []string) int {
	found := -1
	for k, cl := range clusters {
		if !kept[k] || cl.typ != Organization {
			continue
		}
		if !slices.ContainsFunc(cl.cands, func(i int) bool {
			c := &cands[i]
			return c.kind == Name && slices.Contains(names, strings.ToLower(strings.TrimPrefix(c.Span.In(d.src), "the ")))
		}) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
}

// covered reports whether a candidate's span overlaps [start, end).
func covered(cands []candidate, start, end int) bool {
	return slices.ContainsFunc(cands, func(c candidate) bool { return c.Start < end && start < c.End })
}
