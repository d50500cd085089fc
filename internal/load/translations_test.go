package load

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
)

// allBut returns the lines of a site file's translations of every text
// the theme shows but texts, each as its English.
func allBut(texts ...string) string {
	var b strings.Builder
	for _, k := range lang.Keys() {
		if !slices.Contains(texts, k) {
			fmt.Fprintf(&b, "  %q: %q\n", k, lang.Untranslated(k))
		}
	}
	return b.String()
}

// TestTranslations checks the site file's translations: what is kept and
// what each mistake in them is told as.
func TestTranslations(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		templates  bool // the site has a templates/ folder
		want       []string
		kept       map[string]string
	}{
		{"kept", "language: de\ntranslations:\n  Sources: Quellen\n  \"%d of %s\": \"%d von %s\"\n", false,
			[]string{"brief.yaml:1:11: warning: brief has no words for `language` \"de\": " + strconv.Itoa(len(lang.Keys())-3) + " of the theme's " + strconv.Itoa(len(lang.Keys())-1) + " texts (headings, labels, the words of dates) stay in English"},
			map[string]string{"Sources": "Quellen", "%d of %s": "%d von %s"}},
		{"a text with a context", "language: pl\ntranslations:\n  Search: Szukaj\n  about: około\n", false, // and Search|button, about|day
			[]string{"brief has no words for `language` \"pl\": " + strconv.Itoa(len(lang.Keys())-5) + " of the theme's " + strconv.Itoa(len(lang.Keys())-1) + " texts"},
			map[string]string{"Search": "Szukaj", "about": "około"}},
		{"a few left", "language: de\ntranslations:\n" + allBut("Search", "Search|button", "1", "{month} {year}"), false,
			[]string{"brief.yaml:1:11: warning: brief has no words for `language` \"de\": 4 of the theme's " + strconv.Itoa(len(lang.Keys())-1) + " texts (\"1\", \"Search\", \"Search|button\", \"{month} {year}\") stay in English; give yours under `translations` (docs/translations.yaml, in brief's repository, lists every text)"}, nil},
		{"a style sheet", "language: de\n", false, // templates/style.css: the theme's texts still show
			[]string{"no words for `language` \"de\""}, nil},
		{"reordered", "translations:\n  \"%d of %s\": \"%[2]s: %[1]d\"\n", false,
			nil, map[string]string{"%d of %s": "%[2]s: %[1]d"}},
		{"typo", "translations:\n  Related brief: Voir aussi\n", false,
			[]string{"brief.yaml:2:3: warning: translation of \"Related brief\": the theme shows no such text; did you mean \"Related briefs\"?"},
			map[string]string{"Related brief": "Voir aussi"}},
		{"case and full stop", "translations:\n  newest first: Neueste zuerst.\n", false,
			[]string{"did you mean \"Newest first.\"?"}, nil},
		{"unknown", "translations:\n  Something else entirely: X\n", false,
			[]string{"brief.yaml:2:3: warning: translation of \"Something else entirely\": the theme shows no such text (docs/templates.md says where to find them)"}, nil},
		{"own templates", "translations:\n  My own heading: Mein Titel\n", true,
			nil, map[string]string{"My own heading": "Mein Titel"}},
		{"own templates, a typo", "translations:\n  Related brief: Verwandt\n", true,
			[]string{"did you mean \"Related briefs\"?"}, map[string]string{"Related brief": "Verwandt"}},
		{"verb missing", "translations:\n  \"No brief names %s yet.\": Noch nichts.\n", false,
			[]string{"brief.yaml:2:29: warning: translation of \"No brief names %s yet.\" left out: the text prints %s; the translation prints nothing"},
			map[string]string{}},
		{"verb too many", "translations:\n  \"All %d briefs\": \"Las %d notas %d\"\n", false,
			[]string{"left out: the text prints %d; the translation prints %d for argument 1, %d for argument 2"}, map[string]string{}},
		{"a date's order", "translations:\n  \"{day} {month} {year}\": \"{day} de {month}\"\n  \"{month} {year}\": \"{year}年{month}\"\n", false,
			[]string{"brief.yaml:2:27: warning: translation of \"{day} {month} {year}\" left out: it must have each of {day}, {month}, {year} once, in any order"},
			map[string]string{"{month} {year}": "{year}年{month}"}},
		{"a percent sign", "translations:\n  Period: \"100% sûr\"\n  More: \"50%% plus\"\n", false,
			nil, map[string]string{"Period": "100% sûr", "More": "50%% plus"}},
		{"empty", "translations:\n  Timeline: \"\"\n  about: \" \"\n", false, // "" is not given
			[]string{"brief.yaml:3:10: warning: translation of \"about\" left out: it is empty, and would leave the text out of the pages"}, map[string]string{}},
		{"empty, counted in English", "language: de\ntranslations:\n" + allBut("Search", "Search|button") + "  Search: \"\"\n", false,
			[]string{"brief.yaml:1:11: warning: brief has no words for `language` \"de\": 2 of the theme's " + strconv.Itoa(len(lang.Keys())-1) + " texts (\"Search\", \"Search|button\") stay in English"}, nil},
		{"alias", "translations:\n  Sources: &s Quellen\n  Search: *s\n", false,
			[]string{"brief.yaml:3:11: error: YAML aliases (*name) are not supported in the site file"}, nil},
		{"ascii quotes and dots", "translations:\n  'No results for \"%s\"': x %s\n  Names, places, topics...: y\n", false,
			[]string{"did you mean \"No results for “%s”\"?", "did you mean \"Names, places, topics…\"?"}, nil},
		{"verbs swapped", "translations:\n  \"%d of %s\": \"%s von %d\"\n", false,
			[]string{"left out: the text prints %d for argument 1, %s for argument 2; the translation prints %s for argument 1, %d for argument 2 (to print them in another order, number them: %[2]s)"}, map[string]string{}},
		{"not a mapping", "translations: [a, b]\n", false,
			[]string{"brief.yaml:1:15: error: `translations` must be a mapping of the theme's English texts to yours, not a list"}, nil},
		{"not a text", "translations:\n  Sources: [a]\n", false,
			[]string{"brief.yaml:2:12: error: the translation of \"Sources\" must be a text, not a list"}, nil},
		{"null", "translations:\n  Sources:\n", false,
			[]string{"error: the translation of \"Sources\" must be a text, not empty"}, nil},
		{"twice", "translations:\n  Sources: A\n  Sources: B\n", false,
			[]string{"brief.yaml:3:3: error: the translation of \"Sources\" is given twice"}, nil},
		{"twice, the first left out", "translations:\n  Sources: \" \"\n  Sources: B\n", false,
			[]string{"left out: it is empty", "brief.yaml:3:3: error: the translation of \"Sources\" is given twice"}, nil},
		{"no words for the language", "language: pt\n", false,
			[]string{"brief.yaml:1:11: warning: brief has no words for `language` \"pt\""}, nil},
		{"no words, own templates", "language: pt\n", true, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"brief.yaml": tc.yaml, "content/briefs/a.md": "---\ntitle: A\n---\n"}
			if tc.templates {
				files["templates/brief.html"] = "{{define \"main\"}}<h2>{{t \"My own heading\"}}</h2>{{end}}"
			}
			if tc.name == "a style sheet" {
				files["templates/style.css"] = "body {}"
			}
			s, ds := loadMap(t, files, Options{})
			var got []string
			for _, d := range ds {
				if d.Pos.File == "brief.yaml" {
					got = append(got, d.String())
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("diagnostics %q, want %d like %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("diagnostic %q, want %q", got[i], w)
				}
			}
			if tc.kept != nil && !maps.Equal(s.Config.Translations, tc.kept) {
				t.Errorf("Translations = %q, want %q", s.Config.Translations, tc.kept)
			}
		})
	}
}

