package markdown

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/text/width"
)

// warnOmitted warns that the page goes without the raw HTML the body
// has: once for its blocks, at the first, which go with the text in
// them, <p>…</p>; and once for its inline tags, at the first, which go
// while their text stays, troops<sup>1</sup> shows "troops1". When the
// page is left with no text at all (empty), the warning says so, once.
// HTML comments are left out as well, but without a warning: editors
// leave notes in them.
func warnOmitted(doc *Doc, omitted []ast.Node, empty bool) {
	var blocks, inline []ast.Node
	for _, n := range omitted {
		if n.Type() == ast.TypeBlock {
			blocks = append(blocks, n)
		} else {
			inline = append(inline, n)
		}
	}
	if empty {
		doc.Diags.Warnf(doc.pos(omitted[0].Pos()), "the body is all raw HTML, which the page goes without: the page shows no text; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML")
		return
	}
	// A block that shows something of its own, an image or an embedded
	// player (a WordPress post's <figure>), is told apart, as a tag is.
	var shownBlocks, textBlocks []ast.Node
	for _, n := range blocks {
		if showing[elementOf(n, doc.Source)] {
			shownBlocks = append(shownBlocks, n)
		} else {
			textBlocks = append(textBlocks, n)
		}
	}
	if len(shownBlocks) > 0 {
		doc.Diags.Warnf(doc.pos(shownBlocks[0].Pos()), "raw HTML block %sleft out of the page, and what it shows with it%s; write an image as ![what it shows](file) and a video or an embed as a link, or set unsafe_html: true in the site file to keep raw HTML", tagOf(shownBlocks[0], doc.Source), moreBlocks(len(shownBlocks)-1))
	}
	if len(textBlocks) > 0 {
		doc.Diags.Warnf(doc.pos(textBlocks[0].Pos()), "raw HTML block %sleft out of the page with the text in it%s; write it in Markdown, or set unsafe_html: true in the site file to keep raw HTML", tagOf(textBlocks[0], doc.Source), moreBlocks(len(textBlocks)-1))
	}
	// A tag that shows something of its own, an image or an embedded
	// player, goes with what it shows: told apart from tags around text.
	var shows, around []ast.Node
	for _, n := range inline {
		if showing[elementOf(n, doc.Source)] {
			shows = append(shows, n)
		} else {
			around = append(around, n)
		}
	}
	if len(shows) > 0 {
		doc.Diags.Warnf(doc.pos(shows[0].Pos()), "raw HTML tag %sleft out of the page, and what it shows with it%s; write an image as ![what it shows](file) and a video or an embed as a link, or set unsafe_html: true in the site file to keep the tags", tagOf(shows[0], doc.Source), onMoreLines(doc.Source, shows))
	}
	if len(around) > 0 {
		doc.Diags.Warnf(doc.pos(around[0].Pos()), "raw HTML tag %sleft out of the page, its text kept as plain text%s; set unsafe_html: true in the site file to keep the tags", tagOf(around[0], doc.Source), onMoreLines(doc.Source, around))
	}
}

// showing are the HTML elements that show something of their own rather
// than text between their tags: raw HTML left out takes it with them.
var showing = map[string]bool{"img": true, "picture": true, "figure": true, "iframe": true, "video": true, "audio": true, "embed": true, "object": true, "svg": true, "canvas": true}

// elementOf returns the name of the element whose tag, opening or
// closing, raw HTML node n starts with, in lower case: "img" of
// "<img src=…>", "iframe" of "</iframe>"; or "".
func elementOf(n ast.Node, src []byte) string {
	at := n.Pos()
	if at < 0 || at+1 >= len(src) || src[at] != '<' {
		return ""
	}
	if src[at+1] == '/' {
		at++
	}
	j := at + 1
	for j < len(src) && (isLetter(src[j]) || j > at+1 && '0' <= src[j] && src[j] <= '9') {
		j++
	}
	return strings.ToLower(string(src[at+1 : j]))
}

