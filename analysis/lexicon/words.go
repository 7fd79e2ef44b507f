package lexicon

// The lists. Each is written once, here; classes is built from them when
// the package is initialised and never changed after.

// reportVerbs introduce what someone says or holds.
var reportVerbs = []string{
	"say", "says", "said", "saying",
	"tell", "tells", "told",
	"add", "adds", "added",
	"argue", "argues", "argued", "arguing",
	"claim", "claims", "claimed", "claiming",
	"insist", "insists", "insisted", "insisting",
	"believe", "believes", "believed",
	"think", "thinks", "thought",
	"suggest", "suggests", "suggested",
	"state", "states", "stated",
	"explain", "explains", "explained",
	"maintain", "maintains", "maintained",
	"allege", "alleges", "alleged",
	"acknowledge", "acknowledges", "acknowledged",
	"concede", "concedes", "conceded",
	"admit", "admits", "admitted",
	"reply", "replies", "replied",
	"respond", "responds", "responded",
	"counter", "counters", "countered",
	"retort", "retorts", "retorted",
	"note", "notes", "noted",
	"write", "writes", "wrote",
	"announce", "announces", "announced",
	"predict", "predicts", "predicted",
	"declare", "declares", "declared",
	"stress", "stresses", "stressed",
	"confirm", "confirms", "confirmed",
	"contend", "contends", "contended",
	"assert", "asserts", "asserted",
	"fear", "fears", "feared",
	"hope", "hopes", "hoped",
	"describe", "describes", "described",
}

// answerVerbs are the verbs of saying whose report is held against what
// was said before.
var answerVerbs = []string{
	"insist", "insists", "insisted", "insisting",
	"reply", "replies", "replied",
	"respond", "responds", "responded",
	"counter", "counters", "countered",
	"retort", "retorts", "retorted",
}

// cues are the words that signal a cue on their own. Multi-word cues
// ("hit out", "at odds", "in common") are found by their reader, which
// sees the neighbouring words.
var cues = [NumCues][]string{
	Attack: {
		"attack", "attacks", "attacked", "attacking",
		"criticise", "criticises", "criticised", "criticising",
		"criticize", "criticizes", "criticized", "criticizing", "criticism",
		"accuse", "accuses", "accused", "accusing", "accusation", "accusations",
		"condemn", "condemns", "condemned", "condemning", "condemnation",
		"slam", "slams", "slammed", "slamming",
		"blast", "blasts", "blasted", "blasting",
		"denounce", "denounces", "denounced", "denouncing",
		"rebuke", "rebukes", "rebuked", "rebuking",
		"lambast", "lambasts", "lambasted", "lambasting",
		"raps", "rapped", "berate", "berated", "berates",
		"allege", "alleges", "alleged", "alleging",
		"blame", "blames", "blamed", "blaming",
		"deride", "derides", "derided", "ridicule", "ridicules", "ridiculed",
		"castigate", "castigates", "castigated", "chide", "chides", "chided",
	},
	Reject: {
		"reject", "rejects", "rejected", "rejecting", "rejection",
		"deny", "denies", "denied", "denying", "denial",
		"dismiss", "dismisses", "dismissed", "dismissing",
		"dispute", "disputes", "disputed", "disputing",
		"refute", "refutes", "refuted", "refuting",
		"rebuff", "rebuffs", "rebuffed", "rebuffing",
		"questioned", "questioning",
		"challenge", "challenges", "challenged", "challenging",
		"disagree", "disagrees", "disagreed", "disagreeing", "disagreement", "disagreements",
	},
	Oppose: {
		"oppose", "opposes", "opposed", "opposing",
		"protest", "protests", "protested", "protesting",
		"resist", "resists", "resisted", "resisting",
		"sue", "sues", "sued", "suing",
	},
	Warn: {
		"warn", "warns", "warned", "warning",
		"urge", "urges", "urged", "urging",
		"threaten", "threatens", "threatened", "threatening",
	},
	Conflict: {
		"row", "rows", "clash", "clashes", "clashed", "clashing",
		"difference", "differences", "rift", "feud", "battle", "fight",
		"tension", "tensions", "conflict", "standoff", "stand-off", "split",
	},
	Agree: {"agree", "agrees", "agreed", "agreeing", "agreement"},
	Back: {
		"backs", "backed", "backing",
		"support", "supports", "supported", "supporting",
		"endorse", "endorses", "endorsed", "endorsing", "endorsement",
		"echo", "echoes", "echoed", "echoing", "sided",
		"defend", "defends", "defended", "defending",
		// Approval of what another did or said: "X welcomed Y's
		// decision", "X praised Y".
		"welcome", "welcomes", "welcomed", "welcoming",
		"praise", "praises", "praised", "praising",
		"applaud", "applauds", "applauded", "applauding",
		"commend", "commends", "commended", "commending",
		"congratulate", "congratulates", "congratulated", "congratulating",
	},
	Similar: {"similar", "alike", "aligned", "share", "shared", "united", "same"},
	Join:    {"join", "joins", "joined", "joining"},
	Ally:    {"ally", "allies", "allied"},
}

