package lang_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
)

func TestEnglishIsPlain(t *testing.T) {
	for _, tag := range []string{"", "en", "en-GB", "EN"} {
		w := lang.For(tag, nil)
		if !w.Plain() || w.Date != date.English {
			t.Errorf("For(%q): Plain %v, Date English %v; want the theme's English", tag, w.Plain(), w.Date == date.English)
		}
		if got := w.T("Related briefs"); got != "Related briefs" {
			t.Errorf("For(%q).T = %q", tag, got)
		}
	}
	if lang.For("en", map[string]string{"Briefs": "Notes"}).Plain() {
		t.Error("a site's own translation leaves the words plain")
	}
}

func TestWords(t *testing.T) {
	fr := lang.For("fr-HT", nil)
	own := lang.For("fr", map[string]string{"Related briefs": "Voir aussi", "brief": "fiche", "briefs": "fiches"})
	de := lang.For("de", map[string]string{"Sources": "Quellen"})
	es := lang.For("es-DO", nil)
	for _, tt := range []struct{ got, want string }{
		{fr.T("Related briefs"), "Notes liées"},
		{fr.T("No brief names %s yet.", "Ruto"), "Aucune note ne nomme encore Ruto."},
		{fr.T("a text the theme lacks"), "a text the theme lacks"},
		{fr.Count(0, "brief", "briefs"), "0 note"}, // French counts 0 as one
		{fr.Count(1, "brief", "briefs"), "1 note"},
		{fr.Count(2, "brief", "briefs"), "2 notes"},
		{fr.Form(3, "country", "countries"), "pays"},
		{lang.English.Count(0, "brief", "briefs"), "0 briefs"},
		{lang.English.Count(1, "entry", "entries"), "1 entry"},
		{own.T("Related briefs"), "Voir aussi"}, // the site's own over the table
		{own.T("Sources"), "Sources"},
		{own.Count(4, "brief", "briefs"), "4 fiches"},
		{de.T("Sources"), "Quellen"}, // no table: English but for the site's own
		{de.T("Timeline"), "Timeline"},
		{es.T("Related briefs"), "Notas relacionadas"},
		{es.T("Search|button"), "Buscar"},
		{es.T("No brief of %s names %s.", "2024", "Haití"), "Ninguna nota de 2024 menciona a Haití."},
		{es.T("%d results, showing the first %d", 120, 50), "120 resultados (se muestran los 50 primeros)"},
		{es.Count(0, "brief", "briefs"), "0 notas"}, // Spanish counts only 1 as one
		{es.Count(1, "brief", "briefs"), "1 nota"},
		{es.Count(2, "country", "countries"), "2 países"},
		{es.Form(1, "source", "sources"), "fuente"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestPluralForms checks Count in languages with more forms than one
// and other, by CLDR's rules, with the forms a site gives.
func TestPluralForms(t *testing.T) {
	ru := lang.For("ru", map[string]string{"brief": "заметка", "briefs": "заметок", "briefs|few": "заметки"})
	ar := lang.For("ar", map[string]string{"brief": "مذكرة", "briefs": "مذكرة", "briefs|two": "مذكرتان", "briefs|few": "مذكرات"})
	pl := lang.For("pl", map[string]string{"brief": "notatka", "briefs": "notatek"}) // no "few" given: other's
	for _, tt := range []struct {
		w    *lang.Words
		n    int
		want string
	}{
		{ru, 1, "1 заметка"}, {ru, 2, "2 заметки"}, {ru, 5, "5 заметок"}, {ru, 21, "21 заметка"}, {ru, 22, "22 заметки"}, {ru, 11, "11 заметок"},
		{ar, 2, "2 مذكرتان"}, {ar, 3, "3 مذكرات"}, {ar, 100, "100 مذكرة"},
		{pl, 1, "1 notatka"}, {pl, 3, "3 notatek"},
		{lang.English, 0, "0 briefs"}, {lang.English, 1, "1 brief"}, {lang.English, 2, "2 briefs"},
		{lang.For("fr", nil), 1000000, "1\u202f000\u202f000 notes"},
	} {
		if got := tt.w.Count(tt.n, "brief", "briefs"); got != tt.want {
			t.Errorf("Count(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if !lang.Known("briefs|few") || lang.Known("briefs|several") || lang.Known("nonsense|few") {
		t.Error("Known: wrong for plural forms")
	}
}

// TestNumbers checks that numbers of things are written with the digits
// grouped as each language groups them, in Latin digits, and that other
// numbers and verbs are left as fmt writes them.
func TestNumbers(t *testing.T) {
	fr, es := lang.For("fr", nil), lang.For("es", nil)
	ar, hi := lang.For("ar", nil), lang.For("hi", nil)
	args := []any{"x", 12345}
	for _, tt := range []struct{ got, want string }{
		{lang.English.Number(999), "999"},
		{lang.English.Number(-12345), "-12,345"},
		{lang.English.Number(1234567), "1,234,567"},
		{fr.Number(1234), "1\u202f234"},
		{es.Number(1234), "1234"}, // Spanish groups five digits and more
		{es.Number(12345), "12.345"},
		{ar.Number(12345), "12,345"}, // Latin digits, as dates have
		{hi.Number(1234567), "12,34,567"},
		{lang.English.Count(10000, "brief", "briefs"), "10,000 briefs"},
		{lang.English.T("All %d briefs", 12000), "All 12,000 briefs"},
		{fr.T("%d results, showing the first %d", 2500, 50), "2\u202f500 résultats (50 premiers affichés)"},
		{lang.English.T("%[2]d of %[1]s", args...), "12,345 of x"},
		{lang.English.T("%5d %x %v", 1234, 1234, 1234), " 1234 4d2 1234"}, // only a bare %d is grouped
		{lang.English.T("No brief of %s names %s.", "2024", "X"), "No brief of 2024 names X."},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if args[1] != 12345 {
		t.Errorf("T changed its caller's arguments: %v", args)
	}
}

func TestDates(t *testing.T) {
	fr := lang.For("fr", nil)
	own := lang.For("pt", map[string]string{"July": "julho", "late": "fim de", "mid-": "meados de", "until": "até"})
	es := lang.For("es", nil)
	us := lang.For("en-US", map[string]string{lang.DayFormat: "{month} {day}, {year}"})
	// Ukrainian names a month apart ("липень") and beside a day
	// ("21 липня").
	uk := lang.For("uk", map[string]string{"July": "липень", "July|day": "липня", "mid-": "середина"})
	for _, tt := range []struct {
		w        *lang.Words
		in, want string
	}{
		{fr, "2025-05-21", "21 mai 2025"},
		{fr, "2024-07-01", "1ᵉʳ juillet 2024"},
		{fr, "2025-05-21~", "vers le 21 mai 2025"},
		{fr, "2025-10-02?", "peut‑être le 2 octobre 2025"},
		{fr, "2025-05-21%", "peut‑être vers le 21 mai 2025"},
		{fr, "../2025-05-21", "jusqu’au 21 mai 2025"},
		{fr, "2025-05-01/..", "depuis le 1ᵉʳ mai 2025"},
		{fr, "../2025-05~", "jusqu’en vers mai 2025"}, // not a day: the year's and month's word
		{fr, "../late 2024", "jusqu’à fin 2024"},
		{fr, "early 2024/..", "depuis début 2024"},
		{fr, "2021/2025-10-02?", "2021–peut‑être le 2 octobre 2025"},
		{fr, "2025-05-21T14:00Z", "21 mai 2025, 14:00 UTC"},
		{fr, "late 2024", "fin 2024"},
		{fr, "early 2024", "début 2024"},
		{fr, "mid 2024-07", "mi‑juillet 2024"},
		{fr, "2024~", "vers 2024"},
		{fr, "2024?", "peut‑être 2024"},
		{fr, "2024%", "peut‑être vers 2024"},
		{fr, "spring 2024", "printemps 2024"},
		{fr, "2024-09/2024-12", "septembre–décembre 2024"},
		{fr, "2024-05-01/2024-05-03", "1ᵉʳ–3 mai 2024"},
		{fr, "../2024", "jusqu’en 2024"},
		{fr, "2024/..", "depuis 2024"},
		{own, "2023-07", "julho 2023"},
		{own, "late 2024", "fim de 2024"},
		{own, "mid 2024-07", "meados de julho 2024"},
		{own, "../2024", "até 2024"},
		{own, "2024-08", "August 2024"}, // not given: English
		{own, "2024-08-03~", "about 3 August 2024"},
		{lang.English, "mid 2024-07", "mid-July 2024"},
		{es, "2025-05-21", "21 de mayo de 2025"},
		{es, "2023-07", "julio de 2023"},
		{es, "2024-09/2024-12", "septiembre–diciembre de 2024"},
		{es, "2024-05-01/2024-05-03", "1–3 de mayo de 2024"},
		{es, "2025-05-21/2025-06-03", "21 de mayo–3 de junio de 2025"},
		{es, "late 2024", "finales de 2024"},
		{es, "mid 2024-07", "mediados de julio de 2024"},
		{es, "2025-05-21T14:00Z", "21 de mayo de 2025, 14:00 UTC"},
		{es, "2024-07-01", "1 de julio de 2024"},
		{es, "early 2024", "principios de 2024"},
		{es, "spring 2024", "primavera de 2024"},
		{es, "2024~", "hacia 2024"},
		{es, "2024?", "quizá 2024"},
		{es, "2024%", "quizá hacia 2024"},
		{es, "2025-05-21~", "hacia el 21 de mayo de 2025"},
		{es, "2025-10-02?", "quizá el 2 de octubre de 2025"},
		{es, "2025-05-21%", "quizá hacia el 21 de mayo de 2025"},
		{es, "../2024", "hasta 2024"},
		{es, "2024/..", "desde 2024"},
		{es, "../2025-05-21", "hasta el 21 de mayo de 2025"},
		{es, "2025-05-01/..", "desde el 1 de mayo de 2025"},
		{es, "late 2024/..", "desde finales de 2024"},
		{es, "2021/2025-10-02?", "2021–quizá el 2 de octubre de 2025"},
		{us, "2025-05-21", "May 21, 2025"},
		{us, "2024-05-01/2024-05-03", "May 1–3, 2024"},
		{us, "2025-05-21/2025-06-03", "May 21–June 3, 2025"},
		{us, "2023-07", "July 2023"},
		{uk, "2023-07", "липень 2023"},
		{uk, "2023-07-21", "21 липня 2023"},
		{uk, "2023-07-01/2023-07-03", "1–3 липня 2023"},
		{uk, "2023-07-21/2023-08-03", "21 липня–3 August 2023"},
		{uk, "2023-07-21T14:00Z", "21 липня 2023, 14:00 UTC"},
		{uk, "mid 2023-07", "середина липня 2023"}, // after mid-, the form beside a day
		{uk, "2023-06/2023-07", "June–липень 2023"},
	} {
		d, err := date.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.In(tt.w.Date); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := date.MonthYear(fr.Date, 8, 2025); got != "août 2025" {
		t.Errorf("MonthYear = %q", got)
	}
	if got := date.MonthYear(uk.Date, 7, 2025); got != "липень 2025" {
		t.Errorf("MonthYear = %q", got)
	}
	if got := date.MonthYear(es.Date, 7, 2024); got != "julio de 2024" {
		t.Errorf("MonthYear = %q", got)
	}
	// A day written as an ordinal, with a dot, has it after each day of
	// a range ("21.–23. Mai"), but not when it ends the date.
	de := lang.For("de", map[string]string{lang.DayFormat: "{day}. {month} {year}", "May": "Mai", "June": "Juni"})
	hu := lang.For("hu", map[string]string{lang.DayFormat: "{year}. {month} {day}.", "May": "május"})
	for _, tt := range []struct {
		w        *lang.Words
		in, want string
	}{
		{de, "2025-05-21", "21. Mai 2025"},
		{de, "2025-05-21/2025-05-23", "21.–23. Mai 2025"},
		{de, "2025-05-21/2025-06-03", "21. Mai–3. Juni 2025"},
		{de, "2025-05-21T14:00Z/2025-05-21T16:00Z", "21. Mai 2025, 14:00–16:00 UTC"},
		{hu, "2025-05-21/2025-05-23", "2025. május 21–23."},
	} {
		d, _ := date.Parse(tt.in)
		if got := d.In(tt.w.Date); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.in, got, tt.want)
		}
	}
	// A format with the year first says both dates whole.
	cjk := lang.For("zh", map[string]string{lang.DayFormat: "{year}年{month}{day}日", lang.MonthFormat: "{year}年{month}", "May": "5月", "June": "6月"})
	for in, want := range map[string]string{"2025-05-21/2025-06-03": "2025年5月21日–2025年6月3日", "2025-05/2025-06": "2025年5月–2025年6月", "2025-05-01/2025-05-03": "2025年5月1–3日"} {
		d, _ := date.Parse(in)
		if got := d.In(cjk.Date); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

func TestVerbs(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"plain", nil},
		{"%d of %s", []string{"%d", "%s"}},
		{"%s sur %d", []string{"%s", "%d"}},
		{"100%% sure", nil},
		{"%[2]s then %[1]d", []string{"%d", "%s"}},
		{"%[2]s", []string{"", "%s"}},
		{"%d and %[1]s", []string{"%d|%s"}},
		{"ends with %", []string{"%"}},
		{"%[2", []string{"%"}},
		{"%[x]d", []string{"%"}},
	} {
		if got := lang.Verbs(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Verbs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeys(t *testing.T) {
	keys := lang.Keys()
	if !slices.IsSorted(keys) || !slices.Contains(keys, "Related briefs") || !lang.Known("Also mentioned in") || lang.Known("Nonsense") || !lang.Known("May|day") || lang.Known("Search|day") {
		t.Errorf("Keys/Known: %d keys, sorted %v", len(keys), slices.IsSorted(keys))
	}
	for _, k := range keys {
		if got, want := lang.Verbs(lang.For("fr", nil).T(k)), lang.Verbs(k); !slices.Equal(got, want) {
			t.Errorf("French for %q has verbs %q, the text %q", k, got, want)
		}
	}
	if !lang.Has("fr-CA") || !lang.Has("es") || !lang.Has("es-419") || !lang.Has("en") || lang.Has("de") {
		t.Error("Has: wrong languages")
	}
}

// TestTables checks that every built-in table translates the texts the
// French one does, no more and no fewer (the render package checks those
// against the theme), each with its text's verbs and date placeholders.
func TestTables(t *testing.T) {
	keys := lang.Keys()
	tables := lang.Tables()
	if len(tables) < 2 || tables["fr"] == nil || tables["es"] == nil {
		t.Fatalf("Tables: %d languages", len(tables))
	}
	for language, table := range tables {
		for _, k := range keys {
			v, ok := table[k]
			switch {
			case !ok:
				t.Errorf("%s lacks %q", language, k)
			case v == "":
				t.Errorf("%s translates %q empty", language, k)
			case !slices.Equal(lang.Verbs(v), lang.Verbs(k)):
				t.Errorf("%s for %q has verbs %q, the text %q", language, k, lang.Verbs(v), lang.Verbs(k))
			case !slices.Equal(lang.Placeholders(v), lang.Placeholders(k)):
				t.Errorf("%s for %q has placeholders %q, the text %q", language, k, lang.Placeholders(v), lang.Placeholders(k))
			}
		}
		for k := range table {
			if !lang.Known(k) {
				t.Errorf("%s translates %q, which the French table lacks", language, k)
			}
		}
	}
}

// FuzzVerbs checks that a translation with a text's verbs prints no
// formatting error, whatever the text.
func FuzzVerbs(f *testing.F) {
	for _, s := range []string{"%d of %s", "%[2]s %[1]d", "100%%", "%", "%[", "%!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		verbs := lang.Verbs(text)
		var args []any
		for _, v := range verbs {
			switch v {
			case "%d":
				args = append(args, 1)
			case "%s":
				args = append(args, "x")
			case "": // an argument not printed
				return
			default:
				return // not a text the theme would have
			}
		}
		got := lang.For("de", map[string]string{text: text}).T(text, args...)
		if strings.Contains(got, "%!") && !strings.Contains(text, "%!") {
			t.Errorf("T(%q) = %q", text, got)
		}
	})
}

// roundTripDates are dates of every form brief reads, for
// TestDatesReadBack and FuzzDatesReadBack.
var roundTripDates = []string{
	"2025", "2025-05", "2025-05-21", "2025-05-01", "2025-05-21T14:00Z", "2024~", "2024?", "2024%",
	"late 2024", "early 2024", "mid 2024-07", "spring 2024", "summer 2024", "autumn 2024", "winter 2024",
	"2024-09/2024-12", "2025-05-21/2025-06-03", "2024-05-01/2024-05-03", "../2024", "2024/..",
	"2025-05-21~", "../2025-05-03", "2025-05-01/..", "../late 2024", "early 2024/..", "2025-10-02?",
	"2021/2025-10-02?", "2024-06/2025-09?", "2024-08~", "late 2024?", "mid 2024", "2024-03/2024-06",
	"2023/2024", "2025-05-21T14:00Z/2025-05-21T16:00Z", "2024-12-31", "2024-02-29",
}

// TestDatesReadBack checks that a date written in French or Spanish, as
// pages show it, reads back as the same date: a desk writes its dates
// in its own language.
func TestDatesReadBack(t *testing.T) {
	for _, code := range []string{"fr", "es"} {
		w := lang.For(code, nil)
		for _, s := range roundTripDates {
			d, err := date.Parse(s)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			text := d.In(w.Date)
			if back, err := date.Parse(text); err != nil || back != d {
				t.Errorf("%s: %q is written %q, which reads back as %q (%v)", code, s, text, back.String(), err)
			}
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"fin 2024", "late 2024"}, {"Début 2025", "early 2025"}, {"juillet 2023", "2023-07"}, {"3 décembre 2024", "2024-12-03"},
		{"vers mai 2025", "2025-05~"}, {"Été 2024", "2024-22"}, {"1er mai 2025", "2025-05-01"}, {"jusqu'en 2024", "../2024"},
		{"21 de mayo de 2025", "2025-05-21"}, {"finales de 2024", "late 2024"}, {"mediados de julio de 2024", "mid 2024-07"},
		{"hacia el 21 de mayo de 2025", "2025-05-21~"}, {"quizás 2024", "2024?"}, {"hasta marzo de 2025", "../2025-03"},
	} {
		d, err := date.Parse(tt.in)
		if err != nil || d.String() != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, d.String(), err, tt.want)
		}
	}
}

// FuzzDatesReadBack checks that whatever date brief reads, written in
// French or Spanish, reads back as itself.
func FuzzDatesReadBack(f *testing.F) {
	for _, s := range roundTripDates {
		f.Add(s)
	}
	words := []*date.Words{lang.For("fr", nil).Date, lang.For("es", nil).Date}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := date.Parse(s)
		if err != nil {
			return
		}
		for _, w := range words {
			text := d.In(w)
			if back, err := date.Parse(text); err != nil || back != d {
				t.Errorf("%q is written %q, which reads back as %q (%v)", s, text, back.String(), err)
			}
		}
	})
}

// TestMonthForms checks the forms of a month after the words of dates,
// in languages that inflect them: Polish, whose months after since,
// until, about, early, mid- and late take the form they have beside a
// day, unless a form of their own is given; Greek, whose take another
// after since (accusative) than beside a day and after late (genitive).
func TestMonthForms(t *testing.T) {
	pl := lang.For("pl", map[string]string{
		"May": "maj", "May|day": "maja", "July": "lipiec", "July|day": "lipca", "March": "marzec", "March|day": "marca",
		"spring": "wiosna", "spring|after": "wiosny", "since": "od", "until": "do", "about": "około", "perhaps": "może",
		"perhaps about": "może około", "mid-": "połowa", "late": "koniec", "early": "początek",
	})
	el := lang.For("el", map[string]string{"May": "Μάιος", "May|day": "Μαΐου", "May|after": "Μάιο", "since": "από τον", "late": "τέλη"})
	sr := lang.For("sr", map[string]string{"May": "maj", "May|part": "maja", "late": "kraj"}) // maj beside a day
	for _, tt := range []struct {
		w        *lang.Words
		in, want string
	}{
		{pl, "2025-05", "maj 2025"},
		{pl, "2025-05-21", "21 maja 2025"},
		{pl, "2025-05/..", "od maja 2025"},
		{pl, "../2025-05", "do maja 2025"},
		{pl, "mid 2024-07", "połowa lipca 2024"},
		{pl, "late 2024-07", "koniec lipca 2024"},
		{pl, "early 2025-03", "początek marca 2025"},
		{pl, "2025-05~", "około maja 2025"},
		{pl, "2025-05%", "może około maja 2025"},
		{pl, "2025-05?", "może maj 2025"}, // an adverb: the month as it is
		{pl, "../2025-05?", "do może maj 2025"},
		{pl, "2024-03/2024-05", "marzec–maj 2024"},
		{pl, "2023/2025-05~", "2023–około maja 2025"},
		{pl, "2024-21", "wiosna 2024"},
		{pl, "2024-21/..", "od wiosny 2024"},
		{pl, "2024-22/..", "od summer 2024"},
		{el, "2025-05/..", "από τον Μάιο 2025"},
		{el, "late 2025-05", "τέλη Μαΐου 2025"},
		{el, "2025-05-21", "21 Μαΐου 2025"},
		{el, "2025-05", "Μάιος 2025"},
		{sr, "late 2025-05", "kraj maja 2025"},
		{sr, "2025-05-21", "21 maj 2025"},
	} {
		d, err := date.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.In(tt.w.Date); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, k := range []string{"May|part", "May|after", "spring|after"} {
		if !lang.Known(k) {
			t.Errorf("Known(%q) = false", k)
		}
	}
	for _, k := range []string{"spring|day", "spring|part", "Search|after"} {
		if lang.Known(k) {
			t.Errorf("Known(%q) = true", k)
		}
	}
}

// TestContextFallback checks that a text with a context after a bar
// which a site does not translate shows as the site's translation of
// the part before the bar, not in English.
func TestContextFallback(t *testing.T) {
	pl := lang.For("pl", map[string]string{"Search": "Szukaj", "about": "około", "May": "maj", "May|day": "maja", "briefs": "notatek", "briefs|few": "notatki", "brief": "notatka"})
	de := lang.For("de", map[string]string{"since": "seit", "late": "Ende"})
	fr := lang.For("fr", map[string]string{"Search": "Chercher"})
	for _, tt := range []struct{ got, want string }{
		{pl.T("Search|button"), "Szukaj"},
		{pl.T("Search"), "Szukaj"},
		{de.T("Search|button"), "Search"},     // nothing translated: the English before the bar
		{fr.T("Search|button"), "Rechercher"}, // the table's, which has it
		{pl.Count(3, "brief", "briefs"), "3 notatki"},
		{pl.Count(5, "brief", "briefs"), "5 notatek"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, tt := range []struct {
		w        *lang.Words
		in, want string
	}{
		{pl, "2025-05-21~", "około 21 maja 2025"},
		{de, "late 2024/..", "seit Ende 2024"},
		{de, "2025-05-21/..", "seit 21 May 2025"},
	} {
		d, err := date.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.In(tt.w.Date); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
	all := lang.InEnglish(nil)
	some := lang.InEnglish(map[string]string{"Search": "Szukaj", "about": "około"})
	if len(all) != len(lang.Keys())-1 || slices.Contains(all, lang.QuoteText) || len(some) != len(all)-4 || slices.Contains(some, "Search|button") || !slices.Contains(some, "perhaps about|day") {
		t.Errorf("InEnglish: %d of %d keys, then %d", len(all), len(lang.Keys()), len(some))
	}
}

// TestSiteDatesReadBack checks that a date written in the words a site's
// translations give, as its pages show it, reads back as the same date
// with the site's date.Reader: a desk pastes its pages' dates back.
func TestSiteDatesReadBack(t *testing.T) {
	sites := map[string]map[string]string{
		"de": {"January": "Januar", "March": "März", "May": "Mai", "June": "Juni", "July": "Juli", "October": "Oktober", "December": "Dezember",
			"spring": "Frühling", "summer": "Sommer", "autumn": "Herbst", "early": "Anfang", "mid-": "Mitte", "late": "Ende",
			"about": "etwa", "perhaps": "vielleicht", "since": "seit", "until": "bis", "since|day": "seit dem", "until|day": "bis zum",
			lang.DayFormat: "{day}. {month} {year}"},
		"pl": {"May": "maj", "May|day": "maja", "July": "lipiec", "July|day": "lipca", "September": "wrzesień", "September|day": "września",
			"December": "grudzień", "December|day": "grudnia", "spring": "wiosna", "spring|after": "wiosny",
			"since": "od", "until": "do", "mid-": "połowa", "late": "koniec", "early": "początek", "about": "około", "perhaps": "może"},
	}
	for code, own := range sites {
		w := lang.For(code, own)
		r := date.NewReader(w.Date, nil)
		for _, s := range roundTripDates {
			d, err := date.Parse(s)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			text := d.In(w.Date)
			if back, err := r.Parse(text); err != nil || back != d {
				t.Errorf("%s: %q is written %q, which reads back as %q (%v)", code, s, text, back.String(), err)
			}
		}
	}
}

// TestThreeLetterCodes checks that a language's three-letter code, where
// it has a two-letter one, is that language's: the words of "fra" are
// French, as the country names and the order of lists of a site in
// "fra" are (x/text reads the code so); a code of no language is its own.
func TestThreeLetterCodes(t *testing.T) {
	for _, tc := range []struct{ code, base string }{
		{"fra", "fr"}, {"fre", "fr"}, {"FRA-CA", "fr"}, {"spa", "es"}, {"deu", "de"}, {"ger", "de"}, {"eng", "en"}, {"heb", "he"},
		{"fr", "fr"}, {"jp", "jp"}, {"yue", "yue"}, {"fil", "fil"}, {"xyz", "xyz"}, {"", ""},
	} {
		if got := lang.Base(tc.code); got != tc.base {
			t.Errorf("Base(%q) = %q, want %q", tc.code, got, tc.base)
		}
	}
	for _, code := range []string{"fra", "spa-MX", "eng"} {
		if !lang.Has(code) {
			t.Errorf("Has(%q) = false, want true", code)
		}
	}
	if got := lang.For("fra", nil).T("Related briefs"); got != "Notes liées" {
		t.Errorf(`For("fra").T("Related briefs") = %q, want "Notes liées"`, got)
	}
	if got := lang.For("spa", nil).Number(12345); got != lang.For("es", nil).Number(12345) {
		t.Errorf(`For("spa").Number(12345) = %q, want Spanish's`, got)
	}
}
