package check

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefsite/brief/internal/diag"
)

// element is a start tag of an HTML file with its attributes and, for
// raw-text elements such as script and style, its content.
type element struct {
	name  string
	pos   diag.Pos
	off   int // the byte offset of its tag in the file
	attrs []attribute
	text  string // content of script and style elements

	lines   *diag.Lines // the file's lines, for positions in text
	textOff int         // the offset of text in the file

	end int    // the byte offset just past its tag
	src []byte // the file's bytes, good while the file is read (see inner)
}

// attribute is an attribute of an element. Pos is the position of its
// value in the file (of its name when it has no value), and off its byte
// offset.
type attribute struct {
	key, val string
	pos      diag.Pos
	off      int
}

func (e *element) attr(key string) (attribute, bool) {
	for _, a := range e.attrs {
		if a.key == key {
			return a, true
		}
	}
	return attribute{}, false
}

// elements calls fn for each start tag of the HTML file data, in order.
// Content of noscript is scanned as markup, as a browser without script
// would show it.
func elements(file string, data []byte, fn func(*element)) {
	ln := diag.NewLines(file, 1, data)
	z := html.NewTokenizer(bytes.NewReader(data))
	off := 0
	var pending *element // a raw-text element waiting for its content
	var lower []byte     // the tag in ASCII lower case, reused
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start, raw := off, z.Raw()
		off += len(raw)
		if pending != nil {
			if tt == html.TextToken {
				pending.text = string(z.Text())
				pending.textOff = start
			}
			fn(pending)
			pending = nil
			if tt == html.TextToken {
				continue
			}
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		// The tokenizer unescapes attribute values in place, so positions
		// come from the untouched input.
		src := data[start:min(off, len(data))]
		name, more := z.TagName()
		e := &element{name: knownName(name), pos: ln.Pos(start), off: start, lines: ln, end: off, src: data}
		cursor := 1 + len(name)
		lower = asciiLower(lower[:0], src)
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			a := attribute{key: knownName(k), val: string(v)}
			at, vat := findAttr(lower, k, cursor)
			if at >= 0 {
				cursor = at + len(k)
				a.pos, a.off = ln.Pos(start+vat), start+vat
			} else {
				a.pos, a.off = e.pos, e.off
			}
			e.attrs = append(e.attrs, a)
		}
		switch e.name {
		case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes":
			if tt == html.StartTagToken {
				pending = e
				continue
			}
		case "noscript":
			z.NextIsNotRawText()
		}
		fn(e)
	}
	if pending != nil {
		fn(pending)
	}
}

// inner returns what the file of e holds between its tag and the first
// end tag of its name after it, "<a href="x">A</a>" of <h1><a
// href="x">A</a></h1>, or false when there is none in the next 4 KB.
func (e *element) inner() (string, bool) {
	rest := e.src[min(e.end, len(e.src)):]
	rest = rest[:min(len(rest), 4096)]
	i := bytes.Index(asciiLower(nil, rest), []byte("</"+e.name))
	if i < 0 {
		return "", false
	}
	return string(rest[:i]), true
}

// knownName returns the tag or attribute name b as a string, without
// allocating one for the names HTML defines.
func knownName(b []byte) string {
	if a := atom.Lookup(b); a != 0 {
		return a.String()
	}
	return string(b)
}

// asciiLower appends src to dst with ASCII letters in lower case: byte
// for byte, so that offsets into it are offsets into src.
func asciiLower(dst, src []byte) []byte {
	for _, c := range src {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// findAttr finds attribute key (lower case) in the lower-cased tag src from
// offset from, and returns the offset of its name and of its value.
func findAttr(src, key []byte, from int) (name, value int) {
	if len(key) == 0 {
		return -1, -1
	}
	for from < len(src) {
		i := bytes.Index(src[from:], key)
		if i < 0 {
			return -1, -1
		}
		i += from
		if i == 0 {
			from = 1
			continue
		}
		before := src[i-1]
		j := i + len(key)
		if isSpace(before) || before == '"' || before == '\'' || before == '/' {
			if j >= len(src) || isSpace(src[j]) || src[j] == '=' || src[j] == '>' || src[j] == '/' {
				v := j
				for v < len(src) && isSpace(src[v]) {
					v++
				}
				if v < len(src) && src[v] == '=' {
					v++
					for v < len(src) && isSpace(src[v]) {
						v++
					}
					if v < len(src) && (src[v] == '"' || src[v] == '\'') {
						v++
					}
					return i, v
				}
				return i, i
			}
		}
		from = j
	}
	return -1, -1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
