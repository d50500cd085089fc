package check

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/tmplsrc"
	brieftemplates "github.com/briefsite/brief/templates"
)

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
		return render.PageTemplate(t.name) && (tmpl == "" || t.name == tmpl)
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
		j, k := tmplsrc.NextAction(text, i)
		if j < 0 {
			break
		}
		for ; next < len(offsets) && offsets[next] < j; next++ {
			out = append(out, in())
		}
		if k < 0 {
			break
		}
		action := tmplsrc.Text(text[j:k])
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
