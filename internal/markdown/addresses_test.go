package markdown

import (
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// addressSite returns a site with a brief, talks, whose old slug is
// old-talks, a standalone page, about, and drafts left out: the briefs
// content/briefs/note.md, titled "Rumour", and
// content/briefs/2024/plan/index.md, and the page content/method.md;
// and two drafts whose addresses are taken.
func addressSite() *site.Site {
	talks := &site.Brief{Slug: "talks", Title: "Talks", File: "content/briefs/talks.md",
		Aliases: []site.Alias{{Path: "briefs/old-talks/index.html"}}}
	return &site.Site{
		Briefs: []*site.Brief{talks},
		Names:  map[string]site.Target{"talks": {Brief: talks}},
		Pages:  []*site.Page{{Slug: "about", Title: "About", File: "content/about.md"}},
		DraftNames: map[string]string{
			"note": "content/briefs/note.md", "rumour": "content/briefs/note.md",
			"plan":   "content/briefs/2024/plan/index.md",
			"method": "content/method.md", "how we work": "content/method.md",
			// A draft of the old slug of a brief, whose page is the
			// brief's alias, and of a page's slug, whose page is the
			// page's.
			slug.Key("old-talks"): "content/briefs/2023/old-talks.md",
			"about":               "content/about/index.md",
			slug.Key(site.ByYear): "content/briefs/" + site.ByYear + ".md",
		},
	}
}

// TestAddressDraft checks which relative links lead to the page a draft
// left out would have, from a brief's page, a profile's and a standalone
// page's.
func TestAddressDraft(t *testing.T) {
	const brief, profile, page = "briefs/a/index.html", "actors/ruto/index.html", "about/index.html"
	for _, tc := range []struct {
		name, page, dest, want string
	}{
		{"brief's folder", brief, "../note/", "content/briefs/note.md"},
		{"brief's index page", brief, "../note/index.html", "content/briefs/note.md"},
		{"brief's folder without its slash", brief, "../note", "content/briefs/note.md"},
		{"with a fragment and a query", brief, "../note/?v=1#part", "content/briefs/note.md"},
		{"escaped", brief, "../%6eote/", "content/briefs/note.md"},
		{"bundle in a folder of briefs", brief, "../plan/", "content/briefs/2024/plan/index.md"},
		{"from a profile", profile, "../../briefs/note/", "content/briefs/note.md"},
		{"from a page", page, "../briefs/note/index.html", "content/briefs/note.md"},
		{"draft page", brief, "../../method/", "content/method.md"},
		{"draft page from a page", page, "../method/index.html", "content/method.md"},
		{"by the draft's title", brief, "../rumour/", ""},
		{"a draft brief's slug as a page's address", brief, "../../note/", ""},
		{"a draft page's slug as a brief's address", brief, "../method/", ""},
		{"published brief", brief, "../talks/", ""},
		{"a brief's old slug", brief, "../old-talks/", ""},
		{"published page", brief, "../../about/", ""},
		{"the list of briefs by year", brief, "../" + site.ByYear + "/", ""},
		{"no page", brief, "../nothing/", ""},
		{"a file of the draft's folder", brief, "../note/chart.png", ""},
		{"beside the page", brief, "note/", ""},
		{"from the root", brief, "/briefs/note/", ""},
		{"markdown file", brief, "../note.md", ""},
		{"other site", brief, "https://example.org/briefs/note/", ""},
		{"above the root", brief, "../../../note/", ""},
		{"no page to start from", "", "../note/", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file, ok := AddressDraft(addressSite(), tc.page, tc.dest)
			if file != tc.want || ok != (tc.want != "") {
				t.Errorf("AddressDraft(%q, %q) = %q, %v; want %q", tc.page, tc.dest, file, ok, tc.want)
			}
		})
	}
}

// TestAddressDraftLinks checks that the conversion warns of a link to a
// draft's page by its relative address, as of one to its file, and
// leaves the link its text, and that it leaves a link to no page alone
// (the check says it is broken).
func TestAddressDraftLinks(t *testing.T) {
	for _, tc := range []struct {
		name, body, html, want string
	}{
		{"draft brief", "[n](../note/) [i](../note/index.html#x)", "<p>n i</p>",
			"content/briefs/a.md:5:1: warning: link \"../note/\" names a draft, content/briefs/note.md, which this build leaves out (-drafts shows it)\n" +
				`content/briefs/a.md:5:15: warning: link "../note/index.html#x" names a draft, content/briefs/note.md, which this build leaves out (-drafts shows it)`},
		{"draft page", "[m](../../method/)", "<p>m</p>",
			`content/briefs/a.md:5:1: warning: link "../../method/" names a draft, content/method.md, which this build leaves out (-drafts shows it)`},
		{"no page", "[x](../nothing/)", `<a href="../../briefs/a/../nothing/index.html">x</a>`, ""},
		{"published brief", "[t](../talks/)", `<a href="../../briefs/a/../talks/index.html">t</a>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := addressSite()
			a := &site.Brief{Slug: "a", Title: "A", File: "content/briefs/a.md", BodyLine: 5, Body: []byte(tc.body)}
			s.Briefs = append(s.Briefs, a)
			s.Names["a"] = site.Target{Brief: a}
			var diags diag.List
			New(Options{}).ConvertSite(s, &diags)
			if got := warnings(diags.Sorted()); got != tc.want {
				t.Errorf("warnings:\n%s\nwant:\n%s", got, tc.want)
			}
			if html := string(a.BodyHTML.HTML()); !strings.Contains(html, tc.html) {
				t.Errorf("body:\n%s\nwant it to hold:\n%s", html, tc.html)
			}
		})
	}
}

// TestCacheAddressDraft checks that a body the cache keeps, with a link
// to a brief's page by its address, is converted again when the brief
// becomes a draft, and when it is published again, as serve rebuilds
// after `draft: true` is written or taken out.
func TestCacheAddressDraft(t *testing.T) {
	cache := NewCache()
	a := &site.Brief{Slug: "a", Title: "A", File: "content/briefs/a.md", BodyLine: 5, Body: []byte("[n](../note/)")}
	note := &site.Brief{Slug: "note", Title: "Rumour", File: "content/briefs/note.md"}
	for i, draft := range []bool{false, true, false, true} {
		s := &site.Site{Briefs: []*site.Brief{a}, Names: map[string]site.Target{"a": {Brief: a}}}
		if draft {
			s.DraftNames = map[string]string{"note": note.File, "rumour": note.File}
		} else {
			s.Briefs = append(s.Briefs, note)
			s.Names[slug.Key(note.Slug)], s.Names[slug.Key(note.Title)] = site.Target{Brief: note}, site.Target{Brief: note}
		}
		var diags diag.List
		New(Options{Cache: cache}).ConvertSite(s, &diags)
		warned := strings.Contains(warnings(diags.Sorted()), "names a draft")
		if warned != draft {
			t.Errorf("build %d, the brief a draft %v: warned %v: %v", i, draft, warned, diags.Sorted())
		}
		if linked := strings.Contains(string(a.BodyHTML.HTML()), "<a "); linked == draft {
			t.Errorf("build %d, the brief a draft %v: linked %v: %s", i, draft, linked, a.BodyHTML.HTML())
		}
	}
}
