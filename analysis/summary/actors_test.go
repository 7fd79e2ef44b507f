package summary

import (
	"slices"
	"testing"

	"github.com/docanalysis/docanalysis/analysis/actors"
)

func TestMergeActors(t *testing.T) {
	found := []actors.Actor{
		{Name: "Maria Okafor", Aliases: []string{"Maria Okafor", "Okafor", "the union leader"}},
		{Name: "Veldoria", Aliases: []string{"Veldoria", "Veldorian", "the government", "The country"}},
		{Name: "Harbour Bank", Aliases: []string{"HarbourBank", "Harbour Bank", "the bank"}},
	}
	tests := []struct{ in, want []string }{
		{[]string{"Okafor", "dock workers", "Maria Okafor"}, []string{"Maria Okafor", "dock workers"}},
		{[]string{"Veldorian", "grain exports", "government"}, []string{"Veldoria", "grain exports", "government"}},
		{[]string{"HarbourBank", "rates", "Harbour Bank", "bank"}, []string{"Harbour Bank", "rates", "bank"}},
		{[]string{"country", "okafor"}, []string{"country", "Maria Okafor"}},
		{nil, nil},
	}
	for _, tt := range tests {
		in := slices.Clone(tt.in)
		if got := MergeActors(tt.in, found); !slices.Equal(got, tt.want) {
			t.Errorf("MergeActors(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if !slices.Equal(in, tt.in) {
			t.Errorf("MergeActors modified its input: %q, was %q", tt.in, in)
		}
	}
	if got := MergeActors([]string{"Okafor"}, nil); !slices.Equal(got, []string{"Okafor"}) {
		t.Errorf("MergeActors without actors = %q; want the keywords unchanged", got)
	}
}
