package diag

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Print writes each diagnostic on its own line, its column counting
// characters (see Source.Shown). When src is not nil and the position has
// a line, the offending source line follows with a caret under the
// column, as compilers show it.
func Print(w io.Writer, ds []Diagnostic, src fs.FS) { PrintIn(w, ds, src, "") }

// PrintIn is Print for a site whose files src reads from the directory
// dir, as the user named it (brief build -src dir): each file is named
// from the working directory, as compilers name them, so that an
// editor can open it. An empty dir or "." names them from the site.
func PrintIn(w io.Writer, ds []Diagnostic, src fs.FS, dir string) {
	source := NewSource(src)
	for _, d := range ds {
		shown := d
		shown.Pos = source.Shown(d.Pos)
		shown.Pos.File = FromDir(dir, shown.Pos.File)
		fmt.Fprintln(w, visible(shown.String()))
		line, ok := source.Line(d.Pos)
		if !ok || !utf8.ValidString(line) {
			continue
		}
		col := d.Pos.Col
		if len(line) > maxShown {
			if col <= 0 || col > len(line)+1 {
				continue // no place in it to show
			}
			line, col = excerpt(line, col)
		}
		fmt.Fprintf(w, "\t%s\n", visible(line))
		if col > 0 && col <= len(line)+1 {
			fmt.Fprintf(w, "\t%s^\n", caretPad(line[:col-1]))
		}
	}
}

// FromDir returns the name of file, a slash-separated path from the site
// root, from the working directory, the site root being dir. A position
// without a file stays without one.
func FromDir(dir, file string) string {
	if file == "" || dir == "" || filepath.Clean(dir) == "." {
		return file
	}
	return filepath.Join(dir, filepath.FromSlash(file))
}

// maxShown is the longest line Print shows whole.
const maxShown = 200

// excerpt returns the part of a long line around the byte column col,
// with an ellipsis where it is cut, and col in it.
func excerpt(line string, col int) (string, int) {
	from, to := max(col-1-60, 0), min(col-1+100, len(line))
	for from > 0 && !utf8.RuneStart(line[from]) {
		from--
	}
	for to < len(line) && !utf8.RuneStart(line[to]) {
		to++
	}
	out, at := line[from:to], col-from
	if from > 0 {
		out, at = "…"+out, at+len("…")
	}
	if to < len(line) {
		out += "…"
	}
	return out, at
}

// visible returns s with each control character but a tab as U+FFFD, one
// column wide as the character was counted: a file's escape sequences
// must not reach the terminal.
func visible(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return utf8.RuneError
		}
		return r
	}, s)
}

func isControl(r rune) bool { return (r < ' ' && r != '\t') || (r >= 0x7f && r < 0xa0) }

// caretPad returns blanks as wide as prefix, keeping its tabs so the caret
// lines up under the same column in a terminal.
func caretPad(prefix string) string {
	var b strings.Builder
	for _, r := range prefix {
		switch {
		case r == '\t':
			b.WriteByte('\t')
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
			// A combining accent or a zero-width character takes
			// no column of its own.
		case wide(r):
			b.WriteString("  ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// wide reports whether terminals show r two columns wide: the wide and
// full-width characters of East Asian scripts, and emoji.
func wide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}
