package resolve

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/corpus"
	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/load"
	"github.com/briefsite/brief/internal/site"
)

// describe writes out everything Resolve decides about s: orders, lists,
// merged sources and the name table, by slug and ID, not by pointer.
func describe(s *site.Site) string {
	var w strings.Builder
	for _, b := range s.Briefs {
		fmt.Fprintf(&w, "brief %s %q %s %v\n", b.Slug, b.Title, b.Date, b.DatePos)
		for _, c := range b.Sources {
			fmt.Fprintf(&w, "  cites %s %q %q\n", c.Source.ID, c.Source.Title, c.Source.Note)
		}
		for _, e := range b.Events {
			fmt.Fprintf(&w, "  event %s %q\n", e.Date, e.Text)
		}
	}
	event := func(e *site.Event) string {
		return fmt.Sprintf("%s %v %q %s %v", e.Date, e.OfBrief, e.Text, e.Brief.Slug, e.Pos)
	}
	for _, e := range s.Timeline {
		fmt.Fprintf(&w, "timeline %s\n", event(e))
	}
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			fmt.Fprintf(&w, "%s %s %q %v\n", k.Singular(), e.Slug, e.Name, e.Pos)
			for _, b := range e.Briefs {
				fmt.Fprintf(&w, "  brief %s\n", b.Slug)
			}
			for _, ev := range e.Events {
				fmt.Fprintf(&w, "  event %s\n", event(ev))
			}
			for _, src := range e.Sources {
				fmt.Fprintf(&w, "  source %s\n", src.ID)
			}
			for _, r := range e.Related {
				fmt.Fprintf(&w, "  related %s %d\n", r.Entity.Slug, r.Count)
			}
			for _, m := range e.Members {
				fmt.Fprintf(&w, "  member %s\n", m.Slug)
			}
		}
	}
	for _, src := range s.Sources {
		fmt.Fprintf(&w, "source %s %q %q %q %s %q\n", src.ID, src.Title, src.Publisher, src.URL, src.Date, src.Note)
		for _, b := range src.Briefs {
			fmt.Fprintf(&w, "  brief %s\n", b.Slug)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(s.Names)) {
		if t := s.Names[key]; t.Brief != nil {
			fmt.Fprintf(&w, "name %q brief %s\n", key, t.Brief.Slug)
		} else {
			fmt.Fprintf(&w, "name %q %s %s\n", key, t.Entity.Kind.Singular(), t.Entity.Slug)
		}
	}
	return w.String()
}

// reviseFixture is a generated site with what the generator does not
// make: citations of one source that differ, in notes and in spelling,
// and briefs of one day with titles alike.
func reviseFixture() fstest.MapFS {
	fsys := corpus.Generate(40, 9)
	add := func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} }
	cite := func(note string) string {
		return "sources:\n  - title: Shared report\n    publisher: Wire\n    date: 2024-02-01\n" + note
	}
	add("content/briefs/zz-noted-1.md", "---\ntitle: Noted one\ndate: 2024-03-01\n"+cite("")+"---\nOne.\n")
	add("content/briefs/zz-noted-2.md", "---\ntitle: Noted two\ndate: 2024-03-05\n"+cite("    note: A note.\n")+"---\nTwo.\n")
	add("content/briefs/zz-noted-3.md", "---\ntitle: Noted three\ndate: 2024-03-09\n"+cite("")+"---\nThree.\n")
	spelt := func(title string) string { return "sources:\n  - title: " + title + "\n" }
	add("content/briefs/zz-spelt-1.md", "---\ntitle: Spelt one\ndate: 2023-01-01\n"+spelt("Spelt report")+"---\nS1.\n")
	add("content/briefs/zz-spelt-2.md", "---\ntitle: Spelt two\ndate: 2023-06-01\n"+spelt("Spelt Report")+"---\nS2.\n")
	add("content/briefs/zz-spelt-3.md", "---\ntitle: Spelt three\ndate: 2023-03-01\n"+spelt("Spelt report")+"---\nS3.\n")
	uniform := "sources:\n  - title: Uniform report\n    note: Alike.\n"
	add("content/briefs/zz-uniform-1.md", "---\ntitle: Uniform one\ndate: 2022-01-01\n"+uniform+"---\nU1.\n")
	add("content/briefs/zz-uniform-2.md", "---\ntitle: Uniform two\ndate: 2022-02-01\n"+uniform+"---\nU2.\n")
	add("content/briefs/zz-same-1.md", "---\ntitle: Same day\ndate: 2024-03-05\n---\nA.\n")
	add("content/briefs/zz-same-2.md", "---\ntitle: Same Day!\ndate: 2024-03-05\n---\nB.\n")
	add("content/briefs/zz-span.md", "---\ntitle: A span\ndate: 2024-03/2024-06\nevents:\n  - date: 2024-04-02\n    text: Inside the span\n---\nC.\n")
	return fsys
}

