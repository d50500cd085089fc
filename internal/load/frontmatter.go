package load

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
)

// document is a content file split into its front matter, decoded as a YAML
// node tree with positions in the file, and its Markdown body.
type document struct {
	meta     *yaml.Node // a mapping node, or nil when the file has none
	body     []byte
	bodyLine int  // line of the file on which the body starts
	toml     bool // whether meta was written in TOML
}

// delimiters are the front-matter fences brief accepts: the opening line,
// the closing line and the format between them. They are the fences of
// adrg/frontmatter's YAML and TOML formats, and splitFrontMatter finds them
// as that package does.
var delimiters = []struct{ open, close, format string }{
	{"---", "---", "yaml"},
	{"---yaml", "---", "yaml"},
	{"+++", "+++", "toml"},
	{"---toml", "---", "toml"},
}

// splitFrontMatter finds the front matter of src without copying it. The
// first line that is not blank must be an opening fence, and a later line
// the matching closing fence; lines compare with surrounding white space
// trimmed. It returns the front matter's format ("" when there is none,
// or when it is never closed), its bytes and the body after the closing
// fence, or all of src when there is no front matter. Like
// adrg/frontmatter's Parse, it treats a file whose opening fence is its
// last line, without a newline, as one without front matter.
func splitFrontMatter(src []byte) (format string, raw, body []byte) {
	pos := 0
	// next returns the line at pos, trimmed, and moves past it; atEOF
	// reports that the line has no newline, so it is the last.
	next := func() (line []byte, atEOF bool) {
		rest := src[pos:]
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			pos = len(src)
			return bytes.TrimSpace(rest), true
		}
		pos += i + 1
		return bytes.TrimSpace(rest[:i]), false
	}
	close := ""
	for close == "" {
		line, atEOF := next()
		if atEOF {
			return "", nil, src
		}
		if len(line) == 0 {
			continue
		}
		for _, d := range delimiters {
			if string(line) == d.open {
				format, close = d.format, d.close
				break
			}
		}
		if close == "" {
			return "", nil, src
		}
	}
	start := pos
	for {
		end := pos
		line, atEOF := next()
		if string(line) == close {
			return format, src[start:end], src[pos:]
		}
		if atEOF {
			return "", nil, src
		}
	}
}

// parseDocument splits src into front matter and body and parses the front
// matter. Positions in errors are positions in file.
func parseDocument(file string, src []byte) (document, error) {
	open := firstLine(src) // 0-based index of the opening delimiter line
	format, raw, body := splitFrontMatter(src)
	doc := document{body: body}
	doc.bodyLine = bytes.Count(src[:len(src)-len(body)], []byte("\n")) + 1
	if format == "" {
		if open >= 0 {
			delim := strings.TrimSpace(lineAt(src, open))
			if slices.Contains([]string{"---", "---yaml", "+++", "---toml"}, delim) {
				return document{}, &posError{diag.Pos{File: file, Line: open + 1, Col: 1},
					fmt.Sprintf("front matter opened with %q is never closed", delim)}
			}
		}
		return doc, nil
	}
	offset := open + 1 // lines before the front matter's first line
	var node *yaml.Node
	var err error
	if format == "toml" {
		doc.toml = true
		node, err = parseTOML(file, raw, offset)
	} else {
		node, err = parseYAML(file, raw, offset)
	}
	if err != nil {
		return document{}, err
	}
	doc.meta = node
	return doc, nil
}

// firstLine returns the index of the first non-blank line, or -1.
func firstLine(src []byte) int {
	for i := 0; len(src) > 0; i++ {
		line := src
		if j := bytes.IndexByte(src, '\n'); j >= 0 {
			line, src = src[:j], src[j+1:]
		} else {
			src = nil
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return i
		}
	}
	return -1
}

