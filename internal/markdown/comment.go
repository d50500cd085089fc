package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// KindComment is the node kind of a Comment, and KindCommentBlock of a
// CommentBlock.
var (
	KindComment      = ast.NewNodeKind("Comment")
	KindCommentBlock = ast.NewNodeKind("CommentBlock")
)

// Comment is an Obsidian comment within a paragraph, %%…%%, over its
// lines too. Obsidian, Obsidian Publish and Quartz show none of it: the
// comments transformer takes it out of the tree, with the rest of the
// body when it is not closed in its paragraph.
type Comment struct {
	ast.BaseInline
	Offset int  // byte offset of the opening "%%" in the source
	Closed bool // closed in its paragraph
}

// Kind implements ast.Node.
func (n *Comment) Kind() ast.NodeKind { return KindComment }

// Dump implements ast.Node.
func (n *Comment) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// CommentBlock is an Obsidian comment that starts a line, %%, and runs
// over lines, blank ones too, to the next %%: it may hide paragraphs,
// lists and headings.
type CommentBlock struct {
	ast.BaseBlock
	Offset int  // byte offset of the opening "%%" in the source
	Closed bool // closed before the body's end
}

// Kind implements ast.Node.
func (n *CommentBlock) Kind() ast.NodeKind { return KindCommentBlock }

// IsRaw implements ast.Node: a comment's text is not Markdown.
func (n *CommentBlock) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *CommentBlock) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

var commentMark = []byte("%%")

// commentParser parses %%…%% within a paragraph, to the first "%%" after
// the opening one, on a line below it too; one not closed in the
// paragraph takes the rest of it.
type commentParser struct{}

func (commentParser) Trigger() []byte { return []byte{'%'} }

func (commentParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 2 || line[1] != '%' {
		return nil // "10%", at once
	}
	n := &Comment{Offset: seg.Start}
	if i := bytes.Index(line[2:], commentMark); i >= 0 {
		block.Advance(2 + i + 2)
		n.Closed = true
		return n
	}
	block.AdvanceLine()
	for {
		line, _ := block.PeekLine()
		if line == nil {
			return n // the paragraph's end
		}
		if i := bytes.Index(line, commentMark); i >= 0 {
			block.Advance(i + 2)
			n.Closed = true
			return n
		}
		block.AdvanceLine()
	}
}

// commentBlockParser parses a comment that starts a line with "%%" and
// is not closed on it before more text: it runs to the line holding the
// next "%%", and what follows that on the line is read as Markdown.
type commentBlockParser struct{}

func (commentBlockParser) Trigger() []byte { return []byte{'%'} }

func (commentBlockParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || !bytes.HasPrefix(line[pos:], commentMark) {
		return nil, parser.NoChildren
	}
	if p, ok := pc.LastOpenedBlock().Node.(*ast.Paragraph); ok && openComment(p, reader.Source()) {
		return nil, parser.NoChildren // this "%%" closes the paragraph's comment
	}
	n := &CommentBlock{Offset: seg.Start + pos}
	rest := line[pos+2:]
	if i := bytes.Index(rest, commentMark); i >= 0 {
		if !util.IsBlank(rest[i+2:]) {
			return nil, parser.NoChildren // %%a note%% and text: a paragraph's
		}
		n.Closed = true
		reader.AdvanceToEOL()
		return n, parser.Close
	}
	reader.AdvanceToEOL()
	return n, parser.NoChildren
}

// openComment reports whether the lines of p so far leave a comment open:
// an odd number of "%%" outside code spans and not escaped, as the inline
// parser will read them.
func openComment(p *ast.Paragraph, src []byte) bool {
	var text []byte
	for i := range p.Lines().Len() {
		seg := p.Lines().At(i)
		text = append(text, seg.Value(src)...)
	}
	return commentMarks(text)%2 == 1
}

// commentMarks returns how many "%%" text holds outside code spans (a
// run of backticks to the next run as long) and but for those after a
// backslash.
func commentMarks(text []byte) int {
	marks := 0
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '\\':
			i += 2
		case c == '`':
			n := 1
			for i+n < len(text) && text[i+n] == '`' {
				n++
			}
			end := closingTicks(text[i+n:], n)
			if end < 0 {
				i += n // no code span: the backticks are text
				continue
			}
			i += n + end + n
		case c == '%' && i+1 < len(text) && text[i+1] == '%':
			marks++
			i += 2
		default:
			i++
		}
	}
	return marks
}

// closingTicks returns the offset in text of the first run of exactly n
// backticks, or -1.
func closingTicks(text []byte, n int) int {
	for i := 0; i < len(text); {
		if text[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] == '`' {
			j++
		}
		if j-i == n {
			return i
		}
		i = j
	}
	return -1
}