// moreBlocks returns " (and N more blocks)" for n more blocks, or "".
func moreBlocks(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return " (and 1 more block)"
	}
	return fmt.Sprintf(" (and %d more blocks)", n)
}

// onMoreLines returns " (and on N more lines)" for the raw HTML nodes
// ns, in the order of the body src, on lines other than the first's, or
// "" when they are all on its line.
func onMoreLines(src []byte, ns []ast.Node) string {
	// Count the lines between nodes rather than from the start of the
	// body for each.
	others, at := 0, 0
	for i, n := range ns {
		off := min(max(n.Pos(), at), len(src))
		if i > 0 && bytes.IndexByte(src[at:off], '\n') >= 0 {
			others++
		}
		at = off
	}
	switch others {
	case 0:
		return ""
	case 1:
		return " (and on 1 more line)"
	}
	return fmt.Sprintf(" (and on %d more lines)", others)
}

// tagOf returns the name of the HTML tag raw HTML node n starts with, in
// angle brackets and followed by a space, "<p> ", or "" when it starts
// with none.
func tagOf(n ast.Node, src []byte) string {
	at := n.Pos()
	if at < 0 || at >= len(src) || src[at] != '<' {
		return ""
	}
	j := at + 1
	for j < len(src) && (isLetter(src[j]) || j > at+1 && '0' <= src[j] && src[j] <= '9') {
		j++
	}
	if j == at+1 {
		return ""
	}
	return "<" + strings.ToLower(string(src[at+1:j])) + "> "
}

// showsNothing reports whether the tree under n, its raw HTML taken out,
// holds nothing a page shows: only paragraphs, headings and emphasis
// with blank text, or nothing at all.
func showsNothing(n ast.Node, src []byte) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return false
			}
		case *ast.String:
			if len(bytes.TrimSpace(c.Value)) > 0 {
				return false
			}
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *ast.Emphasis:
			if !showsNothing(c, src) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// shortcodeIn returns where in the text seg of src the first shortcode
// or template tag of another generator begins, left as text, and what it
// is: Hugo's {{< >}} and {{% %}}, Zola's {{ name(...) }}, a {% tag %} of
// Zola's, Eleventy's or Jekyll's, closed on its line, an output tag of
// Liquid or Nunjucks, {{ page.url }} (see outputTag), or a kramdown
// attribute list where kramdown reads one, {: .notice} (see attrList
// and attrListPlace), a WordPress shortcode, [caption …] (see
// wpShortcode), or pandoc's fenced div, ::: {.entry-content}, and
// attributes after an image or a link, ![Map](map.jpg){width="800"}
// (see fencedDiv and pandocAttrs); or "" when the text has none.
func shortcodeIn(src []byte, seg text.Segment) (int, string) {
	v := seg.Value(src)
	line := func(i int) []byte {
		rest := src[seg.Start+i:]
		if eol := bytes.IndexByte(rest, '\n'); eol >= 0 {
			rest = rest[:eol]
		}
		return rest
	}
	closedOnLine := func(i int, closer string) bool {
		return bytes.Contains(line(i), []byte(closer))
	}
	escaped := func(i int) bool { return seg.Start+i > 0 && src[seg.Start+i-1] == '\\' }
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '[':
			if _, _, ok := wpShortcode(src, seg.Start+i); ok {
				return i, wpShortcodeKind
			}
			continue
		case ':':
			if _, ok := fencedDiv(src, seg.Start+i); ok {
				return i, fencedDivKind
			}
			continue
		case '{':
			if i+1 == len(v) {
				continue
			}
			if at := seg.Start + i; at > 0 && (src[at-1] == ')' || src[at-1] == ']') && pandocAttrs(line(i)) > 0 {
				return i, pandocAttrsKind
			}
		default:
			continue
		}
		switch rest := v[i+1:]; {
		case bytes.HasPrefix(rest, []byte("{<")), bytes.HasPrefix(rest, []byte("{%")):
			return i, "Hugo shortcode"
		case rest[0] == '%' && closedOnLine(i, "%}"):
			return i, "template tag"
		case rest[0] == '{':
			name := bytes.TrimLeft(rest[1:], " ")
			j := 0
			for j < len(name) && (isLetter(name[j]) || name[j] == '_' || j > 0 && '0' <= name[j] && name[j] <= '9') {
				j++
			}
			if j > 0 && j < len(name) && name[j] == '(' && closedOnLine(i, "}}") {
				return i, "Zola shortcode"
			}
			if _, _, ok := outputTag(line(i), inDestination(src, seg.Start+i)); ok && !escaped(i) {
				return i, outputTagKind
			}
		case rest[0] == ':':
			if n, _, ok := attrList(line(i)); ok && !escaped(i) && attrListPlace(src, seg.Start+i, n) {
				return i, attrListKind
			}
		}
	}
	return 0, ""
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// cutWikiLink returns the offset in src of a wikilink with a label,
// [[Egypt|the Egyptians]], that a table cut in two at its bar: cell
// holds "[[Egypt", and "the Egyptians]]" went to the next cell or, past
// the table's last column, nowhere; and the link as a table takes it,
// with the bar escaped, as in Obsidian.
func cutWikiLink(cell *extast.TableCell, src []byte) (at int, escaped string, ok bool) {
	if cell.Lines().Len() == 0 {
		return 0, "", false
	}
	seg := cell.Lines().At(0)
	v := seg.Value(src)
	i := bytes.LastIndex(v, []byte("[["))
	if i < 0 || bytes.Contains(v[i:], []byte("]]")) || len(bytes.TrimSpace(v[i+2:])) == 0 {
		return 0, "", false
	}
	rest := src[seg.Stop:]
	if end := bytes.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t"), []byte("|"))
	j := bytes.Index(rest, []byte("]]"))
	if !ok || j < 0 || bytes.Contains(rest[:j], []byte("[[")) || bytes.IndexByte(rest[:j], '|') >= 0 {
		return 0, "", false
	}
	return seg.Start + i, string(v[i:]) + "\\|" + string(bytes.TrimLeft(rest[:j+2], " \t")), true
}

