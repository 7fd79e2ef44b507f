package lexicon

// The classes of the words around names: what tells the actors stage that
// a capitalised word is no name, that a mention acts in its sentence or
// starts a clause, that a lower-case head makes a name an organisation's,
// or that a place is only where the story happens.
const (
	// Stop is a function word, pronoun, sentence adverb, month or day:
	// capitalised at the start of a sentence or a quotation, it is no
	// name.
	Stop Class = 1 << 32
	// ActVerb is a verb that follows its subject: a mention right before
	// one acts in its sentence, and a role phrase stops at it.
	ActVerb Class = 1 << 33
	// TitleFunction is a short word that title case capitalises inside
	// the title of a work ("Gone With The Wind").
	TitleFunction Class = 1 << 34
	// SettingPrep is a preposition that makes the place after it the
	// setting of the story rather than an actor ("talks in Baghdad").
	SettingPrep Class = 1 << 35
	// ClauseOpener is a word after which a name starts a clause, as its
	// subject ("while Ferrante said").
	ClauseOpener Class = 1 << 36
	// Institution is a noun for a body of a state after its name or
	// demonym ("Kenyan security services", "British police"); each is an
	// organisation of its own, not the country.
	Institution Class = 1 << 37
	// LowerOrgHead is the head of an organisation's name that texts often
	// write in lower case after the name ("Allied Harbour and Ferry
	// Workers union", "the Labour party", "Wikimedia foundation").
	LowerOrgHead Class = 1 << 38
)

// nameLists are the lists of this file, as the lexicon reads them.
var nameLists = []list{
	{class: Stop, words: stopWords},
	{class: ActVerb, words: actVerbs},
	{class: TitleFunction, words: titleFunctionWords},
	{class: SettingPrep, words: settingPreps},
	{class: ClauseOpener, words: clauseOpeners},
	{class: Institution, words: institutionNouns},
	{class: LowerOrgHead, words: lowerOrgHeads},
}

// stopWords are the Stop words.
var stopWords = []string{
	"a", "an", "the", "this", "that", "these", "those", "there", "here", "then",
	"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
	"my", "your", "his", "its", "our", "their", "mine", "yours", "hers", "ours", "theirs",
	"what", "which", "who", "whom", "whose", "why", "how", "where", "when", "whether",
	"and", "or", "but", "nor", "so", "yet", "if", "unless", "although", "though", "because",
	"while", "whilst", "since", "as", "after", "before", "until", "once", "despite",
	"in", "on", "at", "to", "for", "from", "by", "with", "without", "of", "off", "about",
	"under", "over", "into", "onto", "through", "during", "against", "among", "between",
	"across", "around", "behind", "beyond", "inside", "outside", "within", "up", "down",
	"not", "no", "yes", "all", "any", "some", "many", "much", "more", "most", "less",
	"few", "both", "either", "neither", "each", "every", "such", "other", "another",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"first", "second", "third", "last", "next", "new", "old", "only", "just", "even",
	"also", "still", "already", "now", "today", "yesterday", "tomorrow", "tonight",
	"however", "meanwhile", "moreover", "furthermore", "nevertheless", "instead",
	"indeed", "perhaps", "maybe", "overall", "finally", "later", "earlier", "again",
	"too", "very", "well", "like", "unlike", "according", "asked", "speaking",
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
	"does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
	"must", "let", "let's", "it's", "that's", "there's", "what's", "he's", "she's",
	"we're", "they're", "i'm", "don't", "doesn't", "didn't", "isn't", "wasn't", "can't",
	"i'd", "i'll", "i've", "we've", "we'd", "we'll", "you'd", "you'll", "you've", "you're",
	"they'd", "they'll", "they've", "he'd", "he'll", "she'd", "she'll", "it'll", "won't",
	"wouldn't", "couldn't", "shouldn't", "aren't", "weren't", "haven't", "hasn't", "hadn't",

	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"christmas", "easter",
}

// actVerbs are the ActVerb words.
var actVerbs = []string{
	"said", "says", "say", "told", "tells", "added", "adds", "argued", "argues",
	"claimed", "claims", "warned", "warns", "accused", "accuses", "attacked", "attacks",
	"insisted", "insists", "denied", "denies", "believes", "believe", "wants", "want",
	"rejected", "rejects", "criticised", "criticized", "criticises", "urged", "urges",
	"called", "calls", "announced", "announces", "admitted", "admits", "stated",
	"suggested", "suggests", "expects", "condemned", "condemns", "backed", "backs",
	"supported", "supports", "opposed", "opposes", "agreed", "agrees", "refused",
	"refuses", "declined", "declines", "described", "describes", "sees", "saw", "puts",
	"pledged", "pledges", "has", "had", "have", "is", "was", "are", "were", "will",
	"would", "could", "should", "may", "might", "can", "must", "wrote", "writes",
	"asked", "asks", "launched", "launches", "slams", "slammed", "blamed",
	"blames", "hit", "hits", "threatened", "threatens", "confirmed", "confirms",
	"continues", "continued", "decided", "decides", "sent", "sends", "won", "wins",
	"lost", "faces", "faced", "did", "does", "plans", "planned", "hopes", "hoped",
	"thinks", "thought", "knows", "knew", "made", "makes", "gave", "gives", "took",
	"takes", "sought", "seeks", "responded", "responds",
	"welcomed", "welcomes", "acknowledged", "promised", "promises",
}

// titleFunctionWords are the TitleFunction words.
var titleFunctionWords = []string{
	"the", "a", "an", "of", "and", "or", "at", "in", "on", "for",
	"to", "with", "from", "by", "as", "is", "it",
}

// settingPreps are the SettingPrep words.
var settingPreps = []string{
	"in", "at", "near", "across", "throughout", "around", "outside",
	"inside", "within", "via", "towards", "toward", "into", "from", "to", "through",
}

// clauseOpeners are the ClauseOpener words.
var clauseOpeners = []string{
	"while", "whereas", "but", "and", "as", "that", "since", "because",
	"although", "though", "if", "when", "so", "yet", "meanwhile",
}

// institutionNouns are the Institution nouns.
var institutionNouns = []string{
	"police", "army", "navy", "military", "embassy", "treasury",
	"courts", "parliament", "judiciary",
}

// lowerOrgHeads are the LowerOrgHead nouns.
var lowerOrgHeads = []string{
	"union", "party", "foundation", "group", "court", "council",
	"committee", "commission", "agency", "association", "institute", "trust", "society",
	"federation", "league", "movement", "corporation", "company",
}