// TestOtherFolders checks that the folders other generators read for
// templates, translations, data, posts and drafts (Hugo's, Jekyll's and
// Eleventy's) at a site's root are warned of, and a folder of the same
// name elsewhere is not.
func TestOtherFolders(t *testing.T) {
	_, ds := loadMap(t, map[string]string{
		"layouts/_default/baseof.html": "<html></html>",
		"i18n/fr.yaml":                 "- id: home\n  translation: Accueil\n",
		"_data/site.json":              "{}",
		"_layouts/default.html":        "{{ content }}",
		"_includes/head.html":          "<meta>",
		"_posts/2024-05-01-talks.md":   "---\ntitle: Talks\n---\n",
		"_drafts/embargoed.md":         "---\ntitle: Embargoed\n---\n",
		"static/i18n/x.txt":            "x",
		"static/_includes/x.txt":       "x",
		"content/briefs/a.md":          "---\ntitle: A\ndate: 2024\n---\n",
	}, Options{})
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"_data: warning: not read: brief has no data files; a brief's facts go in its front matter",
		"_drafts: warning: not read: drafts go in content/briefs/_drafts/, which a build leaves out without -drafts",
		"_includes: warning: not read: brief's templates are in templates/, a partial as a {{define}} in templates/partials.html (docs/templates.md)",
		"_layouts: warning: not read: brief's templates are in templates/ (docs/templates.md)",
		"_posts: warning: not read: briefs go in content/briefs/, where Jekyll's _posts/ may go as it is",
		"i18n: warning: not read: the theme's texts are translated in brief.yaml, under `translations` (docs/templates.md)",
		"layouts: warning: not read: brief's templates are in templates/ (docs/templates.md)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTranslationsFile checks that docs/translations.yaml, which a site
// copies into its site file, is read without a warning but the count of
// the texts left in English, all of them, and that the file with a few
// texts filled in gives a site the words that those texts alone give:
// a text left "" falls back as one not given does ("May|day" to "May",
// "Search|button" to "Search"), and is counted as left in English.
func TestTranslationsFile(t *testing.T) {
	block, err := os.ReadFile("../../docs/translations.yaml")
	if err != nil {
		t.Fatal(err)
	}
	load := func(translations string) (map[string]string, []string) {
		t.Helper()
		s, ds := loadMap(t, map[string]string{"brief.yaml": "language: de\n" + translations, "content/briefs/a.md": "---\ntitle: A\ndate: 2025\n---\n"}, Options{})
		var got []string
		for _, d := range ds {
			got = append(got, d.String())
		}
		return s.Config.Translations, got
	}
	trans, ds := load(string(block))
	if len(trans) != 0 || len(ds) != 1 || !strings.Contains(ds[0], fmt.Sprintf("%d of the theme's %[1]d texts", len(lang.Keys())-1)) {
		t.Errorf("the file as it is: %d translations, problems %q", len(trans), ds)
	}
	some := map[string]string{"May": "Mai", "late": "Ende", "since": "seit", "Search": "Suche", "{day} {month} {year}": "{day}. {month} {year}"}
	filled := string(block)
	for k, v := range some {
		line := fmt.Sprintf("  %q: \"\"", k)
		if !strings.Contains(filled, line+"\n") && !strings.Contains(filled, line+" #") {
			t.Fatalf("no line %s in the file", line)
		}
		filled = strings.Replace(filled, line, fmt.Sprintf("  %q: %q", k, v), 1)
	}
	var alone strings.Builder
	alone.WriteString("translations:\n")
	for k, v := range some {
		fmt.Fprintf(&alone, "  %q: %q\n", k, v)
	}
	gotTrans, gotDiags := load(filled)
	wantTrans, wantDiags := load(alone.String())
	if !maps.Equal(gotTrans, wantTrans) || !slices.Equal(gotDiags, wantDiags) {
		t.Errorf("the file filled in: %q, %q\nthe texts alone: %q, %q", gotTrans, gotDiags, wantTrans, wantDiags)
	}
	w := lang.For("de", gotTrans)
	for _, tc := range []struct{ date, want string }{{"2025-05-21", "21. Mai 2025"}, {"2025-05/..", "seit Mai 2025"}, {"late 2024", "Ende 2024"}} {
		d, err := date.Parse(tc.date)
		if got := d.In(w.Date); err != nil || got != tc.want {
			t.Errorf("%s: %q (%v), want %q", tc.date, got, err, tc.want)
		}
	}
	if got := w.T("Search|button"); got != "Suche" {
		t.Errorf("Search|button: %q", got)
	}
}
