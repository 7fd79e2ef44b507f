package actors

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// The rules propose an actor for every name that could be one; the filter
// decides which of them a reader would list. What the rules cannot weigh
// against each other is learnt: a film's title said once in quotation
// marks, a word that opens a sentence, a place named only as a setting,
// against a company named once as the subject of a sentence.

// The features of a proposed actor, each of about unit scale. Shares are
// over the actor's mentions.
const (
	xBias        = iota
	xMentions                               // ln(1+mentions)
	xOnce                                   // one mention
	xPerson                                 // the type the rules gave it
	xOrg                                    //
	xCountry                                //
	xGroup                                  //
	xLocation                               //
	xGazetteer                              // a gazetteer entity: a country, region or international body
	xTagPER                                 // share of mentions the tagger tags as a person
	xTagORG                                 // ... as an organisation
	xTagLOC                                 // ... as a place
	xTagMISC                                // ... as another name: a work, an event, a nationality
	xTagNone                                // ... not at all: the rules alone found them
	xWords                                  // ln of the words of its longest name
	xOneWord                                // every name one word
	xHonorific                              // named with an honorific or a title ("Mr", "President")
	xRoles                                  // the text gives it a role
	xSubject                                // share of mentions that act: open the sentence or come before "said"
	xPossessive                             // a mention is possessive ("Ofcom's ruling")
	xInitial                                // every mention opens a sentence or a quotation
	xHeadline                               // the headline names it
	xLowerSeen                              // a word of its name is also written in lower case in the text
	xAcronym                                // every mention an acronym
	xEarly                                  // named in the first three sentences
	xQuoted                                 // a mention opens a quotation: a title in quotation marks
	xWorkNoun                               // a mention follows a word for a work ("the film", "the show")
	xSetting                                // share of mentions after a preposition of place
	xModifier                               // share of mentions modifying the noun after them
	xDescription                            // a government or description ("the Calder administration")
	xDemonym                                // share of mentions that are demonyms
	xOrgHead                                // a word of its name heads organisations' names ("Council", "Bank")
	xPersonShape                            // a name of two or three capitalised words never written in lower case
	xHintPerson                             // what the finder could tell from around a mention: a person
	xHintOrg                                // ... an organisation
	xDefinite                               // a mention after "the": "the Office", "the Crucible"
	xCutShort                               // a name that ends in a connector or an initial: "Department of", "George W"
	xLowerGroup                             // a group named in lower case ("campaigners", "hospital unions")
	xNumberAfter                            // share of mentions a number follows: a product's or a work's version ("Halo 2", "Radio 4")
	xWorkAfter                              // share of mentions a word for a work follows: "the Evil Dead movies", "the Today programme"
	xOrdinary                               // every mention's capitalised words are ordinary words: "Million Dollar Baby", "Thin Ice"
	xHeadClass                              // the first of headClasses: one for each word class of the fullest name's last word
	xTypeTag     = xHeadClass + headClasses // the first of the tagger's shares by the rules' type (typeTags)

	nFeatures = xTypeTag + len(typedFeatures)*len(tagShares)
)

// typedFeatures and tagShares are the features of the rules' type and of
// the tagger's tags; the filter also weighs each tag's share for each
// type, so that it learns how far to trust the tagger where the two
// disagree (a "person" the tagger calls a place is most often a title or
// a street), which one weight per tag and one per type cannot say.
var (
	typedFeatures = [...]int{xPerson, xOrg, xCountry, xGroup, xLocation}
	tagShares     = [...]int{xTagPER, xTagORG, xTagLOC, xTagMISC, xTagNone}
)

// headClassBits is how deep in the tagger's tree of word classes the
// class of a name's last word is read: its first headClassBits bits, one
// of headClasses classes. Four levels part words such as "Union",
// "Council" and "Party" from "Life", "Love" and "Baby" or from surnames,
// with few enough classes for a few thousand proposals to weigh.
const (
	headClassBits = 4
	headClasses   = 1 << headClassBits
)

