package render

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"io"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// dataVersion is the version of the data export's schema, written at the
// top of every JSON file. It changes only when a field is removed or changes
// meaning; docs/data-format.md describes each version.
const dataVersion = 1

// data adds the data export: data/briefs.json, entities.json, events.json,
// sources.json, events.csv and the TimelineJS file data/timeline.json.
func (r *renderer) data() {
	r.files = append(r.files,
		r.bodies.reading(r.jsonFile("data/briefs.json", r.briefsHead, "briefs", r.briefsData()), r.site.Briefs),
		r.jsonFile("data/entities.json", versionHead, "entities", r.entityList()),
		r.jsonFile("data/events.json", versionHead, "events", listOf(r.site.Timeline, func(ev *site.Event) jsonEvent { return r.eventData(ev) })),
		r.jsonFile("data/sources.json", versionHead, "sources", listOf(r.site.Sources, r.sourceData)),
		r.jsonFile("data/timeline.json", r.timelineHead, "events", r.timelineSlides()),
		output.File{Path: "data/events.csv", Write: func(w io.Writer) error { return r.writeEventsCSV(w) }},
	)
}

// jsonFile is a file holding a JSON object whose last member, key, is a
// long list: head (a struct) gives the members before it and items the
// list's elements, made one at a time as the file is written, so that no
// export is ever held whole in memory. The file reads exactly as
// json.Encoder with SetIndent("", "  ") writes the whole object.
// encoding/json escapes <, > and & in strings, so the files are safe to
// inline in HTML.
func (r *renderer) jsonFile(name string, head func() any, key string, items iter.Seq[any]) output.File {
	return output.File{Path: name, Write: func(w io.Writer) error {
		return writeJSONList(w, head(), key, items)
	}}
}

// writeJSONList writes the object that head's members and the list key
// make, with items as the list, indented by two spaces.
func writeJSONList(w io.Writer, head any, key string, items iter.Seq[any]) error {
	h, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return err
	}
	bw := &errWriter{w: w}
	if h = bytes.TrimSuffix(h, []byte("}")); len(h) > 1 { // "{\n  ...\n"
		bw.Write(h[:len(h)-1])
		bw.WriteString(",\n")
	} else {
		bw.WriteString("{\n")
	}
	k, _ := json.Marshal(key)
	bw.WriteString("  ")
	bw.Write(k)
	bw.WriteString(": [")
	// One encoder and two buffers for every item: json.MarshalIndent
	// would allocate two copies of each, and an encoder's own indent
	// checks every byte again.
	var buf bytes.Buffer
	var out []byte
	enc := json.NewEncoder(&buf)
	n := 0
	for v := range items {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		out = appendIndented(out[:0], bytes.TrimSuffix(buf.Bytes(), []byte("\n")), "    ", "  ")
		bw.Write(out)
		n++
		if bw.err != nil {
			return bw.err
		}
	}
	if n > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.err
}

// errWriter keeps the first error of a series of writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}

