// Package lang holds the words brief writes its pages in: the theme's
// labels and sentences and the words of dates, in English and in the
// other languages brief knows, with a site's own translations over them.
//
// A text is looked up by its English form, as the theme's templates write
// it ({{t "Related briefs"}}); a text with %s or %d takes arguments, as
// fmt.Sprintf does, and one without is shown as written, a % too. A text
// may end in a context after a bar, "Search|button", for a word English
// writes alike in two places that other languages need not: untranslated,
// it shows as the part before the bar does, translated or not. English
// needs no table: a text without a translation is shown as it is.
package lang

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/briefsite/brief/internal/date"
)

// Words are the words of one site's pages.
type Words struct {
	// Date are the words of dates.
	Date *date.Words

	text    map[string]string
	plain   bool         // nothing translated: English as the theme writes it
	tag     language.Tag // for the language's plural rules
	numbers *message.Printer

	groupFrom   int  // the smallest number whose digits are grouped
	narrowSpace bool // groups are set apart by U+202F, as in French
}

// builtin are the translations brief has, by language (the first part of
// a language tag), each by English text. Every table has every text the
// theme looks up (TestTablesComplete).
var builtin = map[string]map[string]string{
	"fr": french,
	"es": spanish,
}

// English are the words of a site in English without translations of
// its own.
var English = For("en", nil)

// For returns the words of a site in the language of tag code (such as "fr" or
// "fr-HT"; "fra", the language's three-letter code, is "fr"), with the
// site's own translations, own, over the built-in ones. A language brief
// has no table for is written in English but for own.
func For(code string, own map[string]string) *Words {
	base := Base(code)
	table := builtin[base]
	tag, err := language.Parse(code)
	if err != nil {
		tag = language.English
	}
	w := &Words{tag: tag, numbers: numberPrinter(tag), groupFrom: groupFrom(base), narrowSpace: base == "fr"}
	w.text = make(map[string]string, len(table)+len(own))
	maps.Copy(w.text, table)
	maps.Copy(w.text, own)
	w.plain = len(w.text) == 0
	w.Date = dateWords(w)
	return w
}

// Plain reports whether w is the theme's English, with nothing
// translated.
func (w *Words) Plain() bool { return w.plain }

// T returns the translation of text, or, for a text with a context
// after a bar ("Search|button"), the translation of the part before it,
// or that part, or text itself, with args put in as fmt.Sprintf puts
// them, but for a number of things, an int, which %d writes as Number
// does.
func (w *Words) T(text string, args ...any) string {
	s, ok := w.lookup(text)
	if !ok {
		s = Untranslated(text)
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, w.quantities(args)...)
}

// lookup returns the translation of text, or, for a text with a context
// after a bar, of the part before it.
func (w *Words) lookup(text string) (string, bool) {
	if s, ok := w.text[text]; ok {
		return s, true
	}
	if base := Untranslated(text); base != text {
		s, ok := w.text[base]
		return s, ok
	}
	return "", false
}

// Untranslated returns text as the theme shows it in English: without the
// context after a bar.
func Untranslated(text string) string {
	if i := strings.LastIndexByte(text, '|'); i > 0 {
		return text[:i]
	}
	return text
}

// Count returns n, as Number writes it, and the word for n things,
// translated, in the form the language's plural rules (Unicode CLDR's)
// give n: "1 brief", "3 briefs", "0 note" in French. one and other are the English words; a
// language with more forms than two finds them as other with the name
// of the form after a bar: "briefs|few" is Russian's "заметки" (2, 3,
// 4), where "briefs" is its "заметок" (5...), and a form not given is
// other's.
func (w *Words) Count(n int, one, other string) string {
	return w.Number(n) + " " + w.Form(n, one, other)
}

