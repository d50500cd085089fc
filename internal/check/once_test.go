package check

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestOnceByPlace checks that a problem found alike on three pages is
// told once, at the first, with how many others have it, and one on two
// pages on each; a problem at another column is another, unless the
// site's templates write what it is about, where it is then told, once,
// on however many pages, naming them when they are few. A
// relative link's problem names what it leads to from each page, and is
// alike all the same.
func TestOnceByPlace(t *testing.T) {
	at := func(file string, line, col int, msg string) problem {
		return problem{Diagnostic: diag.Diagnostic{Pos: diag.Pos{File: file, Line: line, Col: col}, Severity: diag.Error, Msg: msg}}
	}
	broken := func(file string, line, col int, from string) problem {
		p := at(file, line, col, fmt.Sprintf(`broken resource "css/house.css": the site has no %scss/house.css`, from))
		p.same, p.path, p.origin = `broken resource "css/house.css"`, "css/house.css", origin{tag: "link", attr: "href", val: "css/house.css"}
		return p
	}
	src := fstest.MapFS{
		"templates/partials.html": {Data: []byte("{{define \"head\"}}\n  <link rel=\"stylesheet\" href=\"css/house.css\">{{end}}\n")},
		"templates/notes.txt":     {Data: []byte(`<link href="css/other.css">`)},
	}
	for _, tc := range []struct {
		name string
		ps   []problem
		want []string
	}{{
		name: "alike",
		ps: []problem{
			at("c.html", 9, 5, "three"), at("a.html", 7, 5, "three"), at("b.html", 8, 5, "three"),
			at("a.html", 2, 1, "two"), at("b.html", 2, 1, "two"),
			at("d.html", 1, 6, "three"),
		},
		want: []string{
			"a.html:2:1: error: two",
			"a.html:7:5: error: three (and on 2 other pages: a template's, most likely, to mend there)",
			"b.html:2:1: error: two",
			"d.html:1:6: error: three",
		},
	}, {
		name: "relative link, written by a template",
		ps: []problem{
			broken("public/404.html", 16, 30, ""), broken("public/actors/a/index.html", 17, 30, "actors/a/"),
			broken("public/briefs/index.html", 17, 31, "briefs/"), broken("public/zz/index.html", 1, 2, "zz/"),
		},
		want: []string{
			`templates/partials.html:2:32: error: broken resource "css/house.css": the site has no css/house.css; a relative link in a template leads from each page's own folder: write {{.Asset "css/house.css"}}, which leads to css/house.css from every page, and put that file in static/css/house.css (on public/404.html and 3 other pages)`,
		},
	}, {
		// Found on fewer pages than sameOnPages, at the template all the
		// same, where it is to mend.
		name: "relative link, written by a template, on two pages",
		ps:   []problem{broken("public/b/index.html", 17, 30, "b/"), broken("public/a/index.html", 17, 30, "a/")},
		want: []string{
			`templates/partials.html:2:32: error: broken resource "css/house.css": the site has no a/css/house.css; a relative link in a template leads from each page's own folder: write {{.Asset "css/house.css"}}, which leads to css/house.css from every page, and put that file in static/css/house.css (on public/a/index.html and public/b/index.html)`,
		},
	}, {
		name: "written by a template, on one page",
		ps:   []problem{broken("public/a/index.html", 17, 30, "a/")},
		want: []string{
			`templates/partials.html:2:32: error: broken resource "css/house.css": the site has no a/css/house.css (on public/a/index.html)`,
		},
	}, {
		name: "relative link, in no template of the site's",
		ps: func() []problem {
			var ps []problem
			for _, dir := range []string{"a/", "b/", "c/"} {
				p := broken("public/"+dir+"index.html", 3, 9, dir)
				p.origin.val = "css/other.css"
				ps = append(ps, p)
			}
			ps[1].Col = 10 // another column: another template's
			return ps
		}(),
		want: []string{
			`public/a/index.html:3:9: error: broken resource "css/house.css": the site has no a/css/house.css`,
			`public/b/index.html:3:10: error: broken resource "css/house.css": the site has no b/css/house.css`,
			`public/c/index.html:3:9: error: broken resource "css/house.css": the site has no c/css/house.css`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			has := func(name string) bool { return false }
			var lines []string
			for _, d := range onceByPlace(tc.ps, newWriters(nil, src, has, func(string) string { return "" })) {
				lines = append(lines, d.String())
			}
			if fmt.Sprint(lines) != fmt.Sprint(tc.want) {
				t.Errorf("onceByPlace:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestDefines checks that each element of a template is found in the
// define or block that holds it, the innermost, past an {{if}}'s {{end}},
// a comment and a string holding }}, and outside any at the top level;
// that one in an {{if}} or {{with}} may be on no page; and which
// templates each define shows.
func TestDefines(t *testing.T) {
	text := `<p>top</p>{{/* a comment: {{define "x"}} */}}
{{define "base" -}}<html>{{if .X}}<b>{{"}}"}}</b>{{end}}
{{- block "head" .}}<meta>{{end}}<body>{{template "main" .}}{{fragment "site-header" . .Section}}{{end}}<i>after</i>
{{define "site-header"}}{{with .Y}}<header>{{end}}{{end}}`
	var offs []int
	var tags []string
	elements("t.html", []byte(text), func(e *element) {
		offs = append(offs, e.off)
		tags = append(tags, e.name)
	})
	defs, names, calls := defines(text, offs)
	var got []string
	for i := range tags {
		got = append(got, fmt.Sprintf("%s:%s:%v", tags[i], defs[i].def, defs[i].cond))
	}
	want := "[p::false html:base:false b:base:true meta:head:false body:base:false i::false header:site-header:true]"
	if fmt.Sprint(got) != want {
		t.Errorf("defines: %v, want %s", got, want)
	}
	if fmt.Sprint(names) != "map[base:true head:true site-header:true]" {
		t.Errorf("names: %v", names)
	}
	if fmt.Sprint(calls) != "map[base:[head main site-header]]" {
		t.Errorf("calls: %v", calls)
	}
}

// TestWritesPath checks that a template's link is found to lead to a
// file of the site from every page when it gives the file's path from
// the root to .Asset or .URL, or writes it after an action, and not when
// the path is part of another.
func TestWritesPath(t *testing.T) {
	for _, tc := range []struct {
		tag, site string
		want      bool
	}{
		{`<img src="{{$p.Asset "/img/logo.png"}}">`, "img/logo.png", true},
		{`<img src="{{.Asset "img/logo.png"}}">`, "img/logo.png", true},
		{`<img src="{{$root}}img/logo.png">`, "img/logo.png", true},
		{`<a href="{{.URL "briefs/"}}">`, "briefs/index.html", true},
		{`<a href="{{.URL ""}}">`, "index.html", true},
		{`<img src="{{.Asset "static/img/logo.png"}}">`, "img/logo.png", false},
		{`<img src="{{.Asset "img/logo.png.bak"}}">`, "img/logo.png", false},
		{`<img src="img/logo.png">`, "img/logo.png", false},
	} {
		var got bool
		elements("t.html", maskActions([]byte(tc.tag)), func(e *element) {
			for i := range e.attrs {
				e.attrs[i].val = unmask(e.attrs[i].val)
			}
			got = writesPath(e, origin{tag: e.name, attr: e.attrs[0].key, site: tc.site}).File != ""
		})
		if got != tc.want {
			t.Errorf("writesPath(%s, %q) = %v, want %v", tc.tag, tc.site, got, tc.want)
		}
	}
}

// TestBlockedInStyle checks that the action of a template's <style> in
// whose place the page has ZgotmplZ is found, the page's text around it
// being the template's, and none when the texts differ.
func TestBlockedInStyle(t *testing.T) {
	tmpl := "<style>\n.a { color: {{.X}} }\n.b { {{- .Y -}} }</style>"
	for _, tc := range []struct {
		page, want string
	}{
		{"\n.a { color: red }\n.b {ZgotmplZ}", "t.html:3:6"},
		{"\n.a { color: ZgotmplZ }\n.b {x: y}", "t.html:2:13"},
		{"\n.c { color: ZgotmplZ }\n.b {x: y}", ""},
	} {
		got := ""
		elements("t.html", maskActions([]byte(tmpl)), func(e *element) {
			e.text = unmask(e.text)
			if pos, ok := blockedInStyle(e, tc.page); ok {
				got = pos.String()
			}
		})
		if got != tc.want {
			t.Errorf("blockedInStyle(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
