package site

import (
	"cmp"
	"html/template"
	"slices"
	"strings"

	"github.com/briefsite/brief/internal/diag"
)

// Page is a standalone page, such as About or Methodology: a Markdown file
// at the top of content/ (content/about.md), or a folder's index.md there
// (content/about/index.md, with its images), published at <slug>/ and
// linked from every page's footer. It is neither a brief nor a profile:
// feeds, the data export and the timelines leave it out; search finds
// it.
type Page struct {
	Slug     string
	File     string // path of the Markdown file, relative to the site root
	Title    string
	Summary  string // from front matter only; the page's meta description
	Draft    bool
	Weight   int // the footer's order: lower first, then the pages without one (0), by title
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

// reservedPages are the slugs no page may have: the folders at the top
// of a built site that brief writes itself, and the pages the theme makes
// there, index.html and 404.html. The site's other files there
// (feed.xml, sitemap.xml, robots.txt) and brief serve's _brief/ need no
// entry: a slug has no "." and no "_" but at the end (see slug.Make).
var reservedPages = []string{"actors", "assets", "briefs", "countries", "data", "print", "search", "sources", "timeline", "topics", "index", "404"}

// ReservedPage reports whether slug is a page slug the site cannot give a
// page, that of one of the site's own folders or pages.
func ReservedPage(slug string) bool { return slices.Contains(reservedPages, slug) }

// SortPages sorts pages by weight, those without one (0) last, as Hugo
// and Zola do, then by title, then by slug.
func SortPages(pages []*Page) {
	unweighted := func(p *Page) int {
		if p.Weight == 0 {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(pages, func(a, b *Page) int {
		return cmp.Or(cmp.Compare(unweighted(a), unweighted(b)), cmp.Compare(a.Weight, b.Weight), strings.Compare(a.Title, b.Title), strings.Compare(a.Slug, b.Slug))
	})
}
