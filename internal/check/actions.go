package check

import (
	"bytes"
	"strings"

	"github.com/briefsite/brief/internal/tmplsrc"
)

// masks are what maskActions writes in an action in place of what
// would end an attribute's value or a tag, or start one.
var masks = strings.NewReplacer("\x01", `"`, "\x02", "'", "\x03", "`", "\x04", "<", "\x05", ">")

// maskActions returns a copy of a template's text with the quotes and
// angle brackets in its actions masked, byte for byte, so that an HTML
// tokenizer reads src="{{.Asset "img/logo.png"}}" as one attribute,
// and a comment's <link> as no element; unmask gives them back.
func maskActions(data []byte) []byte {
	out := bytes.Clone(data)
	text := string(data)
	for i := 0; ; {
		j, k := tmplsrc.NextAction(text, i)
		if j < 0 || k < 0 {
			break
		}
		for n := j + 2; n < k-2; n++ {
			switch out[n] {
			case '"':
				out[n] = 1
			case '\'':
				out[n] = 2
			case '`':
				out[n] = 3
			case '<':
				out[n] = 4
			case '>':
				out[n] = 5
			}
		}
		i = k
	}
	return out
}

// unmask returns s, read from a text maskActions masked, as written.
func unmask(s string) string {
	if !strings.ContainsAny(s, "\x01\x02\x03\x04\x05") {
		return s
	}
	return masks.Replace(s)
}

// fitsActions reports whether the value v of a page may be the value
// tv of a template gives it: its text, with anything in place of its
// actions, and without the spaces their trim markers take away.
func fitsActions(tv, v string) bool {
	parts := literals(tv)
	if len(parts) == 1 {
		return tv == v
	}
	if !strings.HasPrefix(v, parts[0]) {
		return false
	}
	v = v[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(v, p)
		if i < 0 {
			return false
		}
		v = v[i+len(p):]
	}
	return strings.HasSuffix(v, last)
}

// literals returns the text of a template's tv around its actions, one
// more than there are actions, each without the spaces a trim marker
// beside it takes away.
func literals(tv string) []string {
	parts, _ := literalsAt(tv)
	return parts
}

// literalsAt is literals, with the offset of each action in tv.
func literalsAt(tv string) ([]string, []int) {
	var parts []string
	var actions []int
	off := 0 // of tv, as it is cut, in the whole
	trimLeft := false
	for {
		i, k := tmplsrc.NextAction(tv, 0)
		if i < 0 || k < 0 {
			break
		}
		left, right := tmplsrc.TrimMarkers(tv[i:k])
		lit := tv[:i]
		if trimLeft {
			lit = strings.TrimLeft(lit, " \t\r\n")
		}
		if left {
			lit = strings.TrimRight(lit, " \t\r\n")
		}
		parts, actions = append(parts, lit), append(actions, off+i)
		trimLeft = right
		tv, off = tv[k:], off+k
	}
	if trimLeft {
		tv = strings.TrimLeft(tv, " \t\r\n")
	}
	return append(parts, tv), actions
}
