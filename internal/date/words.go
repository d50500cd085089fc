package date

import (
	"strconv"
	"strings"
)

// Words are the words a date is written with for readers, in one
// language. Each phrase word carries the space or hyphen that joins it
// to what follows ("late ", "mid-"), since languages join them apart.
type Words struct {
	Months  [12]string // "January" ...
	Seasons [4]string  // spring, summer, autumn, winter

	// DayMonths are the months after or before a day, where a language
	// inflects them (Ukrainian "липень 2023" but "21 липня 2023"); ""
	// is Months'.
	DayMonths [12]string

	// PartMonths are the months after Early, Mid or Late (Polish
	// "koniec lipca 2024"), AfterMonths after Since, Until or About
	// ("od maja 2025"), where a language inflects them; "" is
	// DayMonths', then Months'. AfterSeasons are the seasons after
	// Since, Until or About ("od wiosny 2024"); "" is Seasons'.
	PartMonths, AfterMonths [12]string
	AfterSeasons            [4]string

	Early, Mid, Late string // "early ", "mid-", "late "
	About, Perhaps   string // "about ", "perhaps "
	PerhapsAbout     string // "perhaps about "
	Since, Until     string // "since ", "until "

	// The same words before a day, where a language may need others
	// (French "vers le 21 mai", "jusqu’au 21 mai").
	AboutDay, PerhapsDay, PerhapsAboutDay string
	SinceDay, UntilDay                    string

	// Since and Until before "early", "mid" or "late" (French "jusqu’à
	// fin 2024").
	SincePart, UntilPart string

	FirstDay string // the first day of a month, if not "1" ("1er" in French)
	UTC      string // after a time: " UTC"

	// DayFormat and MonthFormat write a day, and a month or season, with
	// its year: "{day} {month} {year}" and "{month} {year}" in English,
	// "{day} de {month} de {year}" in Spanish, "{month} {day}, {year}" in
	// American English. "" is English's.
	DayFormat, MonthFormat string
	TimeSeparator          string // between a day and its time: ", "
}