// featureNames are the features' names in the filter file, by index.
var featureNames = withHeadClasses([nFeatures]string{
	xBias: "bias", xMentions: "mentions", xOnce: "once",
	xPerson: "person", xOrg: "organization", xCountry: "country", xGroup: "group", xLocation: "location",
	xGazetteer: "gazetteer",
	xTagPER:    "tag-per", xTagORG: "tag-org", xTagLOC: "tag-loc", xTagMISC: "tag-misc", xTagNone: "tag-none",
	xWords: "words", xOneWord: "one-word", xHonorific: "honorific", xRoles: "roles", xSubject: "subject",
	xPossessive: "possessive", xInitial: "initial", xHeadline: "headline", xLowerSeen: "lower-seen",
	xAcronym: "acronym", xEarly: "early", xQuoted: "quoted", xWorkNoun: "work-noun", xSetting: "setting",
	xModifier: "modifier", xDescription: "description", xDemonym: "demonym",
	xOrgHead: "org-head", xPersonShape: "person-shape", xHintPerson: "hint-person", xHintOrg: "hint-org",
	xDefinite: "definite", xCutShort: "cut-short", xLowerGroup: "lower-group",
	xNumberAfter: "number-after", xWorkAfter: "work-after", xOrdinary: "ordinary-words",
})

// withHeadClasses returns names with the names of the head classes
// ("head-class-" and the class's bits, "head-class-0110") and of the tags
// by type ("person-tag-org") filled in.
func withHeadClasses(names [nFeatures]string) [nFeatures]string {
	for c := range headClasses {
		names[xHeadClass+c] = fmt.Sprintf("head-class-%0*b", headClassBits, c)
	}
	for i, typ := range typedFeatures {
		for j, tag := range tagShares {
			names[xTypeTag+i*len(tagShares)+j] = names[typ] + "-" + names[tag]
		}
	}
	return names
}

// Features is what the filter reads of one proposed actor.
type Features [nFeatures]float64

// workKinds are words for works whose titles are capitalised names that
// act on nothing: "the film Ray", "the series Doctor Who", "Ada Finch's
// courtroom drama Long Harbour".
var workKinds = set("film", "films", "movie", "movies", "show", "shows", "series", "programme", "programmes",
	"program", "programs", "drama", "dramas", "sitcom", "sitcoms", "documentary", "documentaries", "album",
	"albums", "song", "songs", "single", "singles", "track", "tracks", "book", "books", "novel", "novels",
	"play", "plays", "musical", "musicals", "opera", "operas", "game", "games", "comedy", "comedies",
	"thriller", "thrillers", "episode", "episodes", "biopic", "biopics", "epic", "franchise", "trilogy",
	"sequel", "remake", "soap", "soaps", "ballet", "ballets")

// workNouns are the words after which a capitalised name is more often a
// title than an actor: the kinds of works, and words that name a title
// ("called", "entitled") or a publication.
var workNouns = union(workKinds, set("title", "titled", "called", "entitled", "hit", "magazine", "newspaper"))

// featuresOf describes cluster cl of the proposed actors: what the rules
// decided of the whole cluster, then what each mention and the words
// around it show, then the shape of its names.
func featuresOf(d *document, cands []candidate, cl *cluster, infos []roleInfo, subject []bool, starts []int) Features {
	var x Features
	clusterFeatures(&x, cl)
	share := 1 / float64(len(cl.cands)) // of one mention
	shape := nameShape{initial: true, oneWord: true, acronym: true, ordinary: d.tagger != nil, fullest: cl.cands[0]}
	for _, i := range cl.cands {
		c := &cands[i]
		shape.add(d, c, i)
		tagFeatures(&x, c, share)
		mentionFeatures(&x, d, c, share, len(infos[i].roles) > 0, subject[i])
		contextFeatures(&x, d, c, starts[i], share)
	}
	shape.set(&x)
	for i, typ := range typedFeatures {
		if x[typ] == 0 {
			continue
		}
		for j, tag := range tagShares {
			x[xTypeTag+i*len(tagShares)+j] = x[tag]
		}
	}
	if d.tagger != nil {
		if c, ok := headClass(d, &cands[shape.fullest]); ok {
			x[xHeadClass+c] = 1
		}
	}
	return x
}

// headClass returns the class of the last word of c's name in the
// tagger's tree of word classes, cut to headClassBits bits, and false
// when the tagger's clusters lack the word or hold it too high in the
// tree. d.tagger must not be nil.
func headClass(d *document, c *candidate) (int, bool) {
	if c.end <= c.first {
		return 0, false
	}
	return d.headClassAt(c.end - 1)
}

