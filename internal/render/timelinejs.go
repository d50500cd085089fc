package render

import (
	"html"
	"iter"
	"strconv"
	"time"

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
// set: a month date has no day, a year has no month. A part of a year
// ("late 2024", a season) gives the month it starts in, or, as an end,
// the month it ends in, so that TimelineJS places it there and not on
// 1 January.
type tlDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	Hour        string `json:"hour,omitempty"`
	Minute      string `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// newTLDate returns the TimelineJS form of the start of a single point,
// shown in the words w, or nil for the zero Date (an open end of an
// interval).
func newTLDate(d date.Date, w *date.Words) *tlDate {
	if d.IsZero() {
		return nil
	}
	t, p := d.Start(), d.Precision()
	out := &tlDate{Year: strconv.Itoa(t.Year()), DisplayDate: html.EscapeString(d.In(w))}
	if p >= date.Month || partOfYear(d) {
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

// tlEnd returns the TimelineJS form of the end of a single point: its
// last month when it is a part of a year ("late 2024" ends in December
// 2024, winter 2024/25 in February 2025), and otherwise its start, as
// newTLDate gives it, when asStart, or nil.
func tlEnd(d date.Date, w *date.Words, asStart bool) *tlDate {
	if d.IsZero() || !partOfYear(d) {
		if asStart {
			return newTLDate(d, w)
		}
		return nil
	}
	last := d.End().AddDate(0, 0, -1)
	return &tlDate{Year: strconv.Itoa(last.Year()), Month: strconv.Itoa(int(last.Month())), DisplayDate: html.EscapeString(d.In(w))}
}

// partOfYear reports whether the single point d is coarser than a month
// but spans less than its year: a season, the early, mid or late part of
// a year.
func partOfYear(d date.Date) bool {
	if d.Precision() >= date.Month {
		return false
	}
	start, end := d.Start(), d.End()
	return start.Month() != time.January || start.Day() != 1 || !end.Equal(start.AddDate(1, 0, 0))
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
		for _, ev := range r.site.Timeline {
			if ev.Date.IsZero() {
				continue
			}
			if !yield(r.timelineSlide(ev, r.eventIDs.id(ev))) {
				return
			}
		}
	}
}

// timelineSlide returns the slide of ev, whose id in the data export is
// id. Its unique_id is the id as an address's #fragment writes it, its
// letters outside ASCII percent-encoded: TimelineJS leads an address
// ending in #event-<unique_id> to the slide, comparing what follows
// "#event-" with the unique_id as it is, and browsers give it encoded.
func (r *renderer) timelineSlide(ev *site.Event, id string) tlSlide {
	first, last := endpoints(ev.Date)
	w := r.words.Date
	slide := tlSlide{StartDate: newTLDate(first, w), DisplayDate: html.EscapeString(ev.Date.In(w)), UniqueID: asciiURL(id)}
	switch {
	case !ev.Date.IsInterval():
		slide.EndDate = tlEnd(first, w, false)
	case slide.StartDate == nil: // "until 2024": TimelineJS needs a start
		slide.StartDate, slide.EndDate = newTLDate(last, w), tlEnd(last, w, false)
	default:
		slide.EndDate = tlEnd(last, w, true)
	}
	b := ev.Brief
	if b == nil {
		slide.Text.Headline = html.EscapeString(ev.Text)
		return slide
	}
	link := `<a href="` + html.EscapeString(r.absLink(b.Path())) + `">` + html.EscapeString(b.Title) + `</a>`
	if ev.OfBrief {
		slide.Text = tlText{Headline: html.EscapeString(b.Title), Text: "<p>" + html.EscapeString(b.Summary) + "</p><p>" + link + "</p>"}
	} else {
		slide.Text = tlText{Headline: html.EscapeString(ev.Text), Text: "<p>" + html.EscapeString(r.words.T("From")) + " " + link + "</p>"}
	}
	if len(b.Topics) > 0 {
		slide.Group = html.EscapeString(b.Topics[0].Name)
	}
	return slide
}
