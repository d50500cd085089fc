package render

import (
	"strconv"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
)

// DefaultTimelinePerYear is the number of entries above which the site's
// timeline is split into a page per year (see Options.TimelinePerYear).
// A page of 25,000 entries, 20 MB, takes a browser over ten seconds to
// show; a year of a large briefing is a few thousand.
const DefaultTimelinePerYear = 1000

// YearPage is a year's page of a timeline split by year.
type YearPage struct {
	Year    int    // 0 for the entries whose start is not known
	Dir     string // "timeline/2024/", or "timeline/earlier/"
	Entries int    // the number of entries on the page
	Current bool   // the page is this one
}

// Label returns the year's name: "2024", or "Earlier" for year 0.
func (y YearPage) Label() string { return Year{Year: y.Year}.Label() }

// timelineDir returns the directory of the page of year on a timeline
// split by year.
func timelineDir(year int) string {
	if year == 0 {
		return "timeline/earlier/"
	}
	return "timeline/" + strconv.Itoa(year) + "/"
}

// timeline adds the timeline page or, when the timeline has more than
// r.timelinePerYear entries, an index of its years and a page per year.
func (r *renderer) timeline() {
	s := r.site
	const desc = "Every dated brief and event in order."
	if !r.splitTimeline {
		r.page("timeline.html", "timeline/index.html", func() *Page {
			return &Page{Section: "timeline", Title: "Timeline", Description: desc, Timeline: s.Timeline}
		})
		return
	}
	spans := yearSpans(s.Timeline)
	pages := func(current int) []YearPage {
		out := make([]YearPage, len(spans))
		for i, sp := range spans {
			out[i] = YearPage{Year: sp.year, Dir: timelineDir(sp.year), Entries: sp.end - sp.start, Current: i == current}
		}
		return out
	}
	r.page("timeline.html", "timeline/index.html", func() *Page {
		return &Page{Section: "timeline", Title: "Timeline", Description: desc, YearPages: pages(-1)}
	})
	for i, sp := range spans {
		label := Year{Year: sp.year}.Label()
		desc := "Every dated brief and event of " + label + " in order."
		if sp.year == 0 {
			desc = "The dated briefs and events whose start is not known."
		}
		r.page("timeline.html", timelineDir(sp.year)+"index.html", func() *Page {
			return &Page{Section: "timeline", Title: "Timeline: " + label, Description: desc, Timeline: s.Timeline[sp.start:sp.end], YearPages: pages(i)}
		})
	}
}

// yearSpan is the entries of a year: events[start:end].
type yearSpan struct {
	year       int
	start, end int
}

// yearSpans returns the spans of events, in date order, that share a
// year, as groupYears groups them.
func yearSpans(events []*site.Event) []yearSpan {
	var spans []yearSpan
	for i, e := range events {
		y := e.Date.Year()
		if n := len(spans); n > 0 && spans[n-1].year == y {
			spans[n-1].end = i + 1
			continue
		}
		spans = append(spans, yearSpan{year: y, start: i, end: i + 1})
	}
	return spans
}

// TimelineURL returns the link from the page to the year of d on the
// site's timeline: its section of the timeline page, or of its year's
// page when the timeline is split by year.
func (p *Page) TimelineURL(d date.Date) string {
	dir := "timeline/"
	if p.splitTimeline {
		dir = timelineDir(d.Year())
	}
	return p.URL(dir) + "#" + p.YearID(d)
}

// YearPage returns the year the page shows of a timeline split by
// year, or nil.
func (p *Page) YearPage() *YearPage {
	for i := range p.YearPages {
		if p.YearPages[i].Current {
			return &p.YearPages[i]
		}
	}
	return nil
}

// PreviousYear returns the year before the one the page shows of a
// timeline split by year, or nil.
func (p *Page) PreviousYear() *YearPage { return p.yearAt(-1) }

// NextYear returns the year after the one the page shows of a timeline
// split by year, or nil.
func (p *Page) NextYear() *YearPage { return p.yearAt(+1) }

// yearAt returns the year step places from the current one, or nil.
func (p *Page) yearAt(step int) *YearPage {
	for i := range p.YearPages {
		if p.YearPages[i].Current {
			if j := i + step; j >= 0 && j < len(p.YearPages) {
				return &p.YearPages[j]
			}
			return nil
		}
	}
	return nil
}
