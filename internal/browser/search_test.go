package browser

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/briefsite/brief/internal/render"
)

// manySite is a briefing of 120 briefs a search for "talks" finds alike,
// one a day from 1 January 2024, whose titles grow longer as they grow
// newer ("Talks 0" to "Talks 119").
func manySite() fstest.MapFS {
	fsys := fstest.MapFS{"brief.yaml": {Data: []byte("title: Many briefs\n")}}
	for i := range 120 {
		day := time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		fsys[fmt.Sprintf("content/briefs/b%03d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\ntitle: \"Talks %d\"\ndate: %s\n---\nThe talks went on.\n", i, day)}
	}
	return fsys
}

// TestBrowserSearchMore searches a site of more results than the page
// shows at once, from file://: the newest first, and a button, reached
// and pressed with the keyboard, that shows the next ones, says how many
// are shown in the status line and takes focus to the first it added,
// until all are shown and it goes.
func TestBrowserSearchMore(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	dir := writeSite(t, manySite(), render.Options{})
	tb := newTab(t, startBrowser(t, exe))
	o := origin{"file", fileURL(dir)}
	tb.open(t, o, page{"search", "search/index.html?q=talks", "#search-results a", false})
	tb.checkClean(t, "search")
	state := func() string {
		return eval[string](t, tb, `[document.querySelectorAll('#search-results li').length,
		  document.getElementById('search-status').textContent,
		  (b => b ? b.tagName + (b.hidden ? ' hidden' : ' shown') : 'none')(document.getElementById('search-more')),
		  document.activeElement.id || document.activeElement.textContent.trim()].join(' | ')`)
	}
	if got, want := state(), "50 | 120 results, showing the first 50 | BUTTON shown | search-status"; got != want {
		t.Errorf("opened: %q, want %q", got, want)
	}
	if got := eval[string](t, tb, `document.querySelector('#search-results a').textContent`); got != "Talks 119" {
		t.Errorf("first result %q, want the newest brief, Talks 119", got)
	}
	// Tab from the last result reaches the button; Enter presses it.
	eval[bool](t, tb, `(Array.from(document.querySelectorAll('#search-results a')).pop().focus(), true)`)
	tb.run(t, "tabbing to Show more", chromedp.KeyEvent("\t"))
	if got := eval[string](t, tb, `document.activeElement.id`); got != "search-more" {
		t.Fatalf("Tab from the last result reached %q, want the Show more button", got)
	}
	tb.run(t, "pressing Show more", chromedp.KeyEvent("\r"))
	if got, want := state(), "100 | 120 results, showing the first 100 | BUTTON shown | Talks 69"; got != want {
		t.Errorf("after Show more: %q, want %q", got, want)
	}
	eval[bool](t, tb, `(document.getElementById('search-more').focus(), true)`)
	tb.run(t, "pressing Show more again", chromedp.KeyEvent(" "))
	if got, want := state(), "120 | 120 results | BUTTON hidden | Talks 19"; got != want {
		t.Errorf("after the last Show more: %q, want %q", got, want)
	}
	tb.checkClean(t, "after Show more")
	// A new search starts again at the first 50.
	tb.run(t, "searching again", chromedp.SendKeys(chromedp.ID("q"), " went"))
	time.Sleep(300 * time.Millisecond)
	if got, want := state(), "50 | 120 results, showing the first 50 | BUTTON shown | q"; got != want {
		t.Errorf("after a new search: %q, want %q", got, want)
	}
}

// TestBrowserSearchLoading opens the search page over HTTP with its index
// held back, as a slow phone waits for it: the status line says search
// is loading and the list is busy; a search typed and sent with Enter
// meanwhile neither sends the form, which would load the page and the
// index again, nor is lost: once the index arrives, its results show,
// and focus is on the status line that counts them.
func TestBrowserSearchLoading(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	dir := writeSite(t, manySite(), render.Options{})
	held := make(chan struct{})
	var release sync.Once
	var pages, indexes atomic.Int32
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/search/index.html":
			pages.Add(1)
		case "/assets/search-index.js":
			indexes.Add(1)
			select {
			case <-held:
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { release.Do(func() { close(held) }) }) // before Close, which waits for the handler
	tb := newTab(t, startBrowser(t, exe))
	wait := func(what, expr string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(tb.ctx, 15*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			t.Fatalf("%s: %v (status line %q)", what, err, eval[string](t, tb, `document.getElementById('search-status').textContent`))
		}
	}
	// Navigate without waiting for the page to load, which waits for the
	// index.
	ctx, cancel := context.WithTimeout(tb.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, cdppage.Navigate, cdppage.NavigateParams{URL: srv.URL + "/search/index.html"}); err != nil {
		t.Fatalf("opening the search page: %v", err)
	}
	wait("the status line saying search is loading", `document.getElementById('search-status')?.textContent === 'Loading search…'`)
	if got := eval[string](t, tb, `document.getElementById('search-results').getAttribute('aria-busy')`); got != "true" {
		t.Errorf("results list aria-busy = %q while the index loads, want true", got)
	}
	eval[bool](t, tb, `(window.sameLoad = true)`)
	tb.run(t, "typing a search and pressing Enter", chromedp.SendKeys(chromedp.ID("q"), "talks"), chromedp.KeyEvent("\r"))
	time.Sleep(300 * time.Millisecond)
	if !eval[bool](t, tb, `window.sameLoad === true`) || pages.Load() != 1 || indexes.Load() != 1 {
		t.Fatalf("Enter while the index loads reloaded the page: %d loads of the page, %d of the index, want 1 and 1", pages.Load(), indexes.Load())
	}
	release.Do(func() { close(held) })
	wait("the results once the index has loaded", `document.querySelectorAll('#search-results li').length > 0`)
	state := eval[string](t, tb, `[document.querySelectorAll('#search-results li').length,
	  document.getElementById('search-status').textContent,
	  document.getElementById('search-results').getAttribute('aria-busy'),
	  document.activeElement.id].join(' | ')`)
	if want := "50 | 120 results, showing the first 50 |  | search-status"; state != want {
		t.Errorf("once loaded: %q, want %q", state, want)
	}
	tb.checkClean(t, "search after loading")
}
