package actors

import (
	"maps"
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
)

// Sports teams are known by nicknames that no rule can derive from their
// names: "the Magpies" is Newcastle United, "the Potters" Stoke City, "the
// Azzurri" Italy's team. Sports reports use them as often as the names,
// to vary the wording, and readers list them among the team's forms. A
// nickname is merged into a team only when the text names the team and
// no other team known by the same nickname: "the Saints" are Southampton,
// St Helens, Northampton or St Johnstone, and a text naming two of them
// leaves the nickname alone. A nickname is never merged into a person,
// and a club's into nothing the gazetteer reads (a capital that may be
// its government): only a national team's goes to its country.

// clubNicknames maps a club's nickname, its words as written, to the
// teams it names: each team a list of the names a text may call it by,
// the full name first ("Newcastle United", "Newcastle"). The lists here
// and in nationalNicknames are of nicknames in common use in British and
// European sports reports, not of those one text uses.
var clubNicknames = map[string][][]string{
	// English and Welsh football.
	"Magpies":      {{"Newcastle United", "Newcastle"}, {"Notts County"}},
	"Toon":         {{"Newcastle United", "Newcastle"}},
	"Black Cats":   {{"Sunderland"}},
	"Foxes":        {{"Leicester City", "Leicester"}},
	"Hammers":      {{"West Ham United", "West Ham"}},
	"Irons":        {{"West Ham United", "West Ham"}},
	"Potters":      {{"Stoke City", "Stoke"}},
	"Saints":       {{"Southampton"}, {"St Helens"}, {"Northampton Saints", "Northampton"}, {"St Johnstone"}, {"St Mirren"}},
	"Eagles":       {{"Crystal Palace", "Palace"}},
	"Seagulls":     {{"Brighton & Hove Albion", "Brighton"}},
	"Canaries":     {{"Norwich City", "Norwich"}},
	"Baggies":      {{"West Bromwich Albion", "West Brom"}},
	"Throstles":    {{"West Bromwich Albion", "West Brom"}},
	"Villans":      {{"Aston Villa", "Villa"}},
	"Gunners":      {{"Arsenal"}},
	"Lilywhites":   {{"Tottenham Hotspur", "Tottenham"}, {"Preston North End", "Preston"}},
	"Red Devils":   {{"Manchester United", "Man Utd", "Man United"}},
	"Citizens":     {{"Manchester City", "Man City"}},
	"Reds":         {{"Liverpool"}, {"Nottingham Forest", "Forest"}, {"Bristol City"}, {"Barnsley"}},
	"Blues":        {{"Chelsea"}, {"Everton"}, {"Birmingham City", "Birmingham"}, {"Ipswich Town", "Ipswich"}},
	"Toffees":      {{"Everton"}},
	"Cherries":     {{"AFC Bournemouth", "Bournemouth"}},
	"Hornets":      {{"Watford"}},
	"Clarets":      {{"Burnley"}},
	"Swans":        {{"Swansea City", "Swansea"}},
	"Royals":       {{"Reading"}},
	"Tigers":       {{"Hull City", "Hull"}, {"Leicester Tigers", "Leicester"}},
	"Trotters":     {{"Bolton Wanderers", "Bolton"}},
	"Owls":         {{"Sheffield Wednesday"}},
	"Blades":       {{"Sheffield United", "Sheff Utd"}},
	"Rams":         {{"Derby County", "Derby"}},
	"Boro":         {{"Middlesbrough"}},
	"Tractor Boys": {{"Ipswich Town", "Ipswich"}},
	"Seasiders":    {{"Blackpool"}},
	"Tangerines":   {{"Blackpool"}},
	"Rovers":       {{"Blackburn Rovers", "Blackburn"}, {"Bristol Rovers"}, {"Tranmere Rovers", "Tranmere"}, {"Doncaster Rovers", "Doncaster"}, {"Raith Rovers", "Raith"}},
	"Latics":       {{"Wigan Athletic", "Wigan"}, {"Oldham Athletic", "Oldham"}},
	"Terriers":     {{"Huddersfield Town", "Huddersfield"}},
	"Bantams":      {{"Bradford City", "Bradford"}},
	"Addicks":      {{"Charlton Athletic", "Charlton"}},
	"Cottagers":    {{"Fulham"}},
	"Posh":         {{"Peterborough United", "Peterborough"}},
	"Cobblers":     {{"Northampton Town", "Northampton"}},
	"Pompey":       {{"Portsmouth"}},
	"Gills":        {{"Gillingham"}},
	"Shrimpers":    {{"Southend United", "Southend"}},
	// Scottish football.
	"Gers":    {{"Rangers"}},
	"Bhoys":   {{"Celtic"}},
	"Hoops":   {{"Celtic"}, {"Queens Park Rangers", "QPR"}},
	"Dons":    {{"Aberdeen"}, {"MK Dons"}, {"AFC Wimbledon", "Wimbledon"}},
	"Hibees":  {{"Hibernian", "Hibs"}},
	"Jambos":  {{"Heart of Midlothian", "Hearts"}},
	"Killie":  {{"Kilmarnock"}},
	"Buddies": {{"St Mirren"}},
	"Pars":    {{"Dunfermline Athletic", "Dunfermline"}},
	// Rugby.
	"Quins":    {{"Harlequins"}},
	"Rhinos":   {{"Leeds Rhinos", "Leeds"}},
	"Warriors": {{"Wigan Warriors", "Wigan"}, {"Glasgow Warriors", "Glasgow"}},
	"Sharks":   {{"Sale Sharks", "Sale"}},
	"Bulls":    {{"Bradford Bulls", "Bradford"}},
	// European football.
	"Old Lady":    {{"Juventus"}},
	"Bianconeri":  {{"Juventus"}},
	"Nerazzurri":  {{"Inter Milan", "Inter"}},
	"Rossoneri":   {{"AC Milan", "Milan"}},
	"Giallorossi": {{"Roma"}},
	"Blaugrana":   {{"Barcelona", "Barca"}},
	"Los Blancos": {{"Real Madrid", "Real"}},
	"Merengues":   {{"Real Madrid", "Real"}},
}

