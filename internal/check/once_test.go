package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/diag"
)

// TestOnceByPlace checks that a problem found alike on three pages is
// told once, at the first, with how many others have it, and one on two
// pages on each; a problem at another column is another.
func TestOnceByPlace(t *testing.T) {
	at := func(file string, line, col int, msg string) diag.Diagnostic {
		return diag.Diagnostic{Pos: diag.Pos{File: file, Line: line, Col: col}, Severity: diag.Error, Msg: msg}
	}
	got := onceByPlace([]diag.Diagnostic{
		at("c.html", 9, 5, "three"), at("a.html", 7, 5, "three"), at("b.html", 8, 5, "three"),
		at("a.html", 2, 1, "two"), at("b.html", 2, 1, "two"),
		at("d.html", 1, 6, "three"),
	})
	var lines []string
	for _, d := range got {
		lines = append(lines, d.String())
	}
	want := []string{
		"a.html:2:1: error: two",
		"a.html:7:5: error: three (and on 2 other pages: a template's, most likely, to mend there)",
		"b.html:2:1: error: two",
		"d.html:1:6: error: three",
	}
	if fmt.Sprint(lines) != fmt.Sprint(want) {
		t.Errorf("onceByPlace:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}
