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
		// A partial shown with fragment gets (list page item).
		{`{{/* a list */}}{{.Site.Config.Title}}`, "(dot is a list here, as fragment and list give a partial: the page is (index . 0), the item (index . 1); docs/templates.md)"},
	} {
		tmpl := template.Must(template.New("t").Parse(tt.src))
		var dot any = &Page{Site: &site.Site{}, Brief: &site.Brief{}}
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
