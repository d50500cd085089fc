package render_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/render"
)

// TestPageIDsKnown checks that every id the theme gives an element on a
// brief's or a profile's page, the pages a wikilink's #fragment leads to,
// is one of render.PageIDs or one render.DataID reports: those are what
// the build takes for found when it checks such fragments. The ids of the
// body's headings are the body's own.
func TestPageIDsKnown(t *testing.T) {
	fsys := exportSite("")
	res, files := builtSite(t, fsys)
	bodies := map[string]string{}
	for _, b := range res.Site.Briefs {
		bodies[b.Path()+"index.html"] = string(b.HTML())
	}
	for _, e := range slices.Concat(res.Site.Actors, res.Site.Countries, res.Site.Topics) {
		bodies[e.Path()+"index.html"] = string(e.HTML())
	}
	pageIDs := strings.Fields(render.PageIDs)
	idAttr := regexp.MustCompile(`\sid="([^"]*)"`)
	var data int
	for name, body := range bodies {
		page, ok := files[name]
		if !ok {
			t.Fatalf("no page %s", name)
		}
		own := strings.Replace(string(page), body, "", 1)
		for _, m := range idAttr.FindAllStringSubmatch(own, -1) {
			id := m[1]
			switch {
			case slices.Contains(pageIDs, id):
			case render.DataID(id):
				data++
			default:
				t.Errorf("%s: the theme gives an element the id %q, which neither PageIDs nor DataID knows", name, id)
			}
		}
	}
	if data == 0 {
		t.Error("no page has an id made from data: the fixture tests nothing of DataID")
	}
	for _, id := range []string{"yes", "y2024x", "source", "main", "event-2024", "event-brief", "events"} { // "Event 2024" keeps its id
		if render.DataID(id) {
			t.Errorf("DataID(%q) = true", id)
		}
	}
}
