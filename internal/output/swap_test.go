package output

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestWriteKeepsHidden checks that the hidden entries of the output, a
// gh-pages worktree's .git or a .nojekyll, which brief never makes, stay
// through builds, that a folder holding only such entries may be built
// into, and that a failed build leaves them where they were.
func TestWriteKeepsHidden(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	for name, text := range map[string]string{".git": "gitdir: ../.git/worktrees/public\n", ".nojekyll": ""} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, home := range []string{"home", "new home"} {
		if err := Write(context.Background(), dir, []File{textFile("index.html", home), textFile("old.html", "x")}, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(context.Background(), dir, []File{textFile("index.html", "last")}, Options{}); err != nil {
		t.Fatal(err)
	}
	failing := File{Path: "bad.html", Write: func(w io.Writer) error { return errors.New("no") }}
	if err := Write(context.Background(), dir, []File{textFile("index.html", "never"), failing}, Options{}); err == nil {
		t.Fatal("a failing file did not fail the build")
	}
	// Nor does a build that would make a hidden entry of the same name
	// replace it.
	if err := Write(context.Background(), dir, []File{textFile("index.html", "never"), textFile(".nojekyll/index.html", "x")}, Options{}); err == nil {
		t.Fatal("a build making .nojekyll/ did not fail")
	}
	got := tree(t, dir)
	want := map[string]string{".git": "gitdir: ../.git/worktrees/public\n", ".nojekyll": "", "index.html": "last", Marker: got[Marker]}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("output:\n%v\nwant\n%v", got, want)
	}
}

// TestSwapKeepsHiddenOfRacingBuild checks that a swap whose old output
// holds hidden entries the new one lacks, as when another build swapped
// its output, with the .git it carried, in after this one's carryHidden
// looked, moves them into the new output rather than deleting them.
func TestSwapKeepsHiddenOfRacingBuild(t *testing.T) {
	parent := t.TempDir()
	dir, tmp := filepath.Join(parent, "public"), filepath.Join(parent, ".public.tmp-1")
	for p, text := range map[string]string{"public/.git/HEAD": "ref: refs/heads/gh-pages\n", "public/index.html": "old", ".public.tmp-1/index.html": "new"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(parent, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(parent, p), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := swap(tmp, dir, 2, osOps, func(path, msg string) { t.Error(path, msg) }); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, dir); fmt.Sprint(got) != fmt.Sprint(map[string]string{".git/HEAD": "ref: refs/heads/gh-pages\n", "index.html": "new"}) {
		t.Errorf("output after the swap: %v", got)
	}
	if left, _ := filepath.Glob(filepath.Join(parent, ".public.tmp-*")); len(left) > 0 {
		t.Errorf("left beside the output: %q", left)
	}
}

// TestSwapKeepsUndeletableOld checks that once the new output is in
// place, an old copy that cannot be deleted, as one of another user's
// files (a public/ a container made as root), or that cannot give the
// new one its hidden entries, is a warning that names it and says why,
// not an error, and that Leftovers tells it from an interrupted write.
func TestSwapKeepsUndeletableOld(t *testing.T) {
	denied := &fs.PathError{Op: "unlinkat", Path: "x/actors/index.html", Err: syscall.EACCES}
	tests := []struct {
		name      string
		removeErr error
		newHidden bool // the new output has the .nojekyll the old one holds
		want      string
	}{
		{"another user's", denied, false, "the site was built into public, but this old copy of it could not be deleted: unlinkat x/actors/index.html: permission denied; delete it as the user whose files it holds (sudo rm -r "},
		{"a disk error", &fs.PathError{Op: "unlinkat", Path: "x", Err: syscall.EIO}, false, "the site was built into public, but this old copy of it could not be deleted: unlinkat x: input/output error; delete it"},
		{"a hidden entry of both", nil, true, "the site was built into public, and this old copy of it is kept, as its hidden entries could not all go into the new one (the new site has .nojekyll, a file of static/, and "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			dir, tmp := filepath.Join(parent, "public"), filepath.Join(parent, ".public.tmp-1")
			files := map[string]string{"public/index.html": "old", "public/.nojekyll": "", ".public.tmp-1/index.html": "new"}
			if tt.newHidden {
				files[".public.tmp-1/.nojekyll"] = "other"
			}
			for p, text := range files {
				if err := os.MkdirAll(filepath.Dir(filepath.Join(parent, p)), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(parent, p), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ops := osOps
			if tt.removeErr != nil {
				ops.removeAll = func(string, int) error { return tt.removeErr }
			}
			var warned []string
			warn := func(path, msg string) { warned = append(warned, path+": "+msg) }
			if err := swap(tmp, dir, 2, ops, warn); err != nil {
				t.Fatalf("swap = %v, want a warning", err)
			}
			if len(warned) != 1 || !strings.HasPrefix(warned[0], tmp+".old: "+tt.want) {
				t.Errorf("warnings: %q\nwant one at %s.old with %q", warned, tmp, tt.want)
			}
			if got := tree(t, dir)["index.html"]; got != "new" {
				t.Errorf("the output's index.html is %q, want the new one", got)
			}
			if got := tree(t, tmp+".old")["index.html"]; got != "old" {
				t.Errorf("the old copy's index.html is %q, want it kept", got)
			}
			left := Leftovers(dir)
			if len(left) != 1 || !left[0].Old || left[0].Name != ".public.tmp-1.old" {
				t.Errorf("Leftovers = %+v, want the old copy, told as one", left)
			}
		})
	}
}

// TestWriteHiddenOfItsOwn checks that the hidden files a build wrote (a
// static/.well-known/ or .htaccess), which its marker lists, are brief's,
// replaced by the next build, and that a file put among them by hand, or
// a hidden one put below the top, stops the next build, as any other,
// while the publisher's own hidden entries at the top stay.
func TestWriteHiddenOfItsOwn(t *testing.T) {
	first := []File{textFile("index.html", "home"), textFile(".htaccess", "Options -Indexes"), textFile(".well-known/security.txt", "Contact: a")}
	second := []File{textFile("index.html", "home 2"), textFile(".well-known/security.txt", "Contact: b")}
	tests := []struct {
		name  string
		hand  []string // files put into the output by hand
		files []File   // the second build's
		want  string   // the second build's error; "": it builds
		kept  []string // the files the output has after it, but the marker
	}{
		{"replaced", nil, second, "", []string{".well-known/security.txt", "index.html"}},
		{"the publisher's stay", []string{".nojekyll", ".git/HEAD"}, second, "", []string{".git/HEAD", ".nojekyll", ".well-known/security.txt", "index.html"}},
		{"a Mac's go", []string{"briefs/.DS_Store", ".well-known/._security.txt"}, second, "", []string{".well-known/security.txt", "index.html"}},
		{"put among brief's", []string{".well-known/acme-challenge/token"}, second, "brief did not make .well-known/acme-challenge/token, which the new build would remove", nil},
		{"hidden, below the top", []string{"briefs/.htaccess"}, second, "brief did not make briefs/.htaccess, which", nil},
		{"the publisher's, which the site has too", []string{".nojekyll"}, append(second, textFile(".nojekyll", "")), "the new site has .nojekyll, a file of static/, and ", nil},
		{"the publisher's, which the site has the same", []string{".nojekyll"}, append(second, textFile(".nojekyll", "mine")), "", []string{".nojekyll", ".well-known/security.txt", "index.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			if err := Write(context.Background(), dir, first, Options{}); err != nil {
				t.Fatal(err)
			}
			for _, p := range tt.hand {
				if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, p), []byte("mine"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before := tree(t, dir)
			err := Write(context.Background(), dir, tt.files, Options{})
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("second build: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("second build: %v, want an error with %q", err, tt.want)
			case tt.want != "":
				if got := tree(t, dir); fmt.Sprint(got) != fmt.Sprint(before) {
					t.Errorf("the refused build changed the output:\n%v\nwant\n%v", got, before)
				}
				return
			}
			got := tree(t, dir)
			delete(got, Marker)
			if names := slices.Sorted(maps.Keys(got)); !slices.Equal(names, tt.kept) {
				t.Errorf("output: %q, want %q", names, tt.kept)
			}
			if got[".well-known/security.txt"] != "Contact: b" {
				t.Errorf("security.txt: %q, want the second build's", got[".well-known/security.txt"])
			}
		})
	}
}

// TestWriteCannotPutBack checks that a failed build that could not put
// the output's hidden entries back, which it had moved into the new one,
// says where they are, and does not say the output is as it was.
func TestWriteCannotPutBack(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	if err := Write(context.Background(), dir, []File{textFile("index.html", "old")}, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".nojekyll"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	renamed := 0 // the output: probed, then swapped
	ops := osOps
	ops.rename = func(from, to string) error {
		if from == dir {
			if renamed++; renamed == 2 {
				return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO}
			}
		}
		if to == filepath.Join(dir, ".nojekyll") {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO}
		}
		return os.Rename(from, to)
	}
	err := write(context.Background(), dir, []File{textFile("index.html", "new")}, Options{}, ops)
	if err == nil || Unchanged(err) || !strings.Contains(err.Error(), "input/output error; and .nojekyll could not be moved back into public: they are in "+filepath.Join(parent, ".public.tmp-")) {
		t.Fatalf("Write = %v (unchanged: %v), want one that names where .nojekyll is", err, Unchanged(err))
	}
	left, _ := filepath.Glob(filepath.Join(parent, ".public.tmp-*", ".nojekyll"))
	if len(left) != 1 {
		t.Fatalf(".nojekyll is lost: %v", left)
	}
	if data, _ := os.ReadFile(left[0]); string(data) != "mine" {
		t.Errorf(".nojekyll holds %q", data)
	}
}

// TestWriteHiddenOfBoth checks that a hidden file put into the output by
// hand, and now in static/ too (a .nojekyll, which an older brief did not
// copy), is no clash when the two are the same: the new site's stands,
// in either way of writing it, and the next build finds it brief's. Two
// files that differ, or two folders, stop the build, which says to keep
// one, and leaves the output as it was.
func TestWriteHiddenOfBoth(t *testing.T) {
	for _, inPlace := range []bool{false, true} {
		for _, tt := range []struct {
			name, mine string
			files      []File
			want       string
		}{
			{"the same", ".nojekyll", []File{textFile(".nojekyll", "mine")}, ""},
			{"the same, empty", ".domains", []File{textFile(".domains", "")}, ""},
			{"different", ".nojekyll", []File{textFile(".nojekyll", "")}, "the new site has .nojekyll, a file of static/, and %s has a .nojekyll brief did not make, which differs from static/'s; keep one of them: delete %[1]s/.nojekyll (static/'s is published), or static/.nojekyll (brief keeps the other)"},
			{"larger", ".nojekyll", []File{textFile(".nojekyll", strings.Repeat("m", 100<<10))}, "which differs from static/'s"},
			{"a folder", ".well-known/security.txt", []File{textFile(".well-known/security.txt", "mine")}, "the new site has .well-known, of static/, and %s has a .well-known brief did not make, which it keeps; move what you want of it into static/.well-known, then delete %[1]s/.well-known"},
		} {
			t.Run(fmt.Sprintf("%s, in place %v", tt.name, inPlace), func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), "public")
				if err := Write(context.Background(), dir, []File{textFile("index.html", "old")}, Options{}); err != nil {
					t.Fatal(err)
				}
				text := "mine"
				if tt.mine == ".domains" {
					text = ""
				}
				os.MkdirAll(filepath.Dir(filepath.Join(dir, tt.mine)), 0o755)
				if err := os.WriteFile(filepath.Join(dir, tt.mine), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				before := tree(t, dir)
				ops := osOps
				if inPlace {
					ops.rename = func(from, to string) error {
						if from == dir {
							return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EBUSY}
						}
						return os.Rename(from, to)
					}
				}
				files := append([]File{textFile("index.html", "new")}, tt.files...)
				err := write(context.Background(), dir, files, Options{}, ops)
				if tt.want != "" {
					want := tt.want
					if strings.Contains(want, "%") {
						want = fmt.Sprintf(want, dir)
					}
					if err == nil || !strings.Contains(err.Error(), want) || !Unchanged(err) {
						t.Fatalf("Write = %v, want an error with %q", err, want)
					}
					if got := tree(t, dir); fmt.Sprint(got) != fmt.Sprint(before) {
						t.Errorf("the refused build changed the output:\n%v\nwant\n%v", got, before)
					}
					return
				}
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				got := tree(t, dir)
				want := map[string]string{"index.html": "new", tt.mine: text, Marker: string(manifest(files))}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("output:\n%v\nwant\n%v", got, want)
				}
				if err := write(context.Background(), dir, []File{textFile("index.html", "next")}, Options{}, ops); err != nil {
					t.Fatalf("the next build: %v", err)
				}
				if _, err := os.Lstat(filepath.Join(dir, tt.mine)); err == nil {
					t.Errorf("the next build, without it in static/, kept %s", tt.mine)
				}
			})
		}
	}
}
