package markdown

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// KindWikiLink is the node kind of a WikiLink.
var KindWikiLink = ast.NewNodeKind("WikiLink")

// WikiLink is an inline [[target]] or [[target|label]] link, before the
// resolver turns it into a link or plain text.
type WikiLink struct {
	ast.BaseInline
	Target []byte
	Label  []byte // nil when the link has no label of its own
	Offset int    // byte offset of the opening "[[" in the source
}

// Kind implements ast.Node.
func (n *WikiLink) Kind() ast.NodeKind { return KindWikiLink }

// Dump implements ast.Node.
func (n *WikiLink) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Target": string(n.Target), "Label": string(n.Label)}, nil)
}

// wikiLinkParser parses [[target]] and [[target|label]]. It runs before
// goldmark's link parser, which also triggers on '['.
type wikiLinkParser struct{}

func (wikiLinkParser) Trigger() []byte { return []byte{'['} }

// maxWikiLink bounds how far the parser looks for the closing "]]".
const maxWikiLink = 500

func (wikiLinkParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 5 || line[1] != '[' {
		return nil
	}
	end := bytes.Index(line[2:min(len(line), maxWikiLink)], []byte("]]"))
	if end <= 0 {
		return nil
	}
	inner := line[2 : 2+end]
	if bytes.ContainsAny(inner, "[]\n") {
		return nil
	}
	target, label, hasLabel := bytes.Cut(inner, []byte("|"))
	target = bytes.TrimSpace(target)
	if len(target) == 0 {
		return nil
	}
	n := &WikiLink{Target: target, Offset: seg.Start}
	if hasLabel {
		if l := bytes.TrimSpace(label); len(l) > 0 {
			n.Label = l
		}
	}
	block.Advance(2 + end + 2)
	return n
}

func (wikiLinkParser) CloseBlock(parent ast.Node, pc parser.Context) {}

// WikiLinks is the goldmark extension that adds the [[…]] syntax. The
// transformer of this package resolves the nodes it makes.
type WikiLinks struct{}

// Extend implements goldmark.Extender.
func (WikiLinks) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(util.Prioritized(wikiLinkParser{}, 150)))
}

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
// has where links start), and is not in code: a wikilink split over
// two lines, an empty one, or one never closed, which the page would
// show as it is written.
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
