package markdown

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefsite/brief/internal/site"
)

// linkMentions links the first mention of each of doc's entities, by name
// or alias, in running text: not inside links, headings or code.
func linkMentions(doc *Doc, texts []*ast.Text, src []byte, pretty bool) {
	remaining := append([]*site.Entity(nil), doc.Entities...)
	for _, t := range texts {
		if len(remaining) == 0 {
			return
		}
		if !plainContext(t) {
			continue
		}
		cur := t
		for cur != nil && len(remaining) > 0 {
			at, n, which := firstMention(cur.Segment.Value(src), remaining)
			if at < 0 {
				break
			}
			e := remaining[which]
			remaining = append(remaining[:which], remaining[which+1:]...)
			cur = splitLink(cur, at, n, doc.href(e.Path(), pretty))
		}
	}
}

// plainContext reports whether t is running text rather than part of a
// link, heading or other construct that must not gain links.
func plainContext(t ast.Node) bool {
	for p := t.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindLink, ast.KindHeading, ast.KindCodeSpan, ast.KindAutoLink, ast.KindImage, KindWikiLink:
			return false
		}
	}
	return true
}

// firstMention finds the earliest whole-word occurrence in s of a name or
// alias of one of entities, preferring the longest name at a tie.
func firstMention(s []byte, entities []*site.Entity) (at, n, which int) {
	at = -1
	for i, e := range entities {
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			j := indexWord(s, []byte(name))
			if j >= 0 && (at < 0 || j < at || j == at && len(name) > n) {
				at, n, which = j, len(name), i
			}
		}
	}
	return at, n, which
}

// indexWord returns the index of the first occurrence of word in s that
// does not continue a longer word on either side.
func indexWord(s, word []byte) int {
	if len(word) == 0 {
		return -1
	}
	for off := 0; off < len(s); {
		i := bytes.Index(s[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		before, _ := utf8.DecodeLastRune(s[:i])
		after, _ := utf8.DecodeRune(s[i+len(word):])
		if (i == 0 || !isWordRune(before)) && (i+len(word) == len(s) || !isWordRune(after)) {
			return i
		}
		off = i + 1
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// splitLink splits t around bytes [at, at+n) of its segment, wraps that
// part in a link to href, and returns the text node after it, if any.
func splitLink(t *ast.Text, at, n int, href string) *ast.Text {
	parent := t.Parent()
	seg := t.Segment
	if at > 0 {
		parent.InsertBefore(parent, t, ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+at)))
	}
	link := ast.NewLink()
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("mention"))
	link.AppendChild(link, ast.NewTextSegment(text.NewSegment(seg.Start+at, seg.Start+at+n)))
	parent.InsertBefore(parent, t, link)
	if seg.Start+at+n == seg.Stop {
		if t.SoftLineBreak() {
			last := ast.NewTextSegment(text.NewSegment(seg.Stop, seg.Stop))
			last.SetSoftLineBreak(true)
			parent.InsertBefore(parent, t, last)
		}
		parent.RemoveChild(parent, t)
		return nil
	}
	t.Segment = text.NewSegment(seg.Start+at+n, seg.Stop)
	return t
}
