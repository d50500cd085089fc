package check_test

import (
	"io/fs"
	"testing"

	"github.com/briefsite/brief/internal/render"
	brieftemplates "github.com/briefsite/brief/templates"
)

// TestPageTemplates checks that the page templates the build parses,
// which check takes a site's problems to come from, are the theme's
// files but base.html and partials.html, which every page shows.
func TestPageTemplates(t *testing.T) {
	names, err := fs.Glob(brieftemplates.FS, "*.html")
	if err != nil || len(names) == 0 {
		t.Fatalf("the theme's templates: %v, %v", names, err)
	}
	for _, name := range names {
		want := name != "base.html" && name != "partials.html"
		if got := render.PageTemplate(name); got != want {
			t.Errorf("PageTemplate(%q) = %v, want %v", name, got, want)
		}
	}
	for _, name := range []string{"", "style.css", "search.js", "extra.html", "templates/brief.html"} {
		if render.PageTemplate(name) {
			t.Errorf("PageTemplate(%q) = true, want false", name)
		}
	}
}
