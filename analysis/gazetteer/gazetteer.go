package gazetteer

import (
	_ "embed"
	"sync"
)

//go:generate go run gen.go -src ../../../shared/corpora/gazetteer

// Kind is what an entity is.
type Kind uint8

// Entity kinds.
const (
	Country      Kind = iota + 1 // a state or territory, standing also for its government
	Organization                 // an international organisation or an informal grouping of states
	Region                       // a continent, region or nation within a state, whose people can act as a group
)

var kindNames = [...]string{"", "country", "organization", "region"}

// String returns the kind's name as the data files spell it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(?)"
}

// Form is how a surface form refers to its entity.
type Form uint8

// Surface forms, in the order Lookup prefers them when one entity has
// several readings of the same string ("Djibouti" is a name, a capital and
// a demonym).
const (
	Name         Form = iota + 1 // common, official or other name ("Iran", "Islamic Republic of Iran")
	Abbreviation                 // acronym or abbreviation ("US", "IAEA")
	Demonym                      // adjective or singular noun for its people ("Iranian")
	People                       // plural noun for its people ("Iranians")
	Capital                      // capital city ("Tehran")
	Metonym                      // another place standing for its government ("Downing Street", "Brussels")
)

var formNames = [...]string{"", "name", "abbreviation", "demonym", "people", "capital", "metonym"}

// String returns the form's name as extra.tsv spells it.
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "form(?)"
}

// Entity is one country, organisation or region with every form the data
// gives for it. Entities are shared and must not be modified.
type Entity struct {
	// ID identifies the entity: the ISO 3166-1 alpha-3 code for countries
	// ("USA"), the source key (the English name) for organisations, and the
	// id given in extra.tsv for entities declared there ("G7", "EUR").
	ID   string
	Kind Kind
	// Name is the canonical English name: a country's common name
	// ("United States"), an organisation's English name.
	Name string
	// Official is a country's official name ("United States of America");
	// empty for the rest.
	Official string
	// ISO2 and ISONumeric are a country's other ISO 3166-1 codes.
	ISO2, ISONumeric string
	// Independent is true for sovereign states. Dependent territories and
	// partly recognised states are false, as are organisations and regions.
	Independent bool
	// Family is the group of bodies an organisation belongs to ("UN and
	// affiliates", "EU institutions and bodies"), or "".
	Family string

	// The forms, each list in data-file order, extra.tsv's additions last.
	Names         []string // other names, the canonical and official ones not repeated
	Abbreviations []string
	Demonyms      []string
	People        []string
	Capitals      []string
	Metonyms      []string
}

// Entry is one reading of a surface form: the entity it names and how.
type Entry struct {
	*Entity
	Form Form
}

// Gazetteer maps surface forms to entities. It is read-only and safe for
// concurrent use.
type Gazetteer struct {
	entities []*Entity
	byID     map[string]*Entity
	entries  []Entry         // all readings, grouped by key
	exact    map[string]span // surface form as written -> its readings in entries
	folded   map[string]span // Normalize(surface form) -> its readings
	maxWords int

	// A bit per signature of the keys of exact and folded (see sigOf),
	// asked before the map: most strings callers try are in neither, and
	// a map this size answers from memory the tagger's model has pushed
	// out of cache, where the filters' lines are few.
	exactSigs, foldedSigs sigFilter
}

// sigFilter is a bit per key signature: a clear bit proves a string is no
// key; a set bit only sends it on to the map, which alone answers.
type sigFilter [1 << (sigBits - 6)]uint64

// sigBits is the log2 of the number of bits of a sigFilter.
const sigBits = 14

// sigOf is the bit of s in a sigFilter: its length and its first, second
// and last bytes.
func sigOf[T string | []byte](s T) uint32 {
	var b0, b1, bl byte
	if n := len(s); n > 0 {
		b0, bl = s[0], s[n-1]
		if n > 1 {
			b1 = s[1]
		}
	}
	h := uint32(len(s))*0x9e3779b1 ^ uint32(b0)*0x85ebca77 ^ uint32(b1)*0xc2b2ae3d ^ uint32(bl)*0x27d4eb2f
	return h >> (32 - sigBits)
}

