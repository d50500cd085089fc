package render_test

import (
	"cmp"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSitemapASCII checks that the sitemap and robots.txt give pages with
// non-ASCII slugs, under a base URL with a non-ASCII path, by addresses
// of ASCII only, as the sitemap protocol asks, leaving the host as it is.
func TestSitemapASCII(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Sitemap test\nbase_url: https://例え.jp/répertoire/\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nactors: [北京市]\nsources: [S]\n---\nText.\n")},
	}
	files := buildFiles(t, fsys)
	sitemap := string(files["sitemap.xml"])
	want := "<url><loc>https://例え.jp/r%C3%A9pertoire/actors/%E5%8C%97%E4%BA%AC%E5%B8%82/</loc></url>"
	if !strings.Contains(sitemap, want) {
		t.Errorf("sitemap lacks %s:\n%s", want, sitemap)
	}
	if robots := string(files["robots.txt"]); !strings.Contains(robots, "Sitemap: https://例え.jp/r%C3%A9pertoire/sitemap.xml\n") {
		t.Errorf("robots.txt:\n%s", robots)
	}
	// The page's canonical link and Open Graph URL give the same path.
	page := string(files["actors/北京市/index.html"])
	for _, want := range []string{
		`<link rel="canonical" href="https://%e4%be%8b%e3%81%88.jp/r%C3%A9pertoire/actors/%E5%8C%97%E4%BA%AC%E5%B8%82/">`,
		`<meta property="og:url" content="https://例え.jp/r%C3%A9pertoire/actors/%E5%8C%97%E4%BA%AC%E5%B8%82/">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the profile lacks %s", want)
		}
	}
}

// TestNotFoundNotIndexed checks that the 404 page, served at any missing
// address, claims no address of its own and asks not to be indexed, and
// that the sitemap leaves it out.
func TestNotFoundNotIndexed(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Not found\nbase_url: https://example.org/repo/\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nText.\n")},
	}
	files := buildFiles(t, fsys)
	page := string(files["404.html"])
	if strings.Contains(page, `rel="canonical"`) || strings.Contains(page, "og:url") || !strings.Contains(page, `<meta name="robots" content="noindex">`) {
		t.Errorf("404.html's head:\n%s", page[:strings.Index(page, "</head>")])
	}
	if strings.Contains(string(files["sitemap.xml"]), "404") {
		t.Errorf("the sitemap lists the 404 page:\n%s", files["sitemap.xml"])
	}
}

// TestSitemapEscapes checks that a base URL with an ampersand, which a URL
// may hold, gives a sitemap that is well-formed XML with the address as
// written.
func TestSitemapEscapes(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: R&D\nbase_url: https://example.org/r&d/\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: A\ndate: 2024\nsources: [S]\n---\nText.\n")},
	}
	data := buildFiles(t, fsys)["sitemap.xml"]
	var sitemap struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(data, &sitemap); err != nil {
		t.Fatalf("sitemap.xml is not well-formed: %v\n%s", err, data)
	}
	if !slices.ContainsFunc(sitemap.URLs, func(u struct {
		Loc string `xml:"loc"`
	}) bool {
		return u.Loc == "https://example.org/r&d/briefs/a/"
	}) {
		t.Errorf("sitemap lacks https://example.org/r&d/briefs/a/:\n%s", data)
	}
}

// TestSitemapLeavesOutRepeats checks that the pages that repeat others,
// the printable briefing (one page, or a page per year) and the lists by
// number of briefs, are left out of the sitemap and ask search engines
// not to index them, while following their links, and that every other
// page is in the sitemap without that request.
func TestSitemapLeavesOutRepeats(t *testing.T) {
	for _, perYear := range []int{1000, 1} {
		fsys := timelineSite(false)
		fsys["brief.yaml"] = &fstest.MapFile{Data: []byte("title: Years\nbase_url: https://example.org/repo/\n")}
		files := renderTimeline(t, fsys, perYear)
		sitemap := string(files["sitemap.xml"])
		var repeats []string
		for name, data := range files {
			dir, ok := strings.CutSuffix(name, "index.html")
			if !ok {
				continue
			}
			noindex := strings.Contains(string(data), `<meta name="robots" content="noindex, follow">`)
			listed := strings.Contains(sitemap, "<loc>https://example.org/repo/"+dir+"</loc>")
			want := strings.HasPrefix(dir, "print/") || strings.HasSuffix(dir, "/by-briefs/")
			if noindex != want || listed == want {
				t.Errorf("%d a year: %s: noindex %v, in the sitemap %v", perYear, name, noindex, listed)
			}
			if want {
				repeats = append(repeats, dir)
			}
		}
		slices.Sort(repeats)
		wantRepeats := "actors/by-briefs/ countries/by-briefs/ print/briefing/ sources/by-briefs/ topics/by-briefs/"
		if perYear == 1 {
			wantRepeats = "actors/by-briefs/ countries/by-briefs/ print/2023/ print/2024/ print/briefing/ print/earlier/ print/undated/ sources/by-briefs/ topics/by-briefs/"
		}
		if got := strings.Join(repeats, " "); got != wantRepeats {
			t.Errorf("%d a year: pages not indexed %q, want %q", perYear, got, wantRepeats)
		}
	}
}

// TestSitemapLastmod checks a brief's <lastmod>: its `updated`, or else
// its date, as Hugo gives, when that is a day or a time (W3C datetimes);
// none for a month, a year or a fuzzy date, which name no day the page
// was written on.
func TestSitemapLastmod(t *testing.T) {
	for _, tc := range []struct {
		zone, front, want string // want: the lastmod, or "" for none
	}{
		{"", "date: 2025-05-21", "2025-05-21"},
		{"", "date: \"2025-05-21T09:00\"", "2025-05-21T09:00Z"},
		{"America/New_York", "date: \"2025-05-21T09:00\"", "2025-05-21T09:00-04:00"},
		{"", "date: \"2025-05-21T09:00+03:00\"", "2025-05-21T09:00+03:00"},
		{"", "date: 21 May 2025", "2025-05-21"},
		{"", "date: 2025-05-21/2025-05-23", "2025-05-21"},
		{"", "date: 2025-05-21\nupdated: \"2025-06-02T16:00\"", "2025-06-02T16:00Z"},
		{"", "date: 2024\nupdated: 2025-06-02", "2025-06-02"},
		// A fuzzy updated names no day either, and the date's is before
		// the brief changed: none.
		{"", "date: 2025-01-05\nupdated: late 2025", ""},
		{"", "date: 2025-01-05\nupdated: 2025-06", ""},
		{"", "date: \"2025-01-05T09:00\"\nupdated: 2025-06-02~", ""},
		{"", "date: 2025\nupdated: late 2025", ""},
		{"", "date: 2025-05", ""},
		{"", "date: 2025", ""},
		{"", "date: July 2023", ""},
		{"", "date: late 2024", ""},
		{"", "date: 2025-05-21~", ""},
		{"", "date: 2025-05-21?", ""},
		{"", "date: ../2025-05-21", ""},
		{"", "summary: Undated.", ""},
	} {
		fsys := fstest.MapFS{
			"brief.yaml":          {Data: []byte("title: Lastmod\nbase_url: https://example.org/\ntime_zone: " + cmp.Or(tc.zone, "UTC") + "\n")},
			"content/briefs/b.md": {Data: []byte("---\ntitle: B\n" + tc.front + "\nsources: [S]\n---\nText.\n")},
		}
		sitemap := string(buildFiles(t, fsys)["sitemap.xml"])
		want := "<url><loc>https://example.org/briefs/b/</loc></url>"
		if tc.want != "" {
			want = "<url><loc>https://example.org/briefs/b/</loc><lastmod>" + tc.want + "</lastmod></url>"
		}
		if !strings.Contains(sitemap, want) {
			t.Errorf("%s: want %s in\n%s", tc.front, want, sitemap)
		}
	}
}
