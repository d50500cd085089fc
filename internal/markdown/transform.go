package markdown

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// transformer resolves wikilinks and citations, removes links with
// unsafe schemes, links first mentions and finds the first paragraph.
type transformer struct{ opts Options }

func (t transformer) Transform(root *ast.Document, reader text.Reader, pc parser.Context) {
	doc, _ := pc.Get(docKey).(*Doc)
	if doc == nil {
		return
	}
	src := reader.Source()
	b := bodyWalk{t: t, doc: doc, src: src}
	b.mayHaveWikiLinks = bytes.Contains(src, []byte("[["))
	b.mayHaveShortcodes = bytes.Contains(src, []byte("{{")) || bytes.Contains(src, []byte("{%")) || bytes.Contains(src, []byte("{:"))
	b.mayHaveOthers = mayHaveOthers(src)
	ast.Walk(root, b.visit)
	b.boxes.end()

	warnSetextParagraphs(doc, b.headings, src)
	warnTitleRepeated(doc, root, src)
	belowTitle(b.headings)
	if len(b.paragraphs) > 0 {
		warnBrokenWikiLinks(doc, b.paragraphs, b.wikis, b.links, b.code, src)
	}
	t.resolveWikiLinks(doc, b.wikis, b.headings, src)
	if len(b.cites) > 0 || len(doc.oddCites) > 0 {
		resolveCitations(doc, b.cites, src)
	}
	removeUnsafe(doc, b.unsafe, src)
	for _, n := range b.toDrafts {
		unwrap(n, src) // as a wikilink to a draft is left its text
	}
	for _, n := range b.shortcodes {
		warnShortcode(doc, n, src)
	}
	for _, at := range b.addressTags() {
		warnOtherTag(doc, at, outputTagKind, src, true)
	}
	for _, n := range b.htmlShortcodes {
		warnShortcodeAt(doc, n.Segment.Stop-2, "Hugo shortcode", src)
	}
	setSummary(doc, root, b.more, b.first, src)
	for _, n := range b.dropped {
		// Without unsafe_html goldmark would write a "raw HTML omitted"
		// comment in their place.
		parent := n.Parent()
		if parent == nil {
			continue
		}
		parent.RemoveChild(parent, n)
		pruneEmpty(parent, src)
	}
	if len(b.omitted) > 0 {
		warnOmitted(doc, b.omitted, showsNothing(root, src))
	}
	b.headings = slices.DeleteFunc(b.headings, func(h *ast.Heading) bool { return h.Parent() == nil }) // left out, empty
	assignHeadingIDs(doc, b.headings, pc.IDs(), src)
	if len(b.byText) > 0 {
		headingsByText(b.byText, b.headings, src)
	}
	if t.opts.LinkMentions && len(doc.Entities) > 0 {
		linkMentions(doc, b.texts, src, t.opts.PrettyURLs)
	}
}

// bodyWalk is one walk of a body's tree, in document order: it rebases
// links and images and numbers tables and code blocks as it goes, and
// gathers the nodes the passes after it need.
type bodyWalk struct {
	t   transformer
	doc *Doc
	src []byte

	mayHaveWikiLinks  bool // the body has a "[["
	mayHaveShortcodes bool // the body has a "{{", a "{%" or a "{:"
	mayHaveOthers     bool // the body may have a WordPress shortcode or pandoc's ::: or {…} (see mayHaveOthers)

	wikis      []*WikiLink
	cites      []*Citation
	unsafe     []ast.Node // links and images with a scheme the page goes without
	toDrafts   []ast.Node // links to drafts the build leaves out
	omitted    []ast.Node // raw HTML the page goes without, warned of
	dropped    []ast.Node // raw HTML, comments and the divider, taken out of the tree
	texts      []*ast.Text
	headings   []*ast.Heading
	first      *ast.Paragraph // the first with text outside quotes and footnotes, taken once its links are resolved
	more       ast.Node       // the summary divider, <!--more-->
	shortcodes []*ast.Text    // texts a shortcode starts in, left as text
	destTags   []int          // where output tags start in the addresses of inline links and images
	// tagRefs are the labels, as goldmark keys them, of reference links
	// whose address has an output tag; defs the definitions of labels,
	// when the body may have shortcodes.
	tagRefs map[string]bool
	defs    []*ast.LinkReferenceDefinition
	// htmlShortcodes are texts ending in the "{{" of a shortcode whose
	// rest the parser took for raw HTML: {{<figure src="x">}}.
	htmlShortcodes []*ast.Text
	paragraphs     []ast.Node   // with text, when the body has a "[["
	links          map[int]bool // where links start at or just after a "[[" (see linkStart)
	code           [][2]int     // the source of code spans, when it has
	byText         []*ast.Link  // links to #Heading%20Text, Obsidian's to a heading of the body
	tables         int          // see boxNumber
	codes          int          // see boxNumber
	boxes          boxSections  // see boxHeading
}

