package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuickStartDrafts checks that the README's Quick start says of the
// draft `brief new` writes what brief new itself says when it writes
// one: that serve shows it with -drafts only.
func TestQuickStartDrafts(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "briefs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "brief.yaml"), []byte("title: Desk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"new", "-src", dir, "Ceasefire talks resume"}, &out, &errs); code != 0 {
		t.Fatalf("brief new: exit %d: %s", code, errs.String())
	}
	if !strings.Contains(out.String(), "brief serve -drafts shows it") {
		t.Fatalf("brief new no longer says that brief serve -drafts shows its draft (%q): change this test and the README's Quick start", out.String())
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
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