// clusterFeatures sets in x the features the rules fixed for the whole
// cluster: its size, its type, a gazetteer entity, a government. x is the
// caller's, not returned, to spare a copy of the array per cluster.
func clusterFeatures(x *Features, cl *cluster) {
	x[xBias] = 1
	x[xMentions] = math.Log1p(float64(len(cl.cands)))
	if len(cl.cands) == 1 {
		x[xOnce] = 1
	}
	switch cl.typ {
	case Person:
		x[xPerson] = 1
	case Organization:
		x[xOrg] = 1
	case Country:
		x[xCountry] = 1
	case Group:
		x[xGroup] = 1
	case Location:
		x[xLocation] = 1
	}
	if cl.entity != nil {
		x[xGazetteer] = 1
	}
	if cl.gov != "" {
		x[xDescription] = 1
	}
}

// tagFeatures adds to x the share of mention c in what the tagger and
// the finder's hint take it for.
func tagFeatures(x *Features, c *candidate, share float64) {
	switch c.ner {
	case ner.PER:
		x[xTagPER] += share
	case ner.ORG:
		x[xTagORG] += share
	case ner.LOC:
		x[xTagLOC] += share
	case ner.MISC:
		x[xTagMISC] += share
	default:
		x[xTagNone] += share
	}
	switch c.hint {
	case Person:
		x[xHintPerson] += share
	case Organization:
		x[xHintOrg] += share
	}
}

// mentionFeatures adds to x what mention c itself shows: what the finder
// marked on it and the words of its name. Shares add share, each
// mention's part of the cluster; roles and acts say whether the text
// gives the mention a role and whether it acts.
func mentionFeatures(x *Features, d *document, c *candidate, share float64, roles, acts bool) {
	if c.honorific != "" || c.title != "" {
		x[xHonorific] = 1
	}
	if roles {
		x[xRoles] = 1
	}
	if acts {
		x[xSubject] += share
	}
	if c.end > c.first && d.possessive(c.end-1) {
		x[xPossessive] = 1
	}
	if c.sent < 3 {
		x[xEarly] = 1
	}
	if c.setting {
		x[xSetting] += share
	}
	if c.modifier {
		x[xModifier] += share
	}
	if c.kind == Demonym {
		x[xDemonym] += share
	}
	if c.kind == Description || c.bareGov {
		x[xDescription] = 1
	}
	for k := c.first; k < c.end && x[xOrgHead] == 0; k++ {
		if d.has(k, wordOrgHead) {
			x[xOrgHead] = 1
		}
	}
	if personShaped(d, c) {
		x[xPersonShape] = 1
	}
	if last := d.word(c.end - 1); connectors.has(last) || len(last) == 1 {
		x[xCutShort] = 1
	}
}

// contextFeatures adds to x what the text around mention c shows: the
// words before its span, which starts at token at, and after its name,
// and whether the headline names it or the text writes a word of it in
// lower case.
func contextFeatures(x *Features, d *document, c *candidate, at int, share float64) {
	if next := c.end; next < d.sent[c.sent+1] && !d.possessive(next-1) {
		if isDigits(d.tok(next)) {
			x[xNumberAfter] += share
		}
		if workKinds.has(d.word(next)) {
			x[xWorkAfter] += share
		}
	}
	if d.word(at-1) == "the" {
		x[xDefinite] += share
	}
	if opensQuote(d.tok(at - 1)) {
		x[xQuoted] = 1
	}
	if afterWorkWord(d, at, d.sent[c.sent]) {
		x[xWorkNoun] = 1
	}
	if d.doc.Title != "" && x[xHeadline] == 0 && namedIn(d.doc.Title, c.Span.In(d.src)) {
		x[xHeadline] = 1
	}
	if x[xLowerSeen] == 0 {
		for k := c.first; k < c.end; k++ {
			if w := d.bare(k); startsUpper(w) && !allCaps(w) && d.lowerSeenAt(k) {
				x[xLowerSeen] = 1
				break
			}
		}
	}
}

