package main

import (
	"os"
	"strings"
	"testing"
)

// TestQuickStartDrafts checks that the README's Quick start says what
// `brief new`'s own line says of the draft it writes: that serve shows
// it with -drafts only, where it said serve shows it.
func TestQuickStartDrafts(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("new.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "brief serve -drafts shows it") {
		t.Fatal("brief new no longer says that brief serve -drafts shows its draft: change this test and the README's Quick start")
	}
	_, quick, _ := strings.Cut(string(readme), "\n## Quick start\n")
	quick, _, _ = strings.Cut(quick, "\n## ")
	for line := range strings.SplitSeq(quick, "\n") {
		if strings.HasPrefix(line, "brief new ") {
			if !strings.Contains(line, "serve -drafts") {
				t.Errorf("the Quick start's %q does not say that serve shows the draft with -drafts only, as brief new does", line)
			}
			return
		}
	}
	t.Error("the README's Quick start has no `brief new` line")
}
