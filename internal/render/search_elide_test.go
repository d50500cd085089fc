package render_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/render"
)

// TestSplitBodyElided checks that the index has a word after an elided
// article or preposition as a word too, "onu" of "l’ONU", unless the
// start or what is known of the document has it, as search.js finds it
// there (foldField).
func TestSplitBodyElided(t *testing.T) {
	long := strings.Repeat("Les discussions ont continué toute la semaine. ", 8)
	for _, c := range []struct {
		text, known string
		want        []string
	}{
		{long + "Le Conseil de l’ONU a voté d’aujourd’hui.", "Vote", []string{"le", "conseil", "de", "lonu", "onu", "a", "daujourdhui", "aujourdhui"}},
		{long + "Il Consiglio dell’ONU e l’Italia.", "Vertice", []string{"il", "consiglio", "dellonu", "onu", "e", "litalia", "italia"}},
		{long + "L’ONU et l’État.", "L’État", []string{"lonu", "onu", "et"}},                      // known has letat and etat
		{"L’ONU et " + long + "l’ONU, ONU.", "", nil},                                             // the start has lonu and onu
		{long + "Conor O'Brien met Sing’oei.", "", []string{"conor", "obrien", "met", "singoei"}}, // no elided forms
	} {
		_, words := render.SplitBody(c.text, c.known)
		if !slices.Equal(words, c.want) {
			t.Errorf("SplitBody(…%q, %q) words = %q, want %q", c.text[len(c.text)-30:], c.known, words, c.want)
		}
	}
}

// TestSearchJSFindsElidedWords searches, with search.js under Node, a
// French site for words after elided articles and prepositions, in
// titles, summaries, starts of bodies and the words of their rests, as
// written and as a reader types them: "ONU" and "l'ONU" find l’ONU,
// dell’ONU and ONU, "lonu" l’ONU alone, as before. Names with an
// apostrophe that is no elision are found as before, O'Brien by "obrien"
// and "o'brien", not by "brien".
func TestSearchJSFindsElidedWords(t *testing.T) {
	long := strings.Repeat("Les discussions ont continué toute la semaine. ", 8)
	fsys := fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Notes\nlanguage: fr\n")},
		"content/briefs/etat.md": {Data: []byte("---\ntitle: \"Le cœur de l’État\"\ndate: 2023-01-01\n---\n" +
			"Le Conseil de sécurité de l’ONU a voté la résolution de l’Union africaine.\n")},
		"content/briefs/sommet.md": {Data: []byte("---\ntitle: Sommet\ndate: 2023-02-01\n---\n" + long +
			"Jusqu’à ce jour, l’OTAN d’aujourd’hui se tait.\n")},
		"content/briefs/vertice.md": {Data: []byte("---\ntitle: Vertice\nsummary: Il vertice.\ndate: 2023-03-01\n---\n" + long +
			"Il Consiglio dell’ONU e l’Italia.\n")},
		"content/briefs/malien.md": {Data: []byte("---\ntitle: \"Le cœur de l’État malien\"\ndate: 2023-05-01\n---\nRien.\n")},
		"content/briefs/talks.md": {Data: []byte("---\ntitle: Talks\nsummary: Korir Sing’oei spoke.\ndate: 2023-04-01\n---\n" + long +
			"Conor O'Brien listened.\n")},
	}
	const etat, malien = "Le cœur de l’État", "Le cœur de l’État malien"
	want := map[string][]string{
		"ONU":               {"Vertice", etat},
		"l'ONU":             {"Vertice", etat},
		"l’onu":             {"Vertice", etat},
		"(l'ONU)":           {"Vertice", etat},
		"dell'ONU":          {"Vertice", etat},
		"lonu":              {etat},
		"dellonu":           {"Vertice"},
		"État":              {malien, etat},
		"etat":              {malien, etat},
		"l'État":            {malien, etat},
		"letat":             {malien, etat},
		"Union africaine":   {etat},
		`"ONU a voté"`:      {etat},
		`"de l'ONU a voté"`: {etat},
		"Le cœur de l'État": {etat, malien}, // the title whole first
		"aujourd'hui":       {"Sommet"},
		"aujourdhui":        {"Sommet"},
		"d'aujourd'hui":     {"Sommet"},
		"daujourdhui":       {"Sommet"},
		"OTAN":              {"Sommet"},
		"Italia":            {"Vertice"},
		"singoei":           {"Talks"},
		"sing'oei":          {"Talks"},
		"obrien":            {"Talks"},
		"o'brien":           {"Talks"},
		"O’Brien":           {"Talks"},
		"brien":             nil,
		"nu":                nil,
	}
	got := searchJS(t, fsys, slices.Collect(maps.Keys(want)))
	for q, titles := range want {
		if !slices.Equal(got[q], titles) {
			t.Errorf("search %q = %q, want %q", q, got[q], titles)
		}
	}
}
