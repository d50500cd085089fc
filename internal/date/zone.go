package date

import (
	"fmt"
	"slices"
	"time"
)

// A Warning is a doubt about a date a Reader reads: the text may mean
// another date than the one brief took, which Msg names.
type Warning struct {
	Offset int    // byte offset in the input of the text it is about
	Msg    string // what the text may mean, what brief took, and how to choose
}

// ParseWithWarnings parses s as Parse does, and also returns warnings
// about what it read: a time without an offset that the Reader's
// location's clocks show twice, going back, of which it takes the first.
// The warnings are nil when err is not.
func (r *Reader) ParseWithWarnings(s string) (Date, []Warning, error) {
	p := r.parser(s)
	d, err := p.parse()
	if err != nil {
		return Date{}, nil, err
	}
	return d, p.warnings, nil
}

// localTimes returns the instants, earliest first, at which loc's clocks
// show the minute of day y-m-d at h:min: none when they skip it, moving
// forward, and two when they show it twice, going back.
func localTimes(y int, m time.Month, d, h, minute int, loc *time.Location) []time.Time {
	wall := time.Date(y, m, d, h, minute, 0, 0, time.UTC)
	t := time.Date(y, m, d, h, minute, 0, 0, loc) // one of them, or the time after a gap
	probes := []time.Time{t}
	start, end := t.ZoneBounds()
	if !start.IsZero() {
		probes = append(probes, start.Add(-time.Second)) // the offset before t's
	}
	if !end.IsZero() {
		probes = append(probes, end) // and after
	}
	var out []time.Time
	for _, at := range probes {
		_, off := at.Zone()
		u := wall.Add(-time.Duration(off) * time.Second).In(loc)
		if AsWritten(u).Equal(wall) && !slices.ContainsFunc(out, u.Equal) {
			out = append(out, u)
		}
	}
	slices.SortFunc(out, time.Time.Compare)
	return out
}

// twice returns the warning for the time of pt, written without an
// offset, that loc's clocks show twice: at first and then at second.
func twice(pt point, first, second time.Time, loc *time.Location) string {
	_, a := first.Zone()
	_, b := second.Zone()
	pa, pb := pt, pt
	pa.zone, pb.zone = int16(a/60), int16(b/60)
	ta, tb := Date{start: pa, kind: pointKind}.String(), Date{start: pb, kind: pointKind}.String()
	return fmt.Sprintf("%02d:%02d on %d %s %d happens twice in %s, whose clocks go back: brief takes the first, %s; to choose, write the time with its offset, %s or %s",
		pt.hour, pt.minute, pt.day, time.Month(pt.month), pt.year, loc, ta, ta, tb)
}

// warn records the warning msg about the text at off, once.
func (p *parser) warn(off int, msg string) {
	if p.hinting || slices.ContainsFunc(p.warnings, func(w Warning) bool { return w.Offset == off }) {
		return
	}
	p.warnings = append(p.warnings, Warning{Offset: off, Msg: msg})
}
