package markdown

import (
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension"
	tableast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// A body's tables and code blocks may be wider than its column: each
// scrolls sideways in a box of its own, which a keyboard must be able to
// reach to scroll it (WCAG 2.1.1) and a screen reader must name. So a
// table is written in a <div class="table-scroll">, and a code block's
// <pre> is that box itself, each a region with tabindex="0" and a name:
// the text of the heading above it, when it is the only box under that
// heading, and otherwise "Table 2" or "Code 1" (Options.TableLabel and
// CodeLabel). The transformer numbers them in the body's order
// (boxNumber), finds their headings as it goes (boxSections) and
// scrollBoxes writes them.
//
// The name is the heading's text, not an aria-labelledby naming its id:
// the printable briefing scopes the ids of each body (see
// render.PrintHTML), and a feed reader keeps none.

// boxNumber is the attribute of a table or code block node that holds its
// number among the body's boxes of its kind. No HTML filter lets it
// through to the page.
var boxNumber = []byte("brief-box")

// boxHeading is the attribute of a table or code block node that holds
// the *ast.Heading it is named after. No HTML filter lets it through.
var boxHeading = []byte("brief-box-heading")

// boxSections follows, as the transformer walks a body in order, the
// boxes under each heading, up to the next one, and names after its
// heading a box alone under it: two would be two regions of one name. A
// box before the first heading, or in a footnote, which the page shows
// at the body's end, has no heading to be named after; nor does a
// heading in a footnote head what follows it.
type boxSections struct {
	heading *ast.Heading // the last heading, or nil
	box     ast.Node     // the first box under it, or nil
	more    bool         // whether another box is under it
}

// startAt ends the section before h and starts h's.
func (s *boxSections) startAt(h *ast.Heading) {
	if inFootnote(h) {
		return
	}
	s.end()
	*s = boxSections{heading: h}
}

// add counts the box n in the current section.
func (s *boxSections) add(n ast.Node) {
	switch {
	case s.heading == nil || inFootnote(n):
	case s.box == nil:
		s.box = n
	default:
		s.more = true
	}
}

// end ends the current section: its box, if alone, takes its heading.
func (s *boxSections) end() {
	if s.box != nil && !s.more {
		s.box.SetAttribute(boxHeading, s.heading)
	}
}

// inFootnote reports whether n is in a footnote.
func inFootnote(n ast.Node) bool { return within(n, tableast.KindFootnote) }

// within reports whether n is inside a node of one of the kinds.
func within(n ast.Node, kinds ...ast.NodeKind) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if slices.Contains(kinds, p.Kind()) {
			return true
		}
	}
	return false
}

// scrollBoxes renders tables, through goldmark's table renderer, and code
// blocks in their scrolling boxes.
type scrollBoxes struct {
	table, code string // the boxes' names, with %d for the number
	tables      renderer.NodeRendererFunc
	tableOpts   renderer.SetOptioner
}

func newScrollBoxes(table, code string) *scrollBoxes {
	tr := extast.NewTableHTMLRenderer()
	b := &scrollBoxes{table: table, code: code}
	if so, ok := tr.(renderer.SetOptioner); ok {
		b.tableOpts = so
	}
	tr.RegisterFuncs(registerer(func(k ast.NodeKind, f renderer.NodeRendererFunc) {
		if k == tableast.KindTable {
			b.tables = f
		}
	}))
	return b
}

// registerer is a function as a renderer.NodeRendererFuncRegisterer.
type registerer func(ast.NodeKind, renderer.NodeRendererFunc)

func (r registerer) Register(k ast.NodeKind, f renderer.NodeRendererFunc) { r(k, f) }

// SetOption passes the renderer's options on to the table renderer.
func (b *scrollBoxes) SetOption(name renderer.OptionName, value any) {
	if b.tableOpts != nil {
		b.tableOpts.SetOption(name, value)
	}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (b *scrollBoxes) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(tableast.KindTable, b.renderTable)
	reg.Register(ast.KindCodeBlock, b.renderCode)
	reg.Register(ast.KindFencedCodeBlock, b.renderCode)
}

// openBox writes the attributes that make an element a named region the
// keyboard can reach, and the >: named after its heading, or by label
// and its number.
func openBox(w util.BufWriter, src []byte, label string, n ast.Node) {
	name := ""
	if h, ok := n.Attribute(boxHeading); ok {
		name = strings.TrimSpace(plainText(h.(*ast.Heading), src))
	}
	if name == "" {
		num := 1
		if v, ok := n.Attribute(boxNumber); ok {
			num, _ = v.(int)
		}
		name = strings.Replace(label, "%d", strconv.Itoa(num), 1)
	}
	_, _ = w.WriteString(` role="region" tabindex="0" aria-label="`)
	_, _ = w.Write(util.EscapeHTML([]byte(name)))
	_, _ = w.WriteString(`">`)
}

func (b *scrollBoxes) renderTable(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(`<div class="table-scroll"`)
		openBox(w, src, b.table, n)
		_ = w.WriteByte('\n')
		return b.tables(w, src, n, entering)
	}
	status, err := b.tables(w, src, n, entering)
	_, _ = w.WriteString("</div>\n")
	return status, err
}

// renderCode writes a code block as goldmark does, its <pre> the box.
func (b *scrollBoxes) renderCode(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</code></pre>\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<pre")
	openBox(w, src, b.code, n)
	_, _ = w.WriteString("<code")
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		if lang := f.Language(src); lang != nil {
			_, _ = w.WriteString(` class="language-`)
			html.DefaultWriter.Write(w, lang)
			_ = w.WriteByte('"')
		}
	}
	_ = w.WriteByte('>')
	lines := n.Lines()
	for i := range lines.Len() {
		line := lines.At(i)
		html.DefaultWriter.RawWrite(w, line.Value(src))
	}
	return ast.WalkContinue, nil
}
