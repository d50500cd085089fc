package check

// The hints a broken link is told with: a link to the site's own address,
// a file of the same name elsewhere in the site.

import (
	"cmp"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/site"
)

// ownAddress returns the path after the site's own address base,
// base_url, that the link or image dest starts with, whatever its
// scheme, http or https, and the case of its host; ok is false when it
// does not start with base, or base is "".
func ownAddress(base, dest string) (rest string, ok bool) {
	if base == "" {
		return "", false
	}
	b, err := url.Parse(base)
	if err != nil || b.Host == "" {
		return "", false
	}
	u, err := url.Parse(strings.TrimSpace(markdown.ResolvedDest(dest)))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || !strings.EqualFold(u.Host, b.Host) {
		return "", false
	}
	dir := strings.TrimSuffix(b.Path, "/") + "/"
	if u.Path+"/" == dir {
		return "", true
	}
	rest, ok = strings.CutPrefix(u.Path, dir)
	return rest, ok
}

// ownLink returns the warning for the link or image l of a body to the
// site's own address, base_url, rest the path after it: such a link
// leads to the published site, not to the page beside it, so it breaks
// from disk, under another address and when an old site it was moved
// from is gone, and check does not look for it. The warning names the
// brief or profile whose page, or alias's page, rest is, and otherwise
// the file of the built site it is (files, nil when the site could not
// be rendered).
func ownLink(s *site.Site, files Output, l mdLink, rest string) string {
	what := "link"
	if l.image {
		what = "image"
	}
	msg := fmt.Sprintf("%s %q starts with the site's own address, base_url: it leads to the site as published, so it breaks from disk, at another address and once that site is gone, and check does not look for it", what, l.dest)
	page := strings.TrimSuffix(rest, "/")
	if page == "" || strings.HasSuffix(page, "/index.html") || page == "index.html" {
		page = strings.TrimSuffix(strings.TrimSuffix(page, "index.html"), "/")
	}
	name := func(title, kind string) string {
		return fmt.Sprintf("%s; it is the page of the %s %q: link it as [[%s]]", msg, kind, title, title)
	}
	for _, b := range s.Briefs {
		if strings.TrimSuffix(b.Path(), "/") == page {
			return name(b.Title, "brief")
		}
		for _, a := range b.Aliases {
			if strings.TrimSuffix(strings.TrimSuffix(a.Path, "index.html"), "/") == page {
				return fmt.Sprintf("%s; it is an old address of the brief %q, which leads on to its page: link it as [[%s]]", msg, b.Title, b.Title)
			}
		}
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			if strings.TrimSuffix(e.Path(), "/") == page {
				return name(e.Name, k.Singular())
			}
		}
	}
	p, err := url.PathUnescape(rest)
	if err != nil {
		p = rest
	}
	switch {
	case files != nil && (p == "" && files.Has("index.html") || p != "" && (files.Has(p) || files.Has(path.Join(p, "index.html")))):
		return fmt.Sprintf("%s; write /%s, its path from the site's root, which brief makes relative to each page", msg, p)
	case l.image:
		return fmt.Sprintf("%s; put the file in static/ (static/%s) and write its path from the site's root, /%s", msg, p, p)
	}
	if last := path.Base(page); last != "." && last != "/" {
		for _, b := range s.Briefs {
			if b.Slug == last {
				return fmt.Sprintf("%s; the built site has no page /%s, but the brief %q goes by its last part: link it as [[%s]]", msg, p, b.Title, b.Title)
			}
		}
	}
	return fmt.Sprintf("%s; the built site has no page /%s: link a brief or profile by its file's name or as [[title]], a file of static/ by its path from the site's root", msg, p)
}

// sameNamed returns a function that tells, for the path p of a broken
// link or image of brief self's body (nil for a profile's), where the
// site has a file of p's name, and what to write: the path from the
// site's root of one it publishes, /images/niamey.jpg for
// static/images/niamey.jpg; for one in content/ that no brief publishes,
// to make the brief a folder with the file beside its index.md. The
// function says "" when the site has none; the site's files are listed
// at its first call.
func sameNamed(s *site.Site, src fs.FS) func(self *site.Brief, p string) string {
	var byName map[string][]site.Asset // Dest "" when not published
	list := func() {
		byName = map[string][]site.Asset{}
		published := map[string]bool{}
		add := func(a site.Asset) {
			byName[path.Base(a.Src)] = append(byName[path.Base(a.Src)], a)
			published[a.Src] = true
		}
		for _, a := range s.Static {
			add(a)
		}
		for _, b := range s.Briefs {
			for _, a := range b.Assets {
				add(a)
			}
		}
		for _, p := range s.Pages {
			for _, a := range p.Assets {
				add(a)
			}
		}
		if src == nil {
			return
		}
		_ = fs.WalkDir(src, "content", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || published[name] || path.Ext(name) == ".md" {
				return nil
			}
			byName[path.Base(name)] = append(byName[path.Base(name)], site.Asset{Src: name})
			return nil
		})
	}
	return func(self *site.Brief, p string) string {
		if byName == nil {
			list()
		}
		same := byName[path.Base(p)]
		if len(same) == 0 {
			return ""
		}
		// The file whose path ends the most like p's first.
		tail := func(a site.Asset) int {
			n := 0
			for q, f := path.Clean(p), a.Src; path.Base(q) == path.Base(f) && q != "." && q != "/"; q, f = path.Dir(q), path.Dir(f) {
				n++
			}
			return n
		}
		same = slices.Clone(same)
		slices.SortStableFunc(same, func(a, b site.Asset) int { return cmp.Compare(tail(b), tail(a)) })
		a := same[0]
		if a.Dest != "" {
			return fmt.Sprintf("; the site has %s: write /%s, its path from the site's root", a.Src, a.Dest)
		}
		if draft := draftBeside(s, a.Src); draft != "" {
			return fmt.Sprintf("; the site has %s, beside the draft %s, which this build leaves out (-drafts publishes both)", a.Src, draft)
		}
		if self == nil || self.Bundle {
			return fmt.Sprintf("; the site has %s, which no page publishes: move it to static/ and write its path from there, /%s for static/%s", a.Src, path.Base(a.Src), path.Base(a.Src))
		}
		ext := path.Ext(self.File)
		return fmt.Sprintf("; the site has %s, which no page publishes: make the brief a folder, %s, with %s beside it; or move the file to static/ and write /%s for static/%s", a.Src, path.Join(strings.TrimSuffix(self.File, ext), "index"+ext), path.Clean(p), path.Clean(p), path.Clean(p))
	}
}

// draftBeside returns the file of the draft of s, a brief or page written
// as a folder (briefs/talks/index.md), whose folder holds src, a file the
// draft would publish; or "".
func draftBeside(s *site.Site, src string) string {
	var found string
	for _, file := range s.DraftNames {
		if !strings.EqualFold(path.Base(file), "index.md") || !strings.HasPrefix(src, path.Dir(file)+"/") {
			continue
		}
		if found == "" || file < found { // the same whatever the map's order
			found = file
		}
	}
	return found
}
