package load

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// pageFields are the fields of a standalone page's front matter.
var pageFields = []string{"title", "summary", "draft", "weight"}

// isPageFile reports whether the entry name of content/ is a standalone
// page: a regular .md file, but for a Hugo section file, the names of
// the theme's own pages (index.md, 404.md) and a repository's own files
// (README.md), which are warned of.
func isPageFile(ent fs.DirEntry) bool {
	name := ent.Name()
	return regular(ent) && strings.HasSuffix(name, ".md") && !Ignored(name) && !isSectionFile(name) && themePage(name) == "" && !repoFile(name)
}

// repoFiles are the names, without their extension and in any case, of
// the files a repository keeps for its readers, never a page of the
// site: content/README.md says what the folder holds.
var repoFiles = []string{"readme", "license", "licence", "changelog", "contributing"}

// repoFile reports whether the file name at the top of content/ is one of
// repoFiles, as a .md file or another Markdown one.
func repoFile(name string) bool {
	ext := path.Ext(name)
	return (strings.EqualFold(ext, ".md") || otherMarkdown(name)) && slices.Contains(repoFiles, strings.ToLower(strings.TrimSuffix(name, ext)))
}

// repoFileSkipped is the warning of a file repoFile gives.
const repoFileSkipped = "skipped: a README, LICENSE, CHANGELOG or CONTRIBUTING file is for the repository's readers, not a page of the site; a page of its own (About, Methodology) is another .md file at the top of content/"

// pageJobs lists the standalone pages: the .md files at the top of
// content/ (content/about.md is the page about/), and the folders there
// with an index.md (content/about/index.md), whose other files are
// copied beside the page.
func pageJobs(fsys fs.FS, cache *Cache, found listing, diags *diag.List) []job {
	if linkIn(fsys, "content") != "" {
		return nil // warnStrayContent says so
	}
	entries, _ := fs.ReadDir(fsys, "content") // unreadable: the folders' own reads say
	var jobs []job
	for _, ent := range entries {
		name := ent.Name()
		switch {
		case isPageFile(ent):
			file := path.Join("content", name)
			found.add(file)
			jobs = append(jobs, job{file: file, page: newPage(strings.TrimSuffix(name, ".md"), file, cache, diags)})
		case isPageFolder(fsys, ent):
			jobs = append(jobs, pageFolder(fsys, name, cache, found, diags))
		}
	}
	return jobs
}

// newPage returns the page of the file whose name, without .md, or whose
// folder's name, is name.
func newPage(name, file string, cache *Cache, diags *diag.List) *site.Page {
	s := cache.slug(name)
	if s == "" {
		s = "page"
	}
	if s != plainSlug(name) {
		diags.Warnf(diag.Pos{File: file}, "file name is not a clean slug; the page is %s/", s)
	}
	return &site.Page{Slug: s, File: file, Pos: diag.Pos{File: file, Line: 1, Col: 1}}
}

// isPageFolder reports whether the entry of content/ is the folder of a
// standalone page: one with an index.md (in any case), but for the
// folders Load reads otherwise or warns of.
func isPageFolder(fsys fs.FS, ent fs.DirEntry) bool {
	name := ent.Name()
	if !ent.IsDir() || Ignored(name) || slices.Contains(contentDirs, name) || inCase(name, contentDirs) != "" || pageless(name) != "" || isDrafts(name) {
		return false
	}
	dir := path.Join("content", name)
	if fi, err := fs.Lstat(fsys, path.Join(dir, "index.md")); err == nil && fi.Mode().IsRegular() {
		return true
	}
	return indexInCase(fsys, dir) != ""
}

// pageFolder returns the job of the page of the folder content/<name>/,
// its index.md, with the folder's other files as the page's assets, at
// <slug>/ beside it; a Markdown file among them is not published.
func pageFolder(fsys fs.FS, name string, cache *Cache, found listing, diags *diag.List) job {
	dir := path.Join("content", name)
	found.add(dir)
	index := path.Join(dir, "index.md")
	if fi, err := fs.Lstat(fsys, index); err != nil || !fi.Mode().IsRegular() {
		index = indexInCase(fsys, dir) // Index.md, where case counts, as on Linux
	}
	p := newPage(name, index, cache, diags)
	p.Bundle = true
	assets := walkAssets(fsys, dir, p.Slug, found, diags)
	if other := otherCase(index, assets); other != "" {
		index = other // a disk that ignores case, as a Mac's, found it as index.md
		p.File, p.Pos.File = other, other
	}
	if path.Base(index) != "index.md" {
		diags.Errorf(diag.Pos{File: index}, "a folder's page is named index.md, in lower case; rename %s to index.md", path.Base(index))
	}
	for _, a := range assets {
		switch {
		case a.Src == index:
		case strings.EqualFold(path.Ext(a.Src), ".md") || otherMarkdown(a.Src):
			diags.Warnf(diag.Pos{File: a.Src}, "not published: a Markdown file beside a page's index.md is neither a page nor a file of it; a page of its own goes at the top of content/")
		default:
			p.Assets = append(p.Assets, a)
		}
	}
	return job{file: index, page: p}
}

