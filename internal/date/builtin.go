package date

import (
	"slices"
	"strings"
)

// The words Parse reads before a date, in English, French and Spanish,
// by what they mean, as word and the site's words compare them.
var (
	sinceWords = []string{"since", "depuis"}
	untilWords = []string{"until", "till", "up to", "jusqu’au", "jusqu'au", "jusqu’à", "jusqu'à", "jusqu’en", "jusqu'en", "jusque", "hasta"}
	// fromWords start a range ("from 2023 to 2025") or, alone, are since.
	fromWords        = []string{"from", "desde", "à partir de", "à partir du", "à partir d’", "à partir d'", "a partir de", "a partir del"}
	betweenWords     = []string{"between", "entre"}
	approximateWords = []string{"about", "around", "circa", "ca.", "ca", "c.", "c", "approximately", "approx.", "approx", "roughly", "vers", "environ", "hacia", "aproximadamente"}
	uncertainWords   = []string{"perhaps", "possibly", "probably", "maybe", "peut-être", "peut\u2011être", "peut-etre", "probablement", "quizás", "quizá", "quizas", "quiza", "posiblemente", "probablemente"}
	partWords        = []string{"early", "mid-", "mid", "middle", "late",
		"beginning", "start", "end", "beginning-", "start-", "end-",
		"début", "debut", "mi-", "mi\u2011", "mi", "milieu", "fin",
		"principios", "comienzos", "inicios", "mediados", "finales", "fines"}
	// hintWords are not read, but told what to write instead.
	hintWords = []string{"by", "towards", "toward"}
	// fillerWords say no more than the date after them.
	fillerWords = []string{"in", "during", "the", "at", "à", "au", "en", "courant", "durant", "pendant", "la", "le", "a", "durante", "el"}
)

// The words Parse reads within a date, among its numbers and names, as
// token and the site's words compare them.
var (
	// ofWords say nothing: "the 3rd of May", "21 de mayo de 2025", "21
	// mai 2025 à 9 h", "a las 14:00".
	ofWords = []string{"of", "at", "the", "de", "del", "le", "el", "à", "a", "las"}
	// zoneWords after a time say it is in UTC: "14:00 UTC", "14:00 Z";
	// token reads an offset after "utc" or "gmt" too, "14:00 UTC+3".
	zoneWords = []string{"utc", "gmt", "z"}
	// meridiemWords after an hour say it is of the morning or the
	// afternoon.
	meridiemWords = []string{"am", "a.m.", "pm", "p.m."}
)

// partOf returns the part of a year or month that w, one of partWords,
// names.
func partOf(w string) part {
	switch w {
	case "early", "beginning", "start", "beginning-", "start-", "début", "debut", "principios", "comienzos", "inicios":
		return early
	case "late", "end", "end-", "fin", "finales", "fines":
		return late
	}
	return mid
}

// nounPart reports whether w is an English noun for a part of a year or
// a month, which "of" must follow: "end of 2025", "the beginning of March
// 2026"; "end 2025" and the ledgers' "end-2025" are told to write it so.
func nounPart(w string) bool {
	switch strings.TrimSuffix(w, "-") {
	case "beginning", "start", "end":
		return true
	}
	return false
}

// builtinMeaning returns what Parse reads the words of text, of a
// site's words, as, word after word ("perhaps about" as both), and
// whether that is all of text or only its start.
func builtinMeaning(text string) (m meaning, whole bool) {
	p := parser{in: text, lower: text}
	for lo := 0; lo < len(text); {
		next, w := builtinWord(&p, lo)
		switch {
		case next == lo:
			return m, false // a word Parse does not know
		case w.kind == meansNothing:
		case w.kind == meansQual && (m.kind == meansQual || m.kind == meansNothing):
			m = meaning{meansQual, m.n | w.n}
		case m.kind != meansNothing:
			return m, false
		default:
			m = w
		}
		lo = next
	}
	return m, true
}

// builtinWord returns the meaning of the word or phrase of Parse's at lo
// in p, and where the text after it starts; lo for a word Parse does not
// know.
func builtinWord(p *parser, lo int) (int, meaning) {
	hi := len(p.in)
	for _, ws := range []struct {
		words []string
		m     meaning
	}{
		{sinceWords, meaning{meansSince, 0}},
		{fromWords, meaning{meansSince, 0}},
		{untilWords, meaning{meansUntil, 0}},
		{approximateWords, meaning{meansQual, int(approximate)}},
		{uncertainWords, meaning{meansQual, int(uncertain)}},
		{betweenWords, meaning{meansOther, 0}},
		{hintWords, meaning{meansOther, 0}},
		{fillerWords, meaning{}},
		{partWords, meaning{meansPart, 0}},
	} {
		if w, next, ok := p.word(lo, hi, ws.words...); ok {
			if ws.m.kind == meansPart {
				ws.m.n = int(partOf(w))
			}
			return next, ws.m
		}
	}
	end := strings.IndexByte(p.in[lo:], ' ')
	if end < 0 {
		end = hi - lo
	}
	next, _ := p.trim(lo+end, hi)
	word := p.in[lo : lo+end]
	name := strings.TrimSuffix(word, ".")
	if m := monthNumber(name); m != 0 {
		return next, meaning{meansMonth, int(m)}
	}
	if s := seasonNumber(name); s != 0 {
		return next, meaning{meansSeason, s}
	}
	if _, ok := weekdayNumber(name); ok {
		return next, meaning{meansOther, 0}
	}
	switch {
	case slices.Contains(zoneWords, word) || slices.Contains(meridiemWords, word):
		return next, meaning{meansOther, 0}
	case slices.Contains(ofWords, word):
		return next, meaning{}
	}
	return lo, meaning{} // "quarter" and "first" too, read only together
}
