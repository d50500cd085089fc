package resolve

import (
	"testing"

	"github.com/briefsite/brief/internal/date"
)

// TestCompareDates checks that the precomputed keys order dates exactly
// as date.Compare does, on every pair of a spread of forms.
func TestCompareDates(t *testing.T) {
	texts := []string{"", "2024", "2024-07", "2024-07-15", "2024-07-15T10:00Z", "2024-07-15T09:00Z",
		"early 2024", "mid-2024", "late 2023", "late 2024", "2024~", "2024?", "2024%", "2024-07?", "2024-07~",
		"spring 2024", "summer 2024", "winter 2023", "2024-03/2024-06", "2024-03/2024-07", "2024/2025",
		"2024/..", "../2024", "2023/2025-03", "July 2024", "15 July 2024", "about 2024", "2024-21", "2024-24",
		"2025", "2023-12-31", "2024-01-01", "2024-01", "late July 2024", "21–23 May 2025",
		"2024-07-15T23:30-05:00", "2024-07-16T01:00+03:00", "2024-07-16", "2024-06", "2024-06/2025-09?"}
	var dates []date.Date
	for _, s := range texts {
		if s == "" {
			dates = append(dates, date.Date{})
			continue
		}
		d, err := date.Parse(s)
		if err != nil {
			t.Fatalf("date.Parse(%q): %v", s, err)
		}
		dates = append(dates, d)
	}
	for i, a := range dates {
		for j, b := range dates {
			ka, kb := keyOf(a), keyOf(b)
			if got, want := compareDates(&ka, &kb), date.Compare(a, b); got != want {
				t.Errorf("compareDates(%q, %q) = %d, date.Compare = %d", texts[i], texts[j], got, want)
			}
		}
	}
}
