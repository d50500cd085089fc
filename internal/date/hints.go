package date

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// This file tells what to write instead of forms of dates that Parse does
// not read but writers use: "before 2020", "ongoing", "44 BC", "the 21st
// century", "les années 2020", "14:00 EAT".

// The words that start a date Parse does not read, for which an interval
// open at one end is written instead: "before 2020" is "until 2019".
var (
	beforeWords = []string{"before", "avant", "antes"}
	afterWords  = []string{"after", "après", "apres", "después", "despues"}
)

// eraWords after a year say it is before the year 1: "44 BC".
var eraWords = []string{"bc", "bce", "b.c", "b.c.e"}

// refused returns the error for the text at [lo, hi) when it is a form
// writers use that Parse does not read, told what to write instead: a
// century, "XXIe siècle", "the 21st century", "siglo XXI"; or a decade in
// French or Spanish, "les années 2020". It returns nil for anything else.
func (p *parser) refused(lo, hi int) *ParseError {
	s := p.lower[lo:hi]
	if !strings.Contains(s, "si") && !strings.Contains(s, "century") && !strings.Contains(s, "ann") && !strings.Contains(s, "años") && !strings.Contains(s, "anos") {
		return nil
	}
	words := strings.Fields(s)
	if len(words) > 0 && (words[0] == "the" || words[0] == "le" || words[0] == "el" || words[0] == "les" || words[0] == "los") {
		words = words[1:]
	}
	if len(words) != 2 {
		return nil
	}
	a, b := words[0], words[1]
	if n := century(a, b); n > 0 {
		return p.errorf(lo, "write a century as an interval, such as %s/%s", YearString((n-1)*100+1), YearString(n*100))
	}
	if (a == "années" || a == "annees" || a == "años" || a == "anos") && len(b) == 4 && strings.Trim(b, "0123456789") == "" && b[3] == '0' && b[0] != '0' {
		return p.errorf(lo, "write a decade as an interval, such as %s/%s9", b, b[:3])
	}
	return nil
}

// century returns the number of the century two words name ("xxie",
// "siècle"; "21st", "century"; "siglo", "xxi"), or 0.
func century(a, b string) int {
	switch {
	case b == "siècle" || b == "siecle":
		for _, sfx := range []string{"ème", "eme", "ième", "ieme", "e", "ᵉ"} {
			if n, ok := strings.CutSuffix(a, sfx); ok {
				return centuryNumber(n)
			}
		}
	case b == "century":
		if n := scanDigits(a, 0, len(a)); n > 0 && ordinalSuffixes[a[n:]] {
			return centuryNumber(a[:n])
		}
	case a == "siglo":
		return centuryNumber(b)
	}
	return 0
}

// centuryNumber returns the number n, of decimal digits or Roman numerals,
// when it is a century from 1 to 100, or 0.
func centuryNumber(n string) int {
	if n == "" {
		return 0
	}
	if strings.Trim(n, "0123456789") == "" {
		v, _ := strconv.Atoi(n)
		if v > 100 {
			return 0
		}
		return v
	}
	values := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	v := 0
	for i := range len(n) {
		d := values[n[i]]
		if d == 0 {
			return 0
		}
		if i+1 < len(n) && values[n[i+1]] > d {
			v -= d
		} else {
			v += d
		}
	}
	if v > 100 {
		return 0
	}
	return v
}

// wordHint returns what to write instead of the text from the word at
// [i, j), which Parse does not know, or "": an interval open at its start
// for "before 2020", at its end for "after 2021" and "ongoing"; the date
// in English for one in German, "Ende 2024".
func (p *parser) wordHint(i, j int) string {
	w := p.lower[i:j]
	first := i == len(p.lower)-len(strings.TrimLeft(p.lower, " "))
	switch {
	case (slices.Contains(beforeWords, w) || slices.Contains(afterWords, w)) && first && !p.hinting:
		return p.openHint(w, j)
	case w == "ongoing" || w == "present":
		return `write an interval open at its end, such as "since 2021" or 2021/..`
	case (w == "cours" || w == "curso") && strings.HasSuffix(strings.TrimRight(p.lower[:i], " "), "en"):
		since := map[string]string{"cours": "depuis 2021", "curso": "desde 2021"}[w]
		return fmt.Sprintf(`write an interval open at its end, such as %q or 2021/..`, since)
	}
	return p.germanHint(i, j)
}

