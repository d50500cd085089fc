package site

import "testing"

func TestBriefPaths(t *testing.T) {
	for _, slug := range []string{"talks", "2024-05-01-talks", "überblick"} {
		b := &Brief{Slug: slug}
		if got, want := b.Path(), "briefs/"+slug+"/"; got != want {
			t.Errorf("Path() = %q, want %q", got, want)
		}
		if got, want := b.PagePath(), b.Path()+"index.html"; got != want {
			t.Errorf("PagePath() = %q, want %q", got, want)
		}
	}
}
