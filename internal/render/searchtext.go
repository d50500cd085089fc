package render

// The text of a body the search index takes, from its HTML.

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/briefsite/brief/internal/site"
)

// bodyText is the memory of the text of one body after another: unpacked
// HTML and its text, reused from one body to the next.
type bodyText struct {
	html []byte
	text []byte
}

// of returns the text of m (see appendHTMLText). It is good only until
// the next call: it is t's memory.
func (t *bodyText) of(m site.Markup) string {
	h := m.HTMLInto(&t.html)
	t.text = appendHTMLText(t.text[:0], string(h))
	return unsafe.String(unsafe.SliceData(t.text), len(t.text))
}

// appendHTMLText appends the text of an HTML fragment that brief's
// Markdown converter wrote to dst: the tags dropped, block tags turned
// into spaces, the character references of the text between tags decoded
// and runs of white space made one space, with none at either end. The
// links of footnotes, a note's number where it is called and the arrow
// back from the note, are left out with their text: "said otherwise.
// Reuters.", not "said otherwise1. Reuters. ↩︎"; so is a citation's
// mark, with the space before it: "a claim.", not "a claim [1, p. 4].".
func appendHTMLText(dst []byte, s string) []byte {
	t := spacedText{b: dst, start: len(dst)}
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			t.write(html.UnescapeString(s))
			break
		}
		t.write(html.UnescapeString(s[:i]))
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		if isFootnoteLink(s[i : i+j]) {
			end := strings.Index(s[i+j:], "</a>")
			if end < 0 {
				break
			}
			s = s[i+j+end+len("</a>"):]
			continue
		}
		if strings.HasPrefix(s[i:i+j], `<sup class="cite"`) {
			end := strings.Index(s[i+j:], "</sup>")
			if end < 0 {
				break
			}
			s = s[i+j+end+len("</sup>"):]
			t.gap = false // "a claim [1]." is "a claim."
			continue
		}
		name := strings.TrimPrefix(s[i+1:i+j], "/")
		if k := strings.IndexAny(name, " \t\n/"); k >= 0 {
			name = name[:k]
		}
		if !isInlineTag(strings.ToLower(name)) {
			t.space()
		}
		s = s[i+j+1:]
	}
	return t.b
}

// spacedText is text written in pieces with its white space collapsed:
// the words of the pieces (as strings.Fields has them), separated by
// single spaces, with none at either end. A word may run on from one
// piece to the next; space separates the words on either side of it.
type spacedText struct {
	b     []byte
	start int  // the text starts at b[start]
	gap   bool // white space since the last word written
}

// space separates the word written last from the next.
func (t *spacedText) space() { t.gap = true }

// write adds the words of s.
func (t *spacedText) write(s string) {
	word := -1 // start of the current word, or -1
	for i := 0; i < len(s); {
		space, n := isASCIISpace(s[i]), 1
		if s[i] >= utf8.RuneSelf {
			var c rune
			c, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(c)
		}
		switch {
		case space:
			if word >= 0 {
				t.b = append(t.b, s[word:i]...)
				word = -1
			}
			t.gap = true
		case word < 0:
			if t.gap && len(t.b) > t.start {
				t.b = append(t.b, ' ')
			}
			t.gap = false
			word = i
		}
		i += n
	}
	if word >= 0 {
		t.b = append(t.b, s[word:]...)
	}
}

// isASCIISpace reports whether unicode.IsSpace reports the ASCII byte c
// as space.
func isASCIISpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

// isFootnoteLink reports whether tag, an HTML start tag without its
// closing '>', opens one of the links goldmark writes for a footnote:
// the note's number where it is called, or the arrow back from the note.
func isFootnoteLink(tag string) bool {
	return strings.HasPrefix(tag, "<a ") && (strings.Contains(tag, ` class="footnote-ref"`) || strings.Contains(tag, ` class="footnote-backref"`))
}

// isInlineTag reports whether the tag name does not separate words.
func isInlineTag(name string) bool {
	switch name {
	case "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q",
		"s", "small", "span", "strong", "sub", "sup", "u":
		return true
	}
	return false
}
