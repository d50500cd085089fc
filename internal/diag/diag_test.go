package diag

import (
	"bytes"
	"testing"
	"testing/fstest"
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
