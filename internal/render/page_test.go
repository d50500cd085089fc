package render_test

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/render"
	"github.com/briefsite/brief/internal/site"
)

// stripString draws a Strip as twelve characters, '#' for a full month,
// '+' for part of one and '.' for none, then '>' when it runs on.
func stripString(s *render.Strip) string {
	if s == nil {
		return "nil"
	}
	var b strings.Builder
	for _, m := range s.Months {
		switch m.State {
		case "full":
			b.WriteByte('#')
		case "part":
			b.WriteByte('+')
		default:
			b.WriteByte('.')
		}
	}
	if s.Later {
		b.WriteByte('>')
	}
	return b.String()
}

func TestMonthStripAndDateClass(t *testing.T) {
	tests := []struct {
		in, strip, class string
	}{
		{"2024", "############", "prec-year"},
		{"2024-07", "......#.....", "prec-month"},
		{"2024-07-14", "......+.....", "prec-day"},
		{"2024-05-21T14:00Z", "....+.......", "prec-day"},
		{"2025-01-31T23:30-05:00", "+...........", "prec-day"}, // the month written, not February in UTC
		{"2025-03-01T01:00+03:00", "..+.........", "prec-day"},
		{"late 2024", "........####", "prec-year"},
		{"2024-21", "..###.......", "prec-season"},
		{"2024-09/2024-12", "........####", "prec-month span"},
		{"2024-11/2025-02", "..........##>", "prec-month span"},
		{"2024-12-30/2025-01-02", "...........+>", "prec-day span"},
		{"2024-12-30/2024-12-31", "...........+", "prec-day span"},
		{"2024-12-30/2025-01-01", "...........+>", "prec-day span"},
		{"2025-12-31T22:00Z/2026-01-01T02:00Z", "...........+>", "prec-day span"}, // into the next year by hours
		{"2025-12-31T22:00Z/2025-12-31T23:59Z", "...........+", "prec-day span"},
		{"2024?", "############", "prec-year fuzzy"},
		{"2023-07~", "......#.....", "prec-month fuzzy"},
		{"2024/..", "############>", "prec-year span"},
		{"../2024", "nil", "prec-year span"},
	}
	p := &render.Page{}
	for _, tt := range tests {
		d, err := date.Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		if got := stripString(p.MonthStrip(d)); got != tt.strip {
			t.Errorf("MonthStrip(%q) = %s, want %s", tt.in, got, tt.strip)
		}
		if got := p.DateClass(d); got != tt.class {
			t.Errorf("DateClass(%q) = %q, want %q", tt.in, got, tt.class)
		}
	}
	if p.MonthStrip(date.Date{}) != nil || p.DateClass(date.Date{}) != "" {
		t.Error("the zero Date has a strip or a class")
	}
}

func TestYearLabels(t *testing.T) {
	var events []*site.Event
	for _, s := range []string{"../2020", "2024-05"} {
		d, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, &site.Event{Date: d})
	}
	var got []string
	for _, y := range (&render.Page{Timeline: events}).Years() {
		got = append(got, y.Label+" "+y.ID())
	}
	if want := []string{"Earlier y-earlier", "2024 y2024"}; !slices.Equal(got, want) {
		t.Errorf("years %q, want %q", got, want)
	}
}

func TestFirstKnown(t *testing.T) {
	var events []*site.Event
	for _, s := range []string{"../2020", "2023", "2024-05"} {
		d, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, &site.Event{Date: d})
	}
	p := &render.Page{}
	if got := p.FirstKnown(events); got != events[1] {
		t.Errorf("FirstKnown = %v, want the 2023 event", got)
	}
	if got := p.FirstKnown(events[:1]); got != events[0] {
		t.Errorf("FirstKnown of open dates alone = %v, want the first", got)
	}
	if p.FirstKnown(nil) != nil {
		t.Error("FirstKnown(nil) is not nil")
	}
}

// TestOneDay checks the period of a timeline whose first and last dates
// lie within one day: the day, or the range of times when both have one
// in one offset; and no single date for dates of two days or fuzzy ones.
func TestOneDay(t *testing.T) {
	p := &render.Page{}
	for _, tc := range []struct{ first, last, want string }{
		{"2026-11-24", "2026-11-24T05:30+04:00", "24 November 2026"},
		{"2026-11-24T05:30+04:00", "2026-11-24T09:00+04:00", "24 November 2026, 05:30–09:00 UTC+4"},
		{"2026-11-24T05:30+04:00", "2026-11-24T05:30+04:00", "24 November 2026, 05:30 UTC+4"},
		{"2026-11-24T05:30+04:00", "2026-11-24T09:00Z", "24 November 2026"},
		{"2026-11-24T05:30Z/2026-11-24T07:00Z", "2026-11-24T09:00Z", "24 November 2026, 05:30–09:00 UTC"},
		{"2026-11-24", "2026-11-24", "24 November 2026"},
		{"2026-11-24", "2026-11-25", ""},
		{"2026-11-24", "2026-11-24/2026-11-26", ""},
		{"2026-11", "2026-11-24", ""},
		{"2026-11-24~", "2026-11-24T05:30+04:00", ""},
		{"../2026-11-24", "2026-11-24", ""},
		{"../0001-01-01", "0001-01-01", ""},
	} {
		first, err1 := date.Parse(tc.first)
		last, err2 := date.Parse(tc.last)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if got := p.OneDay(first, last).Human(); got != tc.want {
			t.Errorf("OneDay(%s, %s) = %q, want %q", tc.first, tc.last, got, tc.want)
		}
	}
}

