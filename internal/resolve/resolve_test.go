package resolve

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

func resolveMap(t *testing.T, files map[string]string) (*site.Site, []diag.Diagnostic) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	var diags diag.List
	s := load.Load(fsys, load.Options{}, &diags)
	Resolve(s, &diags)
	return s, diags.Sorted()
}

func TestAliasClash(t *testing.T) {
	_, ds := resolveMap(t, map[string]string{
		"content/actors/a.md": "---\nname: Alpha Group\naliases: [AG]\n---\n",
		"content/actors/b.md": "---\nname: Another Group\naliases: [A.G.]\n---\n",
	})
	var at []string
	for _, d := range ds {
		if d.Severity == diag.Error && strings.Contains(d.Msg, "already claimed") || strings.Contains(d.Msg, "also claimed") {
			at = append(at, d.Pos.String())
		}
	}
	want := []string{"content/actors/a.md:3:11", "content/actors/b.md:3:11"}
	if strings.Join(at, " ") != strings.Join(want, " ") {
		t.Errorf("alias clash reported at %v, want both positions %v (all: %v)", at, want, ds)
	}
}

// TestNameClash checks that two profiles of one name are reported at
// their name lines.
func TestNameClash(t *testing.T) {
	_, ds := resolveMap(t, map[string]string{
		"content/actors/a.md": "---\n# a comment\nname: Alpha Group\n---\n",
		"content/actors/b.md": "---\nkind: force\nname: alpha group\n---\n",
	})
	var at []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "claimed") {
			at = append(at, d.Pos.String())
		}
	}
	want := []string{"content/actors/a.md:3:7", "content/actors/b.md:3:7"}
	if strings.Join(at, " ") != strings.Join(want, " ") {
		t.Errorf("name clash reported at %v, want %v (all: %v)", at, want, ds)
	}
}

// TestReservedSlugs checks that no profile takes the slug of a list page
// in its kind's directory, whether a brief names it or a file holds it.
func TestReservedSlugs(t *testing.T) {
	s, ds := resolveMap(t, map[string]string{
		"content/briefs/one.md":       "---\ntitle: One\nactors: [By Briefs]\ntopics: [By briefs]\nsources: [{title: S}]\n---\n",
		"content/topics/by-briefs.md": "---\nname: By briefs\n---\n",
	})
	for _, list := range [][]*site.Entity{s.Actors, s.Topics} {
		if len(list) != 1 || list[0].Slug != "by-briefs-2" {
			t.Errorf("entities %v, want one with slug by-briefs-2", list)
		}
	}
	var warned []string
	for _, d := range ds {
		if d.Severity == diag.Warning {
			warned = append(warned, d.String())
		}
	}
	want := "content/topics/by-briefs.md: warning: topics/by-briefs/ lists the topics by number of briefs; this profile is topics/by-briefs-2/"
	if !slices.Contains(warned, want) {
		t.Errorf("warnings %q lack %q", warned, want)
	}
}

func TestNamesResolve(t *testing.T) {
	s, ds := resolveMap(t, map[string]string{
		"content/briefs/one.md":  "---\ntitle: One\ndate: 2024\nactors: [sing'oei, UN Security Council]\ncountries: [US, Côte d'Ivoire]\nsources: [{title: S}]\n---\n",
		"content/briefs/two.md":  "---\ntitle: Two\ndate: 2024-05\nactors: [SINGOEI, Security Council]\ncountries: [U.S., Ivory Coast, Atlantis]\nsources: [{title: S}]\n---\n",
		"content/actors/s.md":    "---\nname: Singoei\n---\n",
		"content/actors/unsc.md": "---\nname: UN Security Council\naliases: [Security Council]\n---\n",
	})
	for _, d := range ds {
		if d.Severity == diag.Error {
			t.Errorf("unexpected %v", d)
		}
	}
	if len(s.Actors) != 2 {
		t.Errorf("%d actors, want 2: %v", len(s.Actors), names(s.Actors))
	}
	if got := names(s.Countries); got != "Atlantis, Côte d'Ivoire, United States" {
		t.Errorf("countries = %s", got)
	}
	for _, c := range s.Countries {
		if len(c.Briefs) == 0 || (c.Name != "Atlantis" && c.Flag == "") {
			t.Errorf("country %s: %d briefs, flag %q", c.Name, len(c.Briefs), c.Flag)
		}
	}
	if s.Briefs[0].Title != "Two" {
		t.Errorf("briefs not newest first: %s first", s.Briefs[0].Title)
	}
	if len(s.Sources) != 1 || len(s.Sources[0].Briefs) != 2 {
		t.Errorf("sources not merged: %+v", s.Sources)
	}
	if tg, ok := s.Names["security council"]; !ok || tg.Entity == nil || tg.Entity.Name != "UN Security Council" {
		t.Errorf("name table lacks the alias: %+v", tg)
	}
}

