package render_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/render"
)

// TestPageFolder checks that a standalone page in a folder,
// content/about/index.md, is the page about/, its files copied beside
// it, where its body's links find them, and that brief check finds
// nothing wrong with it.
func TestPageFolder(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md":   {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [S]\n---\nSee [us](/about/) and [our charter](/about/charter.pdf).\n")},
		"content/about/index.md":    {Data: []byte("---\ntitle: About us\n---\n![The desk](desk.jpg)\n\nRead [the charter](charter.pdf).\n")},
		"content/about/desk.jpg":    {Data: []byte("JPEG")},
		"content/about/charter.pdf": {Data: []byte("PDF")},
		"static/about/desk.jpg":     {Data: []byte("static")},
		"content/about/index.html":  {Data: []byte("<p>old</p>")},
	}
	res, files := builtSite(t, fsys)
	var warnings []string
	for _, d := range res.Diags.Sorted() {
		warnings = append(warnings, d.String())
	}
	wantWarnings := "content/about/index.html: warning: not copied: the site generates about/index.html\n" +
		"static/about/desk.jpg: warning: not copied: about/desk.jpg is copied from content/about/desk.jpg"
	if got := strings.Join(warnings, "\n"); got != wantWarnings {
		t.Errorf("warnings:\n%s\nwant\n%s", got, wantWarnings)
	}
	page := string(files["about/index.html"])
	for _, want := range []string{`<img src="desk.jpg" alt="The desk" />`, `<a href="charter.pdf">the charter</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("about/index.html lacks %s:\n%s", want, page)
		}
	}
	if got := string(files["about/desk.jpg"]); got != "JPEG" {
		t.Errorf("about/desk.jpg is %q, want the page's own file", got)
	}
	if got := string(files["about/charter.pdf"]); got != "PDF" {
		t.Errorf("about/charter.pdf is %q", got)
	}
	if _, ok := files["about/index.md"]; ok {
		t.Errorf("the page's Markdown is published")
	}
	ds, err := check.Run(context.Background(), res.Site, fsys, render.NewOutput(res.Files, fsys), "public/")
	if err != nil || len(ds) > 0 {
		t.Errorf("brief check reports %v, %v", ds, err)
	}
}

// TestPageFolderHint checks that brief check's word on a broken link to
// a file of a page's folder gives the file's address.
func TestPageFolderHint(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024\nsources: [S]\n---\nSee [the desk](desk.jpg).\n")},
		"content/about/index.md":  {Data: []byte("---\ntitle: About us\n---\n![The desk](desk.jpg)\n")},
		"content/about/desk.jpg":  {Data: []byte("JPEG")},
	}
	res, _ := builtSite(t, fsys)
	ds, err := check.Run(context.Background(), res.Site, fsys, render.NewOutput(res.Files, fsys), "public/")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := `content/briefs/talks.md:6:5: error: broken link "desk.jpg": the built site has no briefs/talks/desk.jpg; the site has content/about/desk.jpg: write /about/desk.jpg, its path from the site's root`
	if strings.Join(got, "\n") != want {
		t.Errorf("check reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