// TestHomePeriodOneDay checks that the home page of a site whose dates
// all fall on one day gives its period as that day, once.
func TestHomePeriodOneDay(t *testing.T) {
	files := buildFiles(t, fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: One day\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2026-11-24\nsources: [S]\n---\nText.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: \"2026-11-24T05:30+04:00\"\nsources: [S]\n---\nText.\n")},
	})
	home := string(files["index.html"])
	if want := `Period</dt><dd><time datetime="2026-11-24">24 November 2026</time></dd>`; !strings.Contains(home, want) {
		i := strings.Index(home, "Period")
		t.Errorf("index.html lacks %s:\n%s", want, home[max(i, 0):min(max(i, 0)+200, len(home))])
	}
	// A brief of two days ends after one of its first day listed after
	// it: the period runs to its end.
	files = buildFiles(t, fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 5-6 December 2026\nsources: [S]\n---\nText.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2026-12-05\nsources: [S]\n---\nText.\n")},
	})
	home = string(files["index.html"])
	i := strings.Index(home, "Period")
	if period := home[max(i, 0):min(max(i, 0)+300, len(home))]; !strings.Contains(period, `5–6 December 2026</time></dd>`) {
		t.Errorf("the period leaves out 6 December:\n%s", period)
	}
}

// TestHomePeriod checks the home page's period: from the start of the
// first date to the end of the one ending last, as .Period gives it, not
// the whole of the last date after "to" ("2014 to 2025–2026").
func TestHomePeriod(t *testing.T) {
	for _, tc := range []struct {
		first, last string // the briefs' dates
		want        string // the period's text
	}{
		{"2014", "2025/2026", "2014 to 2026"},
		{"2014", "winter 2025", "2014 to winter 2025–2026"},
		{"2021", "2025-10-02?", "2021 to perhaps 2 October 2025"},
		{"2024-06/2025-09?", "2025-05", "June 2024–perhaps September 2025"},
	} {
		files := buildFiles(t, fstest.MapFS{
			"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: \"" + tc.first + "\"\nsources: [S]\n---\nText.\n")},
			"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: \"" + tc.last + "\"\nsources: [S]\n---\nText.\n")},
		})
		home := string(files["index.html"])
		_, dd, _ := strings.Cut(home, "Period</dt><dd>")
		dd, _, _ = strings.Cut(dd, "</dd>")
		if got := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(dd, "")); got != tc.want {
			t.Errorf("%s and %s: the period reads %q, want %q", tc.first, tc.last, got, tc.want)
		}
	}
}

// TestMentionsCapped checks that a profile lists the newest maxMentions
// of the briefs that link to it without naming it, and counts the rest.
func TestMentionsCapped(t *testing.T) {
	for _, tc := range []struct{ linking, shown, more int }{{0, 0, 0}, {3, 3, 0}, {20, 20, 0}, {25, 20, 5}} {
		e := &site.Entity{Kind: site.Actor, Slug: "a", Name: "A"}
		for i := range tc.linking {
			e.MentionedIn = append(e.MentionedIn, &site.Brief{Slug: string(rune('a' + i))})
		}
		p := &render.Page{Entity: e}
		if got := p.Mentions(); len(got) != tc.shown || tc.shown > 0 && got[0] != e.MentionedIn[0] {
			t.Errorf("%d linking: %d shown, want the first %d", tc.linking, len(got), tc.shown)
		}
		if got := p.MoreMentions(); got != tc.more {
			t.Errorf("%d linking: %d more, want %d", tc.linking, got, tc.more)
		}
	}
}

// TestEndsLast checks that the event ending last is found wherever it
// is in the timeline, and that of events ending together the last in
// order is.
func TestEndsLast(t *testing.T) {
	ev := func(s string) *site.Event {
		d, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return &site.Event{Date: d, Text: s}
	}
	for _, tc := range []struct {
		dates []string
		want  string
	}{
		{[]string{"2010/2030", "2024-05-01", "2025", "2025-06-01"}, "2010/2030"},
		{[]string{"2024", "2025", "2025-06-01", "2025-12"}, "2025-12"},
		{[]string{"winter 2024/25", "2025-01-15"}, "winter 2024/25"},
		{[]string{"2019/..", "2025-06-01"}, "2019/.."},
		{[]string{"2025-12-31T23:00-05:00", "2026-01-01"}, "2026-01-01"},
		{[]string{"2025-12-31T23:30-05:00", "2025-12-31T22:00-08:00"}, "2025-12-31T22:00-08:00"},
		{[]string{"2024-07-15T23:30-05:00", "2024-07-16T01:00+03:00"}, "2024-07-16T01:00+03:00"}, // a later day as written
	} {
		var events []*site.Event
		for _, s := range tc.dates {
			events = append(events, ev(s))
		}
		if got := (&render.Page{}).EndsLast(events); got.Text != tc.want {
			t.Errorf("EndsLast(%q) = %q, want %q", tc.dates, got.Text, tc.want)
		}
	}
}

