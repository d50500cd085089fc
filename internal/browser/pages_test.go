package browser

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/briefsite/brief/internal/site"
)

// page is a page of the built site the tests open.
type page struct {
	Name  string // for messages and screenshot files
	Path  string // relative to the site root
	Ready string // CSS selector that is visible once the page is shown
	Shot  bool   // save screenshots of it
}

// pagesOf picks the pages to test from the built model, so that the tests
// follow the shipped briefing when its briefs change: the home page, the
// brief with the most to show, the actor named in the most briefs, the
// timeline, the search page and a few more.
func pagesOf(s *site.Site) []page {
	if len(s.Briefs) == 0 || len(s.Actors) == 0 {
		return nil
	}
	brief := s.Briefs[0]
	for _, b := range s.Briefs {
		if len(b.Events) > 0 && len(b.MentionedIn) > 0 && len(b.Sources) > 0 {
			brief = b
			break
		}
	}
	actor := s.Actors[0]
	for _, a := range s.Actors {
		if len(a.Briefs) > len(actor.Briefs) {
			actor = a
		}
	}
	pages := []page{
		{"home", "index.html", "main h1", true},
		{"brief", brief.Path() + "index.html", "article.brief h1", true},
		{"profile", actor.Path() + "index.html", "article.profile h1", true},
		{"timeline", "timeline/index.html", ".timeline", true},
		{"search", "search/index.html", "#q", true},
		{"actors", "actors/index.html", ".index-table", false},
		{"sources", "sources/index.html", "main h1", false},
	}
	if len(s.Countries) > 0 {
		c := s.Countries[0]
		for _, x := range s.Countries {
			if len(x.Briefs) > len(c.Briefs) {
				c = x
			}
		}
		pages = append(pages, page{"country", c.Path() + "index.html", "article.profile h1", false})
	}
	return append(pages, page{"print", "print/briefing/index.html", "main h1", false}, page{"404", "404.html", "main h1", false})
}

// origin is a place the built site is opened from.
type origin struct{ Name, Base string }

// TestBrowser opens the built shipped briefing in headless Chromium over
// file:// and over HTTP under /repo/, and checks each page, the links from
// the home page, search, the narrow layout, keyboard access and axe-core.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	bs := buildSite(t)
	pages := pagesOf(bs.Site)
	if len(pages) == 0 {
		t.Fatal("the shipped briefing has no briefs or actors to test with")
	}
	bctx := startBrowser(t, exe)
	shots := screenshotDir(t)
	httpOrigin := origin{"http", serveUnderRepo(t, bs.Dir)}
	for _, o := range []origin{{"file", fileURL(bs.Dir)}, httpOrigin} {
		t.Run(o.Name, func(t *testing.T) {
			t.Parallel()
			t.Run("pages", func(t *testing.T) {
				dir := ""
				if o.Name == "http" {
					dir = shots
				}
				testPages(t, newTab(t, bctx), o, pages, dir)
			})
			t.Run("links", func(t *testing.T) { testLinks(t, newTab(t, bctx), o) })
			t.Run("search", func(t *testing.T) {
				dir := ""
				if o.Name == "http" {
					dir = shots
				}
				testSearch(t, newTab(t, bctx), o, dir)
			})
			t.Run("keyboard", func(t *testing.T) { testKeyboard(t, newTab(t, bctx), o) })
			if o.Name == "http" {
				t.Run("print", func(t *testing.T) { testPrint(t, newTab(t, bctx), o, len(bs.Site.Briefs), shots) })
				t.Run("forced-colors", func(t *testing.T) { testForcedColors(t, newTab(t, bctx), o, shots) })
			}
		})
	}
	for _, scheme := range []string{"light", "dark"} {
		t.Run("axe-"+scheme, func(t *testing.T) {
			t.Parallel()
			testAxe(t, newTab(t, bctx), httpOrigin, pages, scheme)
		})
	}
	t.Logf("screenshots in %s", shots)
}