// TestRevise revises briefs of a site at random, one after another, and
// checks each time that Revise either leaves the site as it was, or
// makes it what resolving the revised site from scratch makes, with the
// same diagnostics.
func TestRevise(t *testing.T) {
	fsys := reviseFixture()
	revised := map[string]Revision{} // by slug, those Revise took
	cache := load.NewCache()
	fresh := func() (*site.Site, []diag.Diagnostic) {
		var diags diag.List
		s := load.Load(fsys, load.Options{Cache: cache}, &diags)
		for _, b := range s.Briefs {
			if rev, ok := revised[b.Slug]; ok {
				b.Title, b.Date, b.DatePos = rev.Title, rev.Date, rev.DatePos
			}
		}
		Resolve(s, &diags)
		return s, diags.Sorted()
	}
	var diags diag.List
	s := load.Load(fsys, load.Options{}, &diags)
	m := NewMemo()
	ResolveWith(s, &diags, m)
	want := diags.Sorted()
	if other, _ := fresh(); Revise(other, m, other.Briefs[0], Revision{Title: "Other"}) {
		t.Error("Revise changed a site the memo did not resolve last")
	}

	var titles, dates []string
	for _, b := range s.Briefs {
		titles = append(titles, b.Title)
		dates = append(dates, b.Date.String())
	}
	titles = append(titles, "Aardvark", "Zebra", "Same day", "SAME DAY", "Noted two")
	dates = append(dates, "2024-03-05", "2024-03", "2024", "early 2024", "2024-04-01/2024-05-01", "1999-12-31", "2040-01-01", "2024-03-05?")
	rng := rand.New(rand.NewPCG(9, 9))
	var took, refused int
	var made []*site.Brief // the fixture's own
	for _, b := range s.Briefs {
		if strings.HasPrefix(b.Slug, "zz-") {
			made = append(made, b)
		}
	}
	for i := range 150 {
		b := s.Briefs[rng.IntN(len(s.Briefs))]
		if rng.IntN(2) == 0 {
			b = made[rng.IntN(len(made))]
		}
		rev := Revision{Title: b.Title, Date: b.Date, DatePos: b.DatePos}
		switch rng.IntN(4) {
		case 0:
			rev.Title = titles[rng.IntN(len(titles))]
		case 1:
			rev.Title += " (updated)"
		}
		if rng.IntN(3) > 0 {
			d, err := date.Parse(dates[rng.IntN(len(dates))])
			if err != nil {
				t.Fatal(err)
			}
			rev.Date = d
			rev.DatePos.Col += rng.IntN(2)
		}
		before := describe(s)
		ok := Revise(s, m, b, rev)
		if !ok {
			refused++
			if got := describe(s); got != before {
				t.Fatalf("revision %d of %s to %+v: refused, but the site changed:\n%s", i, b.Slug, rev, lineDiff(before, got))
			}
			continue
		}
		took++
		revised[b.Slug] = rev
		f, ds := fresh()
		if got, want := describe(s), describe(f); got != want {
			t.Fatalf("revision %d of %s to %+v: the site differs from a new resolve:\n%s", i, b.Slug, rev, lineDiff(want, got))
		}
		if !slices.Equal(ds, want) {
			t.Fatalf("revision %d of %s to %+v: a new resolve reports\n%v\nnot\n%v", i, b.Slug, rev, ds, want)
		}
	}
	// Both ways through Revise must be taken often for the test to mean
	// anything.
	if took < 60 || refused < 15 {
		t.Errorf("Revise took %d revisions and refused %d, want at least 60 and 15", took, refused)
	}
}

