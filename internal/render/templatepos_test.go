package render

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/output"
	brieftemplates "github.com/briefsite/brief/templates"
)

// TestTemplateProblem checks where a template error is placed in the
// site's templates, that the message left does not repeat the place, and
// that it names the page a *PageError or an *output.WriteError gives.
func TestTemplateProblem(t *testing.T) {
	site := fstest.MapFS{
		"templates/brief.html":    {Data: []byte(`{{define "main"}}<a href=/x?q={{.X}}>{{end}}`)},
		"templates/partials.html": {Data: []byte(`{{define "date"}}{{.Nope}}{{end}}`)},
		"templates/entity.html":   {Data: []byte("{{define \"main\"}}\n<p>{{.Title | safeHTMLx}} {{ safeHTML .Title }}</p>{{end}}")},
	}
	for _, tc := range []struct {
		name string
		err  error
		pos  diag.Pos
		msg  string
		ok   bool
	}{
		{"parse", errors.New("templates/brief.html: template: brief.html:3: missing value for if"),
			diag.Pos{File: "templates/brief.html", Line: 3}, "missing value for if", true},
		{"exec", errors.New(`template: brief.html:2:4: executing "main" at <.Nope>: can't evaluate field Nope`),
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 5}, `executing "main" at <.Nope>: can't evaluate field Nope`, true},
		{"innermost of the site's", errors.New(`template: base.html:9:3: executing "base" at <fragment>: error calling fragment: template: brief.html:2:4: executing "main" at <.X>: bad`),
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 5}, `executing "main" at <.X>: bad`, true},
		{"layered partials", errors.New(`template: templates/partials.html:1:19: executing "date" at <.Nope>: bad`),
			diag.Pos{File: "templates/partials.html", Line: 1, Col: 20}, `executing "date" at <.Nope>: bad`, true},
		{"theme's own", errors.New(`template: home.html:2:4: executing "main" at <.Y>: bad`),
			diag.Pos{}, `template: home.html:2:4: executing "main" at <.Y>: bad`, false},
		{"rendered", &PageError{Page: "briefs/a/index.html", Others: 2, Err: errors.New(`template: brief.html:2:4: executing "main" at <.Nope>: bad`)},
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 5}, `executing "main" at <.Nope>: bad; on briefs/a/index.html and 2 other files`, true},
		{"rendered, one other", &PageError{Page: "briefs/a/index.html", Others: 1, Err: errors.New(`template: brief.html:2:4: bad`)},
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 5}, `bad; on briefs/a/index.html and 1 other file`, true},
		{"rendered, a space in the path", &PageError{Page: "briefs/a b/index.html", Err: errors.New(`template: brief.html:2:4: bad`)},
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 5}, `bad; on briefs/a b/index.html`, true},
		{"rendered, theme's own", &PageError{Page: "index.html", Err: errors.New(`template: home.html:2:4: bad`)},
			diag.Pos{}, `template: home.html:2:4: bad`, false},
		{"written, quoted", &output.WriteError{Path: "briefs/a/index.html", Err: errors.New(`html/template:base: "=" in unquoted attr: "/x?q="`)},
			diag.Pos{File: "templates/brief.html", Line: 1, Col: 26}, `"=" in unquoted attr: "/x?q="; on briefs/a/index.html`, true},
		{"text alone names no page", errors.New(`rendering briefs/a/index.html: template: brief.html:2:4: bad`),
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 5}, `bad`, true},
		{"undefined function", errors.New(`templates/entity.html: template: entity.html:2: function "safeHTML" not defined`),
			diag.Pos{File: "templates/entity.html", Line: 2, Col: 30}, `function "safeHTML" not defined (a body is HTML already (.Brief.HTML); other text is escaped, as it must be; docs/templates.md lists the functions)`, true},
		{"quoted", errors.New(`html/template:brief.html: "=" in unquoted attr: "/x?q="`),
			diag.Pos{File: "templates/brief.html", Line: 1, Col: 26}, `"=" in unquoted attr: "/x?q="`, true},
	} {
		pos, msg, ok := TemplateProblem(site, tc.err)
		if pos != tc.pos || msg != tc.msg || ok != tc.ok {
			t.Errorf("%s: got %v %q %v, want %v %q %v", tc.name, pos, msg, ok, tc.pos, tc.msg, tc.ok)
		}
	}
}

