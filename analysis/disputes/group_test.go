package disputes

import (
	"strings"
	"testing"
)

// formerRole compares words without lower-casing them, and must answer
// as lower-casing would, for capitals, hyphens and characters outside
// ASCII alike.
func TestFormerRole(t *testing.T) {
	lowered := func(role string) bool {
		for w := range strings.FieldsSeq(strings.ToLower(role)) {
			switch w {
			case "former", "ex", "shadow", "opposition", "retired":
				return true
			}
			if strings.HasPrefix(w, "ex-") {
				return true
			}
		}
		return false
	}
	for _, role := range []string{
		"", "minister", "Former minister", "FORMER Minister", "ex-chairman", "EX-Chairman",
		"Ex chairman", "exchequer chief", "Shadow Chancellor", "shadowy figure",
		"Opposition leader", "retired general", "RETIRED", "ſhadow chancellor",
		"ex\u2011chairman", "formerly minister", "the former\tsecretary", "Éx-premier",
	} {
		if got, want := formerRole(role), lowered(role); got != want {
			t.Errorf("formerRole(%q) = %v, want %v", role, got, want)
		}
	}
}
