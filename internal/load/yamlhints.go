package load

// The hints of this file place and explain the YAML errors of front
// matter that yaml.v3 tells at a line near them, or at none: a bracket
// left open, a quote left open, a name that starts with an apostrophe
// ('t Hooft), text after a quoted value. parseYAML adds them to its
// errors.

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bracketProblem places a YAML error of a bracket, which yaml.v3 puts
// at a line near it or at none: a list or mapping left open ("title:
// [broken") at its bracket, and text after a closed one ("title:
// [UPDATE] Talks resume", which YAML reads as a list) at the text,
// with the quotes it needs. line is where the error was placed.
func bracketProblem(data []byte, line int, msg string) (int, int, string, bool) {
	lines := strings.Split(string(data), "\n")
	opener := func(text string) int { // the column of a value's opening bracket, or 0
		value := strings.TrimLeft(text, " ")
		if item, ok := strings.CutPrefix(value, "- "); ok {
			value = strings.TrimLeft(item, " ")
		}
		if value == "" || (value[0] != '[' && value[0] != '{') {
			_, value, _ = strings.Cut(value, ": ")
			value = strings.TrimLeft(value, " ")
		}
		if value == "" || (value[0] != '[' && value[0] != '{') {
			return 0
		}
		return len(text) - len(value) + 1
	}
	switch {
	case strings.HasPrefix(msg, "did not find expected ',' or"):
		for l := min(line, len(lines)); l >= 1; l-- {
			text := lines[l-1]
			c := opener(text)
			if c == 0 {
				continue
			}
			// An item that starts with an apostrophe ("[A, 't Hooft]")
			// is a quoted value, closed by another further on.
			// A quoted value closed on the line is passed over: an
			// apostrophe in it opens nothing ("[\"Zij zei: 't\", 't Hooft]").
			for i := c; i < len(text) && !comment(text, i); i++ {
				if (text[i] != '\'' && text[i] != '"') || !opensValue(text, i) {
					continue
				}
				if text[i] == '\'' && apostrophed(text, i) {
					return l, i + 1, apostrophedHint + apostropheHint(text, i), true
				}
				if _, j, ok := closes([]string{text}, i); ok {
					i = j
				}
			}
			if i, hint, ok := hashItem(text, c); ok && text[c-1] == '[' {
				return l, i + 1, hint, true
			}
			return l, c, "; a list or mapping opened here is not closed", true
		}
	case strings.HasPrefix(msg, "found unexpected end of stream"):
		// A quote left open runs to the end: point at it, the first
		// that opens a value and has none after it to close it
		// ("title: \"Talks\" # a note" closes its own).
		if l, c, ok := openQuote(lines); ok {
			hint := "; a quoted value opened here is not closed"
			if lines[l-1][c-1] == '\'' {
				hint += ": " + apostropheHint(lines[l-1], c-1)
			}
			return l, c, hint, true
		}
	case strings.HasPrefix(msg, "did not find expected '-' indicator"):
		// A list item that starts with an apostrophe ("- 't Hooft")
		// closed by another further on ("Côte d'Ivoire").
		block := blockLines(lines)
		for l, text := range lines {
			if item, ok := strings.CutPrefix(strings.TrimLeft(text, " "), "- "); ok && !block[l] {
				i := len(text) - len(strings.TrimLeft(item, " "))
				if i < len(text) && text[i] == '\'' && apostrophed(text, i) {
					return l + 1, i + 1, apostrophedHint + apostropheHint(text, i), true
				}
			}
		}
	case strings.HasPrefix(msg, "did not find expected node content"):
		// A tag of Obsidian's in a list in brackets ("topics:
		// [#haiti]"): no value starts with #, and after a space it
		// starts a comment, which hides the bracket that closes.
		block := blockLines(lines)
		for l, text := range lines {
			c := opener(text)
			if c == 0 || block[l] || text[c-1] != '[' {
				continue
			}
			if i, hint, ok := hashItem(text, c); ok {
				return l + 1, i + 1, hint, true
			}
		}
		// A list or mapping left open at the end, after a comma or
		// none ("actors: [Ruto," or "actors: ["): YAML finds the end
		// where an item should be, and tells a line past the last, so
		// point at the bracket that opened it, as when text follows it.
		if !blankFrom(lines, line) {
			break
		}
		for l := min(line, len(lines)); l >= 1; l-- {
			if block[l-1] {
				continue
			}
			if c := opener(lines[l-1]); c != 0 && unclosed(lines[l-1:], c-1) {
				return l, c, "; a list or mapping opened here is not closed", true
			}
		}
	case strings.HasPrefix(msg, "did not find expected key"):
		block := blockLines(lines)
		for l := min(line, len(lines)) - 1; l >= 0; l-- {
			if block[l] {
				continue
			}
			if l, c, hint, ok := quotedThenMore(l, lines[l]); ok {
				return l, c, hint, true
			}
		}
		for l, text := range lines {
			c := opener(text)
			if c == 0 {
				continue
			}
			closer := map[byte]byte{'[': ']', '{': '}'}[text[c-1]]
			end := strings.IndexByte(text[c:], closer)
			if end < 0 || strings.TrimSpace(text[c+end+1:]) == "" || strings.HasPrefix(strings.TrimSpace(text[c+end+1:]), "#") {
				continue
			}
			key := strings.TrimSpace(text[:c-1])
			return l + 1, c, fmt.Sprintf("; a value that begins with %c is read as a list or mapping, so text after its %c is an error: quote it, as in %s %q", text[c-1], closer, key, strings.TrimSpace(text[c-1:])), true
		}
	}
	return 0, 0, "", false
}

