package date

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A Reader reads dates as ParseIn does, and also in the words of one
// site, as In writes them with those words: a German site's "Ende 2024",
// "Mitte November 2023" and "21. Juni 2025", a Polish one's "od maja
// 2025". A word the site's words give one meaning and English, French or
// Spanish another (or the site's words two) is an error where it is
// read, rather than read either way. The nil *Reader reads as Parse.
type Reader struct {
	loc   *time.Location
	words *Words     // nil for English's
	site  []siteWord // of words, as siteWords gives them
}

// NewReader returns a Reader of dates written in English, French or
// Spanish, or in the words w (nil for English's), with times written
// without an offset in loc (nil for UTC).
func NewReader(w *Words, loc *time.Location) *Reader {
	r := &Reader{loc: loc}
	if w != nil && *w != *English {
		r.words, r.site = w, siteWords(w)
	}
	return r
}

// Parse parses s as ParseIn(s, loc) does, in the Reader's words too.
func (r *Reader) Parse(s string) (Date, error) {
	p := r.parser(s)
	d, err := p.parse()
	if err != nil {
		return Date{}, err
	}
	return d, nil
}

// parser returns a parser of s in r's location and words.
func (r *Reader) parser(s string) *parser {
	p := &parser{in: s, lower: lower(s)}
	if r != nil {
		p.loc, p.words, p.site = r.loc, r.words, r.site
	}
	return p
}

// Same reports whether r and o read every text alike: with the same
// location and words.
func (r *Reader) Same(o *Reader) bool {
	if r == nil || o == nil {
		return r == o
	}
	if r.loc.String() != o.loc.String() || (r.words == nil) != (o.words == nil) {
		return false
	}
	return r.words == nil || *r.words == *o.words
}

// meaning is what a word of a date says.
type meaning struct {
	kind meaningKind
	n    int // the month (1–12), season (21–24), part or qual
}

type meaningKind uint8

const (
	meansNothing  meaningKind = iota // unknown, or a word that says nothing: "the", "de"
	meansMonth                       // n
	meansSeason                      // n
	meansPart                        // early, mid or late: part(n)
	meansQual                        // about, perhaps or both: qual(n)
	meansSince                       // since, or from
	meansUntil                       // until
	meansFirstDay                    // "1ᵉʳ"
	meansOther                       // for Parse: a weekday, "between", "UTC"...
)

// String says what m means, for messages: "May", "late", "since".
func (m meaning) String() string {
	switch m.kind {
	case meansMonth:
		return English.Months[m.n-1]
	case meansSeason:
		return English.Seasons[m.n-21]
	case meansPart:
		return [...]string{early: "early", mid: "mid-", late: "late"}[m.n]
	case meansQual:
		return map[qual]string{approximate: "about", uncertain: "perhaps", approximate | uncertain: "perhaps about"}[qual(m.n)]
	case meansSince:
		return "since"
	case meansUntil:
		return "until"
	case meansFirstDay:
		return "the first of a month"
	}
	return "another word of dates"
}

// siteWord is a word or phrase of a site's dates, lowered as parser.lower
// is, its spaces single.
type siteWord struct {
	text  string
	means meaning
	// other is another meaning of an ambiguous word, the site's own if
	// otherSite, else English's, French's or Spanish's; its kind is
	// meansNothing for a word that is not.
	other     meaning
	otherSite bool
}

