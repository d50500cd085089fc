package render

import (
	"encoding/json"
	"testing"

	"github.com/briefsite/brief/internal/date"
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
		slide := r.timelineSlide(&site.Event{Date: d, Text: "x"}, nil)
		start, _ := json.Marshal(slide.StartDate)
		end, _ := json.Marshal(slide.EndDate)
		if string(start) != tc.start || string(end) != tc.end {
			t.Errorf("%s: start_date %s, end_date %s\nwant %s, %s", tc.date, start, end, tc.start, tc.end)
		}
	}
}
