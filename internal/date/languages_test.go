package date_test

import (
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
)

// frenchSpanishTests are dates as French and Spanish desks write them,
// the span Parse reads as its String, and how a site in the language of
// the date shows it.
var frenchSpanishTests = []struct {
	in, lang, str, shown string
}{
	// Capitals, accented ones too.
	{"AOÛT 2024", "fr", "2024-08", "août 2024"},
	{"DÉCEMBRE 2024", "fr", "2024-12", "décembre 2024"},
	{"ÉTÉ 2024", "fr", "2024-22", "été 2024"},
	{"FÉVRIER 2025", "fr", "2025-02", "février 2025"},
	{"OTOÑO 2024", "es", "2024-23", "otoño de 2024"},
	{"1 DE DICIEMBRE DE 2025", "es", "2025-12-01", "1 de diciembre de 2025"},
	// Months abbreviated, with or without a dot, as English "Jan." and "Jan".
	{"janv. 2025", "fr", "2025-01", "janvier 2025"},
	{"févr. 2025", "fr", "2025-02", "février 2025"},
	{"fév 2025", "fr", "2025-02", "février 2025"},
	{"mars 2025", "fr", "2025-03", "mars 2025"},
	{"avr. 2025", "fr", "2025-04", "avril 2025"},
	{"15 juil. 2024", "fr", "2024-07-15", "15 juillet 2024"},
	{"juil 2024", "fr", "2024-07", "juillet 2024"},
	{"sept. 2025", "fr", "2025-09", "septembre 2025"},
	{"oct. 2025", "fr", "2025-10", "octobre 2025"},
	{"nov. 2025", "fr", "2025-11", "novembre 2025"},
	{"déc. 2025", "fr", "2025-12", "décembre 2025"},
	{"ene. de 2025", "es", "2025-01", "enero de 2025"},
	{"ene 2025", "es", "2025-01", "enero de 2025"},
	{"feb. de 2025", "es", "2025-02", "febrero de 2025"},
	{"mar. de 2025", "es", "2025-03", "marzo de 2025"},
	{"abr. de 2025", "es", "2025-04", "abril de 2025"},
	{"may. de 2025", "es", "2025-05", "mayo de 2025"},
	{"jun. de 2025", "es", "2025-06", "junio de 2025"},
	{"jul. de 2025", "es", "2025-07", "julio de 2025"},
	{"3 de ago. de 2025", "es", "2025-08-03", "3 de agosto de 2025"},
	{"sep. de 2025", "es", "2025-09", "septiembre de 2025"},
	{"set. de 2025", "es", "2025-09", "septiembre de 2025"},
	{"sept. de 2025", "es", "2025-09", "septiembre de 2025"},
	{"dic. de 2025", "es", "2025-12", "diciembre de 2025"},
	// Ordinals, in digits with a suffix.
	{"2ᵉ trimestre 2024", "fr", "2024-04/2024-06", "avril–juin 2024"},
	{"3ème trimestre 2024", "fr", "2024-07/2024-09", "juillet–septembre 2024"},
	{"2e semestre 2024", "fr", "2024-07/2024-12", "juillet–décembre 2024"},
	{"1er trimestre 2025", "fr", "2025-01/2025-03", "janvier–mars 2025"},
	{"4eme trimestre 2025", "fr", "2025-10/2025-12", "octobre–décembre 2025"},
	{"1.er trimestre de 2025", "es", "2025-01/2025-03", "enero–marzo de 2025"},
	{"2.º semestre de 2025", "es", "2025-07/2025-12", "julio–diciembre de 2025"},
	{"3er trimestre de 2024", "es", "2024-07/2024-09", "julio–septiembre de 2024"},
	{"2do semestre de 2024", "es", "2024-07/2024-12", "julio–diciembre de 2024"},
	{"4º trimestre de 2024", "es", "2024-10/2024-12", "octubre–diciembre de 2024"},
	{"1° de junio de 2025", "es", "2025-06-01", "1 de junio de 2025"},
	{"1.º de junio de 2025", "es", "2025-06-01", "1 de junio de 2025"},
	{"1.er de junio de 2025", "es", "2025-06-01", "1 de junio de 2025"},
	{"1ᵉʳ juin 2025", "fr", "2025-06-01", "1ᵉʳ juin 2025"},
	{"1er juin 2025", "fr", "2025-06-01", "1ᵉʳ juin 2025"},
	// A winter, shown with the two years it spans.
	{"hiver 2024-2025", "fr", "2024-24", "hiver 2024–2025"},
	{"hiver 2024", "fr", "2024-24", "hiver 2024–2025"},
	{"invierno 2024-2025", "es", "2024-24", "invierno de 2024–2025"},
	{"invierno de 2024/25", "es", "2024-24", "invierno de 2024–2025"},
	{"de otoño de 2024 a invierno de 2024–2025", "es", "2024-23/2024-24", "otoño de 2024 – invierno de 2024–2025"},
	// Ranges in words, as "from … to …" and "between … and …".
	{"du 3 au 5 mars 2025", "fr", "2025-03-03/2025-03-05", "3–5 mars 2025"},
	{"du 28 février au 3 mars 2025", "fr", "2025-02-28/2025-03-03", "28 février–3 mars 2025"},
	{"de mars à mai 2025", "fr", "2025-03/2025-05", "mars–mai 2025"},
	{"d’avril à juin 2025", "fr", "2025-04/2025-06", "avril–juin 2025"},
	{"entre mars et mai 2025", "fr", "2025-03/2025-05", "mars–mai 2025"},
	{"entre le 3 et le 5 mars 2025", "fr", "2025-03-03/2025-03-05", "3–5 mars 2025"},
	{"mi-mars à fin avril 2025", "fr", "mid 2025-03/late 2025-04", "mi\u2011mars 2025–fin avril 2025"},
	{"de fin 2024 à début 2025", "fr", "late 2024/early 2025", "fin 2024–début 2025"},
	{"3 - 5 mars 2025", "fr", "2025-03-03/2025-03-05", "3–5 mars 2025"},
	{"del 3 al 5 de marzo de 2025", "es", "2025-03-03/2025-03-05", "3–5 de marzo de 2025"},
	{"de marzo a mayo de 2025", "es", "2025-03/2025-05", "marzo–mayo de 2025"},
	{"entre marzo y mayo de 2025", "es", "2025-03/2025-05", "marzo–mayo de 2025"},
	{"desde marzo hasta mayo de 2025", "es", "2025-03/2025-05", "marzo–mayo de 2025"},
	{"de finales de 2024 a principios de 2025", "es", "late 2024/early 2025", "finales de 2024–principios de 2025"},
	{"desde 2024", "es", "2024/..", "desde 2024"},
	// A word that puts a time to its day is read so.
	{"21 mai 2025 à 9 h", "fr", "2025-05-21T09:00Z", "21 mai 2025, 09:00 UTC"},
	{"21 de mayo de 2025 a las 14:00", "es", "2025-05-21T14:00Z", "21 de mayo de 2025, 14:00 UTC"},
	// Set phrases, with the words before them that say no more.
	{"a finales de 2024", "es", "late 2024", "finales de 2024"},
	{"a mediados de 2024", "es", "mid 2024", "mediados de 2024"},
	{"a principios de 2025", "es", "early 2025", "principios de 2025"},
	{"inicios de 2025", "es", "early 2025", "principios de 2025"},
	{"a comienzos de marzo de 2025", "es", "early 2025-03", "principios de marzo de 2025"},
	{"finales del 2024", "es", "late 2024", "finales de 2024"},
	{"hacia finales de 2024", "es", "late 2024~", "hacia finales de 2024"},
	{"en mayo de 2025", "es", "2025-05", "mayo de 2025"},
	{"durante 2024", "es", "2024", "2024"},
	{"a partir de marzo de 2025", "es", "2025-03/..", "desde marzo de 2025"},
	{"a partir del 3 de marzo de 2025", "es", "2025-03-03/..", "desde el 3 de marzo de 2025"},
	{"à la mi-2024", "fr", "mid 2024", "mi\u20112024"},
	{"vers la mi-2024", "fr", "mid 2024~", "vers mi\u20112024"},
	{"à la mi-mars 2025", "fr", "mid 2025-03", "mi\u2011mars 2025"},
	{"à la fin de 2024", "fr", "late 2024", "fin 2024"},
	{"fin de 2024", "fr", "late 2024", "fin 2024"},
	{"au début de 2025", "fr", "early 2025", "début 2025"},
	{"courant mai 2025", "fr", "2025-05", "mai 2025"},
	{"milieu 2024", "fr", "mid 2024", "mi\u20112024"},
	{"au milieu de 2024", "fr", "mid 2024", "mi\u20112024"},
	{"en mai 2025", "fr", "2025-05", "mai 2025"},
	{"à partir de mars 2025", "fr", "2025-03/..", "depuis mars 2025"},
	{"à partir du 3 mars 2025", "fr", "2025-03-03/..", "depuis le 3 mars 2025"},
	// A weekday, which must match the date, as in English.
	{"lundi 3 mars 2025", "fr", "2025-03-03", "3 mars 2025"},
	{"Mardi 4 mars 2025", "fr", "2025-03-04", "4 mars 2025"},
	{"mer. 5 mars 2025", "fr", "2025-03-05", "5 mars 2025"},
	{"lunes 3 de marzo de 2025", "es", "2025-03-03", "3 de marzo de 2025"},
	{"martes, 4 de marzo de 2025", "es", "2025-03-04", "4 de marzo de 2025"},
	{"miércoles 5 de marzo de 2025", "es", "2025-03-05", "5 de marzo de 2025"},
	{"sáb. 8 de marzo de 2025", "es", "2025-03-08", "8 de marzo de 2025"},
}

