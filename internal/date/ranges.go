package date

import (
	"strings"
	"time"
)

// separators are the words and dashes between the two ends of a natural
// range, in English, French and Spanish. A word that also joins a time to
// its day ("à 9 h", "a las 14:00") separates only before what is not a
// time, for "de 14:00 a 16:00" to be told how a range of times is
// written.
var separators = [...]struct {
	s         string
	notToTime bool
}{
	{"–", false}, {"—", false}, {" - ", false}, {" to ", false}, {" until ", false}, {" till ", false},
	{" au ", true}, {" à ", true}, {" a ", true}, {" al ", true}, {" hasta ", true},
}

// separator finds the first range separator ("–", " to ", " au ") in
// [lo, hi) and returns its bounds. One within a phrase of the site's
// words is no separator: the "a" of Catalan's "cap a 2024" (about), the
// "al" of Italian's "intorno al 21 maggio".
func (p *parser) separator(lo, hi int) (sl, sh int, ok bool) {
	sl = hi
	phrases := p.sitePhrases(lo, hi)
	for _, sep := range separators {
		for from := lo; from < sl; {
			i := strings.Index(p.lower[from:hi], sep.s)
			if i < 0 || from+i >= sl {
				break
			}
			at := from + i
			if sep.notToTime && p.timeAt(at+len(sep.s), hi) || sep.s[0] != ' ' && p.winterDash(lo, at, at+len(sep.s), hi) || within(phrases, at) {
				from = at + len(sep.s)
				continue
			}
			sl, sh, ok = at, at+len(sep.s), true
			break
		}
	}
	if at, found := p.dayHyphen(lo, sl); found {
		sl, sh, ok = at, at+1, true
	}
	return sl, sh, ok
}

// sitePhrases returns where the site's phrases of more than one word
// are written in [lo, hi), each starting a word, as pairs of their start
// and end.
func (p *parser) sitePhrases(lo, hi int) [][2]int {
	var spans [][2]int
	for i := lo; i < hi && len(p.site) > 0; {
		if w, end, _ := p.siteAt(i, hi); w != nil && strings.Contains(w.text, " ") {
			spans = append(spans, [2]int{i, end})
			i = end
			continue
		}
		for i < hi && spaceAt(p.in, i) == 0 {
			i++
		}
		for i < hi && spaceAt(p.in, i) > 0 {
			i += spaceAt(p.in, i)
		}
	}
	return spans
}

// within reports whether at is inside one of spans, after its start.
func within(spans [][2]int, at int) bool {
	for _, s := range spans {
		if s[0] < at && at < s[1] {
			return true
		}
	}
	return false
}

// dayHyphen finds in [lo, hi) a hyphen between two day numbers before a
// month, "5-6 December 2026", "3-5 de marzo", which joins them as an en
// dash does: not the hyphens of an EDTF date, "2025-05-06", nor those
// of numbers no month follows. On a site whose day is written with a
// dot, "{day}. {month} {year}", the days may have theirs: "21.-23. Mai
// 2025".
func (p *parser) dayHyphen(lo, hi int) (int, bool) {
	s := p.lower
	dot := p.words != nil && strings.Contains(p.words.DayFormat, "{day}.")
	for from := lo; from < hi; {
		i := strings.IndexByte(s[from:hi], '-')
		if i < 0 {
			return 0, false
		}
		at := from + i
		from = at + 1
		b, z := at, scanDigits(s, at+1, hi)
		if dot && b > lo && s[b-1] == '.' {
			b-- // "21.-23. Mai 2025"
		}
		a := b
		for a > lo && isDigit(s[a-1]) {
			a--
		}
		if b-a < 1 || b-a > 2 || z-at-1 < 1 || z-at-1 > 2 || a > lo && spaceAt(s, a-1) == 0 && s[a-1] != ',' {
			continue
		}
		if dot && z < hi && s[z] == '.' {
			z++
		}
		if (z == hi || s[z] == ',' || s[z] == ' ' && yearAfter(s, z, hi)) && p.monthBefore(lo, a) {
			return at, true // "December 5-6, 2026", "May 5-6 2026"
		}
		next, end := p.trim(z, hi)
		if next == z {
			continue // "5-6th", "5-6:00", "5-6-7"
		}
		if _, after, ok := p.word(next, end, "de"); ok {
			next = after
		}
		k := next
		for k < end && spaceAt(s, k) == 0 && s[k] != ',' {
			k++
		}
		if p.month(strings.TrimSuffix(s[next:k], ".")) != 0 {
			return at, true
		}
	}
	return 0, false
}

