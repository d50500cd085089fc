package render

import (
	"html/template"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	brieftemplates "github.com/briefsite/brief/templates"
)

// TestWarnStrayFiles checks the warnings of files in templates/ that
// replace none of the theme's: the nearest name, Hugo's names, folders of
// templates, templates of other extensions than .html, to be renamed or,
// when the .html one is there, merged into it, and Sass or Less
// stylesheets; and that the theme's names, hidden files, other files and
// links (load's errors) pass.
func TestWarnStrayFiles(t *testing.T) {
	site := fstest.MapFS{
		"templates/Home.html":            {Data: []byte("x")},
		"templates/index.html":           {Data: []byte("x")},
		"templates/baseof.html":          {Data: []byte("x")},
		"templates/styles.css":           {Data: []byte("x")},
		"templates/home.html":            {Data: []byte("x")},
		"templates/.#base.html":          {Data: []byte("x")},
		"templates/notes.txt":            {Data: []byte("x")},
		"templates/partials/date.html":   {Data: []byte("x")},
		"templates/images/logo.svg":      {Data: []byte("x")},
		"templates/brief.html":           {Data: []byte("../elsewhere/brief.html"), Mode: fs.ModeSymlink},
		"templates/_default/list/x.html": {Data: []byte("x")},
		"templates/layouts":              {Data: []byte("../elsewhere"), Mode: fs.ModeSymlink},
		"templates/brief.tmpl":           {Data: []byte("x")},
		"templates/baseof.gohtml":        {Data: []byte("x")},
		"templates/single.html.tmpl":     {Data: []byte("x")},
		"templates/hom.htm":              {Data: []byte("x")},
		"templates/x.htm":                {Data: []byte("x")},
		"templates/home.htm":             {Data: []byte("x")},
		"templates/index.tmpl":           {Data: []byte("x")},
		"templates/style.scss":           {Data: []byte("x")},
		"templates/theme.less":           {Data: []byte("x")},
		"templates/sass/_vars.sass":      {Data: []byte("x")},
		"templates/tag.html":             {Data: []byte("x")},
		"templates/date.html":            {Data: []byte("x")},
		"templates/mine.html":            {Data: []byte("x")},
		"templates/breif.html":           {Data: []byte("x")},
		"templates/search.css":           {Data: []byte("x")},
	}
	var diags diag.List
	warnStrayFiles(themeFS{site: site}, &diags)
	var got []string
	for _, d := range diags.Sorted() {
		got = append(got, d.String())
	}
	want := []string{
		"templates/Home.html: warning: replaces no file of the theme's, so nothing uses it; did you mean home.html?",
		"templates/_default: warning: skipped: brief reads the files in templates/ itself, not in folders under it",
		"templates/baseof.gohtml: warning: not read: brief reads templates named .html; rename it base.html, which does what Hugo's baseof.html does",
		"templates/baseof.html: warning: replaces no file of the theme's, so nothing uses it; brief's base.html does what Hugo's baseof.html does",
		"templates/breif.html: warning: replaces no file of the theme's, so nothing uses it; did you mean brief.html?",
		"templates/brief.tmpl: warning: not read: brief reads templates named .html; rename it brief.html",
		"templates/date.html: warning: replaces no file of the theme's, so nothing uses it; \"date\" is a {{define}} in the theme's partials.html, which {{define \"date\"}} in templates/partials.html replaces",
		"templates/hom.htm: warning: not read: brief reads templates named .html; did you mean home.html?",
		"templates/home.htm: warning: not read: brief reads templates named .html, and uses templates/home.html beside it: merge what this has of yours into that one, or delete this",
		"templates/index.html: warning: replaces no file of the theme's, so nothing uses it; brief's home.html does what Hugo's index.html does",
		"templates/index.tmpl: warning: not read: brief reads templates named .html, and uses templates/home.html beside it, which does what Hugo's index.html does: merge what this has of yours into that one, or delete this",
		"templates/mine.html: warning: replaces no file of the theme's, so nothing uses it; the theme's are 404.html,",
		"templates/partials: warning: skipped: brief reads the files in templates/ itself, not in folders under it",
		"templates/sass: warning: skipped: brief reads the files in templates/ itself, not in folders under it",
		"templates/search.css: warning: replaces no file of the theme's, so nothing uses it; the theme's are 404.html,",
		"templates/single.html.tmpl: warning: not read: brief reads templates named .html; rename it brief.html, which does what Hugo's single.html does",
		"templates/style.scss: warning: not read: brief reads plain CSS, not Sass or Less; compile this into templates/style.css, which replaces the theme's stylesheet whole, or into a file of static/ linked from {{define \"head\"}} (docs/templates.md)",
		"templates/styles.css: warning: replaces no file of the theme's, so nothing uses it; did you mean style.css?",
		"templates/tag.html: warning: replaces no file of the theme's, so nothing uses it; brief's entity.html does what Hugo's tag.html does, and \"tag\" is a {{define}} in the theme's partials.html, which {{define \"tag\"}} in templates/partials.html replaces",
		"templates/theme.less: warning: not read: brief reads plain CSS, not Sass or Less;",
		"templates/x.htm: warning: not read: brief reads templates named .html; the theme's are 404.html, alias.html,",
	}
	if len(got) != len(want) {
		t.Fatalf("warnings:\n%q\nwant:\n%q", got, want)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("warning %d:\n%s\nwant it to start:\n%s", i, got[i], want[i])
		}
	}
}

