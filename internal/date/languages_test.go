package date_test

import (
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
)

// TestParseFrenchSpanish checks dates as French and Spanish desks write
// them: the span Parse reads, as its String, and how a site in the
// language of the date shows it back, which reads back as the same date.
func TestParseFrenchSpanish(t *testing.T) {
	words := map[string]*date.Words{"fr": lang.For("fr", nil).Date, "es": lang.For("es", nil).Date}
	tests := []struct {
		in, lang, str, shown string
	}{
		// Capitals, accented ones too.
		{"AOÛT 2024", "fr", "2024-08", "août 2024"},
		{"DÉCEMBRE 2024", "fr", "2024-12", "décembre 2024"},
		{"ÉTÉ 2024", "fr", "2024-22", "été 2024"},
		{"FÉVRIER 2025", "fr", "2025-02", "février 2025"},
		{"OTOÑO 2024", "es", "2024-23", "otoño de 2024"},
		{"1 DE DICIEMBRE DE 2025", "es", "2025-12-01", "1 de diciembre de 2025"},
	}
	for _, tt := range tests {
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
