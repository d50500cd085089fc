package render

import (
	"fmt"
	"testing"
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