// page decodes a standalone page's front matter into p.
func (d *decoder) page(meta *yaml.Node, p *site.Page) {
	d.fields(meta, "page", pageFields, func(key string, v *yaml.Node) {
		switch key {
		case "title":
			p.Title = d.str(v, key)
			d.entities(v, key, p.Title)
		case "summary":
			p.Summary = d.summary(v, key)
		case "draft":
			p.Draft = d.boolean(v, key)
		case "weight":
			if v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
				n, err := strconv.Atoi(strings.TrimSpace(v.Value))
				if err == nil {
					p.Weight = n
					return
				}
			}
			d.errorf(v, "`weight` must be a whole number, not %s: pages with a lower weight come first in the footer", describe(v))
		}
	})
}

// pageHints say, for fields of other generators' front matter that a
// page has no field for, what brief does instead, as fieldHints do for a
// brief's.
var pageHints = map[string]string{
	"slug":        pageAddress,
	"url":         pageAddress,
	"permalink":   pageAddress,
	"aliases":     "a page keeps no old addresses; a brief's `aliases` do",
	"layout":      "every page is made with templates/page.html (docs/templates.md)",
	"type":        "every page is made with templates/page.html (docs/templates.md)",
	"menu":        "every page is linked from the footer, which lists the pages by `weight`, lowest first, then those without one, by title",
	"menus":       "every page is linked from the footer, which lists the pages by `weight`, lowest first, then those without one, by title",
	"date":        pageUndated,
	"lastmod":     pageUndated,
	"updated":     pageUndated,
	"modified":    pageUndated,
	"publishdate": pageUndated,
	"expirydate":  "brief does not unpublish by date; mark the page `draft: true`, or delete it",
}

// pageAddress and pageUndated are pageHints' for the fields of a page's
// address and of its dates.
const (
	pageAddress = "a page's address is its file's name, content/<name>.md is <name>/; rename the file"
	pageUndated = "a page has no date; remove it (a text of a day is a brief, in content/briefs/)"
)

// pageField tells of the key k of a page's front matter, with its value
// v, when brief does in another way what it does in another generator's:
// a `status` or `published` that keeps a post off the site is `draft:
// true`. It reports whether it told of k.
func (d *decoder) pageField(k, v *yaml.Node) bool {
	key := strings.ToLower(k.Value)
	if (key == "slug" || key == "url" || key == "permalink") && v.Kind == yaml.ScalarNode {
		// The address named, as the file's name makes it.
		here := slug.Make(strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(d.file, "content/"), ".md"), "/index"))
		want := slug.Make(path.Base(strings.Trim(strings.TrimSpace(v.Value), "/")))
		switch {
		case want == "":
		case want == here:
			d.errorf(k, "unknown field `%s` in page: remove it: %s is %s/ already, a page's address being its file's name", k.Value, d.file, here)
			return true
		default:
			d.errorf(k, "unknown field `%s` in page: a page's address is its file's name: rename %s to content/%s.md to make it %s/", k.Value, d.file, want, want)
			return true
		}
	}
	if h, ok := pageHints[key]; ok {
		d.errorf(k, "unknown field `%s` in page: %s", k.Value, h)
		return true
	}
	return d.published(k, v, "page")
}

// parsePage fills in the page of j from doc, the file's front matter and
// body, and reports its problems to diags.
func parsePage(d *decoder, j *job, doc document, diags *diag.List) {
	p := j.page
	p.Body, p.BodyLine = bytes.Clone(doc.body), doc.bodyLine
	// A note kept beside the briefs, as before pages were read, without
	// front matter or a title in it, is left out with a warning (its
	// title left empty keeps it out of the site), not an error: a site
	// that built before pages were read keeps building.
	if doc.meta == nil {
		diags.Warnf(p.Pos, "not a page: it has no front matter; %s", publishAs(p, "start it with a line \"---\", then title: \"%s\", and another \"---\""))
		return
	}
	if mappingValue(doc.meta, "title") == nil {
		diags.Warnf(p.Pos, "not a page: its front matter has no `title`; %s", publishAs(p, "add the line title: \"%s\""))
		return
	}
	d.page(doc.meta, p)
	if p.Title == "" && !wrongKind(doc.meta, "title") {
		diags.Errorf(diag.Pos{File: j.file, Line: doc.meta.Line, Col: 1}, "page has no `title`; add the line title: \"%s\", the page's heading and its link in the footer", titleOf(p.Slug))
	}
	if i := bytes.Index(doc.body, []byte(PagePlaceholder)); i >= 0 && !p.Draft {
		line := doc.bodyLine + bytes.Count(doc.body[:i], []byte("\n"))
		diags.Warnf(diag.Pos{File: j.file, Line: line, Col: 1}, "the page still has `brief new`'s placeholder text; write the page in its place")
	}
}

