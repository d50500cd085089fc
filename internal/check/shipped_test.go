package check_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/briefsite/brief/internal/check"
	"github.com/briefsite/brief/internal/diag"
)

// TestShippedSite builds the briefing shipped in the repository and checks
// that it has no problem, not even a warning, that every internal link of every page resolves to a built file, every
// fragment to an id, and that nothing in the output is unsafe.
func TestShippedSite(t *testing.T) {
	if _, err := os.Stat("../../content/briefs"); err != nil {
		t.Skip("no shipped content")
	}
	fsys := os.DirFS("../..")
	ds, files := checkSite(context.Background(), fsys)
	if len(files) < 50 {
		t.Fatalf("only %d files built", len(files))
	}
	for _, d := range ds { // warnings too: the shipped briefing passes check -strict
		if strings.HasPrefix(d.Pos.File, "public/print/") {
			continue // checked below
		}
		t.Errorf("%s", d)
	}
	for _, d := range check.Unsafe(files) {
		t.Errorf("%s", d)
	}
	t.Run("print", func(t *testing.T) {
		var bad []diag.Diagnostic
		for _, d := range ds {
			if strings.HasPrefix(d.Pos.File, "public/print/") {
				bad = append(bad, d)
			}
		}
		for _, d := range bad {
			t.Errorf("printable briefing: %s", d)
		}
	})
}
