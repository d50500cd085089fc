package render_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestYearLinks checks that the list of briefs and a profile's timeline,
// when they run over several years, open with links to each year's
// heading, and that every link leads to a heading of the page.
func TestYearLinks(t *testing.T) {
	nav := regexp.MustCompile(`<nav class="year-nav" aria-label="Years"><ul>(.*?)</ul></nav>`)
	href := regexp.MustCompile(`href="#([^"]+)"`)
	heading := regexp.MustCompile(`<h[23] class="(?:list-year|tl-year-heading)" id="([^"]+)"`)
	for _, tc := range []struct {
		name  string
		dates []string // of the briefs, each naming the actor X
		page  string
		links []string // the year links, in order; nil for no year navigation
	}{
		{"list of several years", []string{"2024-05", "2023", "2025-01-02"}, "briefs/index.html", []string{"y2025", "y2024", "y2023"}},
		{"list with undated and earlier", []string{"2024", "../2020", ""}, "briefs/index.html", []string{"y2024", "y-earlier", "y-undated"}},
		{"list of one year", []string{"2024-05", "2024-06"}, "briefs/index.html", nil},
		{"profile of several years", []string{"2024-05", "2014", "2019-03"}, "actors/x/index.html", []string{"y2014", "y2019", "y2024"}},
		{"profile of one year", []string{"2024-05", "2024-07"}, "actors/x/index.html", nil},
	} {
		fsys := fstest.MapFS{}
		for i, d := range tc.dates {
			date := ""
			if d != "" {
				date = fmt.Sprintf("date: %q\n", d)
			}
			fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: []byte("---\ntitle: B" + fmt.Sprint(i) + "\n" + date + "actors: [X]\nsources: [S]\n---\nText.\n")}
		}
		page := string(buildFiles(t, fsys)[tc.page])
		var links []string
		if m := nav.FindStringSubmatch(page); m != nil {
			for _, l := range href.FindAllStringSubmatch(m[1], -1) {
				links = append(links, l[1])
			}
		}
		if !slices.Equal(links, tc.links) {
			t.Errorf("%s: year links %q, want %q", tc.name, links, tc.links)
		}
		var ids []string
		for _, h := range heading.FindAllStringSubmatch(page, -1) {
			ids = append(ids, h[1])
		}
		for _, l := range links {
			if !slices.Contains(ids, l) {
				t.Errorf("%s: a year link leads to #%s, which no heading has (%q)", tc.name, l, ids)
			}
		}
		if len(ids) == 0 || strings.Count(page, `class="year-nav"`) > 1 {
			t.Errorf("%s: %d year headings with ids, %d year navigations", tc.name, len(ids), strings.Count(page, `class="year-nav"`))
		}
	}
}
