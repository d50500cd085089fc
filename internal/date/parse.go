package date

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParseError describes why Parse rejected its input.
type ParseError struct {
	Input  string // the string given to Parse
	Offset int    // byte offset in Input of the problem, 0 if unknown
	Msg    string // what is wrong, in a few words
}

// Error returns the message with the input, as in
// `invalid date "2025-02-30": February 2025 has only 28 days`.
func (e *ParseError) Error() string {
	return "invalid date " + strconv.Quote(e.Input) + ": " + e.Msg
}

// Parse parses a date written in EDTF or in one of the natural forms listed
// in the package documentation. It ignores surrounding space and the case of
// words. The error, if any, is a *ParseError.
func Parse(s string) (Date, error) { return ParseIn(s, nil) }

// ParseIn is like Parse, but takes a time written without an offset
// ("2025-05-21T14:00", "21 May 2025, 2 pm") to be in loc, with the offset
// loc has at that time of that day; a nil loc stands for UTC.
func ParseIn(s string, loc *time.Location) (Date, error) {
	return (&Reader{loc: loc}).Parse(s)
}

// parser holds the input of one call to Parse. Positions are byte offsets
// into in; lower is in with its capitals lowered, so offsets agree.
type parser struct {
	in, lower string
	loc       *time.Location // of times written without an offset; nil for UTC
	words     *Words         // a site's, whose dates it reads too; nil for none
	site      []siteWord     // of words, as siteWords gives them
	hinting   bool           // parsing part of the text again for a message's hint
	warnings  []Warning      // about what it read, for ParseWithWarnings
}

// lower returns s with its capitals lowered where the small letter is as
// long in UTF-8, which keeps offsets into s and lower in step: every
// capital of English, French and Spanish ("AOÛT", "ÉTÉ", "OTOÑO"). Text
// without capitals, as most dates are, is returned as it is, without a
// copy.
func lower(s string) string {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder // one allocation, which String does not copy
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func (p *parser) errorf(off int, format string, args ...any) *ParseError {
	return &ParseError{Input: p.in, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// unexpected reports the text at [i, hi) as out of place.
func (p *parser) unexpected(i, hi int) *ParseError {
	s := p.in[i:hi]
	if len(s) > 16 {
		n := 16
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n] + "…"
	}
	return p.errorf(i, "unexpected %q", s)
}

// spaceAt returns the byte length of the space character at s[i], or 0.
// Besides ASCII white space it knows the no-break and thin spaces that
// word processors insert.
func spaceAt(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return 1
	case 0xc2: // U+00A0
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2
		}
	case 0xe2: // U+2009, U+202F
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xaf) {
			return 3
		}
	}
	return 0
}

// trim returns [lo, hi) without the spaces at either end.
func (p *parser) trim(lo, hi int) (int, int) {
	for lo < hi {
		n := spaceAt(p.in, lo)
		if n == 0 || lo+n > hi {
			break
		}
		lo += n
	}
	for hi > lo {
		n := 0
		for k := 1; k <= 3 && hi-k >= lo; k++ {
			if spaceAt(p.in, hi-k) == k {
				n = k
				break
			}
		}
		if n == 0 {
			break
		}
		hi -= n
	}
	return lo, hi
}

// word reports whether [lo, hi) starts with one of the lower-case words ws,
// followed by a space or the end of the text, or by anything if the word ends
// in '.' or '-' ("c.2024", "mid-2024"). It returns the word and the position
// of the text after it and its following spaces.
func (p *parser) word(lo, hi int, ws ...string) (string, int, bool) {
	for _, w := range ws {
		end := lo + len(w)
		if end > hi || p.lower[lo:end] != w {
			continue
		}
		if end < hi && !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "-") && !strings.HasSuffix(w, "\u2011") && !strings.HasSuffix(w, "’") && !strings.HasSuffix(w, "'") && spaceAt(p.in, end) == 0 {
			continue
		}
		next, _ := p.trim(end, hi)
		return w, next, true
	}
	return "", lo, false
}

