package site

import (
	"testing"

	"github.com/briefsite/brief/internal/slug"
)

// TestReservedPage checks that the slugs of the site's own folders and
// pages are reserved, and that no file's name makes a slug of one of the
// site's other files at its top, which reservedPages leaves out.
func TestReservedPage(t *testing.T) {
	for _, s := range []string{"briefs", "search", "timeline", "index", "404", "assets", "data", "print"} {
		if !ReservedPage(s) {
			t.Errorf("ReservedPage(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"about", "methodology", "brief", "feed", "sitemap", "robots", "index-2"} {
		if ReservedPage(s) {
			t.Errorf("ReservedPage(%q) = true, want false", s)
		}
	}
	for _, name := range []string{"feed.xml", "sitemap.xml", "robots.txt", "_brief", "index.html", "404.html"} {
		if s := slug.Make(name); s == name {
			t.Errorf("slug.Make(%q) = %q: a page could take the site's file", name, s)
		}
	}
}
