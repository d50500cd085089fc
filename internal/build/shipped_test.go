package build

import (
	"context"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
)

// shipped builds the briefing in the repository's own content/.
func shipped(t *testing.T) *Result {
	t.Helper()
	res := Build(context.Background(), os.DirFS("../.."), Options{})
	for _, d := range res.Diags.Sorted() {
		t.Errorf("shipped content: %v", d)
	}
	if res.Site == nil || len(res.Site.Briefs) == 0 {
		t.Fatal("shipped content has no briefs")
	}
	return res
}

// TestShippedBriefing checks the briefing a new user sees first: no errors
// or warnings, sources everywhere, a profile file for every actor and
// country named, and every dated event on the timeline.
func TestShippedBriefing(t *testing.T) {
	res := shipped(t)
	s := res.Site
	for _, b := range s.Briefs {
		if len(b.Sources) == 0 {
			t.Errorf("%s cites no source", b.File)
		}
		if b.Date.IsZero() {
			t.Errorf("%s has no date", b.File)
		}
	}
	for _, list := range [][]*site.Entity{s.Actors, s.Countries, s.Topics} {
		for _, e := range list {
			if e.File == "" {
				t.Errorf("%s %q is named (first at %v) but has no profile file", e.Kind.Singular(), e.Name, e.Pos)
			}
		}
	}
	onTimeline := map[*site.Event]bool{}
	for _, e := range s.Timeline {
		onTimeline[e] = true
	}
	events := 0
	for _, b := range s.Briefs {
		for _, e := range b.Events {
			events++
			if !onTimeline[e] {
				t.Errorf("%v: event %q is not on the timeline", e.Pos, e.Text)
			}
		}
	}
	if events < 15 {
		t.Errorf("only %d dated events in the briefing; the articles give more", events)
	}
	// The timeline runs from the July 2023 pledge to the October 2025
	// mandate expiry, in order, keeping month precision.
	var first, last *site.Event
	for _, e := range s.Timeline {
		if e.Date.Year() < 2023 {
			continue // background: Moïse's death in 2021
		}
		if first == nil {
			first = e
		}
		last = e
	}
	if got := first.Date.Human(); got != "July 2023" {
		t.Errorf("timeline from 2023 starts at %q, want July 2023", got)
	}
	if got := last.Date.Human(); !strings.Contains(got, "October 2025") {
		t.Errorf("timeline ends at %q, want October 2025", got)
	}
	files, err := render.Files(res.Files, os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	timeline := string(files["timeline/index.html"])
	for _, want := range []string{">July 2023<", ">October 2023<", ">June 2024<", ">May 2025<", ">21 May 2025<", ">August 2025<"} {
		if !strings.Contains(timeline, want) {
			t.Errorf("timeline page lacks %s", want)
		}
	}
	if strings.Contains(timeline, "1 July 2023") {
		t.Error("timeline invents a day for July 2023")
	}
	for name, data := range files {
		if strings.Contains(string(data), "Motsepe") {
			t.Errorf("%s carries the article's page furniture (Motsepe)", name)
		}
	}
}

// TestLinksBothWays is the property of the cross-linked site: for every
// brief B naming entity E, E's profile links to B and B's page links to E.
func TestLinksBothWays(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  fs.FS
	}{
		{"fixture", fixture()},
		{"shipped", os.DirFS("../..")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Build(context.Background(), tc.src, Options{})
			files := renderAll(t, res, tc.src)
			checked := 0
			for _, b := range res.Site.Briefs {
				page := string(files[b.Path()+"index.html"])
				for _, e := range b.Entities() {
					profile := string(files[e.Path()+"index.html"])
					if !strings.Contains(profile, `href="../../`+b.Path()+`index.html"`) {
						t.Errorf("%s's profile does not link to brief %s", e.Name, b.Slug)
					}
					if !strings.Contains(page, `href="../../`+e.Path()+`index.html"`) {
						t.Errorf("brief %s does not link to %s", b.Slug, e.Name)
					}
					checked++
				}
			}
			if checked == 0 {
				t.Fatal("no brief names any entity: the property was not exercised")
			}
		})
	}
}
