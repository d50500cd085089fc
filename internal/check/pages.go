package check

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	brieftemplates "github.com/briefsite/brief/templates"
)

// searchIDs are the ids of the elements search.js finds on the page that
// loads it, each with the element the theme's search.html gives it:
// without one, search does nothing.
var searchIDs = []struct{ id, elem string }{
	{"q", `<input type="search" id="q" name="q">`},
	{"search-results", `<ol id="search-results" data-root="{{.Asset ""}}"></ol>`},
	{"search-status", `<p id="search-status" role="status" aria-live="polite"></p>`},
}

// charsetBytes is how far into a page a browser looks for its
// <meta charset>.
const charsetBytes = 1024

// facts is what the checks of a page as a whole learn of it element by
// element, in the one walk of the page that Links and Unsafe make.
type facts struct {
	labels []*element // the labels with a for attribute
	empty  []*element // the links with no text (see emptyLink)
	search *element   // the script element that loads search.js
	index  bool       // the page loads search-index.js before it

	html, head, body *element // the first of each, if any
	lang             bool     // html has a lang
	h1               int      // how many h1 elements
	first, second    *element // the first and second h1
	main             bool     // a main element, or one with role=main
	charset          *element // the first meta that gives the page's encoding
	encoding         string   // the encoding it gives
	viewport         bool     // a meta name=viewport
	redirect         bool     // a meta refresh leads on to a page of the site at once: an alias's page
}

// see notes what element e tells of the page.
func (f *facts) see(e *element) {
	if a, ok := e.attr("role"); ok && strings.EqualFold(strings.TrimSpace(a.val), "main") {
		f.main = true
	}
	switch e.name {
	case "html":
		if f.html == nil {
			f.html = e
			a, ok := e.attr("lang")
			f.lang = ok && strings.TrimSpace(a.val) != ""
		}
	case "head":
		f.head = cmp.Or(f.head, e)
	case "body":
		f.body = cmp.Or(f.body, e)
	case "main":
		f.main = true
	case "h1":
		switch f.h1++; f.h1 {
		case 1:
			f.first = e
		case 2:
			f.second = e
		}
	case "meta":
		if enc, ok := metaCharset(e); ok && f.charset == nil {
			f.charset, f.encoding = e, enc
		}
		if a, ok := e.attr("name"); ok && strings.EqualFold(strings.TrimSpace(a.val), "viewport") {
			f.viewport = true
		}
		if isRefresh(e) {
			_, f.redirect = pageRefresh(e)
		}
	case "label":
		if _, ok := e.attr("for"); ok {
			f.labels = append(f.labels, e)
		}
	case "a":
		if _, ok := e.attr("href"); ok && emptyLink(e) {
			f.empty = append(f.empty, e)
		}
	case "script":
		src, ok := e.attr("src")
		if !ok {
			return
		}
		u, _, _ := strings.Cut(src.val, "?")
		u, _, _ = strings.Cut(u, "#")
		switch {
		case strings.HasSuffix(u, "assets/search.js") && f.search == nil:
			f.search = e
		case strings.HasSuffix(u, "assets/search-index.js") && f.search == nil:
			f.index = true
		}
	}
}

// metaCharset returns the encoding a meta element gives the page, as
// <meta charset="utf-8"> or <meta http-equiv="Content-Type"
// content="text/html; charset=utf-8">, if it gives one.
func metaCharset(e *element) (string, bool) {
	if a, ok := e.attr("charset"); ok {
		return strings.TrimSpace(a.val), true
	}
	if a, ok := e.attr("http-equiv"); !ok || !strings.EqualFold(strings.TrimSpace(a.val), "content-type") {
		return "", false
	}
	c, _ := e.attr("content")
	i := strings.Index(strings.ToLower(c.val), "charset=")
	if i < 0 {
		return "", false
	}
	return strings.Trim(strings.TrimSpace(c.val[i+len("charset="):]), `"';`), true
}

// charsetOrigin returns the origin of the meta element e that gives the
// page's encoding: its charset, or the content of <meta
// http-equiv="Content-Type">.
func charsetOrigin(e *element) origin {
	if a, ok := e.attr("charset"); ok {
		return origin{tag: "meta", attr: "charset", val: a.val}
	}
	c, _ := e.attr("content")
	return origin{tag: "meta", attr: "content", val: c.val}
}

