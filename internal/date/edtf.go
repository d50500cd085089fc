package date

import "strings"

// looksEDTF reports whether a date core s is written in EDTF rather than in
// words: its first word is a year followed by '-' or 'T' ("2024-07"), a year
// with unspecified digits ("202X"), a year of five or more digits, or a
// signed or Y-prefixed year. A bare four-digit year reads the same either
// way and is left to the natural parser.
func looksEDTF(s string) bool {
	w := s
	if i := strings.IndexAny(w, " ,\t"); i >= 0 {
		w = w[:i]
	}
	if w == "" {
		return false
	}
	switch w[0] {
	case '-', 'y', 'Y':
		return len(w) > 1 && isDigit(w[1])
	}
	n, x := 0, false
	for n < len(w) && (isDigit(w[n]) || w[n] == 'x' || w[n] == 'X') {
		x = x || !isDigit(w[n])
		n++
	}
	if n == 0 || (x && n == 1) {
		return false // a word such as "Xmas"
	}
	if n == len(w) {
		return x || n > 4
	}
	switch w[n] {
	case '-':
		// "24-05" is a short EDTF year; "21-23 May" is a natural range.
		return n >= 4 || len(w) == len(s)
	case 'T', 't':
		return n > 2 // a year and its time, "2025T…", not a day's "4th"
	}
	return x
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// edtf parses an EDTF date at [lo, hi) into f:
//
//	YYYY [-MM [-DD [(T|space) hh:mm [:ss[.fff]] [Z | ±hh[[:]mm]]]]]
//
// where MM may also be a season, 21 to 24.
func (p *parser) edtf(lo, hi int, f *fields) *ParseError {
	s := p.in
	switch s[lo] {
	case '-':
		return p.errorf(lo, "years before 1 are not supported")
	case 'y', 'Y':
		return p.errorf(lo, "years beyond 9999 are not supported")
	}
	i := lo
	j, err := p.digits(i, hi)
	if err != nil {
		return err
	}
	if j-i < 4 {
		return p.errorf(i, "a year needs four digits")
	}
	if f.year, err = p.checkYear(i, s[i:j]); err != nil {
		return err
	}
	f.has |= hasYear
	if i = j; i == hi {
		return nil
	}
	if s[i] != '-' {
		return p.unexpected(i, hi)
	}

	i++
	if j, err = p.digits(i, hi); err != nil {
		return err
	}
	if j-i != 2 {
		if j-i == 4 && j == hi {
			return p.errorf(i, "a month needs two digits; write a range of years as %s/%s", s[lo:i-1], s[i:j])
		}
		return p.errorf(i, "a month needs two digits")
	}
	switch m := atoi(s[i:j]); {
	case 1 <= m && m <= 12:
		f.month = m
		f.has |= hasMonth
	case 21 <= m && m <= 24:
		f.season = m
	case 25 <= m && m <= 41:
		return p.errorf(i, "only the seasons 21 to 24 are supported")
	default:
		return p.errorf(i, "there is no month %02d", m)
	}
	if i = j; i == hi {
		return nil
	}
	if s[i] != '-' {
		return p.unexpected(i, hi)
	}
	if f.season != 0 {
		return p.errorf(i, "a season cannot have a day")
	}

	i++
	if j, err = p.digits(i, hi); err != nil {
		return err
	}
	if j-i != 2 {
		return p.errorf(i, "a day needs two digits")
	}
	f.day, f.dayOff = atoi(s[i:j]), i
	f.has |= hasDay
	if i = j; i == hi {
		return nil
	}
	if c := s[i]; c != 'T' && c != 't' && !(c == ' ' && i+1 < hi && isDigit(s[i+1])) {
		return p.unexpected(i, hi)
	}

	i++
	if i, err = p.clock(i, hi, 2, f); err != nil {
		return err
	}
	if i == hi {
		return nil
	}
	if s[i] == ' ' && i+1 < hi && (s[i+1] == '+' || s[i+1] == '-') {
		i++ // "2025-05-21 14:00:00 +0300", as Jekyll writes dates
	}
	// "UTC", "GMT" (with an offset after them) or "Z", as a time in words
	// is written: "2025-05-21T14:00 UTC", "2025-05-21T14:00 GMT+3".
	k := i
	if s[k] == ' ' {
		k++
	}
	if w := p.lower[k:hi]; strings.HasPrefix(w, "utc") || strings.HasPrefix(w, "gmt") {
		f.has |= hasZone
		if k+3 == hi {
			return nil
		}
		return p.zone(k+3, hi, f)
	}
	if k > i && p.lower[k:hi] == "z" {
		f.has |= hasZone
		return nil
	}
	if zoneAbbreviation(s[k:hi]) {
		return p.zoneHint(k, s[k:hi], s[lo:i], "")
	}
	switch s[i] {
	case 'Z', 'z':
		i++
		f.has |= hasZone
	case '+', '-':
		sign := 1
		if s[i] == '-' {
			sign = -1
		}
		start := i
		i++
		j = scanDigits(s, i, hi)
		if j-i != 2 && j-i != 4 {
			return p.errorf(start, "a time zone offset is written +hh:mm")
		}
		h, m := atoi(s[i:i+2]), 0
		if j-i == 4 {
			m = atoi(s[i+2 : j])
		} else if j < hi && s[j] == ':' {
			i = j + 1
			j = scanDigits(s, i, hi)
			if j-i != 2 {
				return p.errorf(start, "a time zone offset is written +hh:mm")
			}
			m = atoi(s[i:j])
		}
		if m > 59 || h*60+m > 14*60 || sign < 0 && h*60+m > 12*60 { // offsets run from UTC−12 to UTC+14
			return p.errorf(start, "there is no time zone offset %s", s[start:j])
		}
		f.zone = sign * (h*60 + m)
		f.has |= hasZone
		i = j
	}
	if i < hi {
		return p.unexpected(i, hi)
	}
	return nil
}

// clock parses hh:mm[:ss[.fff]] at [i, hi) into f, where the hour has at
// least minHour digits, and returns the position after it. Seconds are
// checked and dropped.
func (p *parser) clock(i, hi, minHour int, f *fields) (int, *ParseError) {
	s, start := p.in, i
	j := scanDigits(s, i, hi)
	if j-i < minHour || j-i > 2 || j == hi || s[j] != ':' {
		return i, p.errorf(start, "a time needs hours and minutes, as 14:00")
	}
	h := atoi(s[i:j])
	i = j + 1
	j = scanDigits(s, i, hi)
	if j-i != 2 {
		return i, p.errorf(start, "a time needs hours and minutes, as 14:00")
	}
	m := atoi(s[i:j])
	i = j
	if i < hi && s[i] == ':' {
		j = scanDigits(s, i+1, hi)
		if j-i != 3 {
			return i, p.errorf(i+1, "seconds need two digits")
		}
		if sec := atoi(s[i+1 : j]); sec > 60 {
			return i, p.errorf(i+1, "there is no second %d", sec)
		}
		i = j
		if i+1 < hi && (s[i] == '.' || s[i] == ',') && isDigit(s[i+1]) {
			i = scanDigits(s, i+1, hi)
		}
	}
	switch {
	case h > 23:
		return i, p.errorf(start, "there is no hour %d", h)
	case m > 59:
		return i, p.errorf(start, "there is no minute %d", m)
	}
	f.hour, f.minute, f.timeOff = h, m, start
	f.has |= hasTime
	return i, nil
}

// digits scans the digits of a date component at [i, hi) and returns the
// position after them, rejecting unspecified digits (X).
func (p *parser) digits(i, hi int) (int, *ParseError) {
	j := i
	for j < hi && (isDigit(p.in[j]) || p.in[j] == 'X' || p.in[j] == 'x') {
		if !isDigit(p.in[j]) {
			return j, p.errorf(j, "unspecified digits (X) are not supported; use an interval such as 2020/2029")
		}
		j++
	}
	return j, nil
}

func scanDigits(s string, i, hi int) int {
	for i < hi && isDigit(s[i]) {
		i++
	}
	return i
}

// atoi converts a short string of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
