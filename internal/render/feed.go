package render

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"html"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/markdown"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/site"
	"github.com/briefsite/brief/internal/slug"
)

// feedLimit is the number of briefs in a feed.
const feedLimit = 50

// tagDate is the date in the tag: URIs that identify feeds and entries when
// the site has no base URL. It is fixed so that identifiers never change.
const tagDate = "2000"

// feeds adds the Atom feed of the newest briefs, feed.xml, and one per
// topic at topics/<slug>/feed.xml.
func (r *renderer) feeds() {
	r.files = append(r.files, r.feed("feed.xml", "", r.site.Config.Title, r.site.Config.Description, r.site.Briefs))
	for _, t := range r.site.Topics {
		r.files = append(r.files, r.feed(t.Path()+"feed.xml", t.Path(), r.words.T("%s: %s", r.site.Config.Title, t.Name), t.Summary, t.Briefs))
	}
}

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"` // xml:lang
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Published  string         `xml:"published,omitempty"` // when the brief has an updated date after its date
	Updated    string         `xml:"updated"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    string         `xml:"summary,omitempty"`
	Content    *atomContent   `xml:"content"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

// atomContent is an entry's HTML. Its xml:base is the brief's page, against
// which the relative links of the brief's HTML resolve.
type atomContent struct {
	Type string `xml:"type,attr"`
	Base string `xml:"xml:base,attr,omitempty"`
	Body string `xml:",cdata"`

	// absolute makes the links of Body absolute against Base when the
	// content is written: then a feed holds one entry's copy at a time.
	absolute bool
}

// MarshalXML writes the content, its links made absolute when c.absolute.
func (c *atomContent) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	type plain atomContent // without this method
	out := plain(*c)
	if c.absolute {
		out.Body = absoluteLinks(c.Body, c.Base)
	}
	return e.EncodeElement(out, start)
}

// feed returns the Atom feed at file of the dated briefs among briefs
// (newest first), whose alternate page is in directory dir ("" for the
// home page).
func (r *renderer) feed(file, dir, title, subtitle string, briefs []*site.Brief) output.File {
	// Chosen when the feed is written, or now when it counts as a reader
	// of their bodies: brief serve renders few feeds of a build.
	shown := sync.OnceValue(func() []feedBrief { return feedBriefs(briefs, r.site.Zone) })
	f := output.File{Path: file, Write: func(w io.Writer) error {
		f := r.atomFeed(file, dir, title, subtitle, shown())
		if _, err := io.WriteString(w, xml.Header); err != nil {
			return err
		}
		enc := xml.NewEncoder(w)
		enc.Indent("", " ")
		if err := enc.Encode(f); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	}}
	if r.bodies == nil {
		return f
	}
	return r.bodies.reading(f, shownBriefs(shown()))
}

func (r *renderer) atomFeed(file, dir, title, subtitle string, shown []feedBrief) *atomFeed {
	base := r.site.Config.BaseURL
	f := &atomFeed{
		Lang:      r.site.Config.Language,
		Title:     title,
		Subtitle:  subtitle,
		ID:        r.feedID(strings.TrimSuffix(file, ".xml")),
		Updated:   atomTime(time.Unix(0, 0)),
		Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: r.feedLink(file, dir)}},
		Author:    atomPerson{Name: r.site.Config.Title},
		Generator: "brief",
	}
	if f.Author.Name == "" {
		f.Author.Name = "brief"
	}
	if base != "" {
		f.Links = append(f.Links, atomLink{Rel: "self", Type: "application/atom+xml", Href: base + file})
	}
	var latest time.Time // of the entries' updated times
	var scratch []byte   // the bodies of briefs with sources, unpacked
	for i, fb := range shown {
		b := fb.brief
		href := r.feedLink(file, b.Path())
		e := atomEntry{
			Title:   b.Title,
			ID:      r.feedID(b.Path()),
			Updated: atomTime(fb.updated),
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: href}},
			Summary: b.Summary,
			Content: &atomContent{Type: "html", Base: href, Body: r.entryHTML(b, &scratch)},
		}
		// Readers that ignore xml:base, and the mail a feed is turned
		// into, follow only absolute links. The topics' feeds, which
		// hold a copy of every brief at 10,000 briefs, keep to xml:base:
		// those copies raised a large build's peak by 10 MB.
		e.Content.absolute = base != "" && file == "feed.xml"
		if !fb.published.IsZero() {
			e.Published = atomTime(fb.published)
		}
		if i == 0 || fb.updated.After(latest) {
			latest = fb.updated
		}
		for _, t := range b.Topics {
			e.Categories = append(e.Categories, atomCategory{Term: t.Slug, Label: t.Name})
		}
		f.Entries = append(f.Entries, e)
	}
	if len(f.Entries) == 0 {
		latest = r.siteUpdated() // a feed with nothing in it yet is as new as the site
	}
	if !latest.IsZero() {
		f.Updated = atomTime(latest)
	}
	return f
}

