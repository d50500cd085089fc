package render_test

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

type testFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Author  string   `xml:"author>name"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		Title     string `xml:"title"`
		ID        string `xml:"id"`
		Published string `xml:"published"`
		Updated   string `xml:"updated"`
		Summary   string `xml:"summary"`
		Link      struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Content struct {
			Type string `xml:"type,attr"`
			Base string `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
			Body string `xml:",chardata"`
		} `xml:"content"`
	} `xml:"entry"`
}

// parseFeed checks that data is well-formed XML from start to end and
// decodes it as an Atom feed.
func parseFeed(t *testing.T, name string, data []byte) testFeed {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
	}
	var f testFeed
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

func TestFeeds(t *testing.T) {
	tests := []struct {
		name, baseURL, file string
		titles              []string // entries, newest first
		id, link            string   // of the first entry
	}{
		{"relative", "", "feed.xml",
			[]string{"Until the end", "Ruto pledges troops", "President Jovenel Moïse dies"},
			"tag:export-test,2000:briefs/open-start/", "briefs/open-start/index.html"},
		{"topic", "", "topics/security/feed.xml",
			[]string{"Ruto pledges troops", "President Jovenel Moïse dies"},
			"tag:export-test,2000:briefs/month-brief/", "../../briefs/month-brief/index.html"},
		{"absolute", "https://example.org/repo/", "feed.xml",
			[]string{"Until the end", "Ruto pledges troops", "President Jovenel Moïse dies"},
			"https://example.org/repo/briefs/open-start/", "https://example.org/repo/briefs/open-start/index.html"},
		{"absolute topic", "https://example.org/repo/", "topics/diplomacy/feed.xml",
			[]string{"Until the end", "Ruto pledges troops"},
			"https://example.org/repo/briefs/open-start/", "https://example.org/repo/briefs/open-start/index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := buildExport(t, tt.baseURL)
			f := parseFeed(t, tt.file, files[tt.file])
			var titles, ids []string
			for i, e := range f.Entries {
				titles = append(titles, e.Title)
				ids = append(ids, e.ID)
				if i > 0 && e.Updated > f.Entries[i-1].Updated {
					t.Errorf("entry %d (%s) is newer than the one before it", i, e.Updated)
				}
				if e.Content.Type != "html" || e.Content.Base != e.Link.Href || e.Content.Body == "" {
					t.Errorf("entry %q: content type %q, xml:base %q, %d bytes", e.Title, e.Content.Type, e.Content.Base, len(e.Content.Body))
				}
			}
			if !slices.Equal(titles, tt.titles) {
				t.Fatalf("entries %q, want %q", titles, tt.titles)
			}
			slices.Sort(ids)
			if len(slices.Compact(ids)) != len(titles) {
				t.Errorf("entry ids repeat: %q", ids)
			}
			if f.Entries[0].ID != tt.id || f.Entries[0].Link.Href != tt.link {
				t.Errorf("first entry: id %q, link %q; want %q, %q", f.Entries[0].ID, f.Entries[0].Link.Href, tt.id, tt.link)
			}
			if f.Updated != f.Entries[0].Updated || f.Entries[0].Updated != "2024-01-01T00:00:00Z" && f.Entries[0].Updated != "2023-07-01T00:00:00Z" {
				t.Errorf("feed updated %q, first entry %q", f.Updated, f.Entries[0].Updated)
			}
			if f.Author == "" || f.ID == "" || f.Title == "" {
				t.Errorf("feed lacks author, id or title: %+v", f)
			}
			var self string
			for _, l := range f.Links {
				if l.Rel == "self" {
					self = l.Href
				}
			}
			if tt.baseURL != "" && self != tt.baseURL+tt.file {
				t.Errorf("self link = %q, want %q", self, tt.baseURL+tt.file)
			}
			if tt.baseURL == "" && self != "" {
				t.Errorf("self link %q without a base URL", self)
			}
		})
	}
}