func (p *parser) parse() (Date, *ParseError) {
	lo, hi := p.trim(0, len(p.in))
	if lo == hi {
		return Date{}, p.errorf(0, "empty date")
	}
	if parts := yearLast(p.in[lo:hi]); parts != nil {
		return Date{}, p.errorf(lo, "%s", yearLastAdvice(parts))
	}
	if err := p.refused(lo, hi); err != nil {
		return Date{}, err
	}
	if s := p.in[lo:hi]; (len(s) == 6 || len(s) == 8) && strings.Trim(s, "0123456789") == "" && s[4:6] >= "01" && s[4:6] <= "12" {
		with := s[:4] + "-" + s[4:6]
		if len(s) == 8 {
			with += "-" + s[6:]
		}
		return Date{}, p.errorf(lo, "a date of digits alone is not read; write it with hyphens, %s", with)
	}
	sw, swEnd, swNext := p.siteAt(lo, hi)
	if err := p.ambiguous(sw, lo, swEnd); err != nil {
		return Date{}, err
	}
	// The site's since or until before Parse's, which may be its first
	// word only: "desde o início de 2024".
	if sw != nil && (sw.means.kind == meansSince || sw.means.kind == meansUntil) {
		return p.openInterval(swNext, hi, sw.means.kind == meansUntil)
	}
	if _, next, ok := p.word(lo, hi, sinceWords...); ok {
		return p.openInterval(next, hi, false)
	}
	if _, next, ok := p.word(lo, hi, untilWords...); ok {
		return p.openInterval(next, hi, true)
	}
	if _, next, ok := p.word(lo, hi, fromWords...); ok {
		if sl, sh, ok := p.separator(next, hi); ok {
			return p.rangeOf(next, sl, sh, hi)
		}
		return p.openInterval(next, hi, false)
	}
	if _, next, ok := p.word(lo, hi, "de", "du", "del", "d’", "d'"); ok {
		// "du 3 au 5 mars 2025", "de marzo a mayo de 2025": a range, as
		// "from" starts one; "de mars 2025" alone is March.
		if sl, sh, ok := p.separator(next, hi); ok {
			return p.rangeOf(next, sl, sh, hi)
		}
	}
	if w, next, ok := p.word(lo, hi, betweenWords...); ok {
		return p.between(w, next, hi)
	}
	if d, ok, err := p.winterAcross(lo, hi); ok {
		return d, err
	}
	if d, ok, err := p.isoWeek(lo, hi); ok {
		return d, err
	}
	if i := strings.IndexByte(p.in[lo:hi], '/'); i >= 0 {
		return p.slashInterval(lo, lo+i, hi)
	}
	if sl, sh, ok := p.separator(lo, hi); ok {
		return p.rangeOf(lo, sl, sh, hi)
	}
	if d, ok, err := p.quarter(lo, hi); ok {
		return d, err
	}
	pt, err := p.point(lo, hi)
	if err != nil {
		return Date{}, err
	}
	return Date{start: pt, kind: pointKind}, nil
}

// yearLast returns how many numbers s has when it is a date written with
// the year last, as 21/05/2025, 5.21.2025 or 05/2025 are: one or two
// numbers of one or two digits, then a year of four, separated by the same
// "/", "." or "-"; and 0 for anything else.
func yearLast(s string) []string {
	// Most dates are not: they do not end in a separator and four digits.
	if n := len(s); n < 6 || !strings.ContainsRune("/.-", rune(s[n-5])) || strings.Trim(s[n-4:], "0123456789") != "" {
		return nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) < 2 || len(parts) > 3 || strings.Count(s, s[len(parts[0]):len(parts[0])+1]) != len(parts)-1 {
		return nil
	}
	for i, part := range parts {
		want := len(part) >= 1 && len(part) <= 2
		if i == len(parts)-1 {
			want = len(part) == 4
		}
		if !want || strings.Trim(part, "0123456789") != "" {
			return nil
		}
	}
	return parts
}

// slashedDay splits a day written year first with slashes, "2025/10/21",
// into its year, month and day, two digits each but the year.
func slashedDay(s string) (y, m, d string, ok bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 || len(parts[0]) != 4 || len(parts[1]) < 1 || len(parts[1]) > 2 || len(parts[2]) < 1 || len(parts[2]) > 2 {
		return "", "", "", false
	}
	for _, p := range parts {
		if strings.Trim(p, "0123456789") != "" {
			return "", "", "", false
		}
	}
	return parts[0], pad2(parts[1]), pad2(parts[2]), true
}

