package date

import (
	"slices"
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

// TestParseWithWarnings checks the warnings of times written without an
// offset that the location's clocks show twice, and what brief takes.
func TestParseWithWarnings(t *testing.T) {
	tests := []struct {
		zone, in, str string
		warnings      []Warning
	}{
		{"America/New_York", "2024-11-03T01:30", "2024-11-03T01:30-04:00", []Warning{{11, "01:30 on 3 November 2024 happens twice in America/New_York, whose clocks go back: brief takes the first, 2024-11-03T01:30-04:00; to choose, write the time with its offset, 2024-11-03T01:30-04:00 or 2024-11-03T01:30-05:00"}}},
		{"America/New_York", "3 November 2024, 1:59 am", "2024-11-03T01:59-04:00", []Warning{{17, "01:59 on 3 November 2024 happens twice in America/New_York, whose clocks go back: brief takes the first, 2024-11-03T01:59-04:00; to choose, write the time with its offset, 2024-11-03T01:59-04:00 or 2024-11-03T01:59-05:00"}}},
		{"America/New_York", "2024-11-03T01:00/2024-11-03T01:45", "2024-11-03T01:00-04:00/2024-11-03T01:45-04:00", []Warning{
			{11, "01:00 on 3 November 2024 happens twice in America/New_York, whose clocks go back: brief takes the first, 2024-11-03T01:00-04:00; to choose, write the time with its offset, 2024-11-03T01:00-04:00 or 2024-11-03T01:00-05:00"},
			{28, "01:45 on 3 November 2024 happens twice in America/New_York, whose clocks go back: brief takes the first, 2024-11-03T01:45-04:00; to choose, write the time with its offset, 2024-11-03T01:45-04:00 or 2024-11-03T01:45-05:00"},
		}},
		{"Europe/London", "2024-10-27T01:30", "2024-10-27T01:30+01:00", []Warning{{11, "01:30 on 27 October 2024 happens twice in Europe/London, whose clocks go back: brief takes the first, 2024-10-27T01:30+01:00; to choose, write the time with its offset, 2024-10-27T01:30+01:00 or 2024-10-27T01:30Z"}}},
		// Lord Howe Island moves its clocks back by half an hour.
		{"Australia/Lord_Howe", "2025-04-06T01:45", "2025-04-06T01:45+11:00", []Warning{{11, "01:45 on 6 April 2025 happens twice in Australia/Lord_Howe, whose clocks go back: brief takes the first, 2025-04-06T01:45+11:00; to choose, write the time with its offset, 2025-04-06T01:45+11:00 or 2025-04-06T01:45+10:30"}}},
		// The minutes around the hour shown twice, and a time with its offset, are shown once.
		{"America/New_York", "2024-11-03T00:59", "2024-11-03T00:59-04:00", nil},
		{"America/New_York", "2024-11-03T02:00", "2024-11-03T02:00-05:00", nil},
		{"Australia/Lord_Howe", "2025-04-06T01:29", "2025-04-06T01:29+11:00", nil},
		{"America/New_York", "2024-11-03T01:30-05:00", "2024-11-03T01:30-05:00", nil},
		{"America/New_York", "2024-11-03", "2024-11-03", nil},
		{"", "2024-11-03T01:30", "2024-11-03T01:30Z", nil},
	}
	for _, tt := range tests {
		loc, err := time.LoadLocation(tt.zone)
		if err != nil {
			t.Fatal(err)
		}
		if tt.zone == "" {
			loc = nil
		}
		d, warnings, err := NewReader(nil, loc).ParseWithWarnings(tt.in)
		if err != nil || d.String() != tt.str {
			t.Errorf("ParseWithWarnings(%q) in %s = %q, %v; want %q", tt.in, tt.zone, d.String(), err, tt.str)
		}
		if !slices.Equal(warnings, tt.warnings) {
			t.Errorf("ParseWithWarnings(%q) in %s: warnings %+v, want %+v", tt.in, tt.zone, warnings, tt.warnings)
		}
		if d2, err := NewReader(nil, loc).Parse(tt.in); err != nil || d2 != d {
			t.Errorf("Parse(%q) in %s = %q, %v; want what ParseWithWarnings gives", tt.in, tt.zone, d2.String(), err)
		}
	}
	// A time the clocks skip is refused, with no warnings.
	ny, _ := time.LoadLocation("America/New_York")
	if _, warnings, err := NewReader(nil, ny).ParseWithWarnings("2024-03-10T02:30"); err == nil || warnings != nil {
		t.Errorf("ParseWithWarnings of a time the clocks skip: %v, %v", warnings, err)
	}
}
