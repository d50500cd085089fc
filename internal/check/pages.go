package check

import (
	"fmt"
	"strings"

	"github.com/briefsite/brief/internal/diag"
)

// searchIDs are the ids of the elements search.js finds on the page that
// loads it, each with the element the theme's search.html gives it:
// without one, search does nothing.
var searchIDs = []struct{ id, elem string }{
	{"q", `<input type="search" id="q" name="q">`},
	{"search-results", `<ol id="search-results" data-root="{{.Asset ""}}"></ol>`},
	{"search-status", `<p id="search-status" role="status" aria-live="polite"></p>`},
}

// facts is what the checks of a page as a whole learn of it element by
// element, in the one walk of the page that Links and Unsafe make.
type facts struct {
	labels []attribute // the for attributes of labels
	search *element    // the script element that loads search.js
	index  bool        // the page loads search-index.js before it
}

// see notes what element e tells of the page.
func (f *facts) see(e *element) {
	switch e.name {
	case "label":
		if a, ok := e.attr("for"); ok {
			f.labels = append(f.labels, a)
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

// problems returns what the page's facts tell of it, given its ids: a
// label for no element of the page, and on a page that loads search.js,
// an element it needs that the page lacks.
func (f *facts) problems(ids map[string]bool) []problem {
	var out []problem
	warn := func(pos diag.Pos, o origin, format string, args ...any) {
		out = append(out, problem{Diagnostic: diag.Diagnostic{Pos: pos, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)}, origin: o})
	}
	for _, a := range f.labels {
		if !ids[a.val] {
			warn(a.pos, origin{tag: "label", attr: "for", val: a.val},
				"<label for=%q> labels nothing: no element of its page has id %q, so a screen reader does not read the label with its field, and a click on it does nothing; give the field id=%q", a.val, a.val, a.val)
		}
	}
	if f.search == nil {
		return out
	}
	src, _ := f.search.attr("src")
	o := origin{tag: "script", attr: "src", val: src.val}
	for _, s := range searchIDs {
		if !ids[s.id] {
			warn(f.search.pos, o, "search.js finds no element with id %q on this page, and search does nothing without it: keep %s in search.html", s.id, s.elem)
		}
	}
	if !f.index {
		warn(f.search.pos, o, `search.js has no index to search: load search-index.js before it, <script src="{{.Asset "assets/search-index.js"}}"></script>`)
	}
	return out
}
