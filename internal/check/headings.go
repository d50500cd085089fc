package check

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// mdHeading is a heading of a Markdown body, as written.
type mdHeading struct {
	level int    // the number of #s, or 1 or 2 for an underlined heading
	text  string // as written, after the #s
	off   int    // byte offset of its first #, or of its text
}

// writtenHeading returns h as written in src, and false for a heading with no
// text, which has no line to be placed at.
func writtenHeading(h *ast.Heading, src []byte) (mdHeading, bool) {
	if h.Lines().Len() == 0 {
		return mdHeading{}, false
	}
	seg := h.Lines().At(0)
	off := seg.Start
	for off > 0 && (src[off-1] == ' ' || src[off-1] == '\t') {
		off--
	}
	for off > 0 && src[off-1] == '#' {
		off--
	}
	return mdHeading{level: h.Level, text: string(bytes.TrimSpace(seg.Value(src))), off: off}, true
}

// skippedLevels returns the message for each heading of heads, a body's
// headings in order, that skips a level on the page, by its index: a
// heading more than one level below the one before it, or, for the
// first, below the page's title, its h1 (axe's "heading-order"; WCAG
// 1.3.1). The page shows a body under its title, with its headings a
// level down when one of them is at level 1 (see markdown's belowTitle),
// so that the title stands for a # heading above the body's, or for
// none when the body has one.
func skippedLevels(heads []mdHeading) []skip {
	title := 1 // the title's level, as written in the body
	for _, h := range heads {
		if h.level == 1 {
			title = 0
			break
		}
	}
	var out []skip
	before := title
	for i, h := range heads {
		if h.level > before+1 {
			one := "the title, an h1"
			if i > 0 {
				one = strings.Repeat("#", before)
			} else if title == 0 {
				one = "the title, an h1, with this body's # headings under it as h2s"
			}
			out = append(out, skip{i, fmt.Sprintf("heading %q skips a level: the one before it is %s; write %q",
				strings.Repeat("#", h.level)+" "+h.text, one, strings.Repeat("#", before+1)+" "+h.text)})
		}
		before = h.level
	}
	return out
}

// skip is a heading that skips a level: its index and the message.
type skip struct {
	i   int
	msg string
}
