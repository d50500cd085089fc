package render

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"time"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
)

// dataVersion is the version of the data export's schema, written at the
// top of every JSON file. It changes only when a field is removed or changes
// meaning; docs/data-format.md describes each version.
const dataVersion = 1

// data adds the data export: data/briefs.json, entities.json, events.json,
// sources.json, events.csv and the TimelineJS file data/timeline.json.
func (r *renderer) data() {
	r.files = append(r.files,
		r.jsonFile("data/briefs.json", r.briefsData),
		r.jsonFile("data/entities.json", r.entitiesData),
		r.jsonFile("data/events.json", r.eventsData),
		r.jsonFile("data/sources.json", r.sourcesData),
		r.jsonFile("data/timeline.json", r.timelineData),
		output.File{Path: "data/events.csv", Write: r.writeEventsCSV},
	)
}

// jsonFile is a file holding the JSON encoding of what build returns,
// built when the file is written. encoding/json escapes <, > and & in
// strings, so the files are safe to inline in HTML.
func (r *renderer) jsonFile(name string, build func() any) output.File {
	return output.File{Path: name, Write: func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(build())
	}}
}

// link returns the URL of the page in directory dir ("briefs/x/"),
// relative to the site root: "briefs/x/index.html", or "briefs/x/" with
// pretty URLs.
func (r *renderer) link(dir string) string {
	if r.pretty {
		return dir
	}
	return dir + "index.html"
}

// entityID returns the identifier of e in the data export: its page
// directory without the trailing slash ("actors/william-ruto"), which is
// unique across kinds.
func entityID(e *site.Entity) string { return e.Kind.Dir() + "/" + e.Slug }

// jsonDate is a date in the data export.
type jsonDate struct {
	Value       string  `json:"value"`     // canonical form, as date.Parse reads it
	Human       string  `json:"human"`     // for readers: "July 2023"
	ISO         string  `json:"iso"`       // start at its own precision: "2023-07"
	Start       *string `json:"start"`     // first day of the span, or null when open
	End         *string `json:"end"`       // last day of the span, or null when open
	Precision   string  `json:"precision"` // year, season, month, day or minute
	Interval    bool    `json:"interval"`
	Approximate bool    `json:"approximate"`
	Uncertain   bool    `json:"uncertain"`
}

// newJSONDate returns d for the data export, or nil for the zero Date.
func newJSONDate(d date.Date) *jsonDate {
	if d.IsZero() {
		return nil
	}
	start, end := dayBounds(d)
	return &jsonDate{
		Value: d.String(), Human: d.Human(), ISO: d.ISO(),
		Start: start, End: end,
		Precision: d.Precision().String(), Interval: d.IsInterval(),
		Approximate: d.Approximate(), Uncertain: d.Uncertain(),
	}
}

// dayBounds returns the first and last day of d's span as "YYYY-MM-DD",
// nil for an open end.
func dayBounds(d date.Date) (start, end *string) {
	first, last := endpoints(d)
	if !first.IsZero() {
		s := first.Start().Format(time.DateOnly)
		start = &s
	}
	if !last.IsZero() {
		e := last.End().Add(-time.Nanosecond).Format(time.DateOnly)
		end = &e
	}
	return start, end
}

// endpoints returns the first and last point of d: d itself twice for a
// single date, the two ends of an interval, and the zero Date for an open
// end.
func endpoints(d date.Date) (first, last date.Date) {
	if !d.IsInterval() {
		return d, d
	}
	a, z, _ := strings.Cut(d.String(), "/")
	if a != ".." {
		first, _ = date.Parse(a)
	}
	if z != ".." {
		last, _ = date.Parse(z)
	}
	return first, last
}

type jsonSite struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Language    string `json:"language"`
	BaseURL     string `json:"base_url"`
}

type jsonBrief struct {
	Slug        string    `json:"slug"`
	Title       string    `json:"title"`
	URL         string    `json:"url"`
	File        string    `json:"file"`
	Date        *jsonDate `json:"date"`
	Summary     string    `json:"summary"`
	Actors      []string  `json:"actors"`
	Countries   []string  `json:"countries"`
	Topics      []string  `json:"topics"`
	Sources     []string  `json:"sources"`
	LinksTo     []string  `json:"links_to"`
	MentionedIn []string  `json:"mentioned_in"`
	Text        string    `json:"text"` // plain text of the body
}

func (r *renderer) briefsData() any {
	s := r.site
	briefs := make([]jsonBrief, 0, len(s.Briefs))
	for _, b := range s.Briefs {
		sources := make([]string, 0, len(b.Sources))
		for _, c := range b.Sources {
			if c.Source != nil {
				sources = append(sources, c.Source.ID)
			}
		}
		briefs = append(briefs, jsonBrief{
			Slug: b.Slug, Title: b.Title, URL: r.link(b.Path()), File: b.File,
			Date: newJSONDate(b.Date), Summary: b.Summary,
			Actors: entityIDs(b.Actors), Countries: entityIDs(b.Countries), Topics: entityIDs(b.Topics),
			Sources: sources, LinksTo: briefSlugs(b.LinksTo), MentionedIn: briefSlugs(b.MentionedIn),
			Text: htmlText(string(b.HTML)),
		})
	}
	return struct {
		Version int         `json:"version"`
		Site    jsonSite    `json:"site"`
		Briefs  []jsonBrief `json:"briefs"`
	}{dataVersion, jsonSite{s.Config.Title, s.Config.Description, s.Config.Language, s.Config.BaseURL}, briefs}
}