// TestWarnStyleSources checks that a Sass or Less stylesheet in
// templates/, or a folder of them, is warned of as not read, and not
// when the style.css compiled from it is beside it, as a site that
// compiles its stylesheet keeps both.
func TestWarnStyleSources(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
		want  []string
	}{
		{"alone", []string{"style.scss"}, []string{
			`templates/style.scss: warning: not read: brief reads plain CSS, not Sass or Less; compile this into templates/style.css, which replaces the theme's stylesheet whole, or into a file of static/ linked from {{define "head"}} (docs/templates.md)`,
		}},
		{"a folder alone", []string{"sass/_vars.sass"}, []string{
			`templates/sass: warning: skipped: brief reads the files in templates/ itself, not in folders under it (the theme's are 404.html, alias.html,`,
		}},
		{"beside style.css", []string{"style.scss", "theme.less", "style.css"}, nil},
		{"a folder beside style.css", []string{"scss/_vars.scss", "scss/main.scss", "style.css"}, nil},
		{"a folder of templates beside style.css", []string{"scss/main.scss", "scss/x.html", "style.css"}, []string{
			`templates/scss: warning: skipped: brief reads the files in templates/ itself, not in folders under it`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site := fstest.MapFS{}
			for _, name := range tc.files {
				site["templates/"+name] = &fstest.MapFile{Data: []byte("x")}
			}
			var diags diag.List
			warnStrayFiles(themeFS{site: site}, &diags)
			var got []string
			for _, d := range diags.Sorted() {
				got = append(got, d.String())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("warning:\n%s\nwant it to start:\n%s", got[i], tc.want[i])
				}
			}
		})
	}
}

// TestThemeNames checks what brief templates tells of a name the theme
// has no file of: the theme's file that does what Hugo's does, and the
// theme's file a partial is a define of.
func TestThemeNames(t *testing.T) {
	for _, tc := range []struct {
		name, hugo, define string
	}{
		{"single.html", "brief's brief.html does what Hugo's single.html does", ""},
		{"baseof.html", "brief's base.html does what Hugo's baseof.html does", ""},
		{"date", "", "partials.html"},
		{"site-header", "", "base.html"},
		{"scripts", "", "base.html"},
		{"tag.html", "brief's entity.html does what Hugo's tag.html does", ""},
		{"sidebar", "", ""},
		{"base", "", "base.html"},
	} {
		if got := HugoTemplateHint(tc.name); got != tc.hugo {
			t.Errorf("HugoTemplateHint(%q) = %q, want %q", tc.name, got, tc.hugo)
		}
		if got := ThemeDefine(tc.name); got != tc.define {
			t.Errorf("ThemeDefine(%q) = %q, want %q", tc.name, got, tc.define)
		}
	}
}

