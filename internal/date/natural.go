package date

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// natural parses a date written in words at [lo, hi) into f: a year, a month
// or season name, a day number and a time, in any of the usual English orders
// ("July 2023", "21 May 2025", "May 21, 2025", "spring 2024",
// "21 May 2025, 14:00 UTC"). The year may be missing, for the start of a
// range; resolve reports it if nothing supplies it.
func (p *parser) natural(lo, hi int, f *fields) *ParseError {
	for i := lo; i < hi; {
		if n := spaceAt(p.in, i); n > 0 {
			i += n
			continue
		}
		if p.in[i] == ',' {
			i++
			continue
		}
		if len(p.site) > 0 {
			// The site's words first: a month of two words, "tháng 5".
			end, ok, err := p.siteToken(i, hi, f)
			if err != nil {
				return err
			}
			if ok {
				i = end
				continue
			}
		}
		j := i
		for j < hi && p.in[j] != ',' && spaceAt(p.in, j) == 0 {
			j++
		}
		if end, ok := p.frenchHour(i, hi); ok {
			// "14 h 00", "14h", "9 h": a time as French writes it.
			if err := p.setClock(i, p.in[i:scanDigits(p.in, i, hi)], p.frenchMinutes(i, end), f); err != nil {
				return err
			}
			i = end
			continue
		}
		if err := p.token(i, j, f); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// zone parses a time's offset from UTC at [i, j), after the time: a sign
// (+, - or −) and hours, with minutes after a colon or as two more
// digits: "+3", "−05:30", "+0530".
func (p *parser) zone(i, j int, f *fields) *ParseError {
	s := p.in[i:j]
	sign := 1
	switch {
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	case strings.HasPrefix(s, "-"):
		s, sign = s[1:], -1
	case strings.HasPrefix(s, "−"):
		s, sign = s[len("−"):], -1
	default:
		return p.unexpected(i, j)
	}
	hh, mm, colon := strings.Cut(s, ":")
	if !colon && len(hh) == 4 {
		hh, mm = hh[:2], hh[2:]
	}
	if hh == "" || len(hh) > 2 || strings.Trim(hh, "0123456789") != "" || (colon || mm != "") && (len(mm) != 2 || strings.Trim(mm, "0123456789") != "") {
		return p.errorf(i, "a time zone offset is written +hh:mm")
	}
	h, m := atoi(hh), atoi(mm)
	if m > 59 || h*60+m > 14*60 || sign < 0 && h*60+m > 12*60 { // offsets run from UTC−12 to UTC+14
		return p.errorf(i, "there is no time zone offset %s", p.in[i:j])
	}
	f.zone = sign * (h*60 + m)
	f.has |= hasZone
	return nil
}

// frenchHour reports whether a time as French writes it starts at i: an
// hour of one or two digits, "h" (spaced or not), and perhaps minutes of
// two digits, "14 h 00", "14h30", "9 h". It returns the end of the time.
func (p *parser) frenchHour(i, hi int) (int, bool) {
	s := p.lower
	j := scanDigits(s, i, hi)
	if j == i || j-i > 2 {
		return 0, false
	}
	for j < hi && s[j] == ' ' {
		j++
	}
	if j >= hi || s[j] != 'h' {
		return 0, false
	}
	j++
	if !timeEnds(s, j, hi) && !isDigit(s[j]) {
		return 0, false // a word: "14 hours"
	}
	k := j
	for k < hi && s[k] == ' ' {
		k++
	}
	if m := scanDigits(s, k, hi); m-k == 2 && timeEnds(s, m, hi) {
		return m, true
	}
	return j, true
}

// timeEnds reports whether a time may end at i of s[:hi]: at the end, a
// blank, a comma, or the dash of a range of times ("14 h–16 h").
func timeEnds(s string, i, hi int) bool {
	return i >= hi || s[i] == ' ' || s[i] == ',' || s[i] == '-' || strings.HasPrefix(s[i:hi], "–") || strings.HasPrefix(s[i:hi], "—")
}

// frenchMinutes returns the minutes of the French time at [i, end), or
// "00".
func (p *parser) frenchMinutes(i, end int) string {
	h := strings.LastIndexByte(p.lower[i:end], 'h')
	if m := strings.TrimSpace(p.lower[i+h+1 : end]); m != "" {
		return m
	}
	return "00"
}

// secondTime reports a time hh:mm, at off, written after the time of f,
// which a range of times writes with a dash.
func (p *parser) secondTime(off int, hh, mm string, f *fields) *ParseError {
	return p.errorf(off, "unexpected %q: the time is already given; a range of times is written with a dash between them, as %s–%s:%s", p.in[off:off+len(hh)], string(append2(append(append2(nil, f.hour), ':'), f.minute)), hh, cmp.Or(mm, "00"))
}

// setClock sets the time of f to hh:mm, read at off.
func (p *parser) setClock(off int, hh, mm string, f *fields) *ParseError {
	if f.has&hasTime != 0 {
		return p.secondTime(off, hh, mm, f)
	}
	h, m := atoi(hh), atoi(mm)
	switch {
	case h > 23:
		return p.errorf(off, "there is no hour %d", h)
	case m > 59:
		return p.errorf(off, "there is no minute %d", m)
	}
	f.hour, f.minute, f.timeOff = h, m, off
	f.has |= hasTime
	return nil
}

// token parses one word of a natural date at [i, j).
func (p *parser) token(i, j int, f *fields) *ParseError {
	w := p.lower[i:j]
	switch {
	case slices.Contains(ofWords, w):
		return nil
	case slices.Contains(zoneWords, w):
		if f.has&hasTime == 0 {
			return p.unexpected(i, j)
		}
		f.has |= hasZone
		return nil
	case slices.Contains(meridiemWords, w):
		return p.meridiem(i, j, w[0] == 'p', f)
	}
	if (strings.HasPrefix(w, "utc") || strings.HasPrefix(w, "gmt")) && f.has&hasTime != 0 {
		return p.zone(i+3, j, f) // "UTC+3", "GMT−5:30"
	}
	if f.has&hasTime != 0 {
		if hh, mm, ok := strings.Cut(p.in[i:j], ":"); ok && len(hh) > 0 && len(hh) <= 2 && isDigit(hh[0]) && len(mm) == 2 && isDigit(mm[0]) && isDigit(mm[1]) {
			return p.secondTime(i, hh, mm, f) // "14:00 16:00"
		}
		if zoneAbbreviation(p.in[i:j]) {
			return p.zoneHint(i, p.in[i:j], "", string(append2(append(append2(nil, f.hour), ':'), f.minute)))
		}
		return p.errorf(i, "unexpected %q after the time", p.in[i:j])
	}
	if !isDigit(w[0]) {
		name := strings.TrimSuffix(w, ".")
		if wd, ok := weekdayNumber(name); ok {
			if f.weekdayOff != 0 {
				return p.errorf(i, "unexpected %q: the weekday is already given", p.in[i:j])
			}
			f.weekday, f.weekdayOff = wd, i+1
			return nil
		}
		if m := monthNumber(name); m != 0 {
			if f.has&hasMonth != 0 || f.season != 0 {
				return p.errorf(i, "unexpected %q: the month is already given", p.in[i:j])
			}
			f.month = int(m)
			f.has |= hasMonth
			return nil
		}
		if s := seasonNumber(name); s != 0 {
			if f.has&hasMonth != 0 || f.season != 0 {
				return p.errorf(i, "unexpected %q: the month is already given", p.in[i:j])
			}
			f.season = s
			return nil
		}
		if len(name) == 2 && name[0] == 'q' && isDigit(name[1]) || name == "quarter" || name == "first" || name == "second" || name == "third" || name == "fourth" {
			return p.errorf(i, "unexpected %q: a quarter is written on its own with its year, such as \"Q3 2024\" or \"the third quarter of 2024\", Q1 to Q4", p.in[i:j])
		}
		if strings.IndexByte(w, '-') > 0 {
			return p.errorf(i, "unknown word %q; write a range with \"to\" or \"/\"%s", p.in[i:j], p.rangeHint())
		}
		if slices.Contains(eraWords, name) && f.has&(hasYear|hasDay) != 0 {
			return p.errorf(i, "years before 1 are not supported") // "44 BC", as -0044
		}
		return p.unknownWord(i, j)
	}
	if strings.IndexByte(w, ':') >= 0 {
		k, err := p.clock(i, j, 1, f)
		if err != nil {
			return err
		}
		switch sfx := w[k-i:]; {
		case sfx == "":
			return nil
		case sfx == "z" || sfx == "utc":
			f.has |= hasZone
			return nil
		case slices.Contains(meridiemWords, sfx):
			return p.meridiem(k, j, w[k-i] == 'p', f)
		case sfx[0] == '-' && strings.Contains(sfx, ":"):
			// "09:00-11:00" reads as a range as often as an offset.
			t := p.in[i:k]
			return p.errorf(k, "%s%s is not read: write a range of times with a dash between them or \"to\" (%s–%s), an offset after UTC (%s UTC−%s)", t, p.in[k:j], t, p.in[k+1:j], t, strings.TrimPrefix(strings.TrimSuffix(p.in[k+1:j], ":00"), "0"))
		case sfx[0] == '+' || sfx[0] == '-' || strings.HasPrefix(sfx, "−"):
			return p.zone(k, j, f) // "14:00+03:00"
		}
		return p.unexpected(k, j)
	}
	n := scanDigits(w, 0, len(w))
	if f.season == 24 && f.has&hasYear == 0 && (n == 4 || n == 3 && w[0] != '0') {
		// The two years of a winter, "2024–2025", in a range.
		for _, dash := range [...]string{"–", "—", "-"} {
			if second, ok := strings.CutPrefix(w[n:], dash); ok && len(second) >= 2 && scanDigits(second, 0, len(second)) == len(second) {
				y, err := p.checkYear(i, w[:n])
				if err == nil {
					err = p.secondYear(i+n+len(dash), y, second)
				}
				if err != nil {
					return err
				}
				f.year = y
				f.has |= hasYear
				return nil
			}
		}
	}
	switch sfx := w[n:]; {
	case sfx == "" || sfx == ".":
	case ordinalSuffixes[sfx] && n <= 2:
	case slices.Contains(meridiemWords, sfx) && n <= 2:
		// "2pm"
		f.hour, f.minute, f.timeOff = atoi(w[:n]), 0, i
		f.has |= hasTime
		return p.meridiem(i+n, j, sfx[0] == 'p', f)
	case sfx == "s" && n == 4 && w[3] == '0':
		return p.errorf(i, "write a decade as an interval, such as %s/%s9", w[:n], w[:3])
	case strings.IndexByte(sfx, '-') >= 0:
		return p.errorf(i, "unexpected %q; write a range with \"to\" or \"/\"%s", p.in[i:j], p.rangeHint())
	default:
		return p.unexpected(i, j)
	}
	if n <= 2 {
		if f.has&hasDay != 0 {
			return p.errorf(i, "unexpected %q: the day is already given", p.in[i:j])
		}
		f.day, f.dayOff = atoi(w[:n]), i
		f.has |= hasDay
		return nil
	}
	if f.has&hasYear != 0 {
		return p.errorf(i, "unexpected %q: the year is already given", p.in[i:j])
	}
	y, err := p.checkYear(i, w[:n])
	if err != nil {
		return err
	}
	f.year = y
	f.has |= hasYear
	return nil
}

// ordinalSuffixes are what follows the digits of an ordinal number: "1st",
// "21st", "2nd", "3rd", "4th" in English; "1er", "1ᵉʳ", "2e", "2ᵉ",
// "2ème" in French; "1.º", "1º", "1°", "1.er", "2do" in Spanish, as
// desks write them with and without a dot or a superscript.
var ordinalSuffixes = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true,
	"er": true, "ᵉʳ": true, "re": true, "ʳᵉ": true, "e": true, "ᵉ": true, "ème": true, "eme": true, "ième": true, "ieme": true,
	"º": true, ".º": true, "°": true, ".°": true, "o": true, ".o": true, ".er": true, "ro": true, "do": true, "to": true,
}

// rangeHint returns how a range is written in the site's words, on a
// site with words of its own, or else in French or Spanish, for a message
// about a text in either, or "". The site's ranges are those its words
// read back.
func (p *parser) rangeHint() string {
	if p.words != nil {
		if p.hinting {
			return ""
		}
		days := Date{start: point{year: 2025, month: 3, day: 3, prec: Day}, end: point{year: 2025, month: 3, day: 5, prec: Day}, kind: intervalKind}
		months := Date{start: point{year: 2025, month: 3, prec: Month}, end: point{year: 2025, month: 5, prec: Month}, kind: intervalKind}
		if ex := p.siteExamples(days, months); ex != "" {
			return " (in the site's words, " + ex + ")"
		}
		return ""
	}
	switch p.language() {
	case "fr":
		return ` (in French, "du 3 au 5 mars 2025", "de mars à mai 2025")`
	case "es":
		return ` (in Spanish, "del 3 al 5 de marzo de 2025", "de marzo a mayo de 2025")`
	}
	return ""
}

// language returns "fr" or "es" when the text has a name of a month, a
// weekday or a season that only French or only Spanish writes, and ""
// otherwise. It is for messages, and slow.
func (p *parser) language() string {
	for _, w := range strings.FieldsFunc(p.lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if englishMonth(w) != 0 { // "mar", "nov"
			continue
		}
		_, frM := frenchMonths[w]
		_, esM := spanishMonths[w]
		_, frW := frenchWeekdays[w]
		_, esW := spanishWeekdays[w]
		fr, es := frM || frW || frenchSeasons[w] != 0, esM || esW || spanishSeasons[w] != 0
		switch {
		case fr && !es:
			return "fr"
		case es && !fr:
			return "es"
		}
	}
	return ""
}

// frenchMonths are the names of the months in French, with and without
// their accents, and their usual abbreviations, which token reads with
// or without their dot ("janv.", "juil").
var frenchMonths = map[string]time.Month{
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
	"mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "juill": 7,
	"août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
	"novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}

// spanishMonths are the same in Spanish ("ene.", "ago.", "set.").
var spanishMonths = map[string]time.Month{
	"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
	"mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
	"septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10,
	"noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}

// monthNumber returns the month named by a lower-case English name or its
// three-letter abbreviation (or "sept"), or a French or Spanish name or
// abbreviation, or 0.
func monthNumber(w string) time.Month {
	if len(w) < 3 {
		return 0
	}
	if m, ok := frenchMonths[w]; ok {
		return m
	}
	if m, ok := spanishMonths[w]; ok {
		return m
	}
	return englishMonth(w)
}

// englishMonth returns the month named by a lower-case English name or
// its three-letter abbreviation, or 0.
func englishMonth(w string) time.Month {
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		if len(w) != 3 && len(w) != len(name) {
			continue
		}
		if strings.EqualFold(w, name[:len(w)]) {
			return m
		}
	}
	return 0
}

// frenchSeasons and spanishSeasons are the names of the seasons, with
// and without accents, by their EDTF codes.
var (
	frenchSeasons  = map[string]int{"printemps": 21, "été": 22, "ete": 22, "automne": 23, "hiver": 24}
	spanishSeasons = map[string]int{"primavera": 21, "verano": 22, "otoño": 23, "otono": 23, "invierno": 24}
)

// seasonNumber returns the EDTF code (21–24) of a lower-case season name
// in English, French or Spanish, or 0.
func seasonNumber(w string) int {
	switch w {
	case "spring":
		return 21
	case "summer":
		return 22
	case "autumn", "fall":
		return 23
	case "winter":
		return 24
	}
	if s := frenchSeasons[w]; s != 0 {
		return s
	}
	return spanishSeasons[w]
}

// meridiem applies "am" or "pm" at [i, j) to the time already in f.
func (p *parser) meridiem(i, j int, pm bool, f *fields) *ParseError {
	if f.has&hasTime == 0 || f.meridiem {
		return p.unexpected(i, j)
	}
	if f.hour < 1 || f.hour > 12 {
		return p.errorf(f.timeOff, "there is no hour %d %s", f.hour, p.in[i:j])
	}
	f.hour %= 12
	if pm {
		f.hour += 12
	}
	f.meridiem = true
	return nil
}

// englishWeekdays are the lower-case names of the days of the week, from
// Sunday, as time.Weekday numbers them.
var englishWeekdays = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// frenchWeekdays are the names of the days of the week in French and
// their abbreviations, but "mar", which is March.
var frenchWeekdays = map[string]time.Weekday{
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	"dim": 0, "lun": 1, "mer": 3, "jeu": 4, "ven": 5, "sam": 6,
}

// spanishWeekdays are the same in Spanish, with and without accents.
var spanishWeekdays = map[string]time.Weekday{
	"domingo": 0, "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6, "sabado": 6,
	"dom": 0, "lun": 1, "mié": 3, "mie": 3, "jue": 4, "vie": 5, "sáb": 6, "sab": 6,
}

// weekdayNumber returns the day of the week named by a lower-case name
// in English, French or Spanish, or by one of their usual
// abbreviations.
func weekdayNumber(w string) (time.Weekday, bool) {
	if len(w) < 3 {
		return 0, false
	}
	for d, name := range englishWeekdays {
		if w == name || w == name[:3] || (len(w) == 4 && w == name[:4] && (d == 2 || d == 4)) || (d == 4 && w == "thurs") {
			return time.Weekday(d), true
		}
	}
	if d, ok := frenchWeekdays[w]; ok {
		return d, true
	}
	d, ok := spanishWeekdays[w]
	return d, ok
}