// add sets the bit of s.
func (f *sigFilter) add(s string) {
	i := sigOf(s)
	f[i>>6] |= 1 << (i & 63)
}

// mayHave reports whether s may be a key; false is certain.
func mayHave[T string | []byte](f *sigFilter, s T) bool {
	i := sigOf(s)
	return f[i>>6]&(1<<(i&63)) != 0
}

// span is a run entries[start:end], kept instead of a slice so that a map
// value is two words.
type span struct{ start, end uint32 }

var (
	//go:embed countries.tsv
	countriesTSV string
	//go:embed orgs.tsv
	orgsTSV string
	//go:embed extra.tsv
	extraTSV string

	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer built from the embedded data files, parsing
// them on the first call. It panics if they are malformed, which the
// package's tests rule out.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := parse(countriesTSV, orgsTSV, extraTSV)
		if err != nil {
			panic(err)
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Lookup returns the preferred reading of s, compared exactly as written
// (case, diacritics, spacing), and whether there is one. The preferred
// reading comes from extra.tsv's deliberate choices first ("Brussels" is
// the EU before it is Belgium's capital), then from sovereign states before
// territories ("French" is France, not the French Southern Lands), then by
// Form. It does not allocate.
func (g *Gazetteer) Lookup(s string) (Entry, bool) {
	if !mayHave(&g.exactSigs, s) {
		return Entry{}, false
	}
	sp, ok := g.exact[s]
	if !ok {
		return Entry{}, false
	}
	return g.entries[sp.start], true
}

// LookupAll returns every reading of s, compared exactly, preferred first.
// The slice is shared: callers must not modify it (appending copies). It
// does not allocate.
func (g *Gazetteer) LookupAll(s string) []Entry {
	sp := g.exact[s]
	return g.entries[sp.start:sp.end:sp.end]
}

// LookupFold is Lookup after Normalize on both sides: it ignores case,
// diacritics, dots, curly quotes, spacing and a final possessive, so "NATO",
// "Nato" and "U.S." match, and so do "the us" and "Élysée's". Case
// folding makes ordinary words match acronyms ("who", "us"), so callers
// should fold only strings they already take for names. It does not
// allocate for strings up to 128 bytes.
func (g *Gazetteer) LookupFold(s string) (Entry, bool) {
	sp, ok := g.foldedSpan(s)
	if !ok {
		return Entry{}, false
	}
	return g.entries[sp.start], true
}

// LookupFoldAll is LookupAll after Normalize. The slice is shared: callers
// must not modify it.
func (g *Gazetteer) LookupFoldAll(s string) []Entry {
	sp, _ := g.foldedSpan(s)
	return g.entries[sp.start:sp.end:sp.end]
}

func (g *Gazetteer) foldedSpan(s string) (span, bool) {
	var buf [128]byte
	b := appendNormalized(buf[:0], s)
	if !mayHave(&g.foldedSigs, b) {
		return span{}, false
	}
	sp, ok := g.folded[string(b)]
	return sp, ok
}

// Entity returns the entity with the given ID.
func (g *Gazetteer) Entity(id string) (*Entity, bool) {
	e, ok := g.byID[id]
	return e, ok
}

// Entities returns every entity: countries by ISO code, then organisations
// by name, then those extra.tsv declares, in file order. The slice is
// shared: callers must not modify it.
func (g *Gazetteer) Entities() []*Entity { return g.entities[:len(g.entities):len(g.entities)] }

// MaxWords reports the largest number of space-separated words in any
// surface form, so that callers matching runs of tokens know how long a run
// to try.
func (g *Gazetteer) MaxWords() int { return g.maxWords }
