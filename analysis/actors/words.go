package actors

// Word lists the rules read. Keys are as the rules compare them: lower case
// for words matched case-insensitively, capitalised for titles and name
// heads, which only count when written with a capital. The lists hold
// closed-class words and generic English vocabulary, never names from a
// particular text.

// stopWords are function words, pronouns, sentence adverbs, months and days:
// capitalised at the start of a sentence or a quotation, they are not names.
var stopWords = set(
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
)

// months and days are never actors even mid-sentence, where they are
// capitalised ("on Monday", "next May").
var calendarWords = set(
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
	"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Christmas", "Easter",
)

// honorifics introduce a person's name. nameHonorifics are part of the name
// as used ("Lord Ashdown of Kelso", "Dame Ruth Pelling"); the others are
// courtesy ("Mr Ferrante") and dropped from the canonical name.
var (
	honorifics = set("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
		"Rev", "Revd", "Reverend", "Lord", "Lady", "Sir", "Dame", "Baroness", "Baron", "Hon")
	nameHonorifics = set("Lord", "Lady", "Sir", "Dame", "Baroness", "Baron")
)

// titles are offices written before a name ("President Okafor", "Chancellor
// Edwin Marsh"). As the last word of a capitalised run followed by a name
// they make the run's head a role ("French Foreign Minister Lise Darrieux").
var titles = set(
	"President", "Vice-President", "Chancellor", "Minister", "Secretary", "Premier",
	"Senator", "Sen", "Governor", "Gov", "Mayor", "King", "Queen", "Prince", "Princess",
	"Pope", "Emperor", "Sultan", "Emir", "Sheikh", "Ayatollah", "Imam", "Rabbi",
	"Cardinal", "Archbishop", "Bishop", "Father", "General", "Gen", "Colonel", "Col",
	"Captain", "Capt", "Lieutenant", "Lt", "Commander", "Admiral", "Sergeant", "Sgt",
	"Judge", "Justice", "Ambassador", "Commissioner", "Chairman", "Chairwoman",
	"Chair", "Leader", "Spokesman", "Spokeswoman", "Director", "Inspector", "Detective",
	"Constable", "Superintendent", "Chief", "Editor", "Treasurer", "Rep",
	"MP", "MEP", "MSP",
)

// nameTitles are the titles kept inside a person's mention when they stand
// right before the name ("President Okafor"): short titles that a text uses
// as a form of address.
var nameTitles = set(
	"President", "Chancellor", "Premier", "Senator", "Sen", "Governor", "Gov", "Mayor",
	"King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Sultan", "Emir", "Sheikh",
	"Ayatollah", "Imam", "Rabbi", "Cardinal", "Archbishop", "Bishop", "Father", "General",
	"Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt", "Commander", "Admiral",
	"Sergeant", "Sgt", "Judge", "Justice", "Ambassador", "Commissioner", "Minister",
	"Inspector", "Detective", "Constable", "Superintendent", "Rep",
)

// connectors may stand inside a capitalised name ("Bank of England",
// "Commission for Racial Equality", "Charles de Gaulle").
var connectors = set("of", "for", "and", "&", "the", "de", "da", "di", "du", "del", "della",
	"der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos", "das", "y", "zu")

// orgHeads end organisation names ("Ferry Pilots Union", "Halden Group").
var orgHeads = set(
	"Party", "Union", "Commission", "Committee", "Council", "Agency", "Organisation",
	"Organization", "Foundation", "Group", "Office", "Ministry", "Department", "Bank",
	"Corporation", "Corp", "Inc", "Ltd", "Plc", "plc", "Co", "Company", "Association",
	"Institute", "Institution", "University", "College", "School", "Court", "Police",
	"Service", "Services", "Executive", "Parliament", "Assembly", "Congress", "Senate",
	"Federation", "League", "Movement", "Front", "Army", "Force", "Forces", "Brigade",
	"Brigades", "Network", "Trust", "Society", "Board", "Authority", "Airways",
	"Airlines", "Watch", "Fund", "Programme", "Program", "Centre", "Center", "Alliance",
	"Coalition", "Cabinet", "Secretariat", "Tribunal", "Bureau", "Club", "Industries",
	"Holdings", "Technologies", "Systems", "Communications", "Telecom", "Motors",
	"Press", "News", "Times", "Post", "Telegraph", "Herald", "Journal", "Gazette",
	"Radio", "Television", "TV", "Broadcasting", "Magazine", "Review", "Standard",
	"Unit", "Division", "Team", "Directorate",
	"Inquiry", "Conference", "Collective", "Campaign", "Institutions",
)

// placeHeads end place names ("Trafalgar Square", "Rhine Valley").
var placeHeads = set(
	"Street", "Road", "Square", "Avenue", "Lane", "Valley", "River", "Mountain",
	"Mountains", "Island", "Islands", "Lake", "Sea", "Ocean", "Bay", "Coast", "County",
	"Province", "City", "Town", "Village", "Airport", "Station", "Bridge", "Park", "Hill",
	"Hills", "Heights", "Strait", "Canal", "Desert", "Peninsula", "District", "Borough",
	"Estate", "Ranch", "Farm", "Hospital", "Prison", "Stadium", "Palace", "Castle",
	"North", "South", "East", "West",
)

