package text

import "strings"

// ContainsWords reports whether s holds phrase as whole words, case
// aside: phrase starts s or follows a space, and ends s, a space or a
// possessive's apostrophe ("Unison's general secretary" holds
// "unison"). Roles and aliases are matched this way ("general secretary
// of Unison" names Unison; "Unisonia" does not).
func ContainsWords(s, phrase string) bool {
	// A word starts s or follows a space: the search jumps from one start
	// to the next rather than stepping through every byte.
	for i := 0; i+len(phrase) <= len(s); {
		end := i + len(phrase)
		if (end == len(s) || s[end] == ' ' || s[end] == '\'' || strings.HasPrefix(s[end:], "’")) && strings.EqualFold(s[i:end], phrase) {
			return true
		}
		next := strings.IndexByte(s[i:], ' ')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}
