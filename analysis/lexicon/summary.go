package lexicon

// The classes the summary stage reads of a sentence's words: which carry
// no topic, which make a sentence lean on the one before, what a function
// word announces of the next word, and the cues of how news and comment
// are written. They are classes of news English, not words of any topic.
const (
	// Closed is a closed-class English word (article, pronoun, auxiliary,
	// preposition, conjunction), a courtesy title or a day: no term of the
	// summary's vocabulary. The list is not Stop's, which is for telling
	// names from capitalised words and holds months, numbers and "new"
	// but not "mr" or "etc".
	Closed Class = 1 << 54
	// Filler is an open-class word so common in news copy that it says
	// nothing about the story, or an irregular past tense that would
	// otherwise glue onto a noun phrase ("bread prices rose").
	Filler Class = 1 << 55
	// Anaphor is a sentence's first word that points back to something
	// said before it: a pronoun, a demonstrative or a connective. Such a
	// sentence leans on its predecessor and reads poorly alone.
	Anaphor Class = 1 << 56
	// BeforeNoun is a determiner, possessive or preposition: a noun
	// follows.
	BeforeNoun Class = 1 << 57
	// BeforeVerb is "to", a modal, an auxiliary or a subject pronoun: a
	// verb follows.
	BeforeVerb Class = 1 << 58
	// CueReport is a reporting verb: the sentence tells what someone
	// said.
	CueReport Class = 1 << 59
	// CueFirstPerson is a first-person pronoun: the writer or a speaker
	// talks.
	CueFirstPerson Class = 1 << 60
	// CueFuture is a word of a future or a plan: what happens next is
	// often the news.
	CueFuture Class = 1 << 61
	// CueContrast is a word of contrast: an argument turns on it.
	CueContrast Class = 1 << 62
	// CueDispute is a verb of disagreement: the disputes stage's kind of
	// sentence.
	CueDispute Class = 1 << 63
)

// summaryLists are the lists of this file, as the lexicon reads them.
var summaryLists = []list{
	{class: Closed, words: closedWords},
	{class: Filler, words: fillerWords},
	{class: Anaphor, words: anaphors},
	{class: BeforeNoun, words: beforeNoun},
	{class: BeforeVerb, words: beforeVerb},
	{class: CueReport, words: reportCues},
	{class: CueFirstPerson, words: firstPersonCues},
	{class: CueFuture, words: futureCues},
	{class: CueContrast, words: contrastCues},
	{class: CueDispute, words: disputeCues},
}

// closedWords are the Closed words.
var closedWords = []string{
	"a", "about", "above", "across", "after", "afterwards", "again", "against", "ago", "all",
	"almost", "along", "already", "also", "although", "always", "am", "among", "amongst", "an",
	"and", "another", "any", "anyone", "anything", "anyway", "are", "around", "as", "at",
	"be", "became", "because", "become", "becomes", "been", "before", "behind", "being", "below",
	"beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot", "could",
	"did", "do", "does", "doing", "done", "down", "due", "during", "each", "either",
	"else", "elsewhere", "enough", "etc", "even", "ever", "every", "everyone", "everything", "few",
	"for", "from", "further", "had", "has", "have", "having", "he", "hence", "her",
	"here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
	"in", "including", "indeed", "instead", "into", "is", "it", "its", "itself", "just",
	"least", "less", "like", "may", "me", "meanwhile", "might", "mine", "more", "moreover",
	"most", "mostly", "much", "must", "my", "myself", "neither", "never", "nevertheless", "no",
	"nobody", "none", "nor", "not", "nothing", "now", "of", "off", "often", "on",
	"once", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "ourselves",
	"out", "over", "own", "per", "perhaps", "quite", "rather", "really", "same", "she",
	"should", "since", "so", "some", "someone", "something", "sometimes", "still", "such", "than",
	"that", "the", "their", "theirs", "them", "themselves", "then", "there", "thereby", "therefore",
	"these", "they", "this", "those", "though", "through", "throughout", "thus", "to", "together",
	"too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very",
	"via", "was", "we", "well", "were", "what", "whatever", "when", "whenever", "where",
	"whereas", "whether", "which", "while", "whilst", "who", "whoever", "whom", "whose", "why",
	"will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
	"yourselves", "mr", "mrs", "ms", "dr", "many", "despite", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "can't", "don't", "won't", "didn't",
	"doesn't", "isn't", "wasn't", "aren't", "weren't", "haven't", "hasn't", "it's", "that's", "there's",
	"i'm", "i've", "we're", "they're", "he's", "she's", "we've", "they've", "you're", "let",
	"let's",
}

// fillerWords are the Filler words.
var fillerWords = []string{
	"said", "say", "says", "saying", "told", "tell", "added", "according", "asked", "think",
	"thought", "want", "wants", "wanted", "went", "come", "came", "comes", "get", "gets",
	"getting", "got", "give", "given", "go", "goes", "going", "gone", "make", "makes",
	"made", "making", "take", "taken", "took", "put", "set", "see", "seem", "seems",
	"seemed", "use", "used", "using", "help", "need", "needs", "needed", "known", "called",
	"continue", "continued", "able", "new", "first", "last", "next", "former", "later", "second",
	"main", "key", "part", "number", "end", "far", "good", "big", "lot", "whole",
	"way", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "year", "years", "week", "weeks", "month", "months", "day", "days", "time",
	"times", "people", "likely",
	// Irregular past tenses, frequent in news, that would otherwise
	// glue onto a noun phrase ("bread prices rose").
	"rose", "fell", "broke", "won", "began", "gave", "kept", "held", "sold",
	"bought", "paid", "spent", "sent", "met", "led", "ran", "saw", "felt", "brought",
	"grew", "knew", "chose", "wrote", "spoke", "drew", "struck", "fought", "sought", "caught",
	"meant", "hit", "cut", "lost", "risen", "fallen", "broken", "grown", "shown", "seen", "written",
}

// anaphors are the Anaphor words.
var anaphors = []string{
	"he", "she", "it", "they", "we", "his", "her", "its", "their", "this", "these",
	"those", "that", "but", "and", "or", "so", "yet", "however", "also", "meanwhile",
	"still", "then", "there", "such", "both", "instead", "nevertheless", "moreover",
	"furthermore", "others", "another", "which",
}

// beforeNoun are the BeforeNoun words.
var beforeNoun = []string{
	"the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "my",
	"your", "of", "for", "with", "about", "on", "in", "every", "each", "some", "any", "no",
}

// beforeVerb are the BeforeVerb words.
var beforeVerb = []string{
	"to", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
	"has", "have", "had", "is", "are", "was", "were", "be", "been", "he", "she", "it",
	"they", "we", "i", "you", "who", "not", "also",
}

// reportCues are the CueReport words.
var reportCues = []string{
	"said", "says", "say", "told", "according", "added", "stated", "announced",
}

// firstPersonCues are the CueFirstPerson words.
var firstPersonCues = []string{
	"i", "we", "me", "my", "our", "us", "i'm", "we're", "i've", "we've",
}

// futureCues are the CueFuture words.
var futureCues = []string{
	"will", "plans", "plan", "planned", "expected", "intends", "would", "future",
}

// contrastCues are the CueContrast words.
var contrastCues = []string{
	"but", "however", "although", "though", "yet", "despite", "whereas", "instead",
}

// disputeCues are the CueDispute words.
var disputeCues = []string{
	"denied", "denies", "rejected", "rejects", "accused", "accuses", "criticised", "criticized",
	"disputed", "disputes", "opposed", "opposes", "condemned", "argued", "argues", "insisted",
	"insists", "claimed", "claims", "warned", "warns", "refused",
}
