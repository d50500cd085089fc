package render

import (
	"strings"
	"testing"
	"text/template"
)

// FuzzOpenBlock checks that openBlock, which reads a template's blocks
// to say which one no {{end}} closes, never panics, that a block it
// returns starts at an action, and that it finds none in a template
// text/template parses, whose blocks are all closed.
func FuzzOpenBlock(f *testing.F) {
	for _, s := range []string{
		`{{define "main"}}{{with .X}}<p>{{.}}</p>{{end}}`,
		`{{if .A}}a{{else if .B}}b{{end}}`,
		`{{- /* {{if}} */ -}}{{range .}}{{"}}"}}{{end}}`,
		`{{/* }} {{if */}}`,
		"{{block `x` .}}{{'}'}}{{end}}{{with",
		`{{define "a"}}{{if .}}{{end}}{{end}}{{define "b"}}{{range .}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		b, ok := openBlock(src)
		if !ok {
			return
		}
		if b.at < 0 || b.at >= len(src) || !strings.HasPrefix(src[b.at:], "{{") {
			t.Fatalf("openBlock(%q) gives a block at %d, which is no action's start", src, b.at)
		}
		if _, err := template.New("t").Parse(src); err == nil {
			t.Fatalf("openBlock(%q) finds %s open at %d, but text/template parses it", src, b.name, b.at)
		}
	})
}
