package markdown

// The text of a body's nodes as a reader sees it, for summaries, heading
// ids and the texts warnings quote.

import (
	"bytes"
	"html"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// plainText returns the text of n's descendants as a reader sees it on
// the page: backslash escapes and character references resolved, the
// typographer's quotes and dashes as the characters they stand for, code
// spans as written, and autolinks as their text.
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	writePlainText(&b, n, nil, src)
	return b.String()
}

// writePlainText writes the text of n to b as plainText does, up to stop
// if n holds it, and reports whether it did.
func writePlainText(b *bytes.Buffer, n, stop ast.Node, src []byte) (stopped bool) {
	afterCite := -1 // b's length after the last citation, -1 before one
	afterCode := 0  // b's length after the last code span: its spaces are as written
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if c == stop {
			stopped = true
			return ast.WalkStop, nil
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			afterCode = b.Len()
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			v := c.Segment.Value(src)
			if b.Len() > afterCode && b.Bytes()[b.Len()-1] == ' ' {
				// Text on either side of what the tree lost, an
				// Obsidian comment: "voted %%x%% on" reads "voted on".
				v = bytes.TrimLeft(v, " ")
			}
			if c.IsRaw() {
				b.Write(v)
			} else {
				b.WriteString(html.UnescapeString(string(util.UnescapePunctuations(v))))
			}
			if (c.SoftLineBreak() || c.HardLineBreak()) && (b.Len() == afterCode || b.Bytes()[b.Len()-1] != ' ') {
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() { // HTML, such as the typographer's &ldquo;
				b.WriteString(html.UnescapeString(string(c.Value)))
			} else {
				b.Write(c.Value)
			}
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *Citation:
			// Its numbers are the page's: the text goes on
			// without them, "a claim [@a]." as "a claim.", and
			// without the commas and semicolons that only
			// separated it from the one before, "a claim [@a],
			// [@b]." as "a claim." too.
			if afterCite >= 0 && onlySeparators(b.Bytes()[afterCite:]) {
				b.Truncate(afterCite)
			}
			trimmed := bytes.TrimRight(b.Bytes(), " \t")
			b.Truncate(len(trimmed))
			afterCite = b.Len()
		case *WikiLink:
			if c.Label != nil {
				b.Write(c.Label)
			} else {
				b.Write(c.Target)
			}
		}
		return ast.WalkContinue, nil
	})
	return stopped
}

// onlySeparators reports whether s, the text between two citations, is
// commas, semicolons and spaces alone: "[@a], [@b]" separates two marks,
// where "[@a]. [@b]" ends a sentence and "[@a], Haiti [@b]" goes on with
// the prose.
func onlySeparators(s []byte) bool {
	return len(bytes.TrimFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })) == 0
}