// pad2 returns a number of one or two digits with two.
func pad2(s string) string { return strings.Repeat("0", 2-len(s)) + s }

// yearLastAdvice returns what to write for a date of numbers with the
// year last, parts as yearLast splits it: the date year first when only
// one reading is a date, both when either is.
func yearLastAdvice(parts []string) string {
	year := parts[len(parts)-1]
	month := func(s string) bool { n, _ := strconv.Atoi(s); return n >= 1 && n <= 12 }
	day := func(s string) bool { n, _ := strconv.Atoi(s); return n >= 1 && n <= 31 }
	const generic = "a date of numbers with the year last is not read; write it year first, YYYY-MM-DD, as in 2025-05-21"
	if len(parts) == 2 {
		if !month(parts[0]) {
			return generic
		}
		return fmt.Sprintf("a month with the year last is not read; write it year first, %s-%s", year, pad2(parts[0]))
	}
	a, b := parts[0], parts[1]
	switch dayFirst, monthFirst := month(b) && day(a), month(a) && day(b); {
	case dayFirst && monthFirst && a != b:
		return fmt.Sprintf("a date of numbers with the year last is ambiguous; write it year first: %s-%s-%s if the day is first, %s-%s-%s if the month is", year, pad2(b), pad2(a), year, pad2(a), pad2(b))
	case dayFirst:
		return fmt.Sprintf("a date of numbers with the year last is not read; write it year first, %s-%s-%s", year, pad2(b), pad2(a))
	case monthFirst:
		return fmt.Sprintf("a date of numbers with the year last is not read; write it year first, %s-%s-%s", year, pad2(a), pad2(b))
	}
	return generic
}

// fields is a date as written, before it is checked and made a point.
type fields struct {
	year, month, day int
	hour, minute     int
	zone             int // minutes east of UTC
	season           int // 21–24, or 0
	has              uint8
	part             part
	qual             qual
	weekday          time.Weekday // checked against the day if weekdayOff != 0
	meridiem         bool         // "am" or "pm" has been applied
	// Offsets for error messages; weekdayOff is 1 + the offset, or 0.
	lo, partOff, dayOff, timeOff, weekdayOff int
}

// Bits of fields.has.
const (
	hasYear uint8 = 1 << iota
	hasMonth
	hasDay
	hasTime
	hasZone // the time's offset is written, "Z" or "UTC" for 0
)

// point parses one date at [lo, hi).
func (p *parser) point(lo, hi int) (point, *ParseError) {
	f, err := p.fields(lo, hi)
	if err != nil {
		return point{}, err
	}
	return p.resolve(&f)
}

