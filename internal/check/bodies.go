package check

// What the bodies of briefs, profiles and pages write, as check parses
// their Markdown, and where a problem of a generated page that a body
// wrote is told: at the body's line, once, whatever pages show the body.

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/site"
)

// bodyKey names what a body writes that a problem of a page may be
// about: the attribute attr of an element tag with the value val, as
// bodyVal and linkVal spell it.
type bodyKey struct{ tag, attr, val string }

// bodyPlace is where a body writes what a bodyKey names.
type bodyPlace struct {
	pos  diag.Pos
	page string // the output path of the body's own page, "briefs/a/index.html"
	slug string // a brief's slug, by which the printable briefing scopes the body's ids and links to them; "" for another body
	dest string // a Markdown link's destination as written, "" for raw HTML
	told bool   // lint tells of it at the source: a Markdown link without text
}

// bodyPlaces is where the bodies of a site's briefs, profiles and pages
// write the links and the raw HTML elements a page's problem may be
// about.
type bodyPlaces struct {
	at    map[bodyKey][]bodyPlace
	slugs map[string]bool // the slugs of the briefs
}

// add notes what the body src of the file at lines, shown on its own
// page, writes: its Markdown links and images, links, and the elements
// of its raw HTML, at the spans raw. slug is the brief's, or "".
func (bp *bodyPlaces) add(s *site.Site, self *site.Brief, file, page, slug string, lines func() *diag.Lines, links []mdLink, raw [][2]int, src []byte) {
	if bp.at == nil {
		bp.at = map[bodyKey][]bodyPlace{}
		bp.slugs = map[string]bool{}
	}
	if slug != "" {
		bp.slugs[slug] = true
	}
	note := func(k bodyKey, pl bodyPlace) {
		pl.page, pl.slug = page, slug
		bp.at[k] = append(bp.at[k], pl)
	}
	for _, l := range links {
		if l.wiki || l.off < 0 || !markdown.SafeLink(l.dest) {
			continue
		}
		tag, attr := "a", "href"
		if l.image {
			tag, attr = "img", "src"
		}
		val := markdownVal(s, self, file, page, strings.TrimSpace(markdown.ResolvedDest(l.dest)))
		note(bodyKey{tag, attr, val}, bodyPlace{pos: lines().Pos(l.off), dest: l.dest, told: l.silent && !l.image})
	}
	for _, span := range raw {
		elements(file, src[span[0]:span[1]], func(e *element) {
			for _, a := range e.attrs {
				pl := bodyPlace{pos: lines().Pos(span[0] + a.off)}
				switch {
				case a.key == "srcset":
					for _, u := range srcset(a.val) {
						note(bodyKey{e.name, a.key, bodyVal(u)}, pl)
					}
				case urlAttrs[a.key]:
					note(bodyKey{e.name, a.key, bodyVal(a.val)}, pl)
					if u, ok := fragmentVal(a.val); ok {
						note(bodyKey{e.name, a.key, u}, pl)
					}
				case a.key == "id" || a.key == "for" && e.name == "label":
					note(bodyKey{e.name, a.key, bodyVal(a.val)}, pl)
				}
			}
		})
	}
}

// bodyVal spells a value as written, unescaped: "=" and the value.
func bodyVal(v string) string {
	v = strings.TrimSpace(v)
	if u, err := url.PathUnescape(v); err == nil {
		v = u
	}
	return "=" + v
}

// fragmentVal spells a link to an id of its own page, "#part", as "#"
// and the id, unescaped.
func fragmentVal(u string) (string, bool) {
	frag, ok := strings.CutPrefix(strings.TrimSpace(u), "#")
	if !ok {
		return "", false
	}
	if id, err := url.PathUnescape(frag); err == nil {
		frag = id
	}
	return "#" + frag, true
}

