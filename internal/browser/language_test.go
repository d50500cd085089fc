package browser

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/output"
	"github.com/briefsite/brief/internal/render"
)

// rtlSite is a small Arabic briefing whose month names are translated, so
// that its dates mix Arabic words and figures, and one brief dated by
// English words.
func rtlSite() fstest.MapFS {
	return fstest.MapFS{
		"brief.yaml":           {Data: []byte("title: موجز\nlanguage: ar\ntranslations:\n  October: أكتوبر\n")},
		"content/briefs/ar.md": {Data: []byte("---\ntitle: اجتماع\ndate: 2024-10-01\nsources: [{title: مصدر}]\nevents:\n  - {date: \"2024-11/2025-02\", text: حدث}\n---\nنص.\n")},
	}
}

// orderJS reports whether, in the first <time> of the page, the day's
// figure "1" stands to the right of the month's first letter, as a reader
// of right-to-left text reads "1 أكتوبر 2024": day, month, year.
const orderJS = `(() => {
  const el = document.querySelector('article time');
  const text = el.firstChild, s = text.textContent;
  const rect = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
  const day = s.indexOf('1'), month = s.indexOf('أ');
  if (day < 0 || month < 0) return 'no day or month in ' + JSON.stringify(s);
  return rect(day).left > rect(month).left ? 'ok' : 'day left of month in ' + JSON.stringify(s);
})()`

// TestBrowserRightToLeft checks that a date written in Arabic words on a
// right-to-left page reads right to left: day, then month, then year,
// and that the arrows of links point the way the page reads.
func TestBrowserRightToLeft(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	dir := writeSite(t, rtlSite(), render.Options{})
	tb := newTab(t, startBrowser(t, exe))
	tb.open(t, origin{"file", fileURL(dir)}, page{"brief", "briefs/ar/index.html", "article.brief h1", false})
	if got := eval[string](t, tb, orderJS); got != "ok" {
		t.Error(got)
	}
	tb.open(t, origin{"file", fileURL(dir)}, page{"home", "index.html", "main h1", false})
	if got := eval[string](t, tb, `getComputedStyle(document.querySelector('.more .arrow')).transform`); !strings.HasPrefix(got, "matrix(-1,") {
		t.Errorf("an arrow on a right-to-left page is drawn with transform %q, want it turned (matrix(-1, ...))", got)
	}
	tb.open(t, origin{"file", fileURL(dir)}, page{"timeline", "timeline/index.html", ".timeline", false})
	if got := eval[string](t, tb, `getComputedStyle(document.querySelector('.strip b')).transform`); !strings.HasPrefix(got, "matrix(-1,") {
		t.Errorf("a month strip's mark for a span that runs on is drawn with transform %q, want it turned", got)
	}
}

// TestBrowserFrenchPrintLabels checks that a printed French page sets the
// colon after a label apart, as French does ("Date :").
func TestBrowserFrenchPrintLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	dir := writeSite(t, fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Dossier\nlanguage: fr\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: Réunion\ndate: 2024-10-01\nsources: [{title: Source}]\n---\nTexte.\n")},
	}, render.Options{})
	tb := newTab(t, startBrowser(t, exe))
	tb.setViewport(t, 800, "", "print")
	tb.open(t, origin{"file", fileURL(dir)}, page{"brief", "briefs/a/index.html", "article.brief h1", false})
	if got := eval[string](t, tb, `getComputedStyle(document.querySelector('.tags-label'), '::after').content`); got != "\"\u00a0:\"" {
		t.Errorf("a printed label ends in %q, want a no-break space and a colon", got)
	}
}

// writeSite builds the site fsys, rendered with opts, and writes it to a
// temporary folder, whose path it returns.
func writeSite(t *testing.T, fsys fstest.MapFS, opts render.Options) string {
	t.Helper()
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("the site has errors:\n%v", res.Diags)
	}
	opts.SiteFS = fsys
	files, err := render.Render(res.Site, opts)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "public")
	if err := output.Write(context.Background(), dir, files, output.Options{SrcFS: fsys}); err != nil {
		t.Fatal(err)
	}
	return dir
}
