package browser

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/render"
)

// splitSite is a small briefing whose lists are split, as a large one's
// are, when rendered with PerYearAbove 3: six briefs, five over two years
// and one undated, all naming Ann, each citing its own source; one has words
// longer than a phone is wide.
func splitSite() fstest.MapFS {
	fsys := fstest.MapFS{"brief.yaml": {Data: []byte("title: Split lists\n")}}
	for i, date := range []string{"2023-04", "2023-11-02", "2024", "2024-06-30", ""} {
		front := fmt.Sprintf("title: Brief %d\nactors: [Ann]\nsources: [{title: Source %c}]\n", i, 'A'+i)
		if date != "" {
			front += "date: \"" + date + "\"\nevents:\n  - {date: \"" + date + "\", text: Something happened.}\n"
		}
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: []byte("---\n" + front + "---\n## Background\n\nText.[^1]\n\n[^1]: A note.\n")}
	}
	// Words longer than a phone is wide, which must wrap rather than
	// widen the page.
	fsys["content/briefs/long.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Long words\ndate: 2024-02\n" +
		"actors: [Ann, Extraordinarily-Long-Hyphenated-Organisation-Name-Without-Spaces]\nsources: [{title: Source L}]\n---\n" +
		"Full text at https://example.org/news/2025/9/24/a-very-long-address-of-an-article?utm_source=newsletter_2025_09_24_weekly_digest_for_subscribers.\n")}
	return fsys
}

// TestBrowserSplit opens the pages of lists split by year or letter (the
// timeline, the list of briefs, a profile, the sources, the printable
// briefing) over HTTP under /repo/: the page checks of testPages and
// axe-core in both schemes.
func TestBrowserSplit(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	dir := writeSite(t, splitSite(), render.Options{PerYearAbove: 3})
	pages := []page{
		{"timeline-years", "timeline/index.html", ".year-index", false},
		{"timeline-year", "timeline/2024/index.html", ".timeline", true},
		{"briefs-latest", "briefs/index.html", ".brief-list", false},
		{"briefs-year", "briefs/by-year/2023/index.html", ".brief-list", false},
		{"profile-latest", "actors/ann/index.html", "article.profile h1", false},
		{"profile-year", "actors/ann/2023/index.html", "article.profile h1", true},
		{"sources-letters", "sources/index.html", ".year-index", false},
		{"sources-letter", "sources/s/index.html", ".bibliography", false},
		{"print-years", "print/briefing/index.html", ".year-index", false},
		{"print-year", "print/2024/index.html", ".print-brief", false},
		{"long-words", "briefs/long/index.html", "article.brief h1", false},
		{"actors", "actors/index.html", ".index-table", false},
	}
	bctx := startBrowser(t, exe)
	o := origin{"http", serveUnderRepo(t, dir)}
	t.Run("pages", func(t *testing.T) { testPages(t, newTab(t, bctx), o, pages, screenshotDir(t)) })
	for _, scheme := range []string{"light", "dark"} {
		t.Run("axe-"+scheme, func(t *testing.T) { testAxe(t, newTab(t, bctx), o, pages, scheme) })
	}
}
