package load

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefsite/brief/internal/diag"
)

// germanSite is a German site's file, with the words of its dates.
const germanSite = "language: de\ntranslations:\n  June: Juni\n  November: November\n  May: Mai\n  late: Ende\n  mid-: Mitte\n  since: seit\n  \"{day} {month} {year}\": \"{day}. {month} {year}\"\n"

// TestDatesInSiteWords checks that a brief's dates, its sources' and
// its events' may be written in the words the site's translations give
// dates, as its pages show them, and what an unknown word is told as.
func TestDatesInSiteWords(t *testing.T) {
	brief := "---\ntitle: A\ndate: Ende 2023\nsources:\n  - title: S\n    date: 21. Juni 2025\nevents:\n  - date: Mitte November 2023\n    text: X.\n  - date: 21.–23. Mai 2025\n    text: Y.\n  - date: seit Ende 2024\n    text: Z.\n---\n"
	s, ds := loadMap(t, map[string]string{"brief.yaml": germanSite, "content/briefs/a.md": brief}, Options{})
	for _, d := range ds {
		if d.Severity == diag.Error {
			t.Errorf("%s", d)
		}
	}
	b := s.Briefs[0]
	got := []string{b.Date.String(), b.Sources[0].Source.Date.String()}
	for _, e := range b.Events {
		got = append(got, e.Date.String())
	}
	if want := "late 2023 2025-06-21 mid 2023-11 2025-05-21/2025-05-23 late 2024/.."; strings.Join(got, " ") != want {
		t.Errorf("dates %q, want %q", got, want)
	}

	_, ds = loadMap(t, map[string]string{"brief.yaml": germanSite, "content/briefs/a.md": "---\ntitle: A\ndate: Anfang 2025\n---\n"}, Options{})
	want := "content/briefs/a.md:3:7: error: `date`: invalid date \"Anfang 2025\": unknown word \"Anfang\"; write a date in English (\"late 2024\", \"21 May 2025\"), as an ISO date (2025-05-21) or in the site's words (\"Ende 2024\", \"21. Mai 2025\")"
	if len(ds) == 0 || ds[len(ds)-1].String() != want {
		t.Errorf("problems %v, want %q", ds, want)
	}
}

// TestDatesCache checks that a Load with a cache reads the files again
// when the words of the site's dates change, as brief serve's rebuilds
// do.
func TestDatesCache(t *testing.T) {
	fsys := fstest.MapFS{"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: Anfang 2025\n---\n"), ModTime: time.Unix(1, 0)}}
	cache := NewCache()
	for i, step := range []struct{ site, want string }{
		{germanSite, ""},
		{germanSite + "  early: Anfang\n", "early 2025"},
		{"language: de\n", ""},
	} {
		fsys["brief.yaml"] = &fstest.MapFile{Data: []byte(step.site), ModTime: time.Unix(int64(2+i), 0)}
		var diags diag.List
		s := Load(fsys, Options{Cache: cache, Changed: []string{"brief.yaml"}}, &diags)
		if n, _ := diags.Count(); (n == 0) != (step.want != "") || len(s.Briefs) != 1 || s.Briefs[0].Date.String() != step.want {
			t.Errorf("step %d: date %q, problems %v; want %q", i, s.Briefs[0].Date.String(), diags.Sorted(), step.want)
		}
	}
}

// TestDatesTwiceInZone checks that a time written without an offset that
// the site's time zone shows twice, as its clocks go back, is warned of
// at the time, and read as the first.
func TestDatesTwiceInZone(t *testing.T) {
	brief := "---\ntitle: A\ndate: 2024-11-03T01:30\nsources: [{title: S}]\nevents:\n  - date: \"2024-11-03T00:30/2024-11-03T01:45\"\n    text: X.\n  - date: 2024-11-03T01:45-05:00\n    text: Y.\n---\nText.\n"
	s, ds := loadMap(t, map[string]string{"brief.yaml": "time_zone: America/New_York\n", "content/briefs/a.md": brief}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"content/briefs/a.md:3:18: warning: `date`: 01:30 on 3 November 2024 happens twice in America/New_York, whose clocks go back: brief takes the first, 2024-11-03T01:30-04:00; to choose, write the time with its offset, 2024-11-03T01:30-04:00 or 2024-11-03T01:30-05:00",
		"content/briefs/a.md:6:40: warning: `date`: 01:45 on 3 November 2024 happens twice in America/New_York, whose clocks go back: brief takes the first, 2024-11-03T01:45-04:00; to choose, write the time with its offset, 2024-11-03T01:45-04:00 or 2024-11-03T01:45-05:00",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Briefs) != 1 || s.Briefs[0].Date.String() != "2024-11-03T01:30-04:00" {
		t.Errorf("briefs %v, want one dated 2024-11-03T01:30-04:00", s.Briefs)
	}
}
