package render

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/slug"
	"github.com/briefsite/brief/internal/tmplsrc"
	brieftemplates "github.com/briefsite/brief/templates"
)

// templateAt matches where text/template places a problem: "template:
// partials.html:2:" when parsing, "template: partials.html:2:26:" when
// executing, the innermost last; html/template writes
// "html/template:home.html:3:11:".
var templateAt = regexp.MustCompile(`template: ?([^:\s]+\.html|[^:\s]+\.css|[^:\s]+\.js):(\d+):(?:(\d+):)?`)

// TemplateProblem returns the position, in the site's own templates/
// folder, of the problem a template error err reports, the text of the
// problem without the place it names ("missing value for if" of
// "templates/brief.html: template: brief.html:3: missing value for if"),
// and whether it is in a template of the site's: the innermost template
// the error names that the site overrides. A problem in the theme's own
// templates has none. The text says where brief has what a template
// asked for in other generators' words (see withHint) and, when err is
// a *PageError or an *output.WriteError, the page it failed on.
func TemplateProblem(siteFS fs.FS, err error) (diag.Pos, string, bool) {
	if err == nil {
		return diag.Pos{}, "", false
	}
	file, tmpl, others, cause := failedPage(err)
	hinted := aliasHint(tmpl, cause)
	if hinted == nil {
		hinted = withHint(cause)
	}
	pos, msg, ok := templateProblem(siteFS, tmpl, withTemplateHint(siteFS, hinted))
	if ok && file != "" {
		msg += "; on " + file + others
	}
	return pos, msg, ok
}

// failedPage returns the file err failed on, as a *PageError or an
// *output.WriteError names it ("briefs/a/index.html"), the page template
// that made it ("brief.html", or ""), how many others have the problem as
// it reads after the file (" and 2 other files"), and the problem without
// the file; or "" and err, when err names none.
func failedPage(err error) (file, tmpl, others string, cause error) {
	if e, ok := errors.AsType[*PageError](err); ok {
		return e.Page, e.Template, e.others(), e.Err
	}
	if e, ok := errors.AsType[*output.WriteError](err); ok {
		return e.Path, e.Template, "", e.Err
	}
	return "", "", "", err
}

// templateProblem places err, which a page made with the page template
// tmpl (or "", not known) failed with, in the site's templates (see
// TemplateProblem).
func templateProblem(siteFS fs.FS, tmpl string, err error) (diag.Pos, string, bool) {
	msg := err.Error()
	theme := themeFS{site: siteFS}
	ms := templateAt.FindAllStringSubmatchIndex(msg, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		name := msg[m[2]:m[3]]
		line, _ := strconv.Atoi(msg[m[4]:m[5]])
		col := 0 // when the error gives none
		if m[6] >= 0 {
			col, _ = strconv.Atoi(msg[m[6]:m[7]])
			col++ // text/template counts from 0
		}
		rest := strings.TrimSpace(msg[m[1]:])
		if col == 0 {
			col = undefinedFuncColumn(theme, name, line, rest)
		}
		if col == 0 && m[6] < 0 {
			col = parseErrorColumn(theme, name, line, rest)
		}
		// The site's base.html and partials.html are parsed as
		// templates/base.html and templates/partials.html, layered over
		// the theme's files of the plain names.
		if layered, ok := strings.CutPrefix(name, "templates/"); ok && theme.Overridden(layered) {
			return diag.Pos{File: name, Line: line, Col: col}, rest, true
		}
		if name == "base.html" || name == "partials.html" || !theme.Overridden(name) {
			continue
		}
		return diag.Pos{File: "templates/" + name, Line: line, Col: col}, rest, true
	}
	if len(ms) > 0 {
		// A template of the theme's failed, outside the site's files: at
		// the site's {{template}} that showed it, if there is one, as
		// text/template names only the template it failed in.
		m := ms[len(ms)-1]
		line, _ := strconv.Atoi(msg[m[4]:m[5]])
		if pos, text, ok := partialCall(theme, tmpl, msg[m[2]:m[3]], line, strings.TrimSpace(msg[m[1]:])); ok {
			return pos, text, true
		}
	}
	if len(ms) == 0 {
		pos, ok := quotedPos(theme, msg)
		if ok {
			// "html/template:brief.html: " names the file pos does.
			if _, rest, found := strings.Cut(msg, ": "); found && strings.HasPrefix(msg, "html/template:") {
				msg = rest
			}
		}
		return pos, msg, ok
	}
	return diag.Pos{}, msg, false
}

