package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/fstest"
)

func textFile(path, text string) File {
	return File{Path: path, Write: func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	}}
}

// tree returns every file under dir with its content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWriteReplaces checks that a second build replaces the first
// completely, in nested folders, and leaves nothing beside the output.
func TestWriteReplaces(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	src := fstest.MapFS{"static/a.txt": {Data: []byte("copied")}}
	var first []File
	for i := range 300 {
		first = append(first, textFile(fmt.Sprintf("briefs/b%d/index.html", i), fmt.Sprint("brief ", i)))
	}
	first = append(first, textFile("index.html", "home"), File{Path: "a.txt", Src: "static/a.txt"})
	for _, workers := range []int{1, 4} {
		if err := Write(context.Background(), dir, first, Options{SrcFS: src, Workers: workers}); err != nil {
			t.Fatal(err)
		}
		got := tree(t, dir)
		if len(got) != len(first)+1 || got["briefs/b7/index.html"] != "brief 7" || got["a.txt"] != "copied" || got[Marker] == "" {
			t.Fatalf("workers=%d: first build wrote %d files, want %d and the marker", workers, len(got), len(first))
		}
	}
	second := []File{textFile("index.html", "new home"), textFile("actors/x/index.html", "x")}
	if err := Write(context.Background(), dir, second, Options{SrcFS: src}); err != nil {
		t.Fatal(err)
	}
	got := tree(t, dir)
	want := map[string]string{"index.html": "new home", "actors/x/index.html": "x", Marker: got[Marker]}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after the second build:\n%v\nwant\n%v", got, want)
	}
	entries, _ := os.ReadDir(parent)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"public"}) {
		t.Errorf("beside the output: %v, want only public", names)
	}
}

// TestSwapFailsBack checks that a swap whose new output cannot take the
// old one's place puts the old one back, as it was.
func TestSwapFailsBack(t *testing.T) {
	parent := t.TempDir()
	dir, tmp := filepath.Join(parent, "public"), filepath.Join(parent, ".public.tmp-1")
	for p, text := range map[string]string{"public/index.html": "old", ".public.tmp-1/index.html": "new"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(parent, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(parent, p), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	full := errors.New("no space left on device")
	rename := func(from, to string) error {
		if from == tmp {
			return full
		}
		return os.Rename(from, to)
	}
	if err := swap(tmp, dir, 2, fsOps{rename: rename, removeAll: removeAll}, func(path, msg string) { t.Error(path, msg) }); !errors.Is(err, full) {
		t.Fatalf("swap = %v, want %v", err, full)
	}
	if got := tree(t, dir); fmt.Sprint(got) != fmt.Sprint(map[string]string{"index.html": "old"}) {
		t.Errorf("output after the failed swap: %v", got)
	}
}

// TestWriteCancelled checks that a write cancelled midway leaves the
// output as it was, hidden entries and all, and no temporary directory.
func TestWriteCancelled(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	if err := Write(context.Background(), dir, []File{textFile("index.html", "old")}, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".nojekyll"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var files []File
	var written atomic.Int32
	for i := range 50 {
		files = append(files, File{Path: fmt.Sprintf("p%d/index.html", i), Write: func(w io.Writer) error {
			written.Add(1)
			cancel() // the first file written cancels the rest
			_, err := io.WriteString(w, "new")
			return err
		}})
	}
	if err := Write(ctx, dir, files, Options{Workers: 1}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Write cancelled = %v, want context.Canceled", err)
	}
	if n := written.Load(); n > 2 {
		t.Errorf("Write went on to write %d files once cancelled", n)
	}
	got := tree(t, dir)
	want := map[string]string{".nojekyll": "", "index.html": "old", Marker: got[Marker]}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("output after a cancelled write:\n%v\nwant\n%v", got, want)
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("a cancelled write left %v beside the output", entries)
	}
}

func TestWriteErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	boom := File{Path: "bad/index.html", Write: func(w io.Writer) error { return fmt.Errorf("boom") }}
	err := Write(context.Background(), dir, []File{textFile("index.html", "x"), boom}, Options{})
	if err == nil || !strings.Contains(err.Error(), "writing bad/index.html: boom") {
		t.Errorf("Write with a failing file: %v", err)
	}
	// The file is found as render.TemplateProblem finds it, not read
	// back from the text.
	if we, ok := errors.AsType[*WriteError](err); !ok || we.Path != "bad/index.html" || we.Err.Error() != "boom" {
		t.Errorf("Write with a failing file: %#v, want a *WriteError for bad/index.html", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("a failed first build left %s behind", dir)
	}
	if err := Write(context.Background(), dir, []File{textFile("../x", "x")}, Options{}); err == nil {
		t.Errorf("Write accepted the path ../x")
	}
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, "keep.txt"), []byte("mine"), 0o644)
	if err := Write(context.Background(), foreign, []File{textFile("index.html", "x")}, Options{}); err == nil {
		t.Errorf("Write replaced a folder brief did not make")
	}
	if data, _ := os.ReadFile(filepath.Join(foreign, "keep.txt")); string(data) != "mine" {
		t.Errorf("a refused write changed the folder")
	}
}

