package markdown

import (
	"net/url"
	"path"
	"strings"

	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// AddressDraft returns the file of the draft, left out of s, whose page a
// link dest in a body shown on page (the page's path from the site's
// root, briefs/a/index.html) leads to by its address relative to page:
// [b](../b/) or [b](../b/index.html) from a brief to the draft brief
// content/briefs/b.md, [m](../../method/) to the draft page
// content/method.md. A link to a page the site has, a brief's old slug
// among them, names no draft; nor does one from the site's root, or to a
// Markdown file, which MarkdownLink and LinkedDraft read.
func AddressDraft(s *site.Site, page, dest string) (string, bool) {
	file, _, _, ok := addressDraft(s, page, dest, slug.Key)
	return file, ok
}

// addressDraft is AddressDraft with what a conversion that records its
// lookups notes of the link (see markdownLink): it looked a name up,
// noted is true, and l is what it found. A link to a brief's page notes
// the brief, so that the brief becoming a draft converts the body again;
// one to no page notes that it found nothing, so that a draft appearing
// there, or leaving, does. A standalone page's address notes nothing: a
// change to the site's pages converts every body again (see the build's
// Cache).
func addressDraft(s *site.Site, page, dest string, keyOf func(string) string) (file string, l lookup, noted, ok bool) {
	dir, name, ok := pageAddress(page, dest)
	if !ok || s == nil {
		return "", l, false, false
	}
	if dir == "briefs" {
		if tg, _, key, _, ok := rootPage(s, "/briefs/"+name+"/", "", keyOf); ok {
			return "", lookupOf(key, tg, true), true, false // the brief's page, or its old one
		}
	} else {
		for _, p := range s.Pages {
			if p.Slug == name {
				return "", l, false, false
			}
		}
	}
	key := keyOf(name)
	l, noted = lookupOf(key, site.Target{}, false), true
	file, ok = s.DraftNames[key]
	if !ok || !draftAt(file, dir, name) || dir == "briefs" && oldSlugOf(s, name) {
		return "", l, noted, false
	}
	return file, l, noted, true
}

// oldSlugOf reports whether a brief of s has an alias at briefs/<name>/,
// its page's address before its file was renamed: a page the site has.
func oldSlugOf(s *site.Site, name string) bool {
	for _, b := range s.Briefs {
		if hasOldSlug(b, name) {
			return true
		}
	}
	return false
}

// pageAddress returns where a relative link dest on page leads, when it
// is the address of a brief's page, briefs/<name>/ (dir is "briefs"), or
// of a standalone page's, <name>/ (dir is ""), with or without its
// index.html.
func pageAddress(page, dest string) (dir, name string, ok bool) {
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if page == "" || p == "" || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) {
		return "", "", false
	}
	if _, scheme := Scheme(p); scheme {
		return "", "", false
	}
	p, err := url.PathUnescape(p)
	if err != nil {
		return "", "", false
	}
	q := path.Join(path.Dir(page), p)
	if q == ".." || strings.HasPrefix(q, "../") {
		return "", "", false
	}
	q = strings.TrimSuffix(q, "/index.html")
	dir, name, cut := strings.Cut(q, "/")
	if !cut {
		dir, name = "", q
	}
	switch {
	case name == "" || strings.ContainsAny(name, "/."): // a slug has no dot: feed.xml, ../../
		return "", "", false
	case dir == "briefs":
		return dir, name, name != site.ByYear
	case dir == "":
		return dir, name, !site.ReservedPage(name)
	}
	return "", "", false
}

// draftAt reports whether the page of the draft file, a brief's under
// content/briefs/ or a standalone page's, is at briefs/<name>/ (dir is
// "briefs") or <name>/ (dir is ""): its slug is made of its file's name,
// or its folder's for an index.md.
func draftAt(file, dir, name string) bool {
	base, folder := strings.TrimSuffix(path.Base(file), ".md"), path.Dir(file)
	if strings.EqualFold(path.Base(file), "index.md") {
		base, folder = path.Base(folder), path.Dir(folder)
	}
	if strings.HasPrefix(file, "content/briefs/") != (dir == "briefs") || dir == "" && folder != "content" {
		return false
	}
	s := slug.Make(base)
	switch {
	case s == "" && dir == "briefs":
		s = "brief" // as the loader names it
	case s == "":
		s = "page"
	}
	return s == name
}

// addressDraft returns the file of the draft whose page dest, a link of
// d's body, leads to by its address (see AddressDraft), and notes the
// name it looked up when d records its lookups.
func (d *Doc) addressDraft(dest string) (string, bool) {
	file, l, noted, ok := addressDraft(d.Site, d.pagePath(), dest, d.key)
	if noted && d.record {
		d.lookups = append(d.lookups, l)
	}
	return file, ok
}

// pagePath returns the path from the site's root of the page d's body is
// shown on, which its relative links start from: briefs/<slug>/index.html
// for a brief's, or "" when d is of none.
func (d *Doc) pagePath() string {
	switch {
	case d.Self != nil:
		return d.Self.PagePath()
	case d.Profile != nil:
		return d.Profile.Path() + "index.html"
	case d.Page != nil:
		return d.Page.PagePath()
	}
	return ""
}
