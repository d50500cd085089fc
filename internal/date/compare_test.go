package date

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func mustParse(t testing.TB, s string) Date {
	t.Helper()
	d, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return d
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2024", "2025", -1},
		{"2024", "2024", 0},
		{"2024", "2024-01", -1},       // less precise first
		{"2024-01", "2024-01-01", -1}, // less precise first
		{"2024-01-01", "2024-01-01T00:00Z", -1},
		{"2024-12", "2024", 1},     // later start
		{"2024", "early 2024", -1}, // longer span first
		{"2024-09/2025-03", "2024-09/2024-12", -1},
		// At the same start and precision, a single date before a span
		// that starts with it: what joins later follows what starts then.
		{"2024-09", "2024-09/2024-12", -1},
		{"2024-06", "2024-06/2025-09?", -1},
		{"2024-06~", "2024-06/2025-09?", -1},
		{"2024-06-01", "2024-06/2025-09", 1}, // more precise still after
		{"2024-06", "2024-06-01/2024-06-30", -1},
		{"early 2024", "2024/2025", -1}, // a shorter single date too
		{"2024-07", "Q3 2024", -1},      // a quarter is a span of months
		{"2024", "2024~", -1},           // then by String
		{"2024~", "2024?", 1},
		{"about 2024", "2024~", 0},
		{"../2024", "2023", -1},
		{"2024", "2024/..", -1},
		{"2024-21", "2024-03", -1}, // season is less precise than month
		{"2024-24", "2025", -1},
		{"winter 2024", "2024-12-01", -1},
		// A time is on the day it is written on, then by the instant.
		{"2025-05-21T23:30-05:00", "2025-05-22", -1},
		{"2025-05-22T01:00+03:00", "2025-05-21", 1},
		{"2025-05-21T14:00+03:00", "2025-05-21T12:00Z", -1},
		{"2025-05-21T14:00+03:00", "2025-05-21T11:00Z", 1}, // one instant: by String
		// On the day written, whatever the offset, a time comes after the
		// day, month and year it starts, though east of UTC its instant is
		// before their midnight, and west of UTC after the next one.
		{"2025-05-01T02:00+03:00", "2025-05-01", 1},
		{"2025-05-01T02:00+03:00", "2025-05", 1},
		{"2025-05-01T01:00+05:30", "2025-05", 1},
		{"2025-05-01T00:00+14:00", "2025-05-01", 1},
		{"2025-01-01T01:00+05:30", "2025", 1},
		{"2025-01-01T01:00+05:30", "2025-01", 1},
		{"2025-01-01T01:00+05:30", "early 2025", 1},
		{"2025-01-01T01:00+05:30", "2024-12-31T23:00Z", 1},
		{"2025-01-01T00:00+03:00", "2025", 1},
		{"2024-12-31T23:30-05:00", "2025", -1},
		{"2024-12-31T23:30-05:00", "2024-12-31", 1},
		{"2024-12-31T23:30-05:00", "late 2024", 1},
		{"2025-05-31T23:00-04:00", "2025-06", -1},
		{"2025-05-31T23:00-04:00", "2025-05-31", 1},
		{"2025-05-31T22:00+03:00", "2025-06", -1},
		{"2025-03-01T01:00+03:00", "spring 2025", 1},
		{"2025-05-01T02:00+03:00", "2025-05-01T01:00+05:30", 1}, // 23:00Z and 19:30Z the day before
		{"2025-05-01T02:00+03:00/2025-05-03", "2025-05-01", 1},
	}
	for _, tt := range tests {
		a, b := mustParse(t, tt.a), mustParse(t, tt.b)
		if got := Compare(a, b); got != tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Compare(b, a); got != -tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestCompareZero(t *testing.T) {
	d := mustParse(t, "9999")
	if Compare(Date{}, d) != 1 || Compare(d, Date{}) != -1 || Compare(Date{}, Date{}) != 0 {
		t.Errorf("zero Date does not sort last: %d %d %d", Compare(Date{}, d), Compare(d, Date{}), Compare(Date{}, Date{}))
	}
}

func TestSort(t *testing.T) {
	want := []string{
		"../2023",
		"2023/2025-03",
		"2023-07",
		"2023-07~",
		"2024",
		"2024~",
		"early 2024",
		"2024/..",
		"2024-01",
		"2024-01-01",
		"2024-01-01T09:00Z",
		"2024-21",
		"mid 2024",
		"2024-05-21",
		"late 2024",
		"2024-09",
		"2024-09/2025-02",
		"2024-09/2024-12",
		"late 2024-09",
		"2024-24",
		"2025",
		"",
		"",
	}
	var dates []Date
	for _, s := range want {
		if s == "" {
			dates = append(dates, Date{})
			continue
		}
		dates = append(dates, mustParse(t, s))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(dates)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		slices.SortFunc(shuffled, Compare)
		var got []string
		for _, d := range shuffled {
			got = append(got, d.String())
		}
		if !slices.Equal(got, want) {
			t.Fatalf("sorted:\n%q\nwant:\n%q", got, want)
		}
	}
}

// TestSortEastOfUTC sorts briefs of a site in Nairobi (UTC+3), whose
// times written without an offset are at +03:00: the month first, then its
// first day, then the times of that day, by their instants.
func TestSortEastOfUTC(t *testing.T) {
	nairobi, err := time.LoadLocation("Africa/Nairobi")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"2025",
		"2025-01",
		"2025-01-01T01:00+05:30",
		"2025-05",
		"2025-05-01",
		"2025-05-01T01:00+05:30",
		"2025-05-01T02:00+03:00",
		"2025-05-02",
	}
	in := []string{"2025-05-01T02:00", "2025-05-01T01:00+05:30", "May 2025", "2025-05-01", "2025-05-02", "2025-01-01T01:00+05:30", "2025", "January 2025"}
	var dates []Date
	for _, s := range in {
		d, err := ParseIn(s, nairobi)
		if err != nil {
			t.Fatalf("ParseIn(%q): %v", s, err)
		}
		dates = append(dates, d)
	}
	slices.SortFunc(dates, Compare)
	var got []string
	for _, d := range dates {
		got = append(got, d.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("sorted:\n%q\nwant:\n%q", got, want)
	}
}

// TestCompareOrder checks that Compare is a total order on a mix of
// dates: antisymmetric, transitive, and 0 exactly for equal dates.
func TestCompareOrder(t *testing.T) {
	texts := []string{
		"2024", "2024~", "2024?", "early 2024", "mid-2024", "late 2024", "2024-21", "2024-24", "Q1 2024",
		"2024-01", "2024-01-01", "2024-05", "2024-05-01", "2024-12-31", "2025", "2025-01", "2025-01-01",
		"2024-01-01T00:00Z", "2024-01-01T01:00+05:30", "2024-01-01T02:00+03:00", "2023-12-31T23:30-05:00",
		"2024-12-31T22:00-04:00", "2025-01-01T00:30+14:00", "2024-05-01T01:00+03:00", "2024-04-30T23:00Z",
		"2024-05-01T01:00-03:00", "2024/2025", "2024-01/2024-03", "2024-01-01T01:00+05:30/2024-01-02",
		"2024/..", "../2024", "../2024-05-01T01:00+03:00", "2024-04/2024-05-01T01:00+03:00",
	}
	var dates []Date
	for _, s := range texts {
		dates = append(dates, mustParse(t, s))
	}
	dates = append(dates, Date{})
	for _, a := range dates {
		for _, b := range dates {
			ab, ba := Compare(a, b), Compare(b, a)
			if ab != -ba {
				t.Errorf("Compare(%q, %q) = %d, but Compare(%[2]q, %[1]q) = %d", a, b, ab, ba)
			}
			if (ab == 0) != (a == b) {
				t.Errorf("Compare(%q, %q) = %d for dates that are %s", a, b, ab, map[bool]string{true: "equal", false: "not equal"}[a == b])
			}
			for _, c := range dates {
				if ab <= 0 && Compare(b, c) <= 0 && Compare(a, c) > 0 {
					t.Errorf("Compare: %q <= %q <= %q, but %[1]q > %[3]q", a, b, c)
				}
			}
		}
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		d, o string
		want bool
	}{
		{"2024", "2024", true},
		{"2024", "2024-07", true},
		{"2024", "2024-12-31T23:59Z", true},
		{"2024-12-30/2024-12-31", "2024-12-31T23:30-05:00", true}, // its day, though in UTC the next
		{"2024-12-30/2024-12-31", "2025-01-01T01:00+03:00", false},
		{"2024", "2025-01-01", false},
		{"2024", "2023-12-31", false},
		{"2024-07", "2024", false},
		{"2024-09/2024-12", "2024-10-15", true},
		{"2024-09/2024-12", "2024-12-31", true},
		{"2024-09/2024-12", "2025-01", false},
		{"2024-09/2024-12", "2024-08-31", false},
		{"2024-09/2024-12", "late 2024", true},
		{"2024/..", "2031-05", true},
		{"2024/..", "2023-12", false},
		{"../2024", "1900", true},
		{"../2024", "2025", false},
		{"late 2024", "2024-08", false},
		{"late 2024", "2024-09", true},
		{"mid 2024", "2024-21", false}, // spring is March–May
		{"2024-22", "mid 2024", false}, // mid 2024 is May–August
		{"2024-24", "2025-02-28", true},
		{"2024-24", "2025-03-01", false},
		{"early July 2024", "2024-07-10", true},
		{"early July 2024", "2024-07-11", false},
		{"late February 2024", "2024-02-29", true},
	}
	for _, tt := range tests {
		d, o := mustParse(t, tt.d), mustParse(t, tt.o)
		if got := d.Contains(o); got != tt.want {
			t.Errorf("Parse(%q).Contains(%q) = %v, want %v", tt.d, tt.o, got, tt.want)
		}
	}
	d := mustParse(t, "2024")
	if d.Contains(Date{}) || (Date{}).Contains(d) {
		t.Errorf("Contains with a zero Date reported true")
	}
}
