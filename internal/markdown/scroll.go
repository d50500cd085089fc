package markdown

import (
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
// <pre> is that box itself, each a region with tabindex="0" and a name,
// "Table 2" or "Code 1" (Options.TableLabel and CodeLabel): the
// transformer numbers them in the body's order (boxNumber) and scrollBoxes
// writes them.

// boxNumber is the attribute of a table or code block node that holds its
// number among the body's boxes of its kind. No HTML filter lets it
// through to the page.
var boxNumber = []byte("brief-box")

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
// keyboard can reach, and the >.
func openBox(w util.BufWriter, label string, n ast.Node) {
	num := 1
	if v, ok := n.Attribute(boxNumber); ok {
		num, _ = v.(int)
	}
	_, _ = w.WriteString(` role="region" tabindex="0" aria-label="`)
	_, _ = w.Write(util.EscapeHTML([]byte(strings.Replace(label, "%d", strconv.Itoa(num), 1))))
	_, _ = w.WriteString(`">`)
}

func (b *scrollBoxes) renderTable(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(`<div class="table-scroll"`)
		openBox(w, b.table, n)
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
	openBox(w, b.code, n)
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