func (commentBlockParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	if node.(*CommentBlock).Closed {
		return parser.Close // on its opening line
	}
	line, _ := reader.PeekLine()
	if i := bytes.Index(line, commentMark); i >= 0 {
		reader.Advance(i + 2)
		node.(*CommentBlock).Closed = true
		return parser.Close
	}
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

func (commentBlockParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}

func (commentBlockParser) CanInterruptParagraph() bool { return true }

func (commentBlockParser) CanAcceptIndentedLine() bool { return false }

// commentTransformer takes comments out of the tree, before anything
// reads its text or links: the summary, the search index and the
// "mentioned in" lists know nothing of them. A comment not closed hides
// the rest of the body, as in Obsidian, with a warning at its opening.
// It takes out Obsidian's block ids too (see dropBlockIDs).
type commentTransformer struct{}

func (commentTransformer) Transform(root *ast.Document, reader text.Reader, pc parser.Context) {
	if bytes.Contains(reader.Source(), []byte(" ^")) {
		dropBlockIDs(root, reader.Source())
	}
	if !bytes.Contains(reader.Source(), commentMark) {
		return
	}
	var comments []ast.Node
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && (n.Kind() == KindComment || n.Kind() == KindCommentBlock) {
			comments = append(comments, n)
		}
		return ast.WalkContinue, nil
	})
	doc, _ := pc.Get(docKey).(*Doc)
	for _, n := range comments {
		parent := n.Parent()
		if parent == nil {
			continue // in what an unclosed comment above hid
		}
		offset, closed := commentOf(n)
		if !closed {
			hideRest(n)
			if doc != nil {
				what := "is not closed before the body's end"
				if n.Kind() == KindComment {
					what = "is not closed in its paragraph"
				}
				doc.Diags.Warnf(doc.pos(offset), "Obsidian comment %%%% %s, so the rest of the body is hidden, as Obsidian hides it; close it with %%%%, within the paragraph, or on a line of its own after the last line to hide", what)
			}
		}
		parent.RemoveChild(parent, n)
		removeEmpty(parent, reader.Source())
	}
}

// dropBlockIDs takes out of each paragraph and list item the Obsidian
// block id that ends it, " ^abc123", which Obsidian does not show: the
// page, the summary and the search text go without it too. A "^" within
// the text, x^2, is left alone.
func dropBlockIDs(root ast.Node, src []byte) {
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock:
		case ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindHeading:
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		// The id's text may be in more than one text node, one
		// running on where the last stops: "^a-1" as "^a" and "-1".
		last, ok := n.LastChild().(*ast.Text)
		if !ok || last.IsRaw() {
			return ast.WalkSkipChildren, nil
		}
		first := last
		for prev, ok := first.PreviousSibling().(*ast.Text); ok && !prev.IsRaw() && !prev.SoftLineBreak() && !prev.HardLineBreak() && prev.Segment.Stop == first.Segment.Start; prev, ok = first.PreviousSibling().(*ast.Text) {
			first = prev
		}
		cut := blockID(src[first.Segment.Start:last.Segment.Stop])
		if cut < 0 {
			return ast.WalkSkipChildren, nil
		}
		cut += first.Segment.Start
		for c := ast.Node(first); c != nil; {
			next := c.NextSibling()
			t := c.(*ast.Text)
			t.Segment = t.Segment.WithStop(min(t.Segment.Stop, max(cut, t.Segment.Start)))
			if t.Segment.IsEmpty() {
				n.RemoveChild(n, t)
			}
			c = next
		}
		return ast.WalkSkipChildren, nil
	})
}

// blockID returns where the blanks before the Obsidian block id that ends
// text start, " ^abc-123", or -1 when it ends in none.
func blockID(text []byte) int {
	i := len(text)
	for i > 0 && (isIDByte(text[i-1])) {
		i--
	}
	if i == len(text) || i < 2 || text[i-1] != '^' || text[i-2] != ' ' && text[i-2] != '\t' {
		return -1
	}
	return len(bytes.TrimRight(text[:i-1], " \t"))
}

// isIDByte reports whether c may be in an Obsidian block id.
func isIDByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
}

// removeEmpty removes n, a block its comments left showing nothing, and
// each container it leaves empty: a quote of a hidden paragraph is no
// empty box on the page.
func removeEmpty(n ast.Node, src []byte) {
	for n != nil && n.Kind() != ast.KindDocument && blank(n, src) {
		parent := n.Parent()
		if parent == nil {
			return
		}
		parent.RemoveChild(parent, n)
		n = parent
	}
}

// commentOf returns the offset of a comment's opening and whether it is
// closed.
func commentOf(n ast.Node) (int, bool) {
	if c, ok := n.(*Comment); ok {
		return c.Offset, c.Closed
	}
	c := n.(*CommentBlock)
	return c.Offset, c.Closed
}

// hideRest removes from the tree every node after n in the document's
// order: its next siblings, and those of each of its ancestors.
func hideRest(n ast.Node) {
	for ; n != nil && n.Kind() != ast.KindDocument; n = n.Parent() {
		parent := n.Parent()
		if parent == nil {
			return
		}
		for next := n.NextSibling(); next != nil; next = n.NextSibling() {
			parent.RemoveChild(parent, next)
		}
	}
}

// blank reports whether n, a paragraph or container left by its
// comments, shows nothing: it has no children, or blank text alone.
func blank(n ast.Node, src []byte) bool {
	switch n.Kind() {
	case ast.KindBlockquote, ast.KindList, ast.KindListItem:
		return !n.HasChildren()
	case ast.KindParagraph, ast.KindTextBlock:
	default:
		return false // a table's cell, a heading: kept, empty
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || !util.IsBlank(t.Segment.Value(src)) {
			return false
		}
	}
	return true
}

// Comments is the goldmark extension that hides Obsidian's comments,
// %%…%% within a paragraph and %% on a line of its own before and after
// lines to hide, outside code; one never closed hides the rest of the
// body, as Obsidian does, with a warning.
type Comments struct{}

// Extend implements goldmark.Extender.
func (Comments) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithInlineParsers(util.Prioritized(commentParser{}, 150)),
		parser.WithBlockParsers(util.Prioritized(commentBlockParser{}, 150)),
		parser.WithASTTransformers(util.Prioritized(commentTransformer{}, 40)), // first: before callouts (50) take a title, and the body's transformer (100) its text
	)
}