// openHint returns what to write for a date that starts with w, one of
// beforeWords or afterWords, whose rest starts at lo: the interval that
// ends the year, month or day before it ("until 2019" for "before 2020"),
// or starts the one after it ("since 2022" for "after 2021"), in the
// words of its language too for a year ("jusqu'en 2019").
func (p *parser) openHint(w string, lo int) string {
	before := slices.Contains(beforeWords, w)
	generic := `write an interval open at its end, such as "since 2021" or 2021/..`
	if before {
		generic = `write an interval open at its start, such as "until 2019" or ../2019`
	}
	p.hinting = true
	pt, err := p.point(lo, len(p.in))
	p.hinting = false
	if err != nil || pt.qual != 0 || pt.part != whole {
		return generic
	}
	step := 1
	if before {
		step = -1
	}
	switch pt.prec {
	case Year:
		pt.year += int16(step)
	case Month:
		t := time.Date(int(pt.year), time.Month(pt.month)+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		pt.year, pt.month = int16(t.Year()), uint8(t.Month())
	case Day:
		t := time.Date(int(pt.year), time.Month(pt.month), int(pt.day)+step, 0, 0, 0, 0, time.UTC)
		pt.year, pt.month, pt.day = int16(t.Year()), uint8(t.Month()), uint8(t.Day())
	default:
		return generic
	}
	if pt.year < 1 || pt.year > 9999 {
		return generic
	}
	d := Date{start: pt, kind: intervalKind}
	if before {
		d = Date{end: pt, kind: intervalKind}
	}
	english := strconv.Quote(d.Human())
	if pt.prec == Year {
		y := YearString(int(pt.year))
		switch {
		case w == "avant":
			return fmt.Sprintf("write %q or %s", "jusqu'en "+y, english)
		case w == "antes":
			return fmt.Sprintf("write %q or %s", "hasta "+y, english)
		case !before && (w == "après" || w == "apres"):
			return fmt.Sprintf("write %q or %s", "depuis "+y, english)
		case !before && w != "after":
			return fmt.Sprintf("write %q or %s", "desde "+y, english)
		}
	}
	return "write " + english
}

// zoneAbbreviation reports whether s, written after a time, is the
// abbreviation of a time zone, "EAT", "CEST": two to five capitals.
func zoneAbbreviation(s string) bool {
	if len(s) < 2 || len(s) > 5 || s == "AM" || s == "PM" {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// zoneOffsets are the offsets from UTC, in minutes, of the abbreviations
// of time zones that name one zone alone (not CST, IST or AST, each of
// which names several), for zoneHint to give the offset to write.
var zoneOffsets = map[string]int{
	"WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
	"WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180,
	"PKT": 300, "ICT": 420, "WIB": 420, "HKT": 480, "SGT": 480, "AWST": 480, "JST": 540, "KST": 540,
	"ACST": 570, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
	"HST": -600, "AKST": -540, "AKDT": -480, "PST": -480, "PDT": -420, "MST": -420, "MDT": -360,
	"CDT": -300, "EST": -300, "EDT": -240,
}

// zoneHint is what to write for a time zone's abbreviation after a time
// (at offset off of the text): the time with the zone's offset from UTC,
// written as iso ("2025-05-21T14:00") is, or as the clock in words is
// ("14:00") when iso is "", with an offset of two hours for an
// abbreviation zoneOffsets does not know.
func (p *parser) zoneHint(off int, abbr, iso, clock string) *ParseError {
	mins, known := zoneOffsets[abbr]
	if !known {
		mins = 120
	}
	sign, abs := "+", mins
	if mins < 0 {
		sign, abs = "-", -mins
	}
	var example string
	if iso != "" {
		example = fmt.Sprintf("%s%s%02d:%02d", iso, sign, abs/60, abs%60)
	} else {
		example = fmt.Sprintf("%s UTC%s%d", clock, sign, abs/60)
		if abs%60 != 0 {
			example += fmt.Sprintf(":%02d", abs%60)
		}
	}
	if !known {
		example += " for a zone two hours ahead of UTC"
	}
	return p.errorf(off, "unknown time zone %q; write the time's offset from UTC instead, as %s, or none: a time without one is in the site's time_zone", abbr, example)
}
