package render_test

import (
	"html/template"
	"strings"
	"testing"
	"testing/fstest"
)

// TestListDescriptions checks that the lists of entities and sources and
// the search page are described, for search engines and link previews,
// by the sentence they show under their title, in the site's language.
func TestListDescriptions(t *testing.T) {
	for _, tc := range []struct {
		language string
		want     map[string]string // description by page
	}{
		{"en", map[string]string{
			"actors/index.html":              "The people, forces and organisations the briefs name.",
			"actors/by-briefs/index.html":    "The people, forces and organisations the briefs name.",
			"countries/index.html":           "The countries the briefs concern.",
			"countries/by-briefs/index.html": "The countries the briefs concern.",
			"topics/index.html":              "The themes the briefs are filed under.",
			"topics/by-briefs/index.html":    "The themes the briefs are filed under.",
			"sources/by-briefs/index.html":   "Every source the briefs rest on, the most cited first, with the number of briefs that cite it.",
			"search/index.html":              "Search briefs, actors, countries and topics",
		}},
		{"fr", map[string]string{
			"actors/index.html":              "Les personnes, forces et organisations que nomment les notes.",
			"countries/by-briefs/index.html": "Les pays que concernent les notes.",
			"topics/index.html":              "Les thèmes sous lesquels les notes sont classées.",
			"sources/by-briefs/index.html":   "Toutes les sources sur lesquelles reposent les notes, les plus citées d’abord, avec le nombre de notes qui les citent.",
			"search/index.html":              "Rechercher des notes, acteurs, pays et thèmes",
		}},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte("title: T\nlanguage: " + tc.language + "\n")},
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2025-05\nactors: [UN]\ncountries: [Brazil]\ntopics: [Aid]\nsources: [S]\n---\nText.\n")},
		}
		files := buildFiles(t, fsys)
		for name, desc := range tc.want {
			page := string(files[name])
			d := template.HTMLEscapeString(desc)
			for _, w := range []string{`<meta name="description" content="` + d + `">`, `<meta property="og:description" content="` + d + `">`} {
				if !strings.Contains(page, w) {
					t.Errorf("%s: %s lacks %s", tc.language, name, w)
				}
			}
		}
	}
}