// relativePath returns the path of the relative URL u, unescaped, or
// false for another URL or one from the server root.
func relativePath(u string) (string, bool) {
	u = strings.TrimSpace(u)
	if _, has := markdown.Scheme(u); has || strings.HasPrefix(u, "/") || strings.HasPrefix(u, `\`) {
		return "", false
	}
	p, _, _ := strings.Cut(u, "#")
	p, _, _ = strings.Cut(p, "?")
	if up, err := url.PathUnescape(p); err == nil {
		p = up
	}
	return p, p != ""
}

// linkVal spells a relative link by what it leads to from page: "→",
// the path from the site's root, a folder's index page by the folder,
// then "#" and the id, unescaped; ok is false for any other URL.
func linkVal(page, u string) (string, bool) {
	u = strings.TrimSpace(u)
	if _, has := markdown.Scheme(u); has || u == "" || strings.HasPrefix(u, "#") || strings.HasPrefix(u, "//") {
		return "", false
	}
	p, frag, _ := strings.Cut(u, "#")
	p, _, _ = strings.Cut(p, "?")
	if up, err := url.PathUnescape(p); err == nil {
		p = up
	}
	if id, err := url.PathUnescape(frag); err == nil {
		frag = id
	}
	joined := joinLink(page, p)
	if strings.HasSuffix(p, "/") {
		joined += "/"
	}
	return "→" + siteDir(joined) + "#" + frag, true
}

// siteDir returns p, a path from the site's root, cleaned, with the
// trailing slash of a folder it has, and a folder's index page as the
// folder: "briefs/b/" for briefs/a/../b/index.html, "briefs/b" for
// briefs/b, a link to the folder without its slash.
func siteDir(p string) string {
	folder := strings.HasSuffix(p, "/")
	p = path.Clean(p)
	if p == "index.html" || p == "." {
		return "./"
	}
	if rest, ok := strings.CutSuffix(p, "/index.html"); ok {
		return rest + "/"
	}
	if folder {
		return p + "/"
	}
	return p
}

// markdownVal spells the Markdown link dest of a body of the file, shown
// on page, as a bodyKey does the link it renders to: one to another
// Markdown file or a page by what it leads to, as the build makes it.
func markdownVal(s *site.Site, self *site.Brief, file, page, dest string) string {
	if v, ok := fragmentVal(dest); ok {
		return v
	}
	lead := func(dir, frag string) string {
		if id, err := url.PathUnescape(frag); err == nil {
			frag = id
		}
		return "→" + siteDir(dir) + "#" + frag
	}
	if p, frag, ok := markdown.PageLink(s, file, dest); ok {
		return lead(p.Path(), frag)
	}
	if tg, frag, ok := markdown.MarkdownLink(s, self, dest); ok {
		return lead(tg.Path(), frag)
	}
	if v, ok := linkVal(page, dest); ok {
		return v
	}
	return bodyVal(dest)
}

// placeOf returns where a body writes what the problem p of its page is
// about: a body its page shows as its own, or, on a page that scopes a
// brief's ids ("a:part", see render.Page.PrintHTML), that brief's; and
// the slug the page scoped it by. With any set, it returns too a place
// of any body that writes it, on whatever page.
func (bp *bodyPlaces) placeOf(p problem, any bool) (bodyPlace, string, bool) {
	o := p.origin
	if bp.at == nil || o.tag == "" || o.attr == "" {
		return bodyPlace{}, "", false
	}
	type scoped struct {
		key  bodyKey
		slug string
	}
	var keys []scoped
	keys = append(keys, scoped{bodyKey{o.tag, o.attr, bodyVal(o.val)}, ""})
	if urlAttrs[o.attr] {
		if v, ok := fragmentVal(o.val); ok {
			keys = append(keys, scoped{bodyKey{o.tag, o.attr, v}, ""})
			// A link to #top, which checkRef takes for the page's top,
			// the printable briefing scopes as it scopes any: its
			// problem there is the page's.
			if slug, rest, ok := strings.Cut(v[1:], ":"); ok && bp.slugs[slug] && rest != "top" {
				keys = append(keys, scoped{bodyKey{o.tag, o.attr, "#" + rest}, slug})
			}
		} else if v, ok := linkVal(p.page, o.val); ok {
			keys = append(keys, scoped{bodyKey{o.tag, o.attr, v}, ""})
		}
	}
	if o.attr == "id" {
		if slug, rest, ok := strings.Cut(o.val, ":"); ok && bp.slugs[slug] {
			keys = append(keys, scoped{bodyKey{o.tag, o.attr, bodyVal(rest)}, slug})
		}
	}
	for _, k := range keys {
		for _, pl := range bp.at[k.key] {
			if k.slug == "" && pl.page == p.page || k.slug != "" && pl.slug == k.slug {
				return pl, k.slug, true
			}
		}
	}
	if any {
		for _, k := range keys {
			if pls := bp.at[k.key]; len(pls) > 0 && k.slug == "" {
				return pls[0], "", true
			}
		}
	}
	return bodyPlace{}, "", false
}

// tell returns ps, problems of generated pages, without those a body
// wrote, and those told at the body's line, once: a problem a body's
// own page has, or a page that scopes its ids, such as the printable
// briefing; then one that a page showing bodies has alike (a template
// of the site's may show them anywhere), when already told. A Markdown
// link's problem is told with its destination as written, and one of
// another page than the body's own with the page, which the body's own
// does not have. A link without text that lint told of at its Markdown
// source is left out.
func (bp *bodyPlaces) tell(ps []problem) (rest []problem, told []diag.Diagnostic) {
	type key struct {
		pos  diag.Pos
		sev  diag.Severity
		same string
	}
	seen := map[key]bool{}
	done := make([]bool, len(ps))
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return cmp.Or(strings.Compare(ps[i].page, ps[j].page), ps[i].Pos.Compare(ps[j].Pos))
	})
	for pass := range 3 {
		for _, i := range order {
			if done[i] {
				continue
			}
			p := ps[i]
			pl, slug, ok := bp.placeOf(p, pass == 2)
			if !ok || pass == 0 && slug != "" || pass == 1 && slug == "" {
				continue
			}
			d, same := p.Diagnostic, cmp.Or(p.same, p.Msg)
			if slug != "" {
				unscope := strings.NewReplacer(`"#`+slug+":", `"#`, `"`+slug+":", `"`)
				d.Msg, same = unscope.Replace(d.Msg), unscope.Replace(same)
			}
			k := key{pl.pos, p.Severity, same}
			if pass == 2 && !seen[k] && !(pl.told && p.emptyLink) {
				continue // not the body's, as far as is known
			}
			done[i] = true
			if seen[k] || pl.told && p.emptyLink {
				continue
			}
			seen[k] = true
			d.Pos = pl.pos
			if v := strings.TrimSpace(p.origin.val); pl.dest != "" && v != pl.dest && slug == "" {
				d.Msg = strings.ReplaceAll(d.Msg, v, pl.dest)
			}
			if p.page != pl.page {
				d.Msg += fmt.Sprintf(" (on %s)", p.Pos.File)
			}
			told = append(told, d)
		}
	}
	for i, p := range ps {
		if !done[i] {
			rest = append(rest, p)
		}
	}
	return rest, told
}

