package render_test

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestProfileDescription checks the description of a profile made from
// mentions alone: a sentence that starts with a capital, in the site's
// words.
func TestProfileDescription(t *testing.T) {
	for _, tc := range []struct{ site, want string }{
		{"title: T\n", `<meta name="description" content="Country profile: Brazil">`},
		{"title: T\nlanguage: es\n", `<meta name="description" content="Perfil de país: Brasil">`},
		{"title: T\nlanguage: tr\ntranslations:\n  country: ülke\n  \"%s profile: %s\": \"%s profili: %s\"\n", `<meta name="description" content="Ülke profili: Brezilya">`},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte(tc.site)},
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2025-05\ncountries: [Brazil]\nsources: [S]\n---\nText.\n")},
		}
		files := buildFiles(t, fsys)
		var page string
		for name, data := range files {
			if strings.HasPrefix(name, "countries/") && strings.HasSuffix(name, "/index.html") && !strings.Contains(name, "by-briefs") && name != "countries/index.html" {
				page = string(data)
			}
		}
		if !strings.Contains(page, tc.want) {
			t.Errorf("%q: profile page lacks %s:\n%s", tc.site, tc.want, page[:min(len(page), 600)])
		}
	}
}
