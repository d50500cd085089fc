package date

import (
	"fmt"
	"strings"
)

// germanWords are the German words of dates that writers use, lowered,
// with the English word to write instead: names of months, seasons and
// parts of a year or month, and "im". Parse does not read them (but
// "Mai", "April", "August", "September", "November" and "Winter", which it
// reads as French's or English's), though a German site's translations
// may give them to a Reader ("Ende 2024").
var germanWords = map[string]string{
	"januar": "January", "jänner": "January", "jän": "January", "februar": "February",
	"märz": "March", "maerz": "March", "mär": "March", "mrz": "March",
	"juni": "June", "juli": "July", "oktober": "October", "okt": "October", "dezember": "December", "dez": "December",
	"frühling": "spring", "fruehling": "spring", "frühjahr": "spring", "fruehjahr": "spring",
	"sommer": "summer", "herbst": "autumn",
	"anfang": "early", "mitte": "mid", "ende": "late",
	"im": "in",
}

// germanHint returns what to write for a text in German, whose word at
// [i, j) Parse does not know, or "": the date in English when the text
// read word for word in English is one ("late 2024" for "Ende 2024"), or
// else the English word, with why the English is refused too when it is
// for more than a word it does not know. A Reader with a site's words tells those
// instead.
func (p *parser) germanHint(i, j int) string {
	if p.words != nil || p.hinting {
		return ""
	}
	word := p.in[i:j]
	en, ok := germanWords[strings.TrimSuffix(p.lower[i:j], ".")]
	if !ok {
		return ""
	}
	const why = "brief reads dates in English, French and Spanish, not in German"
	fields := strings.Fields(p.lower)
	for k, f := range fields {
		core := strings.TrimRight(f, ".,")
		if e, ok := germanWords[core]; ok {
			fields[k] = e + strings.TrimPrefix(f[len(core):], ".")
		}
	}
	s := strings.Join(fields, " ")
	q := parser{in: s, lower: lower(s), loc: p.loc, hinting: true}
	d, err := q.parse()
	if err == nil {
		return fmt.Sprintf("write %q; %s", d.Human(), why)
	}
	hint := fmt.Sprintf("write %q for %q; %s", en, word, why)
	if !strings.HasPrefix(err.Msg, "unknown word") {
		// The English is refused for another reason, which the
		// editor would meet next: "Sommer 2024/25".
		hint += fmt.Sprintf(", but %q is no date either: %s", s, err.Msg)
	}
	return hint
}
