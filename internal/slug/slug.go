// Package slug turns human names into identifiers: URL and file-name slugs
// (Make), matching keys for comparing names (Key), HTML heading ids (Anchor),
// and numbered variants that avoid collisions (Unique).
//
// All functions are pure: they depend only on their arguments and are safe
// for concurrent use. Package slug does not decide what to do with an empty
// result or a collision; the caller does.
package slug

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxLen is the maximum length in bytes of a slug returned by Make.
const MaxLen = 80

// Make returns a readable URL and file-name slug for name.
//
// The slug is lower case. Latin letters with accents are folded to ASCII
// ("Jovenel Moïse" → "jovenel-moise"); other letters and digits are kept as
// lower-case Unicode ("Владимир Путин" → "владимир-путин"). Apostrophes are
// dropped ("Sing’oei" → "singoei"), "&" becomes "and", dots in
// abbreviations vanish ("U.S." → "us"), and every other run of characters
// becomes a single "-". The result has no leading or trailing "-" and is at
// most MaxLen bytes long.
//
// The result is safe as a single path segment on Linux, macOS and Windows:
// it contains only letters, digits, combining marks, "-" and, for the
// Windows device names (con, nul, com1, ...), a trailing "_". Make returns ""
// if name has no letters or digits.
func Make(name string) string {
	s := build(name, foldAccents, '-')
	s = truncate(s, MaxLen)
	if isWindowsReserved(s) {
		s += "_"
	}
	return s
}

// Cut reports whether Make cuts the slug of name to MaxLen bytes.
func Cut(name string) bool {
	return len(build(name, foldAccents, '-')) > MaxLen
}

// Key returns a key for matching names: case, accents, apostrophes,
// punctuation and spacing are folded, so Key("Sing'oei"), Key("Singoei") and
// Key("SING’OEI") are equal, as are Key("U.S.") and Key("US"). Words stay
// apart ("US" and "USA" differ) and letters outside the Latin script are
// kept, but for Cyrillic ё, which Russian writes as е at will
// ("Соединённые Штаты" is "Соединенные Штаты"; й and и, ї and і differ).
// Chinese and Japanese words are not spaced: between two Han or kana
// characters a space, or any other run of characters that would part
// words, is dropped ("岸田 文雄" is "岸田文雄"). Keys are for comparison
// only; they are not slugs.
func Key(name string) string {
	return build(name, foldAccents|foldCase|foldVariants, ' ')
}

// Anchor returns an id for a heading with the given text. It follows the
// rules of Make but keeps accents ("Résumé du conflit" →
// "résumé-du-conflit"), is not truncated, and returns "section" when text
// has no letters or digits. Turkish İ lowers to a plain i ("İstanbul" →
// "istanbul"), as unicode.ToLower lowers it.
func Anchor(text string) string {
	s := build(text, 0, '-')
	if s == "" {
		return "section"
	}
	return s
}

// Unique returns base if it is not taken, and otherwise the first of
// base-2, base-3, ... that is not. taken must eventually report false.
func Unique(base string, taken func(string) bool) string {
	if !taken(base) {
		return base
	}
	for n := 2; ; n++ {
		s := base + "-" + strconv.Itoa(n)
		if !taken(s) {
			return s
		}
	}
}

// Flags for build.
const (
	foldAccents  = 1 << iota // spell Latin letters in ASCII
	foldCase                 // fold case beyond lower case (ς → σ)
	foldVariants             // fold spellings a language treats as one (ё → е, 岸田 文雄 → 岸田文雄)
)

