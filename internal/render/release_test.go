package render_test

import (
	"bytes"
	"context"
	"io/fs"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
)

// writeOnceFiles builds fsys and renders it with WriteOnce, and returns
// the files and the site's briefs' HTML before any file is written.
func writeOnceFiles(t *testing.T, fsys fstest.MapFS) ([]output.File, *build.Result, []string) {
	t.Helper()
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	files, err := render.Render(res.Site, render.Options{SiteFS: fsys, WriteOnce: true})
	if err != nil {
		t.Fatal(err)
	}
	var bodies []string
	for _, b := range res.Site.Briefs {
		bodies = append(bodies, string(b.HTML()))
	}
	return files, res, bodies
}

// TestWriteOnce checks that rendering with WriteOnce, which lets each
// brief's HTML go after the last file showing it, gives the bytes of a
// normal build whatever order the files are written in, and that it does
// let every body go. A file that shows a body without being counted as
// its reader would lose it in one of the orders.
func TestWriteOnce(t *testing.T) {
	fsys := exportSite("https://example.org/repo/")
	want := buildFiles(t, fsys)
	orders := map[string]func([]output.File) []output.File{
		"as listed": func(f []output.File) []output.File { return f },
		"reversed":  func(f []output.File) []output.File { slices.Reverse(f); return f },
		"shuffled": func(f []output.File) []output.File {
			r := rand.New(rand.NewPCG(1, 2))
			r.Shuffle(len(f), func(i, j int) { f[i], f[j] = f[j], f[i] })
			return f
		},
	}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			files, res, bodies := writeOnceFiles(t, fsys)
			if !slices.ContainsFunc(bodies, func(s string) bool { return s != "" }) {
				t.Fatal("no brief has HTML to let go")
			}
			writeAndCompare(t, order(files), want)
			for _, b := range res.Site.Briefs {
				if !b.BodyHTML.IsZero() {
					t.Errorf("%s: HTML kept after every file was written", b.Slug)
				}
			}
		})
	}
	t.Run("concurrent", func(t *testing.T) {
		files, res, _ := writeOnceFiles(t, fsys)
		var wg sync.WaitGroup
		next := make(chan output.File)
		for range 4 {
			wg.Go(func() {
				for f := range next {
					var buf bytes.Buffer
					if err := f.Write(&buf); err != nil || !bytes.Equal(buf.Bytes(), want[f.Path]) {
						t.Errorf("%s differs from a normal build's (%v)", f.Path, err)
					}
				}
			})
		}
		for _, f := range files {
			next <- f
		}
		close(next)
		wg.Wait()
		for _, b := range res.Site.Briefs {
			if !b.BodyHTML.IsZero() {
				t.Errorf("%s: HTML kept after every file was written", b.Slug)
			}
		}
	})
}

// TestWriteOnceOwnTemplates checks that a site with templates of its own,
// which may show any brief's HTML anywhere, keeps every body.
func TestWriteOnceOwnTemplates(t *testing.T) {
	fsys := exportSite("")
	fsys["templates/404.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{range .Site.Briefs}}{{.HTML}}{{end}}{{end}}`)}
	want := buildFiles(t, fsys)
	files, res, bodies := writeOnceFiles(t, fsys)
	// 404.html, which shows every body, last.
	i := slices.IndexFunc(files, func(f output.File) bool { return f.Path == "404.html" })
	notFound := files[i]
	files = append(slices.Delete(files, i, i+1), notFound)
	writeAndCompare(t, files, want)
	for i, b := range res.Site.Briefs {
		if string(b.HTML()) != bodies[i] {
			t.Errorf("%s: HTML let go though the site has its own templates", b.Slug)
		}
	}
}

// writeAndCompare writes files in their order and reports each that
// differs from want.
func writeAndCompare(t *testing.T, files []output.File, want map[string][]byte) {
	t.Helper()
	for _, f := range files {
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want[f.Path]) {
			t.Errorf("%s differs from a normal build's", f.Path)
		}
	}
}

// buildFiles builds fsys normally and returns every file by path.
func buildFiles(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	_, files := builtSite(t, fsys)
	return files
}

// builtSite builds fsys normally and returns the result and every file
// by path.
func builtSite(t *testing.T, fsys fs.FS) (*build.Result, map[string][]byte) {
	t.Helper()
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() || res.Files == nil {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	return res, files
}
