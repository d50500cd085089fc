package check

import (
	"strconv"
	"strings"
)

// cssRef is a URL a style sheet loads: the argument of a url() or the
// string of an @import, unescaped, with the byte offset in the sheet of
// the token that holds it.
type cssRef struct {
	url        string
	fromImport bool
	off        int
}

// cssRefs returns the URLs that the CSS text css loads, in order: those
// of url() tokens, of @import rules and the strings of image-set(),
// wherever they are. Comments and
// other strings are skipped, as a browser's tokenizer skips them, so
// that a commented-out rule or a content: "url(x)" loads nothing.
func cssRefs(css string) []cssRef {
	var refs []cssRef
	importAt := -1 // the offset of an @import whose URL has not come yet
	inSet := 0     // the depth of parentheses in an image-set(), whose strings are URLs
	for i := 0; i < len(css); {
		c := css[i]
		switch {
		case c == '/' && strings.HasPrefix(css[i:], "/*"):
			end := strings.Index(css[i+2:], "*/")
			if end < 0 {
				return refs
			}
			i += 2 + end + 2
			continue
		case c == '"' || c == '\'':
			s, n := cssString(css[i:])
			switch {
			case importAt >= 0:
				refs = append(refs, cssRef{url: s, fromImport: true, off: i})
				importAt = -1
			case inSet == 1: // not type("image/avif")
				refs = append(refs, cssRef{url: s, off: i})
			}
			i += n
			continue
		case c == '\\':
			i += 2 // an escaped character is part of an identifier
			continue
		case c == '@' && hasPrefixFold(css[i+1:], "import") && !isIdentByte(byteAt(css, i+7)):
			importAt = i
			i += 7
			continue
		case (c == 'u' || c == 'U') && hasPrefixFold(css[i:], "url(") && (i == 0 || !isIdentByte(css[i-1])):
			u, n, ok := cssURLToken(css[i+4:])
			if ok {
				refs = append(refs, cssRef{url: u, fromImport: importAt >= 0, off: i})
				importAt = -1
			}
			i += 4 + n
			continue
		case (c == 'i' || c == 'I') && hasPrefixFold(css[i:], "image-set(") && (i == 0 || !isIdentByte(css[i-1]) || hasPrefixFold(css[max(i-8, 0):i], "-webkit-")):
			inSet = 1
			i += len("image-set(")
			continue
		case c == '(' && inSet > 0:
			inSet++
		case c == ')' && inSet > 0:
			inSet--
		case c == ';' || c == '{' || c == '}':
			importAt, inSet = -1, 0
		}
		i++
	}
	return refs
}

// cssURLToken reads the argument of a url( whose text follows in s, up to
// and including its closing parenthesis, and returns it unescaped, with
// the number of bytes read. A url( whose argument is quoted is a function
// taking a string, read the same way.
func cssURLToken(s string) (u string, n int, ok bool) {
	for n < len(s) && isCSSSpace(s[n]) {
		n++
	}
	if n < len(s) && (s[n] == '"' || s[n] == '\'') {
		str, m := cssString(s[n:])
		n += m
		for n < len(s) && isCSSSpace(s[n]) {
			n++
		}
		if n < len(s) && s[n] == ')' {
			return str, n + 1, true
		}
		return "", badURLRest(s, n), false
	}
	var b strings.Builder
	for n < len(s) {
		switch c := s[n]; {
		case c == ')':
			return b.String(), n + 1, true
		case isCSSSpace(c):
			for n < len(s) && isCSSSpace(s[n]) {
				n++
			}
			if n < len(s) && s[n] == ')' {
				return b.String(), n + 1, true
			}
			return "", badURLRest(s, n), false // blanks inside: a bad url token
		case c == '\\':
			r, m := cssEscape(s[n+1:])
			b.WriteString(r)
			n += 1 + m
		case c == '"' || c == '\'' || c == '(':
			return "", badURLRest(s, n), false // a bad url token: browsers load nothing
		default:
			b.WriteByte(c)
			n++
		}
	}
	return "", n, false
}

// badURLRest returns the offset in s after the rest of a bad url token
// that goes wrong at offset n: after the next unescaped parenthesis, as a
// browser skips it.
func badURLRest(s string, n int) int {
	for n < len(s) {
		switch s[n] {
		case ')':
			return n + 1
		case '\\':
			n++
		}
		n++
	}
	return len(s)
}

// cssString reads the string that starts with the quote s[0] and returns
// it unescaped, with the number of bytes read, the closing quote
// included. A string ends at an unescaped line break too, as a browser
// reads it.
func cssString(s string) (string, int) {
	quote := s[0]
	var b strings.Builder
	n := 1
	for n < len(s) {
		switch c := s[n]; {
		case c == quote:
			return b.String(), n + 1
		case c == '\n' || c == '\r' || c == '\f':
			return b.String(), n
		case c == '\\':
			if n+1 < len(s) && (s[n+1] == '\n' || s[n+1] == '\f') {
				n += 2 // an escaped line break continues the string
				continue
			}
			r, m := cssEscape(s[n+1:])
			b.WriteString(r)
			n += 1 + m
		default:
			b.WriteByte(c)
			n++
		}
	}
	return b.String(), n
}

// cssEscape reads the escape whose text after the backslash is s: up to
// six hexadecimal digits and one white space after them, or any other
// character as itself. It returns what the escape stands for and the
// number of bytes read.
func cssEscape(s string) (string, int) {
	if s == "" {
		return "", 0
	}
	n := 0
	for n < len(s) && n < 6 && isHex(s[n]) {
		n++
	}
	if n == 0 {
		return s[:1], 1
	}
	v, _ := strconv.ParseUint(s[:n], 16, 32)
	if n < len(s) && isCSSSpace(s[n]) {
		n++
	}
	if v == 0 || v > 0x10FFFF || 0xD800 <= v && v <= 0xDFFF {
		return "\uFFFD", n
	}
	return string(rune(v)), n
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isCSSSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// isIdentByte reports whether c may be part of a CSS identifier, so that
// "myurl(" is not read as "url(".
func isIdentByte(c byte) bool {
	return c == '-' || c == '_' || c >= 0x80 || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
