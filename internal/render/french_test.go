package render_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/build"
	"github.com/briefsite/brief/internal/render"
)

// TestFrenchPages builds a small site in French, one text of the theme
// given a site's own words, and looks for the translations on each kind
// of page, the words of dates among them.
func TestFrenchPages(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Dossier Haïti\nlanguage: fr\ntranslations:\n  Related briefs: Voir aussi\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: Première\ndate: 2025-05-01\nactors: [William Ruto]\ncountries: [Kenya]\ntopics: [Diplomatie]\n" +
			"sources:\n  - title: Un article\nevents:\n  - date: late 2024\n    text: Un événement.\n---\nTexte \"cité\", l'ONU.\n")},
		"content/briefs/b.md": {Data: []byte("---\ntitle: Seconde\ndate: \"2025-07~\"\nactors: [William Ruto]\ncountries: [Kenya]\ntopics: [Diplomatie]\nsources:\n  - title: Un article\n---\nTexte.\n")},
		"content/briefs/c.md": {Data: []byte("---\ntitle: Sans date\n---\nTexte.\n")},
	}
	pages := htmlFiles(t, fsys)
	for file, wants := range map[string][]string{
		"index.html": {`<html lang="fr">`, "Dernières notes", "<strong>3</strong> notes", "vers juillet 2025", `title="date approximative (2025-07~)"`, "Aller au contenu", `aria-label="Navigation principale"`,
			">Chronologie</a>", "Réalisé avec brief."},
		"briefs/a/index.html":            {"Texte «\u00a0cité\u00a0», l&rsquo;ONU.", "1ᵉʳ mai 2025", "À propos de cette note", "<h2 id=\"sources-heading\">Sources</h2>", "Voir aussi", "Notes citant cette source", "fin 2024"},
		"actors/william-ruto/index.html": {"<span class=\"kicker-label\">acteur</span>", "Notes qui mentionnent William Ruto", "En bref", "2 entrées"},
		"actors/index.html":              {"1 acteur</p>", "par nombre de notes", "<title>Acteurs · Dossier Haïti</title>"},
		"timeline/index.html":            {"3 entrées", "mai 2025", "Lecture des dates", "connue au jour près"},
		"sources/index.html":             {"Citée dans 2 notes\u00a0:"},
		"search/index.html":              {`data-words="{`, `&#34;Brief&#34;:&#34;Note&#34;`, "Aucun résultat pour «\u00a0%s\u00a0»"},
		"briefs/index.html":              {`<h2 class="list-year" id="y-undated">Sans date</h2>`, `<h2 class="list-year" id="y2025">2025</h2>`, "3 notes</p>"},
		"404.html":                       {"<h1>Page introuvable</h1>", "Erreur 404"},
		"print/briefing/index.html":      {"Le dossier complet", "Sommaire"},
	} {
		page := string(pages[file])
		if page == "" {
			t.Errorf("%s: not built", file)
			continue
		}
		for _, want := range wants {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %s", file, want)
			}
		}
		if strings.Contains(page, "Related briefs") {
			t.Errorf("%s: a text the site translated shows in English", file)
		}
	}
	if strings.Contains(string(pages["search/index.html"]), "data-words") == strings.Contains(string(htmlFiles(t, fstest.MapFS{"content/briefs/a.md": {Data: []byte("---\ntitle: A\n---\n")}})["search/index.html"]), "data-words") {
		t.Error("an English site's search page has the words of search.js too, or a French one lacks them")
	}
}

// TestFrenchData checks the words of the files beside the pages: the
// feeds' language and titles, TimelineJS's slides.
func TestFrenchData(t *testing.T) {
	fsys := fstest.MapFS{
		"brief.yaml":          {Data: []byte("title: Dossier\nlanguage: fr\nbase_url: https://example.org/\ntranslations:\n  late: \"<i>fin</i>\"\n")},
		"content/briefs/a.md": {Data: []byte("---\ntitle: Première\ndate: late 2024\ntopics: [Diplomatie]\nevents:\n  - date: 2024-05-01\n    text: Un événement.\n---\nTexte.\n")},
	}
	res := build.Build(context.Background(), fsys, build.Options{})
	if res.Diags.HasErrors() {
		t.Fatalf("errors: %v", res.Diags)
	}
	files, err := render.Files(res.Files, fsys)
	if err != nil {
		t.Fatal(err)
	}
	for file, wants := range map[string][]string{
		"feed.xml":                   {`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">`},
		"topics/diplomatie/feed.xml": {"<title>Dossier\u00a0: Diplomatie</title>"},
		"data/timeline.json":         {`Tiré de \u003ca href=`, `"display_date": "1ᵉʳ mai 2024"`, `"display_date": "\u0026lt;i\u0026gt;fin\u0026lt;/i\u0026gt; 2024"`},
	} {
		for _, want := range wants {
			if !strings.Contains(string(files[file]), want) {
				t.Errorf("%s lacks %s", file, want)
			}
		}
	}
}

// TestLargeNumbers checks that the numbers of a site of a thousand briefs
// are grouped as its language writes them, where the theme counts.
func TestLargeNumbers(t *testing.T) {
	const n = 1000
	for _, tc := range []struct {
		language string
		wants    map[string][]string
	}{
		{"en", map[string][]string{
			"index.html":             {"<strong>1,000</strong> briefs", `<span class="count">1,000<span class="visually-hidden"> briefs</span></span>`},
			"actors/index.html":      {`<td class="num">1,000</td>`},
			"actors/ruto/index.html": {"<dd>1,000</dd>", `title="1,000 briefs in common">1,000<span class="visually-hidden"> briefs in common</span></span>`},
		}},
		{"fr", map[string][]string{
			"index.html":        {"<strong>1\u202f000</strong> notes", "1\u202f000<span class=\"visually-hidden\"> notes</span>"},
			"actors/index.html": {"<td class=\"num\">1\u202f000</td>"},
		}},
	} {
		fsys := fstest.MapFS{"brief.yaml": {Data: []byte("title: T\nlanguage: " + tc.language + "\n")}}
		for i := range n {
			fsys[fmt.Sprintf("content/briefs/b%d.md", i)] = &fstest.MapFile{Data: []byte(
				fmt.Sprintf("---\ntitle: Brief %d\ndate: 2025-05-01\nactors: [Ruto, Kenya Police]\ntopics: [Security]\nsources:\n  - title: S\n---\nText.\n", i))}
		}
		pages := htmlFiles(t, fsys)
		for file, wants := range tc.wants {
			page := string(pages[file])
			for _, want := range wants {
				if !strings.Contains(page, want) {
					t.Errorf("%s: %s lacks %s", tc.language, file, want)
				}
			}
		}
	}
}