// TestWriteOrder checks the order files start in: those nearer the root
// first, in the order given among equals, and those marked Last after
// all others.
func TestWriteOrder(t *testing.T) {
	var started []string
	file := func(path string, last bool) File {
		return File{Path: path, Last: last, Write: func(w io.Writer) error {
			started = append(started, path) // one worker: no race
			_, err := io.WriteString(w, path)
			return err
		}}
	}
	files := []File{
		file("briefs/a/index.html", false),
		file("timeline/index.html", true),
		file("data/briefs.json", false),
		file("index.html", true),
		file("actors/b/index.html", false),
		file("feed.xml", false),
	}
	if err := Write(context.Background(), filepath.Join(t.TempDir(), "public"), files, Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	want := []string{"feed.xml", "data/briefs.json", "briefs/a/index.html", "actors/b/index.html", "index.html", "timeline/index.html"}
	if !slices.Equal(started, want) {
		t.Errorf("files started in the order\n%q\nwant\n%q", started, want)
	}
}

// TestWriteRefusesForeignFiles puts files into a built output by hand: the
// next build refuses to replace it, naming them, and loses nothing; once
// they are gone, it builds. Hidden files below the top are named too, but
// for a Mac's .DS_Store and ._ files, which the Finder makes.
func TestWriteRefusesForeignFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	files := []File{textFile("index.html", "home"), textFile("briefs/a/index.html", "a")}
	if err := Write(context.Background(), dir, files, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"CNAME", "extra/report.docx", "briefs/a/.DS_Store", "briefs/a/._index.html", "briefs/a/.notes/draft.txt", "briefs/.htaccess", ".git/HEAD"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := tree(t, dir)
	err := Write(context.Background(), dir, files[:1], Options{})
	if err == nil || !strings.Contains(err.Error(), "brief did not make CNAME, briefs/.htaccess, briefs/a/.notes/, extra/report.docx, which the new build would remove") {
		t.Fatalf("err = %v, want one naming CNAME, briefs/.htaccess, briefs/a/.notes/ and extra/report.docx", err)
	}
	if got := tree(t, dir); fmt.Sprint(got) != fmt.Sprint(before) {
		t.Errorf("the refused build changed the output:\n%v\nwant\n%v", got, before)
	}
	os.Remove(filepath.Join(dir, "CNAME"))
	os.RemoveAll(filepath.Join(dir, "extra"))
	os.RemoveAll(filepath.Join(dir, "briefs/a/.notes"))
	os.Remove(filepath.Join(dir, "briefs/.htaccess"))
	if err := Write(context.Background(), dir, files[:1], Options{}); err != nil {
		t.Fatalf("with the files gone: %v", err)
	}
	// An output of an older brief, whose marker lists nothing, is replaced.
	os.WriteFile(filepath.Join(dir, "CNAME"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(dir, Marker), []byte("This directory is generated by brief.\n"), 0o644)
	if err := Write(context.Background(), dir, files, Options{}); err != nil {
		t.Fatalf("an older output: %v", err)
	}
}

// TestClaim checks that a folder a tool claimed, and wrote into, may be
// claimed again and replaced by a build, and that Claim refuses what
// Write would.
func TestClaim(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "floor")
	for range 2 {
		if err := Claim(dir, ""); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "page.html"), []byte("floor"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(context.Background(), dir, []File{textFile("index.html", "home")}, Options{}); err != nil {
		t.Fatalf("a build into a claimed folder: %v", err)
	}
	mine := filepath.Join(t.TempDir(), "mine")
	os.MkdirAll(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "keep.txt"), []byte("precious"), 0o644)
	if err := Claim(mine, ""); err == nil {
		t.Error("Claim emptied a folder brief did not make")
	}
	if _, err := os.Stat(filepath.Join(mine, "keep.txt")); err != nil {
		t.Errorf("keep.txt: %v", err)
	}
}

// TestManifestSorted checks that the marker lists the files by path
// whatever order they were written in, so that the same site gives the
// same marker.
func TestManifestSorted(t *testing.T) {
	a := manifest([]File{{Path: "b/index.html"}, {Path: "a.css"}, {Path: "index.html"}})
	b := manifest([]File{{Path: "index.html"}, {Path: "b/index.html"}, {Path: "a.css"}})
	if !bytes.Equal(a, b) || !bytes.HasSuffix(a, []byte("\na.css\nb/index.html\nindex.html\n")) {
		t.Errorf("manifests differ or are not sorted:\n%s\n%s", a, b)
	}
}

// TestWriteDiskFull checks that a failure of the disk every file meets,
// whose errors each name their file, is told once, with the number of
// other files and one path, that a full or read-only disk stops the
// writing, and that the old output is left as it was.
func TestWriteDiskFull(t *testing.T) {
	tests := []struct {
		name  string
		errno syscall.Errno
		stops bool   // brief stops writing at the first
		want  string // in the error
	}{
		{"full", syscall.ENOSPC, true, "no space left on device; brief stopped writing: a build writes the whole new site before it replaces the old one, so the disk needs room for a second copy of the site"},
		{"over quota", syscall.EDQUOT, true, "; brief stopped writing: a build writes the whole new site"},
		{"read-only", syscall.EROFS, true, "read-only file system; brief stopped writing"},
		{"input/output", syscall.EIO, false, "input/output error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			if err := Write(context.Background(), dir, []File{textFile("index.html", "old")}, Options{}); err != nil {
				t.Fatal(err)
			}
			var written atomic.Int32
			var files []File
			for i := range 200 {
				path := fmt.Sprintf("actors/a%03d/index.html", i)
				files = append(files, File{Path: path, Write: func(w io.Writer) error {
					written.Add(1)
					return &fs.PathError{Op: "write", Path: filepath.Join(dir, path), Err: tt.errno}
				}})
			}
			err := Write(context.Background(), dir, files, Options{Workers: 2})
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if strings.Count(msg, "\n") > 0 || !strings.HasPrefix(msg, "writing actors/a") || !tt.stops && !strings.Contains(msg, " and 199 other files") || !strings.Contains(msg, tt.want) {
				t.Errorf("error:\n%s\nwant one line naming one file and the number of others, with %q", msg, tt.want)
			}
			if n := written.Load(); tt.stops && n > 4 || !tt.stops && n != 200 {
				t.Errorf("%d files written of 200 (stops: %v)", n, tt.stops)
			}
			if got := tree(t, dir); got["index.html"] != "old" || len(got) != 2 {
				t.Errorf("output after the failure: %v", got)
			}
			if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public.tmp-*")); len(left) > 0 {
				t.Errorf("left beside the output: %q", left)
			}
		})
	}
}

