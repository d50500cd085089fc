package check

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/site"
	brieftemplates "github.com/briefsite/brief/templates"
)

// sameOnPages is how many pages one problem must be found on to be
// taken for a template's and told once.
const sameOnPages = 3

// origin says what in a page a problem is about, for finding the place in
// the site's templates that wrote it: the attribute attr of an element
// tag whose value is val as written. tag is "css" for a URL of a style
// attribute or element. When data is set, the value came from data:
// the template writes an action as the attribute's value (or, for attr
// "{{", in place of its name), on an element with the attributes of the
// page's, attrs (see literalAttrs), but for those the template takes
// from data. When need is set, the page lacks what need names, and the
// template that wrote the element tag without it is sought.
type origin struct {
	tag, attr, val string
	data           bool
	attrs          string
	need           string // what the page lacks: "lang", "charset", "viewport", "main" or "one h1" (see lacking)

	h1s [2]heading // for "one h1", the page's first two h1s

	// site is what a relative link leads to from the page, the path
	// from the site's root, "img/logo.png", for a link .Asset or .URL
	// writes, that climbs to the root from each page's folder.
	site string

	// tmpl is the page template that made the page, "brief.html", or ""
	// when it is not known: only what it and base.html and partials.html
	// show on its pages may have written the problem (see shown).
	tmpl string
}

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

// writers is what may have written a problem of a page: the site's own
// templates, templates/*.html, read once when a problem is found on many
// pages, and the bodies of its briefs and profiles.
type writers struct {
	src    fs.FS
	files  []template // nil until read
	found  map[origin]diag.Pos
	bodies [][]byte
	has    func(name string) bool // whether the site has a file

	// templateOf returns the page template that made the page of output
	// path page, as "brief.html", or "" when it is not known.
	templateOf func(page string) string

	reached map[string]map[string]bool // by page template, the names its pages show (see reach)
}

// newWriters returns the writers of the pages of s, whose files are
// src; has reports whether the built site has a file, and templateOf
// which page template made a page (see Output).
func newWriters(s *site.Site, src fs.FS, has func(string) bool, templateOf func(string) string) *writers {
	w := &writers{src: src, found: map[origin]diag.Pos{}, has: has, templateOf: templateOf}
	if s != nil {
		for _, b := range s.Briefs {
			w.bodies = append(w.bodies, b.Body)
		}
		for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
			for _, e := range s.EntitiesOf(k) {
				w.bodies = append(w.bodies, e.Body)
			}
		}
	}
	return w
}

// inBody reports whether a brief's or profile's body has text.
func (w *writers) inBody(text string) bool {
	if text == "" {
		return false
	}
	for _, b := range w.bodies {
		if bytes.Contains(b, []byte(text)) {
			return true
		}
	}
	return false
}

// template is a template file that writes the pages: the elements it
// writes, the define or block each is in, and whether it is the site's.
type template struct {
	name  string // the file's name, without its folder
	elems []*element
	in    []within            // where each of elems is
	inner map[int]string      // what elems[i] holds, once sought (see heading.fits)
	names map[string]bool     // the names the file defines, with define or block
	calls map[string][]string // by the name of each define, those it shows
	site  bool
}

// layered reports whether t is base.html or partials.html, whose
// defines every page shows unless its page template defines the name.
func (t *template) layered() bool { return t.name == "base.html" || t.name == "partials.html" }

// shown reports whether the element elems[i] of t may be on a page made
// with the page template tmpl ("" when not known): it is in a define
// (text outside any is shown on no page) that is the one in effect
// there (see effective) and, when tmpl is known, that "base" shows,
// itself or through the templates it shows.
func (w *writers) shown(t *template, i int, tmpl string) bool {
	def := t.in[i].def
	return def != "" && w.effective(t, def, tmpl) && (tmpl == "" || w.reach(tmpl)[def])
}

