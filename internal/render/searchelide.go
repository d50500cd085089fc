package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Elision: French and Italian write an article or preposition before a
// vowel as a letter or two and an apostrophe, joined to the word
// (l’ONU, d’aujourd’hui, qu’il, dell’ONU, all’Italia). Search drops
// apostrophes, so that "l’ONU" is the word "lonu", which "lonu" and
// "l'onu" find; the index and templates/search.js (elidedRest there)
// take the word after such a form as a word too, "onu", which "ONU"
// finds. Only words with an apostrophe get a second word: "O'Brien",
// whose O is not an elided form, is "obrien" alone.

// appendFoldedWords appends the words of foldSearch(s), the runs of
// letters, numbers and marks, to words, each followed by its elidedRest
// if it has one: "lonu" and "onu" for "l’ONU".
func appendFoldedWords(words []string, s string) []string {
	f := foldSearchApostrophes(s)
	if strings.IndexByte(f, '\'') < 0 {
		return append(words, strings.FieldsFunc(f, isNotSearchWord)...)
	}
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r != '\'' && isNotSearchWord(r) }) {
		if strings.IndexByte(w, '\'') < 0 {
			words = append(words, w)
			continue
		}
		if bare := strings.ReplaceAll(w, "'", ""); bare != "" {
			words = append(words, bare)
		}
		if rest := elidedRest(w); rest != "" {
			words = append(words, rest)
		}
	}
	return words
}

// isNotSearchWord reports whether r is neither a letter, a number nor a
// mark: what separates the index's words in folded text.
func isNotSearchWord(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r)
}

// elidedRest returns what follows the elided forms that open w, a folded
// word with its apostrophes written ', without apostrophes: "onu" of
// "l'onu" and "dell'onu", "aujourdhui" of "d'aujourd'hui". It returns ""
// if w opens with none, or if what follows is less than two characters
// ("a" of "l'a"), which would match nearly every document.
func elidedRest(w string) string {
	rest := w
	for {
		i := strings.IndexByte(rest, '\'')
		if i < 0 || !isElided(rest[:i]) {
			break
		}
		rest = rest[i+1:]
	}
	if len(rest) == len(w) {
		return ""
	}
	rest = strings.ReplaceAll(rest, "'", "")
	if utf8.RuneCountInString(rest) < 2 {
		return ""
	}
	return rest
}

// isElided reports whether s, folded, is an elided article, pronoun,
// preposition or conjunction of French, Italian or Catalan, written before
// an apostrophe: l’, d’, qu’, jusqu’, dell’, nell’, un’... ELIDED in
// templates/search.js lists the same. One-letter forms are those
// languages' only: the O of O'Brien is not one.
func isElided(s string) bool {
	switch s {
	case "c", "d", "j", "l", "m", "n", "s", "t", "v",
		"qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu", "presqu",
		"all", "dall", "dell", "nell", "sull", "coll", "pell", "gl",
		"quell", "quest", "bell", "buon", "sant", "tutt", "un", "nessun":
		return true
	}
	return false
}
