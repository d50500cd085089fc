package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestReportCountsShown checks that report's summary counts the
// diagnostics it prints: a problem told twice, as two phases may, is
// printed once and counted once.
func TestReportCountsShown(t *testing.T) {
	var diags diag.List
	at := diag.Pos{File: "content/briefs/a.md", Line: 2, Col: 1}
	diags.Errorf(at, "broken")
	diags.Errorf(at, "broken")
	diags.Warnf(at, "odd")
	diags.Warnf(at, "odd")
	diags.Warnf(at, "odder")
	var out strings.Builder
	if code := report(&out, &diags, fstest.MapFS{}, "."); code != exitContent {
		t.Errorf("exit code %d, want %d", code, exitContent)
	}
	got := out.String()
	if n := strings.Count(got, "broken"); n != 1 {
		t.Errorf("the error is printed %d times:\n%s", n, got)
	}
	if !strings.HasSuffix(got, "1 error, 2 warnings\n") {
		t.Errorf("output does not end with 1 error, 2 warnings:\n%s", got)
	}
}

// TestWarnGone checks what brief build says of the pages the last build
// wrote and this one does not: each page or feed, a folder's page and
// its feed as one, a brief's with the alias that keeps its address, no
// other file, and beyond maxGone a count.
func TestWarnGone(t *testing.T) {
	const (
		page  = "warning: the last build wrote this page and this one does not; links and bookmarks to it will break"
		moved = ": if it moved, keep its old address with aliases: [%s] in the front matter of its new file"
	)
	var many []string
	var manyWant []string
	for i := range 25 {
		many = append(many, fmt.Sprintf("briefs/b%02d/index.html", i))
		if i < maxGone {
			manyWant = append(manyWant, fmt.Sprintf("public/briefs/b%02d/: "+page+moved, i, fmt.Sprintf("b%02d", i)))
		}
	}
	manyWant = append(manyWant, "public/briefs/b10/: warning: the last build wrote this page and 14 more after it that this one does not; links and bookmarks to them will break")
	eleven := append(slices.Clone(manyWant[:maxGone]), fmt.Sprintf("public/briefs/b%02d/: "+page+moved, maxGone, fmt.Sprintf("b%02d", maxGone)))
	for _, tt := range []struct {
		name     string
		src, out string
		gone     []string
		want     []string
	}{
		{"none", ".", "public", nil, nil},
		{"a brief's page", ".", "public", []string{"briefs/strain-in-kenyan-ranks/index.html"},
			[]string{"public/briefs/strain-in-kenyan-ranks/: " + page + fmt.Sprintf(moved, "strain-in-kenyan-ranks")}},
		{"other files", ".", "public", []string{"briefs/a/map.png", "search-index.json", "data/briefs.json", "style.css", "sitemap.xml"}, nil},
		{"pages of other sections", ".", "public", []string{"actors/ruto/index.html", "briefs/by-year/index.html", "briefs/by-year/2024/index.html", "2024/06/deploys.html"},
			[]string{"public/2024/06/deploys.html: " + page, "public/actors/ruto/: " + page + ": if it moved, keep its old address with aliases: [/actors/ruto/] in its new profile's front matter", "public/briefs/by-year/: " + page, "public/briefs/by-year/2024/: " + page}},
		{"a page and its feed", ".", "public", []string{"topics/pay/feed.xml", "topics/pay/index.html"},
			[]string{"public/topics/pay/: warning: the last build wrote this page and its feed, and this one does not; links, bookmarks and feed readers' subscriptions to them will break: if it moved, keep its old address with aliases: [/topics/pay/] in its new profile's front matter"}},
		{"a feed alone", ".", "public", []string{"topics/pay/feed.xml"},
			[]string{"public/topics/pay/feed.xml: warning: the last build wrote this feed and this one does not; feed readers subscribed to it will get nothing new"}},
		{"many", ".", "public", many, manyWant},
		{"one more than named", ".", "public", many[:maxGone+1], eleven},
		{"-out beside the site", "site", "out", []string{"actors/ruto/index.html"}, []string{"../out/actors/ruto/: " + page + ": if it moved, keep its old address with aliases: [/actors/ruto/] in its new profile's front matter"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var diags diag.List
			warnGone(&diags, tt.src, tt.out, tt.gone)
			var got []string
			for _, d := range diags.Sorted() {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