func (e *errWriter) WriteString(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// version is the head of every data file but the TimelineJS one.
type version struct {
	Version int `json:"version"`
}

// listOf returns the elements of list as a sequence of what each makes.
func listOf[T, U any](list []T, each func(T) U) iter.Seq[any] {
	return func(yield func(any) bool) {
		for _, x := range list {
			if !yield(each(x)) {
				return
			}
		}
	}
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

// eventIDWords and eventIDRunes bound the words of an event's text that
// its id holds, and their letters.
const (
	eventIDWords = 6
	eventIDRunes = 40
)

// eventIDs holds the identifier of every event line of the site's
// briefs, worked out for each brief when one of its lines is first
// asked for (a rebuild of serve's renders a page or two, which need no
// more): its brief's slug, "--" and the first words of its text
// (eventWords), so that it stays when other lines are added, removed or
// moved, or the brief's other fields change. Lines of one brief whose
// words are alike add their date ("talks-2025-03-04"), so that two of
// them swapped keep theirs; those alike in date too are numbered from -2
// in the order the brief writes them. A slug has no "--" and no "-" at
// either end, so that no two briefs' lines, nor a line and a brief's own
// "brief-<slug>", can share an id. Safe for concurrent use.
type eventIDs struct{ briefs sync.Map } // *site.Brief → map[*site.Event]string

// id returns the identifier of ev in the data export: "brief-<slug>" for
// a brief's own date, and for a line of its events the one eventIDs
// describes; "" for an event of no brief.
func (e *eventIDs) id(ev *site.Event) string {
	switch {
	case ev.Brief == nil:
		return ""
	case ev.OfBrief:
		return "brief-" + ev.Brief.Slug
	}
	ids, ok := e.briefs.Load(ev.Brief)
	if !ok {
		m := map[*site.Event]string{}
		briefEventIDs(ev.Brief, m)
		ids, _ = e.briefs.LoadOrStore(ev.Brief, m)
	}
	return ids.(map[*site.Event]string)[ev]
}

// briefEventIDs adds to ids those of b's event lines, as eventIDs
// describes them: they depend on b's lines alone.
func briefEventIDs(b *site.Brief, ids map[*site.Event]string) {
	// Resolve put the lines in time order; their positions give the
	// brief's.
	lines := slices.Clone(b.Events)
	slices.SortStableFunc(lines, func(x, y *site.Event) int {
		return cmp.Or(cmp.Compare(x.Pos.Line, y.Pos.Line), cmp.Compare(x.Pos.Col, y.Pos.Col))
	})
	taken := map[string]bool{}
	alike := map[string]int{}
	words := make([]string, len(lines))
	for i, ev := range lines {
		if !ev.OfBrief {
			words[i] = eventWords(ev.Text)
			alike[words[i]]++
		}
	}
	// The lines whose words are their own first, then those that add
	// their date: one of those taking the date another line's words
	// give ("Talks" in May 2024 and "Talks 2024-05") is numbered, in
	// whichever order the two are written.
	for _, dated := range []bool{false, true} {
		for i, ev := range lines {
			if ev.OfBrief || dated != (alike[words[i]] > 1) {
				continue
			}
			w := words[i]
			if day := ev.Date.ISO(); dated && day != "" {
				w += "-" + slug.Anchor(day)
			}
			w = slug.Unique(w, func(s string) bool { return taken[s] })
			taken[w] = true
			ids[ev] = b.Slug + "--" + w
		}
	}
}

// eventWords returns the part of an event's id that its text gives: the
// slug of its first eventIDWords words, as a heading's id is made, with
// its accents ("réunion-à-genève"), cut to eventIDRunes letters; "event"
// for a text of no letters or digits.
func eventWords(text string) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return "event"
	}
	w := slug.Anchor(text)
	if words := strings.SplitN(w, "-", eventIDWords+1); len(words) > eventIDWords {
		w = strings.Join(words[:eventIDWords], "-")
	}
	n := 0
	for i, r := range w {
		if unicode.IsMark(r) {
			continue // stays with its letter
		}
		if n == eventIDRunes {
			return strings.TrimRight(w[:i], "-")
		}
		n++
	}
	return w
}

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
	Slug        string         `json:"slug"`
	Title       string         `json:"title"`
	URL         string         `json:"url"`
	File        string         `json:"file"`
	Aliases     []string       `json:"aliases"` // the old addresses that lead on to its page
	Date        *jsonDate      `json:"date"`
	Updated     *jsonDate      `json:"updated"`
	Summary     string         `json:"summary"`
	Actors      []string       `json:"actors"`
	Countries   []string       `json:"countries"`
	Topics      []string       `json:"topics"`
	Sources     []string       `json:"sources"`
	Citations   []jsonCitation `json:"citations"` // of Sources, in their order
	LinksTo     []string       `json:"links_to"`
	MentionedIn []string       `json:"mentioned_in"`
	Text        string         `json:"text"` // plain text of the body

	Params map[string]any `json:"params,omitempty"`
}

func (r *renderer) briefsHead() any {
	c := r.site.Config
	return struct {
		Version int      `json:"version"`
		Site    jsonSite `json:"site"`
	}{dataVersion, jsonSite{c.Title, c.Description, c.Language, c.BaseURL}}
}

func versionHead() any { return version{dataVersion} }

// briefsData returns the elements of the list of briefs, made one at a
// time, each good until the next is made: they share the memory of
// their bodies' text.
func (r *renderer) briefsData() iter.Seq[any] {
	return func(yield func(any) bool) {
		var text bodyText
		for _, b := range r.site.Briefs {
			if !yield(r.briefData(b, &text)) {
				return
			}
		}
	}
}

func (r *renderer) briefData(b *site.Brief, text *bodyText) jsonBrief {
	sources := make([]string, 0, len(b.Sources))
	citations := make([]jsonCitation, 0, len(b.Sources))
	for _, c := range b.Sources {
		if c.Source != nil {
			sources = append(sources, c.Source.ID)
			citations = append(citations, jsonCitation{Source: c.Source.ID, Note: c.Note, Accessed: newJSONDate(c.Accessed), Archive: c.Archive})
		}
	}
	return jsonBrief{
		Slug: b.Slug, Title: b.Title, URL: r.link(b.Path()), File: b.File, Aliases: nonNil(r.oldURLs[site.Target{Brief: b}]),
		Date: newJSONDate(b.Date), Updated: newJSONDate(b.Updated), Summary: b.Summary,
		Actors: entityIDs(b.Actors), Countries: entityIDs(b.Countries), Topics: entityIDs(b.Topics),
		Sources: sources, Citations: citations, LinksTo: briefSlugs(b.LinksTo), MentionedIn: briefSlugs(b.MentionedIn),
		Text: text.of(b.BodyHTML), Params: b.Params,
	}
}

