package render_test

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLede checks that a brief's page, and a profile's, show the
// summary above the body only when the front matter gives it: a summary
// taken from the body's first paragraph would show that paragraph twice.
// Lists of briefs show either.
func TestLede(t *testing.T) {
	files := buildFiles(t, fstest.MapFS{
		"content/briefs/given.md":   {Data: []byte("---\ntitle: Given\ndate: 2024-03-01\nsummary: A summary of its own.\nsources: [S]\n---\nThe body begins.\n")},
		"content/briefs/derived.md": {Data: []byte("---\ntitle: Derived\ndate: 2024-03-02\nsources: [S]\n---\nThe first paragraph.\n\nMore.\n")},
		"content/actors/x.md":       {Data: []byte("---\nname: X\n---\nX's first paragraph.\n")},
	})
	for page, want := range map[string]string{
		"briefs/given/index.html":   `<p class="lede">A summary of its own.</p>`,
		"briefs/derived/index.html": "",
		"actors/x/index.html":       "",
		"print/briefing/index.html": `<p class="lede">A summary of its own.</p>`,
	} {
		got := string(files[page])
		if n := strings.Count(got, `class="lede"`); want == "" && n > 0 || want != "" && !strings.Contains(got, want) {
			t.Errorf("%s: %d ledes, want %q", page, n, want)
		}
	}
	if print := string(files["print/briefing/index.html"]); strings.Count(print, `class="lede"`) != 1 {
		t.Errorf("the printable briefing shows a lede for the brief whose summary is its first paragraph")
	}
	if list := string(files["briefs/index.html"]); !strings.Contains(list, "The first paragraph.") || !strings.Contains(list, "A summary of its own.") {
		t.Errorf("the list of briefs lacks a summary:\n%s", list)
	}
}
