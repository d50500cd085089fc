package diag

import (
	"bytes"
	"sort"
)

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