// TestPeriod checks that a timeline's period runs from the earliest
// start to the latest end, each keeping its own marks, and that one date
// stands for it where one event's date spans it.
func TestPeriod(t *testing.T) {
	for _, tc := range []struct {
		dates []string // in date order
		want  string   // as the "date-span" partial reads it
	}{
		// A span first that ends last is the period, not its start to a
		// later event's end.
		{[]string{"2024-06/2025-09?", "2025-05~", "2025-05-09?"}, "June 2024–perhaps September 2025"},
		{[]string{"2024-06", "2024-06/2025-09?", "2025-05-09?"}, "June 2024–perhaps September 2025"},
		// An event within the first ends before it.
		{[]string{"2025-05~", "2025-05-09?"}, "about May 2025"},
		{[]string{"2025-10-02?", "2025-10-02?"}, "perhaps 2 October 2025"},
		{[]string{"2025-05", "2025-05~"}, "May 2025"}, // not "May 2025 to about May 2025"
		// The start of one, the end of another, each with its marks.
		{[]string{"2023-07", "2024-06/2025-09?", "2025-10-02?"}, "July 2023 to perhaps 2 October 2025"},
		{[]string{"about 2023", "2024-06/2025-09?", "2025-05"}, "about 2023 to perhaps September 2025"},
		{[]string{"2023/2024~", "2025-05~"}, "2023 to about May 2025"},
		{[]string{"2021", "2025-10-02?"}, "2021 to perhaps 2 October 2025"},
		// Within one day, and open at an end.
		{[]string{"5-6 December 2026", "2026-12-05"}, "5–6 December 2026"},
		{[]string{"2026-11-24T05:30+04:00", "2026-11-24T09:00+04:00"}, "24 November 2026, 05:30–09:00 UTC+4"},
		{[]string{"2019/..", "2025-06-01"}, "since 2019"},
		{[]string{"2018", "2019/.."}, "since 2018"},
		{[]string{"../2023"}, "until 2023"},
		{[]string{"../2024", "2025"}, "until 2025"},
		// Times in two offsets: the first as written ends last in UTC.
		{[]string{"2024-07-15T23:30-05:00", "2024-07-16T01:00+03:00"}, "15 July 2024, 23:30 UTC−5 to 16 July 2024, 01:00 UTC+3"},
	} {
		var events []*site.Event
		for _, s := range tc.dates {
			d, err := date.Parse(s)
			if err != nil {
				t.Fatal(err)
			}
			events = append(events, &site.Event{Date: d, Text: s})
		}
		period := (&render.Page{}).Period(events)
		if len(period) != 2 {
			t.Fatalf("Period(%q) = %q, want two dates", tc.dates, period)
		}
		got := period[0].Human()
		if to := period[1].Human(); to != got {
			got += " to " + to
		}
		if got != tc.want {
			t.Errorf("Period(%q) reads %q, want %q", tc.dates, got, tc.want)
		}
	}
	if got := (&render.Page{}).Period(nil); got != nil {
		t.Errorf("Period(nil) = %q, want nil", got)
	}
}

// TestProfilePeriod checks a profile's "On the timeline" range on its
// page: from the earliest start to the latest end.
func TestProfilePeriod(t *testing.T) {
	files := buildFiles(t, fstest.MapFS{
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024-06/2025-09?\nactors: [X]\nsources: [S]\n---\nText.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025-05-09?\nactors: [X]\nsources: [S]\n---\nText.\n")},
		"content/briefs/c.md": {Data: []byte("---\ntitle: C\ndate: 2023-07\nactors: [Y]\nsources: [S]\n---\nText.\n")},
		"content/briefs/d.md": {Data: []byte("---\ntitle: D\ndate: 2024-06/2025-09?\nactors: [Y]\nsources: [S]\n---\nText.\n")},
	})
	for _, tc := range []struct{ page, want string }{
		{"actors/x/index.html", `June 2024–perhaps September 2025</time></dd>`},
		{"actors/y/index.html", `July 2023</time> to <time datetime="2025-09" title="uncertain date (2025-09?)">perhaps September 2025</time></dd>`},
	} {
		page := string(files[tc.page])
		i := strings.Index(page, "On the timeline")
		if row := page[max(i, 0):min(max(i, 0)+300, len(page))]; i < 0 || !strings.Contains(row, tc.want) {
			t.Errorf("%s: the period lacks %s:\n%s", tc.page, tc.want, row)
		}
	}
}