// effective reports whether the define def of t is the one in effect on
// a page made with the page template tmpl ("" when not known). A page
// template's defines are on its own pages; one of base.html or
// partials.html is on every page whose template does not define its
// name, the site's in place of the theme's. A file of the site's that is
// neither a page template nor layered is read by no build.
func (w *writers) effective(t *template, def, tmpl string) bool {
	if !t.names[def] {
		return false
	}
	if !t.layered() {
		return pageTemplates[t.name] && (tmpl == "" || t.name == tmpl)
	}
	for j := range w.files {
		u := &w.files[j]
		if !u.names[def] {
			continue
		}
		if u.name == tmpl && !u.layered() || !t.site && u.site && u.layered() {
			return false // the page's own define, or the site's in place of the theme's
		}
	}
	return true
}

// reach returns the names of the templates a page made with the page
// template tmpl shows: "base", and those the defines in effect show with
// {{template}}, {{block}}, fragment or memo, by name.
func (w *writers) reach(tmpl string) map[string]bool {
	if r, ok := w.reached[tmpl]; ok {
		return r
	}
	r := map[string]bool{"base": true}
	for queue := []string{"base"}; len(queue) > 0; queue = queue[1:] {
		for i := range w.files {
			t := &w.files[i]
			if !w.effective(t, queue[0], tmpl) {
				continue
			}
			for _, name := range t.calls[queue[0]] {
				if !r[name] {
					r[name] = true
					queue = append(queue, name)
				}
			}
		}
	}
	if w.reached == nil {
		w.reached = map[string]map[string]bool{}
	}
	w.reached[tmpl] = r
	return r
}

// pageTemplates are the theme's page templates: the files of its but
// base.html and partials.html.
var pageTemplates = func() map[string]bool {
	names, _ := fs.Glob(brieftemplates.FS, "*.html")
	m := map[string]bool{}
	for _, name := range names {
		if name != "base.html" && name != "partials.html" {
			m[name] = true
		}
	}
	return m
}()

// within is where an element of a template is: the name of the define
// or block that holds it, the innermost, "" for none, and whether an
// {{if}}, {{with}} or {{range}} in that holds it, when it may be on no
// page the define is on.
type within struct {
	def  string
	cond bool
}

// shows finds the name of a template an action shows: {{template "x"}},
// {{block "x"}}, fragment "x" or memo "x".
var shows = regexp.MustCompile(`(?:^|[\s(|])(?:template|block|fragment|memo)\s+("(?:[^"\\]|\\.)*"|` + "`[^`]*`" + `)`)