// TestMisspellingWarning checks which names without a profile are taken
// for misspellings, and of what: another name of the site, or, for a
// country brief does not know, a country it knows; a country near none
// is warned of as unknown.
func TestMisspellingWarning(t *testing.T) {
	for _, tc := range []struct {
		name, front string
		profiles    map[string]string
		want        []string
	}{
		{"actor", "actors: [Wiliam Ruto]", map[string]string{"content/actors/r.md": "---\nname: William Ruto\n---\n"},
			[]string{`content/briefs/one.md:4:1: actor "Wiliam Ruto" has no profile and looks like a misspelling of "William Ruto"; if it is another actor, give it a profile`}},
		{"swapped letters", "actors: [Wiliam Rtuo]", map[string]string{"content/actors/r.md": "---\nname: William Ruto\n---\n"},
			[]string{`content/briefs/one.md:4:1: actor "Wiliam Rtuo" has no profile and looks like a misspelling of "William Ruto"; if it is another actor, give it a profile`}},
		// Of names as near, those with profiles, all told; not another name only briefs give.
		{"two profiles as near", "actors: [Peter Mwangii, Peter Mwangiie]", map[string]string{"content/actors/a.md": "---\nname: Peter Mwangi\n---\n", "content/actors/b.md": "---\nname: Peter Mwangie\n---\n"},
			[]string{`content/briefs/one.md:4:1: actor "Peter Mwangii" has no profile and looks like a misspelling of "Peter Mwangi" or "Peter Mwangie"; if it is another actor, give it a profile`,
				`content/briefs/one.md:4:1: actor "Peter Mwangiie" has no profile and looks like a misspelling of "Peter Mwangie"; if it is another actor, give it a profile`}},
		{"a profile before a name briefs give", "actors: [Viv Ansam, Viv Ansamn]", map[string]string{"content/actors/v.md": "---\nname: Viv Ansanm\n---\n"},
			[]string{`content/briefs/one.md:4:1: actor "Viv Ansam" has no profile and looks like a misspelling of "Viv Ansanm"; if it is another actor, give it a profile`,
				`content/briefs/one.md:4:1: actor "Viv Ansamn" has no profile and looks like a misspelling of "Viv Ansanm"; if it is another actor, give it a profile`}},
		{"a people's irregular word", "countries: [Dominican, Nigerien, British]", nil, []string{
			`content/briefs/one.md:4:1: country "Dominican" has no profile, and is not a country's name but may be the word for its people: write "Dominican Republic" or "Dominica"`,
			`content/briefs/one.md:4:1: country "Nigerien" has no profile, and is not a country's name but may be the word for its people: write "Niger"`,
			`content/briefs/one.md:4:1: country "British" has no profile, and is not a country's name but may be the word for its people: write "United Kingdom"`,
		}},
		{"a people's word", "countries: [Kenyan, Haitian, Canadian, Sudanese, Nigerian, Keny]", nil, []string{
			`content/briefs/one.md:4:1: country "Kenyan" has no profile, and is not a country's name but may be the word for its people: write "Kenya"`,
			`content/briefs/one.md:4:1: country "Haitian" has no profile, and is not a country's name but may be the word for its people: write "Haiti"`,
			`content/briefs/one.md:4:1: country "Canadian" has no profile, and is not a country's name but may be the word for its people: write "Canada"`,
			`content/briefs/one.md:4:1: country "Sudanese" has no profile, and is not a country's name but may be the word for its people: write "Sudan"`,
			`content/briefs/one.md:4:1: country "Nigerian" has no profile, and is not a country's name but may be the word for its people: write "Nigeria"`,
			`content/briefs/one.md:4:1: country "Keny" has no profile and looks like a misspelling of "Kenya"`,
		}},
		{"profile of its own", "actors: [Wiliam Ruto]", map[string]string{"content/actors/r.md": "---\nname: William Ruto\n---\n", "content/actors/w.md": "---\nname: Wiliam Ruto\n---\n"}, nil},
		{"country brief knows", "countries: [Keyna, Untied States, Hiati]", nil, []string{
			`content/briefs/one.md:4:1: country "Keyna" has no profile and looks like a misspelling of "Kenya"`,
			`content/briefs/one.md:4:1: country "Untied States" has no profile and looks like a misspelling of "United States"`,
			`content/briefs/one.md:4:1: country "Hiati" has no profile and looks like a misspelling of "Haiti"`,
		}},
		{"country alias", "countries: [Ivory Coats]", nil,
			[]string{`content/briefs/one.md:4:1: country "Ivory Coats" has no profile and looks like a misspelling of "Côte d'Ivoire"`}},
		{"site's country first", "countries: [Kenyx, Kenyz]", nil, // both one edit from Kenya too
			[]string{`content/briefs/one.md:4:1: country "Kenyx" has no profile, nor has "Kenyz", a letter or two away; if they are one country, spell it one way (or give it a profile)`,
				`content/briefs/one.md:4:1: country "Kenyz" has no profile, nor has "Kenyx", a letter or two away; if they are one country, spell it one way (or give it a profile)`}},
		{"neither has a profile", "actors: [European Commission, European Comission]", nil,
			[]string{`content/briefs/one.md:4:1: actor "European Commission" has no profile, nor has "European Comission", a letter or two away; if they are one actor, spell it one way (or give it a profile)`,
				`content/briefs/one.md:4:1: actor "European Comission" has no profile, nor has "European Commission", a letter or two away; if they are one actor, spell it one way (or give it a profile)`}},
		{"country far from any", "countries: [Atlantis, Somaliland]", nil, []string{
			`content/briefs/one.md:4:1: country "Atlantis" is not one brief knows, and has no profile: check the spelling, or give it one in content/countries/atlantis.md`,
			`content/briefs/one.md:4:1: country "Somaliland" is not one brief knows, and has no profile: check the spelling, or give it one in content/countries/somaliland.md`,
		}},
		{"short country", "countries: [Hati]", nil,
			[]string{`content/briefs/one.md:4:1: country "Hati" has no profile and looks like a misspelling of "Haiti"`}},
		{"country with a profile", "countries: [Keyna]", map[string]string{"content/countries/k.md": "---\nname: Keyna\n---\n"}, nil},
		{"known country", "countries: [Kenya, Niger, Nigeria]", nil, nil},
		{"too short", "topics: [Aid, Aim, Fuel, Feul]", nil, nil},
		// Two edits in a name of six letters are a third of it: another name.
		{"two edits in a short name", "actors: [Hamdok]", map[string]string{"content/actors/h.md": "---\nname: Hamdan\n---\n"}, nil},
		{"topic", "topics: [Electoin]", map[string]string{"content/topics/e.md": "---\nname: Election\n---\n"},
			[]string{`content/briefs/one.md:4:1: topic "Electoin" has no profile and looks like a misspelling of "Election"; if it is another topic, give it a profile`}},
		{"a people's word in -i", "countries: [Iraqi]", nil,
			[]string{`content/briefs/one.md:4:1: country "Iraqi" has no profile, and is not a country's name but may be the word for its people: write "Iraq"`}},
		// A known country nearer than the name another brief gives is the
		// one named; that name, which has no profile either, is not.
		{"a known country nearer", "countries: [Untied States, Untied Stat]", nil, []string{
			`content/briefs/one.md:4:1: country "Untied States" has no profile and looks like a misspelling of "United States"`,
			`content/briefs/one.md:4:1: country "Untied Stat" has no profile, nor has "Untied States", a letter or two away; if they are one country, spell it one way (or give it a profile)`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"content/briefs/one.md": "---\ntitle: One\ndate: 2024\n" + tc.front + "\nsources: [{title: S}]\n---\n"}
			maps.Copy(files, tc.profiles)
			_, ds := resolveMap(t, files)
			var got []string
			for _, d := range ds {
				if strings.Contains(d.Msg, "misspelling") || strings.Contains(d.Msg, "spell it one way") || strings.Contains(d.Msg, "not one brief knows") || strings.Contains(d.Msg, "word for its people") {
					got = append(got, fmt.Sprintf("%s:%d:1: %s", d.Pos.File, d.Pos.Line, d.Msg))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestTimelineOrder(t *testing.T) {
	s, _ := resolveMap(t, map[string]string{
		"content/briefs/a.md": "---\ntitle: A\ndate: 2024-03-05\nsources: [{title: S}]\nevents:\n  - {date: 2024, text: year}\n  - {date: 2024-03, text: month}\n  - {date: late 2023, text: late}\n---\n",
	})
	var got []string
	for _, e := range s.Timeline {
		got = append(got, e.Text)
	}
	if want := "late year month A"; strings.Join(got, " ") != want {
		t.Errorf("timeline order %v, want %s (less precise first within a span)", got, want)
	}
}

func names(es []*site.Entity) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return strings.Join(out, ", ")
}

// TestNamesOrder checks whom a name shared by two kinds leads to: an
// actor before a topic, a country before a topic, each under its kind's
// key too, and a brief whose slug another name has by its brief key.
func TestNamesOrder(t *testing.T) {
	s, _ := resolveMap(t, map[string]string{
		"content/briefs/sudan.md":  "---\ntitle: War in Sudan\ndate: 2024\ncountries: [Sudan]\ntopics: [Sudan, Wagner]\nactors: [Wagner]\nsources: [{title: S}]\n---\n",
		"content/topics/sudan.md":  "---\nname: Sudan\n---\n",
		"content/topics/wagner.md": "---\nname: Wagner\n---\n",
	})
	for key, want := range map[string]string{
		"sudan":                             "country sudan",
		"wagner":                            "actor wagner",
		site.KindKey(site.Topic, "sudan"):   "topic sudan",
		site.KindKey(site.Country, "sudan"): "country sudan",
		site.KindKey(site.Topic, "wagner"):  "topic wagner",
		site.BriefKey("sudan"):              "sudan",
		slug.Key("War in Sudan"):            "sudan",
	} {
		got := ""
		switch tg, ok := s.Names[key]; {
		case !ok:
		case tg.Brief != nil:
			got = tg.Brief.Slug
		default:
			got = tg.Entity.Kind.Singular() + " " + tg.Entity.Slug
		}
		if got != want {
			t.Errorf("Names[%q] = %q, want %q", key, got, want)
		}
	}
}

// TestRelatedWithoutTopics checks that a profile's related entities are
// the actors and countries it shares briefs with, most first, and never
// topics.
func TestRelatedWithoutTopics(t *testing.T) {
	s, _ := resolveMap(t, map[string]string{
		"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nactors: [William Ruto, Garry Conille]\ncountries: [Kenya]\ntopics: [Deployment]\nsources: [{title: S}]\n---\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2024\nactors: [William Ruto]\ncountries: [Kenya]\ntopics: [Deployment]\nsources: [{title: S}]\n---\n",
	})
	for _, a := range s.Actors {
		if a.Name != "William Ruto" {
			continue
		}
		var got []string
		for _, w := range a.Related {
			got = append(got, fmt.Sprintf("%s %d", w.Entity.Name, w.Count))
		}
		if want := "Kenya 2, Garry Conille 1"; strings.Join(got, ", ") != want {
			t.Errorf("related of William Ruto = %q, want %q", strings.Join(got, ", "), want)
		}
	}
}

// TestDefaults checks the settings a site file may leave out: the title,
// the language, and a slash after the base URL, which stays empty when
// none is given.
func TestDefaults(t *testing.T) {
	for _, tc := range []struct{ in, want site.Config }{
		{site.Config{}, site.Config{Title: "Briefing", Language: "en"}},
		{site.Config{Title: "T", Language: "fr", BaseURL: "https://x.org/repo"}, site.Config{Title: "T", Language: "fr", BaseURL: "https://x.org/repo/"}},
		{site.Config{BaseURL: "https://x.org/"}, site.Config{Title: "Briefing", Language: "en", BaseURL: "https://x.org/"}},
	} {
		c := tc.in
		defaults(&c)
		if c.Title != tc.want.Title || c.Language != tc.want.Language || c.BaseURL != tc.want.BaseURL {
			t.Errorf("defaults(%q, %q, %q) = %q, %q, %q; want %q, %q, %q", tc.in.Title, tc.in.Language, tc.in.BaseURL, c.Title, c.Language, c.BaseURL, tc.want.Title, tc.want.Language, tc.want.BaseURL)
		}
	}
}

// TestOldSlugNames checks that a brief's old slug, kept as an alias,
// leads wikilinks to the brief, unless another name has it; aliases that
// are other paths name nothing.
func TestOldSlugNames(t *testing.T) {
	s, _ := resolveMap(t, map[string]string{
		"content/briefs/renamed.md": "---\ntitle: Renamed\ndate: 2024-01-02\naliases: [old-name, briefs/older-name/, other, news/renamed/, briefs/archive/old-one/, kenya]\n---\n",
		"content/briefs/other.md":   "---\ntitle: Other\ndate: 2024-01-01\ncountries: [Kenya]\n---\n",
	})
	for key, want := range map[string]string{"old-name": "renamed", "older-name": "renamed", "other": "other", "kenya": "country kenya", "renamed": "renamed"} {
		got := ""
		switch tg, ok := s.Names[slug.Key(key)]; {
		case !ok:
		case tg.Brief != nil:
			got = tg.Brief.Slug
		default:
			got = tg.Entity.Kind.Singular() + " " + tg.Entity.Slug
		}
		if got != want {
			t.Errorf("Names[%q] = %q, want %q", key, got, want)
		}
	}
	for _, p := range []string{"news/renamed", "archive/old-one"} {
		if _, ok := s.Names[slug.Key(p)]; ok {
			t.Errorf("alias %s, not a brief's page, names something", p)
		}
	}
}

// TestSourceWarnings checks the warnings of sources apart that share a
// URL, and of a source cited in full and in short, and that citations
// that differ in their notes alone, each its brief's, are not warned of.
func TestSourceWarnings(t *testing.T) {
	_, ds := resolveMap(t, map[string]string{
		"content/briefs/a.md": "---\ntitle: A\ndate: 2025-02\nsources:\n  - {title: Dam report, publisher: Accra Ledger, url: \"https://x.org/a\"}\n  - {title: Other, note: One.}\n---\n",
		"content/briefs/b.md": "---\ntitle: B\ndate: 2025-01\nsources:\n  - {title: Dam report, publisher: The Accra Ledger, url: \"https://x.org/a\", date: 2025-01}\n  - {title: other, note: Two.}\n  - {title: Same, url: \"https://x.org/s\"}\n---\n",
		"content/briefs/c.md": "---\ntitle: C\ndate: 2024\nsources:\n  - {title: same, url: \"https://x.org/s\"}\n  - {title: Other}\n---\n",
		"content/briefs/d.md": "---\ntitle: D\ndate: 2024\nsources:\n  - {title: Vote, publisher: Le Nouvelliste, url: \"https://x.org/v\"}\n  - {title: Vote, publisher: Nouvelliste, url: \"http://www.x.org/v/?utm_source=feed\"}\n---\n",
		// Cited in full, then in short; a briefing cited twice in full
		// on two days is two sources, and its short citation could be
		// either.
		"content/briefs/e.md": "---\ntitle: E\ndate: 2024\nsources:\n  - {title: Tanker boarded, publisher: Wire A, date: 2026-11-24, url: \"https://x.org/t\"}\n  - {title: Briefing, publisher: UN, date: 2026-11-01}\n  - {title: Briefing, publisher: UN, date: 2026-11-02}\n---\n",
		"content/briefs/f.md": "---\ntitle: F\ndate: 2024\nsources:\n  - {title: Tanker Boarded, publisher: Wire A}\n  - {title: Tanker boarded, publisher: Wire B}\n  - {title: Briefing, publisher: UN}\n---\n",
		// A report given its author in one brief alone.
		"content/briefs/g.md": "---\ntitle: G\ndate: 2024\nsources:\n  - {title: The Report, publisher: UN, date: 2024-05}\n---\n",
		"content/briefs/h.md": "---\ntitle: H\ndate: 2024\nsources:\n  - {title: The Report, author: J. Doe, publisher: UN, date: 2024-05}\n---\n",
	})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		// The source listed first (the dated one) is the one named.
		`content/briefs/a.md:5:5: warning: this source's url is also that of "Dam report" (The Accra Ledger, January 2025), cited at content/briefs/b.md:5; they differ in publisher ("Accra Ledger" and "The Accra Ledger"), date (none and "January 2025"), so the sources page lists two: write them alike`,
		`content/briefs/d.md:6:5: warning: this source's url differs only in form from that of "Vote" (Le Nouvelliste), cited at content/briefs/d.md:5; they differ in publisher ("Nouvelliste" and "Le Nouvelliste"), url ("http://www.x.org/v/?utm_source=feed" and "https://x.org/v"), so the sources page lists two: write them alike`,
		`content/briefs/f.md:5:5: warning: this source gives no date and url, as "Tanker boarded" (Wire A, 24 November 2026), cited at content/briefs/e.md:5, does: if it is that source, give them here too; the sources page lists two`,
		`content/briefs/f.md:7:5: warning: this source gives no date, as two sources of its title do ("Briefing" (UN, 1 November 2026), cited at content/briefs/e.md:6; "Briefing" (UN, 2 November 2026), cited at content/briefs/e.md:7): if it is one of them, give it here too; the sources page lists three`,
		`content/briefs/g.md:5:5: warning: this source gives no author, as "The Report" (J. Doe, UN, May 2024), cited at content/briefs/h.md:5, does: if it is that source, give it here too; the sources page lists two`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