// siteWords returns the words of w that Parse does not read alike, or
// reads as saying nothing, the longest first: the months, seasons,
// early, mid and late, about and perhaps, since and until, the first of a
// month and the words of DayFormat and MonthFormat ("de"), each as In
// writes it.
func siteWords(w *Words) []siteWord {
	type entry struct {
		text string
		m    meaning
	}
	var all []entry
	add := func(s string, m meaning) {
		if t := phrase(s); t != "" {
			all = append(all, entry{t, m})
		}
	}
	for i := range 12 {
		m := meaning{meansMonth, i + 1}
		add(w.Months[i], m)
		add(w.DayMonths[i], m)
		add(w.PartMonths[i], m)
		add(w.AfterMonths[i], m)
	}
	for i := range 4 {
		add(w.Seasons[i], meaning{meansSeason, 21 + i})
		add(w.AfterSeasons[i], meaning{meansSeason, 21 + i})
	}
	add(w.Early, meaning{meansPart, int(early)})
	add(w.Mid, meaning{meansPart, int(mid)})
	add(w.Late, meaning{meansPart, int(late)})
	for _, s := range []string{w.About, w.AboutDay} {
		add(s, meaning{meansQual, int(approximate)})
	}
	for _, s := range []string{w.Perhaps, w.PerhapsDay} {
		add(s, meaning{meansQual, int(uncertain)})
	}
	for _, s := range []string{w.PerhapsAbout, w.PerhapsAboutDay} {
		add(s, meaning{meansQual, int(approximate | uncertain)})
	}
	for _, s := range []string{w.Since, w.SinceDay, w.SincePart} {
		add(s, meaning{meansSince, 0})
	}
	for _, s := range []string{w.Until, w.UntilDay, w.UntilPart} {
		add(s, meaning{meansUntil, 0})
	}
	add(w.FirstDay, meaning{meansFirstDay, 1})
	for _, s := range strings.Fields(w.DayFormat + " " + w.MonthFormat) {
		if !strings.Contains(s, "{") && strings.IndexFunc(s, unicode.IsLetter) >= 0 {
			add(s, meaning{})
		}
	}
	slices.SortStableFunc(all, func(a, b entry) int { return cmp.Compare(a.text, b.text) })
	var out []siteWord
	for i := 0; i < len(all); {
		j := i
		sw := siteWord{text: all[i].text}
		for ; j < len(all) && all[j].text == sw.text; j++ {
			switch m := all[j].m; {
			case m == sw.means || m.kind == meansNothing:
			case sw.means.kind == meansNothing:
				sw.means = m
			default:
				sw.other, sw.otherSite = m, true
			}
		}
		i = j
		if sw.other.kind != meansNothing {
			out = append(out, sw)
			continue
		}
		b, whole := builtinMeaning(sw.text)
		switch {
		case sw.means.kind == meansNothing && b.kind != meansNothing:
			// A word of the formats that Parse reads as a word of dates
			// is left to Parse.
		case sw.means.kind == meansNothing || b.kind == meansNothing:
			// A word Parse does not know ("Ende", "seit dem"), or reads
			// as saying nothing (Spanish "de" of the formats).
			out = append(out, sw)
		case b == sw.means:
			if !whole {
				// Parse reads its start alike, not the rest: Portuguese
				// "desde o", whose "desde" is Spanish's since.
				out = append(out, sw)
			}
		case sw.means.kind != meansFirstDay:
			sw.other = b
			out = append(out, sw)
		}
	}
	slices.SortStableFunc(out, func(a, b siteWord) int { return cmp.Compare(len(b.text), len(a.text)) })
	return out
}

