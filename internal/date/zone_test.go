package date

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones below, on machines without a zoneinfo database
)

func TestParseIn(t *testing.T) {
	tests := []struct {
		zone, in, str, human string
	}{
		{"Africa/Nairobi", "2025-05-21T14:00", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3"},
		{"Africa/Nairobi", "21 May 2025, 14:00", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3"},
		{"Asia/Kolkata", "2025-05-21T14:00", "2025-05-21T14:00+05:30", "21 May 2025, 14:00 UTC+5:30"},
		// The offset of the day written: daylight saving time in July, not in January.
		{"America/New_York", "2025-01-15T14:00", "2025-01-15T14:00-05:00", "15 January 2025, 14:00 UTC−5"},
		{"America/New_York", "2025-07-15T14:00", "2025-07-15T14:00-04:00", "15 July 2025, 14:00 UTC−4"},
		// An offset written wins over the location's.
		{"Africa/Nairobi", "2025-05-21T14:00Z", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC"},
		{"Africa/Nairobi", "2025-05-21T14:00-05:00", "2025-05-21T14:00-05:00", "21 May 2025, 14:00 UTC−5"},
		{"Africa/Nairobi", "21 May 2025, 14:00 UTC+1", "2025-05-21T14:00+01:00", "21 May 2025, 14:00 UTC+1"},
		// A range of times each get the offset of their own time.
		{"America/New_York", "2025-03-08T14:00/2025-03-10T14:00", "2025-03-08T14:00-05:00/2025-03-10T14:00-04:00", ""},
		// Dates without a time have no zone.
		{"Africa/Nairobi", "2025-05-21", "2025-05-21", "21 May 2025"},
		{"Africa/Nairobi", "late 2024", "late 2024", "late 2024"},
		// A location whose offset is UTC's is written as UTC.
		{"UTC", "2025-05-21T14:00", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC"},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseIn(tt.in, loc)
		if err != nil {
			t.Errorf("ParseIn(%q, %s): %v", tt.in, tt.zone, err)
			continue
		}
		if got := d.String(); got != tt.str {
			t.Errorf("ParseIn(%q, %s).String() = %q, want %q", tt.in, tt.zone, got, tt.str)
		}
		if got := d.Human(); tt.human != "" && got != tt.human {
			t.Errorf("ParseIn(%q, %s).Human() = %q, want %q", tt.in, tt.zone, got, tt.human)
		}
		// The canonical form carries the offset: it reads back the same anywhere.
		if back, err := Parse(d.String()); err != nil || back != d {
			t.Errorf("Parse(%q) = %v, %v; want the date ParseIn gave", d.String(), back, err)
		}
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseIn("2025-03-09T02:30", ny); err == nil || err.Error() != `invalid date "2025-03-09T02:30": there is no 02:30 on 9 March 2025 in America/New_York: its clocks skip it, moving forward` {
		t.Errorf("ParseIn of a time the clocks skip: %v", err)
	}
	// Lord Howe Island moves its clocks on by half an hour: 02:15 is skipped
	// though 02:00 to 02:59 is an hour the day has.
	lh, err := time.LoadLocation("Australia/Lord_Howe")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseIn("2025-10-05T02:15", lh); err == nil || err.Error() != `invalid date "2025-10-05T02:15": there is no 02:15 on 5 October 2025 in Australia/Lord_Howe: its clocks skip it, moving forward` {
		t.Errorf("ParseIn of a half hour the clocks skip: %v", err)
	}
	if d, err := ParseIn("2025-03-09T02:30-05:00", ny); err != nil || d.String() != "2025-03-09T02:30-05:00" {
		t.Errorf("ParseIn of a time the clocks skip, with its offset: %v, %v", d, err)
	}
	if d, err := ParseIn("2025-05-21T14:00", nil); err != nil || d.String() != "2025-05-21T14:00Z" {
		t.Errorf("ParseIn with no location = %v, %v; want UTC", d, err)
	}
}