// defines returns where each of offsets (in order) of a template's text
// is (see within), the names the text defines, and by the name of each
// define, the names of the templates it shows.
func defines(text string, offsets []int) ([]within, map[string]bool, map[string][]string) {
	names := map[string]bool{}
	calls := map[string][]string{}
	out := make([]within, 0, len(offsets))
	var open []within // for each block open, where what it holds is
	in := func() within {
		if len(open) == 0 {
			return within{}
		}
		return open[len(open)-1]
	}
	next := 0 // the first of offsets not yet placed
	for i := 0; ; {
		j := strings.Index(text[i:], "{{")
		if j < 0 {
			break
		}
		j += i
		k := actionEnd(text, j)
		for ; next < len(offsets) && offsets[next] < j; next++ {
			out = append(out, in())
		}
		if k < 0 {
			break
		}
		action := actionText(text[j:k])
		for _, m := range shows.FindAllStringSubmatch(action, -1) {
			if name, err := strconv.Unquote(m[1]); err == nil {
				calls[in().def] = append(calls[in().def], name)
			}
		}
		words := strings.Fields(action)
		if len(words) == 0 {
			words = []string{""}
		}
		switch words[0] {
		case "define", "block":
			var name string
			if len(words) > 1 {
				name, _ = strconv.Unquote(words[1])
			}
			names[name] = true
			open = append(open, within{def: name, cond: words[0] == "block" && in().cond})
		case "if", "with", "range":
			open = append(open, within{def: in().def, cond: true})
		case "end":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		i = k
	}
	for ; next < len(offsets); next++ {
		out = append(out, in())
	}
	return out, names, calls
}

// masks are what maskActions writes in an action in place of what
// would end an attribute's value or a tag, or start one.
var masks = strings.NewReplacer("\x01", `"`, "\x02", "'", "\x03", "`", "\x04", "<", "\x05", ">")

// maskActions returns a copy of a template's text with the quotes and
// angle brackets in its actions masked, byte for byte, so that an HTML
// tokenizer reads src="{{.Asset "img/logo.png"}}" as one attribute,
// and a comment's <link> as no element; unmask gives them back.
func maskActions(data []byte) []byte {
	out := bytes.Clone(data)
	text := string(data)
	for i := 0; ; {
		j := strings.Index(text[i:], "{{")
		if j < 0 {
			break
		}
		j += i
		k := actionEnd(text, j)
		if k < 0 {
			break
		}
		for n := j + 2; n < k-2; n++ {
			switch out[n] {
			case '"':
				out[n] = 1
			case '\'':
				out[n] = 2
			case '`':
				out[n] = 3
			case '<':
				out[n] = 4
			case '>':
				out[n] = 5
			}
		}
		i = k
	}
	return out
}

// unmask returns s, read from a text maskActions masked, as written.
func unmask(s string) string {
	if !strings.ContainsAny(s, "\x01\x02\x03\x04\x05") {
		return s
	}
	return masks.Replace(s)
}

// actionEnd returns the offset just past the action that starts at
// text[j:], "{{", or -1 when it is not closed: a comment's */}}, or
// the first }} outside a quoted string.
func actionEnd(text string, j int) int {
	body := text[j+2:]
	if t := strings.TrimPrefix(body, "- "); strings.HasPrefix(t, "/*") {
		i := strings.Index(t, "*/")
		if i < 0 {
			return -1
		}
		k := strings.Index(t[i:], "}}")
		if k < 0 {
			return -1
		}
		return len(text) - len(t) + i + k + 2
	}
	var quote byte
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case quote != 0:
			if c == '\\' && quote != '`' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '}' && i+1 < len(body) && body[i+1] == '}':
			return j + 2 + i + 2
		}
	}
	return -1
}

// actionText returns what the action a, "{{- if .X -}}", holds between
// its delimiters and trim markers: "if .X".
func actionText(a string) string {
	a = strings.TrimSuffix(strings.TrimPrefix(a, "{{"), "}}")
	if strings.HasPrefix(a, "- ") || strings.HasPrefix(a, "-\t") || strings.HasPrefix(a, "-\n") {
		a = a[1:]
	}
	if strings.HasSuffix(a, " -") || strings.HasSuffix(a, "\t-") || strings.HasSuffix(a, "\n-") {
		a = a[:len(a)-1]
	}
	return strings.TrimSpace(a)
}

// read reads the site's templates, once, and the theme's that the site
// does not replace (base.html and partials.html, whose defines the site
// replaces one by one, always).
func (w *writers) read() {
	if w.files != nil {
		return
	}
	w.files = []template{}
	add := func(fsys fs.FS, file string, site bool) {
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			return
		}
		t := template{name: path.Base(file), site: site}
		var offs []int
		elements(file, maskActions(data), func(e *element) {
			e.src, e.text = data, unmask(e.text)
			for i := range e.attrs {
				e.attrs[i].key, e.attrs[i].val = unmask(e.attrs[i].key), unmask(e.attrs[i].val)
			}
			t.elems = append(t.elems, e)
			offs = append(offs, e.off)
		})
		t.in, t.names, t.calls = defines(string(data), offs)
		w.files = append(w.files, t)
	}
	mine := map[string]bool{}
	if w.src != nil {
		entries, _ := fs.ReadDir(w.src, "templates")
		for _, e := range entries {
			if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".html") {
				mine[e.Name()] = true
				add(w.src, "templates/"+e.Name(), true)
			}
		}
	}
	theme, _ := fs.Glob(brieftemplates.FS, "*.html")
	for _, name := range theme {
		if !mine[name] || name == "base.html" || name == "partials.html" {
			add(brieftemplates.FS, name, false)
		}
	}
}