// phrase returns s as the site's words hold it: lowered as parser.lower
// lowers, without spaces at its ends, and with a space for each run of
// them within ("vers\u00a0le" is "vers le").
func phrase(s string) string {
	var b strings.Builder
	s = lower(s)
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			for i < len(s) && spaceAt(s, i) > 0 {
				i += spaceAt(s, i)
			}
			if b.Len() > 0 && i < len(s) {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// siteAt returns the site's word that starts at lo, before hi, where it
// ends in the input (its spaces may be runs of them) and where what
// follows it and its spaces starts; nil if none does.
func (p *parser) siteAt(lo, hi int) (w *siteWord, end, next int) {
	for i := range p.site {
		if end, ok := p.phraseAt(lo, hi, p.site[i].text); ok {
			next, _ := p.trim(end, hi)
			return &p.site[i], end, next
		}
	}
	return nil, lo, lo
}

// phraseAt reports whether text, a phrase of the site's words, is
// written at lo, before hi, as a word of its own (or joined to what
// follows, as word reads one), with any spaces for its spaces; it
// returns where it ends.
func (p *parser) phraseAt(lo, hi int, text string) (int, bool) {
	i := lo
	for k := 0; k < len(text); k++ {
		if text[k] == ' ' {
			if i >= hi || spaceAt(p.in, i) == 0 {
				return 0, false
			}
			for i < hi && spaceAt(p.in, i) > 0 {
				i += spaceAt(p.in, i)
			}
			continue
		}
		if i >= hi || p.lower[i] != text[k] {
			return 0, false
		}
		i++
	}
	if i < hi && spaceAt(p.in, i) == 0 && p.in[i] != ',' && !joined(text) {
		return 0, false
	}
	return i, true
}

// joined reports whether a word ending as w does is joined to the word
// after it: "mid-", "c.", "jusqu’".
func joined(w string) bool {
	for _, s := range []string{".", "-", "\u2011", "’", "'"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// ambiguous reports w, the site's word at [lo, end) as siteAt returns
// it, if it means two things; nil if it does not, or is nil.
func (p *parser) ambiguous(w *siteWord, lo, end int) *ParseError {
	if w == nil || w.other.kind == meansNothing {
		return nil
	}
	whose := "in English, French or Spanish"
	if w.otherSite {
		whose = "too in the site's translations"
	}
	return p.errorf(lo, "%q is ambiguous: the site's translations give it for %q, and it means %q %s; write this date in English or as an ISO date (2025-05-21)", p.in[lo:end], w.means, w.other, whose)
}

// siteName returns the month or season (as its code, 21–24), as kind
// says, that the site's word w names, or 0.
func (p *parser) siteName(w string, kind meaningKind) int {
	for _, s := range p.site {
		if s.text == w && s.means.kind == kind && s.other.kind == meansNothing {
			return s.means.n
		}
	}
	return 0
}

// month returns the month a lower-case word names, in English, French
// or Spanish (see monthNumber) or the site's words, or 0.
func (p *parser) month(w string) time.Month {
	if m := monthNumber(w); m != 0 {
		return m
	}
	return time.Month(p.siteName(w, meansMonth))
}

// season returns the season a lower-case word names (see seasonNumber),
// in the site's words too, or 0.
func (p *parser) season(w string) int {
	if s := seasonNumber(w); s != 0 {
		return s
	}
	return p.siteName(w, meansSeason)
}

// siteToken reads the site's word at i, before hi, into f: a month, a
// season, the first of a month or a word that says nothing. It returns
// where the word ends, and false when none of these is there.
func (p *parser) siteToken(i, hi int, f *fields) (int, bool, *ParseError) {
	w, end, _ := p.siteAt(i, hi)
	if w == nil {
		return 0, false, nil
	}
	if err := p.ambiguous(w, i, end); err != nil {
		return 0, true, err
	}
	switch w.means.kind {
	case meansMonth, meansSeason:
		if f.has&hasMonth != 0 || f.season != 0 {
			return 0, true, p.errorf(i, "unexpected %q: the month is already given", p.in[i:end])
		}
		if w.means.kind == meansMonth {
			f.month = w.means.n
			f.has |= hasMonth
		} else {
			f.season = w.means.n
		}
	case meansFirstDay:
		if f.has&hasDay != 0 {
			return 0, true, p.errorf(i, "unexpected %q: the day is already given", p.in[i:end])
		}
		f.day, f.dayOff = 1, i
		f.has |= hasDay
	case meansNothing:
	default:
		return 0, true, p.unexpected(i, end) // "seit" after the date's start
	}
	return end, true, nil
}

// unknownWord reports the word at [i, j) as unknown, and, on a site with
// words of its own, how dates are written: in the site's words too, as
// far as they read back.
func (p *parser) unknownWord(i, j int) *ParseError {
	if hint := p.wordHint(i, j); hint != "" {
		return p.errorf(i, "unknown word %q; %s", p.in[i:j], hint)
	}
	if p.words == nil || p.hinting {
		return p.errorf(i, "unknown word %q", p.in[i:j])
	}
	late := Date{start: point{year: 2024, part: late, prec: Year}, kind: pointKind}
	day := Date{start: point{year: 2025, month: 5, day: 21, prec: Day}, kind: pointKind}
	english := fmt.Sprintf("%q, %q", late.In(English), day.In(English))
	site := p.siteExamples(late, day)
	if site == "" {
		return p.errorf(i, "unknown word %q; write a date in English (%s) or as an ISO date (2025-05-21)", p.in[i:j], english)
	}
	return p.errorf(i, "unknown word %q; write a date in English (%s), as an ISO date (2025-05-21) or in the site's words (%s)", p.in[i:j], english, site)
}

// siteExamples returns the dates ds as the site's words write them,
// quoted and separated by commas, for messages: only those the site's
// words read back, for a message not to suggest what it rejects (a
// Chinese "2025年5月21日", whose words are not parted by spaces).
func (p *parser) siteExamples(ds ...Date) string {
	var out []string
	for _, d := range ds {
		s := d.In(p.words)
		q := parser{in: s, lower: lower(s), words: p.words, site: p.site, hinting: true}
		if got, err := q.parse(); err == nil && got == d {
			out = append(out, strconv.Quote(s))
		}
	}
	return strings.Join(out, ", ")
}
