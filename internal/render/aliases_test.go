package render_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
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
			`<script data-url="` + climb + `briefs/renamed/index.html">` + check.AliasScript + `</script>`,
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

// TestProfileAliases checks the pages a profile's old addresses get, the
// entries of its aliases written as paths: each leads on to the profile
// as a brief's alias leads on to the brief, and is no name of it; one
// that a page, a brief's alias or another profile's address holds is
// left out with a warning.
func TestProfileAliases(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":              {Data: []byte("title: Alias test\nbase_url: https://example.org/sub/\n")},
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024-03-01\nsources: [S]\nactors: [Chris Landau, Ruto]\naliases: [/people/landau/]\n---\nText.\n")},
		"content/actors/chris-landau.md": {Data: []byte("---\nname: Chris Landau\n" +
			"aliases: [Landau, /actors/christopher-landau/, people/landau/, /actors/ruto/, /old/landau.html]\n---\nText.\n")},
		"content/actors/ruto.md": {Data: []byte("---\nname: Ruto\naliases: [/old/landau.html]\n---\nText.\n")},
	}
	res, files := builtSite(t, fsys)
	var warnings []string
	for _, d := range res.Diags.Sorted() {
		warnings = append(warnings, d.String())
	}
	want := []string{
		"content/actors/chris-landau.md:3:48: warning: alias /people/landau/ is not written: it is an alias of content/briefs/talks.md",
		"content/actors/chris-landau.md:3:64: warning: alias /actors/ruto/ is not written: it is the page of content/actors/ruto.md",
		"content/actors/ruto.md:3:11: warning: alias /old/landau.html is not written: it is an old address of content/actors/chris-landau.md",
	}
	if got := strings.Join(warnings, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	for path, climb := range map[string]string{
		"actors/christopher-landau/index.html": "../../",
		"old/landau.html":                      "../",
	} {
		page := string(files[path])
		for _, want := range []string{
			`<title>Chris Landau · Alias test</title>`,
			`<meta http-equiv="refresh" content="0; url=` + climb + `actors/chris-landau/index.html">`,
			`<script data-url="` + climb + `actors/chris-landau/index.html">` + check.AliasScript + `</script>`,
			`<link rel="canonical" href="https://example.org/sub/actors/chris-landau/">`,
			`<meta name="robots" content="noindex">`,
			`<h1>Chris Landau</h1>`,
			`This profile has moved: <a href="` + climb + `actors/chris-landau/index.html">`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s:\n%s", path, want, page)
			}
		}
	}
	if page := string(files["actors/chris-landau/index.html"]); strings.Contains(page, "christopher-landau") || !strings.Contains(page, "Landau") {
		t.Errorf("the profile shows its old address as a name, or not its name Landau:\n%s", page)
	}
	for _, name := range []string{"sitemap.xml", "assets/search-index.js"} {
		if strings.Contains(string(files[name]), "christopher-landau") {
			t.Errorf("%s lists an old address", name)
		}
	}
	ds, err := check.Run(context.Background(), res.Site, fsys, render.NewOutput(res.Files, fsys), "public/")
	if err != nil || len(ds) > 0 {
		t.Errorf("brief check reports %v, %v", ds, err)
	}
}

// TestOwnAliasTemplate checks that a site's own alias.html written for
// briefs' aliases alone, with .Brief, still makes their pages.
func TestOwnAliasTemplate(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024-03-01\naliases: [old-talks]\n---\nText.\n")},
		"templates/alias.html":    {Data: []byte(`{{define "base"}}<a href="{{.URL .Brief.Path}}">{{.Brief.Title}}</a>{{end}}`)},
	}
	_, files := builtSite(t, fsys)
	if got, want := string(files["briefs/old-talks/index.html"]), `<a href="../../briefs/talks/index.html">Talks</a>`; got != want {
		t.Errorf("alias page %q, want %q", got, want)
	}
	// At a profile's old address, it is told what the page has.
	fsys["content/actors/a.md"] = &fstest.MapFile{Data: []byte("---\nname: A\naliases: [/actors/old-a/]\n---\nText.\n")}
	res := build.Build(context.Background(), fsys, build.Options{})
	_, err := render.Files(res.Files, fsys)
	pos, msg, _ := render.TemplateProblem(fsys, err)
	want := "templates/alias.html:1:40: executing \"base\" at <.Brief.Path>: error calling Path: runtime error: invalid memory address or nil pointer dereference" +
		" (the page of a profile's old address, an alias of it written as a path, has .Entity and no .Brief: .Title and .URL .Target.Path are the brief's or the profile's on either; docs/templates.md); on actors/old-a/index.html"
	if got := pos.String() + ": " + msg; got != want {
		t.Errorf("at a profile's old address:\n%s\nwant\n%s", got, want)
	}
}

// TestPageAliases checks that a brief's alias or a profile's old address
// that is a standalone page's address is left out with a warning naming
// the page's file, as one on a brief's page is, and that the page stays.
func TestPageAliases(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{
			name:  "brief",
			files: map[string]string{"content/briefs/talks.md": "---\ntitle: Talks\ndate: 2024\nsources: [S]\naliases: [/about/]\n---\nText.\n"},
			want:  "content/briefs/talks.md:5:11: warning: alias /about/ is not written: it is the page of content/about.md",
		},
		{
			name:  "brief, as a file",
			files: map[string]string{"content/briefs/talks.md": "---\ntitle: Talks\ndate: 2024\nsources: [S]\naliases: [about/index.html]\n---\nText.\n"},
			want:  "content/briefs/talks.md:5:11: warning: alias /about/ is not written: it is the page of content/about.md",
		},
		{
			name:  "brief, in another case",
			files: map[string]string{"content/briefs/talks.md": "---\ntitle: Talks\ndate: 2024\nsources: [S]\naliases: [/About/]\n---\nText.\n"},
			want:  "content/briefs/talks.md:5:11: warning: alias /About/ is not written: it is about/index.html on a disk that ignores case, and it is the page of content/about.md",
		},
		{
			name: "profile",
			files: map[string]string{
				"content/briefs/talks.md": "---\ntitle: Talks\ndate: 2024\nsources: [S]\nactors: [PNH]\n---\nText.\n",
				"content/actors/pnh.md":   "---\nname: PNH\naliases: [/about/]\n---\nText.\n",
			},
			want: "content/actors/pnh.md:3:11: warning: alias /about/ is not written: it is the page of content/about.md",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"content/about.md": {Data: []byte("---\ntitle: About us\n---\nWho we are.\n")}}
			for name, text := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			res, files := builtSite(t, fsys)
			var warnings []string
			for _, d := range res.Diags.Sorted() {
				warnings = append(warnings, d.String())
			}
			if got := strings.Join(warnings, "\n"); got != tc.want {
				t.Errorf("warnings:\n%s\nwant\n%s", got, tc.want)
			}
			if !strings.Contains(string(files["about/index.html"]), "Who we are.") {
				t.Errorf("the alias took the page's place:\n%s", files["about/index.html"])
			}
		})
	}
}
