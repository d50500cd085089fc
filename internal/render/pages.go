package render

// standalonePages adds the page of each of the site's standalone pages
// (content/about.md is about/index.html), made with page.html. Feeds, the
// search index, the data export and the timelines leave them out; the
// footer links them, and the sitemap lists them.
func (r *renderer) standalonePages() {
	for _, sp := range r.site.Pages {
		r.page("page.html", sp.PagePath(), func() *Page {
			return &Page{Section: "page", Title: sp.Title, Description: sp.Summary, Page: sp}
		})
	}
}