// open navigates the tab to p and waits until it shows.
func (tb *tab) open(t *testing.T, o origin, p page) {
	t.Helper()
	tb.run(t, "opening "+p.Name, chromedp.Navigate(o.Base+p.Path), chromedp.WaitVisible(chromedp.CSS(p.Ready)))
}

// overflowJS lists the elements wider than the viewport, for the message
// of a failed no-horizontal-scroll check.
const overflowJS = `(() => {
  const w = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > w + 1 && out.length < 8) out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right));
  }
  return out.join(', ');
})()`

// testPages opens every page: no console errors or failed requests, one
// h1, and over HTTP no horizontal scroll at 375, 360 and 320 px; with dir set
// it saves screenshots at 1280 and 375 px, at 1280 px in the dark scheme,
// and as printed.
func testPages(t *testing.T, tb *tab, o origin, pages []page, dir string) {
	for _, p := range pages {
		tb.setViewport(t, 1280, "light", "")
		tb.open(t, o, p)
		tb.checkClean(t, p.Name)
		if n := eval[int](t, tb, `document.querySelectorAll('h1').length`); n != 1 {
			t.Errorf("%s: %d h1 elements, want 1", p.Name, n)
		}
		shoot := dir != "" && p.Shot
		if shoot {
			tb.screenshot(t, dir, p.Name+"-1280")
			tb.setViewport(t, 1280, "dark", "")
			tb.screenshot(t, dir, p.Name+"-1280-dark")
		}
		// The layout does not depend on the origin: check it once.
		for _, width := range []int64{375, 360, 320} {
			if o.Name != "http" {
				break
			}
			tb.setViewport(t, width, "light", "")
			if !eval[bool](t, tb, `document.documentElement.scrollWidth <= document.documentElement.clientWidth`) {
				t.Errorf("%s at %d px scrolls sideways: %s", p.Name, width, eval[string](t, tb, overflowJS))
			}
		}
		if shoot {
			tb.setViewport(t, 375, "light", "")
			tb.screenshot(t, dir, p.Name+"-375")
		}
		if dir != "" && (p.Name == "brief" || p.Name == "profile") {
			tb.setViewport(t, 800, "light", "print")
			tb.screenshot(t, dir, p.Name+"-print")
		}
		tb.checkClean(t, p.Name+" (after resizing)")
	}
	tb.setViewport(t, 1280, "", "")
}

// click clicks the first element matching sel and waits for ready on the
// page it leads to; the new location must contain want.
func (tb *tab) click(t *testing.T, sel, ready, want string) {
	t.Helper()
	tb.run(t, "following "+sel, chromedp.Click(chromedp.CSS(sel)), chromedp.WaitVisible(chromedp.CSS(ready)))
	loc := eval[string](t, tb, `location.href`)
	if !strings.Contains(loc, want) {
		t.Errorf("following %s led to %s, want a URL containing %q", sel, loc, want)
	}
	tb.checkClean(t, "after following "+sel)
}

// testLinks follows links by clicking, as a reader does: from the home
// page to a brief, a profile and the timeline, and on from there.
func testLinks(t *testing.T, tb *tab, o origin) {
	home := page{"home", "index.html", "main h1", false}
	tb.open(t, o, home)
	tb.checkClean(t, "home")
	tb.click(t, ".latest .brief-item-title a", "article.brief h1", "/briefs/")
	tb.click(t, ".brief-aside a.tag-actor", "article.profile h1", "/actors/")
	tb.click(t, ".profile .brief-item-title a", "article.brief h1", "/briefs/")

	tb.open(t, o, home)
	tb.click(t, ".latest .entities a[href*='actors/']", "article.profile h1", "/actors/")
	tb.click(t, ".site-nav a[href^='../../timeline/']", ".timeline", "/timeline/")
	tb.click(t, ".timeline .event-brief .event-text a", "article.brief h1", "/briefs/")

	tb.open(t, o, home)
	tb.click(t, ".site-nav a[href^='timeline/']", ".timeline", "/timeline/")
	tb.click(t, ".site-title", ".hero h1", o.Base)
}

