package render

import (
	"html/template"
	"strconv"
	"text/template/parse"

	"github.com/briefsite/brief/internal/lang"
)

// foldTexts writes the translations of the theme's own texts into its
// templates, so that pages do not look them up one call at a time: in
// the trees whose file ours reports as the theme's, an action that only
// shows a text, {{t "Sources"}}, becomes the text translated and
// escaped, and an argument (t "Countries") becomes the translated
// string. Texts with arguments stay calls.
//
// The theme shows such texts only in the body of an element or in a
// quoted attribute, where HTML escaping is what html/template would
// write (TestFoldedTextsSame). A site's own templates are left as they
// are: their texts may be anywhere, a script or a URL among them.
func foldTexts(set *template.Template, words *lang.Words, ours func(parseName string) bool) {
	for _, x := range set.Templates() {
		if x.Tree != nil && x.Tree.Root != nil && ours(x.Tree.ParseName) {
			foldList(x.Tree.Root, words)
		}
	}
}

func foldList(list *parse.ListNode, words *lang.Words) {
	if list == nil {
		return
	}
	for i, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if text, ok := shownText(n.Pipe); ok {
				list.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(template.HTMLEscapeString(words.T(text)))}
				continue
			}
			foldPipe(n.Pipe, words)
		case *parse.IfNode:
			foldBranch(&n.BranchNode, words)
		case *parse.RangeNode:
			foldBranch(&n.BranchNode, words)
		case *parse.WithNode:
			foldBranch(&n.BranchNode, words)
		case *parse.TemplateNode:
			foldPipe(n.Pipe, words)
		}
	}
}

func foldBranch(b *parse.BranchNode, words *lang.Words) {
	foldPipe(b.Pipe, words)
	foldList(b.List, words)
	foldList(b.ElseList, words)
}

// foldPipe replaces the arguments (t "text") of the commands of pipe.
func foldPipe(pipe *parse.PipeNode, words *lang.Words) {
	if pipe == nil {
		return
	}
	for _, cmd := range pipe.Cmds {
		for j, arg := range cmd.Args {
			inner, ok := arg.(*parse.PipeNode)
			if !ok {
				continue
			}
			if text, ok := shownText(inner); ok {
				s := words.T(text)
				cmd.Args[j] = &parse.StringNode{NodeType: parse.NodeString, Pos: inner.Pos, Quoted: strconv.Quote(s), Text: s}
				continue
			}
			foldPipe(inner, words)
		}
	}
}

// shownText returns text when pipe is t "text" and nothing more.
func shownText(pipe *parse.PipeNode) (string, bool) {
	if pipe == nil || len(pipe.Decl) > 0 || len(pipe.Cmds) != 1 || len(pipe.Cmds[0].Args) != 2 {
		return "", false
	}
	id, ok := pipe.Cmds[0].Args[0].(*parse.IdentifierNode)
	if !ok || id.Ident != "t" {
		return "", false
	}
	s, ok := pipe.Cmds[0].Args[1].(*parse.StringNode)
	if !ok {
		return "", false
	}
	return s.Text, true
}
