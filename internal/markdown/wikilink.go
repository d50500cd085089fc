package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
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
	Offset int    // byte offset of the opening "[[" (or "![[") in the source
	Embed  bool   // written ![[target]], Obsidian's embed, which brief links
}

// Kind implements ast.Node.
func (n *WikiLink) Kind() ast.NodeKind { return KindWikiLink }

// Dump implements ast.Node.
func (n *WikiLink) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Target": string(n.Target), "Label": string(n.Label)}, nil)
}

// wikiLinkParser parses [[target]] and [[target|label]], and Obsidian's
// embed ![[target]]. It runs before goldmark's link parser, which also
// triggers on '[' and '!'.
type wikiLinkParser struct{}

func (wikiLinkParser) Trigger() []byte { return []byte{'[', '!'} }

// maxWikiLink bounds how far the parser looks for the closing "]]".
const maxWikiLink = 500

func (wikiLinkParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	embed := len(line) > 0 && line[0] == '!'
	if embed {
		line = line[1:]
	}
	if len(line) < 5 || line[0] != '[' || line[1] != '[' {
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
	if embed && 2+end+2 < len(line) && (line[2+end+2] == '(' || line[2+end+2] == '[') {
		return nil // an image whose description starts with "[": ![[1]](fig.png)
	}
	if bytes.Contains(inner, []byte("%%")) {
		return nil // an Obsidian comment's mark: the comment parser's, never a label's text
	}
	target, label, hasLabel := bytes.Cut(inner, []byte("|"))
	target = bytes.TrimSpace(target)
	if len(target) == 0 {
		return nil
	}
	n := &WikiLink{Target: target, Offset: seg.Start, Embed: embed}
	if hasLabel {
		if l := bytes.TrimSpace(label); len(l) > 0 {
			n.Label = l
		}
	}
	if embed {
		block.Advance(1)
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