// afterWorkWord reports whether the name that starts at token at, in a
// sentence that starts at token lo, follows a word for a work: right
// before it ("the film Ray") or before its opening quotation mark ("the
// film 'Quiet Harbour'"), with "such as", "like" or "including" between
// ("films such as Ray"), or before the list the name ends ("the films
// Ray, Tide and Dusk", "films such as Ray and Tide"): a title stands in a
// list of titles.
func afterWorkWord(d *document, at, lo int) bool {
	k := listStart(d, at, lo) - 1
	if k >= lo && opensQuote(d.tok(k)) {
		k--
	}
	switch d.word(k) {
	case "as":
		if d.word(k-1) == "such" {
			k -= 2
		}
	case "like", "including":
		k--
	}
	return k >= lo && workNouns.has(d.word(k))
}

// listStart returns the first token of the list of names that the name
// starting at token at ends, in a sentence that starts at token lo: the
// token of "Ray" in "Ray, Tide and Dusk", and at itself when the name
// ends no list. An item is a run of capitalised words, with numbers and
// connectors inside ("Pride and Prejudice", "Halo 2"); items are joined
// by a comma, "and" or "or". The walk stops after a few items, so a long
// run of names costs little.
func listStart(d *document, at, lo int) int {
	const maxItems, maxWords = 8, 8
	start := at
	for k, items := at-1, 0; k > lo && items < maxItems; items++ {
		if w := d.tok(k); w != "," && w != "and" && w != "or" {
			break
		}
		j := k - 1
		n := j
		for n >= lo && j-n < maxWords && (d.capWord(n) || n < j && d.toks[n].Kind == text.Number ||
			n < j && connectors.has(d.word(n)) && d.capWord(n-1)) {
			n--
		}
		if n == j || !d.capWord(n+1) {
			break
		}
		start, k = n+1, n
	}
	return start
}

// nameShape gathers, over a cluster's mentions, the shape of its names:
// whether every mention opens a sentence, is one word, is an acronym, and
// the most words of any.
type nameShape struct {
	initial, oneWord, acronym bool
	ordinary                  bool // every capitalised word an ordinary word; start true only with a tagger
	longest                   int
	fullest                   int // the candidate of the first mention with the most words
}

// add takes in mention c of d, candidate i.
func (s *nameShape) add(d *document, c *candidate, i int) {
	if s.ordinary && !ordinaryName(d, c) {
		s.ordinary = false
	}
	words := c.end - c.first
	if words > s.longest {
		s.longest, s.fullest = words, i
	}
	if words > 1 {
		s.oneWord = false
	}
	if c.kind != Acronym {
		s.acronym = false
	}
	if !c.initial {
		s.initial = false
	}
}

// set writes the shape's features into x.
func (s *nameShape) set(x *Features) {
	if s.longest > 0 {
		x[xWords] = math.Log(float64(s.longest))
	}
	if s.oneWord {
		x[xOneWord] = 1
	}
	if s.initial {
		x[xInitial] = 1
	}
	if s.acronym {
		x[xAcronym] = 1
	}
	if s.ordinary {
		x[xOrdinary] = 1
	}
}

// ordinaryName reports whether every capitalised word of c's name, but
// for connectors ("of", "the"), is one the tagger's unlabelled text
// mostly writes in lower case: a title made of ordinary words ("Million
// Dollar Baby", "Thin Ice"), where people's and most bodies' names have a
// word of their own ("Drake", "Ofcom"). d.tagger must not be nil.
func ordinaryName(d *document, c *candidate) bool {
	seen := false
	for k := c.first; k < c.end; k++ {
		w := d.bare(k)
		if !d.capWord(k) || hasLower(connectors, w) {
			continue
		}
		if !d.usuallyLower(k) {
			return false
		}
		seen = true
	}
	return seen
}

// isDigits reports whether w is a run of ASCII digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// opensQuote reports whether the token w opens a quotation.
func opensQuote(w string) bool {
	switch w {
	case "“", "\"", "‘", "'", "«":
		return true
	}
	return false
}

// Filter decides which proposed actors are kept: a logistic model over
// their Features, with the probability from which an actor is kept. Make
// one with TrainFilter or ReadFilter; the package embeds one trained on
// gold/train. A Filter is read-only and safe for concurrent use.
type Filter struct {
	w         Features
	threshold float64
}