// problems returns what the page's facts tell of it, given its ids: a
// label for no element of the page; on a page that loads search.js, an
// element it needs that the page lacks; and what a page for readers
// must have: one h1, a main landmark, a lang, its encoding (UTF-8) early
// enough and a viewport. A page that leads on at once to another, an
// alias's, is read by no one and needs none of these.
func (f *facts) problems(name string, ids map[string]bool) []problem {
	var out []problem
	warn := func(pos diag.Pos, o origin, format string, args ...any) {
		out = append(out, problem{Diagnostic: diag.Diagnostic{Pos: pos, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)}, origin: o})
	}
	if !f.redirect {
		out = append(out, f.document(name)...)
	}
	for _, e := range f.labels {
		if a, _ := e.attr("for"); !ids[a.val] {
			warn(a.pos, origin{tag: "label", attr: "for", val: a.val, attrs: literalAttrs(e)},
				"<label for=%q> labels nothing: no element of its page has id %q, so a screen reader does not read the label with its field, and a click on it does nothing; give the field id=%q", a.val, a.val, a.val)
			// A template that writes the value from data, for="q-{{.Section}}", gives each section's pages another.
			out[len(out)-1].same = "<label for> labels nothing"
		}
	}
	for _, e := range f.empty {
		a, _ := e.attr("href")
		o := origin{tag: "a", attr: "href", val: a.val, attrs: literalAttrs(e)}
		if p, ok := relativePath(a.val); ok {
			o.site = siteTarget(name, p) // for a template that writes it with .URL or .Asset
		}
		warn(a.pos, o,
			"link %q has no text: a reader sees nothing to follow, and a screen reader reads out only \"link\" or its address; give it text, an image with an alt, or an aria-label", short(a.val))
		out[len(out)-1].same, out[len(out)-1].emptyLink = "link has no text", true
	}
	if f.search == nil {
		return out
	}
	src, _ := f.search.attr("src")
	o := origin{tag: "script", attr: "src", val: src.val}
	theirs := len(out)
	for _, s := range searchIDs {
		if !ids[s.id] {
			warn(f.search.pos, o, "search.js finds no element with id %q on this page, and search does nothing without it: keep %s in search.html", s.id, s.elem)
		}
	}
	if !f.index {
		warn(f.search.pos, o, `search.js has no index to search: load search-index.js before it, <script src="{{.Asset "assets/search-index.js"}}"></script>`)
	}
	for i := range out[theirs:] {
		out[theirs+i].searchJS = true
	}
	return out
}

// ownSearchJS reports whether the site whose files are src has a
// search.js of its own, templates/search.js other than the theme's, as
// the build takes it (see render's themeFS): it finds the elements of its
// page by ids of its own, and its index as it will, so what the theme's
// needs is no concern of the pages that load it.
func ownSearchJS(src fs.FS) bool {
	if src == nil {
		return false
	}
	if dir, err := fs.Lstat(src, "templates"); err != nil || !dir.IsDir() {
		return false
	}
	if fi, err := fs.Lstat(src, "templates/search.js"); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	mine, err := fs.ReadFile(src, "templates/search.js")
	if err != nil {
		return true
	}
	theirs, err := fs.ReadFile(brieftemplates.FS, "search.js")
	return err != nil || !bytes.Equal(mine, theirs)
}

// document returns what the page name, for readers, lacks of what it
// must have.
func (f *facts) document(name string) []problem {
	var out []problem
	warn := func(at *element, o origin, format string, args ...any) {
		pos := diag.Pos{File: name, Line: 1, Col: 1}
		if at != nil {
			pos = at.pos
		}
		out = append(out, problem{Diagnostic: diag.Diagnostic{Pos: pos, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)}, origin: o})
	}
	if !f.lang {
		warn(f.html, origin{tag: "html", need: "lang"}, "page has no lang on <html>: screen readers read it in their user's language, whatever its own, and browsers cannot tell what to translate it from; "+
			`write <html lang="{{with .Site.Config.Language}}{{.}}{{else}}en{{end}}">`)
	}
	garbled := "opened from disk (file://), where no server says how it is encoded, it may show its non-ASCII text garbled (“Ã©” for “é”)"
	switch {
	case f.charset == nil:
		warn(cmp.Or(f.head, f.html), origin{tag: "head", need: "charset"}, `page has no <meta charset="utf-8">: %s; put it first in <head>`, garbled)
	case !strings.EqualFold(f.encoding, "utf-8") && !strings.EqualFold(f.encoding, "utf8"):
		warn(f.charset, charsetOrigin(f.charset), `page says it is encoded in %q, but it is UTF-8: browsers show its non-ASCII text garbled; write <meta charset="utf-8">`, f.encoding)
	case f.charset.off >= charsetBytes:
		warn(f.charset, charsetOrigin(f.charset), `<meta charset> comes after the page's first %d bytes, where browsers stop looking for it: %s; put it first in <head>`, charsetBytes, garbled)
	}
	if !f.viewport {
		warn(cmp.Or(f.head, f.html), origin{tag: "head", need: "viewport"}, `page has no <meta name="viewport">: phones show it as a desktop page, shrunk to fit their screen; `+
			`add <meta name="viewport" content="width=device-width, initial-scale=1"> to <head>`)
	}
	if !f.main {
		warn(cmp.Or(f.body, f.html), origin{tag: "body", need: "main"}, `page has no <main>: screen readers offer to jump to a page's main landmark, past its header; `+
			`put the page's own content, {{template "main" .}}, in <main id="main">, where the theme's skip link leads`)
	}
	switch {
	case f.h1 == 0:
		warn(cmp.Or(f.body, f.html), origin{}, "page has no <h1>: screen readers and search engines take a page's one h1 for its title; give the page its title as an <h1>")
	case f.h1 > 1:
		warn(f.second, origin{tag: "h1", need: "one h1", h1s: [2]heading{headingOf(f.first), headingOf(f.second)}}, "page has more than one <h1>: screen readers and search engines take a page's one h1 for its title; "+
			"keep the page's title as its h1 and make the others <h2>, or no heading (the site's name in a header, say)")
	}
	return out
}
