package date

import (
	"errors"
	"testing"
	"time"
)

// parseTests are dates Parse reads, with what it reads them as.
var parseTests = []struct {
	in     string
	str    string
	human  string
	iso    string
	prec   Precision
	start  string // Start in RFC 3339, date only when midnight
	end    string
	approx bool
	uncert bool
}{
	// EDTF level 0.
	{"2025", "2025", "2025", "2025", Year, "2025-01-01", "2026-01-01", false, false},
	{"2025-05", "2025-05", "May 2025", "2025-05", Month, "2025-05-01", "2025-06-01", false, false},
	{"2025-05-21", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"2025-05-21T14:00Z", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	// A time keeps its offset, and so its day and hour.
	{"2025-05-21T14:00:30+03:00", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T14:01:00+03:00", false, false},
	{"2025-05-21t14:00:30.25-0230", "2025-05-21T14:00-02:30", "21 May 2025, 14:00 UTC−2:30", "2025-05-21T14:00-02:30", Minute, "2025-05-21T14:00:00-02:30", "2025-05-21T14:01:00-02:30", false, false},
	{"2025-05-21 14:00", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"2025-01-01T01:00+03", "2025-01-01T01:00+03:00", "1 January 2025, 01:00 UTC+3", "2025-01-01T01:00+03:00", Minute, "2025-01-01T01:00:00+03:00", "2025-01-01T01:01:00+03:00", false, false},
	{"21 May 2025, 14:00 UTC+3", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T14:01:00+03:00", false, false},
	{"21 May 2025 9:15 GMT−5:30", "2025-05-21T09:15-05:30", "21 May 2025, 09:15 UTC−5:30", "2025-05-21T09:15-05:30", Minute, "2025-05-21T09:15:00-05:30", "2025-05-21T09:16:00-05:30", false, false},
	{"May 21, 2025 2pm", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"21 May 2025, 14:00+0300–16:00 UTC+3", "2025-05-21T14:00+03:00/2025-05-21T16:00+03:00", "21 May 2025, 14:00–16:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T16:01:00+03:00", false, false},
	{"21 May 2025, 14:00–16:00 UTC+3", "2025-05-21T14:00+03:00/2025-05-21T16:00+03:00", "21 May 2025, 14:00–16:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T16:01:00+03:00", false, false},
	// The zone written after the first time only is the second's too.
	{"21 May 2025, 14:00 UTC+3–16:00", "2025-05-21T14:00+03:00/2025-05-21T16:00+03:00", "21 May 2025, 14:00–16:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T16:01:00+03:00", false, false},
	// Times of two days, or two offsets, are written apart around a spaced dash.
	{"21 May 2025, 23:00 – 22 May 2025, 01:00", "2025-05-21T23:00Z/2025-05-22T01:00Z", "21 May 2025, 23:00 UTC – 22 May 2025, 01:00 UTC", "2025-05-21T23:00Z", Minute, "2025-05-21T23:00:00Z", "2025-05-22T01:01:00Z", false, false},
	{"2025-03-09T01:00-05:00/2025-03-09T04:00-04:00", "2025-03-09T01:00-05:00/2025-03-09T04:00-04:00", "9 March 2025, 01:00 UTC−5 – 9 March 2025, 04:00 UTC−4", "2025-03-09T01:00-05:00", Minute, "2025-03-09T01:00:00-05:00", "2025-03-09T04:01:00-04:00", false, false},
	// Jekyll's dates, with a space before the offset.
	{"2025-05-21 14:00:00 +0300", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T14:01:00+03:00", false, false},
	// UTC, GMT and Z after an ISO time, as after a time in words.
	{"2025-05-21T14:00 UTC", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"2025-05-21 14:00 gmt", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"2025-05-21T14:00 Z", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"2025-05-21T14:00 UTC+3", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T14:01:00+03:00", false, false},
	// Offsets run to UTC+14 (Kiribati), seconds to a leap second's
	// 60, and a fraction of a second may follow a comma.
	{"2025-05-21T14:00+14:00", "2025-05-21T14:00+14:00", "21 May 2025, 14:00 UTC+14", "2025-05-21T14:00+14:00", Minute, "2025-05-21T14:00:00+14:00", "2025-05-21T14:01:00+14:00", false, false},
	{"2016-12-31T23:59:60Z", "2016-12-31T23:59Z", "31 December 2016, 23:59 UTC", "2016-12-31T23:59Z", Minute, "2016-12-31T23:59:00Z", "2017-01-01", false, false},
	{"2025-05-21T14:00:30,5Z", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	// Times as French and Spanish write them.
	{"21 mai 2025, 14 h 00 UTC+3", "2025-05-21T14:00+03:00", "21 May 2025, 14:00 UTC+3", "2025-05-21T14:00+03:00", Minute, "2025-05-21T14:00:00+03:00", "2025-05-21T14:01:00+03:00", false, false},
	{"21 mai 2025 à 9 h", "2025-05-21T09:00Z", "21 May 2025, 09:00 UTC", "2025-05-21T09:00Z", Minute, "2025-05-21T09:00:00Z", "2025-05-21T09:01:00Z", false, false},
	{"21 mai 2025 14h30", "2025-05-21T14:30Z", "21 May 2025, 14:30 UTC", "2025-05-21T14:30Z", Minute, "2025-05-21T14:30:00Z", "2025-05-21T14:31:00Z", false, false},
	// A range of times after "à", which is also a range word ("du 3 au 5").
	{"21 mai 2025 à 14 h–16 h", "2025-05-21T14:00Z/2025-05-21T16:00Z", "21 May 2025, 14:00–16:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T16:01:00Z", false, false},
	{"21 mai 2025 à 14h30–16h", "2025-05-21T14:30Z/2025-05-21T16:00Z", "21 May 2025, 14:30–16:00 UTC", "2025-05-21T14:30Z", Minute, "2025-05-21T14:30:00Z", "2025-05-21T16:01:00Z", false, false},
	{"21 de mayo de 2025 a las 14:00", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"2024-02-29", "2024-02-29", "29 February 2024", "2024-02-29", Day, "2024-02-29", "2024-03-01", false, false},
	{"0001", "0001", "0001", "0001", Year, "0001-01-01", "0002-01-01", false, false},
	{"0500-03", "0500-03", "March 500", "0500-03", Month, "0500-03-01", "0500-04-01", false, false},
	{"9999-12-31", "9999-12-31", "31 December 9999", "9999-12-31", Day, "9999-12-31", "10000-01-01", false, false},
	{"  2025 \n", "2025", "2025", "2025", Year, "2025-01-01", "2026-01-01", false, false},

	// EDTF level 1: qualifiers.
	{"2024~", "2024~", "about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, false},
	{"2024-07?", "2024-07?", "perhaps July 2024", "2024-07", Month, "2024-07-01", "2024-08-01", false, true},
	{"2024%", "2024%", "perhaps about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, true},
	{"2024-07-01~", "2024-07-01~", "about 1 July 2024", "2024-07-01", Day, "2024-07-01", "2024-07-02", true, false},

	// EDTF level 1: seasons.
	{"2024-21", "2024-21", "spring 2024", "2024", Season, "2024-03-01", "2024-06-01", false, false},
	{"2024-22", "2024-22", "summer 2024", "2024", Season, "2024-06-01", "2024-09-01", false, false},
	{"2024-23", "2024-23", "autumn 2024", "2024", Season, "2024-09-01", "2024-12-01", false, false},
	{"2024-24", "2024-24", "winter 2024–2025", "2024", Season, "2024-12-01", "2025-03-01", false, false},

	// EDTF level 1: intervals.
	{"2024-09/2024-12", "2024-09/2024-12", "September–December 2024", "2024-09", Month, "2024-09-01", "2025-01-01", false, false},
	{"2024-11/2025-02", "2024-11/2025-02", "November 2024–February 2025", "2024-11", Month, "2024-11-01", "2025-03-01", false, false},
	{"2023/2025-03", "2023/2025-03", "2023–March 2025", "2023", Year, "2023-01-01", "2025-04-01", false, false},
	{"2023/2025", "2023/2025", "2023–2025", "2023", Year, "2023-01-01", "2026-01-01", false, false},
	{"2025-05-21/2025-05-23", "2025-05-21/2025-05-23", "21–23 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-24", false, false},
	{"2025-05-21/2025-06-03", "2025-05-21/2025-06-03", "21 May–3 June 2025", "2025-05-21", Day, "2025-05-21", "2025-06-04", false, false},
	{"2024-12-30/2025-01-02", "2024-12-30/2025-01-02", "30 December 2024–2 January 2025", "2024-12-30", Day, "2024-12-30", "2025-01-03", false, false},
	{"2025-05-21T14:00Z/2025-05-21T16:00Z", "2025-05-21T14:00Z/2025-05-21T16:00Z", "21 May 2025, 14:00–16:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T16:01:00Z", false, false},
	{"2024-21/2024-23", "2024-21/2024-23", "spring–autumn 2024", "2024", Season, "2024-03-01", "2024-12-01", false, false},
	{"2024/..", "2024/..", "since 2024", "2024", Year, "2024-01-01", "10001-01-01", false, false},
	{"../2024", "../2024", "until 2024", "", Year, "0001-01-01", "2025-01-01", false, false},
	{"2024/", "2024/..", "since 2024", "2024", Year, "2024-01-01", "10001-01-01", false, false},
	{"/2024-03", "../2024-03", "until March 2024", "", Month, "0001-01-01", "2024-04-01", false, false},
	{"2004-06~/2004-08", "2004-06~/2004-08", "about June 2004–August 2004", "2004-06", Month, "2004-06-01", "2004-09-01", true, false},
	{"2024 / 2025?", "2024/2025?", "2024–perhaps 2025", "2024", Year, "2024-01-01", "2026-01-01", false, true},
	{"late 2024/early 2025", "late 2024/early 2025", "late 2024–early 2025", "2024", Year, "2024-09-01", "2025-05-01", false, false},

	// Natural forms.
	{"July 2023", "2023-07", "July 2023", "2023-07", Month, "2023-07-01", "2023-08-01", false, false},
	{"Jul 2023", "2023-07", "July 2023", "2023-07", Month, "2023-07-01", "2023-08-01", false, false},
	{"jul. 2023", "2023-07", "July 2023", "2023-07", Month, "2023-07-01", "2023-08-01", false, false},
	{"SEPT 2023", "2023-09", "September 2023", "2023-09", Month, "2023-09-01", "2023-10-01", false, false},
	{"21 May 2025", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"4th July 2025", "2025-07-04", "4 July 2025", "2025-07-04", Day, "2025-07-04", "2025-07-05", false, false},
	{"21st of May 2025", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"May 21, 2025", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"May 21 2025", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"21\u00a0May\u00a02025", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"May 21, 2025, 9:30", "2025-05-21T09:30Z", "21 May 2025, 09:30 UTC", "2025-05-21T09:30Z", Minute, "2025-05-21T09:30:00Z", "2025-05-21T09:31:00Z", false, false},
	{"21 May 2025 at 14:00 GMT", "2025-05-21T14:00Z", "21 May 2025, 14:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T14:01:00Z", false, false},
	{"Wednesday, 21 May 2025", "2025-05-21", "21 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-22", false, false},
	{"Tues 20 May 2025", "2025-05-20", "20 May 2025", "2025-05-20", Day, "2025-05-20", "2025-05-21", false, false},
	{"Thurs. May 22, 2025.", "2025-05-22", "22 May 2025", "2025-05-22", Day, "2025-05-22", "2025-05-23", false, false},
	{"21 May 2025, 2:30 pm", "2025-05-21T14:30Z", "21 May 2025, 14:30 UTC", "2025-05-21T14:30Z", Minute, "2025-05-21T14:30:00Z", "2025-05-21T14:31:00Z", false, false},
	{"21 May 2025 12am", "2025-05-21T00:00Z", "21 May 2025, 00:00 UTC", "2025-05-21T00:00Z", Minute, "2025-05-21", "2025-05-21T00:01:00Z", false, false},
	{"21 May 2025 9:05a.m. UTC", "2025-05-21T09:05Z", "21 May 2025, 09:05 UTC", "2025-05-21T09:05Z", Minute, "2025-05-21T09:05:00Z", "2025-05-21T09:06:00Z", false, false},
	{"early 2024", "early 2024", "early 2024", "2024", Year, "2024-01-01", "2024-05-01", false, false},
	{"mid 2024", "mid 2024", "mid-2024", "2024", Year, "2024-05-01", "2024-09-01", false, false},
	{"mid-2024", "mid 2024", "mid-2024", "2024", Year, "2024-05-01", "2024-09-01", false, false},
	{"Middle 2024", "mid 2024", "mid-2024", "2024", Year, "2024-05-01", "2024-09-01", false, false},
	{"late 2024", "late 2024", "late 2024", "2024", Year, "2024-09-01", "2025-01-01", false, false},
	{"early July 2024", "early 2024-07", "early July 2024", "2024-07", Month, "2024-07-01", "2024-07-11", false, false},
	{"mid-July 2024", "mid 2024-07", "mid-July 2024", "2024-07", Month, "2024-07-11", "2024-07-21", false, false},
	{"late July 2024", "late 2024-07", "late July 2024", "2024-07", Month, "2024-07-21", "2024-08-01", false, false},
	{"late February 2024", "late 2024-02", "late February 2024", "2024-02", Month, "2024-02-21", "2024-03-01", false, false},
	{"late 2024-07", "late 2024-07", "late July 2024", "2024-07", Month, "2024-07-21", "2024-08-01", false, false},
	{"about 2024", "2024~", "about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, false},
	{"circa 2024", "2024~", "about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, false},
	{"c. 2024", "2024~", "about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, false},
	{"ca. 2024", "2024~", "about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, false},
	{"around July 2023", "2023-07~", "about July 2023", "2023-07", Month, "2023-07-01", "2023-08-01", true, false},
	{"About late 2024", "late 2024~", "about late 2024", "2024", Year, "2024-09-01", "2025-01-01", true, false},
	{"perhaps 2024", "2024?", "perhaps 2024", "2024", Year, "2024-01-01", "2025-01-01", false, true},
	{"2024 (uncertain)", "2024?", "perhaps 2024", "2024", Year, "2024-01-01", "2025-01-01", false, true},
	{"perhaps about 2024", "2024%", "perhaps about 2024", "2024", Year, "2024-01-01", "2025-01-01", true, true},
	{"July 2023?", "2023-07?", "perhaps July 2023", "2023-07", Month, "2023-07-01", "2023-08-01", false, true},
	{"spring 2024", "2024-21", "spring 2024", "2024", Season, "2024-03-01", "2024-06-01", false, false},
	{"Fall 2024", "2024-23", "autumn 2024", "2024", Season, "2024-09-01", "2024-12-01", false, false},
	{"since 2024", "2024/..", "since 2024", "2024", Year, "2024-01-01", "10001-01-01", false, false},
	{"from May 2024", "2024-05/..", "since May 2024", "2024-05", Month, "2024-05-01", "10001-01-01", false, false},
	{"in late 2024", "late 2024", "late 2024", "2024", Year, "2024-09-01", "2025-01-01", false, false},
	{"during May 2025", "2025-05", "May 2025", "2025-05", Month, "2025-05-01", "2025-06-01", false, false},
	{"in the middle of 2024", "mid 2024", "mid-2024", "2024", Year, "2024-05-01", "2024-09-01", false, false},
	// English nouns for the parts, with their "of".
	{"end of 2025", "late 2025", "late 2025", "2025", Year, "2025-09-01", "2026-01-01", false, false},
	{"The end of 2025", "late 2025", "late 2025", "2025", Year, "2025-09-01", "2026-01-01", false, false},
	{"at the end of 2025", "late 2025", "late 2025", "2025", Year, "2025-09-01", "2026-01-01", false, false},
	{"beginning of March 2026", "early 2026-03", "early March 2026", "2026-03", Month, "2026-03-01", "2026-03-11", false, false},
	{"the start of 2025", "early 2025", "early 2025", "2025", Year, "2025-01-01", "2025-05-01", false, false},
	{"the middle of March 2026", "mid 2026-03", "mid-March 2026", "2026-03", Month, "2026-03-11", "2026-03-21", false, false},
	{"about the end of 2025", "late 2025~", "about late 2025", "2025", Year, "2025-09-01", "2026-01-01", true, false},
	{"from the beginning of March to the end of April 2025", "early 2025-03/late 2025-04", "early March 2025–late April 2025", "2025-03", Month, "2025-03-01", "2025-05-01", false, false},
	{"until about 2024", "../2024~", "until about 2024", "", Year, "0001-01-01", "2025-01-01", true, false},
	{"2023–2025", "2023/2025", "2023–2025", "2023", Year, "2023-01-01", "2026-01-01", false, false},
	{"2023 - 2025", "2023/2025", "2023–2025", "2023", Year, "2023-01-01", "2026-01-01", false, false},
	{"from 2023 to 2025", "2023/2025", "2023–2025", "2023", Year, "2023-01-01", "2026-01-01", false, false},
	{"between 2023 and 2025", "2023/2025", "2023–2025", "2023", Year, "2023-01-01", "2026-01-01", false, false},
	{"September–December 2024", "2024-09/2024-12", "September–December 2024", "2024-09", Month, "2024-09-01", "2025-01-01", false, false},
	{"Sep to Dec 2024", "2024-09/2024-12", "September–December 2024", "2024-09", Month, "2024-09-01", "2025-01-01", false, false},

	// Quarters, as the interval of their months.
	{"Q3 2024", "2024-07/2024-09", "July–September 2024", "2024-07", Month, "2024-07-01", "2024-10-01", false, false},
	{"2024 q1", "2024-01/2024-03", "January–March 2024", "2024-01", Month, "2024-01-01", "2024-04-01", false, false},
	{"2024-Q4", "2024-10/2024-12", "October–December 2024", "2024-10", Month, "2024-10-01", "2025-01-01", false, false},
	{"the second quarter of 2025", "2025-04/2025-06", "April–June 2025", "2025-04", Month, "2025-04-01", "2025-07-01", false, false},
	{"3rd quarter, 2023", "2023-07/2023-09", "July–September 2023", "2023-07", Month, "2023-07-01", "2023-10-01", false, false},
	{"first quarter 2023", "2023-01/2023-03", "January–March 2023", "2023-01", Month, "2023-01-01", "2023-04-01", false, false},
	{"The fourth quarter of 2023", "2023-10/2023-12", "October–December 2023", "2023-10", Month, "2023-10-01", "2024-01-01", false, false},
	// An interval from a point to itself is the point.
	{"2024–2024", "2024", "2024", "2024", Year, "2024-01-01", "2025-01-01", false, false},
	{"June–June 2024", "2024-06", "June 2024", "2024-06", Month, "2024-06-01", "2024-07-01", false, false},
	// Halves, likewise.
	{"H1 2025", "2025-01/2025-06", "January–June 2025", "2025-01", Month, "2025-01-01", "2025-07-01", false, false},
	{"the second half of 2024", "2024-07/2024-12", "July–December 2024", "2024-07", Month, "2024-07-01", "2025-01-01", false, false},
	// In French and Spanish too.
	{"T3 2024", "2024-07/2024-09", "July–September 2024", "2024-07", Month, "2024-07-01", "2024-10-01", false, false},
	{"troisième trimestre 2024", "2024-07/2024-09", "July–September 2024", "2024-07", Month, "2024-07-01", "2024-10-01", false, false},
	{"le second semestre 2024", "2024-07/2024-12", "July–December 2024", "2024-07", Month, "2024-07-01", "2025-01-01", false, false},
	{"primer semestre de 2025", "2025-01/2025-06", "January–June 2025", "2025-01", Month, "2025-01-01", "2025-07-01", false, false},
	{"S2 2025", "2025-07/2025-12", "July–December 2025", "2025-07", Month, "2025-07-01", "2026-01-01", false, false},
	// ISO weeks, as the interval of their days, Monday to Sunday.
	{"2025-W20", "2025-05-12/2025-05-18", "12–18 May 2025", "2025-05-12", Day, "2025-05-12", "2025-05-19", false, false},
	{"2025-w01", "2024-12-30/2025-01-05", "30 December 2024–5 January 2025", "2024-12-30", Day, "2024-12-30", "2025-01-06", false, false},
	// A winter written with the two years it spans is its first year's,
	// and is shown with both, as it runs from one into the other.
	{"winter 2024/25", "2024-24", "winter 2024–2025", "2024", Season, "2024-12-01", "2025-03-01", false, false},
	{"Winter 1999–2000", "1999-24", "winter 1999–2000", "1999", Season, "1999-12-01", "2000-03-01", false, false},
	{"winter 2024", "2024-24", "winter 2024–2025", "2024", Season, "2024-12-01", "2025-03-01", false, false},
	{"winter 500–501", "0500-24", "winter 500–501", "0500", Season, "0500-12-01", "0501-03-01", false, false},
	{"winter 9999", "9999-24", "winter 9999", "9999", Season, "9999-12-01", "10000-03-01", false, false},
	// A span from or to a winter sets its dash apart from the winter's.
	{"winter 2020 – 2021", "2020-24/2021", "winter 2020–2021 – 2021", "2020", Season, "2020-12-01", "2022-01-01", false, false},
	{"winter 001/002", "0001-24/0002", "winter 0001–0002 – 0002", "0001", Season, "0001-12-01", "0003-01-01", false, false},
	// A span, or a winter, with a year below 100 writes both years with
	// four digits, in one style.
	{"0099-03/0999", "0099-03/0999", "March 0099–0999", "0099-03", Month, "0099-03-01", "1000-01-01", false, false},
	{"0050/0500", "0050/0500", "0050–0500", "0050", Year, "0050-01-01", "0501-01-01", false, false},
	{"0099-05-01/0100-05-03", "0099-05-01/0100-05-03", "1 May 0099–3 May 0100", "0099-05-01", Day, "0099-05-01", "0100-05-04", false, false},
	{"winter 0099", "0099-24", "winter 0099–0100", "0099", Season, "0099-12-01", "0100-03-01", false, false},
	{"0150/0999", "0150/0999", "150–999", "0150", Year, "0150-01-01", "1000-01-01", false, false},
	{"Q2\u00a02022", "2022-04/2022-06", "April–June 2022", "2022-04", Month, "2022-04-01", "2022-07-01", false, false},
	{"4th quarter 2023", "2023-10/2023-12", "October–December 2023", "2023-10", Month, "2023-10-01", "2024-01-01", false, false},
	{"21–23 May 2025", "2025-05-21/2025-05-23", "21–23 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-24", false, false},
	// A hyphen between two days before a month, as the en dash.
	{"5-6 December 2026", "2026-12-05/2026-12-06", "5–6 December 2026", "2026-12-05", Day, "2026-12-05", "2026-12-07", false, false},
	// As American editors write them: the month first, the year after.
	{"December 5–6, 2026", "2026-12-05/2026-12-06", "5–6 December 2026", "2026-12-05", Day, "2026-12-05", "2026-12-07", false, false},
	{"December 5-6, 2026", "2026-12-05/2026-12-06", "5–6 December 2026", "2026-12-05", Day, "2026-12-05", "2026-12-07", false, false},
	{"Dec. 5 - 6, 2026", "2026-12-05/2026-12-06", "5–6 December 2026", "2026-12-05", Day, "2026-12-05", "2026-12-07", false, false},
	{"May 21–23, 2025", "2025-05-21/2025-05-23", "21–23 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-24", false, false},
	{"May 21-23 2025", "2025-05-21/2025-05-23", "21–23 May 2025", "2025-05-21", Day, "2025-05-21", "2025-05-24", false, false},
	{"from 05-06 Dec. 2026", "2026-12-05/2026-12-06", "5–6 December 2026", "2026-12-05", Day, "2026-12-05", "2026-12-07", false, false},
	{"3-5 mars 2025", "2025-03-03/2025-03-05", "3–5 March 2025", "2025-03-03", Day, "2025-03-03", "2025-03-06", false, false},
	{"3-5 de marzo de 2025", "2025-03-03/2025-03-05", "3–5 March 2025", "2025-03-03", Day, "2025-03-03", "2025-03-06", false, false},
	{"21 May–3 June 2025", "2025-05-21/2025-06-03", "21 May–3 June 2025", "2025-05-21", Day, "2025-05-21", "2025-06-04", false, false},
	{"21 May 2025, 14:00–16:00 UTC", "2025-05-21T14:00Z/2025-05-21T16:00Z", "21 May 2025, 14:00–16:00 UTC", "2025-05-21T14:00Z", Minute, "2025-05-21T14:00:00Z", "2025-05-21T16:01:00Z", false, false},
	{"autumn 2024–winter 2024–2025", "2024-23/2024-24", "autumn 2024 – winter 2024–2025", "2024", Season, "2024-09-01", "2025-03-01", false, false},
	{"winter 2023–2024 – spring 2024", "2023-24/2024-21", "winter 2023–2024 – spring 2024", "2023", Season, "2023-12-01", "2024-06-01", false, false},
	{"spring–winter 2024", "2024-21/2024-24", "spring 2024 – winter 2024–2025", "2024", Season, "2024-03-01", "2025-03-01", false, false},
	{"from winter 2024-2025 to 2026", "2024-24/2026", "winter 2024–2025 – 2026", "2024", Season, "2024-12-01", "2027-01-01", false, false},
	{"late 2024 – early 2025", "late 2024/early 2025", "late 2024–early 2025", "2024", Year, "2024-09-01", "2025-05-01", false, false},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.str {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.str)
		}
		if got := d.Human(); got != tt.human {
			t.Errorf("Parse(%q).Human() = %q, want %q", tt.in, got, tt.human)
		}
		if got := d.ISO(); got != tt.iso {
			t.Errorf("Parse(%q).ISO() = %q, want %q", tt.in, got, tt.iso)
		}
		if got := d.Precision(); got != tt.prec {
			t.Errorf("Parse(%q).Precision() = %v, want %v", tt.in, got, tt.prec)
		}
		if got := formatTime(d.Start()); got != tt.start {
			t.Errorf("Parse(%q).Start() = %s, want %s", tt.in, got, tt.start)
		}
		if got := formatTime(d.End()); got != tt.end {
			t.Errorf("Parse(%q).End() = %s, want %s", tt.in, got, tt.end)
		}
		if d.Approximate() != tt.approx || d.Uncertain() != tt.uncert {
			t.Errorf("Parse(%q): Approximate, Uncertain = %v, %v, want %v, %v", tt.in, d.Approximate(), d.Uncertain(), tt.approx, tt.uncert)
		}
		if d.IsZero() {
			t.Errorf("Parse(%q).IsZero() = true", tt.in)
		}
		for _, form := range []string{d.String(), d.Human()} {
			if d2, err := Parse(form); err != nil || d2 != d {
				t.Errorf("Parse(%q) = %v, %v; want %v (round trip of %q)", form, d2, err, d, tt.in)
			}
		}
	}
}

func formatTime(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

func TestAccessors(t *testing.T) {
	tests := []struct {
		in       string
		year     int
		month    time.Month
		interval bool
	}{
		{"2024", 2024, 0, false},
		{"late 2024", 2024, 0, false},
		{"2024-21", 2024, 0, false},
		{"2024-24", 2024, 0, false},
		{"2023-07", 2023, time.July, false},
		{"late July 2024", 2024, time.July, false},
		{"2025-05-21T14:00Z", 2025, time.May, false},
		{"2025-01-01T01:00+03:00", 2025, time.January, false}, // the writer's day
		{"2024-09/2025-03", 2024, time.September, true},
		{"2024/..", 2024, 0, true},
		{"../2024-05", 0, 0, true},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		if d.Year() != tt.year || d.Month() != tt.month || d.IsInterval() != tt.interval {
			t.Errorf("Parse(%q): Year, Month, IsInterval = %d, %d, %v; want %d, %d, %v",
				tt.in, d.Year(), d.Month(), d.IsInterval(), tt.year, tt.month, tt.interval)
		}
	}
}

func TestZero(t *testing.T) {
	var d Date
	if !d.IsZero() || d.String() != "" || d.Human() != "" || d.ISO() != "" || d.Precision() != None {
		t.Errorf("zero Date: IsZero %v, String %q, Human %q, ISO %q, Precision %v", d.IsZero(), d.String(), d.Human(), d.ISO(), d.Precision())
	}
	if !d.Start().IsZero() || !d.End().IsZero() || d.Year() != 0 || d.Month() != 0 {
		t.Errorf("zero Date: Start %v, End %v, Year %d, Month %d", d.Start(), d.End(), d.Year(), d.Month())
	}
	if d.IsInterval() || d.Approximate() || d.Uncertain() {
		t.Errorf("zero Date: IsInterval %v, Approximate %v, Uncertain %v", d.IsInterval(), d.Approximate(), d.Uncertain())
	}
}

// errorTests are texts Parse rejects, with where and why.
var errorTests = []struct {
	in     string
	offset int
	msg    string
}{
	{"", 0, "empty date"},
	{"2025-W53", 6, "2025 has weeks 1 to 52"},
	{"2024/25", 5, "a year needs four digits: write 2024/2025 for the two years"},
	{"1999/00", 5, "a year needs four digits: write 1999/2000 for the two years"},
	{"2024/12", 5, "a month is written after a hyphen: 2024-12 (a year needs four digits)"},
	{"2024/06", 5, "a month is written after a hyphen: 2024-06 (a year needs four digits)"},
	{"2024/30", 5, "missing year"},
	{"9999-W52", 0, "the week runs out of the years 1 to 9999"},
	{"2025-W5", 5, "a week is written as 2025-W20: two digits, and nothing after them"},
	{"2025-W20~", 5, "a week is written as 2025-W20: two digits, and nothing after them"},
	{"winter 2025/24", 12, "a winter runs from one year into the next: winter 2025/26"},
	{"autumn 2024–winter 2024–2026", 28, "a winter runs from one year into the next: winter 2024/25"},
	{"21/05/2025", 0, "a date of numbers with the year last is not read; write it year first, 2025-05-21"},
	{" 5.21.2025", 1, "a date of numbers with the year last is not read; write it year first, 2025-05-21"},
	{"05/2025", 0, "a month with the year last is not read; write it year first, 2025-05"},
	{"13/2025", 0, "a date of numbers with the year last is not read; write it year first, YYYY-MM-DD, as in 2025-05-21"},
	{"21-05-2025", 0, "a date of numbers with the year last is not read; write it year first, 2025-05-21"},
	{"5/10/2025", 0, "a date of numbers with the year last is ambiguous; write it year first: 2025-10-05 if the day is first, 2025-05-10 if the month is"},
	{"7.7.2025", 0, "a date of numbers with the year last is not read; write it year first, 2025-07-07"},
	{"40/50/2025", 0, "a date of numbers with the year last is not read; write it year first, YYYY-MM-DD, as in 2025-05-21"},
	{"20251010", 0, "a date of digits alone is not read; write it with hyphens, 2025-10-10"},
	{"21 May 2025, 14:00 UTC+25", 22, "there is no time zone offset +25"},
	{"21 May 2025, 14:00 UTC+3:5", 22, "a time zone offset is written +hh:mm"},
	{"21 May 2025, 14:00 UTC3", 22, "unexpected \"3\""},
	{"21 May 2025, 14:00 UTC−13", 22, "there is no time zone offset −13"},
	{"21 May 2025, 0:30 am", 13, "there is no hour 0 am"},
	{"21 mai 2025 25 h", 12, "there is no hour 25"},
	{"21 mai 2025 14 h 00 15 h", 20, "unexpected \"15\": the time is already given; a range of times is written with a dash between them, as 14:00–15:00"},
	{"21 May 2025 14:00 16:00", 18, "unexpected \"16\": the time is already given; a range of times is written with a dash between them, as 14:00–16:00"},
	{"21 de mayo de 2025 de 14:00 a 16:00", 30, "unexpected \"16\": the time is already given; a range of times is written with a dash between them, as 14:00–16:00"},
	{"21 May 2025, 09:00-11:00", 18, "09:00-11:00 is not read: write a range of times with a dash between them or \"to\" (09:00–11:00), an offset after UTC (09:00 UTC−11)"},
	{"21 May 2025, 9:00-10:30", 17, "9:00-10:30 is not read: write a range of times with a dash between them or \"to\" (9:00–10:30), an offset after UTC (9:00 UTC−10:30)"},
	{"21 mai 2025 de 14 h à 16 h 30", 23, "unexpected \"16\": the time is already given; a range of times is written with a dash between them, as 14:00–16:30"},
	{" 202510", 1, "a date of digits alone is not read; write it with hyphens, 2025-10"},
	{"20251310", 0, "years beyond 9999 are not supported"},
	{"Q5 2024", 0, `unexpected "Q5": a quarter is written on its own with its year, such as "Q3 2024" or "the third quarter of 2024", Q1 to Q4`},
	{"Q3", 0, `unexpected "Q3": a quarter is written on its own with its year, such as "Q3 2024" or "the third quarter of 2024", Q1 to Q4`},
	{"Q1–Q3 2024", 0, `unexpected "Q1": a quarter is written on its own with its year, such as "Q3 2024" or "the third quarter of 2024", Q1 to Q4`},
	{"about Q3 2024", 6, `unexpected "Q3": a quarter is written on its own with its year, such as "Q3 2024" or "the third quarter of 2024", Q1 to Q4`},
	{"fourth quarter", 0, `unexpected "fourth": a quarter is written on its own with its year, such as "Q3 2024" or "the third quarter of 2024", Q1 to Q4`},
	{"Q3 0000", 3, "there is no year 0: years start at 1"},
	{"H3 2025", 0, `unknown word "H3"`},
	{"   ", 0, "empty date"},
	{"2025-02-30", 8, "February 2025 has only 28 days"},
	{"2024-04-31", 8, "April 2024 has only 30 days"},
	{"30 February 2024", 0, "February 2024 has only 29 days"},
	{"2025-02-00", 8, "there is no day 0"},
	{"2025-13", 5, "there is no month 13"},
	{"2025-00", 5, "there is no month 00"},
	{"9999-99-99", 5, "there is no month 99"},
	{"2024-25", 5, "only the seasons 21 to 24 are supported"},
	{"2024-21-01", 7, "a season cannot have a day"},
	{"0000", 0, "there is no year 0: years start at 1"},
	{"0000-01", 0, "there is no year 0: years start at 1"},
	{"10000", 0, "years beyond 9999 are not supported"},
	{"12345-01", 0, "years beyond 9999 are not supported"},
	{"Y12345", 0, "years beyond 9999 are not supported"},
	{"-0500", 0, "years before 1 are not supported"},
	{"202X", 3, "unspecified digits (X) are not supported; use an interval such as 2020/2029"},
	{"2024-XX", 5, "unspecified digits (X) are not supported; use an interval such as 2020/2029"},
	{"24-05", 0, "a year needs four digits"},
	{"2024-5", 5, "a month needs two digits"},
	{"2024-2025", 5, "a month needs two digits; write a range of years as 2024/2025"},
	{"2024-05-1", 8, "a day needs two digits"},
	{"2025-05-21T25:00Z", 11, "there is no hour 25"},
	{"2025-05-21T14:60Z", 11, "there is no minute 60"},
	{"2025-05-21T14Z", 11, "a time needs hours and minutes, as 14:00"},
	{"2025-05-21T14:00+25:00", 16, "there is no time zone offset +25:00"},
	{"9999-12-31T23:00-05:00", 11, "in UTC the time falls outside the years 1 to 9999"},
	{"2025/2024", 5, "the interval ends before it starts"},
	{"2024-12/2024-09", 8, "the interval ends before it starts"},
	{"December–September 2024", 11, "the interval ends before it starts"},
	{"21 May 2025, 23:00–01:00", 21, "the interval ends before it starts; for one past midnight, give the end's day too, as in 21 May 2025, 23:00 UTC – 22 May 2025, 01:00 UTC"},
	{"31 December 2025, 23:30 UTC+3–00:30", 32, "the interval ends before it starts; for one past midnight, give the end's day too, as in 31 December 2025, 23:30 UTC+3 – 1 January 2026, 00:30 UTC+3"},
	{"31 December 9999, 23:30–00:30", 26, "the interval ends before it starts"},
	{"2024/2025/2026", 9, `too many "/": an interval has two ends`},
	{"2025/10/21", 0, `a date is written with hyphens, 2025-10-21; a "/" joins the two ends of an interval`},
	{"2025-05-21T14:00+15:00", 16, "there is no time zone offset +15:00"},
	{"21 May 2025, 14:00 UTC−14:30", 22, "there is no time zone offset −14:30"},
	{"2025-05-21T14:00-13:00", 16, "there is no time zone offset -13:00"},
	{"../..", 0, "an interval needs at least one known end"},
	{"/", 0, "an interval needs at least one known end"},
	{"2024 foo", 5, `unknown word "foo"`},
	{"2024-07-01abc", 10, `unexpected "abc"`},
	{"2024x", 4, "unspecified digits (X) are not supported; use an interval such as 2020/2029"},
	{"2024-07-01 and then some more text", 10, `unexpected " and then some m…"`},
	{"2024??", 4, "only one of ?, ~ and % may follow a date"},
	{"2024~?", 4, "only one of ?, ~ and % may follow a date"},
	{"July", 0, "missing year"},
	{"about", 5, "missing date"},
	{"since", 5, "missing date"},
	{"early 2024-07-01", 0, "early, mid and late apply only to a year or a month"},
	{"early late 2024", 6, "only one of early, mid and late may be given"},
	{"May June 2024", 4, `unexpected "June": the month is already given`},
	{"2024 2025", 5, `unexpected "2025": the year is already given`},
	{"5 2024", 0, "a day needs a month"},
	{"2024 14:00", 5, "a time needs a day"},
	{"21 May 2025, 14:00 foo", 19, `unexpected "foo" after the time`},
	{"spring May 2024", 7, `unexpected "May": the month is already given`},
	{"between 2023, 2025", 18, `missing "and" after "between"`},
	{"entre 2023, 2025", 16, `missing "et" or "y" after "entre"`},
	{"du 5 au 3 mars 2025", 8, "the interval ends before it starts"},
	{"21 May 25", 7, `unexpected "25": the day is already given`},
	{"Monday 21 May 2025", 0, "21 May 2025 is a Wednesday, not a Monday"},
	{"mardi 3 mars 2025", 0, "3 March 2025 is a Monday, not a Tuesday"},
	{"martes 3 de marzo de 2025", 0, "3 March 2025 is a Monday, not a Tuesday"},
	{"lundi mars 2025", 0, "a weekday needs a day"},
	{"Monday May 2025", 0, "a weekday needs a day"},
	{"21 May 2025, 13:00 pm", 13, "there is no hour 13 pm"},
	{"21 May 2025 pm", 12, `unexpected "pm"`},
	{"the 2020s", 4, "write a decade as an interval, such as 2020/2029"},
	{"September-December 2024", 0, `unknown word "September-December"; write a range with "to" or "/"`},
	// A hyphen joins two days only before a month.
	{"21-23 2025", 0, `unexpected "21-23"; write a range with "to" or "/"`},
	{"5-6-7 December 2026", 0, `unexpected "5-6-7"; write a range with "to" or "/"`},
	// In French and Spanish, with how those write a range.
	{"mars-mai 2025", 0, `unknown word "mars-mai"; write a range with "to" or "/" (in French, "du 3 au 5 mars 2025", "de mars à mai 2025")`},
	{"MARZO-MAYO DE 2025", 0, `unknown word "MARZO-MAYO"; write a range with "to" or "/" (in Spanish, "del 3 al 5 de marzo de 2025", "de marzo a mayo de 2025")`},
	// A part's noun without its "of", and words before one that
	// are not read, are told the date to write.
	{"end 2025", 4, `missing "of" after "end": write "end of 2025", or "late 2025"`},
	{"End-2025", 4, `missing "of" after "End": write "End of 2025", or "late 2025"`},
	{"beginning March 2026", 10, `missing "of" after "beginning": write "beginning of March 2026", or "early March 2026"`},
	{"end", 3, `missing "of" after "end"`},
	{"end of 21 May 2025", 0, "early, mid and late apply only to a year or a month"},
	{"by the end of June 2025", 0, `unknown word "by"; write "late June 2025", or "until late June 2025" for a deadline`},
	{"perhaps by June 2025", 8, `unknown word "by"; write "perhaps June 2025", or "until perhaps June 2025" for a deadline`},
	{"Towards the end of 2025", 0, `unknown word "Towards"; write "late 2025"`},
	{"towards 2025", 0, `unknown word "towards"`},
	{"by by 2025", 0, `unknown word "by"`},
	// Before and after, told the interval open at one end to write, in
	// the language's own words for a year.
	{"before 2020", 0, `unknown word "before"; write "until 2019"`},
	{"Before May 2025", 0, `unknown word "Before"; write "until April 2025"`},
	{"before 1 March 2024", 0, `unknown word "before"; write "until 29 February 2024"`},
	{"after 2021", 0, `unknown word "after"; write "since 2022"`},
	{"after December 2024", 0, `unknown word "after"; write "since January 2025"`},
	{"before late 2024", 0, `unknown word "before"; write an interval open at its start, such as "until 2019" or ../2019`},
	{"after", 0, `unknown word "after"; write an interval open at its end, such as "since 2021" or 2021/..`},
	{"avant 2020", 0, `unknown word "avant"; write "jusqu'en 2019" or "until 2019"`},
	{"après 2021", 0, `unknown word "après"; write "depuis 2022" or "since 2022"`},
	{"avant le 21 mai 2025", 0, `unknown word "avant"; write "until 20 May 2025"`},
	{"antes de 2020", 0, `unknown word "antes"; write "hasta 2019" or "until 2019"`},
	{"después de 2021", 0, `unknown word "después"; write "desde 2022" or "since 2022"`},
	{"ongoing", 0, `unknown word "ongoing"; write an interval open at its end, such as "since 2021" or 2021/..`},
	{"2021 to ongoing", 8, `unknown word "ongoing"; write an interval open at its end, such as "since 2021" or 2021/..`},
	{"en cours", 3, `unknown word "cours"; write an interval open at its end, such as "depuis 2021" or 2021/..`},
	{"en curso", 3, `unknown word "curso"; write an interval open at its end, such as "desde 2021" or 2021/..`},
	// Eras, decades and centuries in words.
	{"44 BC", 3, "years before 1 are not supported"},
	{"500 BCE", 4, "years before 1 are not supported"},
	{"March 44 B.C.", 9, "years before 1 are not supported"},
	{"années 2020", 0, "write a decade as an interval, such as 2020/2029"},
	{"les années 1990", 0, "write a decade as an interval, such as 1990/1999"},
	{"los años 2020", 0, "write a decade as an interval, such as 2020/2029"},
	{"XXIe siècle", 0, "write a century as an interval, such as 2001/2100"},
	{"le XIXème siècle", 0, "write a century as an interval, such as 1801/1900"},
	{"the 21st century", 0, "write a century as an interval, such as 2001/2100"},
	{"siglo XX", 0, "write a century as an interval, such as 1901/2000"},
	// A time zone's abbreviation, told to write the offset.
	{"2025-05-21 14:00 EAT", 17, `unknown time zone "EAT"; write the time's offset from UTC instead, as 2025-05-21 14:00+03:00, or none: a time without one is in the site's time_zone`},
	{"2025-05-21T14:00 CEST", 17, `unknown time zone "CEST"; write the time's offset from UTC instead, as 2025-05-21T14:00+02:00, or none: a time without one is in the site's time_zone`},
	{"2025-05-21T14:00 EDT", 17, `unknown time zone "EDT"; write the time's offset from UTC instead, as 2025-05-21T14:00-04:00, or none: a time without one is in the site's time_zone`},
	{"2025-05-21T14:00 IST", 17, `unknown time zone "IST"; write the time's offset from UTC instead, as 2025-05-21T14:00+02:00 for a zone two hours ahead of UTC, or none: a time without one is in the site's time_zone`},
	{"21 May 2025, 14:00 EAT", 19, `unknown time zone "EAT"; write the time's offset from UTC instead, as 14:00 UTC+3, or none: a time without one is in the site's time_zone`},
	{"21 May 2025, 14:00 EST", 19, `unknown time zone "EST"; write the time's offset from UTC instead, as 14:00 UTC-5, or none: a time without one is in the site's time_zone`},
	{"21 May 2025, 14:00 ACST", 19, `unknown time zone "ACST"; write the time's offset from UTC instead, as 14:00 UTC+9:30, or none: a time without one is in the site's time_zone`},
	{"2025-05-21T14:00 foo", 16, `unexpected " foo"`},
	{"2025-05-21T02:00 PM", 16, `unexpected " PM"`},
	// Only a winter has two years.
	{"spring 2024/25", 12, `only winter runs from one year into the next; write "spring 2024" or "spring 2025"`},
	{"autumn 2024–25", 14, `only winter runs from one year into the next; write "autumn 2024" or "autumn 2025"`},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := Parse(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) error = %v, want a *ParseError", tt.in, err)
			continue
		}
		if pe.Msg != tt.msg || pe.Offset != tt.offset || pe.Input != tt.in {
			t.Errorf("Parse(%q) error = {%q, %d, %q}, want {%q, %d, %q}", tt.in, pe.Input, pe.Offset, pe.Msg, tt.in, tt.offset, tt.msg)
		}
	}
}

func TestErrorString(t *testing.T) {
	_, err := Parse("2025-02-30")
	if got, want := err.Error(), `invalid date "2025-02-30": February 2025 has only 28 days`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestText(t *testing.T) {
	var d Date
	if err := d.UnmarshalText([]byte("late July 2024")); err != nil {
		t.Fatal(err)
	}
	b, err := d.MarshalText()
	if err != nil || string(b) != "late 2024-07" {
		t.Errorf("MarshalText() = %q, %v; want %q", b, err, "late 2024-07")
	}
	if err := d.UnmarshalText([]byte(" ")); err != nil || !d.IsZero() {
		t.Errorf("UnmarshalText(\" \") = %v, %v; want zero Date", d, err)
	}
	if err := d.UnmarshalText([]byte("2025-13")); err == nil {
		t.Errorf("UnmarshalText(\"2025-13\") succeeded")
	}
}

func TestPrecisionString(t *testing.T) {
	for p, want := range map[Precision]string{None: "none", Year: "year", Season: "season", Month: "month", Day: "day", Minute: "minute", 9: "Precision(9)"} {
		if got := p.String(); got != want {
			t.Errorf("Precision(%d).String() = %q, want %q", p, got, want)
		}
	}
}
