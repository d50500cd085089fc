package site

import (
	"cmp"
	"html/template"
	"path"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
)

// Page is a standalone page, such as About or Methodology: a Markdown file
// at the top of content/ (content/about.md), or a folder's index.md there
// (content/about/index.md, with its images), published at <slug>/ and
// linked from every page's footer. It is neither a brief nor a profile:
// feeds, the search index, the data export and the timelines leave it
// out.
type Page struct {
	Slug     string
	File     string // path of the Markdown file, relative to the site root
	Title    string
	Summary  string // from front matter only; the page's meta description
	Draft    bool
	Weight   int // the footer's order: lower first, then by title
	Pos      diag.Pos
	Body     []byte  // Markdown body
	BodyLine int     // line of the file on which the body starts
	Bundle   bool    // the page is a folder: content/<slug>/index.md
	Assets   []Asset // the files beside a folder's index.md, copied beside its page

	// Filled in by the markdown phase.
	BodyHTML Markup
}

// Path returns the page's directory relative to the site root, with a
// trailing slash: "about/".
func (p *Page) Path() string { return p.Slug + "/" }

// PagePath returns the path of the page's file relative to the site root,
// "about/index.html".
func (p *Page) PagePath() string { return p.Slug + "/index.html" }

// HTML returns the page's body converted to HTML.
func (p *Page) HTML() template.HTML { return p.BodyHTML.HTML() }

// RootNames are the folders and files at the top of a built site that
// brief writes itself (or keeps, as brief serve's _brief/): no page may
// take one of them as its slug.
var RootNames = []string{"actors", "assets", "briefs", "countries", "data", "print", "search", "sources", "timeline", "topics",
	"index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "_brief"}

// ReservedPage reports whether slug is a page slug the site cannot give a
// page, as one of RootNames, or a name the theme makes its own page of
// (index, 404).
func ReservedPage(slug string) bool {
	for _, n := range RootNames {
		if n == slug || strings.TrimSuffix(n, path.Ext(n)) == slug && (n == "index.html" || n == "404.html") {
			return true
		}
	}
	return false
}

// SortPages sorts pages by weight, then by title, then by slug.
func SortPages(pages []*Page) {
	slices.SortStableFunc(pages, func(a, b *Page) int {
		return cmp.Or(cmp.Compare(a.Weight, b.Weight), strings.Compare(a.Title, b.Title), strings.Compare(a.Slug, b.Slug))
	})
}