// blankText reports whether p, a paragraph, a list item's text or a
// heading, holds nothing but spaces.
func blankText(p ast.Node, src []byte) bool {
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || len(bytes.TrimSpace(t.Segment.Value(src))) > 0 {
			return false
		}
	}
	return true
}

// pruneEmpty removes n, when the raw HTML dropped from it leaves it
// showing nothing, and each block above it that this leaves empty in
// turn: a paragraph of raw HTML alone, <video ...></video>, would be an
// empty <p>, and a quote or a list item of an HTML comment alone, > <!--
// note -->, an empty bar or bullet. A footnote is kept, as its
// reference links to it.
func pruneEmpty(n ast.Node, src []byte) {
	for n.Parent() != nil && showsNothingLeft(n, src) {
		parent := n.Parent()
		parent.RemoveChild(parent, n)
		n = parent
	}
}

// showsNothingLeft reports whether n is a block pruneEmpty removes: a
// paragraph, a list's text or a heading of blank text only, or a quote, a
// list item, a list or a definition with nothing in it.
func showsNothingLeft(n ast.Node, src []byte) bool {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return blankText(n, src)
	case *ast.Heading: // one with an {#id} of its own is linked to
		return len(n.Attributes()) == 0 && blankText(n, src)
	case *ast.Blockquote, *ast.ListItem, *ast.List, *extast.DefinitionDescription:
		return n.ChildCount() == 0
	}
	return false
}

// imageOnly reports whether p, a paragraph, holds images and nothing
// else a reader reads, a map or a photograph alone in its paragraph
// (linked or not, raw HTML and spaces aside): its text is the images'
// descriptions, which say what they show, not what the brief says.
func imageOnly(p ast.Node, src []byte) bool {
	images := false
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			images = true
		case *ast.Link:
			if c.ChildCount() == 0 || !imageOnly(c, src) {
				return false
			}
			images = true
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return false
			}
		case *ast.RawHTML:
		default:
			return false
		}
	}
	return images
}

// quoted reports whether n is in a blockquote or a footnote.
func quoted(n ast.Node) bool { return within(n, ast.KindBlockquote, extast.KindFootnote) }

// visit is the ast.Walker of the walk: it hands each node to the method
// of its kind.
func (b *bodyWalk) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		if p, ok := n.(*ast.Paragraph); ok && b.first == nil && !quoted(p) && !imageOnly(p, b.src) {
			// An editor's note quoted above the body, a callout, is
			// not what it says, nor is an image's description: the
			// summary is the first paragraph outside quotes and
			// footnotes with text of its own, or none (a body of
			// quotes alone has none); a list's is its opening text as
			// much as a paragraph's.
			if strings.TrimSpace(plainText(p, b.src)) != "" {
				b.first = p
			}
		}
		return ast.WalkContinue, nil
	}
	switch n := n.(type) {
	case *WikiLink:
		b.wikis = append(b.wikis, n)
	case *Citation:
		b.cites = append(b.cites, n)
	case *ast.Link:
		b.link(n)
	case *ast.AutoLink:
		b.autoLink(n)
	case *ast.Image:
		b.image(n)
	case *ast.Text:
		b.text(n)
	case *ast.Heading:
		b.headings = append(b.headings, n)
		b.boxes.startAt(n)
	case *ast.Paragraph, *ast.TextBlock:
		if b.mayHaveWikiLinks {
			b.paragraphs = append(b.paragraphs, n)
		}
	case *ast.CodeSpan:
		b.codeSpan(n)
	case *ast.LinkReferenceDefinition:
		if b.mayHaveShortcodes {
			b.defs = append(b.defs, n)
		}
	case *extast.Table:
		b.tables++
		n.SetAttribute(boxNumber, b.tables)
		b.boxes.add(n)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		b.codes++
		n.SetAttribute(boxNumber, b.codes)
		b.boxes.add(n)
	case *extast.TableCell:
		b.tableCell(n)
	case *ast.HTMLBlock:
		b.htmlBlock(n)
	case *ast.RawHTML:
		b.rawHTML(n)
	}
	return ast.WalkContinue, nil
}

