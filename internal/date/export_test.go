package date

// ParseTestInputs returns the texts this package's tests give Parse, the
// dates it reads and those it rejects, for the tests of package date_test.
func ParseTestInputs() []string {
	var out []string
	for _, tt := range parseTests {
		out = append(out, tt.in)
	}
	for _, tt := range errorTests {
		out = append(out, tt.in)
	}
	return append(out, fuzzSeeds...)
}