// nationalNicknames maps a national team's nickname to the names of its
// country, by which a text calls the team.
var nationalNicknames = map[string][]string{
	"Azzurri":      {"Italy"},
	"All Blacks":   {"New Zealand"},
	"Wallabies":    {"Australia"},
	"Socceroos":    {"Australia"},
	"Springboks":   {"South Africa"},
	"Boks":         {"South Africa"},
	"Les Bleus":    {"France"},
	"Oranje":       {"Netherlands", "Holland"},
	"Three Lions":  {"England"},
	"Albiceleste":  {"Argentina"},
	"Super Eagles": {"Nigeria"},
}

// teamNicknames maps every nickname, a club's or a national team's, to
// the teams it names, as clubNicknames does.
var teamNicknames = func() map[string][][]string {
	m := make(map[string][][]string, len(clubNicknames)+len(nationalNicknames))
	for n, teams := range clubNicknames {
		m[n] = teams
	}
	for n, names := range nationalNicknames {
		m[n] = append(m[n], names)
	}
	return m
}()

// nationalTeams are the countries' names nationalNicknames gives: only
// there may a nickname join a name the gazetteer reads.
var nationalTeams = func() map[string]bool {
	m := map[string]bool{}
	for _, names := range nationalNicknames {
		for _, n := range names {
			m[n] = true
		}
	}
	return m
}()

