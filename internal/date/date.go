package date

import (
	"cmp"
	"strconv"
	"strings"
	"time"
)

// Precision is the unit in which a date is given.
type Precision uint8

// The precisions, from the coarsest to the finest. None is the precision of
// the zero Date.
const (
	None Precision = iota
	Year
	Season
	Month
	Day
	Minute
)

var precisionNames = [...]string{"none", "year", "season", "month", "day", "minute"}

// String returns the lower-case name of the precision ("month").
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// part narrows a year or a month to one of its thirds.
type part uint8

const (
	whole part = iota
	early
	mid
	late
)

// qual holds the EDTF qualifiers of a point as bit flags.
type qual uint8

const (
	uncertain qual = 1 << iota
	approximate
)

// point is one end of an interval, or the whole of a single date.
// Fields finer than prec are zero, so equal points compare equal with ==.
// A point with prec None is an open end of an interval.
type point struct {
	year   int16
	month  uint8 // 1–12, or 21–24 for a season
	day    uint8
	hour   uint8
	minute uint8
	zone   int16 // a time's offset, in minutes east of UTC
	prec   Precision
	part   part
	qual   qual
}

func (p point) open() bool { return p.prec == None }

// bounds returns the first instant of the point's span and the first instant
// after it.
func (p point) bounds() (start, end time.Time) {
	y, m := int(p.year), time.Month(p.month)
	switch p.prec {
	case Year:
		switch p.part {
		case early:
			return utc(y, 1, 1), utc(y, 5, 1)
		case mid:
			return utc(y, 5, 1), utc(y, 9, 1)
		case late:
			return utc(y, 9, 1), utc(y+1, 1, 1)
		}
		return utc(y, 1, 1), utc(y+1, 1, 1)
	case Season:
		first := time.Month(3*(int(p.month)-21) + 3)
		return utc(y, first, 1), utc(y, first+3, 1)
	case Month:
		switch p.part {
		case early:
			return utc(y, m, 1), utc(y, m, 11)
		case mid:
			return utc(y, m, 11), utc(y, m, 21)
		case late:
			return utc(y, m, 21), utc(y, m+1, 1)
		}
		return utc(y, m, 1), utc(y, m+1, 1)
	case Day:
		return utc(y, m, int(p.day)), utc(y, m, int(p.day)+1)
	case Minute:
		loc := time.UTC
		if p.zone != 0 {
			loc = time.FixedZone("", int(p.zone)*60) // the day and hour as written
		}
		t := time.Date(y, m, int(p.day), int(p.hour), int(p.minute), 0, 0, loc)
		return t, t.Add(time.Minute)
	}
	return time.Time{}, time.Time{}
}

