package diag

import (
	"bytes"
	"encoding/json"
	"path/filepath"
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
// before a warning, whatever their messages, that the same message at
// one place with another severity is kept, and that the problems of one
// line come in the order of their columns.
func TestSortErrorsFirst(t *testing.T) {
	at := Pos{File: "a.md", Line: 3, Col: 5}
	got := Sort([]Diagnostic{
		{Pos{File: "a.md", Line: 3, Col: 12}, Error, "a later column"},
		{at, Warning, "a warning"},
		{at, Error, "the error"},
		{at, Warning, "the error"},
		{Pos{File: "a.md", Line: 2}, Warning, "z"},
	})
	var lines []string
	for _, d := range got {
		lines = append(lines, d.String())
	}
	want := "a.md:2: warning: z|a.md:3:5: error: the error|a.md:3:5: warning: a warning|a.md:3:5: warning: the error|a.md:3:12: error: a later column"
	if strings.Join(lines, "|") != want {
		t.Errorf("sorted:\n%s\nwant:\n%s", strings.Join(lines, "|"), want)
	}
}

// TestPosString checks how a position is written: "-" with no file, the
// file alone, its line, then its column.
func TestPosString(t *testing.T) {
	for _, tc := range []struct {
		pos  Pos
		want string
	}{
		{Pos{}, "-"},
		{Pos{File: "a.md"}, "a.md"},
		{Pos{File: "a.md", Line: 3}, "a.md:3"},
		{Pos{File: "a.md", Line: 3, Col: 5}, "a.md:3:5"},
	} {
		if got := tc.pos.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

// TestCountSummary checks that one error fails a build, warnings alone
// do not, and the closing line's plurals.
func TestCountSummary(t *testing.T) {
	var l List
	if l.HasErrors() {
		t.Errorf("an empty list HasErrors")
	}
	l.Warnf(Pos{File: "a.md"}, "w")
	if l.HasErrors() {
		t.Errorf("a list of one warning HasErrors")
	}
	l.Errorf(Pos{File: "a.md"}, "e")
	if !l.HasErrors() || l.Len() != 2 {
		t.Errorf("a list of one error and one warning: HasErrors %v, Len %d", l.HasErrors(), l.Len())
	}
	for _, tc := range []struct {
		errors, warnings int
		want             string
	}{
		{0, 0, "0 errors, 0 warnings"},
		{1, 1, "1 error, 1 warning"},
		{2, 0, "2 errors, 0 warnings"},
	} {
		if got := Summary(tc.errors, tc.warnings); got != tc.want {
			t.Errorf("Summary(%d, %d) = %q, want %q", tc.errors, tc.warnings, got, tc.want)
		}
	}
}

// TestPrintLine checks what Print shows of the line a problem is on: the
// caret after its last character, for what is missing at its end; a
// line of 200 bytes whole and one longer cut; none of a long line
// without a column, nor of a line that is not UTF-8; and no control
// character of C1 (such as U+009B, which starts an escape sequence) in
// the message or the line.
func TestPrintLine(t *testing.T) {
	long := strings.Repeat("a", 200)
	for _, tc := range []struct {
		name, data string
		pos        Pos
		msg, want  string
	}{
		{"end", "title: [x\n", Pos{File: "a.md", Line: 1, Col: 10}, "m",
			"a.md:1:10: error: m\n\ttitle: [x\n\t         ^\n"},
		{"200 bytes", long + "\n", Pos{File: "a.md", Line: 1, Col: 1}, "m",
			"a.md:1:1: error: m\n\t" + long + "\n\t^\n"},
		{"201 bytes", long + "b\n", Pos{File: "a.md", Line: 1, Col: 1}, "m",
			"a.md:1:1: error: m\n\t" + long[:100] + "…\n\t^\n"},
		{"long without a column", long + "b\n", Pos{File: "a.md", Line: 1}, "m",
			"a.md:1: error: m\n"},
		{"not UTF-8", "a\xffb\n", Pos{File: "a.md", Line: 1, Col: 2}, "m",
			"a.md:1:2: error: m\n"},
		{"C1 control", "x\u009b2Jy\n", Pos{File: "a.md", Line: 1, Col: 5}, "a\u009bb",
			"a.md:1:4: error: a\ufffdb\n\tx\ufffd2Jy\n\t   ^\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			Print(&buf, []Diagnostic{{Pos: tc.pos, Msg: tc.msg}}, fstest.MapFS{"a.md": {Data: []byte(tc.data)}})
			if buf.String() != tc.want {
				t.Errorf("Print wrote:\n%q\nwant:\n%q", buf.String(), tc.want)
			}
		})
	}
}

// TestPrintInDir checks that files are named from the directory the
// user gave, and that a problem of no file stays "-".
func TestPrintInDir(t *testing.T) {
	ds := []Diagnostic{{Msg: "no file"}, {Pos: Pos{File: "content/a.md", Line: 2}, Msg: "m"}}
	var buf bytes.Buffer
	PrintIn(&buf, ds, nil, "site")
	want := "-: error: no file\n" + filepath.Join("site", "content", "a.md") + ":2: error: m\n"
	if buf.String() != want {
		t.Errorf("PrintIn wrote:\n%q\nwant:\n%q", buf.String(), want)
	}
}

// TestPrintGitHub checks the workflow commands of brief check -format
// github: columns in characters, files named from the working directory,
// no line for a whole file, no file for a problem without one, and the
// escapes GitHub's toolkit makes.
func TestPrintGitHub(t *testing.T) {
	src := fstest.MapFS{"a.md": {Data: []byte("---\ntitle: Été\ndate: soon\n---\n")}}
	tests := []struct {
		name string
		dir  string
		d    Diagnostic
		want string
	}{
		{"error", "", Diagnostic{Pos{File: "a.md", Line: 3, Col: 7}, Error, "bad date"},
			"::error file=a.md,line=3,col=7::bad date\n"},
		{"characters", "", Diagnostic{Pos{File: "a.md", Line: 2, Col: 13}, Warning, "w"},
			"::warning file=a.md,line=2,col=11::w\n"},
		{"from dir", "site", Diagnostic{Pos{File: "a.md", Line: 3, Col: 1}, Error, "e"},
			"::error file=site/a.md,line=3,col=1::e\n"},
		{"line alone", "", Diagnostic{Pos{File: "a.md", Line: 3}, Error, "e"},
			"::error file=a.md,line=3::e\n"},
		{"whole file", "", Diagnostic{Pos{File: "a.md"}, Warning, "whole"},
			"::warning file=a.md::whole\n"},
		{"no file", "", Diagnostic{Pos{}, Error, "no site"},
			"::error::no site\n"},
		{"message escaped", "", Diagnostic{Pos{File: "a.md"}, Error, "100% sure\r\nnext: \x1b[31m::x"},
			"::error file=a.md::100%25 sure%0D%0Anext: \ufffd[31m::x\n"},
		{"property escaped", "", Diagnostic{Pos{File: "a,b:c%.md", Line: 1, Col: 1}, Error, "e"},
			"::error file=a%2Cb%3Ac%25.md,line=1,col=1::e\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			PrintGitHub(&buf, []Diagnostic{tt.d}, src, tt.dir)
			if buf.String() != tt.want {
				t.Errorf("PrintGitHub wrote %q, want %q", buf.String(), tt.want)
			}
		})
	}
}