// TestParseFrenchSpanish checks dates as French and Spanish desks write
// them: the span Parse reads, as its String, and how a site in the
// language of the date shows it back, which reads back as the same date.
func TestParseFrenchSpanish(t *testing.T) {
	words := map[string]*date.Words{"fr": lang.For("fr", nil).Date, "es": lang.For("es", nil).Date}
	for _, tt := range frenchSpanishTests {
		d, err := date.Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.str {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.str)
		}
		shown := d.In(words[tt.lang])
		if shown != tt.shown {
			t.Errorf("Parse(%q).In(%s) = %q, want %q", tt.in, tt.lang, shown, tt.shown)
		}
		if back, err := date.Parse(shown); err != nil || back != d {
			t.Errorf("Parse(%q) = %q, %v; want %q (as %q is shown in %s)", shown, back.String(), err, tt.str, tt.in, tt.lang)
		}
	}
}

// TestReaderFrenchSpanish checks that a French or Spanish site's Reader
// reads each text of the package's tests as Parse does, the same date or
// an error: the words brief gives those sites' dates are among those
// Parse reads, and none of them is read as another thing.
func TestReaderFrenchSpanish(t *testing.T) {
	inputs := date.ParseTestInputs()
	for _, tt := range frenchSpanishTests {
		inputs = append(inputs, tt.in)
	}
	for _, code := range []string{"fr", "es"} {
		r := date.NewReader(lang.For(code, nil).Date, nil)
		for _, s := range inputs {
			want, wantErr := date.Parse(s)
			got, err := r.Parse(s)
			if got != want || (err == nil) != (wantErr == nil) {
				t.Errorf("%s: Parse(%q) = %q, %v; Parse without the site's words gives %q, %v", code, s, got.String(), err, want.String(), wantErr)
			}
		}
	}
}
