package date

import "strconv"

// String returns the canonical form of d: EDTF where EDTF has a form
// ("2023-07", "2024~", "2024-21", "2024-09/2024-12", "2025-05-21T14:00Z",
// "2024/..", "../2024"), and otherwise a phrase made of "early", "mid" or
// "late" and an EDTF date ("late 2024", "early 2024-07~", "late 2024/2025").
// Parse(d.String()) gives back d. The zero Date gives "".
func (d Date) String() string {
	switch d.kind {
	case pointKind:
		return string(d.start.appendEDTF(nil))
	case intervalKind:
		b := make([]byte, 0, 24)
		b = d.start.appendEDTFEnd(b)
		b = append(b, '/')
		b = d.end.appendEDTFEnd(b)
		return string(b)
	}
	return ""
}

// appendEDTFEnd appends p as one end of an interval.
func (p point) appendEDTFEnd(b []byte) []byte {
	if p.open() {
		return append(b, ".."...)
	}
	return p.appendEDTF(b)
}

func (p point) appendEDTF(b []byte) []byte {
	switch p.part {
	case early:
		b = append(b, "early "...)
	case mid:
		b = append(b, "mid "...)
	case late:
		b = append(b, "late "...)
	}
	b = p.appendISO(b)
	switch p.qual {
	case uncertain:
		b = append(b, '?')
	case approximate:
		b = append(b, '~')
	case uncertain | approximate:
		b = append(b, '%')
	}
	return b
}

// appendISO appends the EDTF form of p without part or qualifier.
func (p point) appendISO(b []byte) []byte {
	b = append4(b, int(p.year))
	if p.prec >= Season {
		b = append(b, '-')
		b = append2(b, int(p.month))
	}
	if p.prec >= Day {
		b = append(b, '-')
		b = append2(b, int(p.day))
	}
	if p.prec >= Minute {
		b = append(b, 'T')
		b = append2(b, int(p.hour))
		b = append(b, ':')
		b = append2(b, int(p.minute))
		if p.zone == 0 {
			return append(b, 'Z')
		}
		sign, z := byte('+'), int(p.zone)
		if z < 0 {
			sign, z = '-', -z
		}
		b = append(append(b, sign), byte('0'+z/600), byte('0'+z/60%10), ':')
		b = append2(b, z%60)
	}
	return b
}

func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000%10), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}

// ISO returns a value for the datetime attribute of an HTML <time> element:
// "2024", "2023-07", "2025-05-21" or "2025-05-21T14:00Z". Seasons and the
// thirds of a year give the year, the thirds of a month give the month, so
// ISO never claims more precision than d has. For an interval ISO describes
// its start; it returns "" for the zero Date and for an interval open at its
// start.
func (d Date) ISO() string {
	if d.kind == zeroKind || d.start.open() {
		return ""
	}
	p := d.start
	if p.prec == Season {
		p.prec = Year
	}
	return string(p.appendISO(nil))
}

const enDash = "–"

// appendClock appends "14:00".
func (p point) appendClock(b []byte) []byte {
	b = append2(b, int(p.hour))
	b = append(b, ':')
	return append2(b, int(p.minute))
}

// YearString returns year y as dates show it: "2024", or "0050" for a
// year below 100, which could be read as a day.
func YearString(y int) string { return string(appendYear(nil, y)) }

// appendYear appends a year for readers: without leading zeros, except that
// years below 100 keep four digits so that they cannot be read as a day.
func appendYear(b []byte, y int) []byte { return appendYearWide(b, y, false) }

// appendYearWide appends a year as appendYear does, but with four digits
// when wide, for a year beside one below 100 ("0099–0999").
func appendYearWide(b []byte, y int, wide bool) []byte {
	if y < 100 || wide {
		return append4(b, y)
	}
	return strconv.AppendInt(b, int64(y), 10)
}
