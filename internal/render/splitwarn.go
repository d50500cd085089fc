package render

import (
	"fmt"
	"html/template"
	"maps"
	"slices"
	"text/template/parse"

	"github.com/briefsite/brief/internal/diag"
)

// A list split into pages (by year, or by letter for the sources) shows
// its parts through a field of the page the theme's templates read. A
// site's own copy of a template, made before the split or written
// without it, would show no way to the parts: the timeline's index, for
// one, would say there is nothing on it. warnSplit warns of that.

// splitList is a page template whose list this build splits, and what
// the pages then need their template to read.
type splitList struct {
	field string // the Page field that leads to the parts
	why   string // what is split, for the warning
}

// split notes that the list of the page template tmpl is split.
func (r *renderer) split(tmpl, field, format string, args ...any) {
	if r.splits == nil {
		r.splits = map[string]splitList{}
	}
	if _, ok := r.splits[tmpl]; !ok {
		r.splits[tmpl] = splitList{field, fmt.Sprintf(format, args...)}
	}
}

// warnSplit warns, in diags, of each split list whose template set does
// not read the field leading to its parts. The warning names the site's
// copy of the page template, or of the partials or the base it reads.
func (r *renderer) warnSplit(theme themeFS, diags *diag.List) {
	for _, tmpl := range slices.Sorted(maps.Keys(r.splits)) {
		s := r.splits[tmpl]
		if reads(r.sets[tmpl], "base", s.field) {
			continue
		}
		file := tmpl
		for _, f := range []string{tmpl, "partials.html", "base.html"} {
			if theme.Overridden(f) {
				file = f
				break
			}
		}
		diags.Warnf(diag.Pos{File: "templates/" + file},
			"%s, but the site's templates never read .%s, so the list's pages link to none of its parts; see brief's own %s for how it shows them",
			s.why, s.field, tmpl)
	}
}

// reads reports whether executing the template name of t, with the
// templates it calls, can read field of any value: whether a field,
// method or variable chain names it.
func reads(t *template.Template, name, field string) bool {
	seen := map[string]bool{}
	var node func(n parse.Node) bool
	call := func(name string) bool {
		if seen[name] {
			return false
		}
		seen[name] = true
		x := t.Lookup(name)
		return x != nil && x.Tree != nil && x.Tree.Root != nil && node(x.Tree.Root)
	}
	node = func(n parse.Node) bool {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return false
			}
			return slices.ContainsFunc(n.Nodes, node)
		case *parse.ActionNode:
			return node(n.Pipe)
		case *parse.IfNode:
			return branch(&n.BranchNode, node)
		case *parse.RangeNode:
			return branch(&n.BranchNode, node)
		case *parse.WithNode:
			return branch(&n.BranchNode, node)
		case *parse.TemplateNode:
			return n.Pipe != nil && node(n.Pipe) || call(n.Name)
		case *parse.PipeNode:
			if n == nil {
				return false
			}
			return slices.ContainsFunc(n.Cmds, func(c *parse.CommandNode) bool { return slices.ContainsFunc(c.Args, node) })
		case *parse.FieldNode:
			return slices.Contains(n.Ident, field)
		case *parse.ChainNode:
			return slices.Contains(n.Field, field) || node(n.Node)
		case *parse.VariableNode:
			return slices.Contains(n.Ident, field)
		}
		return false
	}
	return call(name)
}

// branch reports whether node holds for the pipeline or either list of
// an if, range or with.
func branch(b *parse.BranchNode, node func(parse.Node) bool) bool {
	return node(b.Pipe) || b.List != nil && node(b.List) || b.ElseList != nil && node(b.ElseList)
}
