package markdown

import (
	"bytes"
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/slug"
)

// transformer resolves wikilinks, removes links with unsafe schemes,
// links first mentions and finds the first paragraph.
type transformer struct{ opts Options }

func (t transformer) Transform(root *ast.Document, reader text.Reader, pc parser.Context) {
	doc, _ := pc.Get(docKey).(*Doc)
	if doc == nil {
		return
	}
	src := reader.Source()
	var wikis []*WikiLink
	var unsafe []ast.Node
	var omitted []ast.Node // raw HTML the page goes without
	var texts []*ast.Text
	var headings []*ast.Heading
	var first *ast.Paragraph // the first with text, taken once its links are resolved
	var more ast.Node        // the summary divider, <!--more-->
	var shortcode *ast.Text  // the first Hugo shortcode, left as text
	mayHaveWikiLinks := bytes.Contains(src, []byte("[["))
	var paragraphs []ast.Node // with text, when the body has a "[["
	var links map[int]bool    // where links start, when it has
	if mayHaveWikiLinks {
		links = map[int]bool{}
	}
	var code [][2]int     // the source of code spans
	tables, codes := 0, 0 // see boxNumber
	mayHaveShortcodes := bytes.Contains(src, []byte("{{")) || bytes.Contains(src, []byte("{%"))
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if p, ok := n.(*ast.Paragraph); ok && first == nil && strings.TrimSpace(plainText(p, src)) != "" {
				first = p
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *WikiLink:
			wikis = append(wikis, n)
		case *ast.Link:
			if mayHaveWikiLinks {
				links[n.Pos()] = true
			}
			if !SafeLink(string(n.Destination)) {
				unsafe = append(unsafe, n)
				break
			}
			if bytes.Contains(n.Destination, []byte(":")) && showsURL(plainText(n, src), string(n.Destination)) {
				n.SetAttributeString("class", []byte(BareURLClass))
			}
			if dest, ok := t.markdownLink(doc, string(n.Destination), n.Pos()); ok {
				n.Destination = []byte(dest)
			} else {
				n.Destination = doc.rebase(n.Destination)
				if !t.opts.PrettyURLs {
					n.Destination = dirIndex(n.Destination)
				}
			}
		case *ast.AutoLink:
			if !SafeLink(string(n.URL(src))) {
				unsafe = append(unsafe, n)
			} else {
				n.SetAttributeString("class", []byte(BareURLClass))
			}
		case *ast.Image:
			if !safeImage(string(n.Destination)) {
				unsafe = append(unsafe, n)
			} else {
				n.Destination = doc.rebase(n.Destination)
			}
		case *ast.Text:
			if t.opts.LinkMentions {
				texts = append(texts, n)
			}
			if mayHaveShortcodes && shortcode == nil && n.Parent().Kind() != ast.KindCodeSpan {
				if _, kind := shortcodeIn(src, n.Segment); kind != "" {
					shortcode = n
				}
			}
		case *ast.Heading:
			headings = append(headings, n)
		case *ast.Paragraph, *ast.TextBlock:
			if mayHaveWikiLinks {
				paragraphs = append(paragraphs, n)
			}
		case *ast.CodeSpan:
			if mayHaveWikiLinks && n.FirstChild() != nil {
				first, last := n.FirstChild(), n.LastChild()
				if ft, ok := first.(*ast.Text); ok {
					if lt, ok := last.(*ast.Text); ok {
						code = append(code, [2]int{ft.Segment.Start, lt.Segment.Stop})
					}
				}
			}
		case *extast.Table:
			tables++
			n.SetAttribute(boxNumber, tables)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			codes++
			n.SetAttribute(boxNumber, codes)
		case *extast.TableCell:
			if !mayHaveWikiLinks {
				break
			}
			if at, escaped, ok := cutWikiLink(n, src); ok {
				doc.Diags.Warnf(doc.pos(at), "wikilink cut in two by the table's column bar; in a table, write %s", escaped)
			}
		case *ast.HTMLBlock:
			if more == nil && isMore(n.Lines().Value(src)) {
				more = n
			} else if !t.opts.UnsafeHTML && n.HTMLBlockType != ast.HTMLBlockType2 {
				omitted = append(omitted, n)
			}
		case *ast.RawHTML:
			if prev, ok := n.PreviousSibling().(*ast.Text); ok && mayHaveShortcodes && bytes.HasSuffix(prev.Segment.Value(src), []byte("{{")) {
				// {{<figure src="x">}}: the parser takes <figure ...> for
				// HTML. Warned of as a shortcode, not as raw HTML.
				if shortcode == nil {
					shortcode = prev
				}
				break
			}
			if more == nil && isMore(n.Segments.Value(src)) {
				more = n
			} else if !t.opts.UnsafeHTML && !isComment(n, src) {
				omitted = append(omitted, n)
			}
		}
		return ast.WalkContinue, nil
	})
	belowTitle(headings)
	if len(paragraphs) > 0 {
		warnBrokenWikiLinks(doc, paragraphs, wikis, links, code, src)
	}
	for _, w := range wikis {
		if target, frag, _ := strings.Cut(string(w.Target), "#"); strings.TrimSpace(target) == "" && strings.TrimSpace(frag) != "" {
			t.headingLink(doc, w, headingID(headings, frag, src))
			continue
		}
		t.resolveWikiLink(doc, w)
	}
	for _, n := range unsafe {
		doc.Diags.Warnf(doc.pos(n.Pos()), "link or image with an unsafe or unsupported URL scheme removed")
		unwrap(n, src)
	}
	if len(omitted) > 0 {
		warnOmitted(doc, omitted)
	}
	if shortcode != nil {
		v := shortcode.Segment.Value(src)
		i, kind := shortcodeIn(src, shortcode.Segment)
		if kind == "" { // the text ends in "{{", before raw HTML
			i, kind = len(v)-2, "Hugo shortcode"
		}
		at := shortcode.Segment.Start + i
		doc.Diags.Warnf(doc.pos(at), "%s, which brief does not read; write an image as ![text](file), a link to a brief or profile as [[name]]", kind)
	}
	// What a reader sees: the titles wikilinks show, not their targets.
	if more != nil {
		doc.first = textBefore(root, more, src)
	}
	if doc.first == "" && first != nil { // no divider, or nothing before it
		doc.first = strings.TrimSpace(plainText(first, src))
	}
	ids := pc.IDs()
	for _, h := range headings {
		name := []byte(plainText(h, src))
		class, hasClass := h.AttributeString("class")
		custom := false
		if id, ok := h.AttributeString("id"); ok { // {#custom-id}
			if b, ok := id.([]byte); ok && len(bytes.TrimSpace(b)) > 0 {
				name, custom = b, true
			}
		}
		// Of the attributes {...} gives, a heading keeps its id and
		// class: style, tabindex and the like are raw HTML's business.
		h.RemoveAttributes()
		id := ids.Generate(name, h.Kind())
		if custom && h.Lines().Len() > 0 {
			if want := slug.Anchor(string(name)); string(id) != want {
				doc.Diags.Warnf(doc.pos(h.Lines().At(0).Start), "heading id #%s is taken, by the page or a heading above; this heading is #%s", want, id)
			}
		}
		h.SetAttributeString("id", id)
		if hasClass {
			h.SetAttributeString("class", class)
		}
	}
	if t.opts.LinkMentions && len(doc.Entities) > 0 {
		linkMentions(doc, texts, src, t.opts.PrettyURLs)
	}
}

