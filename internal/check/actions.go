package check

import (
	"bytes"
	"strings"
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
		j, k := nextAction(text, i)
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

// nextAction returns the offset of the first action at or after
// text[i:], its "{{", and the offset just past its end (see actionEnd:
// -1 when it is not closed); j is -1 when there is none.
func nextAction(text string, i int) (j, k int) {
	j = strings.Index(text[i:], "{{")
	if j < 0 {
		return -1, -1
	}
	j += i
	return j, actionEnd(text, j)
}

// actionEnd returns the offset just past the action that starts at
// text[j:], "{{", or -1 when it is not closed: a comment's */}}, or
// the first }} outside a quoted string.
func actionEnd(text string, j int) int {
	body := text[j+2:]
	if t := strings.TrimPrefix(body, "- "); strings.HasPrefix(t, "/*") {
		i := strings.Index(t, "*/")
		if i < 0 {
			return -1
		}
		k := strings.Index(t[i:], "}}")
		if k < 0 {
			return -1
		}
		return len(text) - len(t) + i + k + 2
	}
	var quote byte
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case quote != 0:
			if c == '\\' && quote != '`' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '}' && i+1 < len(body) && body[i+1] == '}':
			return j + 2 + i + 2
		}
	}
	return -1
}

// actionText returns what the action a, "{{- if .X -}}", holds between
// its delimiters and trim markers: "if .X".
func actionText(a string) string {
	a = strings.TrimSuffix(strings.TrimPrefix(a, "{{"), "}}")
	if strings.HasPrefix(a, "- ") || strings.HasPrefix(a, "-\t") || strings.HasPrefix(a, "-\n") {
		a = a[1:]
	}
	if strings.HasSuffix(a, " -") || strings.HasSuffix(a, "\t-") || strings.HasSuffix(a, "\n-") {
		a = a[:len(a)-1]
	}
	return strings.TrimSpace(a)
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
		i := strings.Index(tv, "{{")
		k := -1
		if i >= 0 {
			k = actionEnd(tv, i)
		}
		if k < 0 {
			break
		}
		lit := tv[:i]
		if trimLeft {
			lit = strings.TrimLeft(lit, " \t\r\n")
		}
		if a := tv[i:k]; strings.HasPrefix(a, "{{- ") || strings.HasPrefix(a, "{{-\t") || strings.HasPrefix(a, "{{-\n") {
			lit = strings.TrimRight(lit, " \t\r\n")
		}
		parts, actions = append(parts, lit), append(actions, off+i)
		a := tv[i:k]
		trimLeft = strings.HasSuffix(a, " -}}") || strings.HasSuffix(a, "\t-}}") || strings.HasSuffix(a, "\n-}}")
		tv, off = tv[k:], off+k
	}
	if trimLeft {
		tv = strings.TrimLeft(tv, " \t\r\n")
	}
	return append(parts, tv), actions
}
