package render

import (
	"html/template"
	"strings"
	"testing"
)

// TestSelfCall checks that a template leading back to itself through
// fragment or memo is an error at the call, and that calls that end, or
// recursion by {{template}}, which text/template bounds, are not.
func TestSelfCall(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"direct fragment", `{{define "tag"}}x{{if .}}{{fragment "tag" . .}}{{end}}{{end}}`, `p.html:1:27: "tag" shows itself with fragment or memo`},
		{"memo in a range", `{{define "date"}}{{range .}}{{with .}}{{memo "date" .}}{{end}}{{end}}{{end}}`, `p.html:1:40: "date" shows itself`},
		{"cycle", `{{define "a"}}{{template "b" .}}{{end}}{{define "b"}}{{(memo "c" .)}}{{end}}{{define "c"}}{{template "a" .}}{{end}}`, `p.html:1:56: "b" shows "c", which leads back to "b"`},
		{"template recursion", `{{define "a"}}{{if .}}{{template "a" .}}{{end}}{{end}}`, ""},
		{"no cycle", `{{define "a"}}{{fragment "b" . .}}{{memo "b" .}}{{end}}{{define "b"}}b{{end}}`, ""},
		{"name not constant", `{{define "a"}}{{fragment .Name . .}}{{end}}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tmpl, err := template.New("p.html").Funcs(funcs).Parse(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			err = selfCall(tmpl)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}
