package render

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestTemplateProblem checks where a template error is placed in the
// site's templates and that the message left does not repeat the place.
func TestTemplateProblem(t *testing.T) {
	site := fstest.MapFS{
		"templates/brief.html":    {Data: []byte(`{{define "main"}}<a href=/x?q={{.X}}>{{end}}`)},
		"templates/partials.html": {Data: []byte(`{{define "date"}}{{.Nope}}{{end}}`)},
	}
	for _, tc := range []struct {
		name, err string
		pos       diag.Pos
		msg       string
		ok        bool
	}{
		{"parse", "templates/brief.html: template: brief.html:3: missing value for if",
			diag.Pos{File: "templates/brief.html", Line: 3}, "missing value for if", true},
		{"exec", `template: brief.html:2:4: executing "main" at <.Nope>: can't evaluate field Nope`,
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 4}, `executing "main" at <.Nope>: can't evaluate field Nope`, true},
		{"innermost of the site's", `template: base.html:9:3: executing "base" at <fragment>: error calling fragment: template: brief.html:2:4: executing "main" at <.X>: bad`,
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 4}, `executing "main" at <.X>: bad`, true},
		{"layered partials", `template: templates/partials.html:1:19: executing "date" at <.Nope>: bad`,
			diag.Pos{File: "templates/partials.html", Line: 1, Col: 19}, `executing "date" at <.Nope>: bad`, true},
		{"theme's own", `template: home.html:2:4: executing "main" at <.Y>: bad`,
			diag.Pos{}, `template: home.html:2:4: executing "main" at <.Y>: bad`, false},
		{"rendered", `rendering briefs/a/index.html and 2 other files: template: brief.html:2:4: executing "main" at <.Nope>: bad`,
			diag.Pos{File: "templates/brief.html", Line: 2, Col: 4}, `executing "main" at <.Nope>: bad; on briefs/a/index.html and 2 other files`, true},
		{"written, quoted", `writing briefs/a/index.html: html/template:base: "=" in unquoted attr: "/x?q="`,
			diag.Pos{File: "templates/brief.html", Line: 1, Col: 26}, `"=" in unquoted attr: "/x?q="; on briefs/a/index.html`, true},
		{"quoted", `html/template:brief.html: "=" in unquoted attr: "/x?q="`,
			diag.Pos{File: "templates/brief.html", Line: 1, Col: 26}, `"=" in unquoted attr: "/x?q="`, true},
	} {
		pos, msg, ok := TemplateProblem(site, errors.New(tc.err))
		if pos != tc.pos || msg != tc.msg || ok != tc.ok {
			t.Errorf("%s: got %v %q %v, want %v %q %v", tc.name, pos, msg, ok, tc.pos, tc.msg, tc.ok)
		}
	}
}
