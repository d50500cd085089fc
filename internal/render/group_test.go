package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/date"
	"github.com/briefsite/brief/internal/lang"
	"github.com/briefsite/brief/internal/site"
)

func TestGroupByYear(t *testing.T) {
	for _, tc := range []struct {
		years []int
		want  string
	}{
		{nil, "[]"},
		{[]int{2024}, "[{2024 0 1}]"},
		{[]int{0, 0, 2023, 2024, 2024, 2024}, "[{Earlier 0 2} {2023 2 3} {2024 3 6}]"},
		{[]int{2025, 2025, 2019, 0, undated, undated}, "[{2025 0 2} {2019 2 3} {Earlier 3 4} {Undated 4 6}]"},
	} {
		got := fmt.Sprint(groupByYear(len(tc.years), func(i int) int { return tc.years[i] }))
		if got != tc.want {
			t.Errorf("groupByYear(%v) = %s, want %s", tc.years, got, tc.want)
		}
	}
}

// TestGroupYearsLabels checks that a timeline's year and month headings
// write early years as dates do: "0050", not "50", which reads as a day.
func TestGroupYearsLabels(t *testing.T) {
	var events []*site.Event
	for _, s := range []string{"0050", "0050-03", "2024-07"} { // in date order
		d, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, &site.Event{Date: d})
	}
	var got []string
	for _, y := range groupYears(events, lang.English) {
		for _, m := range y.Months {
			got = append(got, y.Label+"/"+m.Label)
		}
	}
	want := "0050/Month not known 0050/March 0050 2024/July 2024"
	if strings.Join(got, " ") != want {
		t.Errorf("groupYears labels %q, want %q", strings.Join(got, " "), want)
	}
}
