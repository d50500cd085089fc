package render_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSourcesByBriefs checks the list of sources by number of briefs:
// the most cited first, each linked to its entry, linked from the list
// by name, and kept from search engines and the sitemap as the entities'
// lists by number of briefs are.
func TestSourcesByBriefs(t *testing.T) {
	fsys := fstest.MapFS{"brief.yaml": {Data: []byte("title: T\nbase_url: https://example.org/\n")}}
	// "A few" is cited by 2 briefs, "Many" by 12, "One" by 1.
	for i := range 12 {
		cites := "[Many]"
		switch {
		case i == 0:
			cites = "[Many, A few, One]"
		case i == 1:
			cites = "[Many, A few]"
		}
		fsys[fmt.Sprintf("content/briefs/b%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: B%02d\ndate: 2024-01-%02d\nsources: %s\n---\nText.\n", i, i+1, cites))}
	}
	files := buildFiles(t, fsys)
	page := string(files["sources/by-briefs/index.html"])
	row := regexp.MustCompile(`<tr><td><a href="../../sources/index.html#([^"]+)">.*?<td class="num">(\d+)</td></tr>`)
	var got []string
	for _, m := range row.FindAllStringSubmatch(page, -1) {
		got = append(got, m[1]+" "+m[2])
	}
	if want := []string{"many 12", "a-few 2", "one 1"}; !slices.Equal(got, want) {
		t.Errorf("sources by number of briefs: %q, want %q", got, want)
	}
	for _, want := range []string{`<meta name="robots" content="noindex, follow">`, `<h1>Sources by number of briefs</h1>`, `<a href="../../sources/index.html">by name</a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("sources/by-briefs/index.html lacks %s", want)
		}
	}
	if list := string(files["sources/index.html"]); !strings.Contains(list, `<a href="../sources/by-briefs/index.html">by number of briefs</a>`) {
		t.Errorf("sources/index.html does not link to the list by number of briefs")
	}
	if sitemap := string(files["sitemap.xml"]); strings.Contains(sitemap, "by-briefs") || !strings.Contains(sitemap, "sources/</loc>") {
		t.Errorf("the sitemap should list sources/ and no list by number of briefs:\n%s", sitemap)
	}
}

// TestCitedByFolded checks that a source cited by many briefs shows the
// newest ten of them and folds the rest under their number, in a
// <details> that print opens, while a shorter list is shown whole.
func TestCitedByFolded(t *testing.T) {
	for _, tc := range []struct {
		citing      int
		shown, more int    // links before the fold, and in it
		summary     string // the fold's, or "" for none
	}{
		{3, 3, 0, ""},
		{15, 15, 0, ""},
		{16, 10, 6, "And 6 older briefs."},
		{40, 10, 30, "And 30 older briefs."},
	} {
		fsys := fstest.MapFS{}
		for i := range tc.citing {
			fsys[fmt.Sprintf("content/briefs/b%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: B%02d\ndate: 2024-%02d-01\nsources: [Report]\n---\nText.\n", i, i%12+1))}
		}
		page := string(buildFiles(t, fsys)["sources/index.html"])
		entry := page[strings.Index(page, `<li id="report">`):]
		entry = entry[:strings.Index(entry, "</li>")]
		first, fold, folded := strings.Cut(entry, `<details class="cited-more">`)
		if n := strings.Count(first, `href="../briefs/`); n != tc.shown {
			t.Errorf("%d citing: %d shown, want %d", tc.citing, n, tc.shown)
		}
		if n := strings.Count(fold, `href="../briefs/`); n != tc.more || folded != (tc.more > 0) {
			t.Errorf("%d citing: %d folded, want %d", tc.citing, n, tc.more)
		}
		if tc.summary != "" && !strings.Contains(fold, "<summary>"+tc.summary+"</summary>") {
			t.Errorf("%d citing: the fold lacks <summary>%s</summary>:\n%s", tc.citing, tc.summary, fold)
		}
	}
}