// place returns the place in the site's templates that writes what o
// describes: an attribute of its name, on an element of its name, whose
// value is the value as written (or holds it, for a list of URLs, a
// refresh's content or CSS), in the one template file, of the site's or
// the theme's, that shows such an element on the page (see shown); when
// two files may have written it, it is neither. When none writes it as
// written, it is the one that writes a link to o.site from every page
// (see writesPath), or, given the page's attributes, the one element
// that may write the value from data. For a value from data, it is the
// one element of the templates in effect, the theme's too, that may have
// written it, when that is the site's.
func (w *writers) place(o origin) (diag.Pos, bool) {
	if !o.data && o.need == "" && (o.attr == "" || o.val == "") {
		return diag.Pos{}, false
	}
	if pos, ok := w.found[o]; ok {
		return pos, pos.File != ""
	}
	w.read()
	var pos diag.Pos
	switch {
	case o.need != "":
		pos = w.lacking(o)
	case o.data:
		pos = w.one(o.tmpl, func(t *template, i int) (diag.Pos, bool) { return writesData(t.elems[i], o) })
	default:
		var n int
		pos, n = w.oneFile(o.tmpl, func(e *element) diag.Pos { return placeIn(e, o) })
		switch {
		case n == 0 && o.site != "":
			pos, _ = w.oneFile(o.tmpl, func(e *element) diag.Pos { return writesPath(e, o) })
		case n == 0 && o.attrs != "":
			// A value the template writes from data, for="q-{{.Section}}".
			pos = w.one(o.tmpl, func(t *template, i int) (diag.Pos, bool) { return writesData(t.elems[i], o) })
		}
	}
	w.found[o] = pos
	return pos, pos.File != ""
}

// oneFile returns where the first element that match finds of the one
// template file that shows such an element on a page of the page
// template tmpl writes it, when it is the site's file, and how many
// files show one.
func (w *writers) oneFile(tmpl string, match func(e *element) diag.Pos) (diag.Pos, int) {
	var pos diag.Pos
	n, site := 0, false
	for i := range w.files {
		t := &w.files[i]
		for j, e := range t.elems {
			if at := match(e); at.File != "" && w.shown(t, j, tmpl) {
				n++
				pos, site = at, t.site
				break
			}
		}
	}
	if n != 1 || !site {
		return diag.Pos{}, n
	}
	return pos, n
}

// one returns where the one element shown on a page of the page
// template tmpl that match finds writes it, when there is one and it is
// the site's.
func (w *writers) one(tmpl string, match func(t *template, i int) (diag.Pos, bool)) diag.Pos {
	var pos diag.Pos
	n, site := 0, false
	for i := range w.files {
		t := &w.files[i]
		for j := range t.elems {
			if at, ok := match(t, j); ok && w.shown(t, j, tmpl) {
				n++
				pos, site = at, t.site
			}
		}
	}
	if n != 1 || !site {
		return diag.Pos{}
	}
	return pos
}

// lacking returns the place in the site's templates of the element o.tag
// that a page lacking o.need was written with: the one such element
// shown on the page (see shown), the theme's too, without what o.need
// names, in a file without it (the element itself without a lang), when
// it is the site's. An alias's page, which needs none, is not sought in
// alias.html. For "one h1", see extraH1.
func (w *writers) lacking(o origin) diag.Pos {
	if o.need == "one h1" {
		return w.extraH1(o)
	}
	var found []diag.Pos
	sites := 0
	for i := range w.files {
		t := &w.files[i]
		if t.name == "alias.html" && o.tmpl == "" {
			continue
		}
		if o.need != "lang" && slices.ContainsFunc(t.elems, func(e *element) bool { return gives(e, o.need) }) {
			continue
		}
		for j, e := range t.elems {
			if e.name == o.tag && (o.need != "lang" || !gives(e, "lang")) && w.shown(t, j, o.tmpl) {
				found = append(found, e.pos)
				if t.site {
					sites++
				}
			}
		}
	}
	if len(found) != 1 || sites != 1 {
		return diag.Pos{}
	}
	return found[0]
}

