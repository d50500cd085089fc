package markdown

import (
	"cmp"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
)

// TestCallouts checks that GitHub's alerts and Obsidian's callouts are
// shown as titled boxes, and foldable ones as <details>, where they
// were blockquotes with "[!NOTE]" in their text.
func TestCallouts(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
		not        []string
	}{
		{"GitHub alert", "> [!NOTE]\n> The figures are the ministry's.",
			[]string{"<div class=\"callout callout-note\" data-callout=\"note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n<p>The figures are the ministry&rsquo;s.</p>\n</div>"},
			[]string{"[!", "<blockquote"}},
		{"any case", "> [!Warning]\n> Roads closed.", []string{`<div class="callout callout-warning" data-callout="warning" role="note">`, `<p class="callout-title">Warning</p>`}, []string{"[!"}},
		{"each of GitHub's", "> [!TIP]\n> a\n\n> [!IMPORTANT]\n> b\n\n> [!CAUTION]\n> c",
			[]string{`callout-tip`, `>Tip</p>`, `callout-important`, `>Important</p>`, `callout-caution`, `>Caution</p>`}, nil},
		{"title of its own", "> [!warning] Roads *closed*\n> Since Monday.",
			[]string{`<p class="callout-title">Roads <em>closed</em></p>`, "<p>Since Monday.</p>"}, []string{"Warning"}},
		{"emphasis running onto the next line", "> [!note] **bold\n> more** body text",
			[]string{`<p class="callout-title">Note</p>`, "<p><strong>bold\nmore</strong> body text</p>"}, []string{"callout-title\"><strong>"}},
		{"title alone", "> [!tip] Ask the desk", []string{`<p class="callout-title">Ask the desk</p>` + "\n</div>"}, []string{"<p></p>"}},
		{"folded", "> [!note]- Folded\n> Inside.",
			[]string{"<details class=\"callout callout-note\" data-callout=\"note\">\n<summary class=\"callout-title\">Folded</summary>\n<p>Inside.</p>\n</details>"}, []string{"open", "role"}},
		{"open", "> [!faq]+\n> Inside.", []string{`<details class="callout callout-important" data-callout="faq" open="">`, `<summary class="callout-title">Question</summary>`}, nil},
		{"Obsidian's types", "> [!tldr]\n> a\n\n> [!bug]\n> b\n\n> [!success]\n> c\n\n> [!quote]\n> d",
			[]string{`callout-note" data-callout="tldr"`, ">Summary</p>", `callout-caution" data-callout="bug"`, ">Bug</p>", `callout-tip" data-callout="success"`, ">Success</p>", ">Quote</p>"}, nil},
		{"a correction", "> [!correction]\n> The first version gave 400 officers; it was 200.",
			[]string{`<div class="callout callout-warning" data-callout="correction" role="note">`, `<p class="callout-title">Correction</p>`}, nil},
		{"unknown type", "> [!recipe] \n> Mix.", []string{`<div class="callout callout-note" data-callout="recipe" role="note">`, `>Recipe</p>`}, nil},
		{"wikilink in title", "> [!info] See [[Talks resume]]\n> x", []string{`<p class="callout-title">See <a href="../../briefs/talks/index.html" class="wikilink">Talks resume</a></p>`}, nil},
		{"nested", "> [!note]\n> > [!tip]\n> > Inner.", []string{`callout-note`, `callout-tip`, "<p>Inner.</p>"}, []string{"[!", "<blockquote"}},
		{"in a list", "- item\n\n  > [!note]\n  > x", []string{`callout-note`}, []string{"[!"}},
		{"plain quote", "> Just a quote [!NOTE]", []string{"<blockquote>\n<p>Just a quote [!NOTE]</p>\n</blockquote>"}, []string{"callout"}},
		{"escaped", "> \\[!NOTE]\n> x", []string{"<blockquote>", "[!NOTE]"}, []string{"callout"}},
		{"a link is no marker", "> [!note](https://x.org) x", []string{"<blockquote>"}, []string{"callout"}},
		{"not first", "> Intro\n>\n> [!NOTE]", []string{"<blockquote>", "[!NOTE]"}, []string{"callout"}},
		{"no type", "> [!] x\n\n> [!no te] x", []string{"[!]", "[!no te]"}, []string{"callout"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			html, _, _ := convert(t, Options{}, tc.body)
			for _, w := range tc.want {
				if !strings.Contains(html, w) {
					t.Errorf("missing %q in\n%s", w, html)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(html, n) {
					t.Errorf("unexpected %q in\n%s", n, html)
				}
			}
		})
	}
}

// TestCalloutWarning checks that a callout of a type brief does not know
// is warned of at its line, with the type it is nearest, if one is.
func TestCalloutWarning(t *testing.T) {
	for body, want := range map[string]string{
		"Text.\n\n> [!warnign]\n> x": "b.md:7:3: warning: callout type [!warnign] is unknown, shown as a note; did you mean [!warning]?",
		"> [!recipe] Soup\n> x":      "b.md:5:3: warning: callout type [!recipe] is unknown, shown as a note; GitHub's types are note, tip, important, warning and caution, and Obsidian's work too: info, todo, summary, success, question, example, quote, failure, danger, bug and their aliases; and brief's correction, for a correction note",
		"> [!NOTE]\n> x":             "",
		"> [!Correction]\n> x":       "",
		"> [!corection]\n> x":        "b.md:5:3: warning: callout type [!corection] is unknown, shown as a note; did you mean [!correction]?",
	} {
		_, _, diags := convert(t, Options{}, body)
		got := ""
		for _, d := range diags {
			got += d.String()
		}
		if got != want {
			t.Errorf("%q: %q, want %q", body, got, want)
		}
	}
}