// Prob returns the probability that a reader lists the actor x describes.
func (f *Filter) Prob(x *Features) float64 {
	z := 0.0
	for i, v := range x {
		z += f.w[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// Keep reports whether the actor x describes is kept.
func (f *Filter) Keep(x *Features) bool { return f.Prob(x) >= f.threshold }

// Reported returns the actors of found that an answer gives: those f keeps,
// and those the caller needs (an actor a disputed point names as a side is
// reported whatever its confidence, so that every point's sides are in the
// answer). They keep their order and are numbered anew from "actor-1";
// renamed maps each reported actor's old ID to its new one.
func (f *Filter) Reported(found []Actor, needed func(id string) bool) (reported []Actor, renamed map[string]string) {
	renamed = make(map[string]string, len(found))
	reported = make([]Actor, 0, len(found))
	for _, a := range found {
		if a.Confidence < f.threshold && (needed == nil || !needed(a.ID)) {
			continue
		}
		id := actorID(len(reported) + 1)
		renamed[a.ID] = id
		a.ID = id
		reported = append(reported, a)
	}
	return reported, renamed
}

// filterHeader opens every filter file; the number is the format's version.
const filterHeader = "docanalysis-actors-filter 1"

// ReadFilter parses a filter file: the header line, then lines of a
// feature's name and weight separated by a tab, and one "threshold" line,
// a probability. Every feature has one line: a file that lacks one, or
// names one twice, was written for another set of features and is an
// error rather than a filter that silently weighs it zero.
func ReadFilter(rd io.Reader) (*Filter, error) {
	sc := bufio.NewScanner(rd)
	if !sc.Scan() || sc.Text() != filterHeader {
		return nil, fmt.Errorf("actors: filter: the first line is not %q", filterHeader)
	}
	f := &Filter{}
	seen := false
	var has [nFeatures]bool
	for line := 2; sc.Scan(); line++ {
		name, val, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("actors: filter: line %d: want a name and a weight", line)
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("actors: filter: line %d: bad number %q", line, val)
		}
		if name == "threshold" {
			if seen {
				return nil, fmt.Errorf("actors: filter: line %d: threshold given twice", line)
			}
			if v < 0 || v > 1 {
				return nil, fmt.Errorf("actors: filter: line %d: threshold %g is not a probability", line, v)
			}
			f.threshold, seen = v, true
			continue
		}
		i := indexOf(featureNames[:], name)
		if i < 0 {
			return nil, fmt.Errorf("actors: filter: line %d: no feature %q", line, name)
		}
		if has[i] {
			return nil, fmt.Errorf("actors: filter: line %d: feature %q given twice", line, name)
		}
		f.w[i], has[i] = v, true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actors: filter: %w", err)
	}
	if !seen {
		return nil, fmt.Errorf("actors: filter: no threshold")
	}
	if i := slices.Index(has[:], false); i >= 0 {
		return nil, fmt.Errorf("actors: filter: no weight for feature %q", featureNames[i])
	}
	return f, nil
}

// indexOf returns the index of s in names, or -1.
func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

// WriteTo writes the filter in the form ReadFilter reads; the same filter
// always gives the same bytes.
func (f *Filter) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(filterHeader + "\n")
	fmt.Fprintf(&b, "threshold\t%s\n", strconv.FormatFloat(f.threshold, 'g', 6, 64))
	for i, v := range f.w {
		fmt.Fprintf(&b, "%s\t%s\n", featureNames[i], strconv.FormatFloat(v, 'g', 6, 64))
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

//go:embed filter.txt
var embeddedFilter []byte

// DefaultFilter returns the embedded filter, parsed on first use.
var DefaultFilter = sync.OnceValues(func() (*Filter, error) {
	return ReadFilter(bytes.NewReader(embeddedFilter))
})

// FilterVersion names the embedded filter by its content: "filter-" and
// the first twelve hex digits of its SHA-256.
func FilterVersion() string {
	sum := sha256.Sum256(embeddedFilter)
	return "filter-" + hex.EncodeToString(sum[:6])
}

// namedIn reports whether s is in title as a whole word.
func namedIn(title, s string) bool {
	for i := 0; s != ""; {
		k := strings.Index(title[i:], s)
		if k < 0 {
			return false
		}
		k += i
		before, after := k == 0 || !isWordByte(title, k-1), k+len(s) == len(title) || !isWordByte(title, k+len(s))
		if before && after {
			return true
		}
		i = k + 1
	}
	return false
}
