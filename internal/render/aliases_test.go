package render_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/render"
)

// TestAliases checks the pages a brief's aliases get: each leads on to
// the brief's page by a relative URL, names the brief's page as the
// canonical one and asks not to be indexed; an alias never replaces a
// page or a copied file, nor another brief's alias, and a warning says
// so; the sitemap and the search index leave aliases out; and brief
// check finds nothing wrong with the pages.
func TestAliases(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Alias test\nbase_url: https://example.org/sub/\n")},
		"content/briefs/renamed.md": {Data: []byte("---\ntitle: Renamed\ndate: 2024-03-01\nsources: [S]\n" +
			"aliases: [old-name, /2024/03/renamed.html, briefs/, timeline/index.html/, css/extra.css/, shared, old.html, index.html]\n---\nText.\n")},
		"content/briefs/other.md":   {Data: []byte("---\ntitle: Other\ndate: 2024-02-01\nsources: [S]\nactors: [Ruto]\ntopics: [Talks]\naliases: [shared, /Briefs/Renamed/, renamed, /actors/ruto/, /topics/talks/]\n---\nText.\n")},
		"content/topics/talks.md":   {Data: []byte("---\nname: Talks\n---\nText.\n")},
		"static/css/extra.css":      {Data: []byte("body{}")},
		"static/old.html/notes.txt": {Data: []byte("notes")},
	}
	res, files := builtSite(t, fsys)
	var warnings []string
	for _, d := range res.Diags.Sorted() {
		warnings = append(warnings, d.String())
	}
	want := []string{
		"content/briefs/other.md:7:11: warning: alias /briefs/shared/ is not written: it is an alias of content/briefs/renamed.md",
		"content/briefs/other.md:7:19: warning: alias /Briefs/Renamed/ is not written: it is briefs/renamed/index.html on a disk that ignores case, and it is the page of content/briefs/renamed.md",
		"content/briefs/other.md:7:37: warning: alias /briefs/renamed/ is not written: it is the page of content/briefs/renamed.md",
		"content/briefs/other.md:7:46: warning: alias /actors/ruto/ is not written: it is the page of the actor Ruto, which has no profile file",
		"content/briefs/other.md:7:61: warning: alias /topics/talks/ is not written: it is the page of content/topics/talks.md",
		"content/briefs/renamed.md:5:44: warning: alias /briefs/ is not written: the site generates it",
		"content/briefs/renamed.md:5:53: warning: alias /timeline/index.html/ is not written: the site has a file timeline/index.html where it needs a folder",
		"content/briefs/renamed.md:5:75: warning: alias /css/extra.css/ is not written: the site has a file css/extra.css where it needs a folder",
		"content/briefs/renamed.md:5:99: warning: alias /old.html is not written: the site has old.html/notes.txt in a folder of that name",
		"content/briefs/renamed.md:5:109: warning: alias / is not written: the site generates it",
	}
	if got := strings.Join(warnings, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	for path, climb := range map[string]string{
		"briefs/old-name/index.html": "../../",
		"2024/03/renamed.html":       "../../",
		"briefs/shared/index.html":   "../../",
	} {
		page := string(files[path])
		for _, want := range []string{
			`<meta http-equiv="refresh" content="0; url=` + climb + `briefs/renamed/index.html">`,
			`<link rel="canonical" href="https://example.org/sub/briefs/renamed/">`,
			`<meta name="robots" content="noindex">`,
			`<a href="` + climb + `briefs/renamed/index.html">`,
			`<h1>Renamed</h1>`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s:\n%s", path, want, page)
			}
		}
	}
	if !strings.Contains(string(files["briefs/index.html"]), `href="../briefs/renamed/index.html"`) {
		t.Errorf("an alias replaced the list of briefs")
	}
	if string(files["css/extra.css"]) != "body{}" {
		t.Errorf("an alias replaced a static file")
	}
	for _, name := range []string{"sitemap.xml", "assets/search-index.js"} {
		if strings.Contains(string(files[name]), "old-name") {
			t.Errorf("%s lists an alias", name)
		}
	}
	ds, err := check.Run(context.Background(), res.Site, fsys, render.NewOutput(res.Files, fsys), "public/")
	if err != nil || len(ds) > 0 {
		t.Errorf("brief check reports %v, %v", ds, err)
	}
}
