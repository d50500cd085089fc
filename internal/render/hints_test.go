package render

import (
	"html/template"
	"io"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/site"
)

// TestHints executes templates that ask a page or the site for what
// Hugo's have, and checks the error says where brief has it.
func TestHints(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`{{.Params.author}}`, "(a brief's params are .Brief.Params, a profile's .Entity.Params, the site's .Site.Config.Params; docs/templates.md)"},
		{`{{.Content}}`, "a brief's body is .Brief.HTML"},
		{`{{.Site.Params.x}}`, "(the site's params are .Site.Config.Params; docs/templates.md)"},
		{`{{.Site.Title}}`, "the site's title is .Site.Config.Title"},
		{`{{.Nonsense}}`, ""},
		{`{{.Site.Config.Titel}}`, "(did you mean .Title?)"},
		{`{{.Titel}}`, "(did you mean .Title?)"},
		{`{{.Brief.Param.author}}`, "(did you mean .Params?)"},
		{`{{.Brief.Content}}`, "(a brief's body is .Brief.HTML; docs/templates.md)"},
		{`{{.Brief.Tags}}`, "a brief's tags are its topics, .Brief.Topics"},
		{`{{.Brief.Date.Format "2 Jan 2006"}}`, "show it with {{human .Brief.Date}}, or format its first instant, .Start.Format"},
		{`{{.Paginator}}`, "split by year: .YearPages"},
		{`{{.Entity.Title}}`, "(a profile's name is .Entity.Name; docs/templates.md)"},
		{`{{.Brief.Name}}`, "a brief's title is .Brief.Title"},
		{`{{.Site.Name}}`, "the site's title is .Site.Config.Title"},
		{`{{.Brief.Author}}`, "keep one under params, .Brief.Params.author"},
		{`{{.IsHome}}`, `{{if eq .Section "home"}}`},
		// A partial shown with fragment gets (list page item).
		{`{{/* a list */}}{{.Site.Config.Title}}`, "(dot is a list here, as fragment and list give a partial: the page is (index . 0), the item (index . 1); docs/templates.md)"},
	} {
		tmpl := template.Must(template.New("t").Parse(tt.src))
		var dot any = &Page{Site: &site.Site{}, Brief: &site.Brief{}, Entity: &site.Entity{}}
		if strings.HasPrefix(tt.src, "{{/* a list */}}") {
			dot = []any{dot, "item"}
		}
		err := tmpl.Execute(io.Discard, dot)
		if err == nil {
			t.Fatalf("%s: no error", tt.src)
		}
		got := withHint(err).Error()
		if tt.want == "" && got != err.Error() || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestHintNames checks that a typo is not told a method that takes
// arguments, which a field's place cannot call.
func TestHintNames(t *testing.T) {
	tmpl := template.Must(template.New("t").Parse(`{{.Brief.Namez}}`))
	err := tmpl.Execute(io.Discard, &Page{Site: &site.Site{}, Brief: &site.Brief{}})
	if err == nil || strings.Contains(withHint(err).Error(), ".Names") {
		t.Errorf("%v: told a method that takes an entity", withHint(err))
	}
}

// TestNilHint checks that asking a page that shows no brief or profile
// for one's field is told to ask only where there is one.
func TestNilHint(t *testing.T) {
	for _, src := range []string{`{{.Brief.Params.author}}`, `{{.Entity.Country.Name}}`} {
		err := template.Must(template.New("t").Parse(src)).Execute(io.Discard, &Page{Site: &site.Site{}})
		kind := strings.Split(src, ".")[1]
		if want := "(." + kind + " is set only on the pages that show one: {{with ." + kind + "}}...{{end}})"; err == nil || !strings.Contains(withHint(err).Error(), want) {
			t.Errorf("%s: %v, want %s", src, withHint(err), want)
		}
	}
}

// TestFuncHints checks that a function brief lacks, as Hugo's partial,
// is told what brief has instead.
func TestFuncHints(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`{{partial "head.html" .}}`, `function "partial" not defined (a partial is a {{define "name"}} in templates/partials.html, shown with {{template "name" .}}; docs/templates.md lists the functions)`},
		{`{{.Brief.Title | safeHTML}}`, `(a body is HTML already (.Brief.HTML); other text is escaped, as it must be; docs/templates.md lists the functions)`},
		{`{{nosuch 1}}`, `function "nosuch" not defined (docs/templates.md lists the functions)`},
	} {
		_, err := template.New("t").Parse(tt.src)
		if err == nil {
			t.Fatalf("%s: no error", tt.src)
		}
		if got := withHint(err).Error(); !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestCitationHints checks that a partial of a site's own that reads a
// source's fields from what is a brief's citation, as source-item now
// gets, is told where they are.
func TestCitationHints(t *testing.T) {
	dot := &Page{Brief: &site.Brief{Sources: []*site.Citation{{Source: &site.Source{ID: "r"}}}}}
	for _, field := range []string{"ID", "Title", "URL"} {
		tmpl := template.Must(template.New("t").Parse(`{{range .Brief.Sources}}{{.` + field + `}}{{end}}`))
		err := tmpl.Execute(io.Discard, dot)
		if want := "a citation's source is .Source"; err == nil || !strings.Contains(withHint(err).Error(), want) {
			t.Errorf(".%s of a citation: %v, want a hint with %q", field, err, want)
		}
	}
}

// TestSourceItemHint checks that a brief.html of a site's own that gives
// source-item a source, as the theme did before a brief's citations kept
// their own notes, is told to give it the citation.
func TestSourceItemHint(t *testing.T) {
	dot := &Page{Brief: &site.Brief{Sources: []*site.Citation{{Source: &site.Source{ID: "r"}}}}}
	tmpl := template.Must(template.New("t").Parse(`{{range .Brief.Sources}}{{with .Source}}{{.Source.ID}}{{end}}{{end}}`))
	err := tmpl.Execute(io.Discard, dot)
	if want := `{{template "source-item" (list $ .)}}`; err == nil || !strings.Contains(withHint(err).Error(), want) {
		t.Errorf("source-item given a source: %v, want a hint with %q", err, want)
	}
}