// claimNouns name what one side says or offers and the other denies or
// rejects; the proposal nouns are claims too.
var claimNouns = []string{
	"claim", "claims", "allegation", "allegations", "accusation", "accusations",
	"report", "reports", "suggestion", "suggestions", "charge", "charges",
	"proposal", "proposals", "offer", "offers", "plan", "plans", "call", "calls",
	"bid", "demand", "demands", "idea", "ideas", "request", "appeal", "criticism",
	"theory", "theories", "view", "views", "argument", "arguments", "assertion", "assertions",
	"remark", "remarks", "comment", "comments", "statement", "statements", "stance",
	"assessment", "verdict", "findings", "version", "account", "explanation", "excuse", "excuses",
}

// proposalNouns name something put forward to be done.
var proposalNouns = []string{
	"move", "moves", "decision", "decisions", "measure", "measures", "bill", "bills",
	"legislation", "law", "laws", "reform", "reforms", "policy", "policies", "scheme", "schemes",
	"changes", "strategy", "initiative", "deal", "plan", "plans", "proposal", "proposals",
}

// titleNouns head a description of a person by office; titlePrefixes may
// come before them, in this order ("co-", "vice-chairman").
var (
	titleNouns = []string{
		"minister", "secretary", "president", "chairman", "chairwoman", "chairperson",
		"leader", "chief", "director", "mayor", "governor", "senator", "premier", "chancellor",
		"editor", "founder", "prosecutor", "lawyer", "commissioner", "boss", "head",
		"spokesman", "spokeswoman", "spokesperson", "councillor", "ambassador", "judge",
	}
	titlePrefixes = []string{"co-", "vice-", "ex-", "deputy-"}
)

// orgNouns head a description of an organisation or a government, each
// also with a plural "s" ("companie" makes "companies").
var orgNouns = []string{
	"party", "partie", "company", "companie", "firm", "union", "group", "government",
	"organisation", "organization", "agency", "agencie", "commission", "council", "executive",
	"association", "body", "bodie", "department", "ministry", "ministrie", "bank", "regulator",
	"operator", "court", "committee", "federation", "charity", "charitie", "administration",
	"authority", "authoritie", "board", "corporation", "institute", "league", "movement",
	"campaign", "coalition", "alliance", "club", "trust", "foundation", "office", "watchdog",
}

// spokesNouns name someone who speaks for an organisation.
var spokesNouns = []string{
	"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
	"representative", "representatives", "official", "officials", "source", "sources", "aide", "aides",
}

// personPronouns and orgPronouns stand for a person, and for an
// organisation or a group.
var (
	personPronouns = []string{"he", "she", "him", "his"}
	orgPronouns    = []string{"it", "its", "they", "them", "their"}
)

// functionWords are the closed-class words.
var functionWords = []string{
	"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
	"its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
	"could", "should", "can", "may", "might", "must", "do", "does", "did", "not", "no",
	"it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "itself", "themselves",
	"which", "who", "whom", "whose", "what", "when", "where", "why", "how", "than", "then",
	"there", "here", "so", "as", "if", "but", "while", "whereas", "also", "very", "more",
	"most", "much", "such", "any", "some", "all", "both", "each", "other", "own", "same",
	"about", "over", "into", "up", "out", "said", "says", "say", "just", "only", "even",
	"during", "after", "before", "since", "until", "against", "because", "despite",
	"without", "within", "between", "among", "under", "across", "through", "like",
	"unlike", "whether", "although", "though", "yet", "still", "already", "now",
}

