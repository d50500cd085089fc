package resolve

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/site"
)

// TestReviseSources checks which changes to a brief's citations
// ReviseSources takes in place, and that what it takes is what a new
// Resolve makes.
func TestReviseSources(t *testing.T) {
	fsys := reviseFixture()
	type edit func(c *site.Citation)
	d, err := date.Parse("2023-05-05")
	if err != nil {
		t.Fatal(err)
	}
	// secondOwn is the second source zz-own cites.
	secondOwn := site.Source{Title: "Second own report", Publisher: "Other Wire", URL: "https://own.example/other-wire", Date: d}
	cases := []struct {
		name string
		slug string
		at   []int // the citations edit changes
		edit edit
		ok   bool
	}{
		{"a title", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Title = "Own report, revised" }, true},
		{"a title that sorts it elsewhere", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Title = "Zz last report" }, true},
		{"a URL", "zz-own", []int{1}, func(c *site.Citation) { c.Source.URL = "https://own.example/moved" }, true},
		{"another's URL in another form", "zz-own", []int{0}, func(c *site.Citation) { c.Source.URL = "http://www.own.example/twin-wire/?utm_medium=x" }, false},
		{"a note", "zz-own", []int{1}, func(c *site.Citation) { c.Note = "Read in print." }, true},
		{"a date", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Date, _ = date.Parse("2019") }, true},
		{"a publisher", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Publisher = "" }, true},
		{"nothing", "zz-own", nil, nil, true},
		{"the title of a source after Twin", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Title, c.Source.Publisher = "Twin", "Zz Wire" }, true},
		{"a Twin before the others", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Title, c.Source.Publisher = "Twin", "A Wire" }, true}, // the Twins' IDs have their publishers
		{"into the other one", "zz-own", []int{0}, func(c *site.Citation) {
			c.Source.Title, c.Source.Publisher, c.Source.URL = "Second own report", "Other Wire", "https://own.example/other-wire"
		}, false},
		{"two sources", "zz-own", []int{0, 1}, func(c *site.Citation) { c.Note = "Both." }, false},
		{"cited twice, so listed once", "zz-twice", []int{0}, func(c *site.Citation) { c.Note = "Once." }, true},
		{"a shared source's note", "zz-uniform-1", []int{0}, func(c *site.Citation) { c.Note = "Changed." }, true},
		{"a shared source's access date and archived copy", "zz-uniform-1", []int{0}, func(c *site.Citation) {
			c.Accessed, c.Archive = d, "https://web.archive.org/web/2023/https://own.example/"
		}, true},
		{"an author", "zz-own", []int{0}, func(c *site.Citation) { c.Source.Author = "A. Name" }, true},
		{"a file of the site", "zz-own", []int{1}, func(c *site.Citation) { c.Source.URL = "/files/own.pdf" }, true},
		{"a file the site lacks", "zz-own", []int{1}, func(c *site.Citation) { c.Source.URL = "/files/none.pdf" }, false},
		// The others then cite in short what zz-uniform-1 cites in full,
		// which Resolve warns of.
		{"a shared source's author", "zz-uniform-1", []int{0}, func(c *site.Citation) { c.Source.Author = "A. Name" }, false},
		{"a shared source's URL", "zz-uniform-1", []int{0}, func(c *site.Citation) { c.Source.URL = "https://own.example/uniform" }, false},
		{"a shared source's URL and publisher", "zz-uniform-1", []int{0}, func(c *site.Citation) { c.Source.URL, c.Source.Publisher = "https://own.example/uniform", "Own Wire" }, true},
		{"a shared source's title", "zz-uniform-2", []int{0}, func(c *site.Citation) { c.Source.Title = "A uniform report" }, true},
		{"from a shared source to another", "zz-uniform-1", []int{0}, func(c *site.Citation) { *c.Source = secondOwn }, true},
		{"from its own source to one it cites", "zz-own", []int{0}, func(c *site.Citation) { *c.Source = secondOwn }, false},
		{"from its own source to another", "zz-own", []int{0}, func(c *site.Citation) {
			*c.Source = site.Source{Title: "Twin", Publisher: "Twin Wire", URL: "https://own.example/twin-wire", Date: d}
		}, true},
		{"to another but for the note", "zz-uniform-1", []int{0}, func(c *site.Citation) { *c.Source = secondOwn; c.Note = "Different." }, true},
		{"to a source whose citations differ", "zz-own", []int{0}, func(c *site.Citation) {
			*c.Source = site.Source{Title: "Spelt Report"} // as zz-spelt-2 spells it
		}, false},
		// Resolve warns of a source whose author may be that of
		// zz-same-2's, written otherwise, not of one by another.
		{"to a source whose author may be another's", "zz-own", []int{0}, func(c *site.Citation) {
			*c.Source = site.Source{Title: "Doe report", Author: "Jane Doe", Publisher: "Wire", Date: d}
		}, false},
		{"to a source of another's title by someone else", "zz-own", []int{0}, func(c *site.Citation) {
			*c.Source = site.Source{Title: "Doe report", Author: "John Smith", Publisher: "Wire", Date: d}
		}, true},
		{"a shared source's publisher, spelt otherwise", "zz-pub-1", []int{0}, func(c *site.Citation) { c.Source.Publisher = "Wire service" }, false},
		{"a source cited with a note and without", "zz-noted-2", []int{0}, func(c *site.Citation) { c.Note = "Another note." }, true},
		{"a note and a title", "zz-noted-2", []int{0}, func(c *site.Citation) { c.Note, c.Source.Title = "", "Shared report, spelt again" }, true},
		// zz-spelt-2's own spelling differs from the source's, which
		// zz-spelt-1 and zz-spelt-3 give: made alike, the source is no
		// longer mixed.
		{"a mixed source spelt as most cite it", "zz-spelt-2", []int{0}, func(c *site.Citation) { c.Source.Title = "Spelt report" }, false},
		{"a mixed source spelt otherwise again", "zz-spelt-3", []int{0}, func(c *site.Citation) { c.Source.Title = "Spelt Report" }, false},
	}
	// Changes to the list: citations added, taken away, moved.
	type change func(cits []*site.Citation) []*site.Citation
	down := func(cits []*site.Citation, from, n int) []*site.Citation {
		for _, c := range cits[from:] {
			c.Pos.Line += n
		}
		return cits
	}
	cite := func(at diag.Pos, src site.Source) *site.Citation { return &site.Citation{Source: &src, Pos: at} }
	twin := site.Source{Title: "Twin", Publisher: "Twin Wire", URL: "https://own.example/twin-wire", Date: d}
	changes := []struct {
		name   string
		slug   string
		change change
		ok     bool
	}{
		{"moved down", "zz-own", func(c []*site.Citation) []*site.Citation { return down(c, 0, 2) }, true},
		{"moved down, a title changed", "zz-own", func(c []*site.Citation) []*site.Citation {
			c[1].Source.Title = "Second own report, revised"
			return down(c, 0, 1)
		}, true},
		{"a new source added last", "zz-own", func(c []*site.Citation) []*site.Citation {
			return append(c, cite(diag.Pos{File: c[0].Pos.File, Line: 20, Col: 5}, site.Source{Title: "Added report"}))
		}, true},
		{"another's source added first", "zz-own", func(c []*site.Citation) []*site.Citation {
			return append([]*site.Citation{cite(c[0].Pos, twin)}, down(c, 0, 4)...)
		}, true},
		{"a source it cites added", "zz-own", func(c []*site.Citation) []*site.Citation {
			return append(c, cite(diag.Pos{File: c[0].Pos.File, Line: 20, Col: 5}, *c[1].Source))
		}, false},
		{"a mixed source added", "zz-own", func(c []*site.Citation) []*site.Citation {
			return append(c, cite(diag.Pos{File: c[0].Pos.File, Line: 20, Col: 5}, site.Source{Title: "Spelt Report"}))
		}, false},
		{"a source that sorts first, taking no ID", "zz-own", func(c []*site.Citation) []*site.Citation {
			return append(c, cite(diag.Pos{File: c[0].Pos.File, Line: 20, Col: 5}, site.Source{Title: "Twin", Publisher: "A Wire", Date: d}))
		}, true},
		{"two added", "zz-own", func(c []*site.Citation) []*site.Citation {
			at := diag.Pos{File: c[0].Pos.File, Line: 20, Col: 5}
			return append(c, cite(at, site.Source{Title: "Added"}), cite(at, site.Source{Title: "Added too"}))
		}, false},
		{"its own source taken away", "zz-own", func(c []*site.Citation) []*site.Citation { return down(c[1:], 0, -4) }, true},
		{"a shared source taken away", "zz-both", func(c []*site.Citation) []*site.Citation { return down(c[1:], 0, -2) }, true},
		{"its own source taken away, after a shared one", "zz-both", func(c []*site.Citation) []*site.Citation { return c[:1] }, true},
		{"every source taken away", "zz-uniform-1", func(c []*site.Citation) []*site.Citation { return nil }, true},
		{"a first source", "zz-same-1", func(c []*site.Citation) []*site.Citation {
			ct := cite(diag.Pos{File: "content/briefs/zz-same-1.md", Line: 4, Col: 5}, site.Source{Title: "Uniform report"})
			ct.Note = "Alike."
			return []*site.Citation{ct}
		}, true},
		{"a source whose going renumbers another", "zz-twin", func(c []*site.Citation) []*site.Citation { return down(c[1:], 0, -4) }, false},
		{"a source whose going leaves its twin alone, its ID the title's", "zz-twin", func(c []*site.Citation) []*site.Citation { return c[:1] }, false},
		{"a dated release taken away, leaving one the short one may be", "zz-release-2", func(c []*site.Citation) []*site.Citation { return nil }, false},
		{"a source taken away, another changed", "zz-own", func(c []*site.Citation) []*site.Citation {
			c[1].Note = "Changed."
			return c[1:]
		}, false},
	}
	for _, tc := range cases {
		at, edit := tc.at, tc.edit
		changes = append(changes, struct {
			name   string
			slug   string
			change change
			ok     bool
		}{tc.name, tc.slug, func(c []*site.Citation) []*site.Citation {
			for _, i := range at {
				edit(c[i])
			}
			return c
		}, tc.ok})
	}
	for _, tc := range changes {
		t.Run(tc.name, func(t *testing.T) {
			s, m, b, want := resolvedFixture(fsys, tc.slug)
			cits := make([]*site.Citation, len(b.Sources))
			for i, c := range b.Sources {
				cits[i] = c.Bare() // as parsed
			}
			cits = tc.change(cits)
			checkRevised(t, fsys, tc.slug, s, m, want, tc.ok, func() bool { return ReviseSources(s, m, b, cits) }, func(fb *site.Brief) {
				fb.Sources = nil
				for _, c := range cits {
					fb.Sources = append(fb.Sources, c.Bare())
				}
			})
		})
	}
}