// testSearch types a name into the search box and follows a result; with
// dir set it saves screenshots of the results.
func testSearch(t *testing.T, tb *tab, o origin, dir string) {
	tb.open(t, o, page{"search", "search/index.html", "#q", false})
	tb.checkClean(t, "search")
	tb.run(t, "searching", chromedp.SendKeys(chromedp.ID("q"), "Ruto"), chromedp.WaitVisible(chromedp.CSS("#search-results a")))
	text := eval[string](t, tb, `Array.from(document.querySelectorAll('#search-results a')).map(a => a.textContent).join(' | ')`)
	if !strings.Contains(text, "Ruto") {
		t.Errorf("search for Ruto: no result names Ruto; results: %s", text)
	}
	tb.checkClean(t, "searching")
	// Each result's kind and date come before its title, a heading.
	if got := eval[string](t, tb, `(() => {
	  const li = document.querySelector('#search-results li');
	  return Array.from(li.children).map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 2).join(' ');
	})()`); got != "p.search-result-meta h2.search-result-heading" {
		t.Errorf("a search result starts %q, want its meta line, then its title as an h2", got)
	}
	// Enter shows the results and moves focus to their count, staying on
	// the page; the title says what was searched for.
	tb.run(t, "pressing Enter", chromedp.SendKeys(chromedp.ID("q"), "\r"))
	time.Sleep(100 * time.Millisecond)
	if got := eval[string](t, tb, `[location.pathname.includes('/search/'), document.activeElement.id, document.title.includes('Ruto')].join(' ')`); got != "true search-status true" {
		t.Errorf("after Enter: on the search page, focus, title names the query = %q, want \"true search-status true\"", got)
	}
	if dir != "" {
		tb.screenshot(t, dir, "search-results-1280")
		tb.setViewport(t, 375, "light", "")
		tb.screenshot(t, dir, "search-results-375")
		tb.setViewport(t, 1280, "", "")
	}
	// The results are drawn again each time typing pauses: click the first
	// result the page has when the click happens, not a node found before.
	eval[bool](t, tb, `(document.querySelector("#search-results a").click(), true)`)
	tb.run(t, "following the first result", chromedp.WaitVisible(chromedp.CSS("article h1")))
	if loc := eval[string](t, tb, `location.href`); !strings.Contains(loc, o.Base) || strings.Contains(loc, "/search/") {
		t.Errorf("following the first result led to %s", loc)
	}
	tb.checkClean(t, "after following the first result")

	// A search sent from another page arrives with ?q=: the count is
	// focused, so that it is read out.
	tb.open(t, o, page{"search", "search/index.html?q=Ruto", "#search-results a", false})
	if got := eval[string](t, tb, `document.activeElement.id + ' ' + /\d/.test(document.activeElement.textContent)`); got != "search-status true" {
		t.Errorf("opened with ?q=, the focus is on %q, want the search status with the number of results", got)
	}
	tb.checkClean(t, "search with ?q=")
}

// testKeyboard checks that the first Tab shows the skip link with a
// visible focus ring, and that it moves focus to the main content.
func testKeyboard(t *testing.T, tb *tab, o origin) {
	tb.open(t, o, page{"home", "index.html", "main h1", false})
	tb.run(t, "pressing Tab", chromedp.KeyEvent("\t"))
	got := eval[string](t, tb, `(() => {
	  const a = document.activeElement, r = a.getBoundingClientRect(), s = getComputedStyle(a);
	  return [a.className, r.top >= 0 && r.left >= 0 && r.width > 0 ? 'visible' : 'hidden', s.outlineStyle].join(' ');
	})()`)
	if f := strings.Fields(got); len(f) != 3 || f[0] != "skip-link" || f[1] != "visible" || f[2] == "none" {
		t.Errorf("after Tab the focus is %q, want the visible skip link with an outline", got)
	}
	tb.run(t, "pressing Enter", chromedp.KeyEvent("\r"))
	if id := eval[string](t, tb, `document.activeElement.id`); id != "main" {
		t.Errorf("the skip link moved focus to %q, want main", id)
	}
	tb.checkClean(t, "keyboard")
}