// fields parses qualifier and part words, qualifier suffixes and then an EDTF
// or natural date at [lo, hi).
func (p *parser) fields(lo, hi int) (fields, *ParseError) {
	lo, hi = p.trim(lo, hi)
	f := fields{lo: lo}
	for lo < hi {
		sw, swEnd, swNext := p.siteAt(lo, hi)
		if err := p.ambiguous(sw, lo, swEnd); err != nil {
			return f, err
		}
		if sw != nil && (sw.means.kind == meansQual || sw.means.kind == meansPart) {
			// The site's own words: "etwa", "Ende".
			if sw.means.kind == meansQual {
				f.qual |= qual(sw.means.n)
			} else if f.part != whole {
				return f, p.errorf(lo, "only one of early, mid and late may be given")
			} else {
				f.part, f.partOff = part(sw.means.n), lo
			}
			lo = swNext
			continue
		}
		if _, next, ok := p.word(lo, hi, approximateWords...); ok {
			f.qual |= approximate
			lo = next
			continue
		}
		if _, next, ok := p.word(lo, hi, uncertainWords...); ok {
			f.qual |= uncertain
			lo = next
			continue
		}
		if w, next, ok := p.word(lo, hi, partWords...); ok {
			if f.part != whole {
				return f, p.errorf(lo, "only one of early, mid and late may be given")
			}
			f.part = partOf(w)
			f.partOff = lo
			lo = next
			// "middle of 2024", "fin de 2024", "finales del 2024";
			// "end of 2025", whose noun must have its "of".
			ofs, noun := []string{"of", "de", "del", "du"}, nounPart(w)
			if noun {
				ofs = ofs[:1]
			}
			if _, next, ok := p.word(lo, hi, ofs...); ok {
				lo = next
			} else if noun {
				return f, p.missingOf(w, f.partOff, lo, hi, f.part)
			}
			continue
		}
		// "by the end of June 2025", a deadline, which a date does not
		// say, and "towards the end of 2025", told the date to write.
		if w, next, ok := p.word(lo, hi, hintWords...); ok {
			if hint := p.partHint(w, f.qual, next, hi); hint != "" {
				return f, p.errorf(lo, "unknown word %q; %s", p.in[lo:lo+len(w)], hint)
			}
		}
		// Words that say no more than the date after them: "in late
		// 2024", "during May 2025", "at the end of 2025", "à la mi-2024",
		// "au début de 2025", "courant mai 2025", "en mayo de 2025", "a
		// finales de 2024".
		if _, next, ok := p.word(lo, hi, fillerWords...); ok {
			lo = next
			continue
		}
		break
	}
	for _, sfx := range [...]struct {
		s string
		q qual
	}{{"(uncertain)", uncertain}, {"(approximate)", approximate}, {"(approx.)", approximate}} {
		if strings.HasSuffix(p.lower[lo:hi], sfx.s) {
			f.qual |= sfx.q
			lo, hi = p.trim(lo, hi-len(sfx.s))
		}
	}
	if hi > lo {
		if q := qualifier(p.in[hi-1]); q != 0 {
			if hi-1 > lo && qualifier(p.in[hi-2]) != 0 {
				return f, p.errorf(hi-2, "only one of ?, ~ and %% may follow a date")
			}
			f.qual |= q
			lo, hi = p.trim(lo, hi-1)
		}
	}
	if lo == hi {
		return f, p.errorf(lo, "missing date")
	}
	var err *ParseError
	if looksEDTF(p.in[lo:hi]) {
		err = p.edtf(lo, hi, &f)
	} else {
		err = p.natural(lo, hi, &f)
	}
	return f, err
}

// missingOf reports a part written at off as the noun w without the "of"
// that must follow it, at lo: "end 2025", "end-2025". When what follows
// is a year or a month, the message gives the two ways to write it:
// "end of 2025", or "late 2025".
func (p *parser) missingOf(w string, off, lo, hi int, pa part) *ParseError {
	name := p.in[off : off+len(strings.TrimSuffix(w, "-"))]
	msg := fmt.Sprintf("missing \"of\" after %q", name)
	if p.hinting {
		return p.errorf(lo, "%s", msg)
	}
	p.hinting = true
	pt, err := p.point(lo, hi)
	p.hinting = false
	if err != nil || pt.part != whole || pt.prec != Year && pt.prec != Month {
		return p.errorf(lo, "%s", msg)
	}
	pt.part = pa
	return p.errorf(lo, "%s: write %q, or %q", msg, name+" of "+p.in[lo:hi], Date{start: pt, kind: pointKind}.Human())
}

// partHint returns what to write for a date whose first word, w, is not
// read, and whose rest, at [lo, hi), is: for "by", a deadline, the date
// and the interval that ends with it ("by the end of June 2025": "late
// June 2025", or "until late June 2025"); for "towards" before early, mid
// or late, the date ("towards the end of 2025": "late 2025"). It returns
// "" when the rest is not a date. q is the qualifier read before w.
func (p *parser) partHint(w string, q qual, lo, hi int) string {
	if p.hinting {
		return ""
	}
	p.hinting = true
	pt, err := p.point(lo, hi)
	p.hinting = false
	pt.qual |= q
	switch {
	case err != nil:
		return ""
	case w == "by":
		return fmt.Sprintf("write %q, or %q for a deadline", Date{start: pt, kind: pointKind}.Human(), Date{end: pt, kind: intervalKind}.Human())
	case pt.part != whole:
		return fmt.Sprintf("write %q", Date{start: pt, kind: pointKind}.Human())
	}
	return ""
}

