package render_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestProfileJumps checks that a long profile opens with links to its
// timeline, briefs and facts, each to an id the page has, and that a
// short one, or a year's page, has none.
func TestProfileJumps(t *testing.T) {
	fsys := fstest.MapFS{"brief.yaml": {Data: []byte("title: Jumps\n")}}
	for i := range 7 {
		actors := "[Ann, Bob]"
		if i > 0 {
			actors = "[Ann]"
		}
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: B%d\ndate: 2024-0%d\nactors: %s\nsources: [{title: S}]\n---\nText.\n", i, i+1, actors)}
	}
	for _, tt := range []struct {
		perYear int
		page    string
		want    bool
	}{
		{0, "actors/ann/index.html", true},  // seven briefs and entries
		{0, "actors/bob/index.html", false}, // one
		{10, "actors/ann/index.html", true}, // split: its latest briefs
		{10, "actors/ann/2024/index.html", false},
	} {
		files := renderTimeline(t, fsys, tt.perYear)
		page := string(files[tt.page])
		if page == "" {
			t.Fatalf("split at %d: no %s", tt.perYear, tt.page)
		}
		_, nav, found := strings.Cut(page, `<nav class="jumps" aria-label="On this page">`)
		if found != tt.want {
			t.Errorf("split at %d: %s has links to its parts: %v, want %v", tt.perYear, tt.page, found, tt.want)
		}
		if !found {
			continue
		}
		nav, _, _ = strings.Cut(nav, "</nav>")
		for _, id := range []string{"tl-heading", "briefs-heading", "facts-heading"} {
			if !strings.Contains(nav, `href="#`+id+`"`) || !strings.Contains(page, `id="`+id+`"`) {
				t.Errorf("split at %d: %s does not link #%s, or has no such id", tt.perYear, tt.page, id)
			}
		}
	}
}
