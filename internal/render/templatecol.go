package render

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/tmplsrc"
)

// parseToken matches what a text/template parse error quotes of the
// text it stopped at, which it places by line alone: the character of
// "bad character U+003C '<'", the item of `unexpected "}" in operand`
// or "unexpected <.> in operand", the keyword of "unexpected {{else}}"
// or "missing value for if", the number of `bad number syntax: "3x"`, the
// parenthesis of "unexpected right paren".
var parseToken = regexp.MustCompile(`^(?:bad character U\+[0-9A-F]+ ('(?:[^'\\]|\\.)+')|unexpected ("(?:[^"\\]|\\.)*"|<[^>]+>) in |unexpected \{\{([a-z]+)\}\}|missing value for (if|with|range)$|bad number syntax: ("(?:[^"\\]|\\.)*")|unexpected (right) paren)`)

// parseErrorColumn returns the byte column, on the given line of the
// template name, of a parse error's problem, which text/template places
// by line alone: where the text it quotes is, when it is in one action
// of that line only, or else the start of the one action the line has;
// 0 when neither tells the place for sure.
func parseErrorColumn(theme themeFS, name string, line int, problem string) int {
	src, err := theme.ReadFile(strings.TrimPrefix(name, "templates/"))
	if err != nil {
		return 0
	}
	text := string(src)
	first, last, ok := lineSpan(text, line)
	if !ok {
		return 0
	}
	token := quotedToken(problem)
	var actions, found []int // the starts of the line's actions; where token is in them
	for i := 0; ; {
		at, end := tmplsrc.NextAction(text, i)
		if at < 0 || at >= last {
			break
		}
		if end < 0 {
			end = len(text)
		}
		if end > first { // on the line
			actions = append(actions, at)
			if token != "" {
				inner := text[at+2 : max(at+2, end-2)]
				for j := 0; ; {
					k := strings.Index(inner[j:], token)
					if k < 0 {
						break
					}
					if off := at + 2 + j + k; first <= off && off < last && wholeWord(text, off, len(token)) {
						found = append(found, off)
					}
					j += k + len(token)
				}
			}
		}
		i = end
	}
	switch {
	case len(found) == 1:
		return found[0] - first + 1
	case len(found) == 0 && len(actions) == 1 && actions[0] >= first && !strings.HasPrefix(problem, "unexpected EOF"):
		return actions[0] - first + 1
	}
	return 0
}

// wholeWord reports whether the n bytes of text at off, when they are a
// word, stand alone: "end" in "{{end}}", not in "{{.Backend}}".
func wholeWord(text string, off, n int) bool {
	isWord := func(c byte) bool {
		return c == '_' || c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	if !isWord(text[off]) {
		return true
	}
	return (off == 0 || !isWord(text[off-1])) && (off+n == len(text) || !isWord(text[off+n]))
}

// lineSpan returns the offsets of the start and the end of the given
// line of text, counting from 1.
func lineSpan(text string, line int) (first, last int, ok bool) {
	for n := 1; n < line; n++ {
		i := strings.IndexByte(text[first:], '\n')
		if i < 0 {
			return 0, 0, false
		}
		first += i + 1
	}
	last = len(text)
	if i := strings.IndexByte(text[first:], '\n'); i >= 0 {
		last = first + i
	}
	return first, last, true
}

// quotedToken returns the text a parse error's problem quotes of the
// template, as it is written there (see parseToken), or "".
func quotedToken(problem string) string {
	m := parseToken.FindStringSubmatch(problem)
	if m == nil {
		return ""
	}
	for i, g := range m[1:] {
		switch {
		case g == "":
			continue
		case i == 5:
			return ")"
		case g[0] == '<':
			return strings.Trim(g, "<>")
		case g[0] == '"' || g[0] == '\'':
			s, _ := strconv.Unquote(g)
			return s
		}
		return g
	}
	return ""
}