// entryHTML returns the content of b's feed entry: its body's HTML, fit
// for XML (see markdown.fitForXML), then the list of its sources, each
// with its title, linked to it when it has a URL, its publisher and its
// date, so that a brief read in a feed reader, or in the mail a feed is
// turned into, says what it rests on, as its page does; numbered, as its
// citations number them. The body is
// unpacked into *scratch, and copied once, with the sources.
func (r *renderer) entryHTML(b *site.Brief, scratch *[]byte) string {
	if len(b.Sources) == 0 {
		return string(b.HTML())
	}
	body := b.BodyHTML.HTMLInto(scratch)
	var s strings.Builder
	s.Grow(len(body) + 40 + 160*len(b.Sources))
	s.WriteString(string(body))
	s.WriteString("<h2>" + html.EscapeString(r.words.T("Sources")) + "</h2>\n<ol>\n")
	for _, c := range b.Sources {
		src := c.Source
		s.WriteString("<li><cite>")
		title := html.EscapeString(fitXMLText(src.Title))
		if href := src.URL; href != "" {
			if src.Local() {
				// Relative to the brief's page, as the body's links
				// are, which the feed's base makes absolute.
				href = rootOf(b.PagePath()) + src.SiteLink()
			}
			s.WriteString(`<a href="` + html.EscapeString(fitXMLText(href)) + `">` + title + "</a>")
		} else {
			s.WriteString(title)
		}
		s.WriteString("</cite>")
		if src.Publisher != "" {
			s.WriteString(", " + html.EscapeString(fitXMLText(src.Publisher)))
		}
		if !src.Date.IsZero() {
			s.WriteString(", " + html.EscapeString(src.Date.In(r.words.Date)))
		}
		s.WriteString(".</li>\n")
	}
	s.WriteString("</ol>\n")
	return s.String()
}

// fitXMLText returns s with each character XML 1.0 forbids, a control
// character but tab and line ends, U+FFFE or U+FFFF, as U+FFFD: an
// entry's content is CDATA, which encoding/xml writes as it is.
func fitXMLText(s string) string {
	return strings.Map(func(c rune) rune {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF {
			return utf8.RuneError
		}
		return c
	}, s)
}

// siteUpdated returns the newest time a brief of the site enters the
// feeds at (see feedTimes), or the zero Time.
func (r *renderer) siteUpdated() time.Time {
	var latest time.Time
	for _, b := range r.site.Briefs {
		if fb, ok := feedTimes(b, r.site.Zone); ok && fb.updated.After(latest) {
			latest = fb.updated
		}
	}
	return latest
}

// feedBrief is a brief shown in a feed, with its entry's times: updated,
// its updated date, or its date when it has none, and published, its
// date's, when that is before its updated date, or the zero Time.
type feedBrief struct {
	brief              *site.Brief
	updated, published time.Time
}

// feedTimes returns b as a feed shows it, its days starting in loc (see
// briefTime), and whether it has a date or an updated date to be shown
// by. Its updated date, when it has one, rules: a brief revised today, or
// a background brief of an old date written today, is news to a feed's
// readers, and a brief about a day still to come, written today, is not
// shown as news from that day, on top of readers' lists until then. An
// updated date without a time whose start is before the date's instant,
// and which is not a day before the date's day as written (its own
// offset's), a brief dated 2025-05-21T09:00 or 2025-05-21T23:00-04:00 and
// updated 2025-05-21, is taken at the date's time, the later of the two:
// the brief was not revised at midnight, before it was published, and no
// entry is updated before it was published.
func feedTimes(b *site.Brief, loc *time.Location) (feedBrief, bool) {
	dated, hasDate := briefTime(b.Date, loc)
	if updated, ok := briefTime(b.Updated, loc); ok {
		if hasDate && dated.After(updated) && b.Updated.Precision() < date.Minute && !b.Updated.IsInterval() && writtenDay(b.Date) < date.DayNumber(b.Updated.End()) {
			updated = dated
		}
		fb := feedBrief{brief: b, updated: updated}
		if hasDate && dated.Before(updated) {
			fb.published = dated
		}
		return fb, true
	}
	return feedBrief{b, dated, time.Time{}}, hasDate
}

