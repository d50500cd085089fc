package browser

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/briefsite/brief/internal/render"
)

// TestBrowserAliasFragment checks that an alias's page, a brief's or a
// profile's, leads on to the page with the #fragment it was reached by,
// from disk and over HTTP, where the refresh alone drops it.
func TestBrowserAliasFragment(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	dir := writeSite(t, fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Aliases\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: Talks\ndate: 2024-10-01\nactors: [A]\nsources: [{title: Source}]\naliases: [old-talks]\n---\n## Background\n\nText.\n")},
		"content/actors/a.md": {Data: []byte("---\nname: A\naliases: [/people/a.html]\n---\n## Role\n\nText.\n")},
	}, render.Options{})
	tb := newTab(t, startBrowser(t, exe))
	for _, o := range []origin{{"file", fileURL(dir)}, {"http", serveUnderRepo(t, dir)}} {
		for _, tc := range []struct{ from, to string }{
			{"briefs/old-talks/index.html#background", "briefs/a/index.html#background"},
			{"people/a.html#role", "actors/a/index.html#role"},
			{"briefs/old-talks/index.html", "briefs/a/index.html"},
		} {
			tb.run(t, "opening "+tc.from, chromedp.Navigate(o.Base+tc.from))
			got := ledTo(tb)
			// Go's file server answers .../index.html with a redirect to .../
			if want := o.Base + tc.to; strings.Replace(got, "/index.html", "/", 1) != strings.Replace(want, "/index.html", "/", 1) {
				t.Errorf("%s %s leads to %s, want %s", o.Name, tc.from, got, want)
			}
		}
	}
}

// ledTo returns the address the tab's alias page has led it on to, once
// a page that is not an alias's has loaded, or the alias's own after ten
// seconds. Evaluating while the tab moves on fails: it is tried again.
func ledTo(tb *tab) string {
	var href string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		h, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.readyState === 'complete' && !document.querySelector('.page-alias') ? location.href : ''`))
		if err == nil && h != "" {
			return h
		}
		if err == nil {
			href, _ = chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.href`))
		}
	}
	return href
}