// build does the work of Make, Key and Anchor: sep is the rune written
// between words.
func build(s string, flags int, sep rune) string {
	fold := flags&foldAccents != 0
	// Apostrophes go first: some of them (´) decompose into a space and a
	// combining mark under NFKC.
	s = strings.Map(dropApostrophe, s)
	runes := []rune(norm.NFKC.String(s))
	markAcronymDots(runes)
	// Decompose so that accents are separate marks; compose again at the end.
	runes = []rune(norm.NFD.String(string(runes)))

	var b strings.Builder
	b.Grow(len(runes))
	const (
		noBase   = iota // marks here are dropped
		dropMark        // after a folded Latin letter or an ASCII digit
		keepMark        // after a letter whose marks are part of it
	)
	state := noBase
	pending := false // a separator is due before the next word
	word := func(w string) {
		if pending && b.Len() > 0 {
			b.WriteRune(sep)
		}
		pending = false
		b.WriteString(w)
	}
	for i, r := range runes {
		switch {
		case r == acronymDot || isApostrophe(r) || unicode.Is(unicode.Cf, r):
			// Dropped without a trace: joins the letters around it.
		case unicode.IsMark(r):
			if state == keepMark && !dropped(runes, i, flags) {
				b.WriteRune(r)
			}
		case r == '&':
			pending = true
			word("and")
			pending = true
			state = noBase
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			state = keepMark
			if r < utf8.RuneSelf {
				word(string(r))
				if fold || !unicode.IsLetter(r) {
					state = dropMark
				}
				break
			}
			if fold && unicode.Is(unicode.Latin, r) {
				state = dropMark
				if f, ok := latinFold[r]; ok {
					word(f)
					break
				}
			}
			if flags&foldCase != 0 && r == 'ς' {
				r = 'σ' // final sigma matches sigma
			}
			word(string(r))
		default:
			pending = true
			state = noBase
		}
	}
	out := norm.NFC.String(b.String())
	if flags&foldVariants != 0 && !IsASCII(out) {
		out = joinIdeographic(out)
	}
	return out
}

// joinIdeographic drops from a key the spaces between two Han or kana
// characters: Chinese and Japanese write words without them.
func joinIdeographic(key string) string {
	var out []byte
	done := 0 // key[:done] is in out
	for i := 1; i+1 < len(key); i++ {
		if key[i] != ' ' {
			continue
		}
		after, _ := utf8.DecodeRuneInString(key[i+1:])
		if IsIdeographic(after) && IsIdeographic(lastBase(key[:i])) {
			out = append(out, key[done:i]...)
			done = i + 1
		}
	}
	if out == nil {
		return key
	}
	return string(append(out, key[done:]...))
}

// lastBase returns the last rune of s that is not a combining mark.
func lastBase(s string) rune {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsMark(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return utf8.RuneError
}

// dropped reports whether build drops the mark runes[i], which follows a
// letter whose marks it keeps: the dot of Turkish İ (I and U+0307 once
// decomposed) goes with its capital, as unicode.ToLower has it, so that
// "İstanbul" is "istanbul", which anyone can type; and with foldVariants
// the diaeresis of Cyrillic ё.
func dropped(runes []rune, i, flags int) bool {
	if i == 0 {
		return false
	}
	switch before := runes[i-1]; runes[i] {
	case '\u0307':
		return before == 'I'
	case '\u0308':
		return flags&foldVariants != 0 && (before == 'е' || before == 'Е')
	}
	return false
}

// IsIdeographic reports whether r is a Han character, a Hiragana or
// Katakana one, or the Katakana's mark of a long vowel (ー): a character
// of Chinese or Japanese, which write words without spaces and in which
// one character may be a word.
func IsIdeographic(r rune) bool {
	return r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー')
}

// acronymDot replaces dots that markAcronymDots finds; it is a
// noncharacter, so it never appears in normalized input of its own.
const acronymDot = '\uFDD0'

// markAcronymDots replaces with acronymDot every "." that separates single
// letters, as in "U.S." or "J.R.R.", so that they drop out of the slug.
func markAcronymDots(runes []rune) {
	for i, r := range runes {
		if r == acronymDot {
			runes[i] = '\uFFFD'
			continue
		}
		if r != '.' {
			continue
		}
		before, start := letterRun(runes, i, -1)
		if before != 1 {
			continue
		}
		after, _ := letterRun(runes, i, +1)
		if after == 1 || (start > 0 && runes[start-1] == acronymDot) {
			runes[i] = acronymDot
		}
	}
}

// letterRun counts the letters next to runes[i] in direction dir (-1 or
// +1), ignoring combining marks, and returns the count and the index of the
// last rune of the run.
func letterRun(runes []rune, i, dir int) (n, end int) {
	end = i
	for j := i + dir; j >= 0 && j < len(runes); j += dir {
		r := runes[j]
		if unicode.IsLetter(r) {
			n++
		} else if !unicode.IsMark(r) {
			break
		}
		end = j
	}
	return n, end
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u00B4', // acute accent
		'\u02B9', '\u02BB', '\u02BC', '\u02BD', // modifier letters
		'\u2018', '\u2019', '\u201B', '\u2032', // quotes and prime
		'\uFF07': // fullwidth apostrophe
		return true
	}
	return false
}

