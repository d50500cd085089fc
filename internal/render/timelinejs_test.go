package render

import (
	"cmp"
	"encoding/json"
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
)

// TestTimelineJSDates checks the start_date and end_date of TimelineJS
// slides: a part of a year is placed at the months it runs through, not
// on 1 January, and a year, a month or a day at what it gives.
func TestTimelineJSDates(t *testing.T) {
	r := &renderer{words: lang.For("en", nil)}
	for _, tc := range []struct{ date, start, end string }{
		{"2024", `{"year":"2024","display_date":"2024"}`, `null`},
		{"about 2024", `{"year":"2024","display_date":"about 2024"}`, `null`},
		{"late 2024", `{"year":"2024","month":"9","display_date":"late 2024"}`, `{"year":"2024","month":"12","display_date":"late 2024"}`},
		{"early 2024", `{"year":"2024","month":"1","display_date":"early 2024"}`, `{"year":"2024","month":"4","display_date":"early 2024"}`},
		{"spring 2024", `{"year":"2024","month":"3","display_date":"spring 2024"}`, `{"year":"2024","month":"5","display_date":"spring 2024"}`},
		{"winter 2024/25", `{"year":"2024","month":"12","display_date":"winter 2024–2025"}`, `{"year":"2025","month":"2","display_date":"winter 2024–2025"}`},
		{"2024-07", `{"year":"2024","month":"7","display_date":"July 2024"}`, `null`},
		{"2024-09/2024-12", `{"year":"2024","month":"9","display_date":"September 2024"}`, `{"year":"2024","month":"12","display_date":"December 2024"}`},
		{"late 2024/2025", `{"year":"2024","month":"9","display_date":"late 2024"}`, `{"year":"2025","display_date":"2025"}`},
		{"2024/spring 2025", `{"year":"2024","display_date":"2024"}`, `{"year":"2025","month":"5","display_date":"spring 2025"}`},
		{"../late 2024", `{"year":"2024","month":"9","display_date":"late 2024"}`, `{"year":"2024","month":"12","display_date":"late 2024"}`},
		{"../2024", `{"year":"2024","display_date":"2024"}`, `null`},
		{"2024/..", `{"year":"2024","display_date":"2024"}`, `null`},
		{"2025-05-21", `{"year":"2025","month":"5","day":"21","display_date":"21 May 2025"}`, `null`},
	} {
		d, err := date.Parse(tc.date)
		if err != nil {
			t.Fatal(err)
		}
		slide := r.timelineSlide(&site.Event{Date: d, Text: "x"}, "")
		start, _ := json.Marshal(slide.StartDate)
		end, _ := json.Marshal(slide.EndDate)
		if string(start) != tc.start || string(end) != tc.end {
			t.Errorf("%s: start_date %s, end_date %s\nwant %s, %s", tc.date, start, end, tc.start, tc.end)
		}
	}
}