// holds reports whether the Markdown link n holds an image or raw HTML,
// which may give it something a screen reader says.
func holds(n ast.Node) (image, raw bool) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch c.(type) {
		case *ast.Image:
			image = true
		case *ast.RawHTML:
			raw = true
		}
		return ast.WalkContinue, nil
	})
	return image, raw
}

// linkBare returns the message of a Markdown link to dest with nothing
// between its brackets.
func linkBare(dest string) string {
	if strings.ContainsAny(dest, " ()") && !strings.ContainsAny(dest, "<>") {
		dest = "<" + dest + ">"
	}
	return fmt.Sprintf("link has no text: a reader sees nothing to follow, and a screen reader reads out only \"link\" or its address; write its text between the brackets, [what it leads to](%s)", dest)
}

// emptyLink reports whether the link element e, of a page, has nothing
// a reader sees or a screen reader reads out: no aria-label,
// aria-labelledby or title, and nothing up to its end tag but tags and
// blanks, with no image with an alt nor any element with an aria-label.
// A link hidden from screen readers, or whose end is not found, is not.
func emptyLink(e *element) bool {
	for _, k := range []string{"aria-label", "aria-labelledby", "title"} {
		if a, ok := e.attr(k); ok && strings.TrimSpace(a.val) != "" {
			return false
		}
	}
	if a, ok := e.attr("aria-hidden"); ok && strings.EqualFold(strings.TrimSpace(a.val), "true") {
		return false
	}
	inner, ok := linkInner(e)
	if !ok {
		return false
	}
	empty := true
	elements("", inner, func(c *element) {
		for _, a := range c.attrs {
			if (a.key == "alt" || a.key == "aria-label" || a.key == "aria-labelledby" || a.key == "title") && strings.TrimSpace(a.val) != "" {
				empty = false
			}
		}
		if c.name == "svg" || c.name == "math" || c.name == "object" || c.name == "iframe" {
			empty = false // what it shows is not read here
		}
	})
	return empty && len(bytes.TrimSpace(textOf(inner))) == 0
}

