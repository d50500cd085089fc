package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCheckExitCodes runs brief check on small sites and checks the exit
// code and that it wrote nothing.
func TestCheckExitCodes(t *testing.T) {
	const clean = "---\ntitle: Fine\ndate: 2024-05-01\nsources: [{title: Paper}]\n---\nAll good.\n"
	const warning = "---\ntitle: Fine\ndate: 2024-05-01\n---\nNo sources.\n"
	const broken = "---\ntitle: Broken\ndate: 2024-05-01\nsources: [{title: Paper}]\n---\n![x](missing.png)\n"
	tests := []struct {
		name string
		file string // content of content/briefs/a.md; "" for no site
		args []string
		code int
	}{
		{"clean", clean, nil, exitOK},
		{"clean strict", clean, []string{"-strict"}, exitOK},
		{"warning", warning, nil, exitOK},
		{"warning strict", warning, []string{"-strict"}, exitContent},
		{"broken link", broken, nil, exitContent},
		{"broken link json", broken, []string{"-format", "json"}, exitContent},
		{"broken link github", broken, []string{"-format", "github"}, exitContent},
		{"warning github", warning, []string{"-format", "github"}, exitOK},
		{"bad format", clean, []string{"-format", "xml"}, exitUsage},
		{"bad flag", clean, []string{"-nope"}, exitUsage},
		{"argument", clean, []string{"extra"}, exitUsage},
		{"help", clean, []string{"-h"}, exitOK},
		{"no site", "", nil, exitContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				if err := os.MkdirAll(filepath.Join(dir, "content", "briefs"), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "content", "briefs", "a.md"), []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr bytes.Buffer
			args := append([]string{"-src", dir}, tt.args...)
			if code := runCheck(context.Background(), args, &stdout, &stderr); code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, &stdout, &stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
				t.Errorf("brief check wrote public/")
			}
			if slices.Contains(tt.args, "json") && tt.code != exitUsage {
				var list []map[string]any
				if err := json.Unmarshal(stdout.Bytes(), &list); err != nil {
					t.Errorf("-format json: %v\n%s", err, &stdout)
				}
				for _, d := range list {
					for _, k := range []string{"file", "line", "col", "severity", "message"} {
						if _, ok := d[k]; !ok {
							t.Errorf("-format json: entry %v lacks %q", d, k)
						}
					}
				}
			}
			if tt.code == exitContent && tt.file != "" && !strings.Contains(stdout.String(), "error") {
				t.Errorf("exit 1 without an error in the output:\n%s", &stdout)
			}
		})
	}
}

// cleanSite returns the root of a site of one brief with no problems.
func cleanSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	brief := "---\ntitle: Fine\ndate: 2024-05-01\nsources: [{title: Paper}]\n---\nAll good.\n"
	if err := os.MkdirAll(filepath.Join(dir, "content", "briefs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "briefs", "a.md"), []byte(brief), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestInterrupted checks that build and check, their context cancelled as
// Ctrl-C cancels it, say so, exit 130 and write nothing.
func TestInterrupted(t *testing.T) {
	dir := cleanSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, cmd := range []string{"build", "check"} {
		var stdout, stderr bytes.Buffer
		code := run(ctx, []string{cmd, "-src", dir}, &stdout, &stderr)
		if code != exitInterrupted || !strings.Contains(stderr.String(), "brief "+cmd+": interrupted") {
			t.Errorf("%s interrupted: exit %d, stderr %q", cmd, code, stderr.String())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Error("an interrupted build wrote public/")
	}
}

// failWriter fails every write, as a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// TestCheckJSONWriteError checks that -format json says when it cannot
// write its report and exits 1, even for a clean site.
func TestCheckJSONWriteError(t *testing.T) {
	dir := cleanSite(t)
	var stderr bytes.Buffer
	code := runCheck(context.Background(), []string{"-src", dir, "-format", "json"}, failWriter{}, &stderr)
	if code != exitContent || stderr.String() != "brief check: broken pipe\n" {
		t.Errorf("exit %d, stderr %q; want 1 and the write error", code, stderr.String())
	}
}
