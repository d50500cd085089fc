package markdown

import (
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// PageLink returns the standalone page of s that a link dest in the body
// of the file from (a path from the site root, content/briefs/talks.md)
// leads to when it names the page's Markdown file, relative to from
// ([About](../about.md)) or, as Zola writes it, to content/
// ([About](@/about.md)), or its address from the site's root, with or
// without its slash ([About](/about/), [About](/about), as Hugo's sites
// write it), and the link's #fragment.
func PageLink(s *site.Site, from, dest string) (p *site.Page, frag string, ok bool) {
	if len(s.Pages) == 0 {
		return nil, "", false
	}
	if name, frag, ok := rootSlug(dest); ok {
		for _, p := range s.Pages {
			if p.Slug == name {
				return p, fragmentID(frag), true // /about/#Method, as ../about.md#Method
			}
		}
		return nil, "", false
	}
	file, frag, _ := strings.Cut(dest, "#")
	file, _ = cutMDQuery(file) // about.md?v=2, whose link keeps its query (see pageHref)
	if len(file) < 3 || !strings.EqualFold(file[len(file)-3:], ".md") {
		return nil, "", false
	}
	if u, err := url.PathUnescape(file); err == nil {
		file = u
	}
	written := path.Clean(strings.TrimPrefix(file, "@/"))
	if rest, ok := strings.CutPrefix(file, "@/"); ok {
		file = path.Join("content", rest)
	} else if _, scheme := Scheme(file); scheme || strings.HasPrefix(file, "//") {
		return nil, "", false
	} else if strings.HasPrefix(file, "/") {
		file = path.Join("content", file)
	} else {
		file = path.Join(path.Dir(from), file)
	}
	for _, p := range s.Pages {
		if p.File == file {
			return p, fragmentID(frag), true
		}
	}
	if p := pageByName(s, written); p != nil {
		return p, fragmentID(frag), true
	}
	return nil, "", false
}

// pageByName returns the standalone page of s whose file's name (its
// folder's, for about/index.md) or slug is the name of file, a Markdown
// file's path as a link writes it, as a brief's file is found by its name from anywhere
// ([e](about.md) in content/briefs/talks/index.md); or nil. A file in a
// kind's folder or briefs/ names none, and a brief's or profile's name
// wins over a page's, as MarkdownLink finds them.
func pageByName(s *site.Site, file string) *site.Page {
	name := strings.TrimSuffix(path.Base(file), path.Ext(file))
	dir := path.Base(path.Dir(file))
	if name == "index" || name == "_index" {
		name, dir = dir, path.Base(path.Dir(path.Dir(file)))
	}
	if _, ok := site.KindOf(dir); ok || dir == "briefs" {
		return nil
	}
	key := slug.Key(name)
	if _, ok := s.Names[key]; ok || key == "" {
		return nil
	}
	if _, ok := s.Names[site.BriefKey(key)]; ok {
		return nil
	}
	for _, p := range s.Pages {
		if slug.Key(pageName(p)) == key || slug.Key(p.Slug) == key {
			return p
		}
	}
	return nil
}

// pageName returns the name of p's file, without .md, or its folder's,
// for content/about/index.md.
func pageName(p *site.Page) string {
	if p.Bundle {
		return path.Base(path.Dir(p.File))
	}
	return strings.TrimSuffix(path.Base(p.File), ".md")
}

// rootSlug returns the slug of the standalone page that dest, a path
// from the site's root, is the address of (/about/, /about,
// /about/index.html), and its #fragment; ok is false for any other.
func rootSlug(dest string) (name, frag string, ok bool) {
	p, frag, _ := strings.Cut(dest, "#")
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.Contains(p, "?") {
		return "", "", false
	}
	q := strings.TrimSuffix(strings.TrimPrefix(p, "/"), "index.html")
	q = strings.TrimSuffix(q, "/")
	if u, err := url.PathUnescape(q); err == nil {
		q = u
	}
	if q == "" || strings.Contains(q, "/") || strings.Contains(q, ".") {
		return "", "", false
	}
	return q, frag, true
}

// draftPageAt returns the file of the draft page, left out of s, whose
// address dest is (/method/), as s.DraftNames names it.
func draftPageAt(s *site.Site, dest string) (string, bool) {
	name, _, ok := rootSlug(dest)
	if !ok {
		return "", false
	}
	file, ok := s.DraftNames[slug.Key(name)]
	if !ok || strings.HasPrefix(file, "content/briefs/") { // a brief's address is briefs/<slug>/
		return "", false
	}
	return file, true
}

// failedPageAt returns the file of the page, left out of s for its
// errors, whose address dest is (/about/), as s.Failed names it.
func failedPageAt(s *site.Site, dest string) (string, bool) {
	name, _, ok := rootSlug(dest)
	if !ok || s == nil {
		return "", false
	}
	file, ok := s.Failed[slug.Key(name)]
	dir := path.Dir(file)
	if path.Base(file) == "index.md" {
		dir = path.Dir(dir)
	}
	if !ok || dir != "content" { // a brief's or a profile's address has its folder
		return "", false
	}
	return file, true
}

// pageHref returns the link from doc's page to the standalone page that
// dest, at offset at, names (see PageLink), and whether it names one. Its
// #fragment is checked against the page's headings, as a link's into a
// brief is.
func (t transformer) pageHref(doc *Doc, dest string, at int) (string, bool) {
	p, frag, ok := PageLink(doc.Site, doc.File, dest)
	if !ok {
		return "", false
	}
	href := doc.href(p.Path(), t.opts.PrettyURLs) + mdQuery(dest)
	if frag != "" {
		href += "#" + frag
		id := frag
		if u, err := url.PathUnescape(frag); err == nil {
			id = u
		}
		doc.fragments = append(doc.fragments, fragmentLink{page: standalone(p), id: id, link: dest, markdown: true, title: p.Title, pos: doc.pos(at)})
	}
	return href, true
}

// standalone returns the page of the fragment links into p.
func standalone(p *site.Page) page { return page{standalone: true, slug: p.Slug} }

// wikiPage returns the standalone page of s that a wikilink's target, as
// written (without its #Heading), whose key is key, names by its title or its file's name (its folder's,
// for content/about/index.md): [[About this briefing]], [[about]]; or
// nil. It is asked only when the name table names nothing by key, so a
// brief's or profile's name wins over a page's. The markdown cache does
// not see pages: the build starts it afresh when they change (see
// build.Cache).
func wikiPage(s *site.Site, target, key string, keyOf func(string) string) *site.Page {
	if len(s.Pages) == 0 || key == "" || strings.Contains(target, "/") {
		return nil
	}
	for _, p := range s.Pages {
		if keyOf(p.Title) == key {
			return p
		}
	}
	for _, p := range s.Pages {
		if keyOf(pageName(p)) == key || keyOf(p.Slug) == key {
			return p
		}
	}
	return nil
}

// WikiPage returns the standalone page of s that a wikilink to target
// (without its #Heading) leads to, as the build resolves it, or nil: one
// that the name table names nothing by.
func WikiPage(s *site.Site, target string) *site.Page {
	key, _ := WikiKey(target, slug.Key)
	if _, ok := s.Names[key]; ok {
		return nil
	}
	return wikiPage(s, target, key, slug.Key)
}

// linkPage replaces w, a wikilink whose target names the standalone page
// p, with a link to it; without a label it shows the target as written,
// or the page's title for a link by its file's name.
func (t transformer) linkPage(doc *Doc, w *WikiLink, p *site.Page, target, frag string) {
	parent := w.Parent()
	label := w.Label
	if label == nil {
		text := strings.TrimSpace(target)
		if doc.key(text) != doc.key(p.Title) {
			text = p.Title
		}
		if frag = strings.TrimSpace(frag); frag != "" {
			text += " › " + frag
		}
		label = []byte(text)
	}
	if insideLink(w) {
		parent.ReplaceChild(parent, w, ast.NewString(label)) // links do not nest
		return
	}
	href := doc.href(p.Path(), t.opts.PrettyURLs)
	if frag != "" {
		id := slug.Anchor(frag)
		href += "#" + id
		doc.fragments = append(doc.fragments, fragmentLink{page: standalone(p), id: id, link: string(w.Target), title: p.Title, pos: doc.pos(w.Offset)})
	}
	link := ast.NewLink()
	link.Destination = []byte(href)
	link.SetAttributeString("class", []byte("wikilink"))
	link.AppendChild(link, ast.NewString(label))
	parent.ReplaceChild(parent, w, link)
}