// feedBriefs returns the briefs a feed of briefs shows: the newest
// feedLimit of those with a date or an updated date, by their updated
// time (see feedTimes), newest first.
func feedBriefs(briefs []*site.Brief, loc *time.Location) []feedBrief {
	var out []feedBrief
	for _, b := range briefs {
		if fb, ok := feedTimes(b, loc); ok {
			out = append(out, fb)
		}
	}
	// Briefs come newest first already; the sort only moves the few whose
	// span starts before the date they sort by ("until 2024"), and those
	// revised. Days come first, as written, as date.Compare orders them.
	slices.SortStableFunc(out, func(a, b feedBrief) int {
		return cmp.Or(cmp.Compare(date.DayNumber(b.updated), date.DayNumber(a.updated)), b.updated.Compare(a.updated))
	})
	return out[:min(len(out), feedLimit)]
}

// shownBriefs returns the briefs of shown.
func shownBriefs(shown []feedBrief) []*site.Brief {
	out := make([]*site.Brief, len(shown))
	for i, fb := range shown {
		out[i] = fb.brief
	}
	return out
}

// feedLink returns the link from the feed at file to the page in directory
// dir: absolute when the site has a base URL, relative to the feed
// otherwise.
func (r *renderer) feedLink(file, dir string) string {
	if base := r.site.Config.BaseURL; base != "" {
		if dir == "" {
			return base
		}
		return base + r.link(dir)
	}
	if dir == "" && r.pretty {
		return rootOf(file) + "./"
	}
	return rootOf(file) + r.link(dir)
}

// feedID returns the permanent identifier of the page or feed at p ("briefs/x/"
// or "topics/y/feed"): a URL under the base URL when the site has one, and
// otherwise a tag: URI (RFC 4151) named after the site.
func (r *renderer) feedID(p string) string {
	if base := r.site.Config.BaseURL; base != "" {
		return base + p
	}
	return "tag:" + tagAuthority(r.site.Config.Title) + "," + tagDate + ":" + p
}

// tagAuthority returns a DNS-name-like label for a tag: URI made from the
// site's title: ASCII letters, digits and hyphens. A title without ASCII
// letters or digits gives "brief-" and a hash of it, so that sites of
// other titles in Arabic or Russian do not share their feeds' ids.
func tagAuthority(title string) string {
	s := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return -1
	}, slug.Make(title))
	s = strings.Trim(s, "-")
	switch {
	case s != "":
		return s
	case strings.TrimSpace(title) != "":
		sum := sha256.Sum256([]byte(title))
		return "brief-" + hex.EncodeToString(sum[:4])
	}
	return "brief"
}

// briefTime returns the instant that stands for d in a feed: the start of
// its span (of its end for an interval open at its start), a day's
// starting at midnight in loc, the site's time zone, if not nil. It
// reports false for the zero Date.
func briefTime(d date.Date, loc *time.Location) (time.Time, bool) {
	first, last := endpoints(d)
	if first.IsZero() {
		first = last
	}
	if first.IsZero() {
		return time.Time{}, false
	}
	t := first.Start()
	if loc != nil && first.Precision() < date.Minute {
		y, m, day := t.Date()
		t = time.Date(y, m, day, 0, 0, 0, 0, loc)
	}
	return t, true
}