// TestEventIDs checks the ids of a brief's event lines, which timeline.json
// gives as unique_id and events.json as id: each stays when other lines
// are added before it, removed or moved, adds its date where two lines
// begin alike, and a number where their dates are alike too, in the order
// the brief writes them, keeps its accents and
// is percent-encoded in unique_id, and is no other brief's nor a brief's
// own "brief-<slug>".
func TestEventIDs(t *testing.T) {
	type line struct {
		text string
		pos  int    // line of the brief's file; its order in time is the list's
		day  string // its date, when not the brief's (2024)
	}
	for _, tc := range []struct {
		name  string
		slug  string
		lines []line
		want  map[string]string // text to id
		uniq  map[string]string // text to unique_id, where it differs
		own   string            // the brief's own unique_id, where it differs
	}{
		{
			name:  "the probe's brief",
			slug:  "funding-and-un-trust-fund",
			lines: []line{{"Delays in paying out money hold up the deployment.", 10, ""}},
			want:  map[string]string{"Delays in paying out money hold up the deployment.": "funding-and-un-trust-fund--delays-in-paying-out-money-hold"},
		},
		{
			name: "an earlier line added",
			slug: "funding-and-un-trust-fund",
			lines: []line{
				{"Kenya asks donors for money.", 12, ""},
				{"Delays in paying out money hold up the deployment.", 10, ""},
			},
			want: map[string]string{
				"Kenya asks donors for money.":                       "funding-and-un-trust-fund--kenya-asks-donors-for-money",
				"Delays in paying out money hold up the deployment.": "funding-and-un-trust-fund--delays-in-paying-out-money-hold",
			},
		},
		{
			name: "lines alike numbered as written, not in time",
			slug: "talks",
			lines: []line{
				{"Talks resume.", 20, ""},
				{"Talks resume!", 10, ""},
				{"Talks resume 2", 30, ""},
			},
			want: map[string]string{ // alike in date too
				"Talks resume!":  "talks--talks-resume-2024",
				"Talks resume.":  "talks--talks-resume-2024-2",
				"Talks resume 2": "talks--talks-resume-2",
			},
		},
		{
			name:  "lines alike told apart by their dates",
			slug:  "talks",
			lines: []line{{"Talks resume.", 10, "2024-03-04"}, {"Talks resume!", 20, "2024-05"}},
			want:  map[string]string{"Talks resume.": "talks--talks-resume-2024-03-04", "Talks resume!": "talks--talks-resume-2024-05"},
		},
		{
			name:  "a date added that is another line's words",
			slug:  "talks",
			lines: []line{{"Talks", 10, "2024-05"}, {"Talks", 11, "2025"}, {"Talks 2024-05", 12, "2024-06"}},
			want:  map[string]string{"Talks": "", "Talks 2024-05": "talks--talks-2024-05"},
		},
		{
			name:  "and written in the other order",
			slug:  "talks",
			lines: []line{{"Talks 2024-05", 10, "2024-06"}, {"Talks", 11, "2025"}, {"Talks", 12, "2024-05"}},
			want:  map[string]string{"Talks": "", "Talks 2024-05": "talks--talks-2024-05"},
		},
		{
			name:  "and swapped, keep theirs",
			slug:  "talks",
			lines: []line{{"Talks resume.", 20, "2024-03-04"}, {"Talks resume!", 10, "2024-05"}},
			want:  map[string]string{"Talks resume.": "talks--talks-resume-2024-03-04", "Talks resume!": "talks--talks-resume-2024-05"},
		},
		{
			name:  "accents kept, encoded in unique_id",
			slug:  "geneve",
			lines: []line{{"Réunion à Genève", 5, ""}, {"Совет безопасности", 6, ""}},
			want: map[string]string{
				"Réunion à Genève":   "geneve--réunion-à-genève",
				"Совет безопасности": "geneve--совет-безопасности",
			},
			uniq: map[string]string{
				"Réunion à Genève":   "geneve--r%C3%A9union-%C3%A0-gen%C3%A8ve",
				"Совет безопасности": "geneve--%D1%81%D0%BE%D0%B2%D0%B5%D1%82-%D0%B1%D0%B5%D0%B7%D0%BE%D0%BF%D0%B0%D1%81%D0%BD%D0%BE%D1%81%D1%82%D0%B8",
			},
		},
		{
			name: "no letters, or too many",
			slug: "x",
			lines: []line{
				{"—", 1, ""},
				{"…", 2, ""},
				{"岸田文雄が首相に就任し、新しい内閣を発足させた。その後、国会で所信表明演説を行い、経済政策を説明した。", 3, ""},
			},
			want: map[string]string{
				"—": "x--event-2024",
				"…": "x--event-2024-2",
				"岸田文雄が首相に就任し、新しい内閣を発足させた。その後、国会で所信表明演説を行い、経済政策を説明した。": "x--岸田文雄が首相に就任し-新しい内閣を発足させた-その後-国会で所信表明演説を行い",
			},
			uniq: map[string]string{
				"岸田文雄が首相に就任し、新しい内閣を発足させた。その後、国会で所信表明演説を行い、経済政策を説明した。": "x--%E5%B2%B8%E7%94%B0%E6%96%87%E9%9B%84%E3%81%8C%E9%A6%96%E7%9B%B8%E3%81%AB%E5%B0%B1%E4%BB%BB%E3%81%97-%E6%96%B0%E3%81%97%E3%81%84%E5%86%85%E9%96%A3%E3%82%92%E7%99%BA%E8%B6%B3%E3%81%95%E3%81%9B%E3%81%9F-%E3%81%9D%E3%81%AE%E5%BE%8C-%E5%9B%BD%E4%BC%9A%E3%81%A7%E6%89%80%E4%BF%A1%E8%A1%A8%E6%98%8E%E6%BC%94%E8%AA%AC%E3%82%92%E8%A1%8C%E3%81%84",
			},
		},
		{
			name:  "a slug in Cyrillic",
			slug:  "совет",
			lines: []line{{"Vote", 1, ""}},
			want:  map[string]string{"Vote": "совет--vote"},
			uniq:  map[string]string{"Vote": "%D1%81%D0%BE%D0%B2%D0%B5%D1%82--vote"},
			own:   "brief-%D1%81%D0%BE%D0%B2%D0%B5%D1%82",
		},
		{
			name:  "no brief's own id",
			slug:  "brief",
			lines: []line{{"X", 1, ""}},
			want:  map[string]string{"X": "brief--x"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := date.Parse("2024")
			if err != nil {
				t.Fatal(err)
			}
			b := &site.Brief{Slug: tc.slug, Date: d}
			own := &site.Event{Date: b.Date, Text: "Title", Brief: b, OfBrief: true}
			for _, l := range tc.lines {
				day := b.Date
				if l.day != "" {
					if day, err = date.Parse(l.day); err != nil {
						t.Fatal(err)
					}
				}
				b.Events = append(b.Events, &site.Event{Date: day, Text: l.text, Brief: b, Pos: diag.Pos{File: "content/briefs/x.md", Line: l.pos}})
			}
			// Another brief whose slug and line would make the same
			// id, joined by one "-".
			other := &site.Brief{Slug: tc.slug + "-talks"}
			other.Events = []*site.Event{{Text: "resume", Brief: other}}
			ids := new(eventIDs)
			r := &renderer{site: &site.Site{}, words: lang.For("en", nil)}
			seen := map[string]bool{ids.id(own): true, ids.id(other.Events[0]): true}
			if got := ids.id(own); got != "brief-"+tc.slug {
				t.Errorf("brief's own date: id %q", got)
			}
			if got, want := r.timelineSlide(own, ids.id(own)).UniqueID, cmp.Or(tc.own, "brief-"+tc.slug); got != want {
				t.Errorf("brief's own date: unique_id %q, want %q", got, want)
			}
			for _, ev := range b.Events {
				id := ids.id(ev)
				if seen[id] {
					t.Errorf("%q: id %q repeats", ev.Text, id)
				}
				seen[id] = true
				if tc.want[ev.Text] == "" {
					continue // lines of one text: only their ids' being apart is checked
				}
				if want := tc.want[ev.Text]; id != want {
					t.Errorf("%q: id %q, want %q", ev.Text, id, want)
				}
				want := cmp.Or(tc.uniq[ev.Text], tc.want[ev.Text])
				if got := r.timelineSlide(ev, id).UniqueID; got != want {
					t.Errorf("%q: unique_id %q, want %q", ev.Text, got, want)
				}
			}
		})
	}
}