// TestPageErrorText checks that a PageError reads as Stream has always
// told it, which scripts and users match.
func TestPageErrorText(t *testing.T) {
	bad := errors.New("template: brief.html:2:4: bad")
	for others, want := range []string{
		"rendering briefs/a/index.html: template: brief.html:2:4: bad",
		"rendering briefs/a/index.html and 1 other file: template: brief.html:2:4: bad",
		"rendering briefs/a/index.html and 2 other files: template: brief.html:2:4: bad",
	} {
		err := &PageError{Page: "briefs/a/index.html", Others: others, Err: bad}
		if err.Error() != want {
			t.Errorf("PageError with %d others reads %q, want %q", others, err.Error(), want)
		}
		if !errors.Is(err, bad) {
			t.Errorf("PageError with %d others does not unwrap to its error", others)
		}
	}
}

// TestParseErrorsAtOnce checks that every template of the site's that
// does not parse is told in one run, each once at its own file, a base.html
// or partials.html of the site's too, and that an unexpected end of file,
// or a {{define}} met inside a block, is placed at the block no {{end}}
// closes.
func TestParseErrorsAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"partials and pages", map[string]string{
			"partials.html": "{{define \"date\"}}{{if .IsZero}}x{{end}{{end}}\n",
			"brief.html":    "{{define \"main\"}}\n<h1>{{.Brief.Title}</h1>\n{{end}}\n",
			"entity.html":   "{{define \"main\"}}{{.Entity.Name}}{{end}}\n",
		}, []string{
			"templates/brief.html:2:19: bad character U+007D '}'",
			"templates/partials.html:1:38: bad character U+007D '}'",
		}},
		{"base and partials", map[string]string{
			"base.html":     "{{define \"site-footer\"}}{{if}}{{end}}",
			"partials.html": "{{define \"date\"}}{{.Human}{{end}}",
			"home.html":     "{{define \"main\"}}{{nope}}{{end}}",
		}, []string{
			"templates/base.html:1:27: missing value for if",
			"templates/home.html:1:20: function \"nope\" not defined (docs/templates.md lists the functions)",
			"templates/partials.html:1:26: bad character U+007D '}'",
		}},
		{"a page without main, partials broken", map[string]string{
			"partials.html": "{{define \"date\"}}{{.Human}{{end}}",
			"home.html":     "<p>hello</p>",
		}, []string{
			"templates/home.html:1: defines no \"main\": a page template gives the page's content with {{define \"main\"}}...{{end}}, which the theme's base.html shows",
			"templates/partials.html:1:26: bad character U+007D '}'",
		}},
		{"unclosed with", map[string]string{
			"home.html": "{{define \"main\"}}\n{{with .Latest}}\n<p>{{.Title}}</p>\n{{end}}\n",
		}, []string{
			"templates/home.html:1:1: unexpected EOF: {{define \"main\"}} is not closed with {{end}}; if the {{end}} at line 4 is meant to close it, the {{with}} of line 2, or a block in that, lacks its own",
		}},
		{"unclosed if", map[string]string{
			"brief.html": "{{define \"main\"}}{{- /* }} {{end}} */ -}}{{end}}\n  {{- if eq .Title \"}}{{end}}\" }}\n<p>x</p>",
		}, []string{
			"templates/brief.html:2:3: unexpected EOF: {{if}} is not closed with {{end}}",
		}},
		{"unclosed define, its ends in a comment and a raw string", map[string]string{
			"home.html": "{{define \"main\"}}{{-\t/* {{end}} */\t-}}\n{{range .Briefs}}{{print `\n}}{{end}}`}}{{end}}\n",
		}, []string{
			"templates/home.html:1:1: unexpected EOF: {{define \"main\"}} is not closed with {{end}}; if the {{end}} at line 3 is meant to close it, the {{range}} of line 2, or a block in that, lacks its own",
		}},
		{"unclosed define in partials", map[string]string{
			"partials.html": "{{define \"tag\"}}x{{end}}\n{{define \"date\"}}\n{{if .IsZero}}{{else}}{{.Human}}{{end}}\n",
		}, []string{
			"templates/partials.html:2:1: unexpected EOF: {{define \"date\"}} is not closed with {{end}}; if the {{end}} at line 3 is meant to close it, the {{if}} of line 3, or a block in that, lacks its own",
		}},
		{"unclosed if before the next define", map[string]string{
			"search.html": themeFile(t, "search.html", "\n<form", "\n{{if .Title}}\n<form"),
		}, []string{
			"templates/search.html:1:1: unexpected <define> in command: {{define \"main\"}} is not closed with {{end}} before the {{define \"scripts\"}} of line 14; if the {{end}} at line 13 is meant to close it, the {{if}} of line 3, or a block in that, lacks its own",
		}},
		{"open if at a define", map[string]string{
			"partials.html": "{{define \"tag\"}}\n  {{- if .}}x\n{{define \"date\"}}y{{end}}\n",
		}, []string{
			"templates/partials.html:2:3: unexpected <define> in command: {{if}} is not closed with {{end}} before the {{define \"date\"}} of line 3",
		}},
		{"unclosed define in base", map[string]string{
			"base.html": "{{define \"site-footer\"}}\n{{with .}}x{{end}}\n{{/* {{define \"x\"}} */}}{{define \"head\"}}{{end}}",
		}, []string{
			"templates/base.html:1:1: unexpected <define> in command: {{define \"site-footer\"}} is not closed with {{end}} before the {{define \"head\"}} of line 3; if the {{end}} at line 2 is meant to close it, the {{with}} of line 2, or a block in that, lacks its own",
		}},
		{"a stray end is told as Go tells it", map[string]string{
			"home.html": "{{define \"main\"}}\n{{with .X}}\n{{end}}{{end}}{{end}}\n",
		}, []string{
			"templates/home.html:3: unexpected {{end}}",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site := fstest.MapFS{}
			for name, src := range tc.files {
				site["templates/"+name] = &fstest.MapFile{Data: []byte(src)}
			}
			placed, rest := PlaceErrors(site, errors.Join(TemplateErrors(site)...))
			var got []string
			for _, p := range placed {
				got = append(got, p.Pos.String()+": "+p.Msg)
			}
			for _, e := range rest {
				got = append(got, "unplaced: "+e.Error())
			}
			slices.Sort(got)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestPartialCall checks that a theme's partial failing on the value a
// {{template}} of the site's gave it, which text/template places in the
// theme's file alone, is told at the site's call, with where the theme's
// partial failed and what it takes; at the first of several calls, the
// page template's first, naming the others; that only a call on the way
// to the failure, on the page that failed, is told, never the site's
// call of its own define; and that without such a call it stays
// unplaced.
func TestPartialCall(t *testing.T) {
	dateErr := `template: partials.html:2:9: executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief`
	tagsErr := `template: partials.html:13:30: executing "tags" at <index . 1>: error calling index: reflect: slice index out of range`
	for _, tc := range []struct {
		name  string
		files map[string]string
		err   error
		want  string
	}{
		{"date given a brief", map[string]string{
			"brief.html": `{{define "main"}}<h1>{{.Brief.Title}}</h1>{{template "date" .Brief}}{{end}}`,
		}, &PageError{Page: "briefs/a/index.html", Template: "brief.html", Err: errors.New(dateErr)},
			`templates/brief.html:1:54: {{template "date"}} shows the theme's "date", which fails on the value given it: executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief, in the theme's partials.html at line 2; "date" takes a date, as .Brief.Date; on briefs/a/index.html`},
		{"tags given a list of actors", map[string]string{
			"brief.html": "{{define \"main\"}}\n{{template \"tags\" .Brief.Actors}}{{end}}",
		}, errors.New(tagsErr),
			`templates/brief.html:2:12: {{template "tags"}} shows the theme's "tags", which fails on the value given it: executing "tags" at <index . 1>: error calling index: reflect: slice index out of range, in the theme's partials.html at line 13; "tags" takes (list page entities label)`},
		{"through a partial of the theme's", map[string]string{
			"entity.html": "{{define \"main\"}}{{template \"date-span\" (list .Entity .Entity)}}{{end}}",
		}, errors.New(dateErr),
			`templates/entity.html:1:29: {{template "date-span"}} shows the theme's "date-span", which fails on the value given it (in "date", which it shows): executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief, in the theme's partials.html at line 2; "date-span" takes (list first last)`},
		{"two calls", map[string]string{
			"partials.html": "{{define \"when\"}}{{template \"date\" .}}{{end}}",
			"home.html":     "{{define \"main\"}}{{template \"when\" .Latest}}{{template \"date\" .Latest}}{{end}}",
		}, errors.New(dateErr),
			`templates/home.html:1:56: {{template "date"}} shows the theme's "date", which fails on the value given it: executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief, in the theme's partials.html at line 2; "date" takes a date, as .Brief.Date; or the {{template "date"}} at templates/partials.html:1:29`},
		{"a define no page shows", map[string]string{
			"partials.html": "{{define \"when\"}}{{template \"date\" .}}{{end}}",
			"home.html":     "{{define \"main\"}}{{template \"date\" .Latest}}{{end}}",
		}, errors.New(dateErr),
			`templates/home.html:1:29: {{template "date"}} shows the theme's "date", which fails on the value given it: executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief, in the theme's partials.html at line 2; "date" takes a date, as .Brief.Date`},
		{"the page's own call, not base.html's of the site's main", map[string]string{
			"base.html":  themeFile(t, "base.html", `<main id="main" class="wrap"`, `<main id="main" class="wrap mine"`),
			"brief.html": themeFile(t, "brief.html", "\n<p class=\"kicker\">", "\n<p>{{template \"date\" .Brief}}</p>\n<p class=\"kicker\">"),
			"home.html":  themeFile(t, "home.html", "<h1", "<p>{{template \"date\" .Latest.Date}}</p>\n<h1"),
		}, &PageError{Page: "briefs/a/index.html", Template: "brief.html", Err: errors.New(dateErr)},
			`templates/brief.html:4:15: {{template "date"}} shows the theme's "date", which fails on the value given it: executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief, in the theme's partials.html at line 2; "date" takes a date, as .Brief.Date; on briefs/a/index.html`},
		{"a call on another page", map[string]string{
			"home.html": "{{define \"main\"}}{{template \"date\" .Latest}}{{end}}",
		}, &PageError{Page: "briefs/a/index.html", Template: "brief.html", Err: errors.New(dateErr)},
			"unplaced: " + dateErr},
		{"on a list of actors", map[string]string{
			"entities.html": "{{define \"main\"}}{{template \"date\" .}}{{end}}",
			"entity.html":   "{{define \"main\"}}{{template \"date\" .Entity}}{{end}}",
		}, &PageError{Page: "actors/by-briefs/index.html", Template: "entities.html", Err: errors.New(dateErr)},
			`templates/entities.html:1:29: {{template "date"}} shows the theme's "date", which fails on the value given it: executing "date" at <.IsZero>: can't evaluate field IsZero in type *site.Brief, in the theme's partials.html at line 2; "date" takes a date, as .Brief.Date; on actors/by-briefs/index.html`},
		{"no call of the site's", map[string]string{
			"home.html": "{{define \"main\"}}{{memo \"date\" .Latest}}{{end}}",
		}, errors.New(dateErr),
			"unplaced: " + dateErr},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site := fstest.MapFS{}
			for name, src := range tc.files {
				site["templates/"+name] = &fstest.MapFile{Data: []byte(src)}
			}
			pos, msg, ok := TemplateProblem(site, tc.err)
			got := pos.String() + ": " + msg
			if !ok {
				got = "unplaced: " + msg
			}
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// themeFile returns the theme's file name with its first old replaced
// by new, as a site's copy of it that was edited.
func themeFile(t *testing.T, name, old, new string) string {
	t.Helper()
	src, err := fs.ReadFile(brieftemplates.FS, name)
	if err != nil || !strings.Contains(string(src), old) {
		t.Fatalf("the theme's %s: %v, or no %q in it", name, err, old)
	}
	return strings.Replace(string(src), old, new, 1)
}

// TestNoSuchTemplateHint checks that a template shown under a name none
// has is told the nearest name of the theme's or the site's, or the
// theme's name for what other generators' themes call "header", whether
// shown by {{template}} or by fragment, and that a name far from any
// gets no guess.
func TestNoSuchTemplateHint(t *testing.T) {
	site := fstest.MapFS{
		"templates/brief.html":    {Data: []byte("{{define \"main\"}}\n{{template \"brief_item\" (list . .Brief)}}{{end}}")},
		"templates/partials.html": {Data: []byte(`{{define "byline"}}x{{end}}`)},
	}
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"theme's", &PageError{Page: "briefs/a/index.html", Err: errors.New(`html/template:brief.html:2:11: no such template "brief_item"`)},
			`templates/brief.html:2:12: no such template "brief_item" (did you mean "brief-item"?); on briefs/a/index.html`},
		{"site's, by fragment", errors.New(`template: brief.html:2:3: executing "main" at <fragment "bylin" . .Brief>: error calling fragment: html/template: "bylin" is undefined`),
			`templates/brief.html:2:4: executing "main" at <fragment "bylin" . .Brief>: error calling fragment: html/template: "bylin" is undefined (did you mean "byline"?)`},
		{"Hugo's", errors.New(`html/template:brief.html:2:11: no such template "header"`),
			`templates/brief.html:2:12: no such template "header" (the theme's header is {{define "site-header"}} of its base.html, which a {{define "site-header"}} of yours replaces)`},
		{"far from any", errors.New(`html/template:brief.html:2:11: no such template "sidebar"`),
			`templates/brief.html:2:12: no such template "sidebar"`},
	} {
		pos, msg, _ := TemplateProblem(site, tc.err)
		if got := pos.String() + ": " + msg; got != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, got, tc.want)
		}
	}
}