func TestFeedEscapes(t *testing.T) {
	files := buildExport(t, "")
	f := parseFeed(t, "feed.xml", files["feed.xml"])
	found := false
	for _, e := range f.Entries {
		if e.Title != "Ruto pledges troops" {
			continue
		}
		found = true
		if want := "Kenya offers </script><!-- to lead a <b>mission</b> & more."; e.Summary != want {
			t.Errorf("summary = %q, want %q", e.Summary, want)
		}
		if !strings.Contains(e.Content.Body, "<p>In July 2023") {
			t.Errorf("content %q is not the brief's HTML", e.Content.Body)
		}
	}
	if !found {
		t.Error("no entry for month-brief")
	}
}

// TestFeedControlCharacters checks that a control character in a body,
// which XML does not allow even in CDATA, does not make the feed
// unreadable.
func TestFeedControlCharacters(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":            {Data: []byte("title: Control test\nbase_url: https://example.org/\n")},
		"content/briefs/ctl.md": {Data: []byte("---\ntitle: Ctl\ndate: 2024-01-02\ntopics: [T]\nsources: [S]\n---\nText with vt\x0b, esc\x1b and bel\x07 here, and \uffff; and &#11;.\n")},
	}
	files := buildFiles(t, fsys)
	for _, name := range []string{"feed.xml", "topics/t/feed.xml"} {
		f := parseFeed(t, name, files[name])
		if len(f.Entries) != 1 || !strings.Contains(f.Entries[0].Content.Body, "vt\uFFFD, esc\uFFFD and bel\uFFFD here, and \uFFFD; and ") {
			t.Errorf("%s: entries %+v", name, f.Entries)
		}
	}
}

// TestFeedTimeZone checks that a day's entry in a feed starts at midnight
// in the site's time zone, and a time at the instant written.
func TestFeedTimeZone(t *testing.T) {
	for _, tc := range []struct{ zone, day, timed string }{
		{"", "2025-05-21T00:00:00Z", "2025-05-22T11:00:00Z"},
		{"time_zone: America/Port-au-Prince\n", "2025-05-21T04:00:00Z", "2025-05-22T11:00:00Z"},
		{"time_zone: Africa/Nairobi\n", "2025-05-20T21:00:00Z", "2025-05-22T11:00:00Z"},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":            {Data: []byte("title: Zone test\n" + tc.zone)},
			"content/briefs/day.md": {Data: []byte("---\ntitle: Day\ndate: 2025-05-21\nsources: [S]\n---\nText.\n")},
			"content/briefs/at.md":  {Data: []byte("---\ntitle: At\ndate: \"2025-05-22T14:00+03:00\"\nsources: [S]\n---\nText.\n")},
		}
		f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
		got := map[string]string{}
		for _, e := range f.Entries {
			got[e.Title] = e.Updated
		}
		if got["Day"] != tc.day || got["At"] != tc.timed {
			t.Errorf("%q: updated %v, want Day %s and At %s", tc.zone, got, tc.day, tc.timed)
		}
	}
}

// TestEmptyFeedUpdated checks that a topic's feed with no dated brief in
// it is as new as the site's newest brief, not 1970's.
func TestEmptyFeedUpdated(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/dated.md":   {Data: []byte("---\ntitle: Dated\ndate: 2025-05-21\nupdated: 2025-06-02\ntopics: [Talks]\nsources: [S]\n---\nText.\n")},
		"content/briefs/undated.md": {Data: []byte("---\ntitle: Undated\ntopics: [Background]\nsources: [S]\n---\nText.\n")},
	}
	files := buildFiles(t, fsys)
	for _, name := range []string{"feed.xml", "topics/background/feed.xml"} {
		if f := parseFeed(t, name, files[name]); f.Updated != "2025-06-02T00:00:00Z" {
			t.Errorf("%s: updated %q, want the site's newest, 2025-06-02T00:00:00Z", name, f.Updated)
		}
	}
}