// nicknameFirstWords are the first words of the nicknames of two words,
// so that only a candidate opening with one is joined and looked up.
var nicknameFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for n := range teamNicknames {
		if first, _, ok := strings.Cut(n, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// nickname returns the teams candidate i's name may be a nickname of, or
// nil.
func (r *resolver) nickname(i int) [][]string {
	c := &r.cands[i]
	if r.of[i] < 0 || c.kind != Name || c.honorific != "" || c.title != "" || c.entry.Entity != nil {
		return nil
	}
	toks := r.teamWords(i)
	switch {
	case len(toks) == 1:
		return teamNicknames[toks[0]]
	case len(toks) == 2 && nicknameFirstWords[toks[0]]:
		return teamNicknames[toks[0]+" "+toks[1]]
	}
	return nil
}

// nicknames merges each team's nickname into the team the text names
// (see teamNicknames).
func (r *resolver) nicknames() {
	var person []bool // the clusters of people, asked for once a nickname is seen
	sport := 0        // whether the text gives a score: 0 not asked yet, 1 yes, -1 no
	for i := range r.cands {
		teams := r.nickname(i)
		if teams == nil {
			continue
		}
		// A nickname is also a word ("the Royals" visiting Reading,
		// "the Reds" of a history of strikes): only a sports report,
		// which gives a score or names two teams, reads it as a team's.
		if sport == 0 {
			sport = -1
			if givesScore(r.d) || r.namedTeams() >= 2 {
				sport = 1
			}
		}
		if sport < 0 {
			return
		}
		if person == nil {
			person = r.personClusters()
		}
		target, named := -1, 0
		for _, names := range teams {
			k, ok := r.teamCluster(names, i, person)
			if ok {
				named++
			}
			if k >= 0 {
				target = k
			}
		}
		if named == 1 && target >= 0 {
			r.union(target, r.of[i])
			r.cands[i].nickname = true
		}
	}
}

// teamCluster reports whether a candidate other than skip calls a team by
// one of names, and returns the cluster of the first that may be the team,
// the full name preferred, or -1. Every mention counts as naming the team,
// so that a nickname two named teams share joins neither; but a place the
// text names as a setting ("at St Helens") is not the team, nor is a
// person (an honorific, a title, a personal hint, the tagger's person, a
// cluster person marks): "Blackburn" after "Ana Blackburn" is a surname.
// Nor, for a club, is a name the gazetteer reads (a capital, which may be
// its government): only a national team's name is its country's.
func (r *resolver) teamCluster(names []string, skip int, person []bool) (int, bool) {
	named := false
	for _, name := range names {
		for i := range r.cands {
			c := &r.cands[i]
			if i == skip || r.of[i] < 0 {
				continue
			}
			toks := r.teamWords(i)
			if !wordsAre(toks, name) {
				continue
			}
			named = true
			if c.honorific != "" || c.title != "" || c.hint == Person || c.ner == ner.PER || c.setting || person[r.find(r.of[i])] {
				continue
			}
			if c.entry.Entity != nil && (c.entry.Kind != gazetteer.Country || !nationalTeams[name]) {
				continue
			}
			return r.find(r.of[i]), true
		}
	}
	return -1, named
}

// teamWords returns the words of candidate i's name without a leading
// "the", as a team is named and nicknamed ("the Magpies").
func (r *resolver) teamWords(i int) []string {
	toks := r.nameTokens(i)
	if len(toks) > 1 && (toks[0] == "The" || toks[0] == "the") {
		toks = toks[1:]
	}
	return toks
}

// wordsAre reports whether toks are the words of name, separated by single
// spaces.
func wordsAre(toks []string, name string) bool {
	for k, t := range toks {
		if k > 0 {
			if len(name) == 0 || name[0] != ' ' {
				return false
			}
			name = name[1:]
		}
		if !strings.HasPrefix(name, t) {
			return false
		}
		name = name[len(t):]
	}
	return name == ""
}

// givesScore reports whether the text gives a game's score: a token of
// two numbers of one to three digits joined by a hyphen or a dash
// ("2-0", "24–17").
func givesScore(d *document) bool {
	for k := range d.toks {
		w := d.tok(k)
		if w == "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		a, b, ok := strings.Cut(w, "-")
		if !ok {
			a, b, ok = strings.Cut(w, "–")
		}
		if ok && digits(a) && digits(b) {
			return true
		}
	}
	return false
}

// digits reports whether s is one to three ASCII digits.
func digits(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// teamIndex maps each name of a team in teamNicknames to a number of its
// own, the team's. A name two teams share ("Leicester") goes to the team
// of the first nickname in sorted order, so that every run counts alike.
var teamIndex = func() map[string]int {
	m := map[string]int{}
	for _, n := range slices.Sorted(maps.Keys(teamNicknames)) {
		for _, names := range teamNicknames[n] {
			k, ok := m[names[0]]
			if !ok {
				k = len(m)
			}
			for _, name := range names {
				if _, seen := m[name]; !seen {
					m[name] = k
				}
			}
		}
	}
	return m
}()

// namedTeams returns how many teams of teamNicknames the candidates
// name, up to two: a text naming two is a sports report.
func (r *resolver) namedTeams() int {
	first := -1
	for i := range r.cands {
		if r.of[i] < 0 || r.cands[i].kind != Name {
			continue
		}
		toks := r.teamWords(i)
		k, ok := teamIndex[strings.Join(toks, " ")]
		switch {
		case !ok || k == first:
		case first < 0:
			first = k
		default:
			return 2
		}
	}
	if first >= 0 {
		return 1
	}
	return 0
}