// linkInner returns what the page holds between the link e's tag and
// its end tag, </a>, in the next 4 KB.
func linkInner(e *element) ([]byte, bool) {
	rest := e.src[min(e.end, len(e.src)):]
	rest = rest[:min(len(rest), 4096)]
	lower := asciiLower(nil, rest)
	for from := 0; ; {
		i := bytes.Index(lower[from:], []byte("</a"))
		if i < 0 {
			return nil, false
		}
		i += from
		if j := i + 3; j == len(lower) || isSpace(lower[j]) || lower[j] == '>' {
			return rest[:i], true
		}
		from = i + 3
	}
}

// textOf returns the text of the HTML fragment h, its character
// references resolved, without its tags and comments.
func textOf(h []byte) []byte {
	var out []byte
	for len(h) > 0 {
		i := bytes.IndexByte(h, '<')
		if i < 0 {
			out = append(out, h...)
			break
		}
		out = append(out, h[:i]...)
		h = h[i:]
		end := []byte(">")
		if bytes.HasPrefix(h, []byte("<!--")) {
			end = []byte("-->")
		}
		j := bytes.Index(h, end)
		if j < 0 {
			break
		}
		h = h[j+len(end):]
	}
	return []byte(strings.TrimSpace(html.UnescapeString(string(out))))
}

// mdLink is a link or image destination in a Markdown body, or the
// target of a wikilink.
type mdLink struct {
	dest      string
	image     bool
	described bool // an image with a text between its brackets, its alt
	wiki      bool
	silent    bool // a link with no text, nor raw HTML: its image's description, if any, is all a screen reader says of it
	empty     bool // a silent link without an image either: nothing a reader sees or hears
	off       int  // byte offset in the body, -1 if unknown
}

// markdownLinks returns the links and images of a Markdown body, and the
// targets of its wikilinks.
func markdownLinks(md goldmark.Markdown, src []byte) []mdLink {
	links, _, _ := bodyMarkup(md, src)
	return links
}

// bodyMarkup returns what markdownLinks returns, the spans of the
// body's raw HTML, inline or a block, as byte offsets [start, end), and
// its headings.
func bodyMarkup(md goldmark.Markdown, src []byte) ([]mdLink, [][2]int, []mdHeading) {
	root := md.Parser().Parse(text.NewReader(src))
	var out []mdLink
	var raw [][2]int
	var heads []mdHeading
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			image, raw := holds(n)
			silent := !raw && !hasText(n, src)
			out = append(out, mdLink{dest: string(n.Destination), off: n.Pos(), silent: silent, empty: silent && !image})
		case *ast.Image:
			out = append(out, mdLink{dest: string(n.Destination), image: true, described: hasText(n, src), off: n.Pos()})
		case *markdown.WikiLink:
			out = append(out, mdLink{dest: string(n.Target), wiki: true, off: n.Offset})
		case *ast.Heading:
			if h, ok := writtenHeading(n, src); ok {
				heads = append(heads, h)
			}
		case *ast.RawHTML:
			if segs := n.Segments; segs.Len() > 0 {
				raw = append(raw, [2]int{segs.At(0).Start, segs.At(segs.Len() - 1).Stop})
			}
		case *ast.HTMLBlock:
			if lines := n.Lines(); lines.Len() > 0 {
				stop := lines.At(lines.Len() - 1).Stop
				if n.HasClosure() {
					stop = n.ClosureLine.Stop
				}
				raw = append(raw, [2]int{lines.At(0).Start, stop})
			}
		}
		return ast.WalkContinue, nil
	})
	return out, raw, heads
}

// hasText reports whether n holds text other than spaces.
func hasText(n ast.Node, src []byte) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return true
			}
		case *ast.String:
			if len(bytes.TrimSpace(c.Value)) > 0 {
				return true
			}
		case *ast.AutoLink, *markdown.WikiLink:
			return true
		}
		if hasText(c, src) {
			return true
		}
	}
	return false
}
