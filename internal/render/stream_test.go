package render_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
)

// streamSite returns the files of a small site with a static file, split
// by year so that it has pages marked Last, and the site's files.
func streamSite(t *testing.T) ([]output.File, fstest.MapFS) {
	t.Helper()
	fsys := timelineSite(false)
	fsys["static/logo.svg"] = &fstest.MapFile{Data: []byte("<svg/>")}
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("the site has errors:\n%v", res.Diags)
	}
	list, err := render.Render(res.Site, render.Options{SiteFS: fsys, PerYearAbove: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(list, func(f output.File) bool { return f.Last }) {
		t.Fatal("the site has no file marked Last")
	}
	return list, fsys
}

// TestOutput checks that an Output reads every file as Files renders it,
// each once, only those asked for, and reports the files it has.
func TestOutput(t *testing.T) {
	list, fsys := streamSite(t)
	want, err := render.Files(list, fsys)
	if err != nil {
		t.Fatal(err)
	}
	out := render.NewOutput(list, fsys)
	var mu sync.Mutex
	got := map[string][]byte{}
	err = out.Each(context.Background(), func(name string) bool { return name != "index.html" }, func(name string, data []byte) {
		mu.Lock()
		defer mu.Unlock()
		if _, twice := got[name]; twice {
			t.Errorf("Each read %s twice", name)
		}
		got[name] = bytes.Clone(data)
	})
	if err != nil {
		t.Fatal(err)
	}
	delete(want, "index.html")
	if !maps.EqualFunc(got, want, bytes.Equal) {
		t.Errorf("Each read %d files, Files rendered %d; they differ", len(got), len(want))
	}
	for _, name := range []string{"index.html", "static/logo.svg", "logo.svg", "timeline/2024/index.html"} {
		data, err := out.ReadFile(name)
		if has := out.Has(name); has != (err == nil) {
			t.Errorf("Has(%q) = %v, but ReadFile says %v", name, has, err)
		}
		if err == nil && name != "index.html" && !bytes.Equal(data, want[name]) {
			t.Errorf("ReadFile(%q) differs from what Each read", name)
		}
	}
	if _, err := out.ReadFile("nowhere.html"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile of a missing file: %v, want fs.ErrNotExist", err)
	}
}

// TestStreamErrors checks that Stream returns the first error, of a file
// or of its caller, in the order of the files, and still reads the rest.
func TestStreamErrors(t *testing.T) {
	errA, errB := errors.New("a fails"), errors.New("b fails")
	files := []output.File{
		{Path: "a.html", Write: func(w io.Writer) error { return errA }},
		{Path: "b.html", Write: func(w io.Writer) error { _, err := io.WriteString(w, "b"); return err }},
		{Path: "c.html", Write: func(w io.Writer) error { _, err := io.WriteString(w, "c"); return err }, Last: true},
		{Path: "missing.svg", Src: "static/missing.svg"},
	}
	var mu sync.Mutex
	var read []string
	err := render.Stream(context.Background(), files, fstest.MapFS{}, func(name string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		read = append(read, name)
		if name == "b.html" {
			return errB
		}
		return nil
	})
	if !errors.Is(err, errA) {
		t.Errorf("Stream returned %v, want the first file's error", err)
	}
	if want := "rendering a.html: a fails"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Stream returned %v, want it to start %q", err, want)
	}
	slices.Sort(read)
	if !slices.Equal(read, []string{"b.html", "c.html"}) {
		t.Errorf("Stream read %v, want b.html and c.html", read)
	}
	err = render.Stream(context.Background(), files[1:], fstest.MapFS{}, func(name string, data []byte) error {
		if name == "b.html" {
			return errB
		}
		return nil
	})
	if !errors.Is(err, errB) {
		t.Errorf("Stream returned %v, want the caller's error for b.html", err)
	}
}

// TestStreamErrorsOnce checks that a problem many files have is told
// once, at the first of them, with how many more have it.
func TestStreamErrorsOnce(t *testing.T) {
	fails := func(w io.Writer) error { return errors.New("template: brief.html:2:4: bad") }
	var files []output.File
	for _, p := range []string{"briefs/a/index.html", "briefs/b/index.html", "briefs/c/index.html"} {
		files = append(files, output.File{Path: p, Write: fails})
	}
	err := render.Stream(context.Background(), files, fstest.MapFS{}, func(string, []byte) error { return nil })
	want := "rendering briefs/a/index.html and 2 other files: template: brief.html:2:4: bad"
	if err == nil || err.Error() != want {
		t.Errorf("Stream returned %v, want %q", err, want)
	}
	if pe, ok := errors.AsType[*render.PageError](err); !ok || pe.Page != "briefs/a/index.html" || pe.Others != 2 {
		t.Errorf("Stream returned %#v, want a *render.PageError at briefs/a/index.html and 2 others", err)
	}
}

// TestFileTemplate checks that each page's file names the page template
// that makes it, which messages about the page go by, and that other
// files name none.
func TestFileTemplate(t *testing.T) {
	res := build.Build(context.Background(), fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024-05-01\nactors: [Jane Doe]\nsources: [S]\naliases: [/old/]\n---\nText.\n")},
	}, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatal(res.Diags.Sorted())
	}
	want := map[string]string{
		"index.html":                 "home.html",
		"404.html":                   "404.html",
		"briefs/a/index.html":        "brief.html",
		"briefs/index.html":          "briefs.html",
		"actors/jane-doe/index.html": "entity.html",
		"actors/index.html":          "entities.html",
		"timeline/index.html":        "timeline.html",
		"sources/index.html":         "sources.html",
		"search/index.html":          "search.html",
		"old/index.html":             "alias.html",
		"feed.xml":                   "",
		"assets/style.css":           "",
	}
	out := render.NewOutput(res.Files, nil)
	for file, tmpl := range want {
		if !out.Has(file) {
			t.Errorf("no file %s", file)
			continue
		}
		if got := out.Template(file); got != tmpl {
			t.Errorf("Template(%q) = %q, want %q", file, got, tmpl)
		}
	}
}
