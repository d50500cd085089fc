package date

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// isoWeek parses an ISO 8601 week, "2025-W20", at [lo, hi) as the interval
// of its days, Monday to Sunday: 2025-05-12/2025-05-18. ok is false when
// the text is not one.
func (p *parser) isoWeek(lo, hi int) (d Date, ok bool, err *ParseError) {
	s := p.lower[lo:hi]
	if len(s) < 6 || s[4] != '-' || s[5] != 'w' || scanDigits(s, 0, 4) != 4 {
		return Date{}, false, nil
	}
	if len(s) != 8 || scanDigits(s, 6, 8) != 8 {
		return Date{}, true, p.errorf(lo+5, "a week is written as %s-W20: two digits, and nothing after them", s[:4])
	}
	y, err := p.checkYear(lo, s[:4])
	if err != nil {
		return Date{}, true, err
	}
	w, _ := strconv.Atoi(s[6:])
	// Week 1 is the week with 4 January in it.
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
	if _, last := time.Date(y, time.December, 28, 0, 0, 0, 0, time.UTC).ISOWeek(); w < 1 || w > last {
		return Date{}, true, p.errorf(lo+6, "%d has weeks 1 to %d", y, last)
	}
	sunday := monday.AddDate(0, 0, 6)
	a, z := dayPoint(monday), dayPoint(sunday)
	if a.year < 1 || z.year > 9999 {
		return Date{}, true, p.errorf(lo, "the week runs out of the years 1 to 9999")
	}
	return Date{start: a, end: z, kind: intervalKind}, true, nil
}

// dayPoint returns the point of the day t.
func dayPoint(t time.Time) point {
	return point{year: int16(t.Year()), month: uint8(t.Month()), day: uint8(t.Day()), prec: Day}
}

// winterAcross parses a winter written with the two years it spans,
// "winter 2024/25", "winter 2024–2025" or "hiver 2024-2025", as the
// winter of its first year, which runs from December into the next (see
// the package's conventions). ok is false when the text is not one.
func (p *parser) winterAcross(lo, hi int) (d Date, ok bool, err *ParseError) {
	s := p.lower[lo:hi]
	// The second year, of two or four digits, after a separator.
	end := len(s)
	start := end
	for start > 0 && isDigit(s[start-1]) {
		start--
	}
	digits := s[start:end]
	if len(digits) < 2 || len(digits) > 4 {
		return Date{}, false, nil
	}
	rest := s[:start] // the separator is written close, as in a year's name: "winter 2024 – 2026" is a span
	var sep string
	for _, x := range []string{"/", "–", "—", "-"} {
		if strings.HasSuffix(rest, x) {
			sep = x
			break
		}
	}
	if sep == "" {
		return Date{}, false, nil
	}
	first := strings.TrimSuffix(rest, sep)
	k := len(first) // the first year, of three digits or four, as Human writes years from 100
	for k > 0 && isDigit(first[k-1]) {
		k--
	}
	if n := len(first) - k; n < 3 || n > 4 || n == 3 && first[k] == '0' {
		return Date{}, false, nil
	}
	y, _ := strconv.Atoi(first[k:])
	pt, perr := p.point(lo, lo+len(first))
	if second, _ := strconv.Atoi(digits); perr == nil && pt.prec == Season && !pt.winter() && len(digits) == 2 && second == (y+1)%100 {
		// "spring 2024/25", which reads as spring 2024 to the year 25.
		next := pt
		next.year++
		return Date{}, true, p.errorf(lo+start, "only winter runs from one year into the next; write %q or %q", Date{start: pt, kind: pointKind}.Human(), Date{start: next, kind: pointKind}.Human())
	}
	if perr != nil || !pt.winter() {
		return Date{}, false, nil
	}
	if y == 9999 {
		return Date{}, false, nil
	}
	if err := p.secondYear(lo+start, y, digits); err != nil {
		return Date{}, true, err
	}
	return Date{start: pt, kind: pointKind}, true, nil
}

// secondYear checks the second year of the winter of year y, written at
// off as digits: y+1, or its last two digits.
func (p *parser) secondYear(off, y int, digits string) *ParseError {
	if second, _ := strconv.Atoi(digits); len(digits) > 2 && second != y+1 || len(digits) == 2 && second != (y+1)%100 {
		return p.errorf(off, "a winter runs from one year into the next: winter %d/%02d", y, (y+1)%100)
	}
	return nil
}