// TestDistinctCounts checks that distinct tells each cause once, at the
// first file by path, with the number of others, and a template's
// failures apart from the disk's.
func TestDistinctCounts(t *testing.T) {
	files := []File{{Path: "c.html"}, {Path: "a.html"}, {Path: "b.html"}, {Path: "d.html"}}
	boom := errors.New("template: brief.html:3: boom")
	failed := map[int]error{
		0: &WriteError{Path: "c.html", Err: boom},
		1: &WriteError{Path: "a.html", Err: &fs.PathError{Op: "open", Path: "/x/a.html", Err: syscall.EACCES}},
		2: &WriteError{Path: "b.html", Err: boom},
		3: &WriteError{Path: "d.html", Err: &fs.PathError{Op: "open", Path: "/x/d.html", Err: syscall.EACCES}},
	}
	want := "writing a.html and 1 other file: open /x/a.html: permission denied\nwriting b.html and 1 other file: template: brief.html:3: boom"
	if got := distinct(files, failed); got == nil || got.Error() != want {
		t.Errorf("distinct:\n%v\nwant\n%s", got, want)
	}
	if we := failed[1].(*WriteError); we.Others != 0 {
		t.Errorf("distinct changed a failure it was given: %v", we)
	}
}

// TestWrittenDropped checks that Written reads what the last build wrote
// from the marker, and nothing where no list of it is kept, and that
// Dropped names those of its files a new build does not write.
func TestWrittenDropped(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name    string
		prepare func(t *testing.T, dir string) // makes dir as the last build left it
		next    []string                       // the new build's files
		want    []string                       // dropped
	}{
		{"no folder", func(*testing.T, string) {}, []string{"index.html"}, nil},
		{"no marker", func(t *testing.T, dir string) {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}, []string{"index.html"}, nil},
		{"marker without a list", func(t *testing.T, dir string) {
			if err := Claim(dir, ""); err != nil {
				t.Fatal(err)
			}
		}, []string{"index.html"}, nil},
		{"renamed", func(t *testing.T, dir string) {
			files := []File{textFile("index.html", "home"), textFile("briefs/old/index.html", "old"), textFile("a.css", "")}
			if err := Write(ctx, dir, files, Options{}); err != nil {
				t.Fatal(err)
			}
		}, []string{"index.html", "briefs/new/index.html", "a.css"}, []string{"briefs/old/index.html"}},
		{"all kept", func(t *testing.T, dir string) {
			if err := Write(ctx, dir, []File{textFile("index.html", "home")}, Options{}); err != nil {
				t.Fatal(err)
			}
		}, []string{"index.html", "b.html"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			tt.prepare(t, dir)
			var next []File
			for _, p := range tt.next {
				next = append(next, textFile(p, ""))
			}
			last := Written(dir)
			if got := Dropped(last, next); !slices.Equal(got, tt.want) {
				t.Errorf("Dropped(%q, ...) = %q, want %q", last, got, tt.want)
			}
			if err := Write(ctx, dir, next, Options{}); err != nil {
				t.Fatal(err)
			}
			if got := Written(dir); !slices.Equal(got, slices.Sorted(slices.Values(tt.next))) {
				t.Errorf("after a build, Written = %q, want %q", got, tt.next)
			}
		})
	}
}
