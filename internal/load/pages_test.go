package load

import (
	"strconv"
	"strings"
	"testing"
)

// TestPages checks that a .md file at the top of content/ is a page at
// <slug>/, and each problem of one: a missing title, an unknown field, a
// slug the site keeps for its own folders, two pages of one slug.
func TestPages(t *testing.T) {
	const brief = "---\ntitle: A\ndate: 2024\n---\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		pages string // slug:title:weight, in footer order
		diags []string
	}{
		{
			name: "valid",
			files: map[string]string{
				"content/about.md":       "---\ntitle: About this briefing\nsummary: Who we are.\nweight: 2\n---\nText.\n",
				"content/methodology.md": "---\ntitle: Methodology\nweight: 1\n---\nHow.\n",
				"content/corrections.md": "---\ntitle: Corrections\nweight: 2\n---\n",
			},
			pages: "methodology:Methodology:1 about:About this briefing:2 corrections:Corrections:2",
		},
		{
			name:  "draft",
			files: map[string]string{"content/about.md": "---\ntitle: About\ndraft: true\n---\n"},
		},
		{
			name:  "missing title",
			files: map[string]string{"content/about.md": "---\nsummary: Who we are.\n---\nText.\n"},
			diags: []string{`content/about.md:2:1: error: page has no ` + "`title`" + `; add the line title: "About", the page's heading and its link in the footer`},
		},
		{
			name:  "no front matter",
			files: map[string]string{"content/about-us.md": "Text.\n"},
			diags: []string{`content/about-us.md:1:1: error: page has no front matter; start the file with a line "---", then title: "About us", and another "---"`},
		},
		{
			name:  "unknown field",
			files: map[string]string{"content/about.md": "---\ntitle: About\ntitel: About\ndate: 2024\n---\n"},
			diags: []string{
				"content/about.md:3:1: error: unknown field `titel` in page, did you mean `title`?",
				"content/about.md:4:1: error: unknown field `date` in page (known fields: title, summary, draft, weight)",
			},
		},
		{
			name:  "bad weight",
			files: map[string]string{"content/about.md": "---\ntitle: About\nweight: first\n---\n"},
			diags: []string{"content/about.md:3:9: error: `weight` must be a whole number, not \"first\": pages with a lower weight come first in the footer"},
		},
		{
			name:  "reserved slug",
			files: map[string]string{"content/timeline.md": "---\ntitle: Timeline\n---\n", "content/Search.md": "---\ntitle: Search\n---\n"},
			diags: []string{
				"content/Search.md: error: the page would be search/, which the site keeps for its own search page; rename the file",
				"content/timeline.md: error: the page would be timeline/, which the site keeps for its own list of timeline; rename the file",
			},
		},
		{
			name:  "duplicate",
			files: map[string]string{"content/about.md": "---\ntitle: About\n---\n", "content/About.md": "---\ntitle: About us\n---\n"},
			pages: "about:About us:0",
			diags: []string{`content/about.md: error: page slug "about" is already used by content/About.md; rename one of the files`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"content/briefs/a.md": brief}
			for k, v := range tc.files {
				files[k] = v
			}
			s, ds := loadMap(t, files, Options{})
			var pages []string
			for _, p := range s.Pages {
				pages = append(pages, p.Slug+":"+p.Title+":"+strconv.Itoa(p.Weight))
			}
			if got := strings.Join(pages, " "); got != tc.pages {
				t.Errorf("pages: %q, want %q", got, tc.pages)
			}
			var got []string
			for _, d := range ds {
				if !strings.Contains(d.String(), "not a clean slug") {
					got = append(got, d.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.diags, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.diags, "\n"))
			}
		})
	}
}