// monthBefore reports whether the word before the blanks before a, in
// [lo, a), is a month's name: "december 5".
func (p *parser) monthBefore(lo, a int) bool {
	s := p.lower
	j := a
	for j > lo && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > lo && ('a' <= s[k-1] && s[k-1] <= 'z' || s[k-1] == '.' || s[k-1] >= 0x80) {
		k--
	}
	return j < a && k < j && p.month(strings.TrimSuffix(s[k:j], ".")) != 0
}

// yearAfter reports whether s[i:hi] is blanks and a number of four
// digits, a year, and nothing else.
func yearAfter(s string, i, hi int) bool {
	for i < hi && s[i] == ' ' {
		i++
	}
	return hi-i == 4 && scanDigits(s, i, hi) == hi
}

// timeAt reports whether a time starts at i: "9 h", "14h30", "14:00",
// "las 14:00".
func (p *parser) timeAt(i, hi int) bool {
	if _, next, ok := p.word(i, hi, "las"); ok {
		i = next
	}
	if _, ok := p.frenchHour(i, hi); ok {
		return true
	}
	j := scanDigits(p.lower, i, hi)
	return j > i && j-i <= 2 && j < hi && p.lower[j] == ':'
}

// between parses "between X and Y", "entre X et Y" or "entre X y Y", whose
// X starts at lo; w is the first word.
func (p *parser) between(w string, lo, hi int) (Date, *ParseError) {
	ands := []string{" and "}
	if w == "entre" {
		ands = []string{" et ", " y "}
	}
	for _, and := range ands {
		if i := strings.Index(p.lower[lo:hi], and); i >= 0 {
			return p.rangeOf(lo, lo+i, lo+i+len(and), hi)
		}
	}
	if w == "entre" {
		return Date{}, p.errorf(hi, `missing "et" or "y" after "entre"`)
	}
	return Date{}, p.errorf(hi, `missing "and" after "between"`)
}

// openInterval parses "since X" (toEnd false) or "until X" (toEnd true),
// where X is at [lo, hi).
func (p *parser) openInterval(lo, hi int, toEnd bool) (Date, *ParseError) {
	pt, err := p.point(lo, hi)
	if err != nil {
		return Date{}, err
	}
	if toEnd {
		return Date{end: pt, kind: intervalKind}, nil
	}
	return Date{start: pt, kind: intervalKind}, nil
}

// slashInterval parses an EDTF interval with its '/' at i.
func (p *parser) slashInterval(lo, i, hi int) (Date, *ParseError) {
	if j := strings.IndexByte(p.in[i+1:hi], '/'); j >= 0 {
		if y, m, d, ok := slashedDay(strings.TrimSpace(p.in[lo:hi])); ok {
			return Date{}, p.errorf(lo, "a date is written with hyphens, %s-%s-%s; a \"/\" joins the two ends of an interval", y, m, d)
		}
		return Date{}, p.errorf(i+1+j, `too many "/": an interval has two ends`)
	}
	if err := p.shortYear(lo, i, i+1, hi); err != nil {
		return Date{}, err
	}
	a, err := p.intervalEnd(lo, i)
	if err != nil {
		return Date{}, err
	}
	z, err := p.intervalEnd(i+1, hi)
	if err != nil {
		return Date{}, err
	}
	if a.open() && z.open() {
		return Date{}, p.errorf(lo, "an interval needs at least one known end")
	}
	return p.interval(a, z, i+1)
}

// intervalEnd parses one side of an EDTF interval. An empty side (unknown)
// and ".." (open) both give an open end.
func (p *parser) intervalEnd(lo, hi int) (point, *ParseError) {
	lo, hi = p.trim(lo, hi)
	if lo == hi || p.in[lo:hi] == ".." {
		return point{}, nil
	}
	return p.point(lo, hi)
}