func qualifier(c byte) qual {
	switch c {
	case '?':
		return uncertain
	case '~':
		return approximate
	case '%':
		return uncertain | approximate
	}
	return 0
}

// resolve checks f and turns it into a point.
func (p *parser) resolve(f *fields) (point, *ParseError) {
	if f.has&hasYear == 0 {
		return point{}, p.errorf(f.lo, "missing year")
	}
	pt := point{year: int16(f.year), part: f.part, qual: f.qual}
	switch {
	case f.season != 0:
		if f.has&(hasMonth|hasDay|hasTime) != 0 {
			return point{}, p.errorf(f.lo, "a season cannot have a month, day or time")
		}
		pt.month, pt.prec = uint8(f.season), Season
	case f.has&hasMonth == 0:
		if f.has&hasDay != 0 {
			return point{}, p.errorf(f.dayOff, "a day needs a month")
		}
		if f.has&hasTime != 0 {
			return point{}, p.errorf(f.timeOff, "a time needs a day")
		}
		pt.prec = Year
	case f.has&hasDay == 0:
		if f.has&hasTime != 0 {
			return point{}, p.errorf(f.timeOff, "a time needs a day")
		}
		pt.month, pt.prec = uint8(f.month), Month
	default:
		m := time.Month(f.month)
		if f.day < 1 {
			return point{}, p.errorf(f.dayOff, "there is no day 0")
		}
		if n := daysIn(f.year, m); f.day > n {
			return point{}, p.errorf(f.dayOff, "%s %d has only %d days", m, f.year, n)
		}
		if wd := time.Date(f.year, m, f.day, 0, 0, 0, 0, time.UTC).Weekday(); f.weekdayOff != 0 && wd != f.weekday {
			return point{}, p.errorf(f.weekdayOff-1, "%d %s %d is a %s, not a %s", f.day, m, f.year, wd, f.weekday)
		}
		pt.month, pt.day, pt.prec = uint8(f.month), uint8(f.day), Day
		if f.has&hasTime == 0 {
			break
		}
		var local []time.Time // the instants the time is in p.loc, when written without an offset
		if f.has&hasZone == 0 && p.loc != nil {
			if local = localTimes(f.year, m, f.day, f.hour, f.minute, p.loc); len(local) == 0 {
				return point{}, p.errorf(f.timeOff, "there is no %02d:%02d on %d %s %d in %s: its clocks skip it, moving forward", f.hour, f.minute, f.day, m, f.year, p.loc)
			}
			_, off := local[0].Zone() // the first of two, when the clocks go back
			f.zone = off / 60         // zones' offsets of seconds, of the 19th century, drop them
		}
		t := time.Date(f.year, m, f.day, f.hour, f.minute, 0, 0, time.UTC)
		t = t.Add(-time.Duration(f.zone) * time.Minute)
		if t.Year() < 1 || t.Year() > 9999 {
			return point{}, p.errorf(f.timeOff, "in UTC the time falls outside the years 1 to 9999")
		}
		// The time is kept as written, with its offset: the day is the
		// writer's, and pages show the time they gave.
		pt.hour, pt.minute, pt.zone, pt.prec = uint8(f.hour), uint8(f.minute), int16(f.zone), Minute
		if len(local) > 1 {
			p.warn(f.timeOff, twice(pt, local[0], local[1], p.loc))
		}
	}
	if f.weekdayOff != 0 && pt.prec < Day {
		return point{}, p.errorf(f.weekdayOff-1, "a weekday needs a day")
	}
	if pt.part != whole && pt.prec != Year && pt.prec != Month {
		return point{}, p.errorf(f.partOff, "early, mid and late apply only to a year or a month")
	}
	return pt, nil
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// checkYear checks the digits of a year at off.
func (p *parser) checkYear(off int, digits string) (int, *ParseError) {
	switch {
	case len(digits) > 4:
		return 0, p.errorf(off, "years beyond 9999 are not supported")
	case len(digits) < 3:
		return 0, p.errorf(off, "a year needs four digits")
	}
	y, _ := strconv.Atoi(digits)
	if y == 0 {
		return 0, p.errorf(off, "there is no year 0: years start at 1")
	}
	return y, nil
}
