package build

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCheck checks that Check reports a site's content errors and, the
// site rendered all the same, its broken links, sorted, and that its
// Source reads the built files under public/ as well as the site's.
func TestCheck(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024-13-01\nsources: [{title: S}]\n---\nSee [gone](/gone/).\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2024\nsources: [{title: S}]\n---\nFine.\n")},
	}
	res, err := Check(context.Background(), fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diags {
		got = append(got, d.String())
	}
	want := []string{
		`content/briefs/a.md:3:12: error: ` + "`date`" + `: invalid date "2024-13-01": there is no month 13`,
		`content/briefs/a.md:6:5: error: broken link "/gone/": the built site has no gone/index.html`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check reported\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	if data, err := fs.ReadFile(res.Source, "content/briefs/b.md"); err != nil || !strings.Contains(string(data), "Fine.") {
		t.Errorf("Source: content/briefs/b.md = %q, %v", data, err)
	}
	page, err := fs.ReadFile(res.Source, "public/briefs/b/index.html")
	if err != nil || !strings.Contains(string(page), "Fine.") {
		t.Fatalf("Source: public/briefs/b/index.html = %v", err)
	}
	f, err := res.Source.Open("public/briefs/b/index.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	fi, serr := f.Stat()
	if err != nil || serr != nil || string(data) != string(page) || fi.Size() != int64(len(page)) || fi.Name() != "index.html" || fi.IsDir() {
		t.Errorf("Source.Open read %d bytes (%v), stat %v (%v), want %d", len(data), err, fi, serr, len(page))
	}
	if _, err := res.Source.Open("public/nowhere.html"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Source.Open of a file the site does not build: %v, want fs.ErrNotExist", err)
	}
}
