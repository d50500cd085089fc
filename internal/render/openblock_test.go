package render

import (
	"strings"
	"testing"
	"text/template"
)

// FuzzOpenBlock checks that openBlock, which reads a template's blocks
// to say which one no {{end}} closes, never panics, that a block it
// returns starts at an action, as does a {{define}} it stops at, after
// the block, that it stops at one where text/template stops at a
// {{define}} inside a block, and that it finds none in a template
// text/template parses, whose blocks are all closed.
func FuzzOpenBlock(f *testing.F) {
	for _, s := range []string{
		`{{define "main"}}{{with .X}}<p>{{.}}</p>{{end}}`,
		`{{if .A}}a{{else if .B}}b{{end}}`,
		`{{- /* {{if}} */ -}}{{range .}}{{"}}"}}{{end}}`,
		`{{/* }} {{if */}}`,
		"{{block `x` .}}{{'}'}}{{end}}{{with",
		`{{define "a"}}{{if .}}{{end}}{{end}}{{define "b"}}{{range .}}`,
		`{{define "a"}}{{if .}}{{end}}{{- define "b"}}{{end}}`,
		"{{with .}}{{/* {{define `x`}} */}}{{block `b` .}}{{end}}{{define `c`}}",
		"{{define `a`}}{{-\t/* {{end}} */\n-}}{{range .}}{{`\n}}{{end}}`}}{{end}}",
		"{{if .}}{{\"\n}}{{end}}\"}}{{end}}{{define `b`}}",
		"{{with .}}{{ /* {{end}} */}}{{end}}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		b, stop, ok := openBlock(src)
		if _, err := template.New("t").Parse(src); err != nil && strings.HasSuffix(err.Error(), "unexpected <define> in command") && stop == nil {
			t.Fatalf("openBlock(%q) does not stop where text/template does: %v", src, err)
		}
		if !ok {
			if stop != nil {
				t.Fatalf("openBlock(%q) stops at %s, with no block open", src, stop.name)
			}
			return
		}
		if b.at < 0 || b.at >= len(src) || !strings.HasPrefix(src[b.at:], "{{") {
			t.Fatalf("openBlock(%q) gives a block at %d, which is no action's start", src, b.at)
		}
		if stop != nil && (stop.at <= b.at || stop.at >= len(src) || !strings.HasPrefix(src[stop.at:], "{{") || !strings.HasPrefix(stop.name, "{{define")) {
			t.Fatalf("openBlock(%q) stops at %d, %s, which is no {{define}} after the block open at %d", src, stop.at, stop.name, b.at)
		}
		if _, err := template.New("t").Parse(src); err == nil {
			t.Fatalf("openBlock(%q) finds %s open at %d, but text/template parses it", src, b.name, b.at)
		}
	})
}
