package markdown

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefsite/brief/internal/site"
)

// KindCitation is the node kind of a Citation.
var KindCitation = ast.NewNodeKind("Citation")

// Citation is an inline pandoc-style citation of the brief's sources,
// [@key], [@key, p. 4] or [@a; @b, ch. 2]. The transformer of this
// package resolves each key to a source of the brief, or replaces the
// node with its text and an error.
type Citation struct {
	ast.BaseInline
	Refs   []CiteRef
	Offset int // byte offset of the opening "[" in the source
	Length int // bytes from the "[" through the "]"

	plain bool // within a link: the numbers are shown without links
}

// CiteRef is one @key of a Citation, with its locator.
type CiteRef struct {
	Key     []byte
	Locator []byte // as written, trimmed; nil without one
	Offset  int    // byte offset of its "@" in the source

	// Number is the source's place in the brief's list of sources,
	// from 1, and Source the source, once resolved.
	Number int
	Source *site.Source
}

// Kind implements ast.Node.
func (n *Citation) Kind() ast.NodeKind { return KindCitation }

// Dump implements ast.Node.
func (n *Citation) Dump(source []byte, level int) {
	kv := map[string]string{}
	for i, r := range n.Refs {
		kv["Key"+strconv.Itoa(i)] = string(r.Key)
		if r.Locator != nil {
			kv["Locator"+strconv.Itoa(i)] = string(r.Locator)
		}
	}
	ast.DumpHelper(n, source, level, kv, nil)
}

// citeSpan is where scanCitation found one @key and its locator in a
// line: key is line[key[0]:key[1]], the locator line[loc[0]:loc[1]],
// empty when there is none.
type citeSpan struct {
	at       int // the "@"
	key, loc [2]int
}

// maxCitation bounds how far the parser looks for the closing "]".
const maxCitation = 1000

// scanCitation reads the citation at the start of line, which starts with
// "[@", as pandoc writes one without prefixes: "[", then one or more
// "@key" or "@key, locator" separated by ";" (with any spaces after it),
// then "]", all on one line. A key starts with a letter, a digit or "_"
// and goes on with those and with the punctuation ":.#$%&-+?<>~/" between
// them; a locator is any text but "[", "]" and ";" (but the ";" of a
// character reference, "&amp;"). It returns the keys and the length of
// the citation through its "]", or n == 0 when line does not start with
// one. Then, when it starts with "[@" and a key and has a "]" before any
// other "[", which a reader may have meant as a citation, odd is the
// length through that "]".
func scanCitation(line []byte) (spans []citeSpan, n, odd int) {
	line = line[:min(len(line), maxCitation)]
	if len(line) < 4 || line[0] != '[' || line[1] != '@' || keyChar(line, 2) == 0 {
		return nil, 0, 0
	}
	fail := func() ([]citeSpan, int, int) {
		if i := bytes.IndexAny(line[1:], "[]\n"); i >= 0 && line[1+i] == ']' {
			return nil, 0, i + 2
		}
		return nil, 0, 0
	}
	for i := 1; ; {
		if i >= len(line) || line[i] != '@' {
			return fail()
		}
		sp := citeSpan{at: i}
		i = scanKey(line, i+1)
		if i == sp.at+1 {
			return fail()
		}
		sp.key = [2]int{sp.at + 1, i}
		i = skipBlanks(line, i)
		if i < len(line) && line[i] == ',' {
			start := i + 1
			i = start
			for i < len(line) && line[i] != '[' && line[i] != ']' && line[i] != ';' && line[i] != '\n' {
				if line[i] == '&' {
					i += charRef(line[i:]) // its ";" ends no locator
				}
				i++
			}
			raw := line[start:i]
			left := bytes.TrimLeftFunc(raw, unicode.IsSpace)
			s := start + len(raw) - len(left)
			e := s + len(bytes.TrimRightFunc(left, unicode.IsSpace))
			if s == e {
				return fail() // [@a, ]
			}
			sp.loc = [2]int{s, e}
		}
		spans = append(spans, sp)
		if i >= len(line) {
			return fail()
		}
		switch line[i] {
		case ']':
			return spans, i + 1, 0
		case ';':
			i = skipBlanks(line, i+1)
		default:
			return fail()
		}
	}
}

// charRef returns the length of the character reference at the start of
// s but its final ";", or 0: an entity HTML knows, "&amp;", or a number,
// "&#8211;" or "&#x2013;", as CommonMark reads them. "R&D;" is none: its
// ";" separates citations.
func charRef(s []byte) int {
	end := bytes.IndexByte(s[:min(len(s), 34)], ';')
	if end < 2 {
		return 0
	}
	ref := s[1:end]
	if ref[0] == '#' {
		digits, max := ref[1:], 7
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			digits, max = digits[1:], 6
		}
		if len(digits) == 0 || len(digits) > max {
			return 0
		}
		for _, c := range digits {
			if !(c >= '0' && c <= '9' || max == 6 && (c|0x20 >= 'a' && c|0x20 <= 'f')) {
				return 0
			}
		}
		return end
	}
	if _, ok := util.LookUpHTML5EntityByName(string(ref)); ok {
		return end
	}
	return 0
}