// English are the words Human writes dates with.
var English = &Words{
	Months:       [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	Seasons:      [4]string{"spring", "summer", "autumn", "winter"},
	Early:        "early ",
	Mid:          "mid-",
	Late:         "late ",
	About:        "about ",
	Perhaps:      "perhaps ",
	PerhapsAbout: "perhaps about ",
	Since:        "since ",
	Until:        "until ",

	AboutDay:        "about ",
	PerhapsDay:      "perhaps ",
	PerhapsAboutDay: "perhaps about ",
	SinceDay:        "since ",
	UntilDay:        "until ",
	SincePart:       "since ",
	UntilPart:       "until ",

	UTC:           " UTC",
	TimeSeparator: ", ",
}

// Human returns d in English for readers: "2024", "July 2023",
// "21 May 2025", "21 May 2025, 14:00 UTC", "spring 2024",
// "winter 2024–2025" (the winter of 2024, with the year it runs into), "late 2024",
// "mid-July 2024", "about 2024", "perhaps 2024", "perhaps about 2024",
// "September–December 2024", "November 2024–February 2025",
// "since 2024", "until 2024". It never shows more precision than d has.
// Parse(d.Human()) gives back d. The zero Date gives "".
func (d Date) Human() string { return d.In(English) }

// In returns d for readers in the words w, as Human does in English.
func (d Date) In(w *Words) string {
	switch d.kind {
	case pointKind:
		return string(d.start.appendHuman(nil, w, alone, false))
	case intervalKind:
		return string(d.appendHumanInterval(nil, w))
	}
	return ""
}

// MonthYear returns month m (1 to 12) of year y in the words w: "July
// 2024".
func MonthYear(w *Words, m, y int) string {
	return string(appendFormat(nil, w.monthFormat(), "", w.Months[m-1], YearString(y)))
}

const (
	defaultDayFormat   = "{day} {month} {year}"
	defaultMonthFormat = "{month} {year}"
)

// dayMonth returns the name of month m (1 to 12) beside a day.
func (w *Words) dayMonth(m uint8) string {
	if d := w.DayMonths[m-1]; d != "" {
		return d
	}
	return w.Months[m-1]
}

// form is what stands before the name of a month or season, which may
// inflect it.
type form uint8

const (
	alone     form = iota // nothing that inflects it: "July 2024"
	afterPart             // early, mid- or late: "mid-July 2024"
	afterWord             // since, until or about: "since July 2024"
)

// month returns the name of month m (1 to 12) after f.
func (w *Words) month(m uint8, f form) string {
	switch {
	case f == afterPart && w.PartMonths[m-1] != "":
		return w.PartMonths[m-1]
	case f == afterWord && w.AfterMonths[m-1] != "":
		return w.AfterMonths[m-1]
	case f != alone:
		return w.dayMonth(m)
	}
	return w.Months[m-1]
}

func (w *Words) dayFormat() string {
	if w.DayFormat == "" {
		return defaultDayFormat
	}
	return w.DayFormat
}

func (w *Words) monthFormat() string {
	if w.MonthFormat == "" {
		return defaultMonthFormat
	}
	return w.MonthFormat
}

// appendFormat appends format with its {day}, {month} and {year} put in.
func appendFormat(b []byte, format, day, month, year string) []byte {
	for format != "" {
		i := strings.IndexByte(format, '{')
		if i < 0 {
			return append(b, format...)
		}
		b = append(b, format[:i]...)
		format = format[i:]
		switch {
		case strings.HasPrefix(format, "{day}"):
			b, format = append(b, day...), format[len("{day}"):]
		case strings.HasPrefix(format, "{month}"):
			b, format = append(b, month...), format[len("{month}"):]
		case strings.HasPrefix(format, "{year}"):
			b, format = append(b, year...), format[len("{year}"):]
		default:
			b, format = append(b, '{'), format[1:]
		}
	}
	return b
}

// withoutYear returns format up to its last placeholder before a final
// {year}, without what joins them ("{day} de {month}" of "{day} de
// {month} de {year}"), for the first of two dates of one year; ok is
// false when the year does not come last.
func withoutYear(format string) (string, bool) {
	rest, ok := strings.CutSuffix(format, "{year}")
	if !ok {
		return "", false
	}
	j := strings.LastIndexByte(rest, '}')
	if j < 0 {
		return "", false
	}
	return rest[:j+1], true
}

func (d Date) appendHumanInterval(b []byte, w *Words) []byte {
	a, z := d.start, d.end
	switch {
	case a.open():
		return z.appendHuman(append(b, z.before(w.Until, w.UntilDay, w.UntilPart)...), w, afterWord, false)
	case z.open():
		return a.appendHuman(append(b, a.before(w.Since, w.SinceDay, w.SincePart)...), w, afterWord, false)
	}
	// Both years in one style: "March 0099–0999", not "March 0099–999",
	// as a year below 100 keeps four digits.
	wide := a.year < 100 || z.year < 100
	if a.qual == 0 && z.qual == 0 && a.part == whole && z.part == whole && a.prec == z.prec && a.year == z.year && !z.winter() {
		// Say the shared parts once: "September–December 2024".
		switch a.prec {
		case Season, Month:
			if _, ok := withoutYear(w.monthFormat()); ok {
				months := string(z.appendName(append(a.appendName(nil, w, alone), enDash...), w, alone))
				return appendFormat(b, w.monthFormat(), "", months, yearString(z, wide))
			}
		case Day:
			if a.month == z.month {
				// "21–23 May 2025"; "21.–23. Mai 2025", the dot of a day
				// written as an ordinal after each.
				first := a.appendDayNumber(nil, w)
				if strings.Contains(w.dayFormat(), "{day}. ") {
					first = append(first, '.')
				}
				days := string(z.appendDayNumber(append(first, enDash...), w))
				return appendFormat(b, w.dayFormat(), days, w.dayMonth(z.month), yearString(z, wide))
			}
			if first, ok := withoutYear(w.dayFormat()); ok {
				b = appendFormat(b, first, string(a.appendDayNumber(nil, w)), w.dayMonth(a.month), "")
				b = append(b, enDash...)
				return z.appendHuman(b, w, alone, wide)
			}
		case Minute:
			if a.month == z.month && a.day == z.day && a.zone == z.zone {
				b = a.appendDay(b, w, wide)
				b = append(b, w.TimeSeparator...)
				b = a.appendClock(b)
				b = append(b, enDash...)
				b = z.appendClock(b)
				return z.appendZone(b, w)
			}
		}
	}
	b = a.appendHuman(b, w, alone, wide)
	if a.winter() || z.winter() {
		// "winter 2024–2025 – 2026": a winter's years are joined by a
		// dash, so the dash of a span from or to one is set apart.
		return z.appendHuman(append(b, " "+enDash+" "...), w, alone, wide)
	}
	if a.prec == Minute || z.prec == Minute {
		// "21 May 2025, 23:00 UTC – 22 May 2025, 01:00 UTC": the dash
		// between words, not within "UTC−5–9 March".
		return z.appendHuman(append(b, " "+enDash+" "...), w, alone, wide)
	}
	b = append(b, enDash...)
	return z.appendHuman(b, w, alone, wide)
}

// before returns the word to write before p: dayWord when p is written
// as a day, partWord when it starts with "early", "mid" or "late", and
// word otherwise.
func (p point) before(word, dayWord, partWord string) string {
	switch {
	case p.qual != 0:
		return word
	case p.part != whole:
		return partWord
	case p.prec >= Day:
		return dayWord
	}
	return word
}

// appendHuman appends p for readers; f is what is written before it
// (since or until, or nothing), which may inflect its month. Its year has
// four digits when wide, as one below 100 always has.
func (p point) appendHuman(b []byte, w *Words, f form, wide bool) []byte {
	day := p.prec >= Day && p.part == whole
	switch p.qual {
	case uncertain:
		b, f = append(b, pick(day, w.Perhaps, w.PerhapsDay)...), alone // "perhaps", an adverb, inflects nothing
	case approximate:
		b, f = append(b, pick(day, w.About, w.AboutDay)...), afterWord
	case uncertain | approximate:
		b, f = append(b, pick(day, w.PerhapsAbout, w.PerhapsAboutDay)...), afterWord
	}
	switch p.part {
	case early:
		b, f = append(b, w.Early...), afterPart
	case mid:
		b, f = append(b, w.Mid...), afterPart
	case late:
		b, f = append(b, w.Late...), afterPart
	}
	switch p.prec {
	case Season, Month:
		if w.MonthFormat == "" { // English, without a format to read
			b = p.appendName(b, w, f)
			return p.appendYears(append(b, ' '), wide)
		}
		return appendFormat(b, w.MonthFormat, "", string(p.appendName(nil, w, f)), string(p.appendYears(nil, wide)))
	case Day:
		return p.appendDay(b, w, wide)
	case Minute:
		b = p.appendDay(b, w, wide)
		b = append(b, w.TimeSeparator...)
		b = p.appendClock(b)
		return p.appendZone(b, w)
	}
	return appendYearWide(b, int(p.year), wide)
}

// appendZone appends the offset of p's time for readers: " UTC", or
// " UTC+3", " UTC−5", " UTC+5:30" (with a minus sign, U+2212).
func (p point) appendZone(b []byte, w *Words) []byte {
	b = append(b, w.UTC...)
	if p.zone == 0 {
		return b
	}
	z := int(p.zone)
	if z < 0 {
		b, z = append(b, "−"...), -z
	} else {
		b = append(b, '+')
	}
	b = strconv.AppendInt(b, int64(z/60), 10)
	if z%60 != 0 {
		b = append2(append(b, ':'), z%60)
	}
	return b
}

// pick returns dayWord when day is true, and word otherwise.
func pick(day bool, word, dayWord string) string {
	if day {
		return dayWord
	}
	return word
}

// appendName appends the name of p's month or season, after f.
func (p point) appendName(b []byte, w *Words, f form) []byte {
	if p.prec == Season {
		if s := w.AfterSeasons[p.month-21]; f == afterWord && s != "" {
			return append(b, s...)
		}
		return append(b, w.Seasons[p.month-21]...)
	}
	return append(b, w.month(p.month, f)...)
}

// appendDayNumber appends the day of the month: "21", or w.FirstDay for
// the first.
func (p point) appendDayNumber(b []byte, w *Words) []byte {
	if p.day == 1 && w.FirstDay != "" {
		return append(b, w.FirstDay...)
	}
	return strconv.AppendInt(b, int64(p.day), 10)
}

// appendDay appends "21 May 2025", its year of four digits when wide.
func (p point) appendDay(b []byte, w *Words, wide bool) []byte {
	if w.DayFormat == "" { // English, without a format to read
		b = p.appendDayNumber(b, w)
		b = append(b, ' ')
		b = append(b, w.dayMonth(p.month)...)
		b = append(b, ' ')
		return appendYearWide(b, int(p.year), wide)
	}
	return appendFormat(b, w.DayFormat, string(p.appendDayNumber(nil, w)), w.dayMonth(p.month), yearString(p, wide))
}

// winter reports whether p is a winter, which runs into the next year.
func (p point) winter() bool { return p.prec == Season && p.month == 24 }

// appendYears appends the year of p's month or season: the two years
// a winter spans, "2024–2025", as it runs from one into the other
// (but for 9999's, there being no year 10000), and the one of the
// others; with four digits when wide, and both a winter's when its
// first has them ("winter 0099–0100").
func (p point) appendYears(b []byte, wide bool) []byte {
	b = appendYearWide(b, int(p.year), wide)
	if p.winter() && p.year < 9999 {
		b = appendYearWide(append(b, enDash...), int(p.year)+1, wide || p.year < 100)
	}
	return b
}

// yearString returns p's year as dates show it, with four digits when
// wide.
func yearString(p point, wide bool) string { return string(appendYearWide(nil, int(p.year), wide)) }