// nonActorHeads end names of things that do not act: laws, documents,
// events, products ("Coastal Access Bill", "Green Paper", "Fifth
// Amendment").
var nonActorHeads = set(
	"Bill", "Bills", "Act", "Acts", "Scheme", "Paper", "Amendment", "Treaty", "Report",
	"Plan", "Code", "Award", "Awards", "Prize", "Cup", "Summit", "War", "Day", "Week",
	"Year", "Games", "Olympics", "Festival", "Show", "Strategy", "Charter",
	"Convention", "Directive", "Regulations", "Accord", "Agreement", "Protocol",
	"Budget", "Manifesto", "Election", "Elections", "Referendum",
)

// nonActors are single capitalised words that are never actors: common
// acronyms of units, things and offices.
var nonActors = set(
	"GMT", "BST", "DNA", "HIV", "AIDS", "CEO", "PM", "MP", "MPs", "MEP", "MEPs", "MSP",
	"MSPs", "TV", "PC", "PCs", "AM", "FM", "UFO", "WMD", "WMDs", "GDP", "GNP", "VAT",
	"PR", "ID", "ISP", "ISPs", "CD", "CDs", "DVD", "DVDs", "SMS", "PIN", "OK", "QC",
	"QCs", "IT", "AGM", "FTSE", "IPO", "R&D", "HQ", "NB", "PS", "OBE", "MBE", "CBE",
)

// settingPreps before a place make it the setting of the story rather than
// an actor ("talks in Baghdad", "a visit to Beijing").
var settingPreps = set("in", "at", "near", "across", "throughout", "around", "outside",
	"inside", "within", "via", "towards", "toward", "into", "from", "to", "through")

// govNouns after a country form stand for its government ("the Kenyan
// government", "Norwegian authorities").
var govNouns = set("government", "administration", "authorities", "regime", "leadership",
	"officials", "diplomats", "negotiators", "ministers", "leaders", "cabinet",
	"Government", "Administration", "Authorities", "Regime")

// collectiveNouns after a regional demonym make a group ("European
// powers", "Arab governments").
var collectiveNouns = set("powers", "leaders", "governments", "nations", "states",
	"countries", "allies", "partners", "members", "officials", "diplomats", "negotiators",
	"ministers", "forces", "troops", "people", "peoples", "public", "voters", "consumers")

// personRoles head role phrases that describe a person ("Labour
// vice-chairman", "the head of the agency").
var personRoles = set(
	"chairman", "chairwoman", "co-chairman", "chair", "chairperson", "leader", "secretary",
	"minister", "spokesman", "spokeswoman", "spokesperson", "president", "vice-president",
	"chief", "head", "director", "director-general", "secretary-general", "lawyer",
	"attorney", "editor", "founder", "co-founder", "mayor", "mp", "mep", "msp", "member",
	"candidate", "officer", "prosecutor", "councillor", "councilor", "executive",
	"chancellor", "treasurer", "governor", "senator", "ambassador", "envoy",
	"commissioner", "adviser", "advisor", "analyst", "economist", "professor", "dean",
	"journalist", "reporter", "correspondent", "publisher", "author", "singer", "actor",
	"actress", "boss", "manager", "official", "deputy", "counterpart", "campaigner",
	"activist", "expert", "inspector", "judge", "hostage", "premier", "presenter",
	"columnist", "historian", "scientist", "researcher", "whip", "peer", "king", "queen",
	"prince", "princess", "general", "colonel", "commander", "captain", "bishop",
	"archbishop", "cleric", "preacher", "owner", "partner",
	"investor", "entrepreneur", "banker", "coach", "player", "striker", "writer",
	"novelist", "producer", "surgeon", "doctor", "teacher", "student",
	"negotiator", "diplomat", "registrar", "auditor",
	"ombudsman", "regulator", "watchdog", "organiser", "organizer", "representative",
	"ceo",
)

// orgRoles head role phrases that describe an organisation ("consumer
// rights group", "the French operator").
var orgRoles = set(
	"group", "body", "company", "firm", "operator", "regulator", "party", "union",
	"agency", "organisation", "organization", "watchdog", "charity", "association",
	"foundation", "bank", "giant", "maker", "manufacturer", "retailer", "carrier",
	"airline", "broadcaster", "newspaper", "paper", "website", "subsidiary", "institute",
	"think-tank", "council", "committee", "lobby", "network", "provider", "developer",
	"insurer", "supplier", "producer", "chain", "club", "movement", "campaign", "trust",
	"business", "conglomerate", "consortium", "coalition", "alliance", "magazine",
)

// verbs that follow a subject: a mention right before one acts in its
// sentence. Roles stop at them too.
var actVerbs = set(
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
)