// TestFeedTakesRevised checks that a feed takes its briefs by the later
// of their date and updated date: a background brief about an old date,
// written later, is among the newest of a feed that has more than it
// shows, as is an undated one with an updated date.
func TestFeedTakesRevised(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/background.md": {Data: []byte("---\ntitle: Background\ndate: 2019\nupdated: 2026-01-02\nsources: [S]\n---\nText.\n")},
		"content/briefs/undated.md":    {Data: []byte("---\ntitle: Undated\nupdated: 2026-01-01\nsources: [S]\n---\nText.\n")},
		"content/briefs/old.md":        {Data: []byte("---\ntitle: Old\ndate: 2018\nsources: [S]\n---\nText.\n")},
	}
	const feedLimit = 50 // the briefs a feed shows
	for i := range feedLimit {
		fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: B%d\ndate: 2025-%02d-%02d\nsources: [S]\n---\nText.\n", i, 1+i/28, 1+i%28)}
	}
	f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
	var titles []string
	for _, e := range f.Entries {
		titles = append(titles, e.Title)
	}
	if len(titles) != feedLimit || titles[0] != "Background" || titles[1] != "Undated" || slices.Contains(titles, "Old") {
		t.Errorf("entries %q, want Background and Undated first, and %d in all without Old", titles, feedLimit)
	}
	if e := f.Entries[0]; e.Updated != "2026-01-02T00:00:00Z" || e.Published != "2019-01-01T00:00:00Z" {
		t.Errorf("Background: updated %s, published %s", e.Updated, e.Published)
	}
}

// TestFeedOrdersByDayWritten checks that a feed orders briefs by the day
// their dates are written in, as the site's lists do, before the instant:
// 01:00 on the 22nd in Tokyo comes before 23:00 on the 21st in Bogotá,
// though it is hours earlier.
func TestFeedOrdersByDayWritten(t *testing.T) {
	fsys := fstest.MapFS{
		"content/briefs/tokyo.md":  {Data: []byte("---\ntitle: Tokyo\ndate: \"2025-05-22T01:00+09:00\"\nsources: [S]\n---\nText.\n")},
		"content/briefs/bogota.md": {Data: []byte("---\ntitle: Bogota\ndate: \"2025-05-21T23:00-05:00\"\nsources: [S]\n---\nText.\n")},
	}
	f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
	var titles []string
	for _, e := range f.Entries {
		titles = append(titles, e.Title)
	}
	if strings.Join(titles, ",") != "Tokyo,Bogota" {
		t.Errorf("entries %q, want Tokyo, Bogota", titles)
	}
}

// TestFeedAbsoluteLinks checks that with a base URL the links and images
// of a feed's entries are absolute, for readers that ignore xml:base,
// and that links elsewhere and to a part of the page stay right; without
// one they stay relative to xml:base.
func TestFeedAbsoluteLinks(t *testing.T) {
	body := "See [[Other]], ![map](map.png), [a PDF](r&d.pdf), [out](https://example.com/x?a=1&b=2), <mailto:a@b.org> and a note.[^1]\n\n[^1]: The note.\n"
	for _, tc := range []struct {
		base string
		want []string
	}{
		{"https://example.org/repo/", []string{
			`href="https://example.org/repo/briefs/other/index.html"`,
			`src="https://example.org/repo/briefs/b/map.png"`,
			`href="https://example.org/repo/briefs/b/r&amp;d.pdf"`,
			`href="https://example.com/x?a=1&amp;b=2"`,
			`href="mailto:a@b.org"`,
			`href="https://example.org/repo/briefs/b/index.html#fn:1"`,
		}},
		{"", []string{`href="../../briefs/other/index.html"`, `src="../../briefs/b/map.png"`, `href="#fn:1"`}},
	} {
		fsys := fstest.MapFS{
			"content/briefs/b/index.md": {Data: []byte("---\ntitle: B\ndate: 2025-05-21\nsources: [S]\n---\n" + body)},
			"content/briefs/b/map.png":  {Data: []byte("png")},
			"content/briefs/b/r&d.pdf":  {Data: []byte("pdf")},
			"content/briefs/other.md":   {Data: []byte("---\ntitle: Other\ndate: 2025-05-20\nsources: [S]\n---\nText.\n")},
		}
		if tc.base != "" {
			fsys["brief.yaml"] = &fstest.MapFile{Data: []byte("base_url: " + tc.base + "\n")}
		}
		f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
		content := f.Entries[0].Content.Body
		for _, want := range tc.want {
			if !strings.Contains(content, want) {
				t.Errorf("base %q: the entry lacks %s:\n%s", tc.base, want, content)
			}
		}
	}
}

