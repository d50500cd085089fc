package check_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	brieftemplates "github.com/briefsite/brief/templates"
)

// TestSearchPageIDs checks that a search page of the site's own that
// loads search.js without an element it finds by id, or without the
// index, is warned of at the script, each id named; and that one that
// loads no search.js, its own search, is not, nor one that loads a
// search.js of the site's own, which finds what it will (the theme's
// copied as it is is the theme's).
func TestSearchPageIDs(t *testing.T) {
	theirs, err := fs.ReadFile(brieftemplates.FS, "search.js")
	if err != nil {
		t.Fatal(err)
	}
	scripts := `{{define "scripts"}}<script src="{{.Asset "assets/search-index.js"}}"></script>
<script src="{{.Asset "assets/search.js"}}"></script>{{end}}`
	for _, tc := range []struct {
		name, tmpl string
		script     string // templates/search.js, if any
		want       []string
	}{{
		name: "the theme's ids",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><input type="search" id="q" aria-label="Search">
<p id="search-status"></p><ol id="search-results"></ol>{{end}}` + scripts,
	}, {
		name: "other ids",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><input type="search" id="query" aria-label="Search">
<ol id="results"></ol><p id="search-status"></p>{{end}}` + scripts,
		want: []string{
			`public/search/index.html:61:1: warning: search.js finds no element with id "q" on this page, and search does nothing without it: keep <input type="search" id="q" name="q"> in search.html`,
			`public/search/index.html:61:1: warning: search.js finds no element with id "search-results" on this page, and search does nothing without it: keep <ol id="search-results" data-root="{{.Asset ""}}"></ol> in search.html`,
		},
	}, {
		name: "no index",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><input type="search" id="q" aria-label="Search">
<p id="search-status"></p><ol id="search-results"></ol>{{end}}{{define "scripts"}}<script src="{{.Asset "assets/search.js"}}"></script>{{end}}`,
		want: []string{
			`public/search/index.html:60:1: warning: search.js has no index to search: load search-index.js before it, <script src="{{.Asset "assets/search-index.js"}}"></script>`,
		},
	}, {
		name: "a search of the site's own",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><div id="pagefind"></div>{{end}}`,
	}, {
		name: "a search.js of the site's own",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><input type="search" id="query" aria-label="Search">
<ol id="hits"></ol>{{end}}{{define "scripts"}}<script src="{{.Asset "assets/search.js"}}"></script>{{end}}`,
		script: `const q = document.getElementById("query"), hits = document.getElementById("hits");` + "\n",
	}, {
		name: "the theme's search.js, copied",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><input type="search" id="query" aria-label="Search">
<p id="search-status"></p><ol id="search-results"></ol>{{end}}` + scripts,
		script: string(theirs),
		want: []string{
			`public/search/index.html:61:1: warning: search.js finds no element with id "q" on this page, and search does nothing without it: keep <input type="search" id="q" name="q"> in search.html`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"templates/search.html": {Data: []byte(tc.tmpl)},
				"content/briefs/a.md":   {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nBody.\n")},
			}
			if tc.script != "" {
				fsys["templates/search.js"] = &fstest.MapFile{Data: []byte(tc.script)}
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {
				if d.Msg != "brief cites no sources" {
					got = append(got, d.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestLabelFor checks that a label for an id no element of its page has
// is warned of at its for, once at the site's template that writes it,
// on one page or many, one whose value differs by section too,
// which the theme's search form, on the home page alone, does not write.
func TestLabelFor(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/brief.html": {Data: []byte(`{{define "main"}}<h1>{{.Brief.Title}}</h1>
<form><label for="note">Note</label> <input id="notes"> <label for="ok">OK</label> <input type="checkbox" id="ok"></form>{{end}}`)},
		"templates/partials.html": {Data: []byte(`{{define "site-footer"}}<footer><form role="search" action="{{(index . 0).URL "search/"}}">
<label for="q-box">Search</label><input type="search" name="q" id="box-{{(index . 0).Section}}"></form>
<form><label for="q-{{(index . 0).Section}}">Find</label><input name="f" id="f-{{(index . 0).Section}}"></form></footer>{{end}}`)},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nBody.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		if strings.Contains(d.Msg, "<label") || d.Severity == diag.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		`templates/brief.html:2:19: warning: <label for="note"> labels nothing: no element of its page has id "note", so a screen reader does not read the label with its field, and a click on it does nothing; give the field id="note" (on public/briefs/a/index.html)`,
		`templates/partials.html:2:13: warning: <label for="q-box"> labels nothing: no element of its page has id "q-box", so a screen reader does not read the label with its field, and a click on it does nothing; give the field id="q-box" (on public/`,
		`templates/partials.html:3:19: warning: <label for="q-404"> labels nothing: no element of its page has id "q-404", so a screen reader does not read the label with its field, and a click on it does nothing; give the field id="q-404" (on public/404.html and 13 other pages)`,
	}
	if len(got) != len(want) || !strings.HasPrefix(got[0], want[0]) || !strings.HasPrefix(got[1], want[1]) || got[2] != want[2] {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPageDocument checks that a page for readers without one <h1>, a
// <main>, a lang, its encoding as UTF-8 early enough or a viewport is
// warned of, once at the site's template that writes it when many pages
// have it; that a body's own "# heading", which the page shows one level
// down, is none of them; and that an alias's page, which leads on at
// once, is not checked.
func TestPageDocument(t *testing.T) {
	base := func(head, body string) string {
		return `{{define "base"}}<!doctype html>
<html lang="en">
<head>
` + head + `
<title>{{.Title}}</title>
{{block "head" .}}{{end}}
</head>
<body>
` + body + `
{{block "scripts" .}}{{end}}
</body>
</html>
{{end}}`
	}
	good := `<meta charset="utf-8">` + "\n" + `<meta name="viewport" content="width=device-width, initial-scale=1">`
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string // each diagnostic's start, but for "brief cites no sources" and those of the printable briefing
	}{{
		name: "the theme's",
	}, {
		name:  "a base of the site's, as the theme's",
		files: map[string]string{"templates/base.html": base(good, `<main id="main">{{template "main" .}}</main>`)},
	}, {
		name: "a base without any",
		files: map[string]string{"templates/base.html": `{{define "base"}}<!doctype html>
<html>
<head>
<title>{{.Title}}</title>
</head>
<body>
<header><h1>{{.Site.Config.Title}}</h1></header>
<div id="main">{{template "main" .}}</div>
{{block "scripts" .}}{{end}}
</body>
</html>
{{end}}`},
		want: []string{
			`templates/base.html:2:1: warning: page has no lang on <html>: screen readers read it in their user's language, whatever its own, and browsers cannot tell what to translate it from; write <html lang="{{with .Site.Config.Language}}{{.}}{{else}}en{{end}}"> (on public/404.html and 17 other pages)`,
			`templates/base.html:3:1: warning: page has no <meta charset="utf-8">: opened from disk (file://), where no server says how it is encoded, it may show its non-ASCII text garbled (“Ã©” for “é”); put it first in <head> (on public/404.html and 17 other pages)`,
			`templates/base.html:3:1: warning: page has no <meta name="viewport">: phones show it as a desktop page, shrunk to fit their screen; add <meta name="viewport" content="width=device-width, initial-scale=1"> to <head> (on public/404.html and 17 other pages)`,
			`templates/base.html:6:1: warning: page has no <main>: screen readers offer to jump to a page's main landmark, past its header; put the page's own content, {{template "main" .}}, in <main id="main">, where the theme's skip link leads (on public/404.html and 17 other pages)`,
			`templates/base.html:7:9: warning: page has more than one <h1>: screen readers and search engines take a page's one h1 for its title; keep the page's title as its h1 and make the others <h2>, or no heading (the site's name in a header, say) (on public/404.html and 17 other pages)`,
		},
	}, {
		name:  "an encoding told too late",
		files: map[string]string{"templates/base.html": base(`<meta name="description" content="`+strings.Repeat("A briefing. ", 90)+`">`+"\n"+good, `<main id="main">{{template "main" .}}</main>`)},
		want:  []string{`templates/base.html:5:16: warning: <meta charset> comes after the page's first 1024 bytes, where browsers stop looking for it: opened from disk (file://)`},
	}, {
		// alias.html and a 404.html that is a page of its own have the
		// same <meta charset>, and come first in the folder: neither
		// writes the pages that have it late.
		name: "an encoding told too late, beside whole pages of the site's",
		files: map[string]string{
			"templates/base.html":  base(`<meta name="description" content="`+strings.Repeat("A briefing. ", 90)+`">`+"\n"+good, `<main id="main">{{template "main" .}}</main>`),
			"templates/404.html":   `{{define "main"}}{{end}}` + strings.Replace(base(good, `<main id="main"><h1>{{.Title}}</h1></main>`), "<head>", "<head>\n<title>Not found</title>", 1),
			"templates/alias.html": `{{define "main"}}{{end}}{{define "base"}}<!doctype html><html lang="en"><head>` + "\n" + good + `<meta http-equiv="refresh" content="0; url={{.URL .Brief.Path}}"></head><body></body></html>{{end}}`,
		},
		want: []string{`templates/base.html:5:16: warning: <meta charset> comes after the page's first 1024 bytes, where browsers stop looking for it: opened from disk (file://)`},
	}, {
		name:  "an encoding told too late, as HTML 4 wrote it",
		files: map[string]string{"templates/base.html": base(`<meta name="description" content="`+strings.Repeat("A briefing. ", 90)+`">`+"\n"+strings.Replace(good, `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">`, 1), `<main id="main">{{template "main" .}}</main>`)},
		want:  []string{`templates/base.html:5:42: warning: <meta charset> comes after the page's first 1024 bytes, where browsers stop looking for it: opened from disk (file://)`},
	}, {
		name:  "another encoding",
		files: map[string]string{"templates/base.html": base(`<meta charset="iso-8859-1"><meta name="viewport" content="width=device-width">`, `<main id="main">{{template "main" .}}</main>`)},
		want:  []string{`templates/base.html:4:16: warning: page says it is encoded in "iso-8859-1", but it is UTF-8: browsers show its non-ASCII text garbled; write <meta charset="utf-8"> (on public/404.html and 17 other pages)`},
	}, {
		// Two pages: told on each.
		name:  "a brief's page without its title",
		files: map[string]string{"templates/brief.html": `{{define "main"}}<p>{{.Brief.Title}}</p>{{end}}`},
		want: []string{
			`public/briefs/a/index.html:21:1: warning: page has no <h1>: screen readers and search engines take a page's one h1 for its title; give the page its title as an <h1>`,
			`public/briefs/x/index.html:21:1: warning: page has no <h1>`,
		},
	}, {
		// The header's h1, in an {{if}}, is on the home page alone: a
		// brief's page's second h1 is its template's.
		name: "two h1s of a brief's page, and one of the home page's header",
		files: map[string]string{
			"templates/base.html": base(good, `<header>{{if eq .Section "home"}}<h1 class="brand">{{else}}<p class="brand">{{end}}{{.Site.Config.Title}}{{if eq .Section "home"}}</h1>{{else}}</p>{{end}}</header>
<main id="main">{{template "main" .}}</main>`),
			"templates/brief.html": "{{define \"main\"}}<h1 class=\"kicker\">Brief</h1>\n<p>{{.Brief.Summary}}</p>\n<h1>{{.Brief.Title}}</h1>{{end}}",
			"content/briefs/d.md":  "---\ntitle: D\ndate: 2023\nsources: [S]\n---\nBody.\n",
		},
		want: []string{
			`public/index.html:15:1: warning: page has more than one <h1>`,
			`templates/brief.html:3:1: warning: page has more than one <h1>: screen readers and search engines take a page's one h1 for its title; keep the page's title as its h1 and make the others <h2>, or no heading (the site's name in a header, say) (on public/briefs/a/index.html and 2 other pages)`,
		},
	}, {
		// A body's raw <h1>, with unsafe_html, is another h1 on its page.
		name: "a body's raw h1",
		files: map[string]string{
			"brief.yaml":          "unsafe_html: true\n",
			"content/briefs/a.md": "---\ntitle: A\ndate: 2024\nsources: [S]\nactors: [B]\n---\n# Background\n\n<h1>Raw</h1>\n",
		},
		want: []string{`public/briefs/a/index.html:49:1: warning: page has more than one <h1>`},
	}, {
		// An alias's page leads on at once: no reader sees it.
		name: "an alias's own page",
		files: map[string]string{
			"templates/alias.html": `{{define "base"}}<!doctype html><html><head><meta http-equiv="refresh" content="0; url={{.URL .Brief.Path}}"></head><body></body></html>{{end}}{{define "main"}}{{end}}`,
			"content/briefs/a.md":  "---\ntitle: A\ndate: 2024\nsources: [S]\nactors: [B]\naliases: [old-a]\n---\n# Background\n\nBody.\n",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"content/briefs/a.md":   {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\nactors: [B]\n---\n# Background\n\nBody.\n")},
				"content/actors/b.md":   {Data: []byte("---\nname: B\n---\n# Who\n\nA person.\n")},
				"content/topics/t.md":   {Data: []byte("---\nname: T\n---\n# What\n\nA topic.\n")},
				"content/briefs/c/x.md": {Data: []byte("---\ntitle: C\ndate: 2025\nsources: [S]\ntopics: [T]\n---\nBody.\n")},
			}
			for name, data := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {
				if d.Msg != "brief cites no sources" && !strings.HasPrefix(d.Pos.File, "public/print/") {
					got = append(got, d.String())
				}
			}
			ok := len(got) == len(tc.want)
			for i := range got {
				ok = ok && strings.HasPrefix(got[i], tc.want[i])
			}
			if !ok {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestStandalonePageFragments checks that a link to a heading a
// standalone page lacks, by a wikilink to the page's title or file name
// or a Markdown link to its file, is told once, at the link in the
// Markdown, with the page's headings, and a link to one it has not at
// all.
func TestStandalonePageFragments(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [S]\n---\n" +
			"See [[About this desk#Method]], [[about#Nope]], [us](../about.md#method), [us](../about.md#gone) and [[team#Who]].\n")},
		"content/about.md":      {Data: []byte("---\ntitle: About this desk\n---\nSee [[Talks]] and [below](about.md#later).\n\n## Method\n")},
		"content/team/index.md": {Data: []byte("---\ntitle: Our team\n---\n## Who\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/about.md:4:19: warning: link "about.md#later": "About this desk" has no heading #later; its headings are #method`,
		`content/briefs/talks.md:6:33: warning: wikilink [[about#Nope]]: "About this desk" has no heading #nope; its headings are #method`,
		`content/briefs/talks.md:6:75: warning: link "../about.md#gone": "About this desk" has no heading #gone; its headings are #method`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLinksToDraftPages checks that a link to a draft standalone page, by
// its file, its address or as a wikilink, says it names a draft the
// build leaves out, as one to a draft brief does, not that it is broken.
func TestLinksToDraftPages(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [S]\n---\n" +
			"[how](../method.md), [about](/method/), [[How we work]].\n")},
		"content/method.md": {Data: []byte("---\ntitle: How we work\ndraft: true\n---\nText.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/talks.md:6:1: warning: link "../method.md" names a draft, content/method.md, which this build leaves out (-drafts shows it)`,
		`content/briefs/talks.md:6:22: warning: link "/method/" names a draft, content/method.md, which this build leaves out (-drafts shows it)`,
		`content/briefs/talks.md:6:41: warning: wikilink [[How we work]] names a draft, content/method.md, which this build leaves out (-drafts shows it)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStandalonePageAddress checks that a link to a standalone page by
// its address, without its slash as Hugo's sites write it ([a](/about)),
// leads to it, and that one to a heading the page lacks is told once, at
// the link in the Markdown, not at each built page that shows it.
func TestStandalonePageAddress(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [S]\n---\n" +
			"[a](/about), [m](/about/#method), [i](/about/#team).\n")},
		"content/about.md": {Data: []byte("---\ntitle: About this desk\n---\n## Method\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/talks.md:6:35: warning: link "/about/#team": "About this desk" has no heading #team; its headings are #method`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStandalonePageFileByName checks that a link to a standalone page's
// file by its name, from a brief's folder or the site's root, leads to
// the page, as one to a brief's file does, and that one naming no file
// says that no page goes by the name either.
func TestStandalonePageFileByName(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/bund/index.md": {Data: []byte("---\ntitle: Bund\ndate: 2024\nsources: [S]\n---\n" +
			"[e](about.md), [h](/about.md#method), [g](gone.md).\n")},
		"content/about.md": {Data: []byte("---\ntitle: About this desk\n---\n## Method\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/bund/index.md:6:39: error: broken link "gone.md": the built site has no briefs/bund/gone.md; no brief, profile or page goes by "gone": link one by its file's name or as [[title]]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPageShadowed checks that a page whose title is a brief's or a
// profile's name, or whose file name is a brief's, is told that links by
// that name lead elsewhere.
func TestPageShadowed(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md":  {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [S]\ncountries: [Kenya]\n---\nText.\n")},
		"content/talks-page.md":    {Data: []byte("---\ntitle: Talks\n---\nText.\n")},
		"content/kenya-page.md":    {Data: []byte("---\ntitle: Kenya\n---\nText.\n")},
		"content/talks.md":         {Data: []byte("---\ntitle: How we talk\n---\nText.\n")},
		"content/methodology.md":   {Data: []byte("---\ntitle: Methodology\n---\nText.\n")},
		"content/briefs/method.md": {Data: []byte("---\ntitle: Method notes\ndate: 2024\nsources: [S]\n---\nText.\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		if strings.HasPrefix(d.Msg, "page ") {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/kenya-page.md:2:8: warning: page title "Kenya" is also a name of the country Kenya; [[Kenya]] links to countries/kenya/, not to this page`,
		`content/talks-page.md:2:8: warning: page title "Talks" is also the title of the brief content/briefs/talks.md; [[Talks]] links to the brief, not to this page`,
		`content/talks.md: warning: page content/talks.md has the file name of the brief content/briefs/talks.md; [[talks]] and links to talks.md lead to the brief, not to this page: rename one of them`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
