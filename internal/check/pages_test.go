package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestSearchPageIDs checks that a search page of the site's own that
// loads search.js without an element it finds by id, or without the
// index, is warned of at the script, each id named; and that one that
// loads no search.js, its own search, is not.
func TestSearchPageIDs(t *testing.T) {
	scripts := `{{define "scripts"}}<script src="{{.Asset "assets/search-index.js"}}"></script>
<script src="{{.Asset "assets/search.js"}}"></script>{{end}}`
	for _, tc := range []struct {
		name, tmpl string
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
			`public/search/index.html:59:1: warning: search.js finds no element with id "q" on this page, and search does nothing without it: keep <input type="search" id="q" name="q"> in search.html`,
			`public/search/index.html:59:1: warning: search.js finds no element with id "search-results" on this page, and search does nothing without it: keep <ol id="search-results" data-root="{{.Asset ""}}"></ol> in search.html`,
		},
	}, {
		name: "no index",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><input type="search" id="q" aria-label="Search">
<p id="search-status"></p><ol id="search-results"></ol>{{end}}{{define "scripts"}}<script src="{{.Asset "assets/search.js"}}"></script>{{end}}`,
		want: []string{
			`public/search/index.html:58:1: warning: search.js has no index to search: load search-index.js before it, <script src="{{.Asset "assets/search-index.js"}}"></script>`,
		},
	}, {
		name: "a search of the site's own",
		tmpl: `{{define "main"}}<h1>{{.Title}}</h1><div id="pagefind"></div>{{end}}`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"templates/search.html": {Data: []byte(tc.tmpl)},
				"content/briefs/a.md":   {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nBody.\n")},
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
// is warned of at its for, on each page, or once at the site's template
// when many pages have it.
func TestLabelFor(t *testing.T) {
	fsys := fstest.MapFS{
		"templates/brief.html": {Data: []byte(`{{define "main"}}<h1>{{.Brief.Title}}</h1>
<form><label for="note">Note</label> <input id="notes"> <label for="ok">OK</label> <input type="checkbox" id="ok"></form>{{end}}`)},
		"templates/partials.html": {Data: []byte(`{{define "site-footer"}}<footer><form role="search" action="{{(index . 0).URL "search/"}}">
<label for="q-box">Search</label><input type="search" name="q" id="q-{{(index . 0).Section}}"></form></footer>{{end}}`)},
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
		`public/briefs/a/index.html:41:19: warning: <label for="note"> labels nothing: no element of its page has id "note", so a screen reader does not read the label with its field, and a click on it does nothing; give the field id="note"`,
		`templates/partials.html:2:13: warning: <label for="q-box"> labels nothing: no element of its page has id "q-box", so a screen reader does not read the label with its field, and a click on it does nothing; give the field id="q-box" (on public/`,
	}
	if len(got) != len(want) || !strings.HasPrefix(got[0], want[0]) || !strings.HasPrefix(got[1], want[1]) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
