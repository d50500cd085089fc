package country

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language/display"

	"github.com/briefsite/brief/internal/slug"
)

func TestParseEmbedded(t *testing.T) {
	if _, err := parse(countriesTSV); err != nil {
		t.Fatal(err)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		alpha2 string
		names  []string
	}{
		{"US", []string{"United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America", "the United States", "united states"}},
		{"HT", []string{"Haiti", "Haïti", "HAITI", "HT", "HTI", "Republic of Haiti"}},
		{"GB", []string{"Britain", "UK", "U.K.", "United Kingdom", "Great Britain", "GBR", "the UK"}},
		{"RU", []string{"Russia", "Russian Federation", "RU", "RUS"}},
		{"CI", []string{"Ivory Coast", "Côte d'Ivoire", "Cote d’Ivoire", "Cote dIvoire", "CIV"}},
		{"CD", []string{"DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo Kinshasa", "DR Congo", "the DRC", "Zaire"}},
		{"CG", []string{"Republic of the Congo", "Congo-Brazzaville", "Congo"}},
		{"KR", []string{"South Korea", "Republic of Korea", "Korea, Republic of", "KOR"}},
		{"KP", []string{"North Korea", "DPRK", "Democratic People's Republic of Korea"}},
		{"TR", []string{"Türkiye", "Turkiye", "Turkey", "TR", "TUR"}},
		{"CZ", []string{"Czechia", "Czech Republic"}},
		{"MK", []string{"North Macedonia", "Macedonia"}},
		{"MM", []string{"Myanmar", "Burma"}},
		{"SZ", []string{"Eswatini", "Swaziland"}},
		{"CV", []string{"Cabo Verde", "Cape Verde"}},
		{"TL", []string{"Timor-Leste", "East Timor"}},
		{"VN", []string{"Vietnam", "Viet Nam"}},
		{"LA", []string{"Laos", "Lao People's Democratic Republic"}},
		{"PS", []string{"Palestine", "State of Palestine"}},
		{"TW", []string{"Taiwan"}},
		{"IR", []string{"Iran", "Islamic Republic of Iran"}},
		{"SY", []string{"Syria", "Syrian Arab Republic"}},
		{"VE", []string{"Venezuela"}},
		{"BO", []string{"Bolivia"}},
		{"TZ", []string{"Tanzania"}},
		{"MD", []string{"Moldova"}},
		{"NL", []string{"Netherlands", "The Netherlands", "Holland"}},
		{"GM", []string{"Gambia", "The Gambia"}},
		{"AE", []string{"United Arab Emirates", "UAE"}},
		{"VA", []string{"Vatican City", "Holy See"}},
		{"VI", []string{"U.S. Virgin Islands", "US Virgin Islands"}},
		{"VG", []string{"British Virgin Islands"}},
		{"XK", []string{"Kosovo"}},
		// Codes that are also English words.
		{"IN", []string{"IN", "in", "India"}},
		{"IS", []string{"IS", "Iceland"}},
		{"IT", []string{"IT", "Italy"}},
		{"ME", []string{"ME", "Montenegro"}},
		{"NO", []string{"NO", "Norway"}},
		{"TO", []string{"TO", "Tonga"}},
		{"AT", []string{"AT", "Austria"}},
		{"BE", []string{"BE", "Belgium"}},
		{"AM", []string{"AM", "Armenia"}},
		{"AS", []string{"AS", "American Samoa"}},
		{"GO", nil}, // not a code
	}
	for _, tt := range tests {
		for _, name := range tt.names {
			c, ok := Lookup(name)
			if !ok || c.Alpha2 != tt.alpha2 {
				t.Errorf("Lookup(%q) = %q, %v; want %s", name, c.Alpha2, ok, tt.alpha2)
			}
		}
	}
	c, ok := Lookup("United States of America")
	want := Country{Name: "United States", Alpha2: "US", Alpha3: "USA"}
	if !ok || c.Name != want.Name || c.Alpha2 != want.Alpha2 || c.Alpha3 != want.Alpha3 || !slices.Contains(c.Aliases, "America") {
		t.Errorf("Lookup(United States of America) = %+v, %v", c, ok)
	}
}