// finiteWords mark a finite clause.
var finiteWords = []string{
	"is", "are", "was", "were", "had", "has", "have", "would", "could", "will", "should",
	"might", "may", "did", "does", "do", "can", "must", "played", "knew", "took", "made",
}

// determiners may open a noun phrase.
var determiners = []string{
	"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "any", "some",
}

// boundaries end a clause. Subordinators open a clause of their own: in
// "X spoke after Y told Z ..." Y, not X, tells.
var boundaries = []string{
	".", "!", "?", ";", ":", "—", "–", "(", ")", "[", "]",
	"while", "whilst", "whereas", "but", "although", "though", "however",
	"after", "when", "because", "since", "until", "unless", "if", "whether", "why", "how",
}

// obliques are the prepositions that make an actor after them part of a
// thing. Those that do introduce sides ("by", "with", "against",
// "between", "from") are not among them.
var obliques = []string{
	"in", "at", "inside", "across", "near", "around", "throughout", "within", "into", "outside",
	"of", "to", "on", "for", "about", "over", "under", "than", "like", "towards", "toward",
	"upon", "onto", "through", "among", "amongst", "beyond", "behind", "via",
}

// beAux are the forms of "be" and "get" that make a participle passive.
var beAux = []string{"is", "are", "was", "were", "be", "been", "being", "got", "gets", "get"}

// stanceWords say what someone wants or holds.
var stanceWords = []string{
	"want", "wants", "wanted", "see", "sees", "saw", "regard", "regards", "regarded",
	"view", "views", "viewed", "prefer", "prefers", "preferred", "favour", "favours", "favoured",
	"favor", "favors", "favored", "demand", "demands", "demanded", "seek", "seeks", "sought",
	"propose", "proposes", "proposed", "interested", "aim", "aims", "aimed", "intend", "intends",
	"accept", "accepts", "accepted", "keen", "determined", "committed", "willing", "unwilling",
	"refuse", "refuses", "refused", "insist", "insists", "call", "calls", "called", "plan", "plans", "planned",
}

// stateNouns, after a demonym, name the state's agents or aims.
var stateNouns = []string{
	"government", "governments", "authorities", "official", "officials", "minister", "ministers",
	"leader", "leaders", "leadership", "president", "prime", "forces", "troops", "army", "military",
	"navy", "diplomats", "diplomat", "negotiators", "police", "embassy", "delegation", "envoy",
	"ambassador", "ambassadors", "administration", "regime", "state", "side", "spokesman",
	"spokeswoman", "objectives", "aims", "goals", "interests", "policy", "policies", "position",
	"concerns", "demands", "approach", "attitude",
}

// Quotation marks.
var (
	openQuotes     = []string{"“", "«", "„"}
	closeQuotes    = []string{"”", "»"}
	straightQuotes = []string{"\""}
)

// classes maps a lower-case word to its classes.
var classes = func() map[string]Class {
	m := map[string]Class{}
	add := func(words []string, c Class) {
		for _, w := range words {
			m[w] |= c
		}
	}
	for c, words := range cues {
		add(words, Class(c))
	}
	add(reportVerbs, Report)
	add(answerVerbs, Answer)
	add(claimNouns, Claim)
	add(proposalNouns, Claim|Proposal)
	// A title keeps its class after any of the prefixes, taken in their
	// order: every in-order choice of them.
	for set := range 1 << len(titlePrefixes) {
		pre := ""
		for i, p := range titlePrefixes {
			if set&(1<<i) != 0 {
				pre += p
			}
		}
		for _, w := range titleNouns {
			m[pre+w] |= Title
		}
	}
	for _, w := range orgNouns {
		m[w] |= Org
		m[w+"s"] |= Org
	}
	add(spokesNouns, Spokes)
	add(personPronouns, PersonPronoun)
	add(orgPronouns, OrgPronoun)
	add(functionWords, Function)
	add(finiteWords, Finite)
	add(determiners, Determiner)
	add(boundaries, Boundary)
	add(obliques, Oblique)
	add(beAux, BeAux)
	add(stanceWords, Stance)
	add(stateNouns, StateNoun)
	add(openQuotes, OpenQuote)
	add(closeQuotes, CloseQuote)
	add(straightQuotes, StraightQuote)
	addLists(m) // bits 32 to 63: the actor and summary stages' lists
	return m
}()
