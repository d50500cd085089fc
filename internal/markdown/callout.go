package markdown

import (
	"bytes"
	"cmp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/slug"
)

// A callout is a blockquote whose first line is a type in brackets, as
// GitHub writes its alerts and Obsidian its callouts:
//
//	> [!WARNING]
//	> The figures are the ministry's.
//
//	> [!faq]- Why a trust fund? (folded; "+" for open)
//	> Because ...
//
// It is shown as a box titled by its type, or by the words after the
// bracket: <div class="callout callout-warning" role="note"> with a
// <p class="callout-title">, and a foldable one as a <details> whose
// <summary> is the title. A <div role="note"> rather than an <aside>:
// a callout is part of the text's argument where it stands, not
// content beside it, and an <aside> a screen reader may list among the
// page's landmarks, one for each callout; GitHub writes a <div> too.
//
// The node stays a blockquote, its title (a CalloutTitle) its first
// child: the summary a body gives is taken from outside quotes, and
// a callout is not what the brief says any more than a quote is.
// Obsidian's many types, and brief's correction, show as GitHub's five
// looks (calloutTypes); a type none knows is shown as a note, with a
// warning, its type as its title. The box keeps the type as written in
// data-callout, as Obsidian does, for a site's own stylesheet.

// KindCalloutTitle is the node kind of a CalloutTitle.
var KindCalloutTitle = ast.NewNodeKind("CalloutTitle")

// CalloutTitle is the title of a callout, the first child of its
// blockquote: the words after "[!type]" or the type's name, in the
// site's language.
type CalloutTitle struct {
	ast.BaseBlock
	Name string // the type as written, in lower case: "warning", "faq"
	Look string // note, tip, important, warning or caution
	Fold byte   // 0, or '-' for a folded callout and '+' for an open one
}

// Kind implements ast.Node.
func (n *CalloutTitle) Kind() ast.NodeKind { return KindCalloutTitle }

// Dump implements ast.Node.
func (n *CalloutTitle) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Name": n.Name, "Look": n.Look, "Fold": string(n.Fold)}, nil)
}

// calloutType is a type a callout may have: its look and its title.
type calloutType struct{ look, title string }

// calloutTypes are the types of GitHub's alerts and Obsidian's callouts
// (with their aliases), and brief's correction, each shown in one of
// GitHub's five looks, by how urgent it is: blue, green, purple, amber,
// red. The titles are translated (lang); Obsidian's aliases take their
// type's title, as "Summary" for tldr.
var calloutTypes = map[string]calloutType{
	"note": {"note", "Note"}, "tip": {"tip", "Tip"}, "important": {"important", "Important"},
	"warning": {"warning", "Warning"}, "caution": {"caution", "Caution"},

	"info": {"note", "Info"}, "todo": {"note", "To do"},
	"abstract": {"note", "Summary"}, "summary": {"note", "Summary"}, "tldr": {"note", "Summary"},
	"quote": {"note", "Quote"}, "cite": {"note", "Quote"},
	"hint": {"tip", "Tip"}, "success": {"tip", "Success"}, "check": {"tip", "Success"}, "done": {"tip", "Success"},
	"question": {"important", "Question"}, "help": {"important", "Question"}, "faq": {"important", "Question"},
	"example":   {"important", "Example"},
	"attention": {"warning", "Warning"},
	"failure":   {"caution", "Failure"}, "fail": {"caution", "Failure"}, "missing": {"caution", "Failure"},
	"danger": {"caution", "Danger"}, "error": {"caution", "Danger"}, "bug": {"caution", "Bug"},

	// brief's own: a newsroom's note of what a revision corrected.
	"correction": {"warning", "Correction"},
}

// calloutTitles are the titles callouts take from their type
// (calloutTypes), in English: CalloutTitles gives them in a site's words.
var calloutTitles = []string{"Note", "Tip", "Important", "Warning", "Caution", "Info", "To do", "Summary", "Quote", "Success", "Question", "Example", "Failure", "Danger", "Bug", "Correction"}

// CalloutTitles returns the titles of callouts in w's words, for
// Options.CalloutTitles: one a line, in the order of calloutTitles.
func CalloutTitles(w *lang.Words) string {
	titles := make([]string, len(calloutTitles))
	for i, t := range calloutTitles {
		titles[i] = strings.ReplaceAll(translateCalloutTitle(w, t), "\n", " ")
	}
	return strings.Join(titles, "\n")
}

