package output

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestWriteInPlace checks that where Write can neither make a folder
// beside the output (its parent is another user's, or read-only) nor
// rename the output (a mount point, a container's volume), it builds
// inside it and replaces what brief made there entry by entry, keeps the
// publisher's hidden entries, warns that it did, and leaves nothing of
// its own; that a failure midway puts everything back, or keeps and
// names what could not go back; and that where it cannot, it says what
// to do.
func TestWriteInPlace(t *testing.T) {
	type fails struct {
		beside, inside error  // mkdirTemp's, beside the output and in it
		renameOut      error  // renaming the output itself
		moveIn         string // the new entry whose move into the output fails
		moveBack       string // the old entry whose move back fails too
	}
	first := []File{textFile("index.html", "old home"), textFile("a/index.html", "old a"), textFile("gone/index.html", "gone"), textFile(".htaccess", "old")}
	second := []File{textFile("index.html", "home"), textFile("a/index.html", "a"), textFile("b/index.html", "b"), textFile(".htaccess", "new")}
	built := map[string]string{".git/HEAD": "mine", ".htaccess": "new", "a/index.html": "a", "b/index.html": "b", "index.html": "home"}
	tests := []struct {
		name    string
		fails   fails
		new     bool   // the output does not exist yet
		files   []File // the second build's, when not second
		want    string // the warning, or the error
		built   bool   // the site was built
		changed bool   // the error left the output changed
	}{
		{"the parent is another user's", fails{beside: syscall.EACCES}, false, nil,
			"the site was replaced in place, entry by entry, rather than swapped in at once: brief cannot make its new folder beside public, in ", true, false},
		{"the parent is read-only", fails{beside: syscall.EROFS}, false, nil, "(read-only file system)", true, false},
		{"a mount point", fails{renameOut: syscall.EBUSY}, false, nil,
			"the site was replaced in place, entry by entry, rather than swapped in at once: public cannot be renamed, as a mount point, a container's volume or a disk's root, cannot (device or resource busy)", true, false},
		{"another device", fails{renameOut: syscall.EXDEV}, false, nil, "public cannot be renamed, as a mount point", true, false},
		{"not the user's to rename", fails{renameOut: syscall.EPERM}, false, nil, "public cannot be renamed (operation not permitted)", true, false},
		{"a move fails", fails{renameOut: syscall.EBUSY, moveIn: "b"}, false, nil, "/public/b: input/output error", false, false},
		{"a move fails, and one back", fails{renameOut: syscall.EBUSY, moveIn: "b", moveBack: "a"}, false, nil, "and public could not be put back as it was (a): its old files are in ", false, true},
		{"the publisher's, which the site has too", fails{renameOut: syscall.EBUSY}, false, append(slices.Clip(second), textFile(".git/HEAD", "x")), "the new site has .git, of static/, and ", false, false},
		{"not there yet", fails{beside: syscall.EACCES}, true, nil,
			"cannot build public: brief cannot make its new folder beside public, in %s (permission denied), where a build writes the new site before it swaps it in; make %[1]s writable, or build into a folder of yours and copy it there", false, false},
		{"nor inside", fails{beside: syscall.EACCES, inside: syscall.EACCES}, false, nil,
			"cannot build public: brief cannot make its new folder beside public, in %s (permission denied), where a build writes the new site before it swaps it in, nor in public itself (permission denied); make public writable, or build into a folder of yours", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			t.Chdir(parent)
			abs := filepath.Join(parent, "public")
			if !tt.new {
				if err := Write(context.Background(), "public", first, Options{}); err != nil {
					t.Fatal(err)
				}
				os.Mkdir(filepath.Join(abs, ".git"), 0o755)
				os.WriteFile(filepath.Join(abs, ".git", "HEAD"), []byte("mine"), 0o644)
			}
			before := tree(t, parent)
			ops := osOps
			ops.mkdirTemp = func(dir, pattern string) (string, error) {
				switch {
				case dir == parent && tt.fails.beside != nil:
					return "", &fs.PathError{Op: "mkdir", Path: filepath.Join(dir, pattern), Err: tt.fails.beside}
				case dir == abs && tt.fails.inside != nil:
					return "", &fs.PathError{Op: "mkdir", Path: filepath.Join(dir, pattern), Err: tt.fails.inside}
				}
				return os.MkdirTemp(dir, pattern)
			}
			ops.rename = func(from, to string) error {
				switch {
				case from == abs && tt.fails.renameOut != nil,
					tt.fails.moveIn != "" && filepath.Base(from) == tt.fails.moveIn && to == filepath.Join(abs, tt.fails.moveIn),
					tt.fails.moveBack != "" && to == filepath.Join(abs, tt.fails.moveBack) && strings.HasSuffix(filepath.Dir(from), ".old"):
					return &os.LinkError{Op: "rename", Old: from, New: to, Err: cmpErr(tt.fails.renameOut, from == abs)}
				}
				return os.Rename(from, to)
			}
			var warned []string
			files := second
			if tt.files != nil {
				files = tt.files
			}
			err := write(context.Background(), "public", files, Options{Warn: func(path, msg string) { warned = append(warned, path+": "+msg) }}, ops)
			want := tt.want
			if strings.Contains(want, "%") {
				want = fmt.Sprintf(want, parent)
			}
			if tt.built {
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				if len(warned) != 1 || !strings.HasPrefix(warned[0], abs+": ") || !strings.Contains(warned[0], want) {
					t.Errorf("warnings: %q\nwant one at %s with %q", warned, abs, want)
				}
				got := tree(t, parent)
				marker := got["public/"+Marker]
				delete(got, "public/"+Marker)
				if fmt.Sprint(got) != fmt.Sprint(prefixed("public/", built)) {
					t.Errorf("after the build:\n%v\nwant\n%v", got, prefixed("public/", built))
				}
				if string(manifest(second)) != marker {
					t.Errorf("the marker:\n%s\nwant\n%s", marker, manifest(second))
				}
				// The next build, in place again, finds it brief's.
				if err := write(context.Background(), "public", first, Options{}, ops); err != nil {
					t.Errorf("the next build: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("Write: %v, want an error with %q", err, want)
			}
			if Unchanged(err) == tt.changed {
				t.Errorf("Unchanged = %v", Unchanged(err))
			}
			got := tree(t, parent)
			if !tt.changed {
				if fmt.Sprint(got) != fmt.Sprint(before) {
					t.Errorf("the failed build changed the output:\n%v\nwant\n%v", got, before)
				}
				return
			}
			// Nothing is lost: every old file is in the output, or in
			// the folder the error names.
			for p, text := range before {
				name := strings.TrimPrefix(p, "public/")
				found := got[p] == text
				for q, t := range got {
					found = found || strings.HasSuffix(q, ".old/"+name) && t == text
				}
				if !found && name != Marker {
					t.Errorf("%s is lost:\n%v", p, got)
				}
			}
		})
	}
}

// cmpErr returns errno when the output itself is renamed, and EIO for a
// move of one of its entries.
func cmpErr(errno error, out bool) error {
	if out {
		return errno
	}
	return syscall.EIO
}

// prefixed returns the files of m with prefix before their paths.
func prefixed(prefix string, m map[string]string) map[string]string {
	out := map[string]string{}
	for p, text := range m {
		out[prefix+p] = text
	}
	return out
}

// TestLeftoversInPlace checks that the temporary folders a build in
// place left in the output are told of, by their path from beside it, as
// inside it, and that of the hidden entries of a leftover only those that
// may be the output's own are named: not those its marker lists, nor any
// of a temporary folder without a marker, nor any inside the output.
func TestLeftoversInPlace(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	for _, d := range []string{"public/.brief-tmp-1/.htaccess/x", "public/.brief-tmp-1.old/.htaccess/x", "public/.git/x",
		".public.tmp-1.old/.htaccess/x", ".public.tmp-1.old/.git/x", ".public.tmp-2/.htaccess/x"} {
		if err := os.MkdirAll(filepath.Join(parent, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(parent, ".public.tmp-1.old", Marker), manifest([]File{textFile(".htaccess/x", "")}), 0o644); err != nil {
		t.Fatal(err)
	}
	got := Leftovers(dir)
	want := []Leftover{
		{Name: ".public.tmp-1.old", Hidden: []string{".git"}, Old: true},
		{Name: ".public.tmp-2"},
		{Name: filepath.Join("public", ".brief-tmp-1"), Inside: true},
		{Name: filepath.Join("public", ".brief-tmp-1.old"), Old: true, Inside: true},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Leftovers = %+v, want %+v", got, want)
	}
}

// TestRemoveStale checks that a build removes the folders that builds in
// place stopped midway left inside the output, which would be published
// with it, and says so, but not one a build running holds; and that an
// old copy a build in place could not delete is told of once, with how
// to delete it.
func TestRemoveStale(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	if err := Write(context.Background(), dir, []File{textFile("index.html", "old"), textFile(".htaccess", "x")}, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{".brief-tmp-1/a", ".brief-tmp-1.old/b", ".brief-tmp-2.old/c", ".brief-tmp-3/d"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	unlock := tryLock(filepath.Join(dir, ".brief-tmp-3"))
	if unlock == nil {
		t.Skip("no lock on this system")
	}
	defer unlock()
	var warned []string
	warn := func(path, msg string) { warned = append(warned, path+": "+msg) }
	if err := Write(context.Background(), dir, []File{textFile("index.html", "new")}, Options{Warn: warn}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, ".brief-tmp-1") + ": removed: left inside public by a build stopped while it wrote it, so published with it",
		filepath.Join(dir, ".brief-tmp-2.old") + ": removed: an old copy of what brief made in public, which a build replaced but could not delete, or was stopped deleting, so published with public",
	}
	if !slices.Equal(warned, want) {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(warned, "\n"), strings.Join(want, "\n"))
	}
	var names []string
	for _, l := range Leftovers(dir) {
		names = append(names, l.Name)
	}
	if want := []string{filepath.Join("public", ".brief-tmp-3")}; !slices.Equal(names, want) {
		t.Errorf("left: %q, want %q, which a build holds", names, want)
	}
	if got := tree(t, dir)["index.html"]; got != "new" {
		t.Errorf("index.html: %q", got)
	}

	// In place, an old copy that cannot be deleted is told of with how.
	unlock()
	os.RemoveAll(filepath.Join(dir, ".brief-tmp-3"))
	ops := osOps
	ops.rename = func(from, to string) error {
		if from == dir {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EBUSY}
		}
		return os.Rename(from, to)
	}
	ops.removeAll = func(p string, workers int) error {
		if strings.HasSuffix(p, ".old") {
			return &fs.PathError{Op: "unlinkat", Path: p, Err: syscall.EACCES}
		}
		return removeAll(p, workers)
	}
	warned = nil
	if err := write(context.Background(), dir, []File{textFile("index.html", "newer")}, Options{Warn: warn}, ops); err != nil {
		t.Fatal(err)
	}
	if len(warned) != 2 || !strings.Contains(warned[0], "but this old copy of what brief made in it could not be deleted, and is published with it until it is: unlinkat ") ||
		!strings.Contains(warned[0], "permission denied; delete it as the user whose files it holds (sudo rm -r "+filepath.Join(dir, ".brief-tmp-")) {
		t.Errorf("warnings: %q, want the old copy's with sudo rm -r, then the build in place's", warned)
	}
}
