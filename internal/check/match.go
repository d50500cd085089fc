package check

import (
	"strings"

	"github.com/briefsite/brief/internal/diag"
)

// heading is an element of a page as written there: its attributes (see
// literalAttrs) and what it holds, for finding the template element that
// wrote it.
type heading struct {
	attrs, text string
	known       bool // its end tag was found, and text is all it holds
}

// headingOf returns the element e of a page as a heading.
func headingOf(e *element) heading {
	text, ok := e.inner()
	return heading{attrs: literalAttrs(e), text: text, known: ok}
}

// fits reports whether the element t.elems[i] of a template may have
// written h: its attributes with their text around their actions, and
// what it holds.
func (h heading) fits(t *template, i int) bool {
	if !h.known || !fitsAttrs(t.elems[i], h.attrs) {
		return false
	}
	if t.inner == nil {
		t.inner = map[int]string{}
	}
	text, ok := t.inner[i]
	if !ok {
		var found bool
		if text, found = t.elems[i].inner(); !found {
			text = "\x00" // fits no page's
		}
		t.inner[i] = text
	}
	return fitsActions(text, h.text)
}

// gives reports whether the template element e gives a page what need
// names: a lang, a charset, a viewport or a main landmark.
func gives(e *element, need string) bool {
	switch need {
	case "lang":
		_, ok := e.attr("lang")
		return ok
	case "charset":
		_, ok := metaCharset(e)
		return e.name == "meta" && ok
	case "viewport":
		a, ok := e.attr("name")
		return e.name == "meta" && ok && strings.EqualFold(strings.TrimSpace(a.val), "viewport")
	case "main":
		a, ok := e.attr("role")
		return e.name == "main" || ok && strings.EqualFold(strings.TrimSpace(a.val), "main")
	}
	return false
}

// writesData reports whether the template element e may write the
// element of a page that o describes, from data, and where: it has the
// same name, writes an action where o's attribute, or its name, is, and
// has the page's attributes, with their text around its actions.
func writesData(e *element, o origin) (diag.Pos, bool) {
	if o.tag == "style" && o.attr == "" {
		return blockedInStyle(e, o.val)
	}
	if e.name != o.tag || !fitsAttrs(e, o.attrs) {
		return diag.Pos{}, false
	}
	for _, a := range e.attrs {
		switch {
		case o.attr == "{{" && strings.Contains(a.key, "{{"):
			return e.pos, true
		case o.attr != "{{" && a.key == o.attr && strings.Contains(a.val, "{{"):
			return a.pos, true
		}
	}
	return diag.Pos{}, false
}

// blockedInStyle returns where the template's style element e writes,
// with an action, the CSS html/template blocked in the style element of
// a page whose text is v: the action in whose place v has ZgotmplZ, its
// text around its actions being v's.
func blockedInStyle(e *element, v string) (diag.Pos, bool) {
	if e.name != "style" || !strings.Contains(e.text, "{{") {
		return diag.Pos{}, false
	}
	parts, actions := literalsAt(e.text)
	if len(actions) == 0 || !strings.HasPrefix(v, parts[0]) {
		return diag.Pos{}, false
	}
	v = v[len(parts[0]):]
	at := -1
	for m, p := range parts[1:] {
		var gap string
		if m == len(parts)-2 { // the text after the last action
			if !strings.HasSuffix(v, p) {
				return diag.Pos{}, false
			}
			gap, v = v[:len(v)-len(p)], ""
		} else {
			i := strings.Index(v, p)
			if i < 0 {
				return diag.Pos{}, false
			}
			gap, v = v[:i], v[i+len(p):]
		}
		if at < 0 && strings.Contains(gap, zgotmplz) {
			at = actions[m]
		}
	}
	if at < 0 {
		return diag.Pos{}, false
	}
	return e.lines.Pos(e.textOff + at), true
}

// fitsAttrs reports whether the template element e may write an element
// with the attributes attrs (see literalAttrs): the page's element has
// each attribute of e's, with its text around its actions, and e writes
// each of the page's, or an action in place of a name may.
func fitsAttrs(e *element, attrs string) bool {
	page := map[string]string{}
	for kv := range strings.SplitSeq(strings.Trim(attrs, "\x00"), "\x00") {
		if kv != "" {
			k, v, _ := strings.Cut(kv, "=")
			page[k] = v
		}
	}
	keys := map[string]bool{}
	named := false // e writes an attribute's name from data
	for _, a := range e.attrs {
		keys[a.key] = true
		if strings.Contains(a.key, "{{") {
			named = true
			continue
		}
		v, ok := page[a.key]
		if !ok || !fitsActions(a.val, v) {
			return false // an attribute the page's element lacks, or another value
		}
	}
	for k := range page {
		if !keys[k] && !(named && strings.EqualFold(k, zgotmplz)) {
			return false // an attribute of the page's element e does not write
		}
	}
	return true
}

// writesPath returns where the template element e writes the link o
// describes, to o.site from every page, or the zero Pos: the
// attribute's value gives the path from the site's root to an action,
// {{.Asset "/img/logo.png"}} (or {{.URL "briefs/"}} for briefs/index.html),
// or writes it after one, {{$root}}img/logo.png.
func writesPath(e *element, o origin) diag.Pos {
	if e.name != o.tag {
		return diag.Pos{}
	}
	a, ok := e.attr(o.attr)
	if !ok || !strings.Contains(a.val, "{{") {
		return diag.Pos{}
	}
	forms := []string{o.site}
	if dir, ok := strings.CutSuffix(o.site, "index.html"); ok && (dir == "" || strings.HasSuffix(dir, "/")) {
		forms = append(forms, dir)
	}
	for _, f := range forms {
		for _, q := range []string{`"` + f + `"`, `"/` + f + `"`, "`" + f + "`", "`/" + f + "`"} {
			if strings.Contains(a.val, q) {
				return a.pos
			}
		}
		if f == "" {
			continue
		}
		for rest := a.val; ; {
			i := strings.Index(rest, "}}"+f)
			if i < 0 {
				break
			}
			rest = rest[i+2+len(f):]
			if rest == "" || strings.HasPrefix(rest, "{{") || strings.HasPrefix(rest, "?") || strings.HasPrefix(rest, "#") {
				return a.pos
			}
		}
	}
	return diag.Pos{}
}

// placeIn returns where the template element e writes what o
// describes, or the zero Pos.
func placeIn(e *element, o origin) diag.Pos {
	if o.tag == "css" {
		if e.name == "style" {
			if i := strings.Index(e.text, o.val); i >= 0 {
				return e.lines.Pos(e.textOff + i)
			}
		}
		if a, ok := e.attr("style"); ok && strings.Contains(a.val, o.val) {
			return a.pos
		}
		return diag.Pos{}
	}
	if e.name != o.tag {
		return diag.Pos{}
	}
	for _, a := range e.attrs {
		if a.key != o.attr {
			continue
		}
		if a.val == o.val || (a.key == "srcset" || a.key == "content") && strings.Contains(a.val, o.val) {
			return a.pos
		}
	}
	return diag.Pos{}
}
