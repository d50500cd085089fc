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
	"unicode"
	"unicode/utf8"

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

// bracketProblem places a YAML error of a bracket, which yaml.v3 puts
// at a line near it or at none: a list or mapping left open ("title:
// [broken") at its bracket, and text after a closed one ("title:
// [UPDATE] Talks resume", which YAML reads as a list) at the text,
// with the quotes it needs. line is where the error was placed.
func bracketProblem(data []byte, line int, msg string) (int, int, string, bool) {
	lines := strings.Split(string(data), "\n")
	opener := func(text string) int { // the column of a value's opening bracket, or 0
		value := strings.TrimLeft(text, " ")
		if item, ok := strings.CutPrefix(value, "- "); ok {
			value = strings.TrimLeft(item, " ")
		}
		if value == "" || (value[0] != '[' && value[0] != '{') {
			_, value, _ = strings.Cut(value, ": ")
			value = strings.TrimLeft(value, " ")
		}
		if value == "" || (value[0] != '[' && value[0] != '{') {
			return 0
		}
		return len(text) - len(value) + 1
	}
	switch {
	case strings.HasPrefix(msg, "did not find expected ',' or"):
		for l := min(line, len(lines)); l >= 1; l-- {
			text := lines[l-1]
			c := opener(text)
			if c == 0 {
				continue
			}
			// An item that starts with an apostrophe ("[A, 't Hooft]")
			// is a quoted value, closed by another further on.
			// A quoted value closed on the line is passed over: an
			// apostrophe in it opens nothing ("[\"Zij zei: 't\", 't Hooft]").
			for i := c; i < len(text) && !comment(text, i); i++ {
				if (text[i] != '\'' && text[i] != '"') || !opensValue(text, i) {
					continue
				}
				if text[i] == '\'' && apostrophed(text, i) {
					return l, i + 1, apostrophedHint + apostropheHint(text, i), true
				}
				if _, j, ok := closes([]string{text}, i); ok {
					i = j
				}
			}
			return l, c, "; a list or mapping opened here is not closed", true
		}
	case strings.HasPrefix(msg, "found unexpected end of stream"):
		// A quote left open runs to the end: point at it, the first
		// that opens a value and has none after it to close it
		// ("title: \"Talks\" # a note" closes its own).
		if l, c, ok := openQuote(lines); ok {
			hint := "; a quoted value opened here is not closed"
			if lines[l-1][c-1] == '\'' {
				hint += ": " + apostropheHint(lines[l-1], c-1)
			}
			return l, c, hint, true
		}
	case strings.HasPrefix(msg, "did not find expected '-' indicator"):
		// A list item that starts with an apostrophe ("- 't Hooft")
		// closed by another further on ("Côte d'Ivoire").
		block := blockLines(lines)
		for l, text := range lines {
			if item, ok := strings.CutPrefix(strings.TrimLeft(text, " "), "- "); ok && !block[l] {
				i := len(text) - len(strings.TrimLeft(item, " "))
				if i < len(text) && text[i] == '\'' && apostrophed(text, i) {
					return l + 1, i + 1, apostrophedHint + apostropheHint(text, i), true
				}
			}
		}
	case strings.HasPrefix(msg, "did not find expected key"):
		block := blockLines(lines)
		for l := min(line, len(lines)) - 1; l >= 0; l-- {
			if block[l] {
				continue
			}
			if l, c, hint, ok := quotedThenMore(l, lines[l]); ok {
				return l, c, hint, true
			}
		}
		for l, text := range lines {
			c := opener(text)
			if c == 0 {
				continue
			}
			closer := map[byte]byte{'[': ']', '{': '}'}[text[c-1]]
			end := strings.IndexByte(text[c:], closer)
			if end < 0 || strings.TrimSpace(text[c+end+1:]) == "" || strings.HasPrefix(strings.TrimSpace(text[c+end+1:]), "#") {
				continue
			}
			key := strings.TrimSpace(text[:c-1])
			return l + 1, c, fmt.Sprintf("; a value that begins with %c is read as a list or mapping, so text after its %c is an error: quote it, as in %s %q", text[c-1], closer, key, strings.TrimSpace(text[c-1:])), true
		}
	}
	return 0, 0, "", false
}

// openQuote finds in lines, YAML's, the quote that opens a quoted value
// never closed: the first that opens a value (after "key: ", "- ", "[",
// "{" or ",") and has none after it to close it, in a line that is not
// in a block of text. The text of a quoted value closed, and a comment,
// are passed over: a quote in them opens nothing ("title: \"Zij zei: 't
// is\"", "title: T # note: 'x"). It returns the quote's line and column,
// from 1.
func openQuote(lines []string) (int, int, bool) {
	block := blockLines(lines)
	for l := 0; l < len(lines); l++ {
		if block[l] {
			continue
		}
		for i := 0; i < len(lines[l]); i++ {
			text := lines[l]
			switch {
			case comment(text, i):
				i = len(text)
			case (text[i] == '\'' || text[i] == '"') && opensValue(text, i):
				n, j, ok := closes(lines[l:], i)
				if !ok {
					return l + 1, i + 1, true
				}
				l, i = l+n, j // on after its closing quote
			}
		}
	}
	return 0, 0, false
}

// comment reports whether text[i], outside quotes, starts a comment: a
// # at the line's start or after a space.
func comment(text string, i int) bool {
	return text[i] == '#' && (i == 0 || text[i-1] == ' ' || text[i-1] == '\t')
}