// TestReviseSourcesWithErrors checks that ReviseSources warns of a brief
// whose citations all go as a new Resolve does when the brief has other
// errors: of one whose other fields are in error, and not of one whose
// `sources` are.
func TestReviseSourcesWithErrors(t *testing.T) {
	fsys := reviseFixture()
	fsys["content/briefs/zz-flawed.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Flawed\ndate: 2024-13\nsources: [Flawed report]\n---\nF.\n")}
	fsys["content/briefs/zz-half.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Half\ndate: 2024\nsources: [Half report, {publisher: P}]\n---\nH.\n")}
	for _, tc := range []struct {
		slug   string
		warned bool
	}{
		{"zz-flawed", true},
		{"zz-half", false},
	} {
		t.Run(tc.slug, func(t *testing.T) {
			s, m, b, want := resolvedFixture(fsys, tc.slug)
			if !b.Invalid || len(b.Sources) != 1 {
				t.Fatalf("fixture: %s invalid %v, %d citations; want an invalid brief citing one", tc.slug, b.Invalid, len(b.Sources))
			}
			checkRevised(t, fsys, tc.slug, s, m, want, true, func() bool { return ReviseSources(s, m, b, nil) }, func(fb *site.Brief) { fb.Sources = nil })
			warned := slices.ContainsFunc(m.Warnings(), func(d diag.Diagnostic) bool {
				return d.Pos.File == b.File && d.Msg == "brief cites no sources"
			})
			if warned != tc.warned {
				t.Errorf("warned of citing no sources: %v, want %v", warned, tc.warned)
			}
		})
	}
}
