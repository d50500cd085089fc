package check

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"net/url"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/slug"
)

// urlAttrs are the attributes whose values are URLs a browser follows or
// loads.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true,
	"cite": true, "data": true, "background": true, "xlink:href": true, "srcset": true,
	"manifest": true, "longdesc": true, "ping": true,
}

// DangerousScheme reports whether u has a scheme that runs script or
// embeds a document when followed: javascript:, vbscript: or data:. The
// scheme is read as a browser reads it, ignoring leading blanks and control
// characters and tabs and newlines anywhere, and in any case.
func DangerousScheme(u string) bool {
	s, ok := markdown.Scheme(u)
	return ok && (s == "javascript" || s == "vbscript" || s == "data")
}

// iconData reports whether a is the data: URL of an image in a
// <link rel="icon">, which browsers only ever draw: themes embed their
// icon this way.
func iconData(e *element, a attribute) bool {
	if e.name != "link" || a.key != "href" {
		return false
	}
	rel, _ := e.attr("rel")
	if !slices.Contains(strings.Fields(strings.ToLower(rel.val)), "icon") {
		return false
	}
	s, ok := markdown.Scheme(a.val)
	_, rest, _ := strings.Cut(a.val, ":")
	return ok && s == "data" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest)), "image/")
}

// ref is a URL in an HTML file.
type ref struct {
	elem, attr string
	url        string
	pos        diag.Pos
}

// page is what the checker learned about one HTML file.
type page struct {
	ids    map[string]bool
	refs   []ref     // the URLs with a fragment, checked once every page's ids are known
	found  []problem // ids used more than once, and problems of the URLs without a fragment
	unsafe []problem // what Unsafe reports of the page
	lint   []problem // what Run reports of a page brief generates besides: values html/template blocked, labels for nothing, ids search.js lacks, what a page for readers lacks
}

// scan is what the checker learned about the files of a site.
type scan struct {
	out     Output
	pages   map[string]*page             // the HTML files, by name
	sheets  map[string][]problem         // the problems of the URLs of style sheets, by name
	scripts map[string][]diag.Diagnostic // what Unsafe reports of scripts and data files
}

// problem is a diagnostic of a page, a style sheet or a script. One about
// a link has the page it is on, the link's unescaped path and, for a
// fragment no element has, the id, so that callers can drop problems
// already reported against the Markdown source.
type problem struct {
	diag.Diagnostic
	page, path, id string

	same     string // the message but for what it names from the page it is on, when that differs by page
	origin   origin // what it is about, to find the template that wrote it
	searchJS bool   // it is of what the theme's search.js needs of its page (see ownSearchJS)

	emptyLink bool // it is of a link with no text (see emptyLink)
}

// Links checks every URL in every HTML file and style sheet of files, a
// built site keyed by slash-separated output path (in a style sheet, a
// <style> element or a style attribute, the URLs of url() and @import).
// It reports, with the position of the URL in the file:
//
//   - relative links and resources that resolve to no file of the site
//     (a link to "dir/" resolves to "dir/index.html");
//   - links to a directory without a trailing slash;
//   - fragments that name no id in the target page;
//   - links that start with "/" or climb above the site root, which break
//     when the site is published under a sub-path or opened from disk;
//   - javascript:, vbscript: and data: URLs;
//   - ids used twice in one page.
//
// Absolute http(s), mailto and tel URLs are not followed.
func Links(files map[string][]byte) []diag.Diagnostic {
	sc, _ := scanOutput(context.Background(), Files(files), "")
	var out []diag.Diagnostic
	for _, p := range sc.links() {
		out = append(out, p.Diagnostic)
	}
	return out
}

// links returns the problems Links reports, page by page in the order of
// their names.
func (sc *scan) links() []problem {
	names := slices.Sorted(maps.Keys(sc.pages))
	found := make([][]problem, len(names))
	parallel(len(names), func(i int) {
		pg := sc.pages[names[i]]
		found[i] = slices.Clip(pg.found)
		for _, r := range pg.refs {
			if p, ok := checkRef(sc.out, sc.pages, names[i], r); ok {
				found[i] = append(found[i], p)
			}
		}
	})
	for _, name := range slices.Sorted(maps.Keys(sc.sheets)) {
		found = append(found, sc.sheets[name])
	}
	return slices.Concat(found...)
}