func dropApostrophe(r rune) rune {
	if isApostrophe(r) {
		return -1
	}
	return r
}

// LatinFold returns the ASCII spelling of a lower-case Latin letter that
// has no canonical decomposition, such as "ss" for ß and "l" for ł, as
// slugs and keys spell it, or "" for any other rune.
func LatinFold(r rune) string { return latinFold[r] }

// latinFold spells the Latin letters that have no canonical decomposition
// in ASCII. Letters missing here are kept as they are.
var latinFold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d",
	'þ': "th", 'ł': "l", 'ı': "i", 'ħ': "h", 'ŧ': "t", 'ƒ': "f",
	'ĸ': "k", 'ȷ': "j", 'ŋ': "ng", 'ɖ': "d", 'ɗ': "d", 'ƴ': "y",
	'ɓ': "b", 'ƙ': "k", 'ɛ': "e", 'ɔ': "o",
}

// truncate cuts s to at most n bytes on a rune boundary and removes the
// trailing "-" that may leave.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strings.TrimRight(s[:i], "-")
}

// WindowsReserved reports whether the file name name is one that
// Windows keeps for a device (CON, aux.html, Nul.txt, COM1): a clone of
// a site holding it fails there.
func WindowsReserved(name string) bool {
	base, _, _ := strings.Cut(name, ".")
	return isWindowsReserved(strings.ToLower(strings.TrimRight(base, " ")))
}

// isWindowsReserved reports whether s, in lower case and without an
// extension, is a device name that Windows does not allow as a file
// name, with or without an extension.
func isWindowsReserved(s string) bool {
	switch s {
	case "con", "prn", "aux", "nul":
		return true
	}
	if len(s) == 4 && (s[:3] == "com" || s[:3] == "lpt") && s[3] >= '0' && s[3] <= '9' {
		return true
	}
	return false
}

// Within reports whether the edit distance between a and b, as Distance
// counts it, is at most limit, and returns it when it is. It stops as
// soon as the distance must exceed limit and, for names in ASCII of up
// to 64 bytes, allocates nothing: callers comparing every name of a
// large site with every other ask only whether two are near.
func Within(a, b string, limit int) (int, bool) {
	la, lb := len(a), len(b)
	if !IsASCII(a) || !IsASCII(b) || lb >= maxWithin {
		if diff := utf8.RuneCountInString(a) - utf8.RuneCountInString(b); diff > limit || -diff > limit {
			return 0, false
		}
		d := Distance(a, b)
		return d, d <= limit
	}
	if la-lb > limit || lb-la > limit {
		return 0, false
	}
	var rows [3][maxWithin + 1]int
	before, prev, cur := &rows[0], &rows[1], &rows[2] // rows i-2, i-1 and i
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	prevLeast := 0 // the least of row i-1
	for i := 1; i <= la; i++ {
		cur[0] = i
		least := i
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				c = min(c, before[j-2]+1)
			}
			cur[j] = c
			least = min(least, c)
		}
		if least > limit && prevLeast > limit {
			// Every later cell comes from one of these two rows, by
			// edits that cost nothing at best.
			return 0, false
		}
		prevLeast = least
		before, prev, cur = prev, cur, before
	}
	return prev[lb], prev[lb] <= limit
}

// maxWithin is the longest name Within compares without allocating.
const maxWithin = 64

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Distance returns the edit distance between a and b, counted in runes:
// the Levenshtein distance, with the swap of two adjacent runes ("keyna"
// for "kenya") counting as one edit (the optimal string alignment
// distance). Callers compare names with it to suggest what a misspelt one
// meant.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	before := make([]int, len(rb)+1) // row i-2, for swaps
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(rb)]
}