// TestFeedTimesOfUpdated checks the times of a brief's feed entry: its
// `updated` date, when it gives one, even before its date (a brief about
// a day still to come, written ahead of it), with its date as published
// only when earlier; its date's otherwise. The feed is as new as its
// newest entry.
func TestFeedTimesOfUpdated(t *testing.T) {
	for _, tc := range []struct {
		name, front        string
		updated, published string
	}{
		{"dated", "date: 2025-05-21", "2025-05-21T00:00:00Z", ""},
		{"revised", "date: 2025-05-21\nupdated: 2025-06-02", "2025-06-02T00:00:00Z", "2025-05-21T00:00:00Z"},
		{"revised that day", "date: 2025-05-21\nupdated: 2025-05-21", "2025-05-21T00:00:00Z", ""},
		{"written ahead", "date: 2027-06\nupdated: 2026-12-01", "2026-12-01T00:00:00Z", ""},
		{"written ahead of a time", "date: \"2027-06-01T10:00+02:00\"\nupdated: 2026-12-01", "2026-12-01T00:00:00Z", ""},
		{"undated", "updated: 2026-12-01", "2026-12-01T00:00:00Z", ""},
	} {
		fsys := fstest.MapFS{
			"content/briefs/b.md": {Data: []byte("---\ntitle: B\n" + tc.front + "\nsources: [S]\n---\nText.\n")},
		}
		f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
		if len(f.Entries) != 1 {
			t.Fatalf("%s: %d entries", tc.name, len(f.Entries))
		}
		if e := f.Entries[0]; e.Updated != tc.updated || e.Published != tc.published || f.Updated != tc.updated {
			t.Errorf("%s: entry updated %s, published %q, feed updated %s; want %s, %q", tc.name, e.Updated, e.Published, f.Updated, tc.updated, tc.published)
		}
	}
}

