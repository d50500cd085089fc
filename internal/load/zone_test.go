package load

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefsite/brief/internal/diag"
)

func TestTimeZoneInSiteFile(t *testing.T) {
	const brief = "---\ntitle: A\ndate: 2025-07-15T14:00\nupdated: 2025-07-16T09:30Z\nevents:\n  - date: 2025-01-15 14:00\n    text: In winter.\n---\n"
	for _, tc := range []struct{ zone, date, updated, event, problem string }{
		{"", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z", ""},
		{"UTC", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z", ""},
		{"America/Port-au-Prince", "2025-07-15T14:00-04:00", "2025-07-16T09:30Z", "2025-01-15T14:00-05:00", ""},
		{"Africa/Nairobi", "2025-07-15T14:00+03:00", "2025-07-16T09:30Z", "2025-01-15T14:00+03:00", ""},
		{"Europe/Nowhere", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z",
			"brief.yaml:1:12: error: `time_zone`: \"Europe/Nowhere\" is not a time zone brief knows: write its name in the IANA time zone database, such as Africa/Nairobi"},
		{"america/port-au-prince", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z",
			"brief.yaml:1:12: error: `time_zone`: \"america/port-au-prince\" is not the name of a time zone: write it as the IANA time zone database does, with capitals"},
		{"Local", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z",
			"brief.yaml:1:12: error: `time_zone`: \"Local\" is the zone of the machine that builds the site"},
		{"+03:00", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z",
			"brief.yaml:1:12: error: `time_zone`: \"+03:00\" is an offset, not a time zone: name the place whose clocks the desk keeps, such as Africa/Nairobi for UTC+3"},
		{"UTC+3", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z", "brief.yaml:1:12: error: `time_zone`: \"UTC+3\" is an offset, not a time zone"},
		{"EAT", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z", "brief.yaml:1:12: error: `time_zone`: \"EAT\" is an abbreviation, which names no one time zone"},
		{"Etc/GMT+3", "2025-07-15T14:00-03:00", "2025-07-16T09:30Z", "2025-01-15T14:00-03:00",
			"brief.yaml:1:12: warning: `time_zone`: Etc/GMT+3 is UTC−3: the database writes these zones' offsets with the sign reversed"},
		{"EST", "2025-07-15T14:00-05:00", "2025-07-16T09:30Z", "2025-01-15T14:00-05:00",
			"brief.yaml:1:12: warning: `time_zone`: EST is UTC−5 all year, without summer time; if the desk's clocks change in summer, name its place, such as America/New_York"},
		{"HST", "2025-07-15T14:00-10:00", "2025-07-16T09:30Z", "2025-01-15T14:00-10:00", ""},
		{"Z", "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z", "brief.yaml:1:12: error: `time_zone`: \"Z\" is written UTC here"},
		{`"-05:00"`, "2025-07-15T14:00Z", "2025-07-16T09:30Z", "2025-01-15T14:00Z", "brief.yaml:1:12: error: `time_zone`: \"-05:00\" is an offset, not a time zone: name the place whose clocks the desk keeps, such as America/Port-au-Prince for UTC−5"},
	} {
		s, ds := loadMap(t, map[string]string{"brief.yaml": "time_zone: " + tc.zone + "\n", "content/briefs/a.md": brief}, Options{})
		var got string
		for _, d := range ds {
			got += d.String() + "\n"
		}
		if tc.problem == "" && got != "" || !strings.HasPrefix(got, tc.problem) {
			t.Errorf("time_zone %q: problems %q, want %q", tc.zone, got, tc.problem)
		}
		if len(s.Briefs) != 1 {
			t.Fatalf("time_zone %q: %d briefs", tc.zone, len(s.Briefs))
		}
		b := s.Briefs[0]
		if b.Date.String() != tc.date || b.Updated.String() != tc.updated || len(b.Events) != 1 || b.Events[0].Date.String() != tc.event {
			t.Errorf("time_zone %q: date %q, updated %q, events %v; want %q, %q, %q", tc.zone, b.Date, b.Updated, b.Events, tc.date, tc.updated, tc.event)
		}
	}
}

// TestTimeZoneCache checks that a Load with a cache reads the files again
// when the site's time zone changes, as brief serve's rebuilds do.
func TestTimeZoneCache(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("time_zone: Africa/Nairobi\n"), ModTime: time.Unix(1, 0)},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2025-07-15T14:00\n---\n"), ModTime: time.Unix(1, 0)},
	}
	cache := NewCache()
	for _, step := range []struct{ zone, want string }{
		{"Africa/Nairobi", "2025-07-15T14:00+03:00"},
		{"America/Port-au-Prince", "2025-07-15T14:00-04:00"},
		{"", "2025-07-15T14:00Z"},
	} {
		fsys["brief.yaml"] = &fstest.MapFile{Data: []byte("time_zone: " + step.zone + "\n"), ModTime: time.Unix(2, 0)}
		var diags diag.List
		s := Load(fsys, Options{Cache: cache, Changed: []string{"brief.yaml"}}, &diags)
		if n, _ := diags.Count(); n != 0 || len(s.Briefs) != 1 {
			t.Fatalf("time_zone %q: %v", step.zone, diags.Sorted())
		}
		if got := s.Briefs[0].Date.String(); got != step.want {
			t.Errorf("time_zone %q: date %q, want %q", step.zone, got, step.want)
		}
		edits, ok := cache.Edits(fsys, []string{"content/briefs/a.md"})
		if !ok || len(edits) != 1 || edits[0].Date.String() != step.want {
			t.Errorf("time_zone %q: Edits = %v, %v; want the date %q", step.zone, edits, ok, step.want)
		}
	}
}
