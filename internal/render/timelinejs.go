package render

import (
	"html"
	"iter"
	"strconv"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/site"
)

// The types below follow the JSON format of TimelineJS3
// (https://timeline.knightlab.com/docs/json-format.html). Its text fields
// hold HTML, so every string from the site is escaped before it goes in.

type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// tlDate is a TimelineJS date. Only the fields the date actually has are
// set: a month date has no day, a year or a season has no month.
type tlDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	Hour        string `json:"hour,omitempty"`
	Minute      string `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// newTLDate returns the TimelineJS form of a single point, shown in the
// words w, or nil for the zero Date (an open end of an interval).
func newTLDate(d date.Date, w *date.Words) *tlDate {
	if d.IsZero() {
		return nil
	}
	t, p := d.Start(), d.Precision()
	out := &tlDate{Year: strconv.Itoa(t.Year()), DisplayDate: html.EscapeString(d.In(w))}
	if p >= date.Month {
		out.Month = strconv.Itoa(int(t.Month()))
	}
	if p >= date.Day {
		out.Day = strconv.Itoa(t.Day())
	}
	if p >= date.Minute {
		out.Hour = strconv.Itoa(t.Hour())
		out.Minute = strconv.Itoa(t.Minute())
	}
	return out
}

// absLink returns the URL of the page in directory dir for a file that is
// read away from the site: absolute when the site has a base URL, and
// relative to the site root otherwise.
func (r *renderer) absLink(dir string) string {
	return r.site.Config.BaseURL + r.link(dir)
}

// timelineHead returns the title slide of the TimelineJS file, when the
// site has a title.
func (r *renderer) timelineHead() any {
	var head struct {
		Title *tlSlide `json:"title,omitempty"`
	}
	if c := r.site.Config; c.Title != "" {
		head.Title = &tlSlide{Text: tlText{Headline: html.EscapeString(c.Title), Text: html.EscapeString(c.Description)}}
	}
	return head
}

// timelineSlides returns the site's timeline in TimelineJS3's format: one
// slide per dated brief and event line, grouped by the brief's first topic.
func (r *renderer) timelineSlides() iter.Seq[any] {
	return func(yield func(any) bool) {
		seen := map[*site.Brief]int{}
		for _, ev := range r.site.Timeline {
			if ev.Date.IsZero() {
				continue
			}
			if !yield(r.timelineSlide(ev, seen)) {
				return
			}
		}
	}
}

// timelineSlide returns the slide of ev; seen counts the event lines of
// each brief so far, for their unique IDs.
func (r *renderer) timelineSlide(ev *site.Event, seen map[*site.Brief]int) tlSlide {
	first, last := endpoints(ev.Date)
	w := r.words.Date
	slide := tlSlide{StartDate: newTLDate(first, w), DisplayDate: html.EscapeString(ev.Date.In(w))}
	if ev.Date.IsInterval() {
		slide.EndDate = newTLDate(last, w)
		if slide.StartDate == nil { // "until 2024": TimelineJS needs a start
			slide.StartDate, slide.EndDate = slide.EndDate, nil
		}
	}
	b := ev.Brief
	if b == nil {
		slide.Text.Headline = html.EscapeString(ev.Text)
		return slide
	}
	link := `<a href="` + html.EscapeString(r.absLink(b.Path())) + `">` + html.EscapeString(b.Title) + `</a>`
	if ev.OfBrief {
		slide.Text = tlText{Headline: html.EscapeString(b.Title), Text: "<p>" + html.EscapeString(b.Summary) + "</p><p>" + link + "</p>"}
		slide.UniqueID = "brief-" + b.Slug
	} else {
		seen[b]++
		slide.Text = tlText{Headline: html.EscapeString(ev.Text), Text: "<p>" + html.EscapeString(r.words.T("From")) + " " + link + "</p>"}
		slide.UniqueID = "event-" + b.Slug + "-" + strconv.Itoa(seen[b])
	}
	if len(b.Topics) > 0 {
		slide.Group = html.EscapeString(b.Topics[0].Name)
	}
	return slide
}
