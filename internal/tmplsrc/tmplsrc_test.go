package tmplsrc

import (
	"strings"
	"testing"
	"text/template/parse"
)

// TestNextAction checks where an action ends, as text/template's lexer
// ends it: at the first }} outside its strings, or at a comment's */}},
// and not at all (-1) where the lexer stops with the error lexer gives.
func TestNextAction(t *testing.T) {
	for _, tc := range []struct {
		text       string
		i          int
		start, end int
		lexer      string // text/template's error for text, "" if it parses
	}{
		{"no action", 0, -1, -1, ""},
		{"a {{.X}} b", 0, 2, 8, ""},
		{"{{.X}}{{.Y}}", 1, 6, 12, ""},
		{"{{.X}}}", 0, 0, 6, ""},
		{`{{"}}"}}`, 0, 0, 8, ""},
		{`{{"a\"}}"}}`, 0, 0, 11, ""},
		{`{{"a\\"}}`, 0, 0, 9, ""},
		{`{{'}'}}`, 0, 0, 7, ""},
		{`{{'\''}}`, 0, 0, 8, ""},
		{"{{`}}\n\"`}}", 0, 0, 10, ""},
		{"{{`\\`}}", 0, 0, 7, ""},
		{"{{- .X -}}", 0, 0, 10, ""},
		{"{{-\t.X\n-}}", 0, 0, 10, ""},
		{"{{/* }} */}}", 0, 0, 12, ""},
		{"{{- /* }} */ -}}", 0, 0, 16, ""},
		{"{{-\r/* '\" */\n-}}", 0, 0, 16, ""},
		{"{{/* a */}}{{.X}}", 11, 11, 17, ""},
		// Where the lexer stops.
		{"{{.X", 0, 0, -1, "unclosed action"},
		{"{{.X}", 0, 0, -1, "bad character U+007D"},
		{`{{"}}`, 0, 0, -1, "unterminated quoted string"},
		{"{{\"a\n}}\"}}", 0, 0, -1, "unterminated quoted string"},
		{"{{\"a\\\n}}\"}}", 0, 0, -1, "unterminated quoted string"},
		{"{{'\n'}}", 0, 0, -1, "unterminated character constant"},
		{"{{`}}", 0, 0, -1, "unterminated raw quote"},
		{"{{/* }}", 0, 0, -1, "unclosed comment"},
		{"{{/* a */ .X}}", 0, 0, -1, "comment ends before closing delimiter"},
		{"{{/* a */  -}}", 0, 0, -1, "comment ends before closing delimiter"},
	} {
		start, end := NextAction(tc.text, tc.i)
		if start != tc.start || end != tc.end {
			t.Errorf("NextAction(%q, %d) = %d, %d, want %d, %d", tc.text, tc.i, start, end, tc.start, tc.end)
		}
		_, err := parse.Parse("t", tc.text, "", "", nil)
		switch {
		case tc.lexer == "" && err != nil:
			t.Errorf("text/template: %q: %v, want no error", tc.text, err)
		case tc.lexer != "" && (err == nil || !strings.Contains(err.Error(), tc.lexer)):
			t.Errorf("text/template: %q: %v, want %q", tc.text, err, tc.lexer)
		}
	}
}

// TestText checks what an action holds inside its delimiters and trim
// markers, a marker's space being any text/template takes.
func TestText(t *testing.T) {
	for _, tc := range []struct {
		action, want string
		left, right  bool
	}{
		{"{{.X}}", ".X", false, false},
		{"{{ if .X }}", "if .X", false, false},
		{"{{- if .X -}}", "if .X", true, true},
		{"{{-\tif .X\n-}}", "if .X", true, true},
		{"{{-\rend\r-}}", "end", true, true},
		{"{{-3}}", "-3", false, false},
		{"{{.X -1}}", ".X -1", false, false},
		{"{{ -}}", "", false, true},
		{"{{- -}}", "", true, true},
		{"{{- /* a */ -}}", "/* a */", true, true},
		{"{{- with .X", "with .X", true, false},
		{"{{", "", false, false},
	} {
		if got := Text(tc.action); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.action, got, tc.want)
		}
		if left, right := TrimMarkers(tc.action); left != tc.left || right != tc.right {
			t.Errorf("TrimMarkers(%q) = %v, %v, want %v, %v", tc.action, left, right, tc.left, tc.right)
		}
	}
}