// lineAt returns line i (0-based) of src, or "".
func lineAt(src []byte, i int) string {
	for ; i > 0; i-- {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return string(src)
}

// posError is an error at a position.
type posError struct {
	pos diag.Pos
	msg string
}

func (e *posError) Error() string { return e.pos.String() + ": " + e.msg }

// errorAt returns the position and the message of err, a posError, for
// diags: an error of another kind is told at the start of file, whole,
// rather than taken for one.
func errorAt(file string, err error) (diag.Pos, string) {
	if pe, ok := errors.AsType[*posError](err); ok {
		return pe.pos, pe.msg
	}
	return diag.Pos{File: file}, err.Error()
}

var (
	yamlLine      = regexp.MustCompile(`^yaml: (?:line (\d+): )?`)
	unknownAnchor = regexp.MustCompile(`^unknown anchor '([^']*)' referenced`)
)

func parseYAML(file string, data []byte, offset int) (*yaml.Node, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		if bytes.ContainsRune(data, '\t') {
			// YAML forbids tabs for indentation, the likely cause; say
			// where the first one is. (A tab after the indentation of a
			// block of text, or within a quoted one, is no error.)
			for i, line := range strings.Split(string(data), "\n") {
				trimmed := strings.TrimLeft(line, " ")
				if strings.HasPrefix(trimmed, "\t") {
					return nil, &posError{diag.Pos{File: file, Line: offset + i + 1, Col: len(line) - len(trimmed) + 1},
						"tab used for indentation in front matter; YAML allows only spaces"}
				}
				if strings.HasPrefix(trimmed, "-\t") {
					// "-<tab>title: x": the item's indentation too.
					return nil, &posError{diag.Pos{File: file, Line: offset + i + 1, Col: len(line) - len(trimmed) + 2},
						"tab after a list's dash in front matter; YAML allows only spaces there: write \"- \""}
				}
			}
		}
		msg := err.Error()
		line := 1
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			if m[1] != "" {
				line, _ = strconv.Atoi(m[1])
			}
			msg = msg[len(m[0]):]
			if strings.HasPrefix(msg, "did not find expected") {
				// yaml.v3 numbers these from the construct's opening
				// line counting from 0.
				line++
			}
		}
		col := 1
		if strings.HasPrefix(msg, "mapping values are not allowed") {
			// A colon and a space in an unquoted value, most likely:
			// point at the one that ends no key.
			lines := strings.Split(string(data), "\n")
			if line >= 1 && line <= len(lines) {
				text := lines[line-1]
				if i := strings.Index(text, ": "); i >= 0 {
					if j := strings.Index(text[i+2:], ": "); j >= 0 {
						col = i + 2 + j + 1
					}
				}
			}
			msg += `; a value with ": " in it needs quotes, as in title: "Talks: what next?"`
		}
		if l, c, hint, ok := bracketProblem(data, line, msg); ok {
			line, col, msg = l, c, msg+hint
		}
		if m := unknownAnchor.FindStringSubmatch(msg); m != nil {
			// yaml.v3 gives no line for this one: find the alias.
			if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
				line = bytes.Count(data[:i], []byte("\n")) + 1
				col = i - bytes.LastIndexByte(data[:i], '\n')
				msg += "; YAML aliases (*name) are not supported in front matter"
			}
		}
		line, col = within(data, line, col)
		return nil, &posError{diag.Pos{File: file, Line: offset + line, Col: col}, "invalid front matter: " + msg}
	}
	if root.Kind == 0 { // empty front matter
		return &yaml.Node{Kind: yaml.MappingNode, Line: offset, Column: 1}, nil
	}
	shift(&root, offset)
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return nil, &posError{diag.Pos{File: file, Line: doc.Line, Col: doc.Column}, "front matter must be a mapping of keys to values"}
	}
	return doc, nil
}

// within keeps line and col, from 1, in data: YAML tells an error at
// its end on a line past the last, which a file has not, or within the
// front matter is its closing "---". Such a one is told after the last
// line's text.
func within(data []byte, line, col int) (int, int) {
	lines := strings.Split(strings.TrimRight(string(data), "\r\n"), "\n")
	switch {
	case line < 1:
		return 1, 1
	case line > len(lines):
		line = len(lines)
		col = len(strings.TrimRight(lines[line-1], "\r")) + 1
	}
	return line, col
}

// shift moves every node's line by offset, so positions count from the top
// of the file rather than from the top of the front matter. It is iterative
// so that deeply nested input cannot exhaust the stack.
func shift(root *yaml.Node, offset int) {
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n.Line += offset
		stack = append(stack, n.Content...)
	}
}
