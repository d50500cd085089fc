package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestTemplateAbout checks that brief templates -list says what each of
// the theme's files makes, and names no file the theme lacks: a file
// added to templates/ needs its line.
func TestTemplateAbout(t *testing.T) {
	files := themeFiles()
	if !slices.Contains(files, "brief.html") || !slices.Contains(files, "style.css") || slices.Contains(files, "embed.go") {
		t.Fatalf("themeFiles() = %v", files)
	}
	for _, name := range files {
		if templateAbout[name] == "" {
			t.Errorf("templateAbout has no line for the theme's %s", name)
		}
	}
	for name := range templateAbout {
		if !slices.Contains(files, name) {
			t.Errorf("templateAbout has a line for %s, which is no file of the theme's", name)
		}
	}
}

// TestCopyTemplateForce checks that -force replaces a site's file whole,
// through a file renamed over it that it leaves nothing of, and replaces a
// link with a file rather than writing where it leads.
func TestCopyTemplateForce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.html")
	elsewhere := filepath.Join(t.TempDir(), "theirs.html")
	if err := os.WriteFile(elsewhere, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, path); err != nil {
		t.Skip(err)
	}
	if done, err := copyTemplate(path, []byte("theme"), false); done != kept || err != nil {
		t.Fatalf("without -force: %v, %v; want kept", done, err)
	}
	if done, err := copyTemplate(path, []byte("theme"), true); done != replaced || err != nil {
		t.Fatalf("with -force: %v, %v; want replaced", done, err)
	}
	if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm() != 0o644 {
		t.Errorf("%s is %v (%v), want a file of mode 0644", path, fi.Mode(), err)
	}
	if data, _ := os.ReadFile(path); string(data) != "theme" {
		t.Errorf("%s holds %q, want the theme's", path, data)
	}
	if data, _ := os.ReadFile(elsewhere); string(data) != "mine" {
		t.Errorf("the link's file holds %q, want it left as it was", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want brief.html alone", len(entries))
	}
}