// TestFeedTimesOfUpdatedThatDay checks that an entry is never updated
// before its date: an `updated` day that holds the brief's time, as
// "updated: 2025-05-21" of a brief dated "2025-05-21T09:00", is taken at
// that time, where the entry was updated at the day's midnight, before it
// was published, and sank below it; a time of its own, or a day before
// (a brief written ahead of its date), is kept. The date's day is the day
// written, in its own offset, ahead of the site's zone or behind it.
func TestFeedTimesOfUpdatedThatDay(t *testing.T) {
	for _, tc := range []struct {
		name, zone, front  string
		updated, published string
	}{
		{"that day", "", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-21", "2025-05-21T09:00:00Z", ""},
		{"that day, in the site's zone", "America/New_York", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-21", "2025-05-21T13:00:00Z", ""},
		{"that day, by its offset", "", "date: \"2025-05-21T23:30-02:00\"\nupdated: 2025-05-22", "2025-05-22T01:30:00Z", ""},
		{"that month", "", "date: \"2025-05-21T09:00\"\nupdated: 2025-05", "2025-05-21T09:00:00Z", ""},
		{"a time of its own", "", "date: \"2025-05-21T09:00\"\nupdated: \"2025-05-21T16:00\"", "2025-05-21T16:00:00Z", "2025-05-21T09:00:00Z"},
		{"the day after", "", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-22", "2025-05-22T00:00:00Z", "2025-05-21T09:00:00Z"},
		{"written the day before", "", "date: \"2025-05-21T09:00\"\nupdated: 2025-05-20", "2025-05-20T00:00:00Z", ""},
		// The date's day is the day written, in its own offset, not the site's zone.
		{"that day as written, behind the site's zone", "", "date: \"2025-05-21T23:00-04:00\"\nupdated: 2025-05-21", "2025-05-22T03:00:00Z", ""},
		{"that day as written, ahead of the site's zone", "", "date: \"2025-05-22T01:00+03:00\"\nupdated: 2025-05-22", "2025-05-22T00:00:00Z", "2025-05-21T22:00:00Z"}, // the site's day starts after it
		{"the day before as written, ahead of the site's zone", "", "date: \"2025-05-22T01:00+03:00\"\nupdated: 2025-05-21", "2025-05-21T00:00:00Z", ""},
		{"the day after as written, behind the site's zone", "", "date: \"2025-05-21T23:00-04:00\"\nupdated: 2025-05-22", "2025-05-22T03:00:00Z", ""},
		{"the day after as written, in the site's zone", "Europe/Paris", "date: \"2025-05-21T23:30-04:00\"\nupdated: 2025-05-22", "2025-05-22T03:30:00Z", ""},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte("title: T\ntime_zone: " + cmp.Or(tc.zone, "UTC") + "\n")},
			"content/briefs/b.md": {Data: []byte("---\ntitle: B\n" + tc.front + "\nsources: [S]\n---\nText.\n")},
		}
		f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
		if len(f.Entries) != 1 {
			t.Fatalf("%s: %d entries", tc.name, len(f.Entries))
		}
		if e := f.Entries[0]; e.Updated != tc.updated || e.Published != tc.published || f.Updated != tc.updated {
			t.Errorf("%s: entry updated %s, published %q, feed updated %s; want %s, %q", tc.name, e.Updated, e.Published, f.Updated, tc.updated, tc.published)
		}
	}
}

// TestFeedSources checks that a feed entry's content ends with the
// brief's sources, numbered as its citations number them, escaped, each with its title, linked to it when it has
// a URL, its publisher and its date, so that a brief read in a feed
// reader, or mailed by a feed-to-mail service, says what it rests on; in
// the topics' feeds too, with or without a base URL.
func TestFeedSources(t *testing.T) {
	const front = "---\ntitle: B\ndate: 2025-05-21\ntopics: [T]\nsources:\n" +
		"  - {title: \"Gangs <b>seize</b> port\", publisher: \"AP & Reuters\", date: 2025-05-19, url: \"https://example.com/a?x=1&y=2\"}\n" +
		"  - {title: \"A note\\uFFFF, ]]> kept\"}\n---\nThe body.\n"
	want := "<p>The body.</p>\n<h2>Sources</h2>\n<ol>\n" +
		`<li><cite><a href="https://example.com/a?x=1&amp;y=2">Gangs &lt;b&gt;seize&lt;/b&gt; port</a></cite>, AP &amp; Reuters, 19 May 2025.</li>` + "\n" +
		"<li><cite>A note\uFFFD, ]]&gt; kept</cite>.</li>\n</ol>\n"
	for _, base := range []string{"", "https://example.org/repo/"} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte("title: Sources test\nbase_url: \"" + base + "\"\n")},
			"content/briefs/b.md": {Data: []byte(front)},
		}
		files := buildFiles(t, fsys)
		for _, name := range []string{"feed.xml", "topics/t/feed.xml"} {
			f := parseFeed(t, name, files[name])
			if len(f.Entries) != 1 || f.Entries[0].Content.Body != want {
				t.Errorf("base %q, %s: content\n%q\nwant\n%q", base, name, f.Entries[0].Content.Body, want)
			}
		}
	}
	// A brief without sources is its body alone.
	fsys := fstest.MapFS{"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025-05-21\n---\nThe body.\n")}}
	f := parseFeed(t, "feed.xml", buildFiles(t, fsys)["feed.xml"])
	if got := f.Entries[0].Content.Body; got != "<p>The body.</p>\n" {
		t.Errorf("without sources: content %q", got)
	}
}

// TestFeedLocalSource checks that a source kept in the site, its url from
// the site's root, is linked in a feed entry under the site's base URL,
// sub-path and all, where a link from the root would leave the sub-path
// out; and, on the pages, with its path cleaned ("/files/x.pdf/").
func TestFeedLocalSource(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: T\nbase_url: https://example.org/sub/\n")},
		"static/files/x.pdf":  {Data: []byte("pdf")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: B\ndate: 2025-05-21\nsources:\n  - {title: Report, url: \"/files/x.pdf/#page=2\"}\n---\nThe body.\n")},
	}
	files := buildFiles(t, fsys)
	f := parseFeed(t, "feed.xml", files["feed.xml"])
	if body := f.Entries[0].Content.Body; !strings.Contains(body, `<a href="https://example.org/sub/files/x.pdf#page=2">Report</a>`) {
		t.Errorf("feed entry's source: %s", body)
	}
	if page := string(files["briefs/b/index.html"]); !strings.Contains(page, `<a href="../../files/x.pdf#page=2">Report</a>`) {
		t.Errorf("the brief's page does not link ../../files/x.pdf#page=2")
	}
}
