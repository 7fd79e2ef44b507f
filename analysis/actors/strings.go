package actors

import "strconv"

// String returns the type's name, for test failures and debugging output.
func (t Type) String() string {
	switch t {
	case Unknown:
		return "Unknown"
	case Person:
		return "Person"
	case Organization:
		return "Organization"
	case Country:
		return "Country"
	case Group:
		return "Group"
	case Location:
		return "Location"
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// String returns the mention kind's name, for test failures and debugging
// output.
func (k MentionKind) String() string {
	switch k {
	case UnknownMention:
		return "UnknownMention"
	case Name:
		return "Name"
	case Acronym:
		return "Acronym"
	case Demonym:
		return "Demonym"
	case Metonym:
		return "Metonym"
	case Description:
		return "Description"
	}
	return "MentionKind(" + strconv.Itoa(int(k)) + ")"
}
