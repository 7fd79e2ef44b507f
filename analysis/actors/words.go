package actors

// Word lists the rules read. Keys are as the rules compare them: lower case
// for words matched case-insensitively, capitalised for titles and name
// heads, which only count when written with a capital. The lists hold
// closed-class words and generic English vocabulary, never names from a
// particular text.

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

// govNouns after a country form stand for its government ("the Kenyan
// government", "Norwegian authorities").
var govNouns = set("government", "administration", "authorities", "regime", "leadership",
	"officials", "diplomats", "negotiators", "ministers", "leaders", "cabinet",
	"Government", "Administration", "Authorities", "Regime")
