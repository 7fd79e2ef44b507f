package ner

import (
	"strings"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
)

func TestGazIndex(t *testing.T) {
	x := newGazIndex(gazetteer.Default())
	for word, want := range map[string]uint16{
		"Iran":     gzCountry,
		"Iranian":  gzDemonym,
		"Tehran":   gzCapital,
		"NATO":     gzOrgAbbr,
		"Kremlin":  gzMetonym,
		"Scotland": gzRegion,
	} {
		if got := x.exact[word]; got&want == 0 {
			t.Errorf("exact[%q] = %b, want bit %b", word, got, want)
		}
	}
	words := strings.Fields("He walked down Downing Street to the World Health Organization .")
	ws := make([]word, len(words))
	var sc scratch
	for i, w := range words {
		describe(&ws[i], w, &sc)
	}
	hits := x.appendSpans(nil, ws, &sc)
	covered := map[int]bool{}
	for _, h := range hits {
		covered[h.i] = true
	}
	for i, want := range []bool{false, false, false, true, true, false, false, true, true, true, false} {
		if covered[i] != want {
			t.Errorf("token %d (%s): in a gazetteer phrase = %v, want %v", i, words[i], covered[i], want)
		}
	}
}