// extraH1 returns the place in the site's templates of the h1 too many
// on a page with more than one: the h1 of base.html or partials.html that
// is on every page their define is on, outside any {{if}}, when it is the
// one that may have written one of the page's first two; else the one
// that may have written the page's second h1, as written there, and not
// its first, when it is the site's. An h1 in an {{if}} of a header,
// <h1 class="brand"> on the home page alone, is not taken for the one of
// a brief's page, nor a page's title for the h1 a body adds.
func (w *writers) extraH1(o origin) diag.Pos {
	if pos := w.one(o.tmpl, func(t *template, i int) (diag.Pos, bool) {
		e := t.elems[i]
		return e.pos, e.name == "h1" && t.layered() && !t.in[i].cond && (o.h1s[0].fits(t, i) || o.h1s[1].fits(t, i))
	}); pos.File != "" {
		return pos
	}
	return w.one(o.tmpl, func(t *template, i int) (diag.Pos, bool) {
		e := t.elems[i]
		return e.pos, e.name == "h1" && o.h1s[1].fits(t, i) && !o.h1s[0].fits(t, i)
	})
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

// fitsActions reports whether the value v of a page may be the value
// tv of a template gives it: its text, with anything in place of its
// actions, and without the spaces their trim markers take away.
func fitsActions(tv, v string) bool {
	parts := literals(tv)
	if len(parts) == 1 {
		return tv == v
	}
	if !strings.HasPrefix(v, parts[0]) {
		return false
	}
	v = v[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(v, p)
		if i < 0 {
			return false
		}
		v = v[i+len(p):]
	}
	return strings.HasSuffix(v, last)
}

// literals returns the text of a template's tv around its actions, one
// more than there are actions, each without the spaces a trim marker
// beside it takes away.
func literals(tv string) []string {
	parts, _ := literalsAt(tv)
	return parts
}

// literalsAt is literals, with the offset of each action in tv.
func literalsAt(tv string) ([]string, []int) {
	var parts []string
	var actions []int
	off := 0 // of tv, as it is cut, in the whole
	trimLeft := false
	for {
		i := strings.Index(tv, "{{")
		k := -1
		if i >= 0 {
			k = actionEnd(tv, i)
		}
		if k < 0 {
			break
		}
		lit := tv[:i]
		if trimLeft {
			lit = strings.TrimLeft(lit, " \t\r\n")
		}
		if a := tv[i:k]; strings.HasPrefix(a, "{{- ") || strings.HasPrefix(a, "{{-\t") || strings.HasPrefix(a, "{{-\n") {
			lit = strings.TrimRight(lit, " \t\r\n")
		}
		parts, actions = append(parts, lit), append(actions, off+i)
		a := tv[i:k]
		trimLeft = strings.HasSuffix(a, " -}}") || strings.HasSuffix(a, "\t-}}") || strings.HasSuffix(a, "\n-}}")
		tv, off = tv[k:], off+k
	}
	if trimLeft {
		tv = strings.TrimLeft(tv, " \t\r\n")
	}
	return append(parts, tv), actions
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

// onceByPlace returns ps, problems found in generated pages, with those
// a template wrote on sameOnPages pages or more told once. A problem is
// taken for a template's when pages have it alike, but for the part of
// its message that names what it leads to from each, and the site's
// templates write what it is about (the same attribute and value), or
// else when they have it at the same column, on whatever line: the lines
// above it are as long as each page's are. A link that leads elsewhere
// from each page and that bodies write is theirs, and told on each page.
// Told once, a problem is told at the template's place when one was
// found, else at the first page, with how many others have it.
func onceByPlace(ps []problem, w *writers) []diag.Diagnostic {
	type key struct {
		sev  diag.Severity
		same string   // the message, but for what it names from each page
		at   diag.Pos // the place in the site's templates, when found
		col  int      // else the column on the pages
	}
	keys := make([]key, len(ps))
	pages := map[key]map[string]bool{}
	differ := map[key]bool{} // the pages' messages are not all alike
	climbs := map[key]bool{} // the pages' links are not all alike: they climb to the site's root from each
	first := map[key]string{}
	firstURL := map[key]string{}
	for i, p := range ps {
		k := key{sev: p.Severity, same: cmp.Or(p.same, p.Msg)}
		o := p.origin
		o.tmpl = w.templateOf(p.page)
		if p.path != "" && !strings.HasPrefix(p.path, "/") {
			o.site = siteTarget(p.page, p.path)
		}
		if pos, ok := w.place(o); ok {
			k.at = pos
		} else {
			k.col = p.Col
		}
		keys[i] = k
		if pages[k] == nil {
			pages[k] = map[string]bool{}
			first[k], firstURL[k] = p.Msg, p.origin.val
		}
		pages[k][p.File] = true
		if p.Msg != first[k] {
			differ[k] = true
		}
		if p.origin.val != firstURL[k] {
			climbs[k] = true
		}
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return cmp.Or(ps[i].Pos.Compare(ps[j].Pos), strings.Compare(ps[i].Msg, ps[j].Msg))
	})
	told := map[key]bool{}
	bodies := map[key]bool{} // the groups bodies write, by the first page's problem
	var out []diag.Diagnostic
	for _, i := range order {
		p, k := ps[i], keys[i]
		n := len(pages[k])
		if _, done := bodies[k]; !done && n >= sameOnPages && k.at.File == "" && differ[k] {
			bodies[k] = w.inBody(p.origin.val)
		}
		switch {
		case n < sameOnPages, bodies[k]:
			d := p.Diagnostic
			if p.origin.data && k.at.File != "" {
				d.Msg += fmt.Sprintf(" (%s writes it)", k.at)
			}
			out = append(out, d)
			continue
		case told[k]:
			continue
		}
		told[k] = true
		d := p.Diagnostic
		if p.path != "" && !climbs[k] && (differ[k] || strings.HasPrefix(p.path, "/")) {
			d.Msg += relativeHint(p, w.has)
		}
		if k.at.File != "" {
			d.Pos = k.at
			d.Msg += fmt.Sprintf(" (on %s and %d other pages)", p.File, n-1)
		} else {
			d.Msg += fmt.Sprintf(" (and on %d other pages: a template's, most likely, to mend there)", n-1)
		}
		out = append(out, d)
	}
	return out
}

// siteTarget returns the file of the site the relative link path p of
// page leads to, "img/logo.png", or "" for one that climbs above the
// site's root.
func siteTarget(page, p string) string {
	joined := path.Join(path.Dir(page), p)
	if joined == ".." || strings.HasPrefix(joined, "../") {
		return ""
	}
	if strings.HasSuffix(p, "/") || joined == "." {
		return path.Join(joined, "index.html")
	}
	return joined
}

// relativeHint returns what to tell of p, a problem of a link that a
// template writes on many pages, from the server root or relative,
// leading elsewhere from each page's folder: to write it with .Asset (or
// .URL, for a page's folder), which leads to the same file from every
// page. It returns "" for a link that climbs, which names no one file of
// the site.
func relativeHint(p problem, has func(string) bool) string {
	u := strings.TrimSpace(p.origin.val)
	if _, ok := markdown.Scheme(u); ok || u == "" || strings.HasPrefix(u, "//") || strings.HasPrefix(u, `\`) {
		return ""
	}
	fromRoot := strings.HasPrefix(u, "/")
	rest := ""
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u, rest = u[:i], u[i:]
	}
	file, err := url.PathUnescape(u)
	if err != nil || file == "" {
		return ""
	}
	file = path.Clean(strings.TrimPrefix(file, "/"))
	if file == ".." || strings.HasPrefix(file, "../") {
		return ""
	}
	call, target, lacks := fmt.Sprintf(`{{.Asset %q}}`, file), file, ", and put that file in static/"+file
	switch {
	case file == ".":
		call, target = `{{.URL ""}}`, "index.html"
	case strings.HasSuffix(u, "/"):
		call, target, lacks = fmt.Sprintf(`{{.URL %q}}`, file+"/"), file+"/index.html", ", a page the site does not have"
	}
	hint := fmt.Sprintf("; a relative link in a template leads from each page's own folder: write %s%s, which leads to %s from every page", call, rest, target)
	if fromRoot {
		hint = fmt.Sprintf(": in a template, write %s%s, which leads to %s from every page", call, rest, target)
	}
	if !has(target) {
		hint += lacks
	}
	return hint
}