// translateCalloutTitle returns title, one of calloutTitles, in w's
// words. The texts are listed in full for the theme's table of texts
// (lang).
func translateCalloutTitle(w *lang.Words, title string) string {
	switch title {
	case "Note":
		return w.T("Note")
	case "Tip":
		return w.T("Tip")
	case "Important":
		return w.T("Important")
	case "Warning":
		return w.T("Warning")
	case "Caution":
		return w.T("Caution")
	case "Info":
		return w.T("Info")
	case "To do":
		return w.T("To do")
	case "Summary":
		return w.T("Summary")
	case "Quote":
		return w.T("Quote")
	case "Success":
		return w.T("Success")
	case "Question":
		return w.T("Question")
	case "Example":
		return w.T("Example")
	case "Failure":
		return w.T("Failure")
	case "Danger":
		return w.T("Danger")
	case "Bug":
		return w.T("Bug")
	case "Correction":
		return w.T("Correction")
	}
	return w.T("Note")
}

// Callouts is the goldmark extension of callouts: a transformer that
// finds them among blockquotes and a renderer that writes them.
type Callouts struct {
	// Titles are the titles of callouts, as CalloutTitles gives them;
	// English's where empty.
	Titles string
}

// Extend implements goldmark.Extender.
func (c Callouts) Extend(m goldmark.Markdown) {
	titles := map[string]string{}
	for i, t := range strings.Split(c.Titles, "\n") {
		if i < len(calloutTitles) && t != "" {
			titles[calloutTitles[i]] = t
		}
	}
	// Before the body's transformer (100), which takes the summary from
	// the paragraphs as they read without the marker.
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(calloutTransformer{titles}, 50)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(newCalloutRenderer(), 100)))
}

// calloutTransformer makes the blockquotes that open with "[!type]"
// callouts, titled, unless they say otherwise, from titles: by English
// title, the site's.
type calloutTransformer struct{ titles map[string]string }

func (t calloutTransformer) Transform(root *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("[!")) { // most bodies: no walk
		return
	}
	doc, _ := pc.Get(docKey).(*Doc)
	eachBlockquote(root, func(q *ast.Blockquote) {
		makeCallout(doc, q, t.titles, src)
	})
}

// eachBlockquote calls f with each blockquote under n, outer ones first,
// looking only at blocks that hold blocks.
func eachBlockquote(n ast.Node, f func(*ast.Blockquote)) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() != ast.TypeBlock || c.FirstChild() == nil || c.FirstChild().Type() != ast.TypeBlock {
			continue
		}
		if q, ok := c.(*ast.Blockquote); ok {
			f(q)
		}
		eachBlockquote(c, f)
	}
}

// calloutMarker returns the type and fold of the marker line opens with,
// "[!type]" and a "+" or "-", and the marker's length, or 0.
func calloutMarker(line []byte) (typ string, fold byte, n int) {
	if len(line) < 4 || line[0] != '[' || line[1] != '!' {
		return "", 0, 0
	}
	end := 2
	for end < len(line) && end < 2+40 && isTypeByte(line[end]) {
		end++
	}
	if end == 2 || end == len(line) || line[end] != ']' {
		return "", 0, 0
	}
	typ, n = strings.ToLower(string(line[2:end])), end+1
	if n < len(line) && (line[n] == '+' || line[n] == '-') {
		fold = line[n]
		n++
	}
	return typ, fold, n
}

func isTypeByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}

// makeCallout makes q a callout if its first paragraph opens with a
// marker: the marker's text goes, the rest of its line becomes the
// title, and the paragraph keeps its other lines.
func makeCallout(doc *Doc, q *ast.Blockquote, titles map[string]string, src []byte) {
	p, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || p.Lines().Len() == 0 {
		return
	}
	line := p.Lines().At(0)
	typ, fold, n := calloutMarker(line.Value(src))
	if n == 0 {
		return
	}
	markerEnd := line.Start + n
	// The marker is text, [!type] and no link: its nodes are texts,
	// the first starting the line.
	var last *ast.Text // the last of the marker's texts
	for c := p.FirstChild(); ; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || last == nil && t.Segment.Start != line.Start {
			return
		}
		last = t
		if t.Segment.Stop >= markerEnd {
			break
		}
	}
	title := &CalloutTitle{Name: typ, Fold: fold}
	title.SetLines(text.NewSegments())
	title.Lines().Append(line)
	kind, known := calloutTypes[typ]
	title.Look = kind.look
	if !known {
		title.Look = "note"
		warnCalloutType(doc, typ, line.Start)
	}

	// Drop the marker's texts, but what of the last follows the marker.
	for c := p.FirstChild(); c != last; {
		next := c.NextSibling()
		p.RemoveChild(p, c)
		c = next
	}
	start := ast.Node(last)
	if last.Segment.Stop <= markerEnd { // the marker is the whole text
		start = last.NextSibling()
		if last.SoftLineBreak() || last.HardLineBreak() {
			start = nil // and alone on its line
		}
		p.RemoveChild(p, last)
	} else {
		last.Segment = last.Segment.WithStart(markerEnd)
	}
	// The rest of the line is the title.
	for c := start; c != nil; {
		next := c.NextSibling()
		lineEnds := false
		if t, ok := c.(*ast.Text); ok {
			if t.Segment.Start >= line.Stop && t != last {
				break
			}
			lineEnds = t.SoftLineBreak() || t.HardLineBreak()
			t.SetSoftLineBreak(false)
			t.SetHardLineBreak(false)
		} else {
			if runsPast(c, line.Stop) {
				break // **bold\nmore**: the body's, not cut in two
			}
			lineEnds = endsLine(c)
		}
		p.RemoveChild(p, c)
		title.AppendChild(title, c)
		if lineEnds {
			break
		}
		c = next
	}
	if t, ok := title.FirstChild().(*ast.Text); ok {
		t.Segment = t.Segment.TrimLeftSpace(src)
	}
	if strings.TrimSpace(plainText(title, src)) == "" {
		title.RemoveChildren(title)
		name := cmp.Or(titles[kind.title], kind.title, "Note")
		if !known {
			name = strings.ToUpper(typ[:1]) + typ[1:]
		}
		title.AppendChild(title, ast.NewString([]byte(name)))
	}
	if p.FirstChild() == nil {
		q.RemoveChild(q, p)
	} else {
		rest := text.NewSegments()
		rest.AppendAll(p.Lines().Sliced(1, p.Lines().Len()))
		p.SetLines(rest)
	}
	q.InsertBefore(q, q.FirstChild(), title)
}