func utc(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// openEnd is End of an interval that is open at its end: later than the end
// of any date this package can represent (winter 9999 ends in March 10000).
func openEnd() time.Time { return utc(10001, 1, 1) }

type kind uint8

const (
	zeroKind kind = iota
	pointKind
	intervalKind
)

// Date is a possibly fuzzy date or interval of dates. The zero Date means
// "no date". Dates are comparable with ==, and two Dates are == exactly when
// their String forms are equal.
type Date struct {
	start point // the single point, or the start of an interval
	end   point // the end of an interval
	kind  kind
}

// IsZero reports whether d is the zero Date, which stands for no date.
func (d Date) IsZero() bool { return d.kind == zeroKind }

// IsInterval reports whether d is an interval ("2024-09/2024-12", "2024/..").
func (d Date) IsInterval() bool { return d.kind == intervalKind }

// first returns the point that Year, Month, Precision and ISO describe: the
// date itself, or the start of an interval (the end if the start is open).
func (d Date) first() point {
	if d.kind == intervalKind && d.start.open() {
		return d.end
	}
	return d.start
}

// Precision returns the precision of d, or of the start of an interval (of
// its end if the start is open). Early, mid and late keep the precision of
// what they narrow: "late 2024" has precision Year.
func (d Date) Precision() Precision { return d.first().prec }

// Start returns the first instant of d's span, in UTC, or in the offset
// of a time written with one. It returns the zero time.Time (1 January of
// year 1) for the zero Date and for an interval open at its start.
func (d Date) Start() time.Time {
	if d.kind == zeroKind || d.start.open() {
		return time.Time{}
	}
	s, _ := d.start.bounds()
	return s
}

// End returns the first instant after d's span, in UTC or the offset of
// its time, as Start: End is exclusive. For an interval it is the end of
// its last part; for an interval open at its end it is 1 January 10001,
// after any date Parse accepts. It returns the zero time.Time for the zero
// Date.
func (d Date) End() time.Time {
	switch d.kind {
	case pointKind:
		_, e := d.start.bounds()
		return e
	case intervalKind:
		if d.end.open() {
			return openEnd()
		}
		_, e := d.end.bounds()
		return e
	}
	return time.Time{}
}

// Year returns the year in which d starts, for grouping timelines. It
// returns 0 for the zero Date and for an interval open at its start
// ("../2024"), whose start is unknown.
func (d Date) Year() int {
	if d.kind == zeroKind || d.start.open() {
		return 0
	}
	return int(d.start.year) // the year of Start, without working it out
}

// EndYear returns the year of d's end as written, which End falls
// before the end of the next year (a winter's end, a time's offset):
// the year of an interval's end, or of d itself. It is 10000 for an
// interval open at its end and 0 for the zero Date. Callers looking for
// the latest of many dates pass over those it rules out without working
// out their End.
func (d Date) EndYear() int {
	switch d.kind {
	case pointKind:
		return int(d.start.year)
	case intervalKind:
		if d.end.open() {
			return 10000
		}
		return int(d.end.year)
	}
	return 0
}

// Month returns the month in which d starts, or 0 when d (or the start of an
// interval) is coarser than a month: a year, a season, or the early, mid or
// late part of a year. It also returns 0 for the zero Date and for an interval
// open at its start.
func (d Date) Month() time.Month {
	if d.kind == zeroKind || d.start.open() || d.start.prec < Month {
		return 0
	}
	return time.Month(d.start.month) // the month of Start
}

// Approximate reports whether d, or either end of an interval, is marked as
// approximate ("2024~", "about 2024", "2024%").
func (d Date) Approximate() bool {
	return (d.start.qual|d.end.qual)&approximate != 0
}

// Uncertain reports whether d, or either end of an interval, is marked as
// uncertain ("2024?", "perhaps 2024", "2024%").
func (d Date) Uncertain() bool {
	return (d.start.qual|d.end.qual)&uncertain != 0
}

// Contains reports whether o's span lies within d's span. Both must be
// non-zero. Times are taken as written, whatever their offsets, as the
// days of other dates are: 23:30 UTC−5 on 21 May lies within 21 May.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return !AsWritten(o.Start()).Before(AsWritten(d.Start())) && !AsWritten(o.End()).After(AsWritten(d.End()))
}

// AsWritten returns t's wall clock in its location as a time in UTC.
func AsWritten(t time.Time) time.Time {
	if t.Location() == time.UTC {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// Compare returns -1, 0 or +1 as a sorts before, with or after b. The order is
// total: the earlier day of Start first, each time on the day it is written
// on (so that 23:30 UTC−5 on 21 May comes before 22 May, which in UTC it
// is part of); on one day the less precise date first, so "2024" <
// "2024-01" < "2024-01-01" < "2024-01-01T01:00+03:00", though that time is
// in UTC on the last day of 2023; then earlier Start, which orders the
// times of one day by their instants; then a single date before an interval,
// so "2024-06" < "2024-06/2025-09" (a span that starts with a date reads
// as what follows it); then the longer span first, so "2024" < "early 2024"
// and "2024-09/2025-03" < "2024-09/2024-12"; then by String. Zero Dates
// sort last. Compare(a, b) == 0 exactly when a == b.
func Compare(a, b Date) int {
	if az, bz := a.IsZero(), b.IsZero(); az || bz {
		switch {
		case az && bz:
			return 0
		case az:
			return +1
		default:
			return -1
		}
	}
	as, bs := a.Start(), b.Start()
	if c := cmp.Compare(DayNumber(as), DayNumber(bs)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Precision(), b.Precision()); c != 0 {
		return c
	}
	if c := as.Compare(bs); c != 0 {
		return c
	}
	if c := cmp.Compare(a.kind, b.kind); c != 0 { // a single date before an interval
		return c
	}
	if c := b.End().Compare(a.End()); c != 0 {
		return c
	}
	return strings.Compare(a.String(), b.String())
}

// DayNumber returns the day of t in its own location as one number, yyyymmdd,
// which orders days: that of Start, for a time, is the day written.
func DayNumber(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with Parse. Empty text
// gives the zero Date rather than an error.
func (d *Date) UnmarshalText(text []byte) error {
	if len(strings.TrimSpace(string(text))) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