// winterDash reports whether the dash at [i, j) in [lo, hi) joins the two
// years of a winter, "winter 2024–2025" or "invierno de 2024–2025", rather
// than the two ends of a range.
func (p *parser) winterDash(lo, i, j, hi int) bool {
	k := i
	for k > lo && isDigit(p.lower[k-1]) {
		k--
	}
	if i-k < 3 || i-k > 4 || i-k == 3 && p.lower[k] == '0' || j >= hi || !isDigit(p.lower[j]) {
		return false
	}
	before := strings.TrimRight(p.lower[lo:k], " \u00a0")
	if k == i || len(before) == len(p.lower[lo:k]) {
		return false // no space between the name and the year
	}
	before = strings.TrimSuffix(before, " de")
	name := before[strings.LastIndexAny(before, " \u00a0")+1:]
	return p.season(name) == 24
}

// shortYear reports a second year written with two digits at [lo, hi)
// after a first of four at [flo, fhi): "2024/25", which is not read, for
// it could mean either year, or both, is told to be 2024/2025; "2024/12",
// more likely a month, 2024-12.
func (p *parser) shortYear(flo, fhi, lo, hi int) *ParseError {
	flo, fhi = p.trim(flo, fhi)
	lo, hi = p.trim(lo, hi)
	if fhi-flo != 4 || hi-lo != 2 || scanDigits(p.in, flo, fhi) != fhi || scanDigits(p.in, lo, hi) != hi {
		return nil
	}
	first, _ := strconv.Atoi(p.in[flo:fhi])
	short, _ := strconv.Atoi(p.in[lo:hi])
	switch {
	case short == (first+1)%100:
		return p.errorf(lo, "a year needs four digits: write %d/%d for the two years", first, first+1)
	case 1 <= short && short <= 12:
		return p.errorf(lo, "a month is written after a hyphen: %d-%02d (a year needs four digits)", first, short)
	}
	return nil
}

// partOrdinals number the words that name a quarter or a half, in
// English, French and Spanish; partOrdinal reads them written with
// digits.
var partOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4,
	"premier": 1, "deuxième": 2, "deuxieme": 2, "troisième": 3, "troisieme": 3, "quatrième": 4, "quatrieme": 4,
	"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
}

// partOrdinal returns the number of an ordinal word, "third", or of one
// of 1 to 4 written with digits, "3rd", "3e", "3ᵉ", "3ème", "3.er",
// "3.º"; or 0.
func partOrdinal(w string) int {
	if n := partOrdinals[w]; n != 0 {
		return n
	}
	if len(w) > 1 && '1' <= w[0] && w[0] <= '4' && ordinalSuffixes[w[1:]] {
		return int(w[0] - '0')
	}
	return 0
}

// partUnits are the months of the parts of a year partOrdinals count.
var partUnits = map[string]int{"quarter": 3, "trimestre": 3, "half": 6, "semestre": 6}

// partCodes are the short names of quarters and halves: Q3 and H1 in
// English, T3 (trimestre) and S1 (semestre) in French and Spanish.
var partCodes = map[byte]int{'q': 3, 't': 3, 'h': 6, 's': 6}

// quarter parses a quarter of a year at [lo, hi), "Q3 2024", "2024 Q3",
// "2024-Q3" or "the third quarter of 2024", as the interval of its
// months, 2024-07/2024-09, and a half the same way: "H1 2025", "the
// first half of 2025" is 2025-01/2025-06; and the same in French and
// Spanish: "T3 2024", "troisième trimestre 2024", "primer semestre de
// 2025". ok is false when the text is not one.
func (p *parser) quarter(lo, hi int) (d Date, ok bool, err *ParseError) {
	words := strings.FieldsFunc(p.lower[lo:hi], func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '-' })
	q, months, year := 0, 0, ""
	for i := 0; i < len(words); i++ {
		w := words[i]
		n, size := 0, 0
		switch {
		case w == "the" || w == "of" || w == "le" || w == "du" || w == "de" || w == "el":
			continue
		case len(w) == 2 && partCodes[w[0]] != 0 && '1' <= w[1] && w[1] <= '4':
			n, size = int(w[1]-'0'), partCodes[w[0]]
		case partOrdinal(w) != 0:
			if i+1 == len(words) || partUnits[words[i+1]] == 0 {
				return Date{}, false, nil
			}
			n, size = partOrdinal(w), partUnits[words[i+1]]
			i++
		default:
			if len(w) != 4 || scanDigits(w, 0, 4) != 4 || year != "" {
				return Date{}, false, nil
			}
			year = w
			continue
		}
		if q != 0 || size == 6 && n > 2 {
			return Date{}, false, nil
		}
		q, months = n, size
	}
	if q == 0 || year == "" {
		return Date{}, false, nil
	}
	at := lo + strings.Index(p.lower[lo:hi], year)
	y, err := p.checkYear(at, year)
	if err != nil {
		return Date{}, true, err
	}
	a := point{year: int16(y), month: uint8(months*(q-1) + 1), prec: Month}
	z := point{year: int16(y), month: uint8(months * q), prec: Month}
	return Date{start: a, end: z, kind: intervalKind}, true, nil
}
