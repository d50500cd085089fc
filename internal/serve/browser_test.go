package serve

import (
	"context"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestLiveReloadInBrowser drives the injected script in a headless
// Chromium: a content edit reloads the page at the same scroll position, a
// stylesheet edit swaps the stylesheet without a reload, a broken edit
// shows every error as text in an overlay, and the fix removes it.
func TestLiveReloadInBrowser(t *testing.T) {
	dir := newSite(t)
	long := strings.Repeat("A paragraph that makes the page long enough to scroll.\n\n", 80)
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", long+"Alpha body."))
	h := start(t, dir, Options{})
	bctx := newBrowser(t, h.url+"/briefs/a/")
	streams := h.streams
	until := func(what, js string) {
		t.Helper()
		deadline := time.Now().Add(waitLimit)
		for {
			ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](js))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s (%s): %v", what, js, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	h.waitFor("the page to open its event stream", func() bool { return streams() == 1 })

	// A content edit reloads the page and keeps the scroll position (the
	// script's doing: the browser's own restoring is turned off).
	y, err := chromedp.Run(bctx, chromedp.Evaluate[float64](`history.scrollRestoration = "manual"; window.marker = 1; window.scrollTo(0, 900); window.scrollY`))
	if err != nil || y != 900 {
		t.Fatalf("scrolling: y = %v, %v", y, err)
	}
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", long+"Alpha edited."))
	until("the reload", `document.body.textContent.includes("Alpha edited.") && window.marker === undefined`)
	until("the scroll position", `Math.abs(window.scrollY - 900) < 2`)
	h.waitFor("the reloaded page's event stream", func() bool { return streams() == 1 })

	// A stylesheet edit swaps the stylesheet in place.
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[int](`window.marker = 2`)); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "templates/style.css", "body { background: rgb(1, 2, 3) }\npre { background: rgb(250, 250, 250); padding: 1em }\n")
	until("the new stylesheet", `getComputedStyle(document.body).backgroundColor === "rgb(1, 2, 3)"`)
	until("no reload", `window.marker === 2 && document.querySelectorAll('link[rel="stylesheet"]').length === 1`)

	// A broken edit shows the errors, as text, and keeps the page.
	writeFile(t, dir, "content/briefs/a.md", "---\ntitle: Alpha\ndate: \"<b>someday\"\nsources: [{title: S}]\n---\nbroken\n")
	until("the overlay", `(() => {
		const o = document.getElementById("brief-errors");
		return !!o && o.textContent.includes("content/briefs/a.md:3:8: ") &&
			o.textContent.includes('date: "<b>someday"') && !o.querySelector("b") &&
			// The line in error is light on the overlay's dark, whatever
			// the site's stylesheet gives a pre.
			getComputedStyle(o.querySelector("pre")).backgroundColor === "rgba(0, 0, 0, 0)" &&
			document.body.textContent.includes("Alpha edited.");
	})()`)
	until("no reload on a failed build", `window.marker === 2`)

	// The fix removes the overlay.
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", long+"Alpha fixed."))
	until("the fixed page", `document.body.textContent.includes("Alpha fixed.") && !document.getElementById("brief-errors")`)
}

// newBrowser returns a headless Chromium's first tab, open at url, or
// skips the test when there is none to drive.
func newBrowser(t *testing.T, url string) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("needs a browser")
	}
	exe := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		t.Skip("no Chromium on $PATH")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1000, 700))
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(cancelBrowser)
	if _, err := chromedp.Run(bctx, chromedp.Navigate(url)); err != nil {
		t.Skipf("cannot drive %s: %v", exe, err)
	}
	return bctx
}

// TestManyTabsInBrowser opens more tabs of the preview than a browser
// keeps connections to a host: every one loads, one event stream serves
// them all, and an edit reloads each.
func TestManyTabsInBrowser(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha body."))
	h := start(t, dir, Options{})
	first := newBrowser(t, h.url+"/briefs/a/")
	tabs := []context.Context{first}
	for range 9 {
		tab, cancel := chromedp.NewContext(first)
		t.Cleanup(cancel)
		if _, err := chromedp.Run(tab, chromedp.Navigate("about:blank")); err != nil { // opens the tab, which tab's cancel closes
			t.Fatal(err)
		}
		loadCtx, cancelLoad := context.WithTimeout(tab, 10*time.Second)
		_, err := chromedp.Run(loadCtx, chromedp.Navigate(h.url+"/briefs/a/"))
		cancelLoad()
		if err != nil {
			t.Fatalf("tab %d did not load: %v", len(tabs)+1, err)
		}
		tabs = append(tabs, tab)
	}
	h.waitFor("one event stream", func() bool { return h.streams() == 1 })
	// edit changes the brief's text to text and waits for every tab to
	// reload and show it.
	edit := func(text string) {
		t.Helper()
		for i, tab := range tabs {
			if _, err := chromedp.Run(tab, chromedp.Evaluate[int](`window.marker = 1`)); err != nil {
				t.Fatalf("tab %d: %v", i+1, err)
			}
		}
		writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", text))
		for i, tab := range tabs {
			deadline := time.Now().Add(waitLimit)
			for {
				ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.body.textContent.includes(`+strconv.Quote(text)+`) && window.marker === undefined`))
				if err == nil && ok {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("tab %d was not reloaded to show %q: %v", i+1, text, err)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}
		h.waitFor("one event stream after the reloads", func() bool { return h.streams() == 1 })
	}
	edit("Alpha edited.")

	// The tab that listens goes away; another takes over.
	if _, err := chromedp.Run(first, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	tabs = tabs[1:]
	edit("Alpha again.")
}

// TestRestartInBrowser checks that a page open while brief serve stops
// and starts again, its versions counting anew, reloads when the stream
// comes back, showing what changed meanwhile.
func TestRestartInBrowser(t *testing.T) {
	dir := newSite(t)
	h := start(t, dir, Options{})
	tab := newBrowser(t, h.url+"/briefs/a/")
	h.waitFor("the page's event stream", func() bool { return h.streams() == 1 })
	if _, err := chromedp.Run(tab, chromedp.Evaluate[int](`window.marker = 1`)); err != nil {
		t.Fatal(err)
	}
	h.stop()
	writeFile(t, dir, "content/briefs/a.md", brief("Alpha", "2024-01-02", "Alpha while it was stopped."))
	startOn(t, dir, Options{}, strings.TrimPrefix(h.url, "http://"))
	deadline := time.Now().Add(15 * time.Second) // the browser's own wait before it reconnects
	for {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.body.textContent.includes("Alpha while it was stopped.") && window.marker === undefined`))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page was not reloaded after the restart: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
