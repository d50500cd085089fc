package main

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefsite/brief/internal/diag"
)

// TestReportCountsShown checks that report's summary counts the
// diagnostics it prints: a problem told twice, as two phases may, is
// printed once and counted once.
func TestReportCountsShown(t *testing.T) {
	var diags diag.List
	at := diag.Pos{File: "content/briefs/a.md", Line: 2, Col: 1}
	diags.Errorf(at, "broken")
	diags.Errorf(at, "broken")
	diags.Warnf(at, "odd")
	diags.Warnf(at, "odd")
	diags.Warnf(at, "odder")
	var out strings.Builder
	if code := report(&out, &diags, fstest.MapFS{}, "."); code != exitContent {
		t.Errorf("exit code %d, want %d", code, exitContent)
	}
	got := out.String()
	if n := strings.Count(got, "broken"); n != 1 {
		t.Errorf("the error is printed %d times:\n%s", n, got)
	}
	if !strings.HasSuffix(got, "1 error, 2 warnings\n") {
		t.Errorf("output does not end with 1 error, 2 warnings:\n%s", got)
	}
}
