package render

import (
	"strconv"
	"testing"
	"testing/fstest"
	"text/template"
)

// TestParseErrorColumn checks that a parse error text/template places by
// line alone is given the column of what it quotes, read from the
// template's source, or of the line's one action, and no column where
// the line does not tell the place for sure.
func TestParseErrorColumn(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		col       int
	}{
		{"bad character", "<h1>{{.Brief.Title</h1>}}", 19},
		{"brace", "<p>{{.Human}</p>{{end}}", 12},
		{"missing value", "{{with .X}}{{if}}{{end}}{{end}}", 14},
		{"unexpected item", "a {{template .X}}", 14},
		{"number", "{{.X 3x}}", 6},
		{"right paren", "{{.X)}} {{.Y}}", 5},
		{"keyword as a word, not inside a field", "{{.Backend}} {{end}}", 16},
		{"one action, nothing quoted", "x\n  {{\"abc}}\n", 3},
		{"what it quotes in two actions", "{{.A.}} {{.B.}}", 0},
		{"not a parse error's own line", "{{if .X}}", 0},
	} {
		_, err := template.New("brief.html").Parse(tc.src)
		if err == nil {
			t.Errorf("%s: %q parses", tc.name, tc.src)
			continue
		}
		m := templateAt.FindStringSubmatchIndex(err.Error())
		if m == nil || m[6] >= 0 {
			t.Errorf("%s: %q: the error %q does not give a line alone", tc.name, tc.src, err)
			continue
		}
		msg := err.Error()
		line, _ := strconv.Atoi(msg[m[4]:m[5]])
		theme := themeFS{site: fstest.MapFS{"templates/brief.html": {Data: []byte(tc.src)}}}
		if got := parseErrorColumn(theme, "brief.html", line, msg[m[1]+1:]); got != tc.col {
			t.Errorf("%s: %q (%s): column %d, want %d", tc.name, tc.src, msg, got, tc.col)
		}
	}
}
