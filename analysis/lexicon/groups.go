package lexicon

// The classes of the words of groups: lower-case plural noun phrases that
// take sides ("unions warned", "several thousand farmers") and the nouns
// that make a region's people one ("European powers").
const (
	// GroupHead is a plural noun for a collective of people that takes
	// sides in news stories ("unions warned", "campaigners said", "critics
	// say"). Nouns for sources rather than parties ("analysts", "experts",
	// "officials") are left out: a story quotes them, they are seldom what
	// it is about; so are nouns too general to name one side
	// ("companies", "groups", "users").
	GroupHead Class = 1 << 47
	// Collective is a plural noun that makes a group after a regional
	// demonym ("European powers", "Arab governments").
	Collective Class = 1 << 48
	// NumberWord is a count written as a word that opens a noun phrase
	// ("three", "thousands").
	NumberWord Class = 1 << 49
)

// groupLists are the lists of this file, as the lexicon reads them.
var groupLists = []list{
	{class: GroupHead, words: groupHeads},
	{class: Collective, words: collectiveNouns},
	{class: NumberWord, words: numberWords},
}

// groupHeads are the GroupHead nouns.
var groupHeads = []string{
	"critics", "opponents", "supporters", "fans", "customers", "passengers",
	"patients", "victims", "families", "unions", "workers", "employees", "journalists", "reporters",
	"developers", "campaigners", "activists", "protesters", "demonstrators", "farmers",
	"doctors", "nurses", "teachers", "students", "pupils", "parents", "residents",
	"consumers", "shareholders", "investors", "voters", "pensioners",
	"lawyers", "scientists", "rebels", "militants", "regulators", "charities",
}

// collectiveNouns are the Collective nouns.
var collectiveNouns = []string{
	"powers", "leaders", "governments", "nations", "states",
	"countries", "allies", "partners", "members", "officials", "diplomats", "negotiators",
	"ministers", "forces", "troops", "people", "peoples", "public", "voters", "consumers",
}

// numberWords are the NumberWord words.
var numberWords = []string{
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "dozens", "hundreds", "thousands", "several",
}
