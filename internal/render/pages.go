package render

import "github.com/briefsite/brief/internal/output"

// standalonePages adds the page of each of the site's standalone pages
// (content/about.md is about/index.html), made with page.html, and the
// files of a page's folder beside it (content/about/map.png is
// about/map.png), which win over static/'s, as a brief's do. Feeds, the
// data export and the timelines leave them out; the footer links them,
// the sitemap and the search index list them.
func (r *renderer) standalonePages() {
	for _, sp := range r.site.Pages {
		r.page("page.html", sp.PagePath(), func() *Page {
			return &Page{Section: "page", Title: sp.Title, Description: sp.Summary, Page: sp}
		})
		for _, a := range sp.Assets {
			r.files = append(r.files, output.File{Path: a.Dest, Src: a.Src})
		}
	}
}
