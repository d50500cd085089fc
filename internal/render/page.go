package render

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
)

// Page is what a page template receives.
type Page struct {
	Site        *site.Site
	Path        string // output path, e.g. "briefs/x/index.html"
	Section     string // the navigation entry the page belongs to
	Title       string // "" on the home page
	Description string
	Canonical   string // absolute URL, when the site has a base URL

	Brief    *site.Brief
	Entity   *site.Entity
	Page     *site.Page // on a standalone page (page.html): its title, summary and body
	Kind     site.Kind
	ByCount  bool
	Briefs   []*site.Brief
	Entities []*site.Entity
	Events   []*site.Event
	Timeline []*site.Event // grouped by Years

	// YearPages are the years of a list split by year (the timeline, the
	// list of briefs, a profile), on its pages; nil otherwise.
	YearPages []YearPage

	// Target is what an alias's page leads on to: a brief (then Brief
	// is set too) or a profile (Entity), with its Path and Title.
	Target site.Target

	Sources       []*site.Source // on the list of sources, or a letter of it
	SourceLetters []SourceLetter // of the list of sources split by letter, on its pages

	years         func() []Year // Timeline grouped, computed once when first asked
	root          string        // climbs from the page to the site root: "", "../", "../../"
	words         *lang.Words   // the site's; nil is English
	pretty        bool
	splitTimeline bool                    // the site's timeline has a page per year
	sourceDirs    map[*site.Source]string // the page of each source, when they are split by letter
	counts        *sync.Pool              // for Related; nil in tests
	bodyScratch   []byte                  // what PrintHTML unpacks bodies into, from one to the next
	printNumbers  map[*site.Source]int    // PrintSourceNumbers, for PrintHTML, once it has asked
	eventIDs      *eventIDs               // for EventID; nil in tests
}

// NavItem is an entry of the navigation bar.
type NavItem struct {
	Path, Label, Section string

	// Set by Page.Nav for the page.
	URL     string // the link from the page to Path
	Current string // "page" on the entry's own page, "true" elsewhere in its section, else ""
}

var nav = []NavItem{
	{Path: "briefs/", Label: "Briefs", Section: "briefs"},
	{Path: "timeline/", Label: "Timeline", Section: "timeline"},
	{Path: "actors/", Label: "Actors", Section: "actors"},
	{Path: "countries/", Label: "Countries", Section: "countries"},
	{Path: "topics/", Label: "Topics", Section: "topics"},
	{Path: "sources/", Label: "Sources", Section: "sources"},
	{Path: "search/", Label: "Search", Section: "search"},
}

// Nav returns the navigation bar's entries, with their links from the
// page and whether the page is in their section.
func (p *Page) Nav() []NavItem {
	out := slices.Clone(nav)
	for i := range out {
		it := &out[i]
		it.Label = p.Words().T(it.Label)
		it.URL = p.URL(it.Path)
		if it.Section == p.Section {
			it.Current = "true"
			if p.Path == it.Path+"index.html" {
				it.Current = "page"
			}
		}
	}
	return out
}

// Words returns the words of the site's language.
func (p *Page) Words() *lang.Words {
	if p.words == nil {
		return lang.English
	}
	return p.words
}

// searchTexts are the texts search.js shows, which the search page gives
// it translated (see SearchWords).
var searchTexts = []string{"Brief", "Actor", "Country", "Topic", "Page", "No results for “%s”", "%d results, showing the first %d", "1 result", "%d results", "Results for “%s”", "Show more", "Loading search…"}

// SearchWords returns the translations of the texts search.js shows, as
// a JSON object, or "" when the site's words are the theme's English.
func (p *Page) SearchWords() string {
	w := p.Words()
	if w.Plain() {
		return ""
	}
	m := make(map[string]string, len(searchTexts))
	for _, s := range searchTexts {
		m[s] = w.T(s)
		for _, form := range lang.PluralForms { // "%d results|few", when given
			if t, ok := w.Translation(s + "|" + form); ok {
				m[s+"|"+form] = t
			}
		}
	}
	b, _ := json.Marshal(m) // strings only: it cannot fail
	return string(b)
}

