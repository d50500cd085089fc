package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestSortedAndPrint(t *testing.T) {
	var l List
	l.Warnf(Pos{File: "b.md", Line: 2, Col: 3}, "later %s", "warning")
	l.Errorf(Pos{File: "a.md", Line: 3, Col: 5}, "bad value")
	l.Errorf(Pos{File: "a.md", Line: 3, Col: 5}, "bad value") // duplicate, dropped
	l.Errorf(Pos{File: "a.md"}, "whole file")
	src := fstest.MapFS{
		"a.md": {Data: []byte("---\ntitle: x\n\tdate: 2025-02-30\n---\n")},
		"b.md": {Data: []byte("x\n  y\n")},
	}
	var buf bytes.Buffer
	Print(&buf, l.Sorted(), src)
	want := "a.md: error: whole file\n" +
		"a.md:3:5: error: bad value\n" +
		"\t\tdate: 2025-02-30\n" +
		"\t\t   ^\n" +
		"b.md:2:3: warning: later warning\n" +
		"\t  y\n" +
		"\t  ^\n"
	if buf.String() != want {
		t.Errorf("Print wrote:\n%s\nwant:\n%s", buf.String(), want)
	}
	if e, w := l.Count(); e != 3 || w != 1 || !l.HasErrors() {
		t.Errorf("Count = %d, %d", e, w)
	}
	if got := Summary(1, 2); got != "1 error, 2 warnings" {
		t.Errorf("Summary = %q", got)
	}
}

// TestPrintLineEnds checks that excerpts count lines as the build does,
// without a byte-order mark, with CR LF or a lone CR ending a line.
func TestPrintLineEnds(t *testing.T) {
	src := fstest.MapFS{
		"bom.yaml": {Data: []byte("\ufefftitle: [x]\n")},
		"cr.md":    {Data: []byte("---\rtitle: T\rdate: soon\r---\r")},
		"crlf.md":  {Data: []byte("---\r\ndate: soon\r\n")},
	}
	ds := []Diagnostic{
		{Pos: Pos{File: "bom.yaml", Line: 1, Col: 8}, Msg: "a"},
		{Pos: Pos{File: "cr.md", Line: 3, Col: 7}, Msg: "b"},
		{Pos: Pos{File: "crlf.md", Line: 2, Col: 7}, Msg: "c"},
	}
	var buf bytes.Buffer
	Print(&buf, ds, src)
	want := "bom.yaml:1:8: error: a\n\ttitle: [x]\n\t       ^\n" +
		"cr.md:3:7: error: b\n\tdate: soon\n\t      ^\n" +
		"crlf.md:2:7: error: c\n\tdate: soon\n\t      ^\n"
	if buf.String() != want {
		t.Errorf("Print wrote:\n%q\nwant:\n%q", buf.String(), want)
	}
}

// TestPrintControlCharacters checks that a file's control characters, in
// a message or a line shown, reach the terminal as U+FFFD, keeping tabs
// and the caret's column.
func TestPrintControlCharacters(t *testing.T) {
	src := fstest.MapFS{"a.md": {Data: []byte("See [[\x1b[31mred]] \tnow\n")}}
	ds := []Diagnostic{{Pos: Pos{File: "a.md", Line: 1, Col: 18}, Severity: Warning, Msg: "wikilink [[\x1b[31mred]] names nothing"}}
	var buf bytes.Buffer
	Print(&buf, ds, src)
	want := "a.md:1:18: warning: wikilink [[\ufffd[31mred]] names nothing\n\tSee [[\ufffd[31mred]] \tnow\n\t                 ^\n"
	if buf.String() != want {
		t.Errorf("Print wrote:\n%q\nwant:\n%q", buf.String(), want)
	}
}

// TestPrintLongLine checks that a long line is shown around the column,
// cut with an ellipsis, the caret under the same character.
func TestPrintLongLine(t *testing.T) {
	line := strings.Repeat("é", 100) + " [[Broken" + strings.Repeat(" word", 60)
	src := fstest.MapFS{"a.md": {Data: []byte(line + "\n")}}
	col := strings.Index(line, "[[") + 1
	var buf bytes.Buffer
	Print(&buf, []Diagnostic{{Pos: Pos{File: "a.md", Line: 1, Col: col}, Msg: "m"}}, src)
	out := strings.Split(buf.String(), "\n")
	if len(out) < 3 || !strings.HasPrefix(out[1], "\t…") || !strings.HasSuffix(out[1], "…") {
		t.Fatalf("Print wrote:\n%s", buf.String())
	}
	shown, caret := out[1][1:], out[2][1:]
	if at := strings.Index(shown, "[["); utf8.RuneCountInString(shown[:at]) != len(caret)-1 || !strings.HasSuffix(caret, "^") {
		t.Errorf("the caret is not under [[:\n%s\n%s", shown, caret)
	}
}

// TestSortCountJSON checks Sort and Count over a plain slice, and the
// JSON form brief check -format json prints.
func TestSortCountJSON(t *testing.T) {
	ds := Sort([]Diagnostic{
		{Pos: Pos{File: "b.md", Line: 1, Col: 2}, Severity: Warning, Msg: "w"},
		{Pos: Pos{File: "a.md", Line: 9}, Msg: "e"},
		{Pos: Pos{File: "b.md", Line: 1, Col: 2}, Severity: Warning, Msg: "w"},
	})
	if len(ds) != 2 || ds[0].Pos.File != "a.md" {
		t.Errorf("Sort = %v", ds)
	}
	if e, w := Count(ds); e != 1 || w != 1 {
		t.Errorf("Count = %d, %d, want 1, 1", e, w)
	}
	data, err := json.Marshal(ds[1])
	if want := `{"file":"b.md","line":1,"col":2,"severity":"warning","message":"w"}`; err != nil || string(data) != want {
		t.Errorf("JSON = %s, %v, want %s", data, err, want)
	}
}

// TestSortErrorsFirst checks that of problems at one place an error comes
// before a warning, whatever their messages, and that the same message
// at one place with another severity is kept.
func TestSortErrorsFirst(t *testing.T) {
	at := Pos{File: "a.md", Line: 3, Col: 5}
	got := Sort([]Diagnostic{
		{at, Warning, "a warning"},
		{at, Error, "the error"},
		{at, Warning, "the error"},
		{Pos{File: "a.md", Line: 2}, Warning, "z"},
	})
	var lines []string
	for _, d := range got {
		lines = append(lines, d.String())
	}
	want := "a.md:2: warning: z|a.md:3:5: error: the error|a.md:3:5: warning: a warning|a.md:3:5: warning: the error"
	if strings.Join(lines, "|") != want {
		t.Errorf("sorted:\n%s\nwant:\n%s", strings.Join(lines, "|"), want)
	}
}