type jsonEntity struct {
	ID        string        `json:"id"`
	Kind      string        `json:"kind"`
	Slug      string        `json:"slug"`
	Name      string        `json:"name"`
	URL       string        `json:"url"`
	File      string        `json:"file"`
	Aliases   []string      `json:"aliases"`
	Type      string        `json:"type"`
	Summary   string        `json:"summary"`
	Code      string        `json:"code"`
	Flag      string        `json:"flag"`
	Country   *string       `json:"country"`
	Members   []string      `json:"members"`
	Briefs    []string      `json:"briefs"`
	Related   []jsonRelated `json:"related"`
	Sources   []string      `json:"sources"`
	Generated bool          `json:"generated"`
}

type jsonRelated struct {
	ID    string `json:"id"`
	Count int    `json:"count"`
}

func (r *renderer) entitiesData() any {
	s := r.site
	var out []jsonEntity
	for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
		for _, e := range s.EntitiesOf(k) {
			var country *string
			if e.Country != nil {
				id := entityID(e.Country)
				country = &id
			}
			related := make([]jsonRelated, 0, len(e.Related))
			for _, w := range e.Related {
				related = append(related, jsonRelated{entityID(w.Entity), w.Count})
			}
			sources := make([]string, 0, len(e.Sources))
			for _, src := range e.Sources {
				sources = append(sources, src.ID)
			}
			out = append(out, jsonEntity{
				ID: entityID(e), Kind: k.Singular(), Slug: e.Slug, Name: e.Name,
				URL: r.link(e.Path()), File: e.File, Aliases: nonNil(e.Aliases),
				Type: e.Type, Summary: e.Summary, Code: e.Code, Flag: e.Flag,
				Country: country, Members: entityIDs(e.Members), Briefs: briefSlugs(e.Briefs),
				Related: related, Sources: sources, Generated: e.File == "",
			})
		}
	}
	return struct {
		Version  int          `json:"version"`
		Entities []jsonEntity `json:"entities"`
	}{dataVersion, nonNil(out)}
}

type jsonEvent struct {
	Date      *jsonDate `json:"date"`
	Text      string    `json:"text"`
	Brief     string    `json:"brief"`
	URL       string    `json:"url"`
	OfBrief   bool      `json:"of_brief"`
	Actors    []string  `json:"actors"`
	Countries []string  `json:"countries"`
}

func (r *renderer) eventsData() any {
	events := make([]jsonEvent, 0, len(r.site.Timeline))
	for _, ev := range r.site.Timeline {
		j := jsonEvent{Date: newJSONDate(ev.Date), Text: ev.Text, OfBrief: ev.OfBrief,
			Actors: entityIDs(ev.Actors), Countries: entityIDs(ev.Countries)}
		if ev.Brief != nil {
			j.Brief, j.URL = ev.Brief.Slug, r.link(ev.Brief.Path())
		}
		events = append(events, j)
	}
	return struct {
		Version int         `json:"version"`
		Events  []jsonEvent `json:"events"`
	}{dataVersion, events}
}

type jsonSource struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Publisher string    `json:"publisher"`
	URL       string    `json:"url"`
	Note      string    `json:"note"`
	Date      *jsonDate `json:"date"`
	Briefs    []string  `json:"briefs"`
}

func (r *renderer) sourcesData() any {
	sources := make([]jsonSource, 0, len(r.site.Sources))
	for _, src := range r.site.Sources {
		sources = append(sources, jsonSource{ID: src.ID, Title: src.Title, Publisher: src.Publisher,
			URL: src.URL, Note: src.Note, Date: newJSONDate(src.Date), Briefs: briefSlugs(src.Briefs)})
	}
	return struct {
		Version int          `json:"version"`
		Sources []jsonSource `json:"sources"`
	}{dataVersion, sources}
}

// eventsCSVHeader is the header row of data/events.csv.
var eventsCSVHeader = []string{"date", "human", "start", "end", "precision", "text",
	"brief", "brief_title", "url", "of_brief", "actors", "countries"}

// writeEventsCSV writes the timeline as CSV, one event a row. Actors and
// countries are names separated by "; ".
func (r *renderer) writeEventsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(eventsCSVHeader)
	for _, ev := range r.site.Timeline {
		var start, end string
		if s, e := dayBounds(ev.Date); !ev.Date.IsZero() {
			start, end = deref(s), deref(e)
		}
		var slug, title, url string
		if ev.Brief != nil {
			slug, title, url = ev.Brief.Slug, ev.Brief.Title, r.link(ev.Brief.Path())
		}
		ofBrief := "false"
		if ev.OfBrief {
			ofBrief = "true"
		}
		cw.Write([]string{ev.Date.String(), ev.Date.Human(), start, end, ev.Date.Precision().String(),
			csvText(ev.Text), slug, csvText(title), url, ofBrief, csvText(entityNames(ev.Actors)), csvText(entityNames(ev.Countries))})
	}
	cw.Flush()
	return cw.Error()
}

// csvText keeps a spreadsheet from reading text as a formula: a cell that
// would start with =, +, - or @ gets a leading apostrophe, as OWASP
// advises against CSV injection.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func entityIDs(list []*site.Entity) []string {
	out := make([]string, 0, len(list))
	for _, e := range list {
		out = append(out, entityID(e))
	}
	return out
}

func entityNames(list []*site.Entity) string {
	names := make([]string, 0, len(list))
	for _, e := range list {
		names = append(names, e.Name)
	}
	return strings.Join(names, "; ")
}

func briefSlugs(list []*site.Brief) []string {
	out := make([]string, 0, len(list))
	for _, b := range list {
		out = append(out, b.Slug)
	}
	return out
}

// nonNil returns s, or an empty slice for nil, so that JSON has [] rather
// than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
