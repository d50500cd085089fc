package check_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSkippedHeadingLevels checks that check warns of a heading of a
// body that skips a level on the page, at the heading, and of no other:
// the first below ##, the title's h1 standing above it, or one more than
// a level below the heading before it, with the body's headings a level
// down when it has a # heading.
func TestSkippedHeadingLevels(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"first under the title", "## A\n\n### B\n\n## C\n\n### D\n\n#### E", nil},
		{"first too deep", "### A third-level heading first\n\nText.", []string{
			`content/briefs/a.md:6:1: warning: heading "### A third-level heading first" skips a level: the one before it is the title, an h1; write "## A third-level heading first"`}},
		{"deeper than the one before", "## A\n\nText.\n\n#### B *b*\n\n##### C", []string{
			`content/briefs/a.md:10:1: warning: heading "#### B *b*" skips a level: the one before it is ##; write "### B *b*"`}},
		{"back up any number", "## A\n### B\n#### C\n## D\n### E", nil},
		{"body with a # heading", "# Intro\n\n## B\n\n# C", nil},
		{"body with a # heading, first too deep", "## A\n\n# B", []string{
			`content/briefs/a.md:6:1: warning: heading "## A" skips a level: the one before it is the title, an h1, with this body's # headings under it as h2s; write "# A"`}},
		{"indented, in a quote and in a list", "   ### A\n\n> #### B\n\n- ###### C", []string{
			`content/briefs/a.md:6:4: warning: heading "### A" skips a level: the one before it is the title, an h1; write "## A"`,
			`content/briefs/a.md:10:3: warning: heading "###### C" skips a level: the one before it is ####; write "##### C"`}},
		{"underlined", "A\n---\n\nB\n---", nil},
		{"closing #s and an id", "### A ### {#a}", []string{
			`content/briefs/a.md:6:1: warning: heading "### A ### {#a}" skips a level`}},
		{"in a code block or a comment", "```\n### A\n```\n\n%%\n### B\n%%\n\n<!--\n### C\n-->", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"brief.yaml":          {Data: []byte("title: R\n")},
				"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [{title: S}]\n---\n" + tc.body + "\n")},
			}
			ds, _ := checkSite(context.Background(), fsys)
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("diagnostic %s, want %s", got[i], w)
				}
			}
		})
	}
}

// TestSkippedHeadingLevelsProfile checks that the headings of a
// profile's and of a page's body are checked as a brief's are: each
// page shows the body under its title.
func TestSkippedHeadingLevelsProfile(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: R\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nactors: [X]\nsources: [{title: S}]\n---\nA.\n")},
		"content/actors/x.md": {Data: []byte("---\nname: X\n---\n#### Role\n")},
		"content/about.md":    {Data: []byte("---\ntitle: About\n---\n## A\n\n#### B\n")},
	}
	ds, _ := checkSite(context.Background(), fsys)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		`content/about.md:6:1: warning: heading "#### B" skips a level: the one before it is ##; write "### B"`,
		`content/actors/x.md:4:1: warning: heading "#### Role" skips a level: the one before it is the title, an h1; write "## Role"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
