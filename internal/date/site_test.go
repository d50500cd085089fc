package date

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// siteLanguages are words of sites in languages brief has no table
// for, as their translations give them: German, with its day's dot;
// Polish, whose months inflect; Italian, whose "intorno al" has the "al"
// of Spanish ranges; Catalan, whose "cap a" has their "a"; Dutch, whose
// "half" is a word of quarters' too; Portuguese, whose "desde o" starts
// with Spanish's "desde"; and Greek, whose months take three forms.
var siteLanguages = func() map[string]*Words {
	with := func(f func(w *Words)) *Words {
		w := *English
		f(&w)
		return &w
	}
	return map[string]*Words{
		"de": with(func(w *Words) {
			w.Months = [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
			w.Seasons = [4]string{"Frühling", "Sommer", "Herbst", "Winter"}
			w.Early, w.Mid, w.Late = "Anfang ", "Mitte ", "Ende "
			w.About, w.Perhaps, w.PerhapsAbout = "etwa ", "vielleicht ", "vielleicht etwa "
			w.AboutDay, w.PerhapsDay, w.PerhapsAboutDay = "um den ", "vielleicht am ", "vielleicht um den "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "seit ", "bis ", "seit dem ", "bis zum ", "seit ", "bis "
			w.DayFormat = "{day}. {month} {year}"
		}),
		"pl": with(func(w *Words) {
			w.Months = [12]string{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"}
			w.DayMonths = [12]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"}
			w.Seasons = [4]string{"wiosna", "lato", "jesień", "zima"}
			w.AfterSeasons = [4]string{"wiosny", "lata", "jesieni", "zimy"}
			w.Early, w.Mid, w.Late = "początek ", "połowa ", "koniec "
			w.About, w.Perhaps, w.PerhapsAbout = "około ", "może ", "może około "
			w.AboutDay, w.PerhapsDay, w.PerhapsAboutDay = "około ", "może ", "może około "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "od ", "do ", "od ", "do ", "od ", "do "
		}),
		"it": with(func(w *Words) {
			w.Months = [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"}
			w.Seasons = [4]string{"primavera", "estate", "autunno", "inverno"}
			w.Early, w.Mid, w.Late = "inizio ", "metà ", "fine "
			w.About, w.Perhaps, w.PerhapsAbout = "circa ", "forse ", "forse circa "
			w.AboutDay, w.PerhapsDay, w.PerhapsAboutDay = "intorno al ", "forse il ", "forse intorno al "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "dal ", "fino al ", "dall’", "fino al ", "da ", "fino a "
			w.FirstDay = "1º"
		}),
		"ca": with(func(w *Words) {
			w.Months = [12]string{"gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"}
			w.Seasons = [4]string{"primavera", "estiu", "tardor", "hivern"}
			w.Early, w.Mid, w.Late = "principis de ", "mitjans de ", "finals de "
			w.About, w.Perhaps, w.PerhapsAbout = "cap a ", "potser ", "potser cap a "
			w.AboutDay, w.PerhapsDay, w.PerhapsAboutDay = "cap al ", "potser el ", "potser cap al "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "des de ", "fins a ", "des del ", "fins al ", "des de ", "fins a "
			w.DayFormat, w.MonthFormat = "{day} de {month} de {year}", "{month} de {year}"
		}),
		"nl": with(func(w *Words) {
			w.Months = [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
			w.Seasons = [4]string{"lente", "zomer", "herfst", "winter"}
			w.Early, w.Mid, w.Late = "begin ", "half ", "eind "
			w.About, w.Perhaps, w.PerhapsAbout = "rond ", "misschien ", "misschien rond "
			w.AboutDay, w.PerhapsDay, w.PerhapsAboutDay = "rond ", "misschien ", "misschien rond "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "sinds ", "tot ", "sinds ", "tot ", "sinds ", "tot "
		}),
		"pt": with(func(w *Words) {
			w.Months = [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}
			w.Seasons = [4]string{"primavera", "verão", "outono", "inverno"}
			w.Early, w.Mid, w.Late = "início de ", "meados de ", "final de "
			w.About, w.Perhaps, w.PerhapsAbout = "cerca de ", "talvez ", "talvez cerca de "
			w.AboutDay, w.PerhapsDay, w.PerhapsAboutDay = "por volta de ", "talvez ", "talvez por volta de "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "desde ", "até ", "desde ", "até ", "desde o ", "até o "
			w.DayFormat, w.MonthFormat = "{day} de {month} de {year}", "{month} de {year}"
		}),
		"el": with(func(w *Words) {
			w.Months = [12]string{"Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος", "Αύγουστος", "Σεπτέμβριος", "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος"}
			w.DayMonths = [12]string{"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"}
			w.AfterMonths = [12]string{"Ιανουάριο", "Φεβρουάριο", "Μάρτιο", "Απρίλιο", "Μάιο", "Ιούνιο", "Ιούλιο", "Αύγουστο", "Σεπτέμβριο", "Οκτώβριο", "Νοέμβριο", "Δεκέμβριο"}
			w.Early, w.Mid, w.Late = "αρχές ", "μέσα ", "τέλη "
			w.Since, w.Until, w.SinceDay, w.UntilDay, w.SincePart, w.UntilPart = "από τον ", "έως τον ", "από τις ", "έως τις ", "από τα ", "έως τα "
		}),
	}
}()

// TestReaderRoundTrip checks that a date written in a site's words, as
// its pages show it, reads back as itself with the site's Reader.
func TestReaderRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	readers := map[string]*Reader{}
	for code, w := range siteLanguages {
		readers[code] = NewReader(w, nil)
	}
	for range 5000 {
		d := randomDate(r)
		if d.IsZero() {
			continue
		}
		for code, w := range siteLanguages {
			s := d.In(w)
			if got, err := readers[code].Parse(s); err != nil || got != d {
				t.Fatalf("%s: %q, written %q, reads back as %q, %v", code, d.String(), s, got.String(), err)
			}
		}
	}
}

// TestReaderWords checks dates as sites in other languages write them,
// and what is not read in them.
func TestReaderWords(t *testing.T) {
	for _, tt := range []struct{ lang, in, want string }{
		{"de", "Ende 2023", "late 2023"},
		{"de", "Mitte November 2023", "mid 2023-11"},
		{"de", "Juli 2023", "2023-07"},
		{"de", "Anfang 2025", "early 2025"},
		{"de", "21. Juni 2025", "2025-06-21"},
		{"de", "21. Mai 2025", "2025-05-21"},
		{"de", "21.–23. Mai 2025", "2025-05-21/2025-05-23"},
		{"de", "21–23. Mai 2025", "2025-05-21/2025-05-23"},
		{"de", "seit dem 21. Mai 2025", "2025-05-21/.."},
		{"de", "seit Ende 2024", "late 2024/.."},
		{"de", "SEIT  ENDE 2024", "late 2024/.."},
		{"de", "bis zum 3. März 2025", "../2025-03-03"},
		{"de", "Winter 2024–2025", "2024-24"},
		{"de", "Herbst 2024 – Winter 2024–2025", "2024-23/2024-24"},
		{"de", "vielleicht etwa Mai 2025", "2025-05%"},
		{"de", "um den 21. Mai 2025", "2025-05-21~"},
		{"de", "5-6 März 2025", "2025-03-05/2025-03-06"},
		{"de", "21.-23. Mai 2025", "2025-05-21/2025-05-23"},
		{"de", "21-23. Mai 2025", "2025-05-21/2025-05-23"},
		{"de", "late 2024", "late 2024"}, // English, always
		{"de", "fin 2024", "late 2024"},  // and French or Spanish, as on every site
		{"pl", "21 maja 2025", "2025-05-21"},
		{"pl", "koniec 2024", "late 2024"},
		{"pl", "od maja 2025", "2025-05/.."},
		{"pl", "do maja 2025", "../2025-05"},
		{"pl", "połowa lipca 2024", "mid 2024-07"},
		{"pl", "koniec lipca 2024", "late 2024-07"},
		{"pl", "początek marca 2025", "early 2025-03"},
		{"pl", "od wiosny 2024", "2024-21/.."},
		{"pl", "od koniec lipca 2024", "late 2024-07/.."},
		{"pl", "maj 2025", "2025-05"},
		{"it", "21 maggio 2025", "2025-05-21"},
		{"it", "fine 2024", "late 2024"},
		{"it", "metà luglio 2024", "mid 2024-07"},
		{"it", "dall’11 maggio 2025", "2025-05-11/.."},
		{"it", "fino a fine 2024", "../late 2024"},
		{"it", "1º giugno 2025", "2025-06-01"},
		{"it", "intorno al 21 maggio 2025", "2025-05-21~"}, // not a range to "21 maggio 2025"
		{"it", "forse intorno al 3 – 5 maggio 2025", "2025-05-03%/2025-05-05"},
		{"ca", "cap a 2024", "2024~"},
		{"ca", "CAP  A maig de 2024", "2024-05~"},
		{"ca", "cap al 21 de maig de 2025", "2025-05-21~"},
		{"ca", "de març a maig de 2025", "2025-03/2025-05"},
		{"ca", "del 3 al 5 de maig de 2025", "2025-05-03/2025-05-05"},
		{"ca", "potser cap a principis de 2024 – finals de 2025", "early 2024%/late 2025"},
		{"nl", "21 mei 2025", "2025-05-21"},
		{"nl", "eind 2024", "late 2024"},
		{"nl", "half juli 2024", "mid 2024-07"},
		{"nl", "tot maart 2025", "../2025-03"},
		{"pt", "desde o início de 2024", "early 2024/.."}, // Parse's "desde", then the site's "o"
		{"pt", "DESDE  O meados de maio de 2025", "mid 2025-05/.."},
		{"pt", "desde 21 de maio de 2025", "2025-05-21/.."},
		{"pt", "até o final de 2024", "../late 2024"},
		{"el", "από τον Μάιο 2025", "2025-05/.."},
		{"el", "τέλη Μαΐου 2025", "late 2025-05"},
		{"el", "21 Μαΐου 2025", "2025-05-21"},
	} {
		d, err := NewReader(siteLanguages[tt.lang], nil).Parse(tt.in)
		if err != nil || d.String() != tt.want {
			t.Errorf("%s: Parse(%q) = %q, %v; want %q", tt.lang, tt.in, d.String(), err, tt.want)
		}
	}
	for _, tt := range []struct {
		lang, in string
		offset   int
		msg      string
	}{
		{"de", "Endee 2024", 0, `unknown word "Endee"; write a date in English ("late 2024", "21 May 2025"), as an ISO date (2025-05-21) or in the site's words ("Ende 2024", "21. Mai 2025")`},
		{"de", "Mai-Juni 2025", 0, `unknown word "Mai-Juni"; write a range with "to" or "/" (in the site's words, "3.–5. März 2025", "März–Mai 2025")`},
		{"de", "Mai seit 2025", 4, `unexpected "seit"`},
		{"de", "Mitte Ende 2024", 6, `only one of early, mid and late may be given`},
		{"pl", "maj lipca 2024", 4, `unexpected "lipca": the month is already given`},
	} {
		_, err := NewReader(siteLanguages[tt.lang], nil).Parse(tt.in)
		pe, ok := err.(*ParseError)
		if !ok || pe.Offset != tt.offset || pe.Msg != tt.msg {
			t.Errorf("%s: Parse(%q): %v (offset %d); want at %d %q", tt.lang, tt.in, err, offsetOf(err), tt.offset, tt.msg)
		}
	}
}

func offsetOf(err error) int {
	if pe, ok := err.(*ParseError); ok {
		return pe.Offset
	}
	return -1
}

// TestReaderAmbiguous checks that a word a site's translations give one
// meaning and English, French or Spanish (or the site's words) another is
// an error where it is read, not read either way.
func TestReaderAmbiguous(t *testing.T) {
	odd := *siteLanguages["de"]
	odd.Until = "from "          // English's since
	odd.Months[5] = "Mar"        // June, and English's March
	odd.DayMonths[6] = "Oktober" // July beside a day, and October
	odd.Late = "mi "             // French's mid
	odd.UntilDay = "à partir d’" // French's since, of several spaces
	r := NewReader(&odd, nil)
	for _, tt := range []struct {
		in  string
		msg string
	}{
		{"from 2024", `"from" is ambiguous: the site's translations give it for "until", and it means "since" in English, French or Spanish; write this date in English or as an ISO date (2025-05-21)`},
		{"Mar 2025", `"Mar" is ambiguous: the site's translations give it for "June", and it means "March" in English, French or Spanish`},
		{"3. Oktober 2025", `"Oktober" is ambiguous: the site's translations give it for "July", and it means "October" too in the site's translations`},
		{"mi 2025", `"mi" is ambiguous: the site's translations give it for "late", and it means "mid-" in English, French or Spanish`},
		// The words as written, where a no-break space is the phrase's space.
		{"à\u00a0partir d’avril 2024", `"à\u00a0partir d’" is ambiguous: the site's translations give it for "until", and it means "since" in English, French or Spanish`},
		{"À  PARTIR D’avril 2024", `"À  PARTIR D’" is ambiguous`},
	} {
		_, err := r.Parse(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.msg) || !utf8.ValidString(err.(*ParseError).Msg) {
			t.Errorf("Parse(%q): %v; want %q", tt.in, err, tt.msg)
		}
	}
	// The same word for the same thing is no ambiguity: French's "mai".
	if d, err := NewReader(siteLanguages["de"], nil).Parse("Mai 2025"); err != nil || d.String() != "2025-05" {
		t.Errorf("Mai 2025: %q, %v", d.String(), err)
	}
}

// TestReaderSame checks that readers of the same location and words are
// the same, as the load cache compares them.
func TestReaderSame(t *testing.T) {
	de := *siteLanguages["de"]
	if !NewReader(nil, nil).Same(NewReader(English, nil)) || !NewReader(&de, nil).Same(NewReader(siteLanguages["de"], nil)) ||
		NewReader(&de, nil).Same(NewReader(siteLanguages["pl"], nil)) || NewReader(nil, nil).Same(nil) {
		t.Error("Same: wrong")
	}
}

// FuzzReader checks that a site's Reader never panics and that what it
// reads is written back in the site's words as what reads the same.
func FuzzReader(f *testing.F) {
	for _, s := range []string{"Ende 2023", "seit dem 21. Mai 2025", "21.–23. Mai 2025", "od wiosny 2024", "dall’11 maggio 2025", "half juli 2024", "desde o início de 2024", "τέλη Μαΐου 2025", "Winter 2024–2025"} {
		f.Add(s)
	}
	readers := map[*Words]*Reader{}
	for _, w := range siteLanguages {
		readers[w] = NewReader(w, nil)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for w, r := range readers {
			d, err := r.Parse(s)
			if err != nil {
				if pe, ok := err.(*ParseError); !ok || pe.Offset < 0 || pe.Offset > len(s) {
					t.Fatalf("Parse(%q): %v", s, err)
				}
				continue
			}
			if back, err := r.Parse(d.In(w)); err != nil || back != d {
				t.Fatalf("Parse(%q) = %q, written %q, which reads as %q, %v", s, d.String(), d.In(w), back.String(), err)
			}
		}
	})
}

// TestReaderExamples checks that a message suggests only what the site's
// words read back: not a Chinese "2025年5月21日", whose words spaces do
// not part.
func TestReaderExamples(t *testing.T) {
	zh := *English
	zh.Months = [12]string{"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"}
	zh.DayFormat, zh.MonthFormat = "{year}年{month}{day}日", "{year}年{month}"
	zh.Late = "年底 "
	for _, tt := range []struct {
		w        *Words
		in, want string
	}{
		{&zh, "约2024", `unknown word "约2024"; write a date in English ("late 2024", "21 May 2025"), as an ISO date (2025-05-21) or in the site's words ("年底 2024")`},
		{&zh, "5月-6月 2025", `unexpected "5月-6月"; write a range with "to" or "/"`},
		{siteLanguages["de"], "Endee 2024", `unknown word "Endee"; write a date in English ("late 2024", "21 May 2025"), as an ISO date (2025-05-21) or in the site's words ("Ende 2024", "21. Mai 2025")`},
	} {
		_, err := NewReader(tt.w, nil).Parse(tt.in)
		if pe, ok := err.(*ParseError); !ok || pe.Msg != tt.want {
			t.Errorf("Parse(%q): %v; want %q", tt.in, err, tt.want)
		}
	}
}
