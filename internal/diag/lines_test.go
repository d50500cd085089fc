package diag

import "testing"

func TestLines(t *testing.T) {
	text := []byte("ab\n\nsé x\nlast")
	l := NewLines("f.md", 5, text)
	for _, tc := range []struct {
		off       int
		line, col int
	}{
		{-3, 5, 1}, // before the text: its start
		{0, 5, 1},
		{1, 5, 2},
		{2, 5, 3}, // the newline ends its line
		{3, 6, 1}, // an empty line
		{4, 7, 1},
		{7, 7, 4}, // after "sé": columns count bytes
		{10, 8, 1},
		{14, 8, 5}, // the end
		{99, 8, 5}, // past it: the end
	} {
		got := l.Pos(tc.off)
		if want := (Pos{File: "f.md", Line: tc.line, Col: tc.col}); got != want {
			t.Errorf("Pos(%d) = %v, want %v", tc.off, got, want)
		}
	}
	if got := NewLines("e.md", 1, nil).Pos(0); got != (Pos{File: "e.md", Line: 1, Col: 1}) {
		t.Errorf("empty text: Pos(0) = %v", got)
	}
}