// hashItem finds in text, whose list in brackets opens at column c, an
// item that starts with #, as Obsidian's tags are written ("[#haiti]",
// "[Ruto, #haiti]"): no value starts with #, and after a space it starts
// a comment, which hides the bracket that closes the list. It returns
// the index of the # and the hint to add to YAML's error.
func hashItem(text string, c int) (int, string, bool) {
	for i := c; i < len(text); i++ {
		before := strings.TrimRight(text[:i], " ")
		if text[i] != '#' || !strings.ContainsRune("[,", rune(before[len(before)-1])) {
			continue
		}
		key, _, _ := strings.Cut(strings.TrimSpace(text[:c-1]), ":")
		tag, _, _ := strings.Cut(text[i:], ",")
		tag = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(tag), "]"))
		return i, fmt.Sprintf("; # starts a comment in YAML, and no value starts with it: put a tag in quotes, as in %s: [%q]", key, tag), true
	}
	return 0, "", false
}

// blankFrom reports whether lines from line (from 1) on hold nothing
// but blanks and comments: YAML's error there is at the end of the
// text, not at one of its lines.
func blankFrom(lines []string, line int) bool {
	for _, text := range lines[min(max(line-1, 0), len(lines)):] {
		if t := strings.TrimSpace(text); t != "" && t[0] != '#' {
			return false
		}
	}
	return true
}

// unclosed reports whether the bracket at lines[0][i] is never closed:
// brackets and braces in it, outside quoted values and comments, do
// not come back to it before the end of lines. A quote left open in it
// leaves it open too.
func unclosed(lines []string, i int) bool {
	depth := 0
	for l := 0; l < len(lines); l, i = l+1, 0 {
		for ; i < len(lines[l]); i++ {
			text := lines[l]
			switch {
			case comment(text, i):
				i = len(text)
			case (text[i] == '\'' || text[i] == '"') && opensValue(text, i):
				n, j, ok := closes(lines[l:], i)
				if !ok {
					return true
				}
				l, i = l+n, j
			case text[i] == '[' || text[i] == '{':
				depth++
			case text[i] == ']' || text[i] == '}':
				if depth--; depth == 0 {
					return false
				}
			}
		}
	}
	return true
}

// openQuote finds in lines, YAML's, the quote that opens a quoted value
// never closed: the first that opens a value (after "key: ", "- ", "[",
// "{" or ",") and has none after it to close it, in a line that is not
// in a block of text. The text of a quoted value closed, and a comment,
// are passed over: a quote in them opens nothing ("title: \"Zij zei: 't
// is\"", "title: T # note: 'x"). It returns the quote's line and column,
// from 1.
func openQuote(lines []string) (int, int, bool) {
	block := blockLines(lines)
	for l := 0; l < len(lines); l++ {
		if block[l] {
			continue
		}
		for i := 0; i < len(lines[l]); i++ {
			text := lines[l]
			switch {
			case comment(text, i):
				i = len(text)
			case (text[i] == '\'' || text[i] == '"') && opensValue(text, i):
				n, j, ok := closes(lines[l:], i)
				if !ok {
					return l + 1, i + 1, true
				}
				l, i = l+n, j // on after its closing quote
			}
		}
	}
	return 0, 0, false
}

// comment reports whether text[i], outside quotes, starts a comment: a
// # at the line's start or after a space.
func comment(text string, i int) bool {
	return text[i] == '#' && (i == 0 || text[i-1] == ' ' || text[i-1] == '\t')
}

// opensValue reports whether the quote at text[i] opens a quoted value:
// it is the first character of a value ("key: '"), of a list's item
// ("- '", "['", ", '") or of a line of a list's items.
func opensValue(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	spaced := len(before) < i
	switch {
	case strings.TrimLeft(before, " -") == "":
		return before == "" || spaced // "- 'x", not "-'x"
	case strings.ContainsRune("[{,", rune(before[len(before)-1])):
		return true
	}
	return spaced && before[len(before)-1] == ':'
}

