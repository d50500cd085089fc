package load

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
)

// document is a content file split into its front matter, decoded as a YAML
// node tree with positions in the file, and its Markdown body.
type document struct {
	meta     *yaml.Node // a mapping node, or nil when the file has none
	body     []byte
	bodyLine int // line of the file on which the body starts
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

// parseTOML decodes TOML front matter into a YAML node tree so that one
// validator serves both formats. TOML keys get the line on which the key
// first appears.
// tomlTwice matches the TOML library's error for a key given twice.
var tomlTwice = regexp.MustCompile(`^Key '([^']+)' has already been defined`)

func parseTOML(file string, data []byte, offset int) (*yaml.Node, error) {
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		var perr toml.ParseError
		pos := diag.Pos{File: file, Line: offset + 1, Col: 1}
		msg := err.Error()
		if errors.As(err, &perr) {
			pos.Line = offset + perr.Position.Line
			pos.Col = perr.Position.Col
			msg = perr.Message
			if lines := strings.Split(string(data), "\n"); perr.Position.Line >= 1 && perr.Position.Line <= len(lines) {
				line := lines[perr.Position.Line-1]
				if _, value, ok := strings.Cut(line, "="); ok && msg == "strings cannot contain newlines" {
					if i := strings.IndexAny(value, `"'`); i >= 0 { // at the quote left open, as YAML's is told
						pos.Col = len(line) - len(value) + i + 1
						return nil, &posError{pos, "invalid front matter: a quoted value opened here is not closed on its line"}
					}
				}
				if m := tomlTwice.FindStringSubmatch(msg); m != nil {
					pos.Col = len(line) - len(strings.TrimLeft(line, " \t")) + 1               // at the key, not after its value
					return nil, &posError{pos, fmt.Sprintf("field `%s` is given twice", m[1])} // as YAML's is told
				}
				pos.Col = min(pos.Col, len(line)+1)
			}
		}
		return nil, &posError{pos, "invalid front matter: " + msg}
	}
	return tomlNode(m, tomlLines(data), offset, 0), nil
}

// tomlLines returns the lines of TOML data, with those that start within a
// multi-line string blanked: no key is on them.
func tomlLines(data []byte) []string {
	lines := strings.Split(string(data), "\n")
	open := "" // the delimiter of the multi-line string open, if any
	for i, l := range lines {
		inside := open != ""
		for {
			if open == "" {
				j, k := strings.Index(l, `"""`), strings.Index(l, "'''")
				if j < 0 || (k >= 0 && k < j) {
					j = k
				}
				if j < 0 {
					break
				}
				open, l = l[j:j+3], l[j+3:]
			} else {
				j := strings.Index(l, open)
				if j < 0 {
					break
				}
				open, l = "", l[j+3:]
			}
		}
		if inside {
			lines[i] = ""
		}
	}
	return lines
}

func tomlNode(v any, lines []string, offset, line int) *yaml.Node {
	at := func(n *yaml.Node) *yaml.Node {
		n.Line, n.Column = offset+line+1, 1
		return n
	}
	switch v := v.(type) {
	case map[string]any:
		n := at(&yaml.Node{Kind: yaml.MappingNode})
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			kl := keyLine(lines, k, line)
			key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: offset + kl + 1, Column: 1}
			val := tomlNode(v[k], lines, offset, kl)
			if tables, ok := v[k].([]map[string]any); ok {
				// Each table of an array of tables starts at its own
				// [[key]] header.
				at := kl
				for i, e := range tables {
					if i > 0 {
						at = headerLine(lines, k, at+1)
					}
					val.Content[i] = tomlNode(e, lines, offset, at)
				}
			}
			n.Content = append(n.Content, key, val)
		}
		return n
	case []map[string]any:
		n := at(&yaml.Node{Kind: yaml.SequenceNode})
		for _, e := range v {
			n.Content = append(n.Content, tomlNode(e, lines, offset, line))
		}
		return n
	case []any:
		n := at(&yaml.Node{Kind: yaml.SequenceNode})
		for _, e := range v {
			n.Content = append(n.Content, tomlNode(e, lines, offset, line))
		}
		return n
	case string:
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v})
	case bool:
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)})
	case int64:
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v, 10)})
	case float64:
		switch { // as TOML writes them: JSON has none of these
		case math.IsNaN(v):
			return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "nan"})
		case math.IsInf(v, 1):
			return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "inf"})
		case math.IsInf(v, -1):
			return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "-inf"})
		}
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(v, 'g', -1, 64)})
	case time.Time:
		layout := time.RFC3339Nano     // as written: a fraction of a second only when it has one
		switch v.Location().String() { // BurntSushi/toml marks local values by zone name
		case "date-local":
			layout = time.DateOnly
		case "datetime-local":
			layout = "2006-01-02T15:04:05.999999999"
		case "time-local":
			layout = "15:04:05.999999999"
		}
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.Format(layout)})
	default:
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: fmt.Sprint(v)})
	}
}

// keyLine finds the line at or after from where key is assigned (key =,
// or a dotted key.sub =) or opens a table ([key], [[key]], [key.sub]),
// bare or quoted, falling back to from.
func keyLine(lines []string, key string, from int) int {
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		for _, k := range []string{key, `"` + key + `"`, "'" + key + "'"} {
			if rest, ok := strings.CutPrefix(l, k); ok && startsAny(strings.TrimLeft(rest, " \t"), "=", ".") {
				return i
			}
			if rest, ok := strings.CutPrefix(l, "["+k); ok && startsAny(rest, "]", ".") {
				return i
			}
			if rest, ok := strings.CutPrefix(l, "[["+k); ok && startsAny(rest, "]]", ".") {
				return i
			}
		}
	}
	return from
}

// headerLine finds the line at or after from that opens a table of the
// array of tables key, [[key]], falling back to from.
func headerLine(lines []string, key string, from int) int {
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		for _, k := range []string{key, `"` + key + `"`, "'" + key + "'"} {
			if rest, ok := strings.CutPrefix(l, "[["+k); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "]]") {
				return i
			}
		}
	}
	return from
}

func startsAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