func TestLookupMissing(t *testing.T) {
	for _, name := range []string{"", " ", "Atlantis", "GO", "Korea", "England", "Congo Free State", "the", "U", "USAA"} {
		if c, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %s, want not found", name, c.Alpha2)
		}
	}
}

// TestKeysUnique checks that no name, alias or code of one country has the
// same key as another, or repeats one of the same country.
func TestKeysUnique(t *testing.T) {
	seen := map[string]string{}
	for _, c := range All() {
		for _, name := range append([]string{c.Alpha2, c.Alpha3, c.Name}, c.Aliases...) {
			k := slug.Key(name)
			if prev, dup := seen[k]; dup {
				t.Errorf("%s %q: key %q already used by %s", c.Alpha2, name, k, prev)
			}
			seen[k] = c.Alpha2
		}
	}
}

func TestAll(t *testing.T) {
	all := All()
	if len(all) < 249 {
		t.Errorf("All() has %d countries, want at least 249", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b Country) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("All() is not sorted by Name")
	}
	codes := map[string]bool{}
	for _, c := range all {
		if codes[c.Alpha2] || codes[c.Alpha3] {
			t.Errorf("%s/%s: code used twice", c.Alpha2, c.Alpha3)
		}
		codes[c.Alpha2], codes[c.Alpha3] = true, true
		if got, ok := Lookup(c.Name); !ok || got.Alpha2 != c.Alpha2 {
			t.Errorf("Lookup(%q) = %s, %v; want %s", c.Name, got.Alpha2, ok, c.Alpha2)
		}
	}
	// The result belongs to the caller.
	all[0].Name = "changed"
	all[0].Aliases = append(all[0].Aliases[:0], "changed")
	if again := All(); again[0].Name == "changed" || slices.Contains(again[0].Aliases, "changed") {
		t.Error("modifying the result of All changed the table")
	}
}