// undefinedFuncColumn returns the byte column, on the given line of the
// template name, of the function a parse error says is not defined, which
// text/template places by line alone; or 0.
func undefinedFuncColumn(theme themeFS, name string, line int, problem string) int {
	m := undefinedFunc.FindStringSubmatch(problem)
	if m == nil {
		return 0
	}
	src, err := theme.ReadFile(strings.TrimPrefix(name, "templates/"))
	if err != nil {
		return 0
	}
	lines := strings.Split(string(src), "\n")
	if line < 1 || line > len(lines) {
		return 0
	}
	text := lines[line-1]
	for i := 0; ; {
		j := strings.Index(text[i:], m[1])
		if j < 0 {
			return 0
		}
		at, end := i+j, i+j+len(m[1])
		before, after := byte(' '), byte(' ')
		if at > 0 {
			before = text[at-1]
		}
		if end < len(text) {
			after = text[end]
		}
		if strings.IndexByte("{( |", before) >= 0 && strings.IndexByte(" )}\t", after) >= 0 {
			return at + 1
		}
		i = end
	}
}

// escapeQuote matches the text html/template quotes at the end of a
// problem it finds in a template's HTML, which it gives no line for:
// `html/template:base: "=" in unquoted attr: "/x?q="`.
var escapeQuote = regexp.MustCompile(`html/template:[^:]*: .*: ("(?:[^"\\]|\\.)+")$`)

// quotedPos returns where the text an html/template problem quotes is in
// the site's own templates, when it is in one file of them only.
func quotedPos(theme themeFS, msg string) (diag.Pos, bool) {
	m := escapeQuote.FindStringSubmatch(msg)
	if m == nil {
		return diag.Pos{}, false
	}
	text, err := strconv.Unquote(m[1])
	if err != nil || len(text) < 3 {
		return diag.Pos{}, false
	}
	var found []diag.Pos
	for _, name := range append([]string{"base.html", "partials.html"}, pageTemplates...) {
		if !theme.Overridden(name) {
			continue
		}
		src, err := theme.ReadFile(name)
		if err != nil {
			continue
		}
		if i := strings.Index(string(src), text); i >= 0 {
			line := 1 + strings.Count(string(src[:i]), "\n")
			col := i - strings.LastIndexByte(string(src[:i]), '\n')
			found = append(found, diag.Pos{File: "templates/" + name, Line: line, Col: col})
		}
	}
	if len(found) != 1 {
		return diag.Pos{}, false
	}
	return found[0], true
}

// PlacedError is a template's problem at its place in the site's own
// templates/ folder.
type PlacedError struct {
	Pos diag.Pos
	Msg string // the problem, without the place Pos names
}

// PlaceErrors splits err, which may join several, into the problems at a
// place in the site's templates, each place once (a partial failing
// where two templates show it is one problem), and the others.
func PlaceErrors(siteFS fs.FS, err error) (placed []PlacedError, rest []error) {
	seen := map[diag.Pos]bool{}
	for _, e := range SplitErrors(err) {
		pos, msg, ok := TemplateProblem(siteFS, e)
		switch {
		case !ok:
			rest = append(rest, withTemplateHint(siteFS, withHint(e)))
		case !seen[pos]:
			seen[pos] = true
			placed = append(placed, PlacedError{pos, msg})
		}
	}
	return placed, rest
}

// unexpectedEnd matches text/template's errors for a template with a
// block that no {{end}} closes, which it places at the line where it
// stopped: "template: brief.html:5: unexpected EOF" at the end of the
// file, "template: search.html:14: unexpected <define> in command" at
// the next {{define}}, which may not be inside a block.
var unexpectedEnd = regexp.MustCompile(`^template: (\S+):(\d+): (unexpected EOF|unexpected <define> in command)$`)

// unclosedBlock returns, for the parse error err of a template whose
// source is src when it stopped at the end of the file or at a {{define}}
// before a block's {{end}}, the error at the {{if}}, {{with}}, {{range}},
// {{define}} or {{block}} that no {{end}} closes, which says so, and
// what it holds that may have taken its {{end}}; or nil, when that is
// not what stopped it where it says.
func unclosedBlock(src []byte, err error) error {
	m := unexpectedEnd.FindStringSubmatch(err.Error())
	if m == nil {
		return nil
	}
	open, stop, ok := openBlock(string(src))
	if !ok {
		return nil
	}
	at := diag.NewLines("", 1, src)
	pos := at.Pos(open.at)
	msg := fmt.Sprintf("%s: %s is not closed with {{end}}", m[3], open.name)
	if m[3] != "unexpected EOF" {
		line, _ := strconv.Atoi(m[2])
		if stop == nil || at.Pos(stop.at).Line != line {
			return nil
		}
		msg += fmt.Sprintf(" before the %s of line %d", stop.name, line)
	} else if stop != nil {
		return nil
	}
	if in := open.last; in != nil {
		msg += fmt.Sprintf("; if the {{end}} at line %d is meant to close it, the %s of line %d, or a block in that, lacks its own", at.Pos(in.end).Line, in.name, at.Pos(in.at).Line)
	}
	return fmt.Errorf("template: %s:%d:%d: %s", m[1], pos.Line, pos.Col-1, msg)
}

