package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCreateNew checks that CreateNew makes the folders above a new file
// and writes it.
func TestCreateNew(t *testing.T) {
	file := filepath.Join(t.TempDir(), "content", "briefs", "a.md")
	if err := CreateNew(file, []byte("---\ntitle: A\n---\n")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(file)
	if err != nil || string(got) != "---\ntitle: A\n---\n" {
		t.Errorf("file holds %q, %v", got, err)
	}
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm()&0o600 != 0o600 {
		t.Errorf("file mode %v, %v", fi.Mode(), err)
	}
}

// TestCreateNewRefuses checks that CreateNew overwrites neither a file
// nor a link, even one that leads nowhere, and says which file is in the
// way.
func TestCreateNewRefuses(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.md")
	if err := os.WriteFile(file, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := CreateNew(file, []byte("new"))
	if !errors.Is(err, fs.ErrExist) || !strings.Contains(err.Error(), file+" already exists") {
		t.Errorf("CreateNew over a file: %v", err)
	}
	if got, _ := os.ReadFile(file); string(got) != "mine" {
		t.Errorf("the file now holds %q", got)
	}

	link := filepath.Join(dir, "link.md")
	target := filepath.Join(dir, "nowhere.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if err := CreateNew(link, []byte("new")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("CreateNew over a link: %v", err)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Errorf("CreateNew wrote through the link")
	}
}

// TestCreateNewParentIsFile checks that CreateNew fails, writing
// nothing, when a file is where a folder above the new file would be.
func TestCreateNewParentIsFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "content"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := CreateNew(filepath.Join(dir, "content", "a.md"), []byte("x")); err == nil {
		t.Errorf("CreateNew under a file: no error")
	}
}

// TestAppendLine checks that AppendLine puts the line on a line of its
// own, whether or not the file ends with a line break, and that it
// creates no file.
func TestAppendLine(t *testing.T) {
	for _, tt := range []struct{ old, want string }{
		{"", "public/\n"},
		{"*.exe\n", "*.exe\npublic/\n"},
		{"*.exe", "*.exe\npublic/\n"},
		{"*.exe\r\n", "*.exe\r\npublic/\n"},
	} {
		file := filepath.Join(t.TempDir(), ".gitignore")
		if err := os.WriteFile(file, []byte(tt.old), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := AppendLine(file, "public/"); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(file); string(got) != tt.want {
			t.Errorf("after %q: %q, want %q", tt.old, got, tt.want)
		}
	}
	missing := filepath.Join(t.TempDir(), ".gitignore")
	if err := AppendLine(missing, "public/"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("AppendLine to a missing file: %v", err)
	}
	if _, err := os.Lstat(missing); err == nil {
		t.Errorf("AppendLine created the file")
	}
}

// TestReplace checks that Replace writes over a file and a link in full,
// leaves no file beside them and never writes through the link.
func TestReplace(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.html")
	if err := os.WriteFile(target, []byte("target"), 0o600); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "style.css")
	link := filepath.Join(dir, "base.html")
	if err := os.WriteFile(file, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, path := range []string{file, link} {
		if err := Replace(path, []byte("new")); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Lstat(path)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.Mode().IsRegular() || fi.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want a regular file of mode 0644", path, fi.Mode())
		}
		if b, _ := os.ReadFile(path); string(b) != "new" {
			t.Errorf("%s holds %q, want %q", path, b, "new")
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "target" {
		t.Errorf("the link's target was written: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("the folder holds %d entries, want 3 (no file left beside them)", len(entries))
	}
	if err := Replace(filepath.Join(dir, "missing", "x.css"), []byte("x")); err == nil {
		t.Error("Replace in a missing folder: no error")
	}
}