// URL returns the link from this page to the page whose directory is dir
// ("" for the home page, "briefs/x/" for a brief), relative so that the
// site works at a domain root, under a sub-path and from file://. A dir
// from the site's root, "/timeline/" as Hugo's relURL takes it, is the
// same as "timeline/".
func (p *Page) URL(dir string) string {
	dir = strings.TrimLeft(dir, "/")
	if dir != "" && !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	if p.pretty {
		if p.root+dir == "" {
			return "./"
		}
		return p.root + dir
	}
	return p.root + dir + "index.html"
}

// Asset returns the relative link from this page to a file of the site.
// A file from the site's root, "/img/logo.svg" as Hugo's relURL takes
// it, is the same as "img/logo.svg"; an address of another site
// ("https://cdn.example/x.js", "//cdn.example/x.js") is returned as it
// is, as relURL returns it.
func (p *Page) Asset(file string) string {
	if strings.HasPrefix(file, "//") || strings.Contains(file, "://") {
		return file
	}
	return p.root + strings.TrimLeft(file, "/")
}

// Latest returns the newest brief, or nil when there is none.
func (p *Page) Latest() *site.Brief {
	if len(p.Site.Briefs) == 0 {
		return nil
	}
	return p.Site.Briefs[0]
}

// Top returns up to n of entities, those named in the most briefs first
// (by name among equals).
func (p *Page) Top(entities []*site.Entity, n int) []*site.Entity {
	out := slices.Clone(entities)
	slices.SortStableFunc(out, func(a, b *site.Entity) int { return len(b.Briefs) - len(a.Briefs) })
	return out[:min(n, len(out))]
}

// FirstKnown returns the first of events, which are in date order, whose
// start is known, for a period to begin with: "until 2024" says nothing
// of when the period began. It returns the first of events when none has
// a known start, and nil when there are none.
func (p *Page) FirstKnown(events []*site.Event) *site.Event {
	for _, e := range events {
		if !e.Date.Start().IsZero() {
			return e
		}
	}
	if len(events) == 0 {
		return nil
	}
	return events[0]
}

// OneDay returns the period from first to last, the dates of a
// timeline's first and last events, as one date when it lies within one
// day as written: the day, "24 November 2026", or, when both give times
// in one offset, the range of them on it, "24 November 2026, 05:30–09:00
// UTC+4". It returns the zero Date otherwise, for the page to give both.
func (p *Page) OneDay(first, last date.Date) date.Date {
	a, _, _ := strings.Cut(first.String(), "/") // the start of first
	z := last.String()
	z = z[strings.LastIndexByte(z, '/')+1:] // the end of last
	span, err := date.Parse(a + "/" + z)
	if err != nil || len(a) < len("2006-01-02") || span.Precision() < date.Day || span.Approximate() || span.Uncertain() ||
		date.DayNumber(span.Start()) != date.DayNumber(span.End().Add(-time.Minute)) {
		return date.Date{}
	}
	_, from := span.Start().Zone()
	_, to := span.End().Zone()
	if strings.Contains(a, "T") && strings.Contains(z, "T") && from == to {
		return span
	}
	day, _ := date.Parse(a[:len("2006-01-02")])
	return day
}

// EndsLast returns the event of events whose date ends last, for a
// period to end with: the last of events in date order may end before
// another ("5 December" after "5–6 December"). Ends are ordered as
// date.Compare orders starts: by the day they are on as written, then by
// the time. Of events ending together it returns the last; undated events count only when no event
// is dated. It returns nil when there are none.
func (p *Page) EndsLast(events []*site.Event) *site.Event {
	if len(events) == 0 {
		return nil
	}
	// From the last, which most often ends last: a date whose year
	// ends two years before the latest end so far is passed over
	// without working out its end (a timeline of 30,000 events).
	last := events[len(events)-1]
	end := last.Date.End()
	for i := len(events) - 2; i >= 0; i-- {
		e := events[i]
		if e.Date.EndYear()+1 < end.Year() {
			continue
		}
		if t := e.Date.End(); endsAfter(t, end) {
			last, end = e, t
		}
	}
	return last
}

// endsAfter reports whether the end t comes after the end u: on a later
// day as written, whatever their offsets, or later on the same day.
func endsAfter(t, u time.Time) bool {
	if a, b := date.DayNumber(t), date.DayNumber(u); a != b {
		return a > b
	}
	return t.After(u)
}

