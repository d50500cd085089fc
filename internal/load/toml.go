package load

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
)

// tomlTwice matches the TOML library's error for a key given twice.
var tomlTwice = regexp.MustCompile(`^Key '([^']+)' has already been defined`)

// parseTOML decodes TOML front matter into a YAML node tree so that one
// validator serves both formats. Each node is placed where YAML's would
// be: a key at its name, a value at its first character (the quote of a
// string, the [ of an inline array, the { of an inline table), an item
// of an array at the item, and a table at its [header]; a string has the
// style of YAML's quoted one, so that a problem inside it is placed as
// YAML's is.
func parseTOML(file string, data []byte, offset int) (*yaml.Node, error) {
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		var perr toml.ParseError
		pos := diag.Pos{File: file, Line: offset + 1, Col: 1}
		msg := err.Error()
		if errors.As(err, &perr) {
			l, c := within(data, perr.Position.Line, perr.Position.Col)
			pos.Line = offset + l
			pos.Col = c
			msg = perr.Message
			if lines := strings.Split(string(data), "\n"); l >= 1 && l <= len(lines) {
				line := lines[l-1]
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
	return tomlNode(m, scanTOML(data), offset), nil // the table at the front matter's first line, as YAML's mapping
}

// tomlSpot is where a TOML value is written: the line (from 0) and the
// column (from 1, in characters, as yaml.v3 counts) of its first
// character, and for a string its style, as YAML's would have it. A
// table has its keys; an array, or an array of tables, its items.
type tomlSpot struct {
	line, col int
	style     yaml.Style
	keys      map[string]*tomlEntry
	items     []*tomlSpot
}

// tomlEntry is a key of a table: where its name is written, and its value.
type tomlEntry struct {
	line, col int
	val       *tomlSpot
}

// entry returns the entry of key k in t, made at k's place, with a value
// at at, when t has none yet.
func (t *tomlSpot) entry(k tomlKey, at *tomlSpot) *tomlEntry {
	if t.keys == nil {
		t.keys = map[string]*tomlEntry{}
	}
	e := t.keys[k.name]
	if e == nil {
		e = &tomlEntry{line: k.line, col: k.col, val: &tomlSpot{line: at.line, col: at.col}}
		t.keys[k.name] = e
	}
	return e
}

// table returns the table that the keys path lead to from t, made, at
// at, where missing; through an array of tables, its last table.
func (t *tomlSpot) table(path []tomlKey, at *tomlSpot) *tomlSpot {
	for _, k := range path {
		t = t.entry(k, at).val
		if len(t.items) > 0 {
			t = t.items[len(t.items)-1]
		}
	}
	return t
}

// lost returns a spot at t for a value the scan did not find.
func (t *tomlSpot) lost() *tomlSpot {
	return &tomlSpot{line: t.line, col: t.col}
}

// tomlNode returns the YAML node of v, a value BurntSushi/toml decoded,
// written at sp; offset is the number of lines before the front matter.
func tomlNode(v any, sp *tomlSpot, offset int) *yaml.Node {
	at := func(n *yaml.Node) *yaml.Node {
		n.Line, n.Column = offset+sp.line+1, sp.col
		return n
	}
	item := func(i int) *tomlSpot {
		if i < len(sp.items) {
			return sp.items[i]
		}
		return sp.lost()
	}
	switch v := v.(type) {
	case map[string]any:
		n := at(&yaml.Node{Kind: yaml.MappingNode})
		entries := make(map[string]*tomlEntry, len(v))
		keys := make([]string, 0, len(v))
		for k := range v {
			e := sp.keys[k]
			if e == nil {
				e = &tomlEntry{line: sp.line, col: sp.col, val: sp.lost()}
			}
			entries[k] = e
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b string) int { // as written, as YAML's are
			ea, eb := entries[a], entries[b]
			return cmp.Or(cmp.Compare(ea.line, eb.line), cmp.Compare(ea.col, eb.col), strings.Compare(a, b))
		})
		for _, k := range keys {
			e := entries[k]
			key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: offset + e.line + 1, Column: e.col}
			n.Content = append(n.Content, key, tomlNode(v[k], e.val, offset))
		}
		return n
	case []map[string]any:
		n := at(&yaml.Node{Kind: yaml.SequenceNode})
		for i, e := range v {
			n.Content = append(n.Content, tomlNode(e, item(i), offset))
		}
		return n
	case []any:
		n := at(&yaml.Node{Kind: yaml.SequenceNode})
		for i, e := range v {
			n.Content = append(n.Content, tomlNode(e, item(i), offset))
		}
		return n
	case string:
		style := sp.style
		if style == 0 { // not found as a string: no column within it is known
			style = yaml.DoubleQuotedStyle
		}
		return at(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v, Style: style})
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
		// As written, but for a T for the space or the t, and a fraction
		// of a second only when it has one: the date's parts keep their
		// columns.
		layout := time.RFC3339Nano
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

// tomlKey is one part of a dotted TOML key and where it is written.
type tomlKey struct {
	name      string
	line, col int
}

// tomlScanner finds where each key and value of TOML data is written,
// which BurntSushi/toml does not tell. It reads data that the library
// has decoded without error, and never fails: what it does not find
// takes the place of what holds it.
type tomlScanner struct {
	data      []byte
	i         int // offset of the next byte
	line      int // line of i, from 0
	lineStart int // offset of that line
}

// scanTOML returns the spot of the table that TOML data is.
func scanTOML(data []byte) *tomlSpot {
	s := &tomlScanner{data: data}
	root := &tomlSpot{col: 1}
	cur := root
	for s.i < len(s.data) {
		s.skip(true)
		switch {
		case s.i >= len(s.data):
		case s.has("[["):
			at := s.here()
			s.i += 2
			path := s.keyPath()
			if len(path) == 0 {
				break
			}
			arr := root.table(path[:len(path)-1], at).entry(path[len(path)-1], at).val
			cur = &tomlSpot{line: at.line, col: at.col}
			arr.items = append(arr.items, cur)
		case s.has("["):
			at := s.here()
			s.i++
			cur = root.table(s.keyPath(), at)
		default:
			s.keyValue(cur)
		}
		s.skipLine() // what is left of the line is a comment or the end of a header
	}
	return root
}

// has reports whether the data at i starts with p.
func (s *tomlScanner) has(p string) bool {
	return strings.HasPrefix(string(s.data[s.i:min(s.i+len(p), len(s.data))]), p)
}

// here returns a spot at i.
func (s *tomlScanner) here() *tomlSpot {
	return &tomlSpot{line: s.line, col: utf8.RuneCount(s.data[s.lineStart:s.i]) + 1}
}

// next moves past the byte at i.
func (s *tomlScanner) next() {
	if s.data[s.i] == '\n' {
		s.line++
		s.lineStart = s.i + 1
	}
	s.i++
}

// skip moves past spaces and comments, and past line ends too when
// lines is true, as within an array.
func (s *tomlScanner) skip(lines bool) {
	for s.i < len(s.data) {
		switch c := s.data[s.i]; {
		case c == ' ' || c == '\t' || c == '\r' || (c == '\n' && lines):
			s.next()
		case c == '#':
			for s.i < len(s.data) && s.data[s.i] != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

// skipLine moves past the end of the line.
func (s *tomlScanner) skipLine() {
	for s.i < len(s.data) {
		c := s.data[s.i]
		s.next()
		if c == '\n' {
			return
		}
	}
}

// keyPath reads a dotted key: a.b, "a b".'c'.
func (s *tomlScanner) keyPath() []tomlKey {
	var path []tomlKey
	for s.i < len(s.data) {
		s.skip(false)
		at := s.here()
		start := s.i
		var name string
		switch {
		case s.has(`"`):
			s.i++
			s.until(`"`, true)
			raw := string(s.data[start:s.i])
			var err error
			if name, err = strconv.Unquote(raw); err != nil {
				name = strings.Trim(raw, `"`)
			}
		case s.has("'"):
			s.i++
			s.until("'", false)
			name = strings.Trim(string(s.data[start:s.i]), "'")
		default:
			for s.i < len(s.data) && isBareKey(s.data[s.i]) {
				s.i++
			}
			name = string(s.data[start:s.i])
		}
		if s.i == start {
			return path
		}
		path = append(path, tomlKey{name, at.line, at.col})
		s.skip(false)
		if !s.has(".") {
			return path
		}
		s.i++
	}
	return path
}

func isBareKey(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// keyValue reads key = value into the table t.
func (s *tomlScanner) keyValue(t *tomlSpot) {
	path := s.keyPath()
	s.skip(false)
	if !s.has("=") || len(path) == 0 {
		return
	}
	s.i++
	s.skip(false)
	val := s.value()
	last := path[len(path)-1]
	t = t.table(path[:len(path)-1], &tomlSpot{line: path[0].line, col: path[0].col})
	if t.keys == nil {
		t.keys = map[string]*tomlEntry{}
	}
	if t.keys[last.name] == nil {
		t.keys[last.name] = &tomlEntry{line: last.line, col: last.col, val: val}
	}
}

// value reads the value at i and returns its spot.
func (s *tomlScanner) value() *tomlSpot {
	sp := s.here()
	switch {
	case s.i >= len(s.data):
	case s.has(`"""`):
		sp.style = yaml.LiteralStyle // its first line may be left out: no column is the value's
		s.i += 3
		s.until(`"""`, true)
	case s.has("'''"):
		sp.style = yaml.LiteralStyle
		s.i += 3
		s.until("'''", false)
	case s.has(`"`):
		sp.style = yaml.DoubleQuotedStyle
		s.i++
		s.until(`"`, true)
	case s.has("'"):
		sp.style = yaml.SingleQuotedStyle
		s.i++
		s.until("'", false)
	case s.has("["):
		s.i++
		for {
			s.skip(true)
			if s.i >= len(s.data) || s.has("]") {
				break
			}
			sp.items = append(sp.items, s.value())
			s.skip(true)
			if !s.has(",") {
				break
			}
			s.i++
		}
		if s.has("]") {
			s.i++
		}
	case s.has("{"):
		s.i++
		sp.keys = map[string]*tomlEntry{}
		for {
			s.skip(true)
			if s.i >= len(s.data) || s.has("}") {
				break
			}
			s.keyValue(sp)
			s.skip(true)
			if !s.has(",") {
				break
			}
			s.i++
		}
		if s.has("}") {
			s.i++
		}
	default: // a number, a date and time, true or false
		for s.i < len(s.data) && !strings.ContainsRune(",]}#\n", rune(s.data[s.i])) {
			s.i++
		}
	}
	return sp
}

// until moves past the next end of a string, end, skipping a character
// escaped with a backslash when escapes is true. A multi-line string's
// end takes up to two more quotes, which are the string's.
func (s *tomlScanner) until(end string, escapes bool) {
	for s.i < len(s.data) {
		switch {
		case escapes && s.data[s.i] == '\\':
			s.next()
			if s.i < len(s.data) {
				s.next()
			}
		case s.has(end):
			s.i += len(end)
			for extra := 0; len(end) == 3 && extra < 2 && s.has(end[:1]); extra++ {
				s.i++
			}
			return
		default:
			s.next()
		}
	}
}