// scanOutput reads each HTML, script and data file of out once, for what
// Links and Unsafe check. It keeps what it learns, not the files.
func scanOutput(ctx context.Context, out Output, baseURL string) (*scan, error) {
	sc := &scan{out: out, pages: map[string]*page{}, sheets: map[string][]problem{}, scripts: map[string][]diag.Diagnostic{}}
	var mu sync.Mutex
	err := out.Each(ctx, scanned, func(name string, data []byte) {
		if isHTML(name) {
			pg := scanPage(out, name, data, baseURL)
			mu.Lock()
			sc.pages[name] = pg
			mu.Unlock()
			return
		}
		if isCSS(name) {
			if ps := scanSheet(out, name, data); len(ps) > 0 {
				mu.Lock()
				sc.sheets[name] = ps
				mu.Unlock()
			}
			return
		}
		if isActiveDoc(name) {
			if ds := unsafeDocument(name, data); len(ds) > 0 {
				mu.Lock()
				sc.scripts[name] = ds
				mu.Unlock()
			}
			return
		}
		if ds := unsafeScript(name, data); len(ds) > 0 {
			mu.Lock()
			sc.scripts[name] = ds
			mu.Unlock()
		}
	})
	return sc, err
}

// scanPage returns what the checker learns of the HTML file name of out,
// whose bytes are data. It checks the URLs without a fragment as it
// finds them, and keeps the others, which need the ids of the pages they
// lead to: a site of thousands of pages has millions of links.
func scanPage(out Output, name string, data []byte, baseURL string) *page {
	pg := &page{ids: map[string]bool{}}
	unsafe := func(pos diag.Pos, o origin, format string, args ...any) {
		pg.unsafe = append(pg.unsafe, problem{Diagnostic: diag.Diagnostic{Pos: pos, Severity: diag.Error, Msg: fmt.Sprintf(format, args...)}, origin: o})
	}
	link := func(r ref) {
		if strings.Contains(r.url, "#") {
			pg.refs = append(pg.refs, r)
		} else if p, ok := checkRef(out, nil, name, r); ok {
			pg.found = append(pg.found, p)
		}
	}
	blocked := bytes.Contains(data, []byte(zgotmplz))
	var f facts
	elements(name, data, func(e *element) {
		if blocked {
			blockedValues(e, func(p problem) { pg.lint = append(pg.lint, p) })
		}
		f.see(e)
		for _, a := range e.attrs {
			switch {
			case a.key == "id" || a.key == "name" && e.name == "a":
				if a.key == "id" && pg.ids[a.val] {
					pg.found = append(pg.found, problem{Diagnostic: diag.Diagnostic{Pos: a.pos, Severity: diag.Warning,
						Msg: fmt.Sprintf("id %q is used more than once in this page", a.val)}, origin: origin{tag: e.name, attr: "id", val: a.val}})
				}
				pg.ids[a.val] = true
			case urlAttrs[a.key]:
				if a.key == "srcset" {
					for _, u := range srcset(a.val) {
						link(ref{e.name, a.key, u, a.pos})
					}
					continue
				}
				if iconData(e, a) {
					continue
				}
				link(ref{e.name, a.key, a.val, a.pos})
			}
		}
		if e.name == "style" {
			for _, r := range cssRefs(e.text) {
				if rf, ok := sheetRef(r, e.lines.Pos(e.textOff+r.off)); ok {
					link(rf)
				}
			}
		}
		if a, ok := e.attr("style"); ok {
			for _, r := range cssRefs(a.val) {
				if rf, ok := sheetRef(r, a.pos); ok {
					link(rf)
				}
			}
		}
		if isRefresh(e) {
			if u, ok := pageRefresh(e); ok {
				c, _ := e.attr("content")
				link(ref{e.name, "content", u, c.pos})
			}
		}
		unsafeElement(name, e, baseURL, unsafe)
	})
	pg.lint = append(pg.lint, f.problems(name, pg.ids)...)
	return pg
}

// scanSheet checks the URLs of the style sheet name of out, whose bytes
// are data, and returns their problems.
func scanSheet(out Output, name string, data []byte) []problem {
	var found []problem
	var ln *diag.Lines
	for _, r := range cssRefs(string(data)) {
		if ln == nil {
			ln = diag.NewLines(name, 1, data)
		}
		if rf, ok := sheetRef(r, ln.Pos(r.off)); ok {
			if p, ok := checkRef(out, nil, name, rf); ok {
				found = append(found, p)
			}
		}
	}
	return found
}

// sheetRef returns the ref of a URL a style sheet loads, at pos. A
// fragment alone names an element of the document using the sheet (an
// SVG filter), not a file, and a data: URL is an image or a font drawn,
// so neither is checked.
func sheetRef(r cssRef, pos diag.Pos) (ref, bool) {
	u := strings.TrimSpace(r.url)
	if s, ok := markdown.Scheme(u); ok && s == "data" || strings.HasPrefix(u, "#") || u == "" {
		return ref{}, false
	}
	attr := "url()"
	if r.fromImport {
		attr = "@import"
	}
	return ref{elem: "css", attr: attr, url: u, pos: pos}, true
}

// parallel calls do(i) for each i in [0, n), as many at a time as there
// are CPUs.
func parallel(n int, do func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				do(i)
			}
		})
	}
	wg.Wait()
}

