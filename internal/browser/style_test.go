package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"

	"github.com/briefsite/brief/internal/render"
)

// styleSite is a small briefing with what the theme's style sheet must
// lay out for every reader: a table whose columns are aligned in
// Markdown, a body longer than the window, many names and topics, a
// dated event and a footnote; the last column of its table is in
// Arabic. Its twin has Arabic for its language.
func styleSite(lang string) fstest.MapFS {
	var body strings.Builder
	body.WriteString("## Casualties\n\n| Place | Dead | Note | Source |\n|:--|--:|:-:|---|\n| Jérémie | 2 | x | نص |\n\n")
	for i := range 40 {
		body.WriteString("A paragraph that is long enough to wrap on a phone, with [a link](https://example.org/" + strings.Repeat("a", i) + ") in it.\n\n")
	}
	body.WriteString("The end.[^1]\n\n[^1]: A note.\n")
	config := "title: Styles\n"
	if lang != "" {
		config += "language: " + lang + "\n"
	}
	return fstest.MapFS{
		"brief.yaml": {Data: []byte(config)},
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024-10-01\nupdated: 2024-10-05\n" +
			"topics: [Funding, Security, Diplomacy, Deployment, Elections, Human rights]\n" +
			"actors: [Haitian National Police, Multinational Security Support Mission, Kenyan police contingent, Transitional Presidential Council]\n" +
			"countries: [Haiti, Kenya, Jamaica, United States]\n" +
			"sources: [{title: A source}]\n" +
			"events:\n  - {date: \"2024-11\", text: Talks go on., actors: [Haitian National Police, Multinational Security Support Mission, Kenyan police contingent], countries: [Haiti, Kenya, Jamaica]}\n" +
			"---\n" + body.String())},
		"content/actors/pnh.md": {Data: []byte("---\nname: Haitian National Police\naliases: [PNH, Police nationale d'Haïti]\n---\n")},
	}
}

