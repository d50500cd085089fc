package check

import (
	"fmt"
	"strings"

	"github.com/briefsite/brief/internal/diag"
)

// zgotmplz is what html/template writes in place of a value it blocks as
// unsafe: "#ZgotmplZ" for a URL, "ZgotmplZ" in CSS and for an
// attribute's name.
const zgotmplz = "ZgotmplZ"

// blockedValues calls add with a problem for each value of element e
// that html/template blocked, writing ZgotmplZ in its place: a URL of a
// scheme it does not take from data (a javascript: URL in a brief's
// params), CSS that could break out of its rule, an attribute's name
// that could run script. The page shows nothing there, or a link to
// nowhere, and the build says nothing of it.
func blockedValues(e *element, add func(problem)) {
	for _, a := range e.attrs {
		var msg string
		switch {
		case strings.EqualFold(a.key, zgotmplz):
			msg = fmt.Sprintf("html/template blocked the name of an attribute a template gave <%s> and wrote %q in its place: "+
				"it takes no name of an event handler, style or URL from data (onclick, style, href); write the attribute's name in the template, and take only its value from data", e.name, zgotmplz)
			add(problem{Diagnostic: diag.Diagnostic{Pos: e.pos, Severity: diag.Error, Msg: msg},
				origin: origin{tag: e.name, attr: "{{", data: true, attrs: literalAttrs(e)}})
			continue
		case !strings.Contains(a.val, zgotmplz):
			continue
		case a.key == "style":
			msg = blockedCSS(fmt.Sprintf("<%s style>", e.name))
		case urlAttrs[a.key] || a.key == "content" && isRefresh(e):
			msg = fmt.Sprintf("html/template blocked the URL a template gave <%s %s> and wrote %q in its place: "+
				"from data it takes only http:, https:, mailto: and relative URLs (not javascript:, from a brief's params, say); "+
				"give the data such a URL, or leave the attribute out where the data has none", e.name, a.key, "#"+zgotmplz)
		default:
			msg = fmt.Sprintf("html/template blocked the value a template gave <%s %s> and wrote %q in its place, as it does with a value it cannot tell is safe there; "+
				"write that value in the template, or take from data only one that cannot run script", e.name, a.key, zgotmplz)
		}
		add(problem{Diagnostic: diag.Diagnostic{Pos: a.pos, Severity: diag.Error, Msg: msg},
			origin: origin{tag: e.name, attr: a.key, data: true, attrs: literalAttrs(e)}})
	}
	if e.name == "style" {
		if i := strings.Index(e.text, zgotmplz); i >= 0 {
			add(problem{Diagnostic: diag.Diagnostic{Pos: e.lines.Pos(e.textOff + i), Severity: diag.Error, Msg: blockedCSS("<style>")},
				origin: origin{tag: "style", data: true, val: e.text}})
		}
	}
}

// blockedCSS returns the message of CSS html/template blocked in where.
func blockedCSS(where string) string {
	return fmt.Sprintf("html/template blocked the CSS a template gave %s and wrote %q in its place: "+
		"from data it takes one value or declaration, with no ; ( ) quotes, slashes or braces (no url() or list of rules, from a brief's params, say); "+
		`write the rest in the template or style.css: style="color: {{.Brief.Params.color}}"`, where, zgotmplz)
}

// literalAttrs returns the attributes of e as a string, each key=value
// between NULs, for finding the template element that wrote it.
func literalAttrs(e *element) string {
	var b strings.Builder
	b.WriteString("\x00")
	for _, a := range e.attrs {
		b.WriteString(a.key + "=" + a.val + "\x00")
	}
	return b.String()
}