// writtenDay returns the date.DayNumber of the day d's instant in a feed
// is on as written (see briefTime): a time's in its own offset, as pages
// show it and the loader's warnings count it, not the site's time zone.
func writtenDay(d date.Date) int {
	first, last := endpoints(d)
	if first.IsZero() {
		first = last
	}
	return date.DayNumber(first.Start())
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// absoluteLinks returns the HTML body with the relative links and sources
// of its elements (href="..." and src="...") made absolute against the
// page at pageURL, an absolute URL they are relative to. In the HTML brief
// writes, a quote in text is &quot;, so ` href="` begins an attribute.
// It reads the body once: feeds hold thousands of entries.
func absoluteLinks(body, pageURL string) string {
	r, ok := newResolver(pageURL)
	if !ok {
		return body
	}
	var b strings.Builder
	nextHref, nextSrc := strings.Index(body, ` href="`), strings.Index(body, ` src="`)
	done := 0 // body[:done] is in b
	for nextHref >= 0 || nextSrc >= 0 {
		at := 0
		if nextSrc < 0 || nextHref >= 0 && nextHref < nextSrc {
			at = nextHref + len(` href="`)
		} else {
			at = nextSrc + len(` src="`)
		}
		end := strings.IndexByte(body[at:], '"')
		if end < 0 {
			break
		}
		end += at
		if abs, changed := r.resolve(body[at:end]); changed {
			if b.Len() == 0 {
				b.Grow(len(body) + len(body)/4)
			}
			b.WriteString(body[done:at])
			b.WriteString(abs)
			done = end
		}
		if nextHref >= 0 && nextHref < end {
			nextHref = indexFrom(body, ` href="`, end)
		}
		if nextSrc >= 0 && nextSrc < end {
			nextSrc = indexFrom(body, ` src="`, end)
		}
	}
	if done == 0 {
		return body
	}
	b.WriteString(body[done:])
	return b.String()
}

// indexFrom is strings.Index of sub in s[from:], as an index of s.
func indexFrom(s, sub string, from int) int {
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// linkResolver makes the relative URLs of one page absolute, as HTML
// attribute values: the page's own URL, its folder's and its host's,
// escaped for an attribute.
type linkResolver struct {
	page, dir, host string
}

// newResolver returns the resolver of the page at pageURL, which must be
// an absolute URL with a host.
func newResolver(pageURL string) (linkResolver, bool) {
	i := strings.Index(pageURL, "://")
	if i < 0 {
		return linkResolver{}, false
	}
	hostEnd := strings.IndexByte(pageURL[i+3:], '/')
	if hostEnd < 0 {
		return linkResolver{}, false
	}
	hostEnd += i + 3
	dir := pageURL[:strings.LastIndexByte(pageURL, '/')+1]
	return linkResolver{page: html.EscapeString(pageURL), dir: html.EscapeString(dir), host: html.EscapeString(pageURL[:hostEnd])}, true
}

// resolve returns value, an attribute's value as the HTML writes it,
// made absolute when it is relative, and whether it changed: a link with
// a scheme, or relative to the scheme, stays. A climb above the host
// stops at its root, as browsers do.
func (r linkResolver) resolve(value string) (string, bool) {
	switch {
	case value == "" || strings.HasPrefix(value, "//"):
		return value, false
	case value[0] == '#' || value[0] == '?':
		return r.page + value, true
	case value[0] == '/':
		return r.host + value, true
	}
	if _, ok := markdown.Scheme(html.UnescapeString(value)); ok {
		return value, false
	}
	dir := r.dir
	for {
		switch {
		case strings.HasPrefix(value, "../"):
			value = value[3:]
			if len(dir) > len(r.host)+1 {
				dir = dir[:strings.LastIndexByte(dir[:len(dir)-1], '/')+1]
			}
			continue
		case strings.HasPrefix(value, "./"):
			value = value[2:]
			continue
		}
		break
	}
	if hasDotSegment(value) { // a bundle's ./chart.png, rebased: briefs/x/./chart.png
		return removeDotSegments(dir+value, len(r.host)), true
	}
	return dir + value, true
}

// hasDotSegment reports whether the path of the URL u, before its query
// or fragment, has a "." or ".." segment.
func hasDotSegment(u string) bool {
	if end := strings.IndexAny(u, "?#"); end >= 0 {
		u = u[:end]
	}
	for seg := range strings.SplitSeq(u, "/") {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}

// removeDotSegments returns the absolute URL u, whose path starts at
// u[root], without the "." segments of its path, and each ".." with the
// segment before it taken away, never above the root, as a browser
// resolves them (RFC 3986, 5.2.4); its query and fragment stay as they
// are.
func removeDotSegments(u string, root int) string {
	end := strings.IndexAny(u, "?#")
	if end < 0 {
		end = len(u)
	}
	segs := strings.Split(u[root+1:end], "/") // u[root] is the path's first "/"
	out := segs[:0]
	for i, seg := range segs {
		last := i == len(segs)-1
		switch seg {
		case ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, seg)
			continue
		}
		if last {
			out = append(out, "") // a folder stays one
		}
	}
	return u[:root+1] + strings.Join(out, "/") + u[end:]
}