// TestBrowserStyles checks, in a small briefing, what the theme's style
// sheet does for readers a screenshot would not show to be wrong.
func TestBrowserStyles(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests do not run with -short")
	}
	exe := findBrowser(t)
	en := origin{"file", fileURL(writeSite(t, styleSite(""), render.Options{}))}
	ar := origin{"file", fileURL(writeSite(t, styleSite("ar"), render.Options{}))}
	brief := page{"brief", "briefs/talks/index.html", "article.brief h1", false}
	tb := newTab(t, startBrowser(t, exe))

	t.Run("table alignment", func(t *testing.T) {
		// A column aligned in Markdown keeps its side; the others start
		// where the text does, on the right in Arabic.
		tb.setViewport(t, 1280, "light", "")
		tb.open(t, en, brief)
		got := eval[string](t, tb, `[...document.querySelectorAll('.prose thead th')].map(th => getComputedStyle(th).textAlign).join(' ')`)
		if want := "left right center start"; got != want {
			t.Errorf("the columns :--, --:, :-: and --- are aligned %q, want %q", got, want)
		}
		tb.open(t, ar, brief)
		const sideJS = `(() => {
  const td = document.querySelector('.prose tbody td:last-child'), r = document.createRange();
  r.selectNodeContents(td);
  const cell = td.getBoundingClientRect(), text = r.getBoundingClientRect();
  return text.left - cell.left > cell.right - text.right ? 'right' : 'left';
})()`
		if got := eval[string](t, tb, sideJS); got != "right" {
			t.Errorf("on an Arabic page, a column of no alignment stands on the %s, want the right", got)
		}
	})

	t.Run("focus ring above the window's bottom", func(t *testing.T) {
		// A link the keyboard reaches at the window's bottom edge is
		// scrolled up far enough for its focus ring (3 px, 2 px off) to
		// show whole.
		tb.setViewport(t, 1280, "light", "")
		tb.open(t, en, brief)
		const focusJS = `(() => {
  const a = document.querySelectorAll('.prose p a')[30];
  window.scrollTo(0, 0);
  window.scrollBy(0, a.getBoundingClientRect().bottom - innerHeight + 2);
  a.focus();
  return innerHeight - a.getBoundingClientRect().bottom;
})()`
		if got := eval[float64](t, tb, focusJS); got < 5 {
			t.Errorf("a link focused at the window's bottom ends %.1f px above it, want its focus ring's 5 px at least", got)
		}
	})

	t.Run("lines of links on a phone", func(t *testing.T) {
		// Small links in lines that wrap are 24 px apart at least, from
		// line to line, for a finger to tell them apart (WCAG 2.5.8).
		tb.setViewport(t, 360, "light", "")
		const gapJS = `(() => {
  const tops = new Set();
  for (const a of document.querySelectorAll(%q)) for (const r of a.getClientRects()) tops.add(Math.round(r.top));
  const ys = [...tops].sort((a, b) => a - b);
  if (ys.length < 2) return -1;
  return Math.min(...ys.slice(1).map((y, i) => y - ys[i]));
})()`
		for _, c := range []struct {
			p     page
			links string
		}{
			{brief, ".brief-header .kicker a"},
			{page{"briefs", "briefs/index.html", ".brief-list", false}, ".brief-item .entities a"},
			{page{"timeline", "timeline/index.html", ".timeline", false}, ".event-entities a, .event-source a"},
		} {
			tb.open(t, en, c.p)
			switch got := eval[float64](t, tb, fmt.Sprintf(gapJS, c.links)); {
			case got < 0:
				t.Errorf("%s: the links %s are on one line at 360 px; the test needs them to wrap", c.p.Name, c.links)
			case got < 24:
				t.Errorf("%s: the lines of links %s are %.0f px apart at 360 px, want 24 at least", c.p.Name, c.links, got)
			}
		}
	})

	t.Run("month strips", func(t *testing.T) {
		// The empty months of a strip stand out from what is behind
		// them by 2:1 at least, in either scheme: a strip is drawn, not
		// read, but its frame must not vanish.
		const contrastJS = `(() => {
  const rgb = (el) => getComputedStyle(el).backgroundColor.match(/[\d.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
  const cell = document.querySelector(%q);
  let back = cell.parentElement;
  while (back && (rgb(back).length > 3 && rgb(back)[3] === 0)) back = back.parentElement;
  const [a, b] = [lum(rgb(cell)), lum(rgb(back || document.body))].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
})()`
		for _, scheme := range []string{"light", "dark"} {
			tb.setViewport(t, 1280, scheme, "")
			for _, c := range []struct {
				p    page
				cell string
			}{
				{page{"timeline", "timeline/index.html", ".timeline", false}, ".timeline .strip i:not(.full):not(.part)"},
				{brief, ".sidebar .strip i:not(.full):not(.part)"},
			} {
				tb.open(t, en, c.p)
				if got := eval[float64](t, tb, fmt.Sprintf(contrastJS, c.cell)); got < 2 {
					t.Errorf("%s (%s): an empty month of a strip stands out by %.2f:1, want 2:1 at least", c.p.Name, scheme, got)
				}
			}
		}
	})

	t.Run("footnote's link back", func(t *testing.T) {
		// A screen reader names a footnote's link back to where the note
		// is called by what it does, not by its arrow; paper, which
		// cannot follow it, goes without it.
		tb.setViewport(t, 1280, "light", "")
		tb.open(t, en, brief)
		if got := axName(t, tb, ".footnote-backref"); got != "Back to reference 1" {
			t.Errorf("a footnote's link back is named %q, want %q", got, "Back to reference 1")
		}
		tb.setViewport(t, 1280, "light", "print")
		if got := eval[string](t, tb, `getComputedStyle(document.querySelector('.footnote-backref')).display`); got != "none" {
			t.Errorf("a printed footnote's link back is shown (display %s)", got)
		}
	})

	t.Run("kicker read out", func(t *testing.T) {
		// A screen reader reads a brief's kicker without its dots, a
		// word apart, on its page and on the printable briefing.
		const readJS = `(() => {
  const k = document.querySelector(%q).cloneNode(true);
  k.querySelectorAll('[aria-hidden=true]').forEach(el => el.remove());
  return k.textContent;
})()`
		tb.setViewport(t, 1280, "light", "")
		for _, c := range []struct {
			p      page
			kicker string
			want   string
		}{
			{brief, ".brief-header .kicker", "Brief 1 October 2024 updated 5 October 2024 Funding, Security, Diplomacy, Deployment, Elections, Human rights"},
			{page{"print", "print/briefing/index.html", "main h1", false}, ".print-brief .kicker", "Brief 1 October 2024 updated 5 October 2024"},
		} {
			tb.open(t, en, c.p)
			if got := eval[string](t, tb, fmt.Sprintf(readJS, c.kicker)); got != c.want {
				t.Errorf("%s: the kicker reads %q, want %q", c.p.Name, got, c.want)
			}
		}
	})

	t.Run("aliases read out", func(t *testing.T) {
		// The other names of an actor in the list of actors, a line
		// below its name, are read out as what they are.
		tb.setViewport(t, 1280, "light", "")
		tb.open(t, en, page{"actors", "actors/index.html", ".index-table", false})
		const want = "Haitian National Police Also known as PNH, Police nationale d'Haïti"
		if got := axName(t, tb, ".index-table tbody tr:has(.aliases) td"); got != want {
			t.Errorf("an actor's name and aliases read %q, want %q", got, want)
		}
	})

	t.Run("Arabic labels", func(t *testing.T) {
		// The small labels set in spaced capitals for Latin letters are
		// larger in Arabic, which has no capitals, and not spaced, which
		// would pull its joined letters apart.
		const styleJS = `(() => {
  const el = document.querySelector(%q);
  if (!el) return 'none';
  const cs = getComputedStyle(el);
  return parseFloat(cs.fontSize) >= 13.6 && (cs.letterSpacing === 'normal' || cs.letterSpacing === '0px') ? 'ok' : cs.fontSize + ', letter-spacing ' + cs.letterSpacing;
})()`
		tb.setViewport(t, 1280, "light", "")
		for _, c := range []struct {
			p      page
			labels []string
		}{
			{brief, []string{".kicker", ".tags-label", ".sidebar-heading", ".sources h2"}},
			{page{"home", "index.html", "main h1", false}, []string{".section-heading"}},
			{page{"timeline", "timeline/index.html", ".timeline", false}, []string{".tl-month-heading", ".badge"}},
			{page{"actors", "actors/index.html", ".index-table", false}, []string{".index-table th"}},
		} {
			tb.open(t, ar, c.p)
			for _, sel := range c.labels {
				if got := eval[string](t, tb, fmt.Sprintf(styleJS, sel)); got != "ok" {
					t.Errorf("%s: an Arabic %s is %s, want .85rem (13.6 px) at least and no letter spacing", c.p.Name, sel, got)
				}
			}
		}
	})
}

// axName returns the accessible name Chromium gives the first element
// that sel matches, as a screen reader would read it.
func axName(t *testing.T, tb *tab, sel string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 15*time.Second)
	defer cancel()
	nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("finding %s: %v", sel, err)
	}
	only := false
	ax, err := chromedp.Call(ctx, accessibility.GetPartialAXTree, accessibility.GetPartialAXTreeParams{BackendNodeID: nodes[0].BackendNodeID, FetchRelatives: &only})
	if err != nil || len(ax.Nodes) == 0 {
		t.Fatalf("the accessibility of %s: %v", sel, err)
	}
	var name string
	if n := ax.Nodes[0].Name; n != nil {
		if err := json.Unmarshal(n.Value, &name); err != nil {
			t.Fatalf("the accessible name of %s, %s: %v", sel, n.Value, err)
		}
	}
	return name
}