// scanKey returns the end of the citation key that starts at line[i],
// which is i when none does.
func scanKey(line []byte, i int) int {
	n := keyChar(line, i)
	if n == 0 {
		return i
	}
	i += n
	for {
		if n := keyChar(line, i); n > 0 {
			i += n
			continue
		}
		// Punctuation within a key, followed by more of it.
		if i < len(line) && bytes.IndexByte([]byte(":.#$%&-+?<>~/"), line[i]) >= 0 {
			if n := keyChar(line, i+1); n > 0 {
				i += 1 + n
				continue
			}
		}
		return i
	}
}

// keyChar returns the length of the letter, digit, mark or "_" at line[i],
// or 0.
func keyChar(line []byte, i int) int {
	if i >= len(line) {
		return 0
	}
	if c := line[i]; c < utf8.RuneSelf {
		if c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRune(line[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return n
	}
	return 0
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func skipBlanks(line []byte, i int) int {
	for i < len(line) && isBlank(line[i]) {
		i++
	}
	return i
}

// citationParser parses citations. It runs before goldmark's link
// parser, which also triggers on '['.
type citationParser struct{}

func (citationParser) Trigger() []byte { return []byte{'['} }

func (citationParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 4 || line[1] != '@' {
		return nil
	}
	spans, n, odd := scanCitation(line)
	if n == 0 {
		if odd > 0 && !isLink(line, odd, pc) {
			if doc, _ := pc.Get(docKey).(*Doc); doc != nil {
				doc.oddCites = append(doc.oddCites, oddCite{seg.Start, string(line[:odd])})
			}
		}
		return nil
	}
	if isLink(line, n, pc) {
		return nil
	}
	c := &Citation{Offset: seg.Start, Length: n, Refs: make([]CiteRef, len(spans))}
	for i, sp := range spans {
		r := &c.Refs[i]
		r.Key, r.Offset = line[sp.key[0]:sp.key[1]], seg.Start+sp.at
		if sp.loc[1] > sp.loc[0] {
			r.Locator = line[sp.loc[0]:sp.loc[1]]
		}
	}
	block.Advance(n)
	return c
}

// isLink reports whether line[:n], a "[…]", is a link's text: [@x](url)
// is, and so are [@x][ref] and [@x] where the body defines ref or @x
// (as [ref]: url), and [@x][] where it defines @x. [@x][^1] is no link:
// a footnote's reference follows the citation.
func isLink(line []byte, n int, pc parser.Context) bool {
	label := line[1 : n-1]
	if n < len(line) {
		switch line[n] {
		case '(':
			return true
		case '[':
			if end := bytes.IndexByte(line[n:], ']'); end > 0 && (n+1 >= len(line) || line[n+1] != '^') {
				if end > 1 {
					label = line[n+1 : n+end]
				}
			}
		}
	}
	_, ok := pc.Reference(util.ToLinkReference(label))
	return ok
}

func (citationParser) CloseBlock(parent ast.Node, pc parser.Context) {}

// citationRenderer writes a resolved Citation as a superscript mark in
// brackets, each source's number linking to its entry in the brief's list
// of sources (id "src-" and the source's ID), titled with the source's
// title, a locator after its number: [1, p. 4; 3]. Several without
// locators are "[1, 3]".
type citationRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (citationRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCitation, renderCitation)
}

func renderCitation(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	c := node.(*Citation)
	sep := ", "
	for _, r := range c.Refs {
		if r.Locator != nil {
			sep = "; "
		}
	}
	_, _ = w.WriteString(`<sup class="cite">[`)
	for i, r := range c.Refs {
		if i > 0 {
			_, _ = w.WriteString(sep)
		}
		if !c.plain && r.Source != nil {
			_, _ = w.WriteString(`<a href="#`)
			_, _ = w.Write(util.URLEscape([]byte(SourceAnchor(r.Source.ID)), false))
			_, _ = w.WriteString(`" title="`)
			_, _ = w.Write(util.EscapeHTML([]byte(r.Source.Title)))
			_, _ = w.WriteString(`">`)
		}
		_, _ = w.WriteString(strconv.Itoa(r.Number))
		if r.Locator != nil {
			_, _ = w.WriteString(", ")
			html.DefaultWriter.Write(w, dashes(r.Locator)) // its escapes and references resolved, as text's
		}
		if !c.plain && r.Source != nil {
			_, _ = w.WriteString("</a>")
		}
	}
	_, _ = w.WriteString("]</sup>")
	return ast.WalkSkipChildren, nil
}

// dashes returns loc with "---" and "--" as the dashes the typographer
// makes of them in text: "pp. 3--4" is "pp. 3–4".
func dashes(loc []byte) []byte {
	if !bytes.Contains(loc, []byte("--")) {
		return loc
	}
	loc = bytes.ReplaceAll(loc, []byte("---"), []byte("—"))
	return bytes.ReplaceAll(loc, []byte("--"), []byte("–"))
}

// SourceAnchor returns the id of the entry of the source of ID id in a
// brief's list of sources, on its page: "src-" and the ID.
func SourceAnchor(id string) string { return "src-" + id }

// Citations is the goldmark extension that adds the [@key] syntax. The
// transformer of this package resolves the nodes it makes.
type Citations struct{}

// Extend implements goldmark.Extender.
func (Citations) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(util.Prioritized(citationParser{}, 140)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(citationRenderer{}, 500)))
}
