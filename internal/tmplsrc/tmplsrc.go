// Package tmplsrc finds the actions in a Go template's source text, as
// text/template's lexer finds them: where each {{ ... }} starts and
// ends, passing over a }} in its quoted strings, raw strings, character
// constants or comment, and what it holds inside its delimiters and trim
// markers. It is for the code that reads a template's text to place what
// it finds there (check masking the quotes in actions, render finding
// the block no {{end}} closes); it is not a parser, and does not say
// whether an action is valid, only where it is.
package tmplsrc

import "strings"

// spaces are the characters a trim marker takes away, as text/template
// has them.
const spaces = " \t\r\n"

// NextAction returns the offset of the first action at or after
// text[i:], its "{{", and the offset just past its "}}"; start is -1
// when there is none, and end is -1 when text/template's lexer would
// not close the action: no "}}" outside its strings, a "..." or '...'
// broken by a newline, a comment with no */ or one that does not end
// at its }}, where the lexer stops with an error.
func NextAction(text string, i int) (start, end int) {
	start = strings.Index(text[i:], "{{")
	if start < 0 {
		return -1, -1
	}
	start += i
	return start, actionEnd(text, start)
}

// actionEnd returns the offset just past the action that starts at
// text[start:], "{{", or -1 when it is not closed (see NextAction).
func actionEnd(text string, start int) int {
	i := start + 2
	if leftTrim(text[i:]) {
		i += 2
	}
	if strings.HasPrefix(text[i:], "/*") {
		// A comment is the whole action: {{/* ... */}}, {{- /* ... */ -}}.
		c := strings.Index(text[i+2:], "*/")
		if c < 0 {
			return -1
		}
		i += 2 + c + 2
		switch rest := text[i:]; {
		case strings.HasPrefix(rest, "}}"):
			return i + 2
		case rightTrim(rest) && strings.HasPrefix(rest[2:], "}}"):
			return i + 4
		}
		return -1
	}
	for ; i < len(text); i++ {
		switch c := text[i]; c {
		case '}':
			if strings.HasPrefix(text[i:], "}}") {
				return i + 2
			}
		case '`':
			q := strings.IndexByte(text[i+1:], '`')
			if q < 0 {
				return -1
			}
			i += 1 + q
		case '"', '\'':
			for i++; i < len(text) && text[i] != c; i++ {
				if text[i] == '\\' {
					i++
				}
				if i < len(text) && text[i] == '\n' {
					return -1
				}
			}
			if i >= len(text) {
				return -1
			}
		}
	}
	return -1
}

// Text returns what the action a, "{{- if .X -}}", holds between its
// delimiters and trim markers, without the spaces around it (those
// text/template takes as spaces): "if .X". An
// action NextAction found not closed has no "}}" to take away.
func Text(a string) string {
	left, right := TrimMarkers(a)
	a = strings.TrimSuffix(strings.TrimPrefix(a, "{{"), "}}")
	if left {
		a = a[1:]
	}
	if right && a != "" {
		a = a[:len(a)-1]
	}
	return strings.Trim(a, spaces)
}

// TrimMarkers reports whether the action a, from its "{{" to its "}}",
// starts "{{- " and ends " -}}", taking away the spaces before it and
// after it in the template's text; the space may be a tab, a carriage
// return or a newline.
func TrimMarkers(a string) (left, right bool) {
	left = strings.HasPrefix(a, "{{") && leftTrim(a[2:])
	right = len(a) >= 6 && strings.HasSuffix(a, "}}") && rightTrim(a[len(a)-4:])
	return left, right
}

// leftTrim reports whether s, just after a "{{", starts with a trim
// marker: "-" and a space.
func leftTrim(s string) bool {
	return len(s) >= 2 && s[0] == '-' && strings.IndexByte(spaces, s[1]) >= 0
}

// rightTrim reports whether s, just before a "}}", starts with a trim
// marker: a space and "-".
func rightTrim(s string) bool {
	return len(s) >= 2 && strings.IndexByte(spaces, s[0]) >= 0 && s[1] == '-'
}