// warnBrokenWikiLinks warns of each "[[" in the text of paragraphs that
// begins none of wikis, nor a link whose text starts with "[" (links
// has where such links start, and those just after a "["), and is not
// in code: a wikilink split over two lines, an empty one, or one never
// closed, which the page would show as it is written.
func warnBrokenWikiLinks(doc *Doc, paragraphs []ast.Node, wikis []*WikiLink, links map[int]bool, code [][2]int, src []byte) {
	starts := make(map[int]bool, len(wikis))
	for _, w := range wikis {
		starts[w.Offset] = true
	}
	for _, p := range paragraphs {
		lines := p.Lines()
		if lines.Len() == 0 {
			continue
		}
		from, to := lines.At(0).Start, lines.At(lines.Len()-1).Stop
		text := src[from:to]
		for i := 0; ; i += 2 {
			j := bytes.Index(text[i:], []byte("[["))
			if j < 0 {
				break
			}
			i += j
			at := from + i
			if starts[at] || starts[at+1] || starts[at-1] || links[at] || links[at+1] || i > 0 && text[i-1] == '\\' || inRanges(code, at) {
				continue
			}
			rest := text[i+2:]
			end, nl := bytes.Index(rest, []byte("]]")), bytes.IndexByte(rest, '\n')
			if end < 0 {
				doc.Diags.Warnf(doc.pos(at), "[[ without a closing ]], shown as it is")
				break // the rest of the paragraph has none either
			}
			target, _, _ := bytes.Cut(rest[:end], []byte("|"))
			switch {
			case nl >= 0 && nl < end:
				words := slices.DeleteFunc(strings.Fields(string(rest[:end])), func(w string) bool { return w == ">" }) // a quote's markers
				doc.Diags.Warnf(doc.pos(at), "wikilink split over two lines, shown as it is; write it on one: [[%s]]", strings.Join(words, " "))
			case len(bytes.TrimSpace(target)) == 0:
				doc.Diags.Warnf(doc.pos(at), "empty wikilink [[%s]], shown as it is", rest[:end])
			}
		}
	}
}

