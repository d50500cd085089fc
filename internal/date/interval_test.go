package date

import "testing"

// intervalOrderTests are intervals whose ends have different precisions
// or offsets, with the String Parse gives them, or "" when Parse refuses
// them as ending before they start.
var intervalOrderTests = []struct {
	in, str string
}{
	// An end within the start's period, at a time east of UTC whose
	// instant is in the period before.
	{"2024-05/2024-05-01T01:00+03:00", "2024-05/2024-05-01T01:00+03:00"},
	{"May 2024 – 1 May 2024, 01:00 UTC+3", "2024-05/2024-05-01T01:00+03:00"},
	{"2024/2024-01-01T01:00+03:00", "2024/2024-01-01T01:00+03:00"},
	{"2024-21/2024-03-01T01:00+03:00", "2024-21/2024-03-01T01:00+03:00"},
	{"2024-05-01/2024-05-01T01:00+03:00", "2024-05-01/2024-05-01T01:00+03:00"},
	{"2024-05-01/2024-05-01T23:00-05:00", "2024-05-01/2024-05-01T23:00-05:00"},
	{"2024/2024-12-31T23:00-05:00", "2024/2024-12-31T23:00-05:00"},
	// A time at the start, in the day, month or year that ends the interval.
	{"2024-05-01T23:00-05:00/2024-05-01", "2024-05-01T23:00-05:00/2024-05-01"},
	{"2024-01-01T01:00+03:00/2024-01-01", "2024-01-01T01:00+03:00/2024-01-01"},
	{"2024-01-01T01:00+03:00/2024", "2024-01-01T01:00+03:00/2024"},
	// An end that is the period the start is in: equal at the coarser
	// precision.
	{"2024-05-15/2024-05", "2024-05-15/2024-05"},
	{"2024-05/2024", "2024-05/2024"},
	{"2024-05-15/2024", "2024-05-15/2024"},
	// Two times are ordered by their instants, whatever their offsets.
	{"2024-05-01T10:00+03:00/2024-05-01T08:00Z", "2024-05-01T10:00+03:00/2024-05-01T08:00Z"},
	{"2024-05-01T23:00-05:00/2024-05-02T01:00Z", ""},
	// Reversed.
	{"2024-06/2024-05", ""},
	{"2025/2024-12-31T23:00-05:00", ""},
	{"2024-05-01/2024-04-30T23:00-05:00", ""}, // its day as written is 30 April
	{"2024-05-02T01:00+03:00/2024-05-01", ""},
	{"2024-06/2024-05-31T23:00-05:00", ""},
	{"2024-05-15/2024-04", ""},
	{"late 2024/2024-05", ""},
	{"2024-05/early 2024", ""},
}

func TestIntervalOrder(t *testing.T) {
	for _, tt := range intervalOrderTests {
		d, err := Parse(tt.in)
		if tt.str == "" {
			pe, ok := err.(*ParseError)
			if !ok || pe.Msg != "the interval ends before it starts" {
				t.Errorf("Parse(%q) = %q, %v; want the interval refused as ending before it starts", tt.in, d.String(), err)
			}
			continue
		}
		if err != nil || d.String() != tt.str {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, d.String(), err, tt.str)
			continue
		}
		if back, err := Parse(d.Human()); err != nil || back != d {
			t.Errorf("Parse(%q).Human() = %q, which parses as %q, %v", tt.in, d.Human(), back.String(), err)
		}
		if start, end := AsWritten(d.Start()), AsWritten(d.End()); !start.Before(end) && d.start.prec != Minute {
			t.Errorf("Parse(%q): Start %v is not before End %v, as written", tt.in, d.Start(), d.End())
		}
	}
}
