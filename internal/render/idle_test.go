package render

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/lang"
)

// TestIdleTemplates checks that a page template no page is made with is
// not parsed, unless the site has its own, whose errors are then told.
func TestIdleTemplates(t *testing.T) {
	sets, err := parseTemplates(themeFS{idle: []string{"page.html"}}, &fragments{}, lang.English)
	if err != nil {
		t.Fatal(err)
	}
	if sets["page.html"] != nil || sets["brief.html"] == nil {
		t.Errorf("the idle page.html was parsed, or brief.html was not")
	}
	own := fstest.MapFS{"templates/page.html": {Data: []byte(`{{define "main"}}{{.Nope}`)}}
	_, err = parseTemplates(themeFS{site: own, idle: []string{"page.html"}}, &fragments{}, lang.English)
	if err == nil || !strings.Contains(err.Error(), "page.html") {
		t.Errorf("a site's own idle page.html that does not parse gave %v", err)
	}
}
