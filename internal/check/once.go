package check

import (
	"cmp"
	"fmt"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
)

// sameOnPages is how many pages one problem must be found on, alike at
// one column, to be taken for a template's and told once when no
// template of the site's is found to write it: on fewer, pages of
// bodies alike at a column may be chance. One a template of the site's
// is found to write is told there, once, on however many pages.
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

// onceByPlace returns ps, problems found in generated pages, with those
// a template wrote on sameOnPages pages or more told once. A problem is
// taken for a template's when pages have it alike, but for the part of
// its message that names what it leads to from each, and the site's
// templates write what it is about (the same attribute and value), or
// else when they have it at the same column, on whatever line: the lines
// above it are as long as each page's are. A link that leads elsewhere
// from each page and that bodies write is theirs, and told on each page.
// Told once, a problem is told at the template's place when one was
// found, on however many pages, with the pages, or how many others have
// it; else at the first page, with how many others have it. A value a
// template writes from data is the data's, told on each page of fewer.
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
		case bodies[k], n < sameOnPages && (k.at.File == "" || p.origin.data):
			// A value from data is the data's problem, on its page.
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
		switch {
		case k.at.File != "" && n < sameOnPages:
			d.Pos = k.at
			d.Msg += fmt.Sprintf(" (on %s)", strings.Join(slices.Sorted(maps.Keys(pages[k])), " and "))
		case k.at.File != "":
			d.Pos = k.at
			d.Msg += fmt.Sprintf(" (on %s and %d other pages)", p.File, n-1)
		default:
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