// pdfPage matches a page object of a PDF file.
var pdfPage = regexp.MustCompile(`/Type\s*/Page\b[^s]`)

// testPrint prints the whole briefing to PDF, as a reader would with the
// browser's print command, and saves it beside the screenshots; in print
// the contents end a page and the briefs follow one another, not a page
// each, and the header, footer and skip link are hidden.
func testPrint(t *testing.T, tb *tab, o origin, briefs int, dir string) {
	tb.open(t, o, page{"print", "print/briefing/index.html", "main h1", false})
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil {
		t.Fatalf("printing: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "print.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	n := len(pdfPage.FindAll(pdf, -1))
	if n < 2 {
		t.Errorf("the printed briefing has %d pages, want at least 2: the cover and contents, then the briefs", n)
	}
	t.Logf("the printed briefing of %d briefs has %d pages", briefs, n)
	// In print the contents end a page, the briefs run on, each title kept
	// with what follows it, and the site's furniture is gone.
	tb.setViewport(t, 800, "light", "print")
	got := eval[string](t, tb, `[
	  getComputedStyle(document.querySelector('.print-toc')).breakAfter === 'page',
	  Array.from(document.querySelectorAll('.print-brief')).every(e => getComputedStyle(e).breakBefore !== 'page'),
	  Array.from(document.querySelectorAll('.print-title')).every(e => getComputedStyle(e).breakAfter === 'avoid'),
	  ['.site-header', '.site-footer', '.skip-link'].every(s => getComputedStyle(document.querySelector(s)).display === 'none'),
	  getComputedStyle(document.querySelector('.print-toc')).display !== 'none',
	  getComputedStyle(document.querySelector('.print-bibliography')).borderTopStyle === 'none',
	].join(' ')`)
	if got != "true true true true true true" {
		t.Errorf("print styles: contents end a page, briefs run on, titles kept with their text, furniture hidden, contents shown, no rule atop the sources = %s, want all true", got)
	}
	// Badges keep their text on paper, which drops backgrounds.
	if c := eval[string](t, tb, `(() => { document.body.insertAdjacentHTML('beforeend', '<span class="badge">Brief</span>'); return getComputedStyle(document.querySelector('.badge')).color })()`); c != "rgb(0, 0, 0)" {
		t.Errorf("a badge prints in %s, want black", c)
	}
	tb.checkClean(t, "printing")
}

// testForcedColors opens the timeline in forced colours (Windows High
// Contrast), which drop backgrounds and shadows: the marks drawn with
// them, the current page in the navigation, the filled dots and the month
// strips, must still show.
func testForcedColors(t *testing.T, tb *tab, o origin, dir string) {
	tb.run(t, "setting the viewport", chromedp.EmulateViewport(1280, 900))
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	forced := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}}}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, forced); err != nil {
		t.Fatalf("emulating forced colours: %v", err)
	}
	tb.open(t, o, page{"timeline", "timeline/index.html", ".timeline", false})
	if !eval[bool](t, tb, `matchMedia('(forced-colors: active)').matches`) {
		t.Skip("this Chromium does not emulate forced colours")
	}
	got := eval[string](t, tb, `(() => {
	  const bg = e => getComputedStyle(e).backgroundColor, page = bg(document.body);
	  const shown = sel => { const e = document.querySelector(sel); return !!e && bg(e) !== page && bg(e) !== 'rgba(0, 0, 0, 0)'; };
	  const dot = document.querySelector('.key-dot.prec-day');
	  return [
	    getComputedStyle(document.querySelector('.site-nav a[aria-current]')).textDecorationLine.includes('underline'),
	    shown('.timeline .strip i.full'),
	    !!dot && bg(dot) !== page,
	    getComputedStyle(document.querySelector('.tl-year'), '::before').width !== 'auto',
	  ].join(' ');
	})()`)
	if got != "true true true true" {
		t.Errorf("forced colours: current page underlined, month strips, filled dots, the axis = %s, want all true", got)
	}
	if dir != "" {
		tb.screenshot(t, dir, "timeline-forced-colors")
	}
	tb.checkClean(t, "forced colours")
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
}