// block is an {{if}}, {{with}}, {{range}}, {{define}} or {{block}} of a
// template's source.
type block struct {
	at   int    // the offset of its {{
	end  int    // of its {{end}}'s; 0 while it is open
	name string // as a message names it: {{with}}, {{define "main"}}
	last *block // the last block closed directly in it
}

// openBlock returns the innermost block of a template's source src that
// no {{end}} closes, if there is one, where text/template stops: at the
// end of src, or at the first {{define}} inside a block, which it returns
// as stop (nil at the end). It finds the actions as text/template's
// lexer does (see tmplsrc), and reads their first words alone.
func openBlock(src string) (open block, stop *block, ok bool) {
	var stack []*block
	for i := 0; ; {
		at, end := tmplsrc.NextAction(src, i)
		if at < 0 {
			break
		}
		if end < 0 {
			end = len(src) // text/template stops here
		}
		text := tmplsrc.Text(src[at:end])
		word := text
		if w := strings.IndexFunc(word, func(r rune) bool { return !('a' <= r && r <= 'z') }); w >= 0 {
			word = word[:w]
		}
		switch word {
		case "if", "with", "range", "define", "block":
			name := "{{" + word + "}}"
			if word == "define" || word == "block" {
				rest := strings.TrimLeft(text[len(word):], " \t\r\n")
				if q, err := strconv.QuotedPrefix(rest); err == nil {
					name = "{{" + word + " " + q + "}}"
				}
			}
			if word == "define" && len(stack) > 0 {
				return *stack[len(stack)-1], &block{at: at, name: name}, true
			}
			stack = append(stack, &block{at: at, name: name})
		case "end":
			if len(stack) == 0 {
				break
			}
			b := stack[len(stack)-1]
			b.end = at
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].last = b
			}
		}
		if end >= len(src) {
			break
		}
		i = end
	}
	if len(stack) == 0 {
		return block{}, nil, false
	}
	return *stack[len(stack)-1], nil, true
}

// executing matches the template text/template says it was executing
// when it failed: "executing "date" at <.IsZero>: ..."; html/template
// may have named a copy of it for a context "date$htmltemplate_...".
var executing = regexp.MustCompile(`^executing "([^"$]+)`)

// partialCall returns the place, in the site's own templates, of the
// {{template}} that showed the theme's template that failed, at line
// line of its file, with the problem problem, or one that leads to it by
// {{template}} through the theme's templates alone; and the problem told
// at that place: which template failed where in the theme, with the dot
// it takes as its comment in the theme says.
//
// Only a call on the way to the failure is told: one in the template set
// of the page that failed, made with the page template tmpl (every set's
// when tmpl is ""), that
// "base" leads to, of a template the theme defines. The site's own
// define, such as its brief.html's "main", failing shows a line of the
// site's in the error itself. When the site's files have several such
// calls, it is placed at the first, one of the page template's first,
// and names the others.
func partialCall(theme themeFS, tmpl, file string, line int, problem string) (diag.Pos, string, bool) {
	m := executing.FindStringSubmatch(problem)
	if m == nil || !theme.overridesAny() {
		return diag.Pos{}, "", false
	}
	failed := m[1]
	sets, err := parseTemplates(theme, &fragments{}, lang.English)
	if err != nil {
		return diag.Pos{}, "", false
	}
	type call struct {
		pos diag.Pos
		to  string
		own bool // in the page template of its set
	}
	var calls []call
	seen := map[diag.Pos]bool{}
	for _, name := range pageSets(tmpl) {
		set := sets[name]
		if set == nil {
			continue
		}
		graph := callGraph(set)
		themes := func(x string) bool { return themeTemplate(theme, set, x) }
		for _, from := range slices.Sorted(maps.Keys(graph)) {
			if !reaches(graph, "base", from) {
				continue // shown on no page of the set
			}
			for _, e := range graph[from] {
				if e.via || !themes(e.to) || !reachesThrough(graph, e.to, failed, themes) {
					continue // fragment and memo name the call themselves
				}
				pos, ok := siteNodePos(theme, e.tree, e.node)
				if ok && !seen[pos] {
					seen[pos] = true
					calls = append(calls, call{pos, e.to, pos.File == "templates/"+name})
				}
			}
		}
	}
	if len(calls) == 0 {
		return diag.Pos{}, "", false
	}
	slices.SortFunc(calls, func(a, b call) int {
		if a.own != b.own {
			if a.own {
				return -1
			}
			return 1
		}
		return a.pos.Compare(b.pos)
	})
	c := calls[0]
	msg := fmt.Sprintf("{{template %q}} shows the theme's %q, which fails on the value given it", c.to, c.to)
	if c.to != failed {
		msg += fmt.Sprintf(" (in %q, which it shows)", failed)
	}
	msg += fmt.Sprintf(": %s, in the theme's %s at line %d", problem, file, line)
	if dot := takes(file, c.to); dot != "" {
		msg += fmt.Sprintf("; %q takes %s", c.to, dot)
	}
	for _, o := range calls[1:] {
		msg += fmt.Sprintf("; or the {{template %q}} at %s", o.to, o.pos)
	}
	return c.pos, msg, true
}

