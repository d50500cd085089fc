package date

import "testing"

// TestGermanHints checks what Parse tells a date in German to be written
// as, which it does not read, and that a German site's Reader tells its
// own words instead.
func TestGermanHints(t *testing.T) {
	const why = "; brief reads dates in English, French and Spanish, not in German"
	for _, tt := range []struct{ in, msg string }{
		{"Ende 2024", `unknown word "Ende"; write "late 2024"` + why},
		{"Anfang März 2024", `unknown word "Anfang"; write "early March 2024"` + why},
		{"Mitte Juni 2024", `unknown word "Mitte"; write "mid-June 2024"` + why},
		{"Ende Mai 2024", `unknown word "Ende"; write "late May 2024"` + why},
		{"Frühjahr 2024", `unknown word "Frühjahr"; write "spring 2024"` + why},
		{"FRÜHLING 2024", `unknown word "FRÜHLING"; write "spring 2024"` + why},
		{"Sommer 2024", `unknown word "Sommer"; write "summer 2024"` + why},
		{"Herbst 2024", `unknown word "Herbst"; write "autumn 2024"` + why},
		{"im Frühjahr 2024", `unknown word "im"; write "spring 2024"` + why},
		{"Januar 2024", `unknown word "Januar"; write "January 2024"` + why},
		{"Maerz 2024", `unknown word "Maerz"; write "March 2024"` + why},
		{"3. März 2025", `unknown word "März"; write "3 March 2025"` + why},
		{"Okt. 2024", `unknown word "Okt."; write "October 2024"` + why},
		{"3. Dezember 2024, 14:00", `unknown word "Dezember"; write "3 December 2024, 14:00 UTC"` + why},
		// Not a date word for word: the word to write.
		{"Herbst", `unknown word "Herbst"; write "autumn" for "Herbst"` + why + `, but "autumn" is no date either: missing year`},
		{"Frühjahr 2024/25", `unknown word "Frühjahr"; write "spring" for "Frühjahr"` + why +
			`, but "spring 2024/25" is no date either: only winter runs from one year into the next; write "spring 2024" or "spring 2025"`},
		{"Herbst 2024 bis", `unknown word "Herbst"; write "autumn" for "Herbst"` + why}, // "bis" is no English either
		// Words Parse does not tell.
		{"seit März 2024", `unknown word "seit"`},
	} {
		_, err := Parse(tt.in)
		if pe, ok := err.(*ParseError); !ok || pe.Msg != tt.msg {
			t.Errorf("Parse(%q) error %v, want %q", tt.in, err, tt.msg)
		}
	}
	// Dates Parse reads, in French or English words German shares.
	for in, want := range map[string]string{"Mai 2024": "2024-05", "21. Mai 2024": "2024-05-21", "November 2024": "2024-11", "Winter 2024": "2024-24"} {
		if d, err := Parse(in); err != nil || d.String() != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, d.String(), err, want)
		}
	}
	_, err := NewReader(siteLanguages["de"], nil).Parse("Frühjahr 2024")
	if pe, ok := err.(*ParseError); !ok || pe.Msg == `unknown word "Frühjahr"; write "spring 2024"`+why {
		t.Errorf("a German site's Reader: %v, want its own words told", err)
	}
}