// Period returns the period events, in date order, cover, as the two
// dates the "date-span" partial shows: the start of the first event whose
// start is known (FirstKnown) and the end of the event that ends last
// (EndsLast), each with its own marks of approximation or uncertainty:
// "2023" and "perhaps 2 October 2025" for events of "2023", "about May
// 2025" and "perhaps 2 October 2025". One date, given twice for the
// partial to show once, stands for the period when one event's date spans
// it ("June 2024–perhaps September 2025", with a "June 2024" or a "May
// 2025" within it), when it lies within one day (as OneDay gives it), and
// when it is open at an end ("since 2024"). It returns nil for no events.
func (p *Page) Period(events []*site.Event) []date.Date {
	first, last := p.FirstKnown(events), p.EndsLast(events)
	if first == nil {
		return nil
	}
	// An event open at its start ("until 2024") comes first in date
	// order, and FirstKnown passes over it: the period is open too.
	open := events[0].Date.Start().IsZero() && !events[0].Date.IsZero()
	switch {
	case open:
	case first.Date.Contains(last.Date): // as written, as the order is
		return []date.Date{first.Date, first.Date}
	case last.Date.Contains(first.Date):
		return []date.Date{last.Date, last.Date}
	}
	a, _, _ := strings.Cut(first.Date.String(), "/") // the start of first
	if open {
		a = ".."
	}
	z := last.Date.String()
	z = z[strings.LastIndexByte(z, '/')+1:] // the end of last
	if a == ".." || z == ".." {
		if span, err := date.Parse(a + "/" + z); err == nil {
			return []date.Date{span, span}
		}
		return []date.Date{first.Date, last.Date}
	}
	from, err := date.Parse(a)
	to, err2 := date.Parse(z)
	if err != nil || err2 != nil { // not expected: each end of String parses
		return []date.Date{first.Date, last.Date}
	}
	if day := p.OneDay(from, to); !day.IsZero() {
		return []date.Date{day, day}
	}
	return []date.Date{from, to}
}

// Last returns the last of events, or nil when there are none.
func (p *Page) Last(events []*site.Event) *site.Event {
	if len(events) == 0 {
		return nil
	}
	return events[len(events)-1]
}

// Years returns the page's timeline grouped by year and month. It is
// computed when the page is rendered, once, so that building the site
// for brief serve does not group every profile's timeline up front.
func (p *Page) Years() []Year {
	if p.years == nil {
		return groupYears(p.Timeline, p.Words())
	}
	return p.years()
}

// BriefEvents returns the brief's own event lines in date order.
func (p *Page) BriefEvents() []*site.Event { return p.Brief.Events }

// Related returns up to five other briefs sharing the most with the
// page's brief, as relatedBriefs weighs it. It is computed when the page
// is rendered, so that a rebuild in brief serve does not compute it for
// every brief.
func (p *Page) Related() []*site.Brief {
	if p.Brief == nil || p.Site == nil {
		return nil
	}
	return relatedBriefs(p.Brief, len(p.Site.Briefs), p.counts)
}

// maxMentions is how many of the briefs linking to a profile without
// naming its entity the profile lists.
const maxMentions = 20

// Mentions returns, on a profile's page (not a year's), the newest of the
// briefs, up to maxMentions, whose bodies link to the profile but which
// do not name its entity.
func (p *Page) Mentions() []*site.Brief {
	if p.Entity == nil || p.YearPage() != nil {
		return nil
	}
	m := p.Entity.MentionedIn
	return m[:min(len(m), maxMentions)]
}

// MoreMentions returns how many such briefs Mentions leaves out.
func (p *Page) MoreMentions() int {
	if p.Entity == nil || p.YearPage() != nil {
		return 0
	}
	return max(len(p.Entity.MentionedIn)-maxMentions, 0)
}

// rootOf returns the relative climb from an output path to the root.
func rootOf(path string) string {
	return strings.Repeat("../", strings.Count(path, "/"))
}

// Year is a year of a timeline. Year 0 holds the dates whose start is
// not known ("until 2024"), which come first.
type Year struct {
	Year   int
	Label  string // the year's heading: "2024", or "Earlier" (translated) for year 0
	Months []Month
}

// YearID returns the anchor of the year of d on a timeline page.
func (p *Page) YearID(d date.Date) string { return Year{Year: d.Year()}.ID() }