// runsPast reports whether an inline node holds text from stop on: it
// runs on past the line that ends there.
func runsPast(n ast.Node, stop int) bool {
	past := false
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && t.Segment.Start >= stop {
			past = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return past
}

// endsLine reports whether an inline node's text runs on past its line.
func endsLine(n ast.Node) bool {
	ends := false
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && (t.SoftLineBreak() || t.HardLineBreak()) {
			ends = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return ends
}

// warnCalloutType warns of a callout whose type is none brief knows,
// naming the one a letter or two away, if there is one.
func warnCalloutType(doc *Doc, typ string, at int) {
	if doc == nil || doc.Diags == nil {
		return
	}
	near, least := "", 3
	for k := range calloutTypes {
		if d, ok := slug.Within(typ, k, 2); ok && (d < least || d == least && k < near) {
			near, least = k, d
		}
	}
	if near != "" {
		doc.Diags.Warnf(doc.pos(at), "callout type [!%s] is unknown, shown as a note; did you mean [!%s]?", typ, near)
		return
	}
	doc.Diags.Warnf(doc.pos(at), "callout type [!%s] is unknown, shown as a note; GitHub's types are note, tip, important, warning and caution, and Obsidian's work too: info, todo, summary, success, question, example, quote, failure, danger, bug and their aliases; and brief's correction, for a correction note", typ)
}

// calloutRenderer writes a callout's blockquote as its box, and other
// blockquotes as goldmark does.
type calloutRenderer struct {
	blockquote renderer.NodeRendererFunc
}

func newCalloutRenderer() *calloutRenderer {
	r := &calloutRenderer{}
	html.NewRenderer().RegisterFuncs(registerer(func(k ast.NodeKind, f renderer.NodeRendererFunc) {
		if k == ast.KindBlockquote {
			r.blockquote = f
		}
	}))
	return r
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *calloutRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindBlockquote, r.renderBlockquote)
	reg.Register(KindCalloutTitle, r.renderTitle)
}

func (r *calloutRenderer) renderBlockquote(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	t, ok := n.FirstChild().(*CalloutTitle)
	if !ok {
		return r.blockquote(w, src, n, entering)
	}
	if !entering {
		if t.Fold != 0 {
			_, _ = w.WriteString("</details>\n")
		} else {
			_, _ = w.WriteString("</div>\n")
		}
		return ast.WalkContinue, nil
	}
	if t.Fold != 0 {
		_, _ = w.WriteString(`<details class="callout callout-`)
	} else {
		_, _ = w.WriteString(`<div class="callout callout-`)
	}
	_, _ = w.WriteString(t.Look)
	_, _ = w.WriteString(`" data-callout="`)
	_, _ = w.WriteString(t.Name) // letters, digits, - and _
	_ = w.WriteByte('"')
	switch t.Fold {
	case 0:
		_, _ = w.WriteString(` role="note"`)
	case '+':
		_, _ = w.WriteString(` open=""`)
	}
	_, _ = w.WriteString(">\n")
	return ast.WalkContinue, nil
}

func (r *calloutRenderer) renderTitle(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	tag := "p"
	if n.(*CalloutTitle).Fold != 0 {
		tag = "summary"
	}
	if entering {
		_, _ = w.WriteString("<" + tag + ` class="callout-title">`)
	} else {
		_, _ = w.WriteString("</" + tag + ">\n")
	}
	return ast.WalkContinue, nil
}
