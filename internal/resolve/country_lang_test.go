package resolve

import (
	"strings"
	"testing"
)

// TestCountriesInTheSiteLanguage checks that a French site knows
// countries by their French names as well as their English ones and
// codes, names them in French, and that an English site does not.
func TestCountriesInTheSiteLanguage(t *testing.T) {
	briefs := map[string]string{
		"content/briefs/a.md": "---\ntitle: A\ndate: 2024\ncountries: [États-Unis, Haïti]\n---\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2024\ncountries: [US, United States, Haiti]\n---\n",
	}
	for _, tc := range []struct{ language, want string }{
		{"fr", "États-Unis/etats-unis/US/United States Haïti/haiti/HT/"},                  // Haiti: Haïti without its accent
		{"en", "États-Unis/etats-unis// Haiti/haiti/HT/ United States/united-states/US/"}, // États-Unis: a country of its own
	} {
		files := map[string]string{"brief.yaml": "language: " + tc.language + "\n"}
		for k, v := range briefs {
			files[k] = v
		}
		s, _ := resolveMap(t, files)
		var got []string
		for _, c := range s.Countries {
			got = append(got, c.Name+"/"+c.Slug+"/"+c.Code+"/"+strings.Join(c.Aliases, ","))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: countries %q, want %q", tc.language, strings.Join(got, " "), tc.want)
		}
	}
}

// TestCountryProfilesOfOneCountry checks that two profiles of one
// country, by names in two languages, are warned of.
func TestCountryProfilesOfOneCountry(t *testing.T) {
	_, ds := resolveMap(t, map[string]string{
		"brief.yaml":                 "language: fr\n",
		"content/countries/usa.md":   "---\nname: United States\n---\n",
		"content/countries/etats.md": "---\nname: États-Unis\n---\n",
		"content/countries/kenya.md": "---\nname: Kenya\n---\n",
		"content/briefs/a.md":        "---\ntitle: A\ndate: 2024\ncountries: [US, Kenya]\nsources: [{title: S}]\n---\n",
	})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := `content/countries/usa.md:2:7: warning: country profile "United States" is the same country as "États-Unis" (content/countries/etats.md, US): briefs naming it are split between the two; keep one profile, with the other's names among its aliases`
	if len(got) != 1 || got[0] != want {
		t.Errorf("diagnostics %q, want [%q]", got, want)
	}
}