// closes finds where the quoted value whose quote is at lines[0][i] is
// closed: by the same quote, which within single quotes is not one of a
// pair (a pair is an apostrophe) and within double ones not escaped. It
// returns the closing quote's line, counted from lines[0], and its index
// in that line, or false when none closes the value.
func closes(lines []string, i int) (int, int, bool) {
	q := lines[0][i]
	for l, j := 0, i+1; l < len(lines); l, j = l+1, 0 {
		text := lines[l]
		for ; j < len(text); j++ {
			switch {
			case q == '"' && text[j] == '\\':
				j++
			case text[j] == q && q == '\'' && j+1 < len(text) && text[j+1] == '\'':
				j++
			case text[j] == q:
				return l, j, true
			}
		}
	}
	return 0, 0, false
}

// apostrophed reports whether text[i], an apostrophe that opens a value,
// is a name's first letter ("'t Hooft", "'s-Hertogenbosch") read as a
// quote: a letter follows it, and the line does not close it where the
// value ends (at a comma, a bracket, a comment or the line's end).
func apostrophed(text string, i int) bool {
	if r, _ := utf8.DecodeRuneInString(text[i+1:]); !unicode.IsLetter(r) {
		return false
	}
	for j := i + 1; j < len(text); j++ {
		if text[j] != '\'' {
			continue
		}
		if j+1 < len(text) && text[j+1] == '\'' {
			j++
			continue
		}
		rest := strings.TrimLeft(text[j+1:], " ")
		return rest != "" && !strings.ContainsRune(",]}#:", rune(rest[0]))
	}
	return true
}

// apostrophedHint begins the hint for an apostrophe that apostrophed
// finds.
const apostrophedHint = "; the ' here opens a quoted value, which another ' further on closes: "

// apostropheHint says that a name starting with an apostrophe goes in
// double quotes, with the value at text[i] as the example when it starts
// as Dutch names do ("'t Hooft", "'s-Hertogenbosch").
func apostropheHint(text string, i int) string {
	name := text[i:]
	if strings.ContainsAny(text[:i], "[{") {
		name, _, _ = strings.Cut(name, ",")
		name = strings.TrimRight(name, "]} ")
	}
	if j := strings.Index(name, " #"); j >= 0 {
		name = name[:j]
	}
	name = strings.TrimSpace(name)
	if !elision.MatchString(name) || len(name) > 60 || strings.ContainsAny(name, `"\`) {
		name = "'t Hooft"
	}
	return fmt.Sprintf(`a name that starts with ' must be put in double quotes, as in "%s"`, name)
}

// elision matches a name that starts with a word shortened to an
// apostrophe and a letter or two: 't, 's, 'n.
var elision = regexp.MustCompile(`^'\pL{1,2}[ -]\S`)

// blockLines reports which lines are the text of a block scalar, the
// lines after "key: |" or "key: >" indented more than the key.
func blockLines(lines []string) []bool {
	block := make([]bool, len(lines))
	indent := -1 // the key's indentation while in a block
	for l, text := range lines {
		trimmed := strings.TrimLeft(text, " ")
		n := len(text) - len(trimmed)
		if indent >= 0 && (trimmed == "" || n > indent) {
			block[l] = true
			continue
		}
		indent = -1
		v := strings.TrimRight(text, " ")
		if i := strings.LastIndex(v, ": "); i >= 0 && strings.Trim(v[i+2:], "|>+-0123456789") == "" && len(v) > i+2 {
			indent = n
		}
	}
	return block
}

// quotedThenMore finds, in line l (from 0) of front matter, a value that
// opens with a quote and goes on after its closing one, which YAML does
// not read: `actors: "Ruto", "Landau"`, a list without its brackets, or
// `title: "Talks" resume`. It returns the line (from 1), the column of
// the quote and what to write instead.
func quotedThenMore(l int, text string) (int, int, string, bool) {
	key, value, ok := strings.Cut(text, ": ")
	value = strings.TrimLeft(value, " ")
	if !ok || value == "" || (value[0] != '"' && value[0] != '\'') {
		return 0, 0, "", false
	}
	end := strings.IndexByte(value[1:], value[0])
	if end < 0 {
		return 0, 0, "", false
	}
	rest := strings.TrimSpace(value[end+2:])
	if rest == "" || rest[0] == '#' {
		return 0, 0, "", false
	}
	c := len(text) - len(value) + 1
	key = strings.TrimSpace(key)
	if rest[0] == ',' {
		return l + 1, c, fmt.Sprintf("; a quoted value ends at its closing quote: for a list, write it in brackets, as in %s: [%s]", key, strings.TrimSpace(value)), true
	}
	return l + 1, c, "; a quoted value ends at its closing quote: quote all of it, or none", true
}