// rangeOf parses a natural range such as "September–December 2024", whose
// separator is at [sl, sh). The start may leave out what it shares with the
// end, and the end may be just a time when the start has a day.
func (p *parser) rangeOf(lo, sl, sh, hi int) (Date, *ParseError) {
	l, err := p.fields(lo, sl)
	if err != nil {
		return Date{}, err
	}
	r, err := p.fields(sh, hi)
	if err != nil {
		return Date{}, err
	}
	justTime := borrow(&l, &r)
	a, err := p.resolve(&l)
	if err != nil {
		return Date{}, err
	}
	z, err := p.resolve(&r)
	if err != nil {
		return Date{}, err
	}
	d, err := p.interval(a, z, r.lo)
	if err != nil && justTime {
		if hint, ok := overnight(a, z); ok {
			err.Msg += "; for one past midnight, give the end's day too, as in " + hint
		}
	}
	return d, err
}

// overnight returns the times a and z of one day as a range from a to z
// on the next day, each with its offset, "21 May 2025, 23:00 UTC+3 –
// 22 May 2025, 01:00 UTC+3"; false past the year 9999.
func overnight(a, z point) (string, bool) {
	t := time.Date(int(a.year), time.Month(a.month), int(a.day)+1, 0, 0, 0, 0, time.UTC)
	if t.Year() > 9999 {
		return "", false
	}
	z.year, z.month, z.day = int16(t.Year()), uint8(t.Month()), uint8(t.Day())
	sep := English.TimeSeparator
	b := a.appendZone(a.appendClock(append(a.appendDay(nil, English, false), sep...)), English)
	b = append(b, " "+enDash+" "...)
	return string(z.appendZone(z.appendClock(append(z.appendDay(b, English, false), sep...)), English)), true
}

// interval checks that z does not end before a starts (see ordered). off
// is where z was written. An interval from a point to itself,
// "2024–2024", is the point.
func (p *parser) interval(a, z point, off int) (Date, *ParseError) {
	if !a.open() && !z.open() {
		if !ordered(a, z) {
			return Date{}, p.errorf(off, "the interval ends before it starts")
		}
		if a == z {
			return Date{start: a, kind: pointKind}, nil
		}
	}
	return Date{start: a, end: z, kind: intervalKind}, nil
}

// ordered reports whether the closed ends a and z make an interval: the
// start a is not after the end z at the coarser precision of the two. Two
// times are ordered by their instants, whatever their offsets. Otherwise
// z's span must reach past the start of a's, each taken as written, as
// Compare and Contains take them: "2024-05/2024-05-01T01:00+03:00" is
// ordered, though its end is on 30 April in UTC, as are
// "2024-05-15/2024-05" and "2024-05/2024", which end with the period
// they start in; "2024-06/2024-05" and "2024-05-01/2024-04-30T23:00-05:00"
// are not.
func ordered(a, z point) bool {
	as, _ := a.bounds()
	zs, ze := z.bounds()
	if a.prec == Minute && z.prec == Minute {
		return !zs.Before(as)
	}
	return AsWritten(ze).After(AsWritten(as))
}

// borrow completes the start l of a natural range with what it shares with
// the end r ("21–23 May 2025"), an end that is a day alone with the
// start's month ("May 21–23, 2025"), and an end that is just a time with
// the day of the start ("21 May 2025, 14:00–16:00 UTC"), which it reports.
func borrow(l, r *fields) (justTime bool) {
	const date = hasYear | hasMonth | hasDay
	if r.has&^hasZone == hasTime && r.season == 0 && l.has&date == date {
		r.year, r.month, r.day = l.year, l.month, l.day
		r.has |= date
		justTime = true
	}
	switch {
	case l.has&(hasTime|hasZone) == hasTime && r.has&hasZone != 0:
		// "14:00–16:00 UTC+3": the zone written once is both times'.
		l.zone = r.zone
		l.has |= hasZone
	case r.has&(hasTime|hasZone) == hasTime && l.has&(hasTime|hasZone) == hasTime|hasZone:
		// "14:00 UTC+3–16:00", likewise.
		r.zone = l.zone
		r.has |= hasZone
	}
	if r.has&(hasMonth|hasDay) == hasDay && r.season == 0 && l.has&(hasMonth|hasDay) == hasMonth|hasDay {
		// "December 5–6, 2026": the end's day is in the start's month.
		r.month = l.month
		r.has |= hasMonth
	}
	if l.has&hasYear == 0 && r.has&hasYear != 0 {
		l.year = r.year
		l.has |= hasYear
		if l.has&(hasDay|hasMonth) == hasDay && r.has&hasMonth != 0 {
			l.month = r.month
			l.has |= hasMonth
		}
	}
	return justTime
}