// srcset returns the URLs of a srcset attribute.
func srcset(v string) []string {
	var out []string
	for _, c := range strings.Split(v, ",") {
		if f := strings.Fields(c); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}

// checkRef checks one URL of page name and returns the problem, if any.
func checkRef(out Output, pages map[string]*page, name string, r ref) (problem, bool) {
	var lpath string // the link's unescaped path, once known
	at := func(sev diag.Severity, format string, args ...any) (problem, bool) {
		return problem{Diagnostic: diag.Diagnostic{Pos: r.pos, Severity: sev, Msg: fmt.Sprintf(format, args...)},
			page: name, path: lpath, origin: origin{tag: r.elem, attr: r.attr, val: r.url}}, true
	}
	u := strings.Trim(r.url, " \t\n\r\f")
	if scheme, ok := markdown.Scheme(u); ok {
		if DangerousScheme(u) {
			return at(diag.Error, "%s %s URL in %s=%q", scheme, kindOf(r), r.attr, short(r.url))
		}
		return problem{}, false // external
	}
	if strings.HasPrefix(u, "//") || strings.HasPrefix(u, `\\`) || strings.HasPrefix(u, `/\`) {
		return problem{}, false // protocol-relative: external
	}
	if r.attr == "action" && u == "" {
		return problem{}, false
	}
	rawPath, frag, hasFrag := strings.Cut(u, "#")
	rawPath, _, _ = strings.Cut(rawPath, "?")
	p, err := url.PathUnescape(rawPath)
	if err != nil {
		return at(diag.Error, "malformed URL %q: %v", short(r.url), err)
	}
	lpath = p
	if strings.HasPrefix(p, "/") {
		return at(diag.Error, "%s %q starts at the server root; it breaks when the site is published under a sub-path or opened from disk; make it relative", kindOf(r), short(r.url))
	}
	target := name
	if p != "" {
		joined := path.Join(path.Dir(name), p)
		if joined == ".." || strings.HasPrefix(joined, "../") {
			return at(diag.Error, "%s %q climbs above the site root", kindOf(r), short(r.url))
		}
		switch {
		case strings.HasSuffix(p, "/") || joined == ".":
			target = path.Join(joined, "index.html")
		default:
			target = joined
		}
		if !out.Has(target) {
			if dir := out.Has(path.Join(joined, "index.html")); dir && target == joined {
				return at(diag.Warning, "%s %q names a directory; link its page, %q, which works from disk too", kindOf(r), short(r.url), rawPath+"/index.html")
			}
			p, ok := at(diag.Error, "broken %s %q: the site has no %s", kindOf(r), short(r.url), target)
			p.same = fmt.Sprintf("broken %s %q", kindOf(r), short(fromRoot(r.url)))
			return p, ok
		}
	}
	if hasFrag && frag != "" && frag != "top" && frag != zgotmplz { // a URL html/template blocked: see blockedValues
		if pg, ok := pages[target]; ok {
			id, err := url.PathUnescape(frag)
			if err != nil {
				id = frag
			}
			if !pg.ids[id] && !pg.ids[frag] {
				where := "this page"
				if target != name {
					where = target
				}
				var near []string // ids but for accents and case
				for have := range pg.ids {
					if slug.Key(have) == slug.Key(id) {
						near = append(near, have)
					}
				}
				hint := ""
				if len(near) > 0 {
					hint = fmt.Sprintf("; did you mean %q? (an id keeps its accents and case)", slices.Min(near))
				}
				p, ok := at(diag.Warning, "%s %q: no element with id %q in %s%s", kindOf(r), short(r.url), id, where, hint)
				p.id = id
				p.same = fmt.Sprintf("%s %q: no element with id %q", kindOf(r), short(fromRoot(r.url)), id)
				return p, ok
			}
		}
	}
	return problem{}, false
}

// fromRoot returns the relative URL u without the ../ it climbs by: the
// same for the link .Asset or .URL writes on pages of every depth,
// ../../img/logo.png and img/logo.png, told once as a template's.
func fromRoot(u string) string {
	for {
		if rest, ok := strings.CutPrefix(u, "../"); ok {
			u = rest
			continue
		}
		if rest, ok := strings.CutPrefix(u, "./"); ok && rest != "" {
			u = rest
			continue
		}
		return u
	}
}

// kindOf names what a URL is for in messages.
func kindOf(r ref) string {
	switch {
	case r.attr == "href" && (r.elem == "a" || r.elem == "area"):
		return "link"
	case r.elem == "img" || r.attr == "srcset" || r.attr == "poster":
		return "image"
	case r.elem == "script":
		return "script"
	case r.elem == "meta":
		return "redirect"
	case r.elem == "link":
		return "resource"
	case r.attr == "action" || r.attr == "formaction":
		return "form action"
	case r.elem == "css":
		return "style sheet's " + r.attr
	}
	return "URL"
}

// short abbreviates long URLs in messages.
func short(u string) string {
	if len(u) > 120 {
		return strings.ToValidUTF8(u[:117], "") + "..."
	}
	return u
}
