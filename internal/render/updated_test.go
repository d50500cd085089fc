package render_test

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// TestUpdated checks what a brief's `updated` date changes: its page and
// the printable briefing say when it was revised, its feed entry is
// updated then and published on its date, placed in the feed by its
// revision, the feed is updated at the
// latest revision, the sitemap gives it as the page's lastmod, and the
// data export has it. A brief without one has none of these.
func TestUpdated(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":                {Data: []byte("title: Revision test\nbase_url: https://example.org/\n")},
		"content/briefs/revised.md": {Data: []byte("---\ntitle: Revised\ndate: 2024-03-01\nupdated: 2025-02-10\nsources: [S]\n---\nText.\n")},
		"content/briefs/newer.md":   {Data: []byte("---\ntitle: Newer\ndate: 2024-06\nsources: [S]\n---\nText.\n")},
	}
	files := buildFiles(t, fsys)
	page := string(files["briefs/revised/index.html"])
	for _, want := range []string{
		`updated <time datetime="2025-02-10">10 February 2025</time>`,
		`<h3 class="tags-label">Updated</h3><p class="aside-date"><time datetime="2025-02-10">10 February 2025</time></p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("revised brief's page lacks %s", want)
		}
	}
	if other := string(files["briefs/newer/index.html"]); strings.Contains(other, "pdated") {
		t.Errorf("a brief without `updated` says it was:\n%s", other)
	}
	if print := string(files["print/briefing/index.html"]); !strings.Contains(print, `updated <time datetime="2025-02-10">`) {
		t.Errorf("the printable briefing does not say when the brief was revised")
	}

	feed := parseFeed(t, "feed.xml", files["feed.xml"])
	if got := feed.Updated; got != "2025-02-10T00:00:00Z" {
		t.Errorf("feed updated %s, want the revision's 2025-02-10T00:00:00Z", got)
	}
	var entries []string
	for _, e := range feed.Entries {
		entries = append(entries, e.Title+" "+e.Published+" "+e.Updated)
	}
	want := "Revised 2024-03-01T00:00:00Z 2025-02-10T00:00:00Z|Newer  2024-06-01T00:00:00Z" // by the later time, newest first
	if got := strings.Join(entries, "|"); got != want {
		t.Errorf("feed entries %q, want %q", got, want)
	}

	sitemap := string(files["sitemap.xml"])
	if !strings.Contains(sitemap, "<url><loc>https://example.org/briefs/revised/</loc><lastmod>2025-02-10</lastmod></url>") ||
		!strings.Contains(sitemap, "<url><loc>https://example.org/briefs/newer/</loc></url>") {
		t.Errorf("sitemap:\n%s", sitemap)
	}

	var data struct {
		Briefs []struct {
			Slug    string
			Updated *struct{ Value, Human string }
		}
	}
	if err := json.Unmarshal(files["data/briefs.json"], &data); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, b := range data.Briefs {
		got[b.Slug] = "null"
		if b.Updated != nil {
			got[b.Slug] = b.Updated.Value + " " + b.Updated.Human
		}
	}
	if got["revised"] != "2025-02-10 10 February 2025" || got["newer"] != "null" {
		t.Errorf("data export's updated: %v", got)
	}
	if !strings.Contains(string(files["data/briefs.json"]), `"updated": null`) {
		t.Errorf("data export leaves out the null updated of a brief without one")
	}
}