// link marks a link with an unsafe scheme for removal, or points it at
// the page of the file it names, or rebases it.
func (b *bodyWalk) link(n *ast.Link) {
	if b.mayHaveWikiLinks {
		b.linkStart(n.Pos())
	}
	if !SafeLink(string(n.Destination)) {
		b.unsafe = append(b.unsafe, n)
		return
	}
	if bytes.Contains(n.Destination, []byte(":")) && showsURL(plainText(n, b.src), string(n.Destination)) {
		n.SetAttributeString("class", []byte(BareURLClass))
	}
	b.destTag(n.Destination, n.Pos(), n.Reference)
	if len(n.Destination) > 1 && n.Destination[0] == '#' {
		if frag := string(n.Destination[1:]); fragmentID(frag) != frag {
			b.byText = append(b.byText, n)
		}
	}
	if dest, ok, draft := b.t.markdownLink(b.doc, string(n.Destination), n.Pos()); ok {
		n.Destination = []byte(dest)
	} else if draft {
		b.toDrafts = append(b.toDrafts, n)
	} else {
		n.Destination = cleanDots(b.doc.rebase(n.Destination))
		if !b.t.opts.PrettyURLs {
			n.Destination = dirIndex(n.Destination)
		}
	}
}

// linkStart notes that a link starts at the offset at, when it starts at
// a "[[" or just after one: that "[[" is no broken wikilink (see
// warnBrokenWikiLinks, which asks of no other offset).
func (b *bodyWalk) linkStart(at int) {
	if at < 0 || at > len(b.src) || !bytes.HasPrefix(b.src[at:], []byte("[[")) && (at == 0 || !bytes.HasPrefix(b.src[at-1:], []byte("[["))) {
		return
	}
	if b.links == nil {
		b.links = map[int]bool{}
	}
	b.links[at] = true
}

// autoLink marks an autolink with an unsafe scheme for removal, or as a
// bare URL.
func (b *bodyWalk) autoLink(n *ast.AutoLink) {
	if !SafeLink(string(n.URL(b.src))) {
		b.unsafe = append(b.unsafe, n)
	} else {
		n.SetAttributeString("class", []byte(BareURLClass))
	}
}

// image marks an image with an unsafe scheme for removal, or rebases it.
func (b *bodyWalk) image(n *ast.Image) {
	if !safeImage(string(n.Destination)) {
		b.unsafe = append(b.unsafe, n)
	} else {
		b.destTag(n.Destination, n.Pos(), n.Reference)
		n.Destination = cleanDots(b.doc.rebase(n.Destination))
	}
}

// text keeps a text for linkMentions, and notes a shortcode
// outside code.
func (b *bodyWalk) text(n *ast.Text) {
	if b.t.opts.LinkMentions {
		b.texts = append(b.texts, n)
	}
	if (b.mayHaveShortcodes || b.mayHaveOthers) && n.Parent().Kind() != ast.KindCodeSpan {
		if _, kind := shortcodeIn(b.src, n.Segment); kind != "" {
			b.shortcodes = append(b.shortcodes, n)
		}
	}
}

// codeSpan notes where the source of a code span is, in which a "[[" is
// no broken wikilink.
func (b *bodyWalk) codeSpan(n *ast.CodeSpan) {
	if !b.mayHaveWikiLinks || n.FirstChild() == nil {
		return
	}
	if ft, ok := n.FirstChild().(*ast.Text); ok {
		if lt, ok := n.LastChild().(*ast.Text); ok {
			b.code = append(b.code, [2]int{ft.Segment.Start, lt.Segment.Stop})
		}
	}
}

// tableCell warns of a wikilink the table's column bar cut in two.
func (b *bodyWalk) tableCell(n *extast.TableCell) {
	if !b.mayHaveWikiLinks {
		return
	}
	if at, escaped, ok := cutWikiLink(n, b.src); ok {
		b.doc.Diags.Warnf(b.doc.pos(at), "wikilink cut in two by the table's column bar; in a table, write %s", escaped)
	}
}

// htmlBlock notes the summary divider, or raw HTML the page goes
// without; without unsafe_html, the page goes without either.
func (b *bodyWalk) htmlBlock(n *ast.HTMLBlock) {
	if n.HTMLBlockType == ast.HTMLBlockType2 && !n.HasClosure() && n.Lines().Len() > 0 {
		text := n.Lines().Value(b.src)
		if open := bytes.Index(text, []byte("<!--")); open >= 0 && !bytes.Contains(text[open+len("<!--"):], []byte("-->")) {
			b.doc.Diags.Warnf(b.doc.pos(n.Lines().At(0).Start+open), "HTML comment <!-- is not closed, so the rest of the body is hidden, as a browser hides it; close it with -->")
		}
	}
	if n.HTMLBlockType == ast.HTMLBlockType2 && !b.t.opts.UnsafeHTML {
		if at, ok := textBesideComment(n, b.src); ok {
			b.doc.Diags.Warnf(b.doc.pos(at), "text beside an HTML comment on its line is left out with the comment: a line that starts with <!-- is HTML to the end of the line that closes it; write the text on a line of its own")
		}
	}
	if b.more == nil && isMore(n.Lines().Value(b.src)) {
		b.more = n
	} else if !b.t.opts.UnsafeHTML && n.HTMLBlockType != ast.HTMLBlockType2 {
		b.omitted = append(b.omitted, n)
	}
	if !b.t.opts.UnsafeHTML {
		b.dropped = append(b.dropped, n)
	}
}