// TestCalloutSummary checks that a callout is no summary, as a quote is
// not: not when it opens the body, nor when the body has nothing else.
func TestCalloutSummary(t *testing.T) {
	for body, want := range map[string]string{
		"> [!NOTE]\n> Updated on Monday.\n\nTalks resumed.":        "Talks resumed.",
		"> [!NOTE]\n> Updated on Monday.":                          "",
		"> [!tip] Read first\n> Updated on Monday.":                "",
		"> [!warning]- Folded\n> Roads closed.\n\n## Later\n\n> x": "",
	} {
		_, doc, _ := convert(t, Options{}, body)
		if doc.first != want {
			t.Errorf("%q: summary %q, want %q", body, doc.first, want)
		}
	}
}

// TestCalloutTranslated checks that a callout's default title is in the
// site's language, and the site's own words, as Options.CalloutTitles
// gives them.
func TestCalloutTranslated(t *testing.T) {
	for _, tc := range []struct {
		language string
		own      map[string]string
		want     string
		typ      string // WARNING if empty
	}{
		{"fr", nil, `<p class="callout-title">Correction</p>`, "correction"},
		{"es", nil, `<p class="callout-title">Corrección</p>`, "correction"},
		{"fr", map[string]string{"Correction": "Rectificatif"}, `<p class="callout-title">Rectificatif</p>`, "correction"},
		{"fr", nil, `<p class="callout-title">Avertissement</p>`, ""},
		{"es-419", nil, `<p class="callout-title">Advertencia</p>`, ""},
		{"fr", map[string]string{"Warning": "Attention !"}, `<p class="callout-title">Attention !</p>`, ""},
		{"en", nil, `<p class="callout-title">Warning</p>`, ""},
	} {
		s, _, _ := testSite()
		s.Config = site.Config{Language: tc.language, Translations: tc.own}
		doc := &Doc{File: "b.md", BodyLine: 5, Source: []byte("> [!" + cmp.Or(tc.typ, "WARNING") + "]\n> x"), Site: s, Self: &site.Brief{Slug: "self"}, Diags: new(diag.List)}
		opts := Options{CalloutTitles: CalloutTitles(lang.For(tc.language, tc.own))}
		if html := string(New(opts).Convert(doc)); !strings.Contains(html, tc.want) {
			t.Errorf("%s %v: want %q in\n%s", tc.language, tc.own, tc.want, html)
		}
	}
}

// FuzzCallouts converts arbitrary bodies with callouts: conversion must
// not panic, each box must be closed, data-callout must hold only a
// type's letters, and every warning must point into the body.
func FuzzCallouts(f *testing.F) {
	for _, s := range []string{
		"> [!NOTE]\n> x", "> [!warning]- *Roads* [[Talks resume]]\n> x\n>\n> y", "> [!faq]+\n", "> [!x]",
		"> [!note] `code` <b>b</b> [l](u)\n> > [!tip]\n> > [!bug]", "- > [!todo] a\n  > b", "> [!a-b_c]-- t\\\n> x",
		"> [!note]\n> [^1]\n\n[^1]: > [!tip] in a note", "> [!", "> [!note]\"q\" -- x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		var diags diag.List
		s, _, _ := testSite()
		doc := &Doc{File: "b.md", BodyLine: 5, Source: []byte(body), Site: s, Self: &site.Brief{Slug: "self", Title: "Self"}, Diags: &diags}
		html := string(New(Options{}).Convert(doc))
		if o, c := strings.Count(html, "<details"), strings.Count(html, "</details>"); o != c {
			t.Errorf("%d <details>, %d closed:\n%s", o, c, html)
		}
		for rest := html; ; {
			_, after, ok := strings.Cut(rest, `data-callout="`)
			if !ok {
				break
			}
			typ, _, _ := strings.Cut(after, `"`)
			if typ == "" || strings.IndexFunc(typ, func(r rune) bool { return r > 127 || !isTypeByte(byte(r)) }) >= 0 {
				t.Errorf("data-callout=%q", typ)
			}
			rest = after
		}
		lines := 5 + strings.Count(body, "\n")
		for _, d := range diags.Sorted() {
			if d.Pos.Line < 5 || d.Pos.Line > lines {
				t.Errorf("%s: outside the body's lines 5-%d", d, lines)
			}
		}
	})
}

// TestCalloutTitlesCache checks that a body the cache keeps is converted
// again when the site's words for callouts change, as serve rebuilds
// after an edit of brief.yaml's translations.
func TestCalloutTitlesCache(t *testing.T) {
	cache := NewCache()
	b := &site.Brief{Slug: "b", Title: "B", File: "b.md", Body: []byte("> [!WARNING]\n> x\n")}
	s := &site.Site{Briefs: []*site.Brief{b}, Names: map[string]site.Target{}}
	for _, own := range []map[string]string{nil, {"Warning": "Beware"}, {"Warning": "Mind"}} {
		var diags diag.List
		New(Options{Cache: cache, CalloutTitles: CalloutTitles(lang.For("en", own))}).ConvertSite(s, &diags)
		want := `<p class="callout-title">` + cmp.Or(own["Warning"], "Warning") + `</p>`
		if html := string(b.HTML()); !strings.Contains(html, want) {
			t.Errorf("words %v: want %s in\n%s", own, want, html)
		}
	}
}