// TestWarnLostBlocks checks that a site's base.html without the block
// the search page loads its script in is warned of, and one that keeps
// it, or the theme's own, is not.
func TestWarnLostBlocks(t *testing.T) {
	theme, err := fs.ReadFile(brieftemplates.FS, "base.html")
	if err != nil {
		t.Fatal(err)
	}
	without := strings.Replace(string(theme), `{{block "scripts" .}}{{end}}`, "", 1)
	if without == string(theme) {
		t.Fatal("the theme's base.html has no scripts block")
	}
	for _, tc := range []struct {
		name string
		site fstest.MapFS
		want string
	}{
		{"theme", fstest.MapFS{}, ""},
		{"base kept", fstest.MapFS{"templates/base.html": {Data: []byte(string(theme) + "\n")}}, ""},
		{"head added", fstest.MapFS{"templates/base.html": {Data: []byte(`{{define "head"}}<link rel="icon" href="x.png">{{end}}`)}}, ""},
		{"scripts gone", fstest.MapFS{"templates/base.html": {Data: []byte(without)}},
			`templates/base.html: warning: "base" shows no {{template "scripts" .}}, so what search.html puts there is not on the page`},
		{"main gone", fstest.MapFS{"templates/base.html": {Data: []byte(strings.Replace(string(theme), `{{template "main" .}}`, "", 1))}},
			`templates/base.html: warning: "base" shows no {{template "main" .}}, so what home.html, brief.html, briefs.html`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := templateWarnings(t, tc.site, func(ts themeFS, sets map[string]*template.Template, diags *diag.List) {
				warnLostBlocks(ts, sets, diags)
			})
			if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)) {
				t.Errorf("warnings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestWarnOutsideDefines checks that text or an action outside any
// {{define}} of a site's base.html or partials.html, which no page
// shows, is warned of at its place, once a file, and that blanks and
// comments there are not, nor the byte order mark of a Windows editor.
func TestWarnOutsideDefines(t *testing.T) {
	site := fstest.MapFS{
		"templates/base.html":     {Data: []byte("{{/* mine */}}\n\n  <footer>{{.Site.Config.Title}}</footer>\n{{define \"site-footer\"}}x{{end}}\nmore\n")},
		"templates/partials.html": {Data: []byte("\uFEFF{{/* only defines */}}\n{{define \"date\"}}{{.}}{{end}}\n\n")},
	}
	var diags diag.List
	warnOutsideDefines(themeFS{site: site}, &diags)
	var got []string
	for _, d := range diags.Sorted() {
		got = append(got, d.String())
	}
	want := `templates/base.html:3:3: warning: outside any {{define}}, shown on no page: brief reads base.html for its defines (every page is {{define "base"}} of base.html); put this inside one`
	if strings.Join(got, "\n") != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// TestWarnHugoDefines checks that a define under the name other
// generators' themes give the theme's header, footer or navigation
// ({{define "header"}}), which replaces nothing, is warned of with the
// theme's name for it, in base.html, partials.html or a page template;
// that one the site's templates show is not, being a partial of its own;
// and that a header.html file is told the same.
func TestWarnHugoDefines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"header in partials", map[string]string{
			"partials.html": "{{define \"date\"}}{{.Human}}{{end}}\n{{define \"header\"}}<header>Mine</header>{{end}}",
		}, []string{`templates/partials.html:2:1: warning: {{define "header"}} replaces no template of the theme's, and no template shows it: the theme's header is {{define "site-header"}} of its base.html, which a {{define "site-header"}} of yours replaces`}},
		{"footer in base, nav in a page", map[string]string{
			"base.html":  `{{define "footer"}}<footer>Mine</footer>{{end}}`,
			"brief.html": `{{define "main"}}x{{end}}{{define "nav"}}<nav></nav>{{end}}`,
		}, []string{
			`templates/base.html:1:1: warning: {{define "footer"}} replaces no template of the theme's, and no template shows it: the theme's footer is {{define "site-footer"}} of its base.html, which a {{define "site-footer"}} of yours replaces`,
			`templates/brief.html:1:26: warning: {{define "nav"}} replaces no template of the theme's, and no template shows it: the theme's navigation is in its header, {{define "site-header"}} of its base.html, which a {{define "site-header"}} of yours replaces`,
		}},
		{"shown by the site's own", map[string]string{
			"partials.html": `{{define "header"}}<b>x</b>{{end}}{{define "site-header"}}{{template "header" .}}{{end}}`,
			"home.html":     `{{define "main"}}{{template "footer" .}}{{end}}{{define "footer"}}x{{end}}`,
		}, nil},
		{"a file", map[string]string{
			"header.html": `<header>x</header>`,
		}, []string{`templates/header.html: warning: replaces no file of the theme's, so nothing uses it; the theme's header is {{define "site-header"}} of its base.html, which a {{define "site-header"}} of yours replaces`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := templateWarnings(t, templateFiles(tc.files), func(ts themeFS, sets map[string]*template.Template, diags *diag.List) {
				warnMisnamedDefines(ts, sets, diags)
				warnStrayFiles(ts, diags)
			})
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestWarnReplacedDefines checks that a define of the site's base.html
// or partials.html that every page template replaces with its own, as
// "main", is warned of as shown on no page, and that one a page shows is
// not: "main" when a page template of the site's has none, "scripts",
// which only the search page replaces.
func TestWarnReplacedDefines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"main in partials", map[string]string{
			"partials.html": "{{define \"date\"}}{{.Human}}{{end}}\n{{define \"main\"}}<p>hello</p>{{end}}",
		}, `templates/partials.html:2:1: warning: {{define "main"}} is shown on no page: each page template defines its own "main", which replaces this one; a page's content goes in its page template (templates/home.html, templates/brief.html, ...)`},
		{"main in base", map[string]string{
			"base.html": `{{define "main"}}<p>hello</p>{{end}}`,
		}, `templates/base.html:1:1: warning: {{define "main"}} is shown on no page`},
		{"main a page of the site's lacks", map[string]string{
			"partials.html": `{{define "main"}}<p>hello</p>{{end}}`,
			"404.html":      `{{define "head"}}<meta name="robots" content="noindex">{{end}}`,
		}, ""},
		{"scripts", map[string]string{
			"partials.html": `{{define "scripts"}}<script src="{{.Asset "assets/x.js"}}"></script>{{end}}`,
		}, ""},
		{"an empty block, as the theme's", map[string]string{
			"base.html": `{{define "base"}}<main>{{template "main" .}}</main>{{block "scripts" .}}{{end}}{{end}}`,
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := templateWarnings(t, templateFiles(tc.files), func(ts themeFS, sets map[string]*template.Template, diags *diag.List) {
				warnReplacedDefines(ts, sets, diags)
			})
			if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)) {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// templateFiles returns a site of the template files named in files,
// each with its text, under templates/.
func templateFiles(files map[string]string) fstest.MapFS {
	site := fstest.MapFS{}
	for name, src := range files {
		site["templates/"+name] = &fstest.MapFile{Data: []byte(src)}
	}
	return site
}

// templateWarnings parses the templates of site over the theme's and
// returns, sorted, the warnings warn gives of them.
func templateWarnings(t *testing.T, site fstest.MapFS, warn func(themeFS, map[string]*template.Template, *diag.List)) []string {
	t.Helper()
	ts := themeFS{site: site}
	sets, err := parseTemplates(ts, &fragments{}, lang.English)
	if err != nil {
		t.Fatal(err)
	}
	var diags diag.List
	warn(ts, sets, &diags)
	var got []string
	for _, d := range diags.Sorted() {
		got = append(got, d.String())
	}
	return got
}