type jsonEntity struct {
	ID        string        `json:"id"`
	Kind      string        `json:"kind"`
	Slug      string        `json:"slug"`
	Name      string        `json:"name"`
	URL       string        `json:"url"`
	File      string        `json:"file"`
	Aliases   []string      `json:"aliases"`
	OldURLs   []string      `json:"old_urls"` // the old addresses that lead on to its page
	Type      string        `json:"type"`
	Summary   string        `json:"summary"`
	Code      string        `json:"code"`
	Flag      string        `json:"flag"`
	Country   *string       `json:"country"`
	Members   []string      `json:"members"`
	Briefs    []string      `json:"briefs"`
	Mentioned []string      `json:"mentioned_in"`
	Related   []jsonRelated `json:"related"`
	Sources   []string      `json:"sources"`
	Generated bool          `json:"generated"`

	Params map[string]any `json:"params,omitempty"`
}

type jsonRelated struct {
	ID    string `json:"id"`
	Count int    `json:"count"`
}

// entityList returns the site's actors, then its countries, then its
// topics, for the data export.
func (r *renderer) entityList() iter.Seq[any] {
	return func(yield func(any) bool) {
		for _, k := range []site.Kind{site.Actor, site.Country, site.Topic} {
			for _, e := range r.site.EntitiesOf(k) {
				if !yield(r.entityData(e)) {
					return
				}
			}
		}
	}
}

func (r *renderer) entityData(e *site.Entity) jsonEntity {
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
	return jsonEntity{
		ID: entityID(e), Kind: e.Kind.Singular(), Slug: e.Slug, Name: e.Name,
		URL: r.link(e.Path()), File: e.File, Aliases: nonNil(e.Aliases), OldURLs: nonNil(r.oldURLs[site.Target{Entity: e}]),
		Type: e.Type, Summary: e.Summary, Code: e.Code, Flag: e.Flag,
		Country: country, Members: entityIDs(e.Members), Briefs: briefSlugs(e.Briefs), Mentioned: briefSlugs(e.MentionedIn),
		Related: related, Sources: sources, Generated: e.File == "", Params: e.Params,
	}
}

type jsonEvent struct {
	ID        string    `json:"id"` // see eventID
	Date      *jsonDate `json:"date"`
	Text      string    `json:"text"`
	Brief     string    `json:"brief"`
	URL       string    `json:"url"`
	OfBrief   bool      `json:"of_brief"`
	Actors    []string  `json:"actors"`
	Countries []string  `json:"countries"`
}

// eventData returns ev for events.json; ids are the event lines' ids.
func (r *renderer) eventData(ev *site.Event) jsonEvent {
	j := jsonEvent{ID: r.eventIDs.id(ev), Date: newJSONDate(ev.Date), Text: ev.Text, OfBrief: ev.OfBrief,
		Actors: entityIDs(ev.Actors), Countries: entityIDs(ev.Countries)}
	if ev.Brief != nil {
		j.Brief, j.URL = ev.Brief.Slug, r.link(ev.Brief.Path())
	}
	return j
}

type jsonSource struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Author    string       `json:"author"`
	Publisher string       `json:"publisher"`
	URL       string       `json:"url"`
	Note      string       `json:"note"` // the one its citations share, if they do
	Date      *jsonDate    `json:"date"`
	Briefs    []string     `json:"briefs"`
	Citations []jsonCiting `json:"citations"` // by Briefs, in their order
}

// jsonCitation is a source as a brief of briefs.json cites it.
type jsonCitation struct {
	Source   string    `json:"source"` // its ID
	Note     string    `json:"note"`
	Accessed *jsonDate `json:"accessed"`
	Archive  string    `json:"archive_url"`
}

// jsonCiting is a brief citing a source of sources.json, as it does.
type jsonCiting struct {
	Brief    string    `json:"brief"` // its slug
	Note     string    `json:"note"`
	Accessed *jsonDate `json:"accessed"`
	Archive  string    `json:"archive_url"`
}

func (r *renderer) sourceData(src *site.Source) jsonSource {
	citations := make([]jsonCiting, 0, len(src.Briefs))
	for _, b := range src.Briefs {
		j := jsonCiting{Brief: b.Slug}
		if c := src.CitationIn(b); c != nil {
			j.Note, j.Accessed, j.Archive = c.Note, newJSONDate(c.Accessed), c.Archive
		}
		citations = append(citations, j)
	}
	// A file of the site is given from its root, as pages are.
	return jsonSource{ID: src.ID, Title: src.Title, Author: src.Author, Publisher: src.Publisher,
		URL: strings.TrimPrefix(src.URL, "/"), Note: src.Note(), Date: newJSONDate(src.Date), Briefs: briefSlugs(src.Briefs), Citations: citations}
}

// eventsCSVHeader is the header row of data/events.csv.
var eventsCSVHeader = []string{"date", "human", "start", "end", "precision", "text",
	"brief", "brief_title", "url", "of_brief", "actors", "countries", "id"}

// writeEventsCSV writes the timeline as CSV, one event a row; ids are the
// event lines' ids. Actors and countries are names separated by "; ".
// The id comes last, as it came after the others.
func (r *renderer) writeEventsCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // records end in CR LF, as RFC 4180 has them
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
			csvText(ev.Text), slug, csvText(title), url, ofBrief, csvText(entityNames(ev.Actors)), csvText(entityNames(ev.Countries)),
			r.eventIDs.id(ev)})
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