// pageSets returns the page templates whose sets may have made a page
// of the page template tmpl: tmpl, or every page template when tmpl is
// "" (not known).
func pageSets(tmpl string) []string {
	if tmpl == "" {
		return pageTemplates
	}
	return []string{tmpl}
}

// themeTemplate reports whether the template name of set is one the
// theme defines, not one of the site's files.
func themeTemplate(theme themeFS, set *template.Template, name string) bool {
	x := set.Lookup(name)
	if x == nil || x.Tree == nil {
		return false
	}
	file := x.Tree.ParseName
	return file == "base.html" || file == "partials.html" || slices.Contains(pageTemplates, file) && !theme.Overridden(file)
}

// reachesThrough reports whether template to is from, or is shown by
// {{template}} from a template from leads to so through templates keep
// reports true of.
func reachesThrough(calls map[string][]callEdge, from, to string, keep func(string) bool) bool {
	plain := map[string][]callEdge{}
	for name, es := range calls {
		if !keep(name) {
			continue
		}
		for _, e := range es {
			if !e.via {
				plain[name] = append(plain[name], e)
			}
		}
	}
	return reaches(plain, from, to)
}

// siteNodePos returns the place of node n of tree in the site's own
// templates, if tree was parsed from one of them.
func siteNodePos(theme themeFS, tree *parse.Tree, n parse.Node) (diag.Pos, bool) {
	file := tree.ParseName
	if layered, ok := strings.CutPrefix(file, "templates/"); !ok || !theme.Overridden(layered) {
		if file == "base.html" || file == "partials.html" || !theme.Overridden(file) {
			return diag.Pos{}, false
		}
		file = "templates/" + file
	}
	where, _ := tree.ErrorContext(n) // "brief.html:1:42", the column from 0
	parts := strings.Split(where, ":")
	if len(parts) < 3 {
		return diag.Pos{}, false
	}
	line, err1 := strconv.Atoi(parts[len(parts)-2])
	col, err2 := strconv.Atoi(parts[len(parts)-1])
	if err1 != nil || err2 != nil {
		return diag.Pos{}, false
	}
	return diag.Pos{File: file, Line: line, Col: col + 1}, true
}

// takes returns what the theme's template name, in the theme's file,
// takes as its dot, as the comment over its define says: "(list page
// entities label)" of {{/* tags: (list page entities label) — ... */}}.
func takes(file, name string) string {
	if name == "date" {
		return "a date, as .Brief.Date" // too plain to have a comment
	}
	src, err := fs.ReadFile(brieftemplates.FS, file)
	if err != nil {
		return ""
	}
	m := regexp.MustCompile(`\{\{/\*\s*` + regexp.QuoteMeta(name) + `:\s*([^—\n]+?)\s*—`).FindSubmatch(src)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// noSuchTemplate matches the errors for a template shown that none
// defines: text/template's `no such template "x"`, of {{template}}, and
// html/template's `"x" is undefined`, of fragment and memo.
var noSuchTemplate = regexp.MustCompile(`no such template "([^"]+)"|html/template: "([^"]+)" is undefined`)

// withTemplateHint returns err, when it says no template has a name,
// with the template of the theme's or the site's whose name is a letter
// or two from it ("brief_item" for "brief-item"), or the theme's name
// for one other generators' themes name so ("header").
func withTemplateHint(siteFS fs.FS, err error) error {
	m := noSuchTemplate.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	name := m[1] + m[2]
	if hint := HugoDefineHint(name); hint != "" {
		return fmt.Errorf("%w (%s)", err, hint)
	}
	names := maps.Clone(themeDefines())
	theme := themeFS{site: siteFS}
	for _, o := range siteOverrides(theme, append([]string{"base.html", "partials.html"}, pageTemplates...)) {
		for _, x := range o.t.Templates() {
			if x.Name() != o.name {
				names[x.Name()] = o.name
			}
		}
	}
	best, bestDist := "", 3
	for _, k := range slices.Sorted(maps.Keys(names)) {
		if d := slug.Distance(name, k); d > 0 && d < bestDist && d*3 <= len(k) {
			best, bestDist = k, d
		}
	}
	if best == "" {
		return err
	}
	return fmt.Errorf("%w (did you mean %q?)", err, best)
}
