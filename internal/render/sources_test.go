package render_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// sourcesSite has five briefs, each citing one source: two whose titles
// start with A, one with B, one with Z and one with a digit.
func sourcesSite() fstest.MapFS {
	fsys := fstest.MapFS{}
	for i, title := range []string{"Alpha report", "Apple news", "Beta", "2024 review", "Zeta"} {
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: B%d\ndate: 2024-0%d\nsources: [{title: %s}]\n---\nText.\n", i, i+1, title))}
	}
	return fsys
}

// TestSourcesPerLetter checks the list of sources split by letter: an
// index of the letters, a page per letter with its sources, and the
// links to a source, from the briefs citing it, leading to its letter's
// page; every link resolves.
func TestSourcesPerLetter(t *testing.T) {
	files := renderTimeline(t, sourcesSite(), 3)
	checkSplit(t, files, "sources/")
	ids := regexp.MustCompile(`<li id="([^"]*)">\s*<p class="bib-entry">`)
	listed := func(page string) string { return joined(ids, files[page]) }
	for page, want := range map[string]string{
		"sources/index.html":     "",
		"sources/a/index.html":   "alpha-report apple-news",
		"sources/b/index.html":   "beta",
		"sources/z/index.html":   "zeta",
		"sources/0-9/index.html": "2024-review",
	} {
		if got := listed(page); got != want {
			t.Errorf("%s lists %q, want %q", page, got, want)
		}
	}
	if got := joined(regexp.MustCompile(`<span class="year-label">([^<]*)</span>`), files["sources/index.html"]); got != "0–9 A B Z" {
		t.Errorf("sources/index.html lists letters %q, want 0–9 A B Z", got)
	}
	for page, want := range map[string]string{
		"sources/a/index.html":   `aria-current="page">A<`,
		"briefs/b1/index.html":   `href="../../sources/a/index.html#apple-news"`,
		"briefs/b3/index.html":   `href="../../sources/0-9/index.html#2024-review"`,
		"sources/0-9/index.html": "1 of 5 sources",
	} {
		if !strings.Contains(string(files[page]), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}

	files = renderTimeline(t, sourcesSite(), 0)
	if got := listed("sources/index.html"); got != "2024-review alpha-report apple-news beta zeta" {
		t.Errorf("unsplit, sources/index.html lists %q", got)
	}
	if !strings.Contains(string(files["briefs/b1/index.html"]), `href="../../sources/index.html#apple-news"`) {
		t.Error("unsplit, brief b1 does not link to its source on the list of sources")
	}
	for name := range files {
		if strings.HasPrefix(name, "sources/") && name != "sources/index.html" {
			t.Errorf("%s built for five sources", name)
		}
	}
}
