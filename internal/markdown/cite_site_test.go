package markdown_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/render"
)

// TestCitationsOnPages builds a site whose brief cites its sources in its
// body, and checks that each citation, and a link written by hand to an
// entry of the brief's list of sources, leads to the source on the
// brief's page (its list, "#src-" and the ID) and on the printable
// briefing (its bibliography, "#source:" and the ID), and that no link
// of the site leads nowhere.
func TestCitationsOnPages(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Haiti\n")},
		"content/briefs/vote.md": {Data: []byte(`---
title: "Mandate expiry and the Security Council vote"
date: 2025-09
sources:
  - title: "U.S. pushes to expand Kenya-led mission"
  - title: "Security Council resolution 2793"
    publisher: "United Nations"
---
The mission was "performing at 40%" of its planned strength [@us-pushes-to-expand-kenya-led-mission, p. 2].
The council voted to replace it [@security-council-resolution-2793; @us-pushes-to-expand-kenya-led-mission].
See [the resolution](#src-security-council-resolution-2793).
`)},
		"content/briefs/other.md": {Data: []byte("---\ntitle: Other\ndate: 2025-05\nsources:\n  - title: \"An older report\"\n---\nText.\n")},
	}
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() || res.Files == nil {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	brief := string(files["briefs/vote/index.html"])
	print := string(files["print/briefing/index.html"])
	for _, want := range []string{
		`<sup class="cite">[<a href="#src-us-pushes-to-expand-kenya-led-mission" title="U.S. pushes to expand Kenya-led mission">1, p. 2</a>]</sup>`,
		`<sup class="cite">[<a href="#src-security-council-resolution-2793" title="Security Council resolution 2793">2</a>, <a href="#src-us-pushes-to-expand-kenya-led-mission" title="U.S. pushes to expand Kenya-led mission">1</a>]</sup>`,
		`<a href="#src-security-council-resolution-2793">the resolution</a>`,
		`id="src-us-pushes-to-expand-kenya-led-mission"`, `id="src-security-council-resolution-2793"`,
	} {
		if !strings.Contains(brief, want) {
			t.Errorf("brief's page lacks %s", want)
		}
	}
	for _, want := range []string{
		// On paper a citation gives its source's number in the bibliography
		// (by title: An older report, Security Council..., U.S. pushes...).
		`<a href="#source:us-pushes-to-expand-kenya-led-mission" title="U.S. pushes to expand Kenya-led mission">3, p. 2</a>`,
		`<a href="#source:security-council-resolution-2793">the resolution</a>`,
		`id="source:us-pushes-to-expand-kenya-led-mission"`, `id="source:security-council-resolution-2793"`,
	} {
		if !strings.Contains(print, want) {
			t.Errorf("printable briefing lacks %s", want)
		}
	}
	for _, d := range check.Links(files) {
		t.Errorf("%s", d)
	}
}

// TestCitationByTitleAsWritten builds a site where two briefs cite one
// article under titles that differ only by ё and е, which are one
// source shown in one spelling, and checks that each brief's key, the
// slug of the title as it writes it, names the source.
func TestCitationByTitleAsWritten(t *testing.T) {
	brief := func(title, spelling string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\ndate: 2025-05\nsources:\n  - title: \"" + spelling + "\"\n    url: https://example.org/us\n---\nClaim [@" + strings.ToLower(strings.ReplaceAll(spelling, " ", "-")) + "].\n")}
	}
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Haiti\n")},
		"content/briefs/a.md": brief("A", "Соединённые Штаты"),
		"content/briefs/b.md": brief("B", "Соединенные Штаты"),
	}
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() || res.Files == nil {
		t.Fatalf("build failed: %v", res.Diags.Sorted())
	}
	if n := len(res.Site.Sources); n != 1 {
		t.Fatalf("%d sources, want the one the two briefs cite", n)
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"briefs/a/index.html", "briefs/b/index.html"} {
		if html := string(files[page]); !strings.Contains(html, `<sup class="cite">[<a href="#src-`) {
			t.Errorf("%s shows no citation", page)
		}
	}
}