// ID returns the year's anchor on the page: "y2024", or "y-earlier".
func (y Year) ID() string {
	if y.Year == 0 {
		return "y-earlier"
	}
	return "y" + strconv.Itoa(y.Year)
}

// Month is a month of a timeline; Month 0 holds events known only to the
// year (or a season or part of it).
type Month struct {
	Month  time.Month
	Label  string
	Events []*site.Event
}

// groupYears groups events, already in date order, by year and month.
// Events known only to a coarser span than a month (a year, a season,
// "late 2024") get a group of their own, labelled with that span, or
// "Month not known" when the span is the whole year, which the year's
// heading already says.
func groupYears(events []*site.Event, w *lang.Words) []Year {
	var years []Year
	for _, e := range events {
		y, m := e.Date.Year(), e.Date.Month()
		var label string
		if m == 0 {
			label = e.Date.In(w.Date)
			if label == date.YearString(y) {
				label = w.T("Month not known")
			}
		} else {
			label = date.MonthYear(w.Date, int(m), y)
		}
		if len(years) == 0 || years[len(years)-1].Year != y {
			years = append(years, Year{Year: y, Label: w.T(yearLabel(y))})
		}
		yr := &years[len(years)-1]
		if n := len(yr.Months); n == 0 || yr.Months[n-1].Label != label {
			yr.Months = append(yr.Months, Month{Month: m, Label: label})
		}
		mo := &yr.Months[len(yr.Months)-1]
		mo.Events = append(mo.Events, e)
	}
	return years
}

// EventID returns the id of e's entry on a timeline: "event-" and its
// id in the data export (see eventIDs), so that #event-<id> leads to it
// on the site's timeline as in TimelineJS; "" for an event of no brief.
func (p *Page) EventID(e *site.Event) string {
	if p.eventIDs == nil {
		return ""
	}
	if id := p.eventIDs.id(e); id != "" {
		return "event-" + id
	}
	return ""
}

// DateClass returns CSS classes that say how precisely d is known, for the
// theme to draw: "prec-day" (a day or a time), "prec-month",
// "prec-season" or "prec-year" (a year or a part of one), plus "fuzzy"
// when d is approximate or uncertain and "span" when d is an interval.
func (p *Page) DateClass(d date.Date) string {
	if d.IsZero() {
		return ""
	}
	var c string
	switch d.Precision() {
	case date.Day, date.Minute:
		c = "prec-day"
	case date.Month:
		c = "prec-month"
	case date.Season:
		c = "prec-season"
	default:
		c = "prec-year"
	}
	if d.Approximate() || d.Uncertain() {
		c += " fuzzy"
	}
	if d.IsInterval() {
		c += " span"
	}
	return c
}

// MonthCell is one month of a Strip.
type MonthCell struct {
	Abbr  string // "Jan"
	State string // "full" when the date covers the whole month, "part" when some of it, "" when none
}

// Strip shows which months of a year a date covers: a day marks part of
// one month, "September–December 2024" fills four, "late 2024" fills the
// last four and "2024" fills all twelve.
type Strip struct {
	Year   int
	Months []MonthCell
	Later  bool // the date runs on into a later year
}

// MonthStrip returns the strip of the year in which d starts, or nil for
// the zero Date and for an interval open at its start. Templates also
// have it as the function monthStrip.
func (p *Page) MonthStrip(d date.Date) *Strip { return monthStrip(d) }

func monthStrip(d date.Date) *Strip {
	y := d.Year()
	if d.IsZero() || y == 0 {
		return nil
	}
	start, end := date.AsWritten(d.Start()), date.AsWritten(d.End()) // a time on the day it is written, as it is shown
	s := &Strip{Year: y, Months: make([]MonthCell, 12), Later: end.After(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))}
	for i := range s.Months {
		m0 := time.Date(y, time.Month(i+1), 1, 0, 0, 0, 0, time.UTC)
		m1 := m0.AddDate(0, 1, 0)
		s.Months[i].Abbr = m0.Month().String()[:3]
		switch {
		case !start.Before(m1) || !end.After(m0):
			// no overlap
		case !start.After(m0) && !end.Before(m1):
			s.Months[i].State = "full"
		default:
			s.Months[i].State = "part"
		}
	}
	return s
}