// Form returns the word for n things, as Count does, without n.
func (w *Words) Form(n int, one, other string) string {
	if n < 0 {
		n = -n
	}
	switch form := plural.Cardinal.MatchPlural(w.tag, n%10_000_000, 0, 0, 0, 0); form {
	case plural.One:
		return w.T(one)
	case plural.Zero, plural.Two, plural.Few, plural.Many:
		if t, ok := w.text[other+"|"+formNames[form]]; ok {
			return t
		}
	}
	return w.T(other)
}

// formNames are the names of CLDR's plural forms that Form looks for
// after a bar.
var formNames = map[plural.Form]string{plural.Zero: "zero", plural.Two: "two", plural.Few: "few", plural.Many: "many"}

// dateWords returns the words of dates of w: English's, with each word
// a translation gives in place of its English.
func dateWords(w *Words) *date.Words {
	if w.plain {
		return date.English
	}
	d := *date.English
	for i, m := range date.English.Months {
		d.Months[i] = w.T(m)
		for _, f := range []struct {
			context string
			to      *[12]string
		}{{"day", &d.DayMonths}, {"part", &d.PartMonths}, {"after", &d.AfterMonths}} {
			if t, ok := w.text[m+"|"+f.context]; ok {
				f.to[i] = t
			}
		}
	}
	for i, s := range date.English.Seasons {
		d.Seasons[i] = w.T(s)
		if t, ok := w.text[s+"|after"]; ok {
			d.AfterSeasons[i] = t
		}
	}
	prefix := func(word string) string {
		t := w.T(word)
		if t == "" || strings.HasSuffix(t, "-") || strings.HasSuffix(t, "\u2011") || strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’") {
			return t
		}
		return t + " "
	}
	d.Early, d.Mid, d.Late = prefix("early"), prefix("mid-"), prefix("late")
	d.About, d.Perhaps, d.PerhapsAbout = prefix("about"), prefix("perhaps"), prefix("perhaps about")
	d.Since, d.Until = prefix("since"), prefix("until")
	d.AboutDay, d.PerhapsDay, d.PerhapsAboutDay = prefix("about|day"), prefix("perhaps|day"), prefix("perhaps about|day")
	d.SinceDay, d.UntilDay = prefix("since|day"), prefix("until|day")
	d.SincePart, d.UntilPart = prefix("since|part"), prefix("until|part")
	for _, f := range []struct {
		text string
		to   *string
	}{{DayFormat, &d.DayFormat}, {MonthFormat, &d.MonthFormat}} {
		if t := w.T(f.text); t != f.text {
			*f.to = t
		}
	}
	if t := w.T("1"); t != "1" {
		d.FirstDay = t
	}
	return &d
}

// DayFormat and MonthFormat are the texts of the order of a date's
// parts, which a translation may change: "{day} de {month} de {year}".
const (
	DayFormat   = "{day} {month} {year}"
	MonthFormat = "{month} {year}"
)

// Placeholders returns the {day}, {month} and {year} of s, sorted, for
// checking that a translation of DayFormat or MonthFormat keeps them.
func Placeholders(s string) []string {
	var out []string
	for _, p := range []string{"{day}", "{month}", "{year}"} {
		for range strings.Count(s, p) {
			out = append(out, p)
		}
	}
	return out
}

