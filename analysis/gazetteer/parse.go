package gazetteer

import (
	"fmt"
	"slices"
	"strings"
)

// parse builds a gazetteer from the three data files' contents.
func parse(countries, orgs, extra string) (*Gazetteer, error) {
	b := &builder{g: &Gazetteer{byID: map[string]*Entity{}}, byName: map[string]*Entity{}}
	if err := b.parseCountries(countries); err != nil {
		return nil, fmt.Errorf("gazetteer: countries.tsv: %w", err)
	}
	if err := b.parseOrgs(orgs); err != nil {
		return nil, fmt.Errorf("gazetteer: orgs.tsv: %w", err)
	}
	if err := b.parseExtra(extra); err != nil {
		return nil, fmt.Errorf("gazetteer: extra.tsv: %w", err)
	}
	b.index()
	return b.g, nil
}

type builder struct {
	g      *Gazetteer
	byName map[string]*Entity
	cands  []cand
}

// cand is one reading of one surface form before indexing.
type cand struct {
	surface string
	entry   Entry
	hand    bool // from extra.tsv, which wins over the generated data
}

// lines calls f with the tab-separated fields of each line of data that is
// neither blank nor a # comment, and the line's number from 1.
func lines(data string, f func(n int, fields []string) error) error {
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (b *builder) add(e *Entity) error {
	if e.ID == "" || e.Name == "" {
		return fmt.Errorf("entity without id or name")
	}
	if _, dup := b.g.byID[e.ID]; dup {
		return fmt.Errorf("duplicate id %q", e.ID)
	}
	b.g.entities = append(b.g.entities, e)
	b.g.byID[e.ID] = e
	if _, dup := b.byName[e.Name]; !dup {
		b.byName[e.Name] = e
	}
	return nil
}

func (b *builder) form(e *Entity, f Form, surface string, hand bool) {
	if surface == "" {
		return
	}
	b.cands = append(b.cands, cand{surface: surface, entry: Entry{Entity: e, Form: f}, hand: hand})
	// "U.S." and "U.N." are as common as "US" and "UN" in news text.
	if f == Abbreviation && len(surface) <= 3 && isUpperASCII(surface) {
		var dotted []byte
		for i := range len(surface) {
			dotted = append(dotted, surface[i], '.')
		}
		b.cands = append(b.cands, cand{surface: string(dotted), entry: Entry{Entity: e, Form: f}, hand: hand})
	}
}

func isUpperASCII(s string) bool {
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func (b *builder) parseCountries(data string) error {
	return lines(data, func(_ int, f []string) error {
		if len(f) != 11 {
			return fmt.Errorf("%d fields, want 11", len(f))
		}
		e := &Entity{
			ID: f[0], ISO2: f[1], ISONumeric: f[2], Independent: f[3] == "1",
			Kind: Country, Name: f[4], Official: f[5],
			Names: splitList(f[6]), Abbreviations: splitList(f[7]), Capitals: splitList(f[8]),
			Demonyms: splitList(f[9]), People: splitList(f[10]),
		}
		if err := b.add(e); err != nil {
			return err
		}
		b.forms(e, false)
		return nil
	})
}

func (b *builder) parseOrgs(data string) error {
	return lines(data, func(_ int, f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("%d fields, want 5", len(f))
		}
		e := &Entity{
			ID: f[0], Kind: Organization, Name: f[1],
			Abbreviations: splitList(f[2]), Names: splitList(f[3]), Family: f[4],
		}
		if err := b.add(e); err != nil {
			return err
		}
		b.forms(e, false)
		return nil
	})
}

// forms adds the readings of every form e lists.
func (b *builder) forms(e *Entity, hand bool) {
	b.form(e, Name, e.Name, hand)
	if e.Official != e.Name {
		b.form(e, Name, e.Official, hand)
	}
	for _, s := range e.Names {
		b.form(e, Name, s, hand)
	}
	for _, s := range e.Abbreviations {
		b.form(e, Abbreviation, s, hand)
	}
	for _, s := range e.Demonyms {
		b.form(e, Demonym, s, hand)
	}
	for _, s := range e.People {
		b.form(e, People, s, hand)
	}
	for _, s := range e.Capitals {
		b.form(e, Capital, s, hand)
	}
	for _, s := range e.Metonyms {
		b.form(e, Metonym, s, hand)
	}
}

func (b *builder) parseExtra(data string) error {
	return lines(data, func(_ int, f []string) error {
		if f[0] == "entity" {
			if len(f) != 4 {
				return fmt.Errorf("entity: %d fields, want 4", len(f))
			}
			k := slices.Index(kindNames[:], f[2])
			if k <= 0 {
				return fmt.Errorf("unknown kind %q", f[2])
			}
			e := &Entity{ID: f[1], Kind: Kind(k), Name: f[3]}
			if err := b.add(e); err != nil {
				return err
			}
			b.form(e, Name, e.Name, true)
			return nil
		}
		if len(f) != 3 {
			return fmt.Errorf("%d fields, want 3", len(f))
		}
		form := slices.Index(formNames[:], f[0])
		if form <= 0 {
			return fmt.Errorf("unknown form %q", f[0])
		}
		e, ok := b.g.byID[f[1]]
		if !ok {
			if e, ok = b.byName[f[1]]; !ok {
				return fmt.Errorf("unknown entity %q", f[1])
			}
		}
		s := f[2]
		if s == "" || strings.TrimSpace(s) != s {
			return fmt.Errorf("bad surface form %q", s)
		}
		switch Form(form) {
		case Name:
			e.Names = append(e.Names, s)
		case Abbreviation:
			e.Abbreviations = append(e.Abbreviations, s)
		case Demonym:
			e.Demonyms = append(e.Demonyms, s)
		case People:
			e.People = append(e.People, s)
		case Capital:
			e.Capitals = append(e.Capitals, s)
		case Metonym:
			e.Metonyms = append(e.Metonyms, s)
		}
		b.form(e, Form(form), s, true)
		return nil
	})
}

// index builds the lookup maps. Each key's readings are sorted by
// preference and stored as one run of entries, so a lookup returns a
// subslice and never allocates.
func (b *builder) index() {
	g := b.g
	order := make(map[*Entity]int, len(g.entities))
	for i, e := range g.entities {
		order[e] = i
	}
	rank := func(c cand) [4]int {
		hand, dep := 1, 0
		if c.hand {
			hand = 0
		}
		if c.entry.Kind == Country && !c.entry.Independent {
			dep = 1
		}
		return [4]int{hand, dep, int(c.entry.Form), order[c.entry.Entity]}
	}
	build := func(key func(string) string) map[string]span {
		type keyed struct {
			key  string
			rank [4]int
			cand
		}
		ks := make([]keyed, 0, len(b.cands))
		for _, c := range b.cands {
			ks = append(ks, keyed{key(c.surface), rank(c), c})
		}
		slices.SortStableFunc(ks, func(x, y keyed) int {
			if c := strings.Compare(x.key, y.key); c != 0 {
				return c
			}
			return slices.Compare(x.rank[:], y.rank[:])
		})
		m := make(map[string]span)
		for i := 0; i < len(ks); {
			j, start := i, len(g.entries)
			for ; j < len(ks) && ks[j].key == ks[i].key; j++ {
				dup := slices.ContainsFunc(g.entries[start:], func(e Entry) bool { return e == ks[j].entry })
				if !dup {
					g.entries = append(g.entries, ks[j].entry)
				}
			}
			if ks[i].key != "" {
				m[ks[i].key] = span{uint32(start), uint32(len(g.entries))}
				g.maxWords = max(g.maxWords, strings.Count(ks[i].key, " ")+1)
			}
			i = j
		}
		return m
	}
	g.exact = build(func(s string) string { return s })
	g.folded = build(Normalize)
	for k := range g.exact {
		g.exactSigs.add(k)
	}
	for k := range g.folded {
		g.foldedSigs.add(k)
	}
}
