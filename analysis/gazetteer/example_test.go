package gazetteer_test

import (
	"fmt"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
)

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, s := range []string{"Tehran", "Americans", "IAEA", "Downing Street"} {
		e, _ := g.Lookup(s)
		fmt.Printf("%s: %s (%v, %v)\n", s, e.Name, e.Kind, e.Form)
	}
	// Output:
	// Tehran: Iran (country, capital)
	// Americans: United States (country, people)
	// IAEA: International Atomic Energy Agency (organization, abbreviation)
	// Downing Street: United Kingdom (country, metonym)
}

func ExampleGazetteer_LookupFold() {
	e, ok := gazetteer.Default().LookupFold("Nato’s")
	fmt.Println(e.Name, ok)
	// Output:
	// North Atlantic Treaty Organisation true
}
