package output

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckTargetRefuses checks that Write refuses every output directory
// that would overwrite the source, the file-system root or the home
// directory, or that brief did not make, including through symbolic links.
func TestCheckTargetRefuses(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "site")
	for _, d := range []string{"content/briefs", "static", "templates"} {
		if err := os.MkdirAll(filepath.Join(src, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) string {
		p := filepath.Join(root, name)
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("symlink: %v", err)
		}
		return p
	}
	toSite := link(src, "to-site")
	toRoot := link(root, "to-root")
	file := filepath.Join(root, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	os.Mkdir(filepath.Join(root, "empty"), 0o755)
	toEmpty := link(filepath.Join(root, "empty"), "to-empty")
	home, _ := os.UserHomeDir()
	tests := []struct {
		name, dir, want string
	}{
		{"root", string(filepath.Separator), "root directory"},
		{"home", home, "home directory"},
		{"the source", src, "own source directory"},
		{"the source through a link", toSite, "own source directory"},
		{"a parent of the source", root, "contains the source"},
		{"content", filepath.Join(src, "content"), "content/"},
		{"inside content", filepath.Join(src, "content", "briefs", "out"), "content/"},
		{"static", filepath.Join(src, "static"), "static/"},
		{"templates", filepath.Join(src, "templates", "x"), "templates/"},
		{"content through a link", filepath.Join(toSite, "content"), "content/"},
		{"inside content through a link", filepath.Join(toSite, "content", "briefs", "out"), "content/"},
		{"a link to a parent", toRoot, "it contains the source"},
		{"a file", file, "not a directory"},
		{"a link to a folder", toEmpty, "it is a link, which brief does not replace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.dir == "" {
				t.Skip("no home directory")
			}
			err := Write(context.Background(), tt.dir, []File{textFile("index.html", "x")}, Options{SrcDir: src})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Write(%s) = %v, want an error containing %q", tt.dir, err, tt.want)
			}
		})
	}
	entries, _ := os.ReadDir(filepath.Join(src, "content"))
	if len(entries) != 1 {
		t.Errorf("content/ changed: %v", entries)
	}
}