// inRanges reports whether offset at is within one of ranges.
func inRanges(ranges [][2]int, at int) bool {
	for _, r := range ranges {
		if r[0] <= at && at < r[1] {
			return true
		}
	}
	return false
}

// warnSetextParagraphs warns of each heading of headings made by a line
// of dashes or = signs under text that reads as a paragraph (more than
// one line, a sentence's end, or longer than 80 characters) and that
// the line is shorter than. An Eleventy or Jekyll body may end its
// excerpt with "---", which under a paragraph makes the paragraph a
// heading, and the summary the next one. "Background" over a line of
// dashes is a heading as meant, and so is "Why it matters." over a line
// as long as it: the writer drew the line to the text's length.
func warnSetextParagraphs(doc *Doc, headings []*ast.Heading, src []byte) {
	for _, h := range headings {
		lines := h.Lines()
		// An ATX heading's text starts after its "#"; a setext heading's
		// node starts where its text does.
		if lines.Len() == 0 || h.Pos() != lines.At(0).Start {
			continue
		}
		last := lines.At(lines.Len() - 1)
		eol := bytes.IndexByte(src[last.Start:], '\n')
		if eol < 0 {
			continue
		}
		under := last.Start + eol + 1
		end := bytes.IndexByte(src[under:], '\n')
		if end < 0 {
			end = len(src) - under
		}
		bar := bytes.IndexAny(src[under:under+end], "-=")
		if bar < 0 {
			continue
		}
		at := under + bar
		bars := bytes.TrimRight(src[at:under+end], " \t\r")
		if !readsAsParagraph(lines.Len(), plainText(h, src)) || underlines(bars, lines, src) || conflictMiddle(src, at) {
			continue
		}
		if src[at] == '=' {
			doc.Diags.Warnf(doc.pos(at), "a line of = signs under a paragraph makes it a heading; take the line out to keep the paragraph, or, for a heading, write # Heading")
			continue
		}
		doc.Diags.Warnf(doc.pos(at), "a line of dashes under a paragraph makes it a heading; leave a blank line before the dashes for a rule, write <!--more--> in their place to end the summary there, or, for a heading, write ## Heading")
	}
}

// readsAsParagraph reports whether a heading's text of so many lines
// reads as a paragraph rather than a title: more than one line, a
// sentence's end, or more than 80 characters. A question mark ends many
// titles (Was it legal?), and is no sentence's end here.
func readsAsParagraph(lines int, text string) bool {
	if lines > 1 || utf8.RuneCountInString(text) > 80 {
		return true
	}
	text = strings.TrimRight(strings.TrimSpace(text), `"'”’»)]*_`)
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!:…。！：", r)
}

// underlines reports whether the line of dashes or = signs bars is
// about as long as the widest line of a heading's text, as written: at
// least as wide less a quarter of it, and less three columns at most. A
// writer draws such a line under a title; an excerpt's separator is
// "---" under text of any length.
func underlines(bars []byte, lines *text.Segments, src []byte) bool {
	widest := 0
	for i := range lines.Len() {
		widest = max(widest, columns(bytes.TrimSpace(src[lines.At(i).Start:lines.At(i).Stop])))
	}
	return columns(bars) >= widest-min(3, widest/4)
}

// columns returns how many columns an editor shows b in: a wide or
// full-width character of East Asian scripts takes two.
func columns(b []byte) int {
	n := 0
	for _, r := range string(b) {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// conflictMiddle reports whether the line at offset at of src is the
// ======= between the sides of a merge conflict, after its <<<<<<<: the
// build tells of the conflict as an error.
func conflictMiddle(src []byte, at int) bool {
	line := src[at:]
	if eol := bytes.IndexByte(line, '\n'); eol >= 0 {
		line = line[:eol]
	}
	return string(bytes.TrimRight(line, " \t\r")) == "=======" && bytes.Contains(src[:at], []byte("<<<<<<<"))
}