// lineDiff returns the first lines where a and b differ.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n-%s\n+%s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(al), len(bl))
}

// TestReviseRefuses checks the revisions Revise must leave to a new
// Resolve, and a few it must take, on briefs made for them.
func TestReviseRefuses(t *testing.T) {
	fsys := reviseFixture()
	fsys["content/briefs/zz-undated.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Undated\n---\nD.\n")}
	for _, tc := range []struct {
		slug, date string
		ok         bool
	}{
		{"zz-undated", "2024-03-05", false},      // gains a timeline entry
		{"zz-span", "", false},                   // loses one
		{"zz-span", "2024-03/2024-03-20", false}, // its event falls outside
		{"zz-span", "2024-04", true},             // no longer a span
		{"zz-span", "2024-02/2024-07", true},     // a span still holding its event
		{"zz-noted-3", "2024-03-02", false},      // no longer the first to cite the source
		{"zz-noted-1", "2024-03-10", false},      // now the first to cite it
		{"zz-noted-1", "2024-03-07", false},      // passes the brief whose note the source has
		{"zz-noted-3", "2024-03-10", true},       // still the first
		{"zz-noted-1", "2024-02-01", true},       // keeps its place among those citing the source
		{"zz-spelt-1", "2023-07-01", false},      // now the first to cite a source spelt two ways
		{"zz-spelt-1", "2023-04-01", true},       // passes one, but not the first
		{"zz-uniform-1", "2022-03-01", true},     // the first to cite a source cited alike
		{"zz-uniform-2", "2021-01-01", true},     // no longer the first
		{"zz-same-1", "2024-03-05", true},        // unchanged
		{"zz-same-2", "2024-03-06", true},        // a title like another's, on another day
	} {
		var diags diag.List
		s := load.Load(fsys, load.Options{}, &diags)
		m := NewMemo()
		ResolveWith(s, &diags, m)
		b := s.Briefs[slices.IndexFunc(s.Briefs, func(b *site.Brief) bool { return b.Slug == tc.slug })]
		var d date.Date
		if tc.date != "" {
			var err error
			if d, err = date.Parse(tc.date); err != nil {
				t.Fatal(err)
			}
		}
		before := describe(s)
		got := Revise(s, m, b, Revision{Title: b.Title, Date: d, DatePos: b.DatePos})
		if got != tc.ok {
			t.Errorf("Revise(%s, %q) = %v, want %v", tc.slug, tc.date, got, tc.ok)
		}
		if !got && describe(s) != before {
			t.Errorf("Revise(%s, %q) refused but changed the site", tc.slug, tc.date)
		}
	}
}

// TestSameCitationFields fails when site.Source gains a field, which
// sameCitation may then need to compare.
func TestSameCitationFields(t *testing.T) {
	var got []string
	for f := range reflect.TypeFor[site.Source]().Fields() {
		got = append(got, f.Name)
	}
	// ID and Briefs are Resolve's; sameCitation compares the rest.
	if want := "ID Title Publisher URL Note Date Briefs"; strings.Join(got, " ") != want {
		t.Errorf("site.Source has fields %v, want %s: does sameCitation compare them all?", got, want)
	}
}
