package browser

import (
	"strings"
	"testing"
	"testing/fstest"

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
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\ndate: 2024-10-01\n" +
			"topics: [Funding, Security, Diplomacy, Deployment, Elections, Human rights]\n" +
			"actors: [Haitian National Police, Multinational Security Support Mission, Kenyan police contingent, Transitional Presidential Council]\n" +
			"countries: [Haiti, Kenya, Jamaica, United States]\n" +
			"sources: [{title: A source}]\n" +
			"events:\n  - {date: \"2024-11\", text: Talks go on., actors: [Haitian National Police, Multinational Security Support Mission, Kenyan police contingent], countries: [Haiti, Kenya, Jamaica]}\n" +
			"---\n" + body.String())},
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
}