func TestFlag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"US", "🇺🇸"},
		{"us", "🇺🇸"},
		{"Ht", "🇭🇹"},
		{"GB", "🇬🇧"},
		{"CD", "🇨🇩"},
		{"XK", "🇽🇰"},
		{"ZW", "🇿🇼"},
		{"", ""},
		{"U", ""},
		{"USA", ""},
		{"U1", ""},
		{"É", ""}, // two bytes, not two letters
		{"@[", ""},
		{"`{", ""},
	}
	for _, tt := range tests {
		if got := Flag(tt.in); got != tt.want {
			t.Errorf("Flag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, data string }{
		{"few fields", "US\tUSA\tUnited States\n"},
		{"bad alpha-2", "U\tUSA\tUnited States\t\n"},
		{"lower case", "us\tUSA\tUnited States\t\n"},
		{"empty name", "US\tUSA\t\t\n"},
		{"collision", "US\tUSA\tUnited States\tAmerica\nAM\tARM\tArmenia\tAmerica\n"},
		{"self collision", "US\tUSA\tUnited States\tU.S.\n"},
		{"empty key", "US\tUSA\tUnited States\t...\n"},
	}
	for _, tt := range tests {
		if _, err := parse(tt.data); err == nil {
			t.Errorf("%s: parse succeeded, want error", tt.name)
		}
	}
	tab, err := parse("# comment\n\nUS\tUSA\tUnited States\tAmerica|USA of course\r\n")
	if err != nil || len(tab.all) != 1 || len(tab.all[0].Aliases) != 2 {
		t.Errorf("parse of a valid table: %+v, %v", tab, err)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Haïti", "U.S.", "the DRC", "", "the", "Congo, Republic of the", "ж"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		c, ok := Lookup(name)
		if !ok {
			return
		}
		if again, ok := Lookup(c.Name); !ok || again.Alpha2 != c.Alpha2 {
			t.Fatalf("Lookup(%q) = %s, but Lookup(%q) = %s, %v", name, c.Alpha2, c.Name, again.Alpha2, ok)
		}
		if Flag(c.Alpha2) == "" {
			t.Fatalf("Lookup(%q) = %s, which has no flag", name, c.Alpha2)
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add("US\tUSA\tUnited States\tAmerica\n")
	f.Add("# c\nAM\tARM\tArmenia\t\r\nUS\tUSA\tUnited States\tAM\n")
	f.Fuzz(func(t *testing.T, data string) {
		tab, err := parse(data)
		if err != nil {
			return
		}
		for k, i := range tab.byKey {
			if i < 0 || i >= len(tab.all) || k == "" {
				t.Fatalf("bad index entry %q → %d", k, i)
			}
		}
	})
}

func TestLookupIn(t *testing.T) {
	for _, tt := range []struct {
		name, lang       string
		want, wantAlpha2 string
	}{
		{"États-Unis", "fr", "États-Unis", "US"},
		{"Etats Unis", "fr-HT", "États-Unis", "US"},
		{"US", "fr", "États-Unis", "US"},
		{"United States", "fr", "États-Unis", "US"},
		{"Haïti", "fr", "Haïti", "HT"},
		{"Royaume-Uni", "fr", "Royaume-Uni", "GB"},
		{"Estados Unidos", "es", "Estados Unidos", "US"},
		{"EE. UU.", "es", "Estados Unidos", "US"},
		{"EE.UU.", "es-MX", "Estados Unidos", "US"},
		{"EEUU", "es", "Estados Unidos", "US"},
		{"RD Congo", "es", "República Democrática del Congo", "CD"},
		{"Kenya", "de", "Kenia", "KE"},
		{"États-Unis", "en", "", ""}, // an English site knows English names only
		{"États-Unis", "", "", ""},
		{"Estados Unidos", "fr", "", ""},
		{"United States", "en", "United States", "US"},
		{"Haiti", "xx", "Haiti", "HT"}, // a language without names of its own
		{"Swaziland", "fr", "Eswatini", "SZ"},
		{"R.A.S. chinoise de Hong Kong", "fr", "Hong Kong", "HK"},
		{"Birmanie", "fr", "Birmanie", "MM"},
		{"Myanmar (Birmanie)", "fr", "Birmanie", "MM"},
		{"Macédoine du Nord", "fr", "Macédoine du Nord", "MK"},
		{"Grande-Bretagne", "fr", "Royaume-Uni", "GB"},
		{"République tchèque", "fr", "Tchéquie", "CZ"},
		{"Territoires palestiniens", "fr", "Palestine", "PS"},
		{"Myanmar", "es", "Birmania", "MM"},
		{"Nga", "vi", "Nga", "RU"}, // a name, not Nigeria's code NGA
		{"NGA", "en", "Nigeria", "NG"},
		// A CLDR name's bracketed part names its country when it is
		// no other's: "Мьянма (Бирма)"; but "Виргинские о-ва (США)" and
		// "Внешние малые о-ва (США)" share "США", and Hong Kong and
		// Macao "САР", "special administrative region".
		{"Бирма", "ru", "Мьянма", "MM"},
		{"بورما", "ar", "ميانمار", "MM"},
		{"בורמה", "he", "מיאנמר", "MM"},
		{"Birmanie", "fr", "Birmanie", "MM"},
		{"partie néerlandaise", "fr", "Saint-Martin (partie néerlandaise)", "SX"},
		{"Виргинские о-ва (США)", "ru", "Виргинские о-ва (США)", "VI"},
		{"США", "ru", "", ""},
		{"САР", "ru", "", ""},
		{"منطقة إدارية خاصة", "ar", "", ""},
		{"אזור מנהלי מיוחד של סין", "he", "", ""},
		{"Francie", "cs", "Francie", "FR"}, // "Svatý Martin (Francie)" is Saint Martin
		{"fr.", "sk", "Francúzsko", "FR"},  // "Svätý Martin (fr.)"
		// Nor is the part before the brackets when two countries have it:
		// pages show the whole.
		{"Виргинские о-ва (Британские)", "ru", "Виргинские о-ва (Британские)", "VG"},
		{"Виргинские о-ва", "ru", "", ""},
		{"Saint-Martin", "fr", "Saint-Martin", "MF"},
		{"Конго (Киншаса)", "bg", "Конго (Киншаса)", "CD"},
		{"Конго", "bg", "", ""},
		{"Svatý Martin", "cs", "", ""},
		{"Orilẹ́ède Kóngò", "yo", "", ""}, // CLDR's Yoruba names both Congos so
		// Names in the script the tag says, or its language usually has.
		{"美國", "zh-TW", "美國", "US"},
		{"中國", "zh-Hant", "中國", "CN"},
		{"United States", "zh-HK", "美國", "US"},
		{"美国", "zh", "美国", "US"},
		{"美国", "zh-SG", "美国", "US"},
		{"Rusija", "sr-Latn", "Rusija", "RU"},
		{"Русија", "sr", "Русија", "RU"},
		{"Russia", "uz-Arab", "Rossiya", "RU"}, // CLDR has few names in Arabic script; the usual Latin ones
		// An English site names countries as the table does, not by the
		// CLDR's older or longer English names ("Swaziland", "Turkey").
		{"Eswatini", "en", "Eswatini", "SZ"},
		{"Turkey", "en-GB", "Türkiye", "TR"},
		// A name that is also in the brackets of others' names ("SRA
		// Hongkong (Chiny)") is the country's own.
		{"Chiny", "pl", "Chiny", "CN"},
		// Names CLDR does not have, in the languages whose sites write
		// them: long official forms, usual short ones, former names.
		{"Großbritannien", "de", "Vereinigtes Königreich", "GB"},
		{"Grossbritannien", "de-CH", "Vereinigtes Königreich", "GB"},
		{"Russische Föderation", "de", "Russland", "RU"},
		{"Tschechische Republik", "de", "Tschechien", "CZ"},
		{"Weißrussland", "de", "Belarus", "BY"},
		{"BRD", "de", "Deutschland", "DE"},
		{"Elfenbeinküste", "de-AT", "Côte d’Ivoire", "CI"},
		{"Zjednoczone Królestwo", "pl", "Wielka Brytania", "GB"},
		{"Republika Czeska", "pl", "Czechy", "CZ"},
		{"Federacja Rosyjska", "pl", "Rosja", "RU"},
		{"Niderlandy", "pl", "Holandia", "NL"},
		{"Stany Zjednoczone Ameryki", "pl", "Stany Zjednoczone", "US"},
		{"RPA", "pl", "Republika Południowej Afryki", "ZA"},
		{"Gran Bretagna", "it", "Regno Unito", "GB"},
		{"Repubblica Ceca", "it", "Cechia", "CZ"},
		{"Federazione Russa", "it", "Russia", "RU"},
		{"Olanda", "it", "Paesi Bassi", "NL"},
		{"Stati Uniti d'America", "it", "Stati Uniti", "US"},
		{"Stati Uniti d’America", "it-CH", "Stati Uniti", "US"},
		{"Groot-Brittannië", "nl", "Verenigd Koninkrijk", "GB"},
		{"Wit-Rusland", "nl", "Belarus", "BY"},
		{"Verenigde Staten van Amerika", "nl", "Verenigde Staten", "US"},
		{"VS", "nl", "Verenigde Staten", "US"},
		{"VK", "nl-BE", "Verenigd Koninkrijk", "GB"},
		// An abbreviation is a name in its own language only.
		{"VS", "de", "", ""},
		{"VS", "en", "", ""},
		{"VK", "it", "", ""},
		{"BRD", "nl", "", ""},
		{"Großbritannien", "nl", "", ""},
		{"US", "nl", "Verenigde Staten", "US"},
		// Pages name a country as it is now called, not by CLDR's
		// older or longer name.
		{"Macedonia", "pl", "Macedonia Północna", "MK"},
		{"Suazi", "pl", "Eswatini", "SZ"},
		{"SRA Hongkong", "pl", "Hongkong", "HK"},
		{"Repubblica di Macedonia", "it", "Macedonia del Nord", "MK"},
		{"Swaziland", "it", "Eswatini", "SZ"},
		{"RAS di Hong Kong", "it", "Hong Kong", "HK"},
		{"Congo - Kinshasa", "it", "Repubblica Democratica del Congo", "CD"},
		{"Macedonië", "nl", "Noord-Macedonië", "MK"},
		{"Swaziland", "nl", "Eswatini", "SZ"},
		{"Hongkong SAR van China", "nl", "Hongkong", "HK"},
	} {
		c, ok := LookupIn(tt.name, tt.lang)
		if ok != (tt.want != "") || c.Name != tt.want || c.Alpha2 != tt.wantAlpha2 {
			t.Errorf("LookupIn(%q, %q) = %q %q %v, want %q %q", tt.name, tt.lang, c.Name, c.Alpha2, ok, tt.want, tt.wantAlpha2)
		}
	}
	// Nor is a qualifier another country's alias: Spanish "RAE de Hong
	// Kong (China)" is not China.
	if c, _ := LookupIn("HK", "es"); slices.Contains(c.Aliases, "China") {
		t.Errorf("Spanish Hong Kong has aliases %q, China among them", c.Aliases)
	}
	c, _ := LookupIn("US", "fr")
	if !slices.Contains(c.Aliases, "United States") {
		t.Errorf("the French United States has aliases %q, without its English name", c.Aliases)
	}
	// Every line of local.tsv names a country in a language with names.
	for _, line := range strings.Split(localTSV, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if len(f) != 3 || local(f[0]) == nil {
			t.Fatalf("local.tsv: bad line %q", line)
		}
		first, _, _ := strings.Cut(f[2], "|")
		if c, ok := LookupIn(first, f[0]); !ok || c.Alpha2 != f[1] || c.Name != first {
			t.Errorf("local.tsv: %q in %s is %q %s", first, f[0], c.Name, c.Alpha2)
		}
		// Each of its names finds it, none another country's code or
		// name.
		for _, n := range strings.Split(f[2], "|") {
			if c, ok := LookupIn(n, f[0]); !ok || c.Alpha2 != f[1] {
				t.Errorf("local.tsv: %q in %s is %q %s, want %s", n, f[0], c.Name, c.Alpha2, f[1])
			}
		}
	}
	all := AllIn("fr")
	if len(all) != len(All()) || !slices.IsSortedFunc(all, func(a, b Country) int { return strings.Compare(slug.Key(a.Name), slug.Key(b.Name)) }) {
		t.Errorf("AllIn(fr): %d countries, sorted %v", len(all), slices.IsSortedFunc(all, func(a, b Country) int { return strings.Compare(slug.Key(a.Name), slug.Key(b.Name)) }))
	}
	if i := slices.IndexFunc(all, func(c Country) bool { return c.Alpha2 == "DE" }); i < 0 || all[i].Name != "Allemagne" {
		t.Errorf("AllIn(fr) has no Allemagne")
	}
}

// TestLocalNamesUnique checks that in every language with names of its
// own no two countries are named alike: each has a page of its own.
func TestLocalNamesUnique(t *testing.T) {
	checked := map[*localTable]bool{}
	for _, tag := range display.Supported.Tags() {
		lt := local(tag.String())
		if lt == nil || checked[lt] {
			continue
		}
		checked[lt] = true
		seen := map[string]string{}
		for i, c := range load().all {
			c = lt.localise(c, i)
			k := slug.Key(c.Name)
			if prev, dup := seen[k]; dup {
				t.Errorf("%s: %s and %s are both %q", tag, prev, c.Alpha2, c.Name)
			}
			seen[k] = c.Alpha2
		}
	}
}

// TestProfileOf checks which country a profile is of: its name's, else
// its first alias's that names one, in English or the site's language.
func TestProfileOf(t *testing.T) {
	for _, tc := range []struct {
		name    string
		aliases []string
		lang    string
		want    string // Alpha2, "" for none
	}{
		{"USA", nil, "en", "US"},
		{"Nairobi desk", []string{"Bureau", "Kenya", "Haiti"}, "en", "KE"},
		{"Kenya", []string{"Haiti"}, "en", "KE"},
		{"États-Unis", nil, "fr", "US"},
		{"Nairobi desk", []string{"Bureau"}, "en", ""},
	} {
		c, ok := ProfileOf(tc.name, tc.aliases, tc.lang)
		if got := map[bool]string{true: c.Alpha2}[ok]; got != tc.want {
			t.Errorf("ProfileOf(%q, %q, %q) = %q, want %q", tc.name, tc.aliases, tc.lang, got, tc.want)
		}
	}
}