// FuzzNextAction checks that NextAction never panics, that an action it
// finds starts at a {{ at or after where it looked and ends past a }},
// and, for a template text/template parses, that every action is closed
// and the text between them, less what trim markers take away, is the
// text text/template finds, at the same offsets.
func FuzzNextAction(f *testing.F) {
	for _, s := range []string{
		"a {{.X}} b {{- .Y -}} c",
		`{{"}}"}}x{{'}'}}y{{"\"}}"}}`,
		"{{`}}\n`}} a\n{{- /* }} */ -}}\n b",
		"{{define `a`}} x {{if .}}{{else if .Y}} y {{end}}{{end}}z",
		"{{-\t/* a */\r-}} b {{/* c */ .X}}",
		"{{\"a\n}}\"}}",
		"{{.X",
		"{{ (}}) }}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var gaps []span // the text between the actions, as the lexer has it
		prev, trimNext := 0, false
		closed := true
		for i := 0; ; {
			start, end := NextAction(text, i)
			if start < 0 {
				gaps = append(gaps, trimmed(text, prev, len(text), trimNext, false))
				break
			}
			if start < i || !strings.HasPrefix(text[start:], "{{") {
				t.Fatalf("NextAction(%q, %d) = %d, which is no {{ at or after %d", text, i, start, i)
			}
			if end < 0 {
				closed = false
				break
			}
			if end < start+4 || !strings.HasSuffix(text[:end], "}}") {
				t.Fatalf("NextAction(%q, %d) ends at %d, which is not past a }}", text, i, end)
			}
			left, right := TrimMarkers(text[start:end])
			gaps = append(gaps, trimmed(text, prev, start, trimNext, left))
			prev, trimNext, i = end, right, end
		}
		trees, err := parse.Parse("\x00top", text, "", "", nil)
		if err != nil {
			return
		}
		if !closed {
			t.Fatalf("NextAction(%q) finds an action not closed, but text/template parses it", text)
		}
		want := map[span]bool{}
		for _, tree := range trees {
			texts(tree.Root, want)
		}
		got := map[span]bool{}
		for _, g := range gaps {
			if strings.Trim(text[g.at:g.end], spaces) != "" {
				got[g] = true
			}
		}
		for g := range got {
			if !want[g] {
				t.Errorf("%q: %q at %d is text between actions, but not to text/template", text, text[g.at:g.end], g.at)
			}
		}
		for g := range want {
			if !got[g] {
				t.Errorf("%q: %q at %d is text to text/template, but not between actions", text, text[g.at:g.end], g.at)
			}
		}
	})
}

// span is the offsets of a text in a template's source.
type span struct{ at, end int }

// trimmed returns the span of text[at:end] without the spaces trim
// markers take away from its start and end.
func trimmed(text string, at, end int, start, stop bool) span {
	s := text[at:end]
	if start {
		at += len(s) - len(strings.TrimLeft(s, spaces))
	}
	if stop {
		end -= len(s) - len(strings.TrimRight(s, spaces))
	}
	if end < at {
		end = at
	}
	return span{at, end}
}

// texts adds the span of each text node in n, but those of spaces
// alone, which text/template may drop with a template defined empty.
func texts(n parse.Node, to map[span]bool) {
	switch n := n.(type) {
	case *parse.TextNode:
		if strings.Trim(string(n.Text), spaces) != "" {
			to[span{int(n.Pos), int(n.Pos) + len(n.Text)}] = true
		}
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				texts(c, to)
			}
		}
	case *parse.IfNode:
		texts(n.List, to)
		texts(n.ElseList, to)
	case *parse.RangeNode:
		texts(n.List, to)
		texts(n.ElseList, to)
	case *parse.WithNode:
		texts(n.List, to)
		texts(n.ElseList, to)
	}
}