// textBesideComment returns the offset of the first text outside the
// HTML comments of n, a block of them, as in "<!-- note --> Text.",
// which the block takes with it, and whether it has any.
func textBesideComment(n *ast.HTMLBlock, src []byte) (int, bool) {
	inComment := false
	lines := n.Lines()
	for i := range lines.Len() + 1 {
		var seg text.Segment
		switch {
		case i < lines.Len():
			seg = lines.At(i)
		case n.HasClosure(): // the line with the comment's -->, when it is not the first
			seg = n.ClosureLine
		default:
			continue
		}
		line := src[seg.Start:seg.Stop]
		for j := 0; j < len(line); {
			switch {
			case inComment:
				end := bytes.Index(line[j:], []byte("-->"))
				if end < 0 {
					j = len(line)
					continue
				}
				j += end + len("-->")
				inComment = false
			case bytes.HasPrefix(line[j:], []byte("<!--")):
				j += len("<!--")
				inComment = true
			case line[j] == ' ' || line[j] == '\t' || line[j] == '\n' || line[j] == '\r':
				j++
			default:
				return seg.Start + j, true
			}
		}
	}
	return 0, false
}

// rawHTML notes the summary divider, a shortcode the parser took for
// HTML, or raw HTML the page goes without.
func (b *bodyWalk) rawHTML(n *ast.RawHTML) {
	if prev, ok := n.PreviousSibling().(*ast.Text); ok && b.mayHaveShortcodes && bytes.HasSuffix(prev.Segment.Value(b.src), []byte("{{")) {
		// {{<figure src="x">}}: the parser takes <figure ...> for
		// HTML. Warned of as a shortcode, not as raw HTML.
		b.htmlShortcodes = append(b.htmlShortcodes, prev)
		if !b.t.opts.UnsafeHTML {
			b.dropped = append(b.dropped, n)
		}
		return
	}
	if b.more == nil && isMore(n.Segments.Value(b.src)) {
		b.more = n
	} else if !b.t.opts.UnsafeHTML && !isComment(n, b.src) {
		b.omitted = append(b.omitted, n)
	}
	if !b.t.opts.UnsafeHTML {
		b.dropped = append(b.dropped, n)
	}
}

// resolveWikiLinks points each wikilink at what it names: a heading of
// the body for [[#fragment]], else a brief, a profile or a page's
// element.
func (t transformer) resolveWikiLinks(doc *Doc, wikis []*WikiLink, headings []*ast.Heading, src []byte) {
	for _, w := range wikis {
		if target, frag, _ := strings.Cut(string(w.Target), "#"); strings.TrimSpace(target) == "" && blockRef(doc, w, frag, "shows as text") {
			label := w.Label
			if label == nil {
				label = w.Target
			}
			w.Parent().ReplaceChild(w.Parent(), w, ast.NewString(label))
			continue
		} else if strings.TrimSpace(target) == "" && strings.TrimSpace(frag) != "" {
			t.headingLink(doc, w, headingID(headings, frag, src))
			continue
		}
		t.resolveWikiLink(doc, w)
	}
}

// removeUnsafe warns of each link or image in nodes, whose URL's scheme
// is unsafe or unsupported, and leaves its text in its place.
func removeUnsafe(doc *Doc, nodes []ast.Node, src []byte) {
	for _, n := range nodes {
		doc.Diags.Warnf(doc.pos(n.Pos()), "link or image with an unsafe or unsupported URL scheme removed")
		unwrap(n, src)
	}
}

// setSummary sets the plain text of the body's summary: the paragraphs
// of root before the divider more, or else the paragraph first, as a
// reader sees them (the titles wikilinks show, not their targets).
func setSummary(doc *Doc, root, more ast.Node, first *ast.Paragraph, src []byte) {
	if more != nil {
		doc.first = textBefore(root, more, src)
	}
	if doc.first == "" && first != nil { // no divider, or nothing before it
		doc.first = strings.TrimSpace(plainText(first, src))
	}
	doc.first = cutSummary(doc.first)
}

// maxSummary is the longest summary a body gives, in bytes: the longest
// a brief's front matter may write. Lists, feeds and the meta
// description repeat it.
const maxSummary = 20000

// cutSummary returns s cut, at the last blank before maxSummary bytes,
// with an ellipsis, when it is longer.
func cutSummary(s string) string {
	if len(s) <= maxSummary {
		return s
	}
	cut := strings.LastIndexAny(s[:maxSummary], " \t\n")
	if cut <= 0 {
		cut = maxSummary
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " \t\n") + "…"
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
// paragraphs, but for those of images alone: a divider within a
// paragraph ends the text there.
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
		if imageOnly(n, src) { // its description, not the brief's text
			text.Reset()
		}
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