// opensValue reports whether the quote at text[i] opens a quoted value:
// it is the first character of a value ("key: '"), of a list's item
// ("- '", "['", ", '") or of a line of a list's items.
func opensValue(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	spaced := len(before) < i
	switch {
	case strings.TrimLeft(before, " -") == "":
		return before == "" || spaced // "- 'x", not "-'x"
	case strings.ContainsRune("[{,", rune(before[len(before)-1])):
		return true
	}
	return spaced && before[len(before)-1] == ':'
}

// closes finds where the quoted value whose quote is at lines[0][i] is
// closed: by the same quote, which within single quotes is not one of a
// pair (a pair is an apostrophe) and within double ones not escaped. It
// returns the closing quote's line, counted from lines[0], and its index
// in that line, or false when none closes the value.
func closes(lines []string, i int) (int, int, bool) {
	q := lines[0][i]
	for l, j := 0, i+1; l < len(lines); l, j = l+1, 0 {
		text := lines[l]
		for ; j < len(text); j++ {
			switch {
			case q == '"' && text[j] == '\\':
				j++
			case text[j] == q && q == '\'' && j+1 < len(text) && text[j+1] == '\'':
				j++
			case text[j] == q:
				return l, j, true
			}
		}
	}
	return 0, 0, false
}

// apostrophed reports whether text[i], an apostrophe that opens a value,
// is a name's first letter ("'t Hooft", "'s-Hertogenbosch") read as a
// quote: a letter follows it, and the line does not close it where the
// value ends (at a comma, a bracket, a comment or the line's end).
func apostrophed(text string, i int) bool {
	if r, _ := utf8.DecodeRuneInString(text[i+1:]); !unicode.IsLetter(r) {
		return false
	}
	for j := i + 1; j < len(text); j++ {
		if text[j] != '\'' {
			continue
		}
		if j+1 < len(text) && text[j+1] == '\'' {
			j++
			continue
		}
		rest := strings.TrimLeft(text[j+1:], " ")
		return rest != "" && !strings.ContainsRune(",]}#:", rune(rest[0]))
	}
	return true
}

// apostrophedHint begins the hint for an apostrophe that apostrophed
// finds.
const apostrophedHint = "; the ' here opens a quoted value, which another ' further on closes: "

// apostropheHint says that a name starting with an apostrophe goes in
// double quotes, with the value at text[i] as the example when it starts
// as Dutch names do ("'t Hooft", "'s-Hertogenbosch").
func apostropheHint(text string, i int) string {
	name := text[i:]
	if strings.ContainsAny(text[:i], "[{") {
		name, _, _ = strings.Cut(name, ",")
		name = strings.TrimRight(name, "]} ")
	}
	if j := strings.Index(name, " #"); j >= 0 {
		name = name[:j]
	}
	name = strings.TrimSpace(name)
	if !elision.MatchString(name) || len(name) > 60 || strings.ContainsAny(name, `"\`) {
		name = "'t Hooft"
	}
	return fmt.Sprintf(`a name that starts with ' must be put in double quotes, as in "%s"`, name)
}

// elision matches a name that starts with a word shortened to an
// apostrophe and a letter or two: 't, 's, 'n.
var elision = regexp.MustCompile(`^'\pL{1,2}[ -]\S`)

// blockLines reports which lines are the text of a block scalar, the
// lines after "key: |" or "key: >" indented more than the key.
func blockLines(lines []string) []bool {
	block := make([]bool, len(lines))
	indent := -1 // the key's indentation while in a block
	for l, text := range lines {
		trimmed := strings.TrimLeft(text, " ")
		n := len(text) - len(trimmed)
		if indent >= 0 && (trimmed == "" || n > indent) {
			block[l] = true
			continue
		}
		indent = -1
		v := strings.TrimRight(text, " ")
		if i := strings.LastIndex(v, ": "); i >= 0 && strings.Trim(v[i+2:], "|>+-0123456789") == "" && len(v) > i+2 {
			indent = n
		}
	}
	return block
}

// quotedThenMore finds, in line l (from 0) of front matter, a value that
// opens with a quote and goes on after its closing one, which YAML does
// not read: `actors: "Ruto", "Landau"`, a list without its brackets, or
// `title: "Talks" resume`. It returns the line (from 1), the column of
// the quote and what to write instead.
func quotedThenMore(l int, text string) (int, int, string, bool) {
	key, value, ok := strings.Cut(text, ": ")
	value = strings.TrimLeft(value, " ")
	if !ok || value == "" || (value[0] != '"' && value[0] != '\'') {
		return 0, 0, "", false
	}
	end := strings.IndexByte(value[1:], value[0])
	if end < 0 {
		return 0, 0, "", false
	}
	rest := strings.TrimSpace(value[end+2:])
	if rest == "" || rest[0] == '#' {
		return 0, 0, "", false
	}
	c := len(text) - len(value) + 1
	key = strings.TrimSpace(key)
	if rest[0] == ',' {
		return l + 1, c, fmt.Sprintf("; a quoted value ends at its closing quote: for a list, write it in brackets, as in %s: [%s]", key, strings.TrimSpace(value)), true
	}
	return l + 1, c, "; a quoted value ends at its closing quote: quote all of it, or none", true
}

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
