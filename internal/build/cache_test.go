package build_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/render"
)

// snapshot is everything a build produces that a reader or an editor sees.
type snapshot struct {
	files map[string][]byte
	diags []diag.Diagnostic
}

func built(t *testing.T, fsys fs.FS, opts build.Options) snapshot {
	t.Helper()
	res := build.Build(context.Background(), fsys, opts)
	snap := snapshot{diags: res.Diags.Sorted()}
	if res.Files != nil {
		files, err := render.Files(res.Files, fsys)
		if err != nil {
			t.Fatal(err)
		}
		snap.files = files
	}
	return snap
}

func sameSnapshot(t *testing.T, step string, got, want snapshot) {
	t.Helper()
	if !slices.Equal(got.diags, want.diags) {
		t.Errorf("%s: with the cache the diagnostics are\n%v\nwithout\n%v", step, got.diags, want.diags)
	}
	if len(got.files) != len(want.files) {
		t.Errorf("%s: with the cache %d files, without %d", step, len(got.files), len(want.files))
	}
	n := 0
	for name, data := range want.files {
		if !bytes.Equal(got.files[name], data) {
			if n++; n <= 3 {
				t.Errorf("%s: %s differs with the cache", step, name)
			}
		}
	}
}

// edits is a sequence of changes to a generated site, each a function that
// changes the files; the test builds after each with and without a cache.
func edits(briefs []string, read func(string) string, write func(string, string), remove func(string)) []struct {
	name string
	do   func()
} {
	a, b, c := briefs[3], briefs[0], briefs[1]
	bSlug := strings.TrimSuffix(filepath.Base(b), ".md")
	return []struct {
		name string
		do   func()
	}{
		{"unchanged", func() {}},
		{"one-line edit", func() { write(a, read(a)+"\nA line added at the end.\n") }},
		{"link to a brief by slug", func() { write(a, read(a)+"\nSee [["+bSlug+"]] and [["+bSlug+"#background|this]].\n") }},
		{"retitle the linked brief", func() {
			write(b, strings.Replace(read(b), "title: \"", "title: \"Retitled: ", 1))
		}},
		{"summary from the body", func() {
			src := read(c)
			if i := strings.Index(src, "\nsummary: "); i >= 0 {
				j := strings.Index(src[i+1:], "\n")
				src = src[:i] + src[i+1+j:]
			}
			write(c, src)
		}},
		{"delete the linked brief", func() { remove(b) }},
		{"broken front matter", func() { write(c, "---\ntitle: [unclosed\n---\nBody.\n") }},
		{"new brief", func() {
			write("content/briefs/zz-new.md", "---\ntitle: New\ndate: 2025-01-02\nactors: [Someone New]\n---\nLinks to [[zz-new]] and [[nobody]].\n")
		}},
		{"profile edit", func() {
			write("content/countries/kenya.md", "---\nname: Kenya\nsummary: \"\"\n---\nEdited profile, linking [[zz-new]].\n")
		}},
	}
}

func TestCacheMapFS(t *testing.T) {
	fsys := corpus.Generate(60, 5)
	briefs := corpus.BriefFiles(60, 5)
	cache := build.NewCache()
	steps := edits(briefs,
		func(name string) string { return string(fsys[name].Data) },
		func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} },
		func(name string) { delete(fsys, name) })
	for _, step := range steps {
		step.do()
		want := built(t, fsys, build.Options{})
		got := built(t, fsys, build.Options{Cache: cache})
		sameSnapshot(t, step.name, got, want)
	}
}

func TestCacheDisk(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.WriteDir(dir, 60, 6); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	briefs := corpus.BriefFiles(60, 6)
	cache := build.NewCache()
	built(t, fsys, build.Options{Cache: cache, Workers: 3})
	steps := edits(briefs,
		func(name string) string {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		},
		func(name, data string) {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		},
		func(name string) { os.Remove(filepath.Join(dir, name)) })
	for i, step := range steps {
		step.do()
		want := built(t, fsys, build.Options{})
		got := built(t, fsys, build.Options{Cache: cache, Workers: 1 + i%3})
		sameSnapshot(t, fmt.Sprintf("%s (disk)", step.name), got, want)
	}
}
