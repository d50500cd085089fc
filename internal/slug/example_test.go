package slug_test

import (
	"fmt"

	"github.com/briefsite/brief/internal/slug"
)

func ExampleMake() {
	fmt.Println(slug.Make("Jovenel Moïse"))
	fmt.Println(slug.Make("Владимир Путин"))
	fmt.Println(slug.Make("U.S. & Haiti"))
	// Output:
	// jovenel-moise
	// владимир-путин
	// us-and-haiti
}

func ExampleKey() {
	fmt.Println(slug.Key("Sing’oei") == slug.Key("SINGOEI"), slug.Key("US") == slug.Key("USA"))
	// Output: true false
}

func ExampleUnique() {
	taken := map[string]bool{"haiti": true, "haiti-2": true}
	fmt.Println(slug.Unique("haiti", func(s string) bool { return taken[s] }))
	// Output: haiti-3
}
