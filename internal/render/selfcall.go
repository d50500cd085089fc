package render

import (
	"fmt"
	"html/template"
	"maps"
	"slices"
	"text/template/parse"
)

// callEdge is one template naming another: by {{template}}, or by the
// fragment or memo functions (via is true), with a constant name.
type callEdge struct {
	to   string
	via  bool
	node parse.Node
	tree *parse.Tree
}

// selfCall returns an error for a template of t that leads back to
// itself through the fragment or memo function. Unlike {{template}},
// whose depth text/template bounds, each such call starts a new
// execution: the recursion would run until the stack overflows.
func selfCall(t *template.Template) error {
	calls := callGraph(t)
	for _, name := range slices.Sorted(maps.Keys(calls)) { // the same error every time
		for _, e := range calls[name] {
			if e.via && reaches(calls, e.to, name) {
				where, _ := e.tree.ErrorContext(e.node)
				if e.to == name {
					return fmt.Errorf("template: %s: %q shows itself with fragment or memo, which would never end: a template shown so may not call itself", where, name)
				}
				return fmt.Errorf("template: %s: %q shows %q, which leads back to %q: a template shown with fragment or memo may not call itself", where, name, e.to, name)
			}
		}
	}
	return nil
}

// callGraph returns, for each template of t, the templates it names.
func callGraph(t *template.Template) map[string][]callEdge {
	calls := map[string][]callEdge{}
	for _, x := range t.Templates() {
		if x.Tree == nil || x.Tree.Root == nil {
			continue
		}
		tree := x.Tree
		walkCalls(tree.Root, func(to string, via bool, n parse.Node) {
			calls[x.Name()] = append(calls[x.Name()], callEdge{to, via, n, tree})
		})
	}
	return calls
}

// reaches reports whether template to is from, or is named by a template
// from leads to.
func reaches(calls map[string][]callEdge, from, to string) bool {
	seen := map[string]bool{}
	var visit func(string) bool
	visit = func(name string) bool {
		if name == to {
			return true
		}
		if seen[name] {
			return false
		}
		seen[name] = true
		for _, e := range calls[name] {
			if visit(e.to) {
				return true
			}
		}
		return false
	}
	return visit(from)
}

// walkCalls calls fn for each template n names, by {{template "name"}}
// or by fragment or memo with a constant name.
func walkCalls(n parse.Node, fn func(to string, via bool, n parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				walkCalls(c, fn)
			}
		}
	case *parse.ActionNode:
		walkCalls(n.Pipe, fn)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.TemplateNode:
		fn(n.Name, false, n)
		walkCalls(n.Pipe, fn)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				walkCalls(c, fn)
			}
		}
	case *parse.CommandNode:
		if len(n.Args) >= 2 {
			if id, ok := n.Args[0].(*parse.IdentifierNode); ok && (id.Ident == "fragment" || id.Ident == "memo") {
				if s, ok := n.Args[1].(*parse.StringNode); ok {
					fn(s.Text, true, n)
				}
			}
		}
		for _, a := range n.Args {
			walkCalls(a, fn)
		}
	}
}

func walkBranch(b *parse.BranchNode, fn func(to string, via bool, n parse.Node)) {
	walkCalls(b.Pipe, fn)
	walkCalls(b.List, fn)
	if b.ElseList != nil {
		walkCalls(b.ElseList, fn)
	}
}