// isMore reports whether the raw HTML is the summary divider Hugo and
// Zola read, <!--more--> or <!-- more -->, on its own.
func isMore(raw []byte) bool {
	s, ok := bytes.CutPrefix(bytes.TrimSpace(raw), []byte("<!--"))
	if !ok {
		return false
	}
	s, ok = bytes.CutSuffix(s, []byte("-->"))
	return ok && bytes.EqualFold(bytes.TrimSpace(s), []byte("more"))
}

// textBefore returns the text of the paragraphs of root before the
// summary divider more, as a reader sees them, a space between
// paragraphs: a divider within a paragraph ends the text there.
func textBefore(root, more ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n == more {
			return ast.WalkStop, nil
		}
		if !entering || (n.Kind() != ast.KindParagraph && n.Kind() != ast.KindTextBlock) {
			return ast.WalkContinue, nil
		}
		var text bytes.Buffer
		done := writePlainText(&text, n, more, src)
		if t := bytes.TrimSpace(text.Bytes()); len(t) > 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.Write(t)
		}
		if done {
			return ast.WalkStop, nil
		}
		return ast.WalkSkipChildren, nil
	})
	return b.String()
}

// isComment reports whether the inline HTML n is a comment.
func isComment(n *ast.RawHTML, src []byte) bool {
	if n.Segments.Len() == 0 {
		return false
	}
	first := n.Segments.At(0)
	return bytes.HasPrefix(first.Value(src), []byte("<!--"))
}

// belowTitle moves the headings of a body one level down when one of
// them is at level 1: the page's title is its one h1, and a body's
// sections come under it. The headings keep their order of levels.
func belowTitle(headings []*ast.Heading) {
	if !slices.ContainsFunc(headings, func(h *ast.Heading) bool { return h.Level == 1 }) {
		return
	}
	for _, h := range headings {
		h.Level = min(h.Level+1, 6)
	}
}

// BareURLClass is the class of a link whose text is its URL, a bare
// URL made a link or a link written [https://x.org](https://x.org): the
// print stylesheet, which prints each link's URL after its text, leaves
// these alone rather than print the URL twice.
const BareURLClass = "bare-url"

// showsURL reports whether a link's text is its destination, give or take
// the scheme, "www." and a final slash.
func showsURL(text, dest string) bool {
	trim := func(s string) string {
		s = strings.TrimSpace(s)
		if _, rest, ok := strings.Cut(s, "://"); ok {
			s = rest
		} else {
			s = strings.TrimPrefix(s, "mailto:")
		}
		return strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/")
	}
	t := trim(text)
	return t != "" && strings.EqualFold(t, trim(dest))
}

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
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if c.IsRaw() {
				b.Write(c.Segment.Value(src))
			} else {
				b.WriteString(html.UnescapeString(string(util.UnescapePunctuations(c.Segment.Value(src)))))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
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

// anchors generates heading IDs that keep non-ASCII words readable and
// unique within a page.
type anchors struct {
	used map[string]bool
	made []string // the ids Generate gave, in order
}

// newAnchors returns anchors that take none of the ids in reserved,
// separated by spaces.
func newAnchors(reserved string) *anchors {
	a := &anchors{used: map[string]bool{}}
	for id := range strings.FieldsSeq(reserved) {
		a.used[id] = true
	}
	return a
}

func (a *anchors) Generate(value []byte, kind ast.NodeKind) []byte {
	base := slug.Anchor(string(value))
	id := base
	for i := 2; a.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	a.used[id] = true
	a.made = append(a.made, id)
	return []byte(id)
}

func (a *anchors) Put(value []byte) { a.used[string(value)] = true }
