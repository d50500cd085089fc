package diag

import (
	"bytes"
	"io/fs"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest file of a site that brief reads, and so the
// largest whose lines a diagnostic quotes.
const MaxFileSize = 16 << 20

// Lines turns byte offsets of a text into positions in the file that
// holds it. Built once for a text, it finds each offset's line by binary
// search, so that the positions of many problems, on many lines or on one
// long line, cost no rescan of the text each.
type Lines struct {
	file   string
	first  int   // the file's line the text starts on
	size   int   // the text's length
	starts []int // offset of the first byte of each line of the text
}

// NewLines indexes text, which starts at the beginning of line first of
// file.
func NewLines(file string, first int, text []byte) *Lines {
	l := &Lines{file: file, first: first, size: len(text), starts: make([]int, 1, bytes.Count(text, []byte("\n"))+1)}
	for i, c := range text {
		if c == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

// Pos returns the position of byte off of the text; an offset outside it
// is taken as the nearer end.
func (l *Lines) Pos(off int) Pos {
	off = min(max(off, 0), l.size)
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	return Pos{File: l.file, Line: l.first + i, Col: off - l.starts[i] + 1}
}

// Source reads the lines that diagnostics point at from a site's files,
// each file once. A Source of a nil fs.FS reads nothing.
type Source struct {
	fsys  fs.FS
	files map[string][]string // the lines of each file read; nil if it cannot be

	// at is the last column Shown worked out, from which it counts on
	// for a later one of the same line: diagnostics come sorted, and a
	// line of a megabyte may have thousands.
	at struct {
		file            string
		line, col, char int
	}
}

// NewSource returns a Source reading the files of fsys.
func NewSource(fsys fs.FS) *Source {
	return &Source{fsys: fsys, files: map[string][]string{}}
}

// Line returns the line of the file that pos names, as the build counts
// lines: without a byte-order mark, and ended by CR LF, LF or a lone CR.
// It reports false when pos names no line or the file cannot be read or
// is larger than MaxFileSize.
func (s *Source) Line(pos Pos) (string, bool) {
	if s.fsys == nil || pos.File == "" || pos.Line <= 0 {
		return "", false
	}
	lines, ok := s.files[pos.File]
	if !ok {
		if data, err := fs.ReadFile(s.fsys, pos.File); err == nil && len(data) <= MaxFileSize {
			text := strings.TrimPrefix(string(data), "\ufeff")
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
			lines = strings.Split(text, "\n")
		}
		s.files[pos.File] = lines
	}
	if pos.Line > len(lines) {
		return "", false
	}
	return lines[pos.Line-1], true
}

// Shown returns pos as users are shown it: its column, which counts bytes
// in brief, counting characters of the line, as editors do. A column past
// the end of the line counts a character for each byte after it; pos is
// returned unchanged when its line cannot be read.
func (s *Source) Shown(pos Pos) Pos {
	if pos.Col <= 1 {
		return pos
	}
	line, ok := s.Line(pos)
	if !ok {
		return pos
	}
	from, chars := 1, 1 // byte column 1 is character column 1
	if a := s.at; a.file == pos.File && a.line == pos.Line && a.col <= pos.Col &&
		(a.col-1 >= len(line) || utf8.RuneStart(line[a.col-1])) {
		from, chars = a.col, a.char
	}
	col := charsTo(line, from, chars, pos.Col)
	s.at.file, s.at.line, s.at.col, s.at.char = pos.File, pos.Line, pos.Col, col
	pos.Col = col
	return pos
}

// charsTo returns the character column of the byte column col of line,
// counting on from byte column from, whose character column is chars.
func charsTo(line string, from, chars, col int) int {
	if from-1 > len(line) { // both past the line's end: a character a byte
		return chars + col - from
	}
	end := min(col-1, len(line))
	return chars + utf8.RuneCountInString(line[from-1:end]) + max(0, col-1-len(line))
}

// Shown returns ds as users are shown them, each column counting
// characters of its line in src rather than bytes (see Source.Shown).
func Shown(ds []Diagnostic, src fs.FS) []Diagnostic {
	s := NewSource(src)
	out := make([]Diagnostic, len(ds))
	for i, d := range ds {
		d.Pos = s.Shown(d.Pos)
		out[i] = d
	}
	return out
}
