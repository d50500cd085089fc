package diag

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

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
		{7, 7, 4}, // after "sé": columns count bytes here
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

// TestShownColumns checks that the columns users are shown count
// characters of the line, whatever bytes each takes, while the caret
// stays under the character the byte column names.
func TestShownColumns(t *testing.T) {
	for _, tc := range []struct {
		name, line, at string
		want           int // the column shown, in characters
	}{
		{"ascii", "See [[Nowhere]] now", "[[", 5},
		{"accents", "État, Bénin — “quoted” [[Nowhere]]", "[[", 24},
		{"cjk", "北京和上海 [[Nowhere]]", "[[", 7},
		{"emoji", "🇫🇷 👍🏽 [[Nowhere]]", "[[", 7},
		{"tab", "\tÉté [[Nowhere]]", "[[", 6},
		{"first", "é [[x]]", "é", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := fstest.MapFS{"a.md": {Data: []byte("\ufeff" + tc.line + "\r\nnext\n")}}
			col := strings.Index(tc.line, tc.at) + 1 // bytes
			d := Diagnostic{Pos: Pos{File: "a.md", Line: 1, Col: col}, Msg: "m"}
			if got := Shown([]Diagnostic{d}, src)[0].Pos.Col; got != tc.want {
				t.Errorf("Shown column = %d, want %d", got, tc.want)
			}
			var buf bytes.Buffer
			Print(&buf, []Diagnostic{d}, src)
			out := strings.Split(buf.String(), "\n")
			if head := fmt.Sprintf("a.md:1:%d: error: m", tc.want); out[0] != head {
				t.Errorf("Print wrote %q, want %q", out[0], head)
			}
			if want := "\t" + caretPad(tc.line[:col-1]) + "^"; len(out) < 3 || out[2] != want {
				t.Errorf("Print wrote:\n%s\nwant the caret line %q", buf.String(), want)
			}
		})
	}
	// A column past the line's end counts on in bytes; an unread file
	// leaves it as it is.
	src := fstest.MapFS{"a.md": {Data: []byte("é\n")}}
	ds := Shown([]Diagnostic{{Pos: Pos{File: "a.md", Line: 1, Col: 5}}, {Pos: Pos{File: "gone.md", Line: 1, Col: 5}}}, src)
	if ds[0].Pos.Col != 4 || ds[1].Pos.Col != 5 {
		t.Errorf("Shown columns = %d, %d, want 4, 5", ds[0].Pos.Col, ds[1].Pos.Col)
	}
}

// TestCaretPad checks that the caret's padding is as wide as a terminal
// shows the text before it: tabs kept, a combining accent or a
// zero-width character no column, East Asian characters and emoji two.
func TestCaretPad(t *testing.T) {
	for _, tc := range []struct{ prefix, want string }{
		{"ab\tc", "  \t "},
		{"Pre\u0301s", "    "},
		{"a\u200bb", "  "},
		{"日本x", "     "},
		{"😀x", "   "},
		{"Président", "         "},
	} {
		if got := caretPad(tc.prefix); got != tc.want {
			t.Errorf("caretPad(%q) = %q, want %q", tc.prefix, got, tc.want)
		}
	}
}

// TestShownCountsOn checks that Shown, counting on from the last column
// of a line it worked out, gives every column as counting from the
// line's start does: sorted columns, columns going back, columns inside
// a character and past the line's end.
func TestShownCountsOn(t *testing.T) {
	line := strings.Repeat("aé日😀 ", 50)
	fsys := fstest.MapFS{"f.md": {Data: []byte("first\n" + line + "\nlast\n")}}
	src := NewSource(fsys)
	rng := rand.New(rand.NewPCG(5, 6))
	cols := make([]int, 300)
	for i := range cols {
		cols[i] = 1 + rng.IntN(len(line)+5)
	}
	slices.Sort(cols)
	cols = append(cols, 7, 3, len(line)+3, 2, 2, len(line)+1)
	for _, col := range cols {
		got := src.Shown(Pos{File: "f.md", Line: 2, Col: col}).Col
		if want := charColumn(line, col); got != want {
			t.Fatalf("Shown of byte column %d: %d, want %d", col, got, want)
		}
	}
	if got := src.Shown(Pos{File: "f.md", Line: 3, Col: 3}).Col; got != 3 {
		t.Errorf("Shown on another line: %d, want 3", got)
	}
}

// charColumn returns the 1-based character column of the byte column col
// of line, counted from the line's start.
func charColumn(line string, col int) int {
	if col-1 > len(line) {
		return utf8.RuneCountInString(line) + col - len(line)
	}
	return utf8.RuneCountInString(line[:col-1]) + 1
}