// Keys returns every text the theme looks up, sorted: what a site's
// translations may give.
//
// Of them, QuoteText is a typographic choice English's marks serve well
// enough in many languages: a site is not told it stays untranslated.
func Keys() []string {
	keys := make([]string, 0, len(builtin["fr"]))
	for k := range builtin["fr"] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// InEnglish returns the theme's texts, sorted, that a site's own
// translations leave in English in a language brief has no table for:
// those own translates neither as they are nor, for a text with a
// context after a bar, by the part before it. QuoteText is not one (see
// Keys).
func InEnglish(own map[string]string) []string {
	w := &Words{text: own}
	var out []string
	for _, k := range Keys() {
		if _, ok := w.lookup(k); !ok && k != QuoteText {
			out = append(out, k)
		}
	}
	return out
}

// QuoteText is the text whose translation gives the quotation marks
// straight double quotes in bodies become, around its %s.
const QuoteText = "“%s”"

// Tables returns a copy of the built-in translations, by language, each
// by English text: for checking that every table has every text.
func Tables() map[string]map[string]string {
	out := make(map[string]map[string]string, len(builtin))
	for language, table := range builtin {
		out[language] = maps.Clone(table)
	}
	return out
}

// Known reports whether text is one the theme looks up, a plural form of
// one ("briefs|few"; see Count), or a month or season in one of the
// forms a language may inflect it to (see MonthForms).
func Known(text string) bool {
	if _, ok := builtin["fr"][text]; ok {
		return true
	}
	word, form, ok := strings.Cut(text, "|")
	if !ok {
		return false
	}
	_, known := builtin["fr"][word]
	switch {
	case known && slices.Contains(PluralForms, form):
		return true
	case slices.Contains(date.English.Months[:], word):
		return slices.Contains(MonthForms, form)
	case slices.Contains(date.English.Seasons[:], word):
		return form == "after"
	}
	return false
}

// MonthForms are the contexts a month's name may take a form of its own
// in after a bar, where a language inflects it: "May|day" beside a day,
// "May|part" after early, mid- or late, "May|after" after since, until
// or about. A season has its "spring|after" form. A "|part" or "|after"
// form not given is the "|day" one, then the month's name.
var MonthForms = []string{"day", "part", "after"}

// PluralForms are the names of CLDR's plural forms, which a translation
// of a counted text may end in after a bar ("briefs|few"). "one" is for
// the search page's "%d results", whose one form is not always 1
// (Russian 21).
var PluralForms = []string{"zero", "one", "two", "few", "many"}

// Translation returns the site's or the language's translation of text,
// if it has one.
func (w *Words) Translation(text string) (string, bool) {
	t, ok := w.text[text]
	return t, ok
}

// Base returns the language of tag code, lower-case, in the form BCP 47
// writes it: the two-letter code of a language that has one for its
// three-letter codes ("fra" and "fre" are "fr", "deu" "de"), as the
// country names of a site in that language and the order of its lists
// read it too; a code of no language as written ("jp" stays "jp").
func Base(code string) string {
	base, _, _ := strings.Cut(strings.ToLower(code), "-")
	if len(base) != 3 {
		return base
	}
	tag, err := language.Parse(base)
	if err != nil {
		return base
	}
	if b, conf := tag.Base(); conf != language.No && len(b.String()) == 2 {
		return b.String()
	}
	return base
}

// Has reports whether brief has the words of language: English, or one
// it has a table for.
func Has(language string) bool {
	base := Base(language)
	_, ok := builtin[base]
	return ok || base == "en"
}

// Verbs returns the formatting verbs of s by the argument they print:
// "%d of %s" and "%[2]s sur %[1]d" both give ["%d" "%s"]. A translation
// prints its text's arguments right when its verbs are the text's. A
// lone "%" at the end is "%"; an argument printed twice with two verbs
// gives both ("%d|%s").
func Verbs(s string) []string {
	var out []string
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '[' {
			end := strings.IndexByte(s[j:], ']')
			if end < 0 {
				return append(out, "%")
			}
			n, err := strconv.Atoi(s[j+1 : j+end])
			if err != nil || n < 1 || n > 100 {
				return append(out, "%")
			}
			arg = n - 1
			j += end + 1
		}
		switch {
		case j >= len(s):
			return append(out, "%")
		case s[j] == '%':
			i = j
			continue
		}
		for len(out) <= arg {
			out = append(out, "")
		}
		v := "%" + string(s[j])
		switch out[arg] {
		case "", v:
			out[arg] = v
		default:
			out[arg] += "|" + v
		}
		arg++
		i = j
	}
	return out
}
