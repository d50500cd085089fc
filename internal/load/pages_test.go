package load

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/site"
)

// TestPages checks that a .md file at the top of content/ is a page at
// <slug>/, and each problem of one: a missing title, an unknown field, a
// slug the site keeps for its own folders, two pages of one slug.
func TestPages(t *testing.T) {
	const brief = "---\ntitle: A\ndate: 2024\n---\n"
	for _, tc := range []struct {
		name   string
		files  map[string]string
		pages  string // slug:title:weight, in footer order
		assets string // a page's files: source>destination
		diags  []string
	}{
		{
			name: "valid",
			files: map[string]string{
				"content/about.md":       "---\ntitle: About this briefing\nsummary: Who we are.\nweight: 2\n---\nText.\n",
				"content/methodology.md": "---\ntitle: Methodology\nweight: 1\n---\nHow.\n",
				"content/corrections.md": "---\ntitle: Corrections\nweight: 2\n---\n",
				"content/contact.md":     "---\ntitle: Contact\n---\n",
				"content/archive.md":     "---\ntitle: Archive\n---\n",
			},
			// Pages without a weight come last, by title, as in Hugo.
			pages: "methodology:Methodology:1 about:About this briefing:2 corrections:Corrections:2 archive:Archive:0 contact:Contact:0",
		},
		{
			name:  "draft",
			files: map[string]string{"content/about.md": "---\ntitle: About\ndraft: true\n---\n"},
		},
		{
			// A note with front matter but no title, as an Obsidian vault's,
			// is left out with a warning, as before pages were read, and
			// its fields are not told of.
			name:  "missing title",
			files: map[string]string{"content/about.md": "---\nsummary: Who we are.\ntags: [todo]\n---\nText.\n"},
			diags: []string{"content/about.md:1:1: warning: not a page: its front matter has no `title`; to publish it at about/, add the line title: \"About\""},
		},
		{
			name:  "empty title",
			files: map[string]string{"content/about.md": "---\ntitle: \"\"\n---\nText.\n"},
			diags: []string{`content/about.md:2:1: error: page has no ` + "`title`" + `; add the line title: "About", the page's heading and its link in the footer`},
		},
		{
			name:  "a note named as the site's own page",
			files: map[string]string{"content/search.md": "Notes.\n"},
			diags: []string{"content/search.md:1:1: warning: not a page: it has no front matter; to publish it as a page, rename it: the site keeps search/ for its own search page"},
		},
		{
			name:  "no front matter",
			files: map[string]string{"content/about-us.md": "Text.\n"},
			diags: []string{`content/about-us.md:1:1: warning: not a page: it has no front matter; to publish it at about-us/, start it with a line "---", then title: "About us", and another "---"`},
		},
		{
			name:  "folder without front matter",
			files: map[string]string{"content/notes/index.md": "# Notes\n", "content/notes/a.jpg": "JPEG"},
			diags: []string{`content/notes/index.md:1:1: warning: not a page: it has no front matter; to publish it at notes/, start it with a line "---", then title: "Notes", and another "---"`},
		},
		{
			name: "repository files",
			files: map[string]string{
				"content/README.md":       "# Content\n\nThis folder holds the briefs.\n",
				"content/license.md":      "---\ntitle: License\n---\n",
				"content/CHANGELOG.md":    "# Changes\n",
				"content/Contributing.md": "How to help.\n",
			},
			diags: []string{
				"content/CHANGELOG.md: warning: " + repoFileSkipped,
				"content/Contributing.md: warning: " + repoFileSkipped,
				"content/README.md: warning: " + repoFileSkipped,
				"content/license.md: warning: " + repoFileSkipped,
			},
		},
		{
			name:  "entity in title",
			files: map[string]string{"content/about.md": "---\ntitle: \"About &amp; methods\"\n---\n"},
			pages: "about:About &amp; methods:0",
			diags: []string{"content/about.md:2:15: warning: `title` holds the HTML entity &amp;, shown as written: write the character (&)"},
		},
		{
			name:  "unknown field",
			files: map[string]string{"content/about.md": "---\ntitle: About\ntitel: About\ndate: 2024\n---\n"},
			diags: []string{
				"content/about.md:3:1: error: unknown field `titel` in page, did you mean `title`?",
				"content/about.md:4:1: error: unknown field `date` in page: a page has no date; remove it (a text of a day is a brief, in content/briefs/)",
			},
		},
		{
			name:  "a slug its file's name makes already",
			files: map[string]string{"content/About Us.md": "---\ntitle: About us\nslug: about-us\n---\n"},
			diags: []string{"content/About Us.md:3:1: error: unknown field `slug` in page: remove it: content/About Us.md is about-us/ already, a page's address being its file's name"},
		},
		{
			name:  "other generators' fields",
			files: map[string]string{"content/about.md": "---\ntitle: About\nstatus: draft\nslug: about-us\nurl: /about/\nlayout: wide\nmenu: main\nlastmod: 2024-01-02\npublished: true\ncolour: red\n---\n"},
			diags: []string{
				"content/about.md:3:1: error: unknown field `status` in page, did you mean `draft: true`? `status: draft` is a draft: write `draft: true` in its place, or the page is published",
				"content/about.md:4:1: error: unknown field `slug` in page: a page's address is its file's name: rename content/about.md to content/about-us.md to make it about-us/",
				"content/about.md:5:1: error: unknown field `url` in page: remove it: content/about.md is about/ already, a page's address being its file's name",
				"content/about.md:6:1: error: unknown field `layout` in page: every page is made with templates/page.html (docs/templates.md)",
				"content/about.md:7:1: error: unknown field `menu` in page: every page is linked from the footer, which lists the pages by `weight`, lowest first, then those without one, by title",
				"content/about.md:8:1: error: unknown field `lastmod` in page: a page has no date; remove it (a text of a day is a brief, in content/briefs/)",
				"content/about.md:9:1: error: unknown field `published` in page: remove it: pages are published unless `draft: true`",
				"content/about.md:10:1: error: unknown field `colour` in page (known fields: title, summary, draft, weight)",
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
				"content/timeline.md: error: the page would be timeline/, which the site keeps for its own timeline; rename the file",
			},
		},
		{
			name:  "duplicate",
			files: map[string]string{"content/about.md": "---\ntitle: About\n---\n", "content/About.md": "---\ntitle: About us\n---\n"},
			pages: "about:About us:0",
			diags: []string{`content/about.md: error: page slug "about" is already used by content/About.md; rename one of the files`},
		},
		{
			name: "folder",
			files: map[string]string{
				"content/about/index.md":   "---\ntitle: About\n---\n![The desk](desk.jpg)\n",
				"content/about/desk.jpg":   "JPEG",
				"content/about/team/a.pdf": "PDF",
				"content/about/notes.md":   "Notes.\n",
				"content/about/.DS_Store":  "",
			},
			pages:  "about:About:0",
			assets: "content/about/desk.jpg>about/desk.jpg content/about/team/a.pdf>about/team/a.pdf",
			diags:  []string{"content/about/notes.md: warning: not published: a Markdown file beside a page's index.md is neither a page nor a file of it; a page of its own goes at the top of content/"},
		},
		{
			name:  "folder, Index.md",
			files: map[string]string{"content/about/Index.md": "---\ntitle: About\n---\n"},
			pages: "about:About:0",
			diags: []string{"content/about/Index.md: error: a folder's page is named index.md, in lower case; rename Index.md to index.md"},
		},
		{
			name: "folder and file",
			files: map[string]string{
				"content/about/index.md": "---\ntitle: About\n---\n",
				"content/about.md":       "---\ntitle: About us\n---\n",
			},
			pages: "about:About:0",
			diags: []string{`content/about.md: error: page slug "about" is already used by content/about/index.md; rename one of the files`},
		},
		{
			name:  "reserved folder",
			files: map[string]string{"content/search/index.md": "---\ntitle: Search\n---\n"},
			diags: []string{"content/search/index.md: error: the page would be search/, which the site keeps for its own search page; rename the file"},
		},
		{
			name:  "folder without index.md",
			files: map[string]string{"content/about/desk.jpg": "JPEG"},
			diags: []string{"content/about: warning: skipped: brief reads content/briefs/, content/actors/, content/countries/, content/topics/ and the pages' .md files at the top of content/; move its briefs to content/briefs/ (their pages are then briefs/<file name>/: keep an old address in a brief's `aliases`, as /about/<file name>/)"},
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
			var assets []string
			for _, p := range s.Pages {
				for _, a := range p.Assets {
					assets = append(assets, a.Src+">"+a.Dest)
				}
			}
			if got := strings.Join(assets, " "); got != tc.assets {
				t.Errorf("assets: %q, want %q", got, tc.assets)
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

// TestOwnedBy checks that what the site keeps each reserved name for
// reads right in the messages that tell it: "the site keeps timeline/
// for its own timeline", not "for its own list of timeline".
func TestOwnedBy(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"actors", "the site keeps actors/ for its own list of actors"},
		{"assets", "the site keeps assets/ for its own style sheet and scripts"},
		{"briefs", "the site keeps briefs/ for its own list of briefs"},
		{"countries", "the site keeps countries/ for its own list of countries"},
		{"data", "the site keeps data/ for its own data export"},
		{"print", "the site keeps print/ for its own printable briefing"},
		{"search", "the site keeps search/ for its own search page"},
		{"sources", "the site keeps sources/ for its own list of sources"},
		{"timeline", "the site keeps timeline/ for its own timeline"},
		{"topics", "the site keeps topics/ for its own list of topics"},
		{"index", "the site keeps index/ for its own home page"},
		{"404", "the site keeps 404/ for its own page for addresses not found"},
	} {
		if !site.ReservedPage(tc.name) {
			t.Errorf("%s is not a reserved page", tc.name)
		}
		if got := "the site keeps " + tc.name + "/ for its own " + OwnedBy(tc.name); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
		if tc.name == "index" || tc.name == "404" {
			continue // content/index.md is the home page's text, not a page
		}
		// As the loader tells a page of the name, and a file of it that
		// is no page.
		kept := strings.TrimPrefix(tc.want, "the site keeps "+tc.name+"/ ")
		for src, want := range map[string]string{
			"---\ntitle: T\n---\n": "content/" + tc.name + ".md: error: the page would be " + tc.name + "/, which the site keeps " + kept + "; rename the file",
			"Text.\n":              "content/" + tc.name + ".md:1:1: warning: not a page: it has no front matter; to publish it as a page, rename it: " + tc.want,
		} {
			_, ds := loadMap(t, map[string]string{"content/" + tc.name + ".md": src}, Options{})
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if !slices.Contains(got, want) {
				t.Errorf("%s: diagnostics %q, want %q", tc.name, got, want)
			}
		}
	}
}
