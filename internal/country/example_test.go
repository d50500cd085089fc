package country_test

import (
	"fmt"

	"github.com/briefsite/brief/internal/country"
)

func ExampleLookup() {
	for _, name := range []string{"Haïti", "U.S.", "Ivory Coast", "Atlantis"} {
		c, ok := country.Lookup(name)
		fmt.Println(name, "→", c.Alpha2, c.Name, ok)
	}
	// Output:
	// Haïti → HT Haiti true
	// U.S. → US United States true
	// Ivory Coast → CI Côte d'Ivoire true
	// Atlantis →   false
}

func ExampleFlag() {
	fmt.Println(country.Flag("ht"), country.Flag("USA") == "")
	// Output: 🇭🇹 true
}