// publishAs says how to publish the file of p as a page, by do, with
// %s for a title to give it; or, when its name is one the site keeps,
// to rename it first.
func publishAs(p *site.Page, do string) string {
	if site.ReservedPage(p.Slug) {
		return fmt.Sprintf("to publish it as a page, rename it: the site keeps %s/ for its own %s", p.Slug, OwnedBy(p.Slug))
	}
	return fmt.Sprintf("to publish it at %s/, %s", p.Slug, fmt.Sprintf(do, titleOf(p.Slug)))
}

// PagePlaceholder begins the text `brief new -kind page` writes in a new
// page's body, for the editor to replace: a page still holding it is
// warned of, unless it is a draft.
const PagePlaceholder = "Write the page here, in Markdown."

// titleOf returns a title to suggest for the page of slug s: its words,
// the first a capital ("about" is "About").
func titleOf(s string) string {
	t := strings.ReplaceAll(s, "-", " ")
	if t == "" {
		return "About"
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

// addPages adds the pages of jobs to s, but drafts without drafts, and
// reports a page whose slug is the site's own or another page's.
func addPages(s *site.Site, jobs []job, drafts bool, diags *diag.List) {
	seen := map[string]string{}
	for _, j := range jobs {
		p := j.page
		if p != nil && !j.ok && (!p.Draft || drafts) {
			// Left out for its errors: a link by its name is not
			// warned of, as its own error says what is wrong.
			noteFailed(s, p.File, slug.Key(p.Slug), slug.Key(fileName(p.File, p.Bundle)), slug.Key(p.Title))
			if p.BodyLine == 0 {
				continue // its front matter was not read: its title is only a name of it
			}
		}
		if p != nil && p.Title != "" && p.Draft && !drafts {
			draftPage(s, p)
		}
		if p == nil || p.Title == "" || p.Draft && !drafts {
			continue
		}
		if site.ReservedPage(p.Slug) {
			diags.Errorf(diag.Pos{File: p.File}, "the page would be %s/, which the site keeps for its own %s; rename the file", p.Slug, OwnedBy(p.Slug))
			continue
		}
		if prev, dup := seen[p.Slug]; dup {
			diags.Errorf(diag.Pos{File: p.File}, "page slug %q is already used by %s%s; rename one of the files", p.Slug, prev, sameName(p.File, prev))
			continue
		}
		seen[p.Slug] = p.File
		if !j.ok {
			continue
		}
		s.Pages = append(s.Pages, p)
	}
	site.SortPages(s.Pages)
}

// draftPage notes the names of p, a draft page left out, in s's
// DraftNames, as a draft brief's are, so that a link to it, by its file,
// its address or as a wikilink, says it is a draft rather than that it
// names nothing. A brief's name, noted after, wins.
func draftPage(s *site.Site, p *site.Page) {
	if s.DraftNames == nil {
		s.DraftNames = map[string]string{}
	}
	name := path.Base(p.File)
	if p.Bundle {
		name = path.Base(path.Dir(p.File))
	}
	for _, n := range []string{p.Title, p.Slug, strings.TrimSuffix(name, ".md")} {
		if k := slug.Key(n); k != "" {
			s.DraftNames[k] = p.File
		}
	}
}

// OwnedBy says what the site's folder or page of name, one
// site.ReservedPage gives, holds, as it reads after "the site keeps
// name/ for its own": "search page" for search, "timeline" for
// timeline.
func OwnedBy(name string) string {
	switch name {
	case "briefs", "actors", "countries", "topics", "sources":
		return fmt.Sprintf("list of %s", name)
	case "timeline":
		return "timeline"
	case "search":
		return "search page"
	case "print":
		return "printable briefing"
	case "data":
		return "data export"
	case "assets":
		return "style sheet and scripts"
	case ServeDir:
		return "live preview (brief serve)"
	case "index":
		return "home page"
	case "404":
		return "page for addresses not found"
	}
	return "files"
}
